package vn.camnang.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputClaims;

/**
 * Everything under {@code content/}, indexed once per build: pages by URL and by source file,
 * topics in order, each guide's neighbours. Immutable; no per-page work needs to scan all pages.
 *
 * @param home the home page, or null when {@code content/index.md} does not exist
 * @param pages every published page (home, topics, guides, standalone pages), in site order
 * @param drafts source files of pages not published (draft), absolute and normalised
 * @param files media files to copy
 */
public record SiteContent(
    Path contentDir,
    Page home,
    List<Topic> topics,
    List<Page> standalone,
    List<Page> pages,
    Map<String, Page> byUrl,
    Map<Path, Page> bySource,
    Map<Path, Page> drafts,
    Map<Path, StaticFile> files,
    Map<Page, Topic> topicOf,
    Map<Page, Integer> indexInTopic) {

  public SiteContent {
    topics = List.copyOf(topics);
    standalone = List.copyOf(standalone);
    pages = List.copyOf(pages);
    byUrl = Map.copyOf(byUrl);
    bySource = Map.copyOf(bySource);
    drafts = Map.copyOf(drafts);
    files = Map.copyOf(files);
    topicOf = Map.copyOf(topicOf);
    indexInTopic = Map.copyOf(indexInTopic);
  }

  /** All guides, topic by topic, in reading order. */
  public List<Page> guides() {
    return topics.stream().flatMap(t -> t.guides().stream()).toList();
  }

  public Optional<Topic> topicOf(Page page) {
    return Optional.ofNullable(topicOf.get(page));
  }

  /** The guide before {@code page} in its topic, if any. */
  public Optional<Page> previous(Page page) {
    Integer i = indexInTopic.get(page);
    Topic t = topicOf.get(page);
    return i == null || t == null || i == 0 ? Optional.empty() : Optional.of(t.guides().get(i - 1));
  }

  /** The guide after {@code page} in its topic, if any. */
  public Optional<Page> next(Page page) {
    Integer i = indexInTopic.get(page);
    Topic t = topicOf.get(page);
    return i == null || t == null || i + 1 >= t.guides().size()
        ? Optional.empty()
        : Optional.of(t.guides().get(i + 1));
  }

  /**
   * The output paths this content writes, each with its source: every published page's URL and
   * every media file. A later step (data pages, aliases, short links) claims its own paths in it.
   * Conflicts among these were reported when the content was loaded.
   */
  public OutputClaims claims() {
    OutputClaims claims = new OutputClaims();
    Diagnostics reported = new Diagnostics();
    for (Page p : pages) {
      claims.claim(p.url(), claimOf(p), null, reported);
    }
    files.values().stream()
        .sorted(Comparator.comparing(StaticFile::source))
        .forEach(f -> claims.claim(f.outputPath(), claimOf(contentDir, f), null, reported));
    return claims;
  }

  /** A page as the producer of its URL: {@code content/t/a.md}, a data page at its item's line. */
  public static OutputClaims.Source claimOf(Page p) {
    return p.kind() == Page.Kind.DATA
        ? new OutputClaims.Source(p.sourcePath(), p.source(), p.bodyLine())
        : new OutputClaims.Source("content/" + p.sourcePath(), p.source(), 0);
  }

  static OutputClaims.Source claimOf(Path contentDir, StaticFile f) {
    String rel = contentDir.relativize(f.source()).toString().replace('\\', '/');
    return new OutputClaims.Source("content/" + rel, f.source(), 0);
  }

  /** The page whose Markdown file is {@code file} (absolute, normalised), if published. */
  public Optional<Page> pageForSource(Path file) {
    return Optional.ofNullable(bySource.get(file));
  }

  /**
   * This content plus pages made from data files ({@link Page.Kind#DATA}). A URL already taken is
   * reported to {@code diagnostics} naming both sources, and the new page is left out.
   */
  public SiteContent withDataPages(List<Page> extra, Diagnostics diagnostics) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<String, Page> urls = new HashMap<>(byUrl);
    List<Page> all = new ArrayList<>(pages);
    Map<Path, Page> sources = new HashMap<>(bySource);
    OutputClaims claims = claims();
    for (Page p : extra) {
      if (claims.claim(
          p.url(), claimOf(p), "change the url pattern in site.yaml dataPages or the item's id", diagnostics)) {
        urls.put(p.url(), p);
        all.add(p);
      }
    }
    return new SiteContent(
        contentDir, home, topics, standalone, all, urls, sources, drafts, files, topicOf, indexInTopic);
  }
}
