package vn.camnang.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputClaims;
import vn.camnang.util.Slugs;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Locale;

/**
 * Walks {@code content/} and builds the {@link SiteContent} index.
 *
 * <pre>
 * content/index.md                         home            → /
 * content/gioi-thieu.md                    standalone page → /gioi-thieu/
 * content/vssid/index.md                   topic           → /vssid/
 * content/vssid/cai-dat.md                 guide           → /vssid/cai-dat/
 * content/vssid/dang-ky/index.md + media   guide (bundle)  → /vssid/dang-ky/ (+ its media)
 * </pre>
 *
 * Names are folded to ASCII for URLs ({@code Chữ ký số} → {@code chu-ky-so}); a {@code slug} field
 * overrides. Every problem found is collected, so one build reports all bad files at once.
 */
public final class ContentLoader {
  /** Markdown files larger than this are refused: no guide is this long, and it keeps memory safe. */
  public static final long MAX_MARKDOWN_BYTES = 4L * 1024 * 1024;

  private final Path contentDir;
  private final Diagnostics diagnostics;
  private final DateTimeFormatter dateFormat;
  private final Set<String> knownFields;

  private ContentLoader(
      Path contentDir, Diagnostics diagnostics, DateTimeFormatter dateFormat, Set<String> knownFields) {
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.diagnostics = diagnostics;
    this.dateFormat = dateFormat;
    this.knownFields = knownFields;
  }

  /**
   * @param dateFormat an extra date pattern accepted in headers (JBake's {@code date.format}), or
   *     null
   */
  public static SiteContent load(Path contentDir, Diagnostics diagnostics, DateTimeFormatter dateFormat) {
    return load(contentDir, diagnostics, dateFormat, FrontMatter.KNOWN);
  }

  /** @param knownFields the front-matter fields the site uses (see {@link FrontMatter#of}) */
  public static SiteContent load(
      Path contentDir, Diagnostics diagnostics, DateTimeFormatter dateFormat, Set<String> knownFields) {
    return new ContentLoader(contentDir, diagnostics, dateFormat, knownFields).load();
  }

  private record Candidate(Path file, String rel, Page.Kind kind, String topicDir) {}

  private SiteContent load() {
    if (!Files.isDirectory(contentDir)) {
      throw new BuildException(
          Diagnostic.error(
              contentDir,
              0,
              "content folder not found",
              "a site folder needs content/ with Markdown files; use --source to point at the site"));
    }
    List<Path> all = listFiles();
    List<Candidate> candidates = new ArrayList<>();
    Map<Path, StaticFile> files = new TreeMap<>();
    Map<String, Path> topicIndexes = new TreeMap<>();
    for (Path f : all) {
      String rel = contentDir.relativize(f).toString().replace('\\', '/');
      if (rel.endsWith("/index.md") && rel.chars().filter(c -> c == '/').count() == 1) {
        topicIndexes.put(rel.substring(0, rel.indexOf('/')), f);
      }
    }
    for (Path f : all) {
      String rel = contentDir.relativize(f).toString().replace('\\', '/');
      String[] parts = rel.split("/");
      boolean markdown = rel.toLowerCase(Locale.ROOT).endsWith(".md");
      if (!markdown) {
        files.put(f, new StaticFile(f, outputPathOf(parts)));
        continue;
      }
      if (parts.length == 1) {
        Page.Kind kind = parts[0].equals("index.md") ? Page.Kind.HOME : Page.Kind.PAGE;
        candidates.add(new Candidate(f, rel, kind, null));
        continue;
      }
      String topicDir = parts[0];
      if (!topicIndexes.containsKey(topicDir)) {
        diagnostics.add(
            Diagnostic.error(
                f,
                0,
                "unknown topic: folder 'content/" + topicDir + "/' has no index.md",
                "create content/" + topicDir + "/index.md with title, description, order and icon"
                    + " to make it a topic, or move this file into an existing topic folder"));
        continue;
      }
      if (parts.length == 2) {
        Page.Kind kind = parts[1].equals("index.md") ? Page.Kind.TOPIC : Page.Kind.GUIDE;
        candidates.add(new Candidate(f, rel, kind, topicDir));
      } else if (parts.length == 3 && parts[2].equals("index.md")) {
        candidates.add(new Candidate(f, rel, Page.Kind.GUIDE, topicDir));
      } else {
        diagnostics.add(
            Diagnostic.error(
                f,
                0,
                "this Markdown file is not part of a guide",
                "a guide is content/<topic>/<guide>.md or content/<topic>/<guide>/index.md;"
                    + " nested Markdown files are not published"));
      }
    }

    // Reading and header parsing is independent per file: do it on all cores.
    List<Page> loaded =
        candidates.parallelStream().map(this::readPage).filter(Objects::nonNull).toList();
    return index(loaded, files);
  }

  private List<Path> listFiles() {
    try {
      return SourceTree.of(contentDir).skipUnderscore().files("content", diagnostics);
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(contentDir, 0, "cannot list content folder: " + e.getMessage()));
    }
  }

  /** Each segment folded to ASCII; the extension kept. */
  static String outputPathOf(String[] parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      String seg = i == parts.length - 1 ? Slugs.fileName(parts[i]) : Slugs.slugify(parts[i]);
      sb.append(seg.isEmpty() ? "x" : seg);
    }
    return sb.toString();
  }

  private Page readPage(Candidate c) {
    try {
      String text = readUtf8(c.file());
      Header header = HeaderSplitter.split(text, c.file());
      FrontMatter fm = FrontMatter.of(header, c.file(), diagnostics, dateFormat, knownFields);
      String slug = slugFor(c, fm);
      String url = urlFor(c, slug);
      Page page =
          new Page(
              c.kind(),
              c.file(),
              c.rel(),
              url,
              c.topicDir() == null ? null : topicSlug(c.topicDir()),
              slug,
              fm,
              header.body(),
              header.bodyFirstLine());
      checkRequired(page, header);
      return page;
    } catch (BuildException e) {
      diagnostics.addAll(e.diagnostics());
      return null;
    }
  }

  /** Reads a content file as strict UTF-8 (bad bytes are an error with their line), size-limited. */
  public static String readUtf8(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_MARKDOWN_BYTES) {
        throw new BuildException(
            Diagnostic.error(
                file,
                0,
                "file is too large for a guide (" + size / 1024 + " KB, limit "
                    + MAX_MARKDOWN_BYTES / 1024 + " KB)",
                "split it into several guides; put large media next to it instead"));
      }
      byte[] bytes = Files.readAllBytes(file);
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length + 1);
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        throw new BuildException(
            Diagnostic.error(
                file,
                line,
                "file is not valid UTF-8 text (byte " + (in.position() + 1) + ")",
                "save it as UTF-8 (in most editors: Save with encoding → UTF-8)"));
      }
      decoder.flush(out);
      out.flip();
      return out.toString();
    } catch (IOException e) {
      throw new BuildException(Diagnostic.error(file, 0, "cannot read: " + e.getMessage()));
    }
  }

  private String slugFor(Candidate c, FrontMatter fm) {
    String base =
        switch (c.kind()) {
          case HOME -> "";
          case TOPIC -> c.topicDir();
          case PAGE, GUIDE, DATA -> {
            String[] parts = c.rel().split("/");
            String name = parts[parts.length - 1];
            yield name.equals("index.md") ? parts[parts.length - 2] : stripMd(name);
          }
        };
    if (c.kind() == Page.Kind.TOPIC) {
      return topicSlug(c.topicDir());
    }
    if (fm.slug() != null && c.kind() != Page.Kind.HOME) {
      String s = Slugs.slugify(fm.slug());
      if (!s.isEmpty()) {
        return s;
      }
    }
    String s = Slugs.slugify(base);
    return c.kind() == Page.Kind.HOME ? "" : s.isEmpty() ? "trang" : s;
  }

  /** A topic's slug is its folder name folded; topic pages cannot rename their folder's URL. */
  private static String topicSlug(String dir) {
    String s = Slugs.slugify(dir);
    return s.isEmpty() ? "chu-de" : s;
  }

  private static String stripMd(String name) {
    return name.substring(0, name.length() - 3);
  }

  private static String urlFor(Candidate c, String slug) {
    return switch (c.kind()) {
      case HOME -> "";
      case PAGE, DATA -> slug + "/";
      case TOPIC -> slug + "/";
      case GUIDE -> topicSlug(c.topicDir()) + "/" + slug + "/";
    };
  }

  private void checkRequired(Page page, Header header) {
    FrontMatter fm = page.meta();
    if (fm.title() == null && page.kind() != Page.Kind.HOME) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              1,
              "the page has no title",
              header.format() == Header.Format.NONE
                  ? "start the file with front matter:\n---\ntitle: \"Tên hướng dẫn\"\n---"
                  : "add a line title: \"Tên hướng dẫn\" to the header"));
    }
    if (fm.description() == null
        && !fm.draft()
        && (page.kind() == Page.Kind.GUIDE || page.kind() == Page.Kind.TOPIC)) {
      diagnostics.add(
          Diagnostic.warning(
              page.source(),
              1,
              "no description: the Zalo preview and the guide list will show no summary",
              "add description: \"one sentence, at most 160 characters\""));
    }
  }

  private SiteContent index(List<Page> loaded, Map<Path, StaticFile> files) {
    Map<String, Page> byUrl = new HashMap<>();
    Map<Path, Page> bySource = new HashMap<>();
    Map<Path, Page> drafts = new HashMap<>();
    Page home = null;
    Map<String, Page> topicPages = new TreeMap<>();
    Map<String, List<Page>> guidesByTopic = new HashMap<>();
    List<Page> standalone = new ArrayList<>();
    List<Page> sorted = new ArrayList<>(loaded);
    sorted.sort(Comparator.comparing(Page::sourcePath));
    OutputClaims claims = new OutputClaims();
    for (Page p : sorted) {
      if (p.meta().draft()) {
        drafts.put(p.source().toAbsolutePath().normalize(), p);
        continue;
      }
      if (!claims.claim(
          p.url(), SiteContent.claimOf(p), "rename one of the files or give it a different 'slug'", diagnostics)) {
        continue;
      }
      byUrl.put(p.url(), p);
      bySource.put(p.source().toAbsolutePath().normalize(), p);
      switch (p.kind()) {
        case HOME -> home = p;
        case TOPIC -> topicPages.put(p.topic(), p);
        case GUIDE -> guidesByTopic.computeIfAbsent(p.topic(), k -> new ArrayList<>()).add(p);
        case PAGE, DATA -> standalone.add(p);
      }
    }
    for (StaticFile f : files.values()) {
      claims.claim(
          f.outputPath(),
          SiteContent.claimOf(contentDir, f),
          "file names are made ASCII for the web (Ảnh 1.png → anh-1.png); rename one",
          diagnostics);
    }

    Comparator<Page> reading =
        Comparator.comparingInt((Page p) -> p.meta().order())
            .thenComparing(p -> Slugs.fold(p.title() == null ? "" : p.title()))
            .thenComparing(Page::sourcePath);
    List<Topic> topics = new ArrayList<>();
    for (Page tp : topicPages.values()) {
      List<Page> guides = new ArrayList<>(guidesByTopic.getOrDefault(tp.topic(), List.of()));
      guides.sort(reading);
      topics.add(new Topic(tp.topic(), tp, guides));
    }
    // A topic whose index.md is a draft hides its guides too: report them once.
    guidesByTopic.forEach(
        (topic, guides) -> {
          if (!topicPages.containsKey(topic)) {
            for (Page g : guides) {
              byUrl.remove(g.url());
              bySource.remove(g.source().toAbsolutePath().normalize());
              drafts.put(g.source().toAbsolutePath().normalize(), g);
            }
          }
        });
    topics.sort(Comparator.comparing(Topic::page, reading));
    standalone.sort(reading);

    Map<Page, Topic> topicOf = new HashMap<>();
    Map<Page, Integer> indexInTopic = new HashMap<>();
    List<Page> pages = new ArrayList<>();
    if (home != null) {
      pages.add(home);
    }
    for (Topic t : topics) {
      pages.add(t.page());
      topicOf.put(t.page(), t);
      for (int i = 0; i < t.guides().size(); i++) {
        Page g = t.guides().get(i);
        pages.add(g);
        topicOf.put(g, t);
        indexInTopic.put(g, i);
      }
    }
    pages.addAll(standalone);
    return new SiteContent(
        contentDir,
        home,
        topics,
        standalone,
        pages,
        byUrl,
        bySource,
        drafts,
        new LinkedHashMap<>(files),
        topicOf,
        indexInTopic);
  }
}
