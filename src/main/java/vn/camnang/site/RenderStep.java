package vn.camnang.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.DataItem;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputFile;
import vn.camnang.search.SearchDoc;

/**
 * The {@code render} step: every page (or the few a request names) through the {@link
 * PageRenderer}, on all cores. Each page is handed to the build as soon as it is made (pages are
 * many: they are not all kept in memory); what the later steps need of them is returned.
 */
final class RenderStep {
  /**
   * What the step made besides the pages handed over.
   *
   * @param count pages rendered
   * @param mediaKeys what each rendered page asked of the media step ({@link PageLinks#mediaKey})
   * @param firstImages each rendered page's first body image as written, "" for none ({@link
   *     PageLinks#firstImage})
   * @param searchDocs each rendered page as search sees it, by URL
   * @param shellPages the bytes of the rendered pages the offline shell holds (home, topics), by
   *     output path ({@link vn.camnang.offline.Offline#shellPages})
   */
  record RenderedPages(
      int count,
      Map<String, String> mediaKeys,
      Map<String, String> firstImages,
      Map<String, SearchDoc> searchDocs,
      Map<String, byte[]> shellPages) {}

  private final SiteConfig config;
  private final SiteContent content;
  private final PageRenderer renderer;
  private final Diagnostics diagnostics;
  private final Progress progress;

  RenderStep(SiteConfig config, SiteContent content, PageRenderer renderer, Diagnostics diagnostics, Progress progress) {
    this.config = config;
    this.content = content;
    this.renderer = renderer;
    this.diagnostics = diagnostics;
    this.progress = progress;
  }

  /**
   * Renders the pages; checks links to headings when every page was rendered.
   *
   * @param only the URLs to render, or null for every page
   * @param shell the output paths of the pages the offline shell holds
   * @param made told each page as soon as it is made (from several threads)
   */
  RenderedPages run(Set<String> only, Set<String> shell, Consumer<OutputFile> made) {
    List<Page> pages = new ArrayList<>(content.pages());
    if (content.home() == null) {
      pages.add(0, syntheticHome());
    }
    if (only != null) {
      pages.removeIf(p -> !only.contains(p.url()));
    }
    Map<String, String> mediaKeys = new ConcurrentHashMap<>();
    Map<String, String> firstImages = new ConcurrentHashMap<>();
    Map<String, SearchDoc> searchDocs = new ConcurrentHashMap<>();
    Map<String, byte[]> shellPages = new ConcurrentHashMap<>();
    AtomicInteger written = new AtomicInteger();
    Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    List<PageLinks.AnchorRef> anchors = Collections.synchronizedList(new ArrayList<>());
    pages.parallelStream()
        .forEach(
            page -> {
              try {
                PageRenderer.RenderedPage r = renderer.render(page, page, diagnostics);
                OutputFile file = OutputFile.text(page.outputPath(), r.html());
                made.accept(file);
                if (shell.contains(file.path())) {
                  shellPages.put(file.path(), file.bytes());
                }
                if (SearchPages.indexed(page)) {
                  searchDocs.put(page.url(), SearchPages.doc(content, page, r.html(), r.body(), r.bodyText()));
                }
                ids.put(page.url(), ids(r.html()));
                mediaKeys.put(page.url(), r.links().mediaKey());
                String first = r.links().firstImage();
                firstImages.put(page.url(), first == null ? "" : first);
                anchors.addAll(r.links().anchors());
                progress.update("trang", written.incrementAndGet(), pages.size());
              } catch (BuildException e) {
                diagnostics.addAll(e.diagnostics());
              } catch (StackOverflowError e) {
                diagnostics.add(
                    Diagnostic.error(
                        page.source(), 0, "this page is nested too deeply to render (lists or quotes inside each other)",
                        "flatten the nesting: a few levels are enough for any guide"));
              } catch (RuntimeException e) {
                diagnostics.add(
                    Diagnostic.error(
                        page.source(), 0, "internal error while rendering this page: " + e,
                        "please report it with this file attached"));
              }
            });
    if (only == null) {
      anchors.addAll(walkthroughAnchors());
      checkAnchors(anchors, ids); // needs every page's ids
    }
    return new RenderedPages(
        written.get(), Map.copyOf(mediaKeys), Map.copyOf(firstImages), Map.copyOf(searchDocs), Map.copyOf(shellPages));
  }

  /** Data pages' walkthrough links ({@code guide#section}), checked like links in Markdown. */
  private List<PageLinks.AnchorRef> walkthroughAnchors() {
    List<PageLinks.AnchorRef> out = new ArrayList<>();
    for (Page p : content.pages()) {
      DataItem.Walkthrough w = p.data() == null ? null : p.data().walkthrough();
      if (w != null && !w.fragment().isEmpty()) {
        out.add(new PageLinks.AnchorRef(p, w.line(), w.url(), w.fragment()));
      }
    }
    return out;
  }

  /** Links to {@code page#fragment} whose fragment is no id of the rendered page: a warning. */
  private void checkAnchors(List<PageLinks.AnchorRef> anchors, Map<String, Set<String>> ids) {
    for (PageLinks.AnchorRef a : anchors) {
      Set<String> targetIds = ids.get(a.targetUrl());
      if (targetIds != null && !targetIds.contains(a.fragment())) {
        diagnostics.add(
            Diagnostic.warning(
                a.from().source(),
                a.line(),
                "link to '#" + a.fragment() + "' on /" + a.targetUrl() + ": no such heading or anchor there",
                "headings get ids from their text, e.g. '## Các bước' → #cac-buoc"));
      }
    }
  }

  /** The values of every {@code id="…"} attribute in a rendered page (a plain scan: no regex). */
  static Set<String> ids(String html) {
    Set<String> found = new HashSet<>();
    for (int at = html.indexOf("id=\"", 1); at >= 0; at = html.indexOf("id=\"", at + 4)) {
      int end = html.indexOf('"', at + 4);
      if (end < 0) {
        break;
      }
      if (end > at + 4 && Character.isWhitespace(html.charAt(at - 1))) {
        found.add(html.substring(at + 4, end));
      }
    }
    return found;
  }

  /** The home page of a site without {@code content/index.md}: the site's title and description. */
  private Page syntheticHome() {
    FrontMatter fm = FrontMatter.minimal(config.title(), config.description());
    return new Page(
        Page.Kind.HOME, content.contentDir().resolve("index.md"), "index.md", "", null, "", fm, "", 1);
  }
}
