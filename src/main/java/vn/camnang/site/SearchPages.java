package vn.camnang.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.html.TransformedBody;
import vn.camnang.search.SearchDoc;
import vn.camnang.search.SearchIndex;
import vn.camnang.search.Synonyms;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;

/**
 * The {@code search} build step, after {@code render}: takes each rendered page's text ({@code
 * .prose}, else {@code <main>} without navigation, kept while rendering), makes the index files of
 * {@link SearchIndex} under {@code search/}, and the no-JavaScript fallback page {@code tim-kiem/}
 * (every guide by topic) from {@code search.ftl}. It returns the files; the build writes them.
 */
final class SearchPages {
  static final String PAGE_URL = "tim-kiem/";

  /** The search page's output file, the one place that names it. */
  static final String PAGE_FILE = PAGE_URL + "index.html";

  private static final String META = "search/meta.js";
  private static final String SHARDS = "search/t/";
  private static final String EXCERPTS = "search/x/";

  private SearchPages() {}

  /**
   * What the {@code search} step made.
   *
   * @param index the index files by output path ({@code search/meta.js}, word shards, excerpts)
   * @param page the fallback page's HTML, or null when there is none
   * @param pages how many pages the index holds
   */
  record SearchFiles(Map<String, byte[]> index, String page, int pages) {
    SearchFiles {
      index = Collections.unmodifiableMap(new LinkedHashMap<>(index));
    }

    /**
     * Every file of the index in the order {@code search/meta.js} lists them: the meta file, the
     * word shards by prefix, the excerpt files by number.
     */
    List<String> indexFiles() {
      List<String> files = new ArrayList<>();
      if (index.containsKey(META)) {
        files.add(META);
      }
      index.keySet().stream()
          .filter(f -> f.startsWith(SHARDS) && f.endsWith(".js"))
          .sorted(Comparator.comparing(f -> f.substring(SHARDS.length(), f.length() - 3)))
          .forEach(files::add);
      for (int i = 0; index.containsKey(EXCERPTS + i + ".js"); i++) {
        files.add(EXCERPTS + i + ".js");
      }
      return files;
    }

    /** What the files of {@link #indexFiles} weigh together, before compression. */
    long indexBytes() {
      long bytes = 0;
      for (String f : indexFiles()) {
        bytes += index.get(f).length;
      }
      return bytes;
    }
  }

  /**
   * Makes the index and the fallback page. Reads no page back: every page's search text is given.
   *
   * @param docs every page's search text by URL: made while it rendered, or kept from the build
   *     that last rendered it ({@link #kept}); a page without any failed to render (reported already)
   * @param check under {@code check}: synonyms that match no page are warned
   */
  static SearchFiles make(
      SiteContent content,
      Map<String, SearchDoc> docs,
      TemplateEngine templates,
      ModelBuilder models,
      boolean check,
      Diagnostics diagnostics) {
    List<SearchDoc> ordered = new ArrayList<>();
    for (Page page : searchOrder(content)) {
      SearchDoc d = docs.get(page.url());
      if (d != null) {
        ordered.add(d);
      }
    }
    Map<String, byte[]> index = SearchIndex.build(ordered, extras(content, ordered, check, diagnostics));
    String searchPage = null;
    if (templates.exists("search.ftl")) {
      if (content.byUrl().containsKey(PAGE_URL)) {
        diagnostics.add(
            Diagnostic.warning(
                content.byUrl().get(PAGE_URL).source(),
                0,
                "this page takes the URL " + PAGE_URL + ", where the search page would go",
                "rename the page; the search box sends readers without JavaScript to " + PAGE_URL));
      } else {
        try {
          searchPage =
              templates.render("search.ftl", models.forSpecial("Tìm bài hướng dẫn", "../", PAGE_URL));
        } catch (BuildException e) {
          diagnostics.addAll(e.diagnostics());
        }
      }
    }
    return new SearchFiles(index, searchPage, ordered.size());
  }

  /**
   * The site's synonyms ({@link Synonyms#FILE}) and, for each page made from a data item with a
   * walkthrough (a service), the guide it ranks with. Under {@code check} (nothing is kept), an
   * entry whose {@code chinh} is in no page is a warning at its line.
   */
  private static SearchIndex.Extras extras(
      SiteContent content, List<SearchDoc> docs, boolean check, Diagnostics diagnostics) {
    Synonyms synonyms = Synonyms.NONE;
    Path site = content.contentDir() == null ? null : content.contentDir().getParent();
    if (site != null) {
      try {
        synonyms = Synonyms.load(site.resolve(Synonyms.FILE));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    if (check) {
      for (Synonyms.Entry e : synonyms.unmatched(docs)) {
        diagnostics.add(
            Diagnostic.warning(
                synonyms.file(),
                e.line(),
                "synonyms: no page has the words '" + e.chinh() + "' (chinh), so searching "
                    + (e.goi().isEmpty() ? "them" : "'" + e.goi().get(0) + "'") + " finds nothing more",
                "write chinh: as the guides write it (e.g. \"giấy phép lái xe\"), or remove the entry"));
      }
    }
    Map<String, String> guideOf = new HashMap<>();
    for (Page p : content.pages()) {
      if (p.data() != null && p.data().walkthrough() != null) {
        guideOf.put(p.url(), p.data().walkthrough().url());
      }
    }
    return new SearchIndex.Extras(synonyms.groups(), guideOf);
  }

  /** Guides first (ties in ranking go to the earlier page), then the other pages; not home. */
  private static List<Page> searchOrder(SiteContent content) {
    List<Page> pages = new ArrayList<>(content.guides());
    for (Page p : content.pages()) {
      if (p.kind() != Page.Kind.HOME && p.kind() != Page.Kind.GUIDE) {
        pages.add(p);
      }
    }
    return pages;
  }

  /**
   * A page's search text kept from an earlier build, with what its header gives as it is now
   * (title, topic, description, tags): its body is unchanged, its topic's title may not be.
   */
  static SearchDoc kept(SiteContent content, SearchDoc doc) {
    Page page = content.byUrl().get(doc.url());
    if (page == null) {
      return doc;
    }
    return new SearchDoc(
        doc.url(),
        page.title() != null ? page.title() : doc.title(),
        topicTitle(content, page),
        page.meta().description(),
        doc.headings(),
        page.meta().tags(),
        doc.text());
  }

  /** Whether {@code page} goes into the index (every page but home). */
  static boolean indexed(Page page) {
    return page.kind() != Page.Kind.HOME;
  }

  private static final String PROSE = "<div class=\"prose\">";

  /**
   * {@link #doc(SiteContent, Page, String)} without parsing the page again when the template put
   * the page body, and only it, in the one {@code .prose} of the page (every bundled template but
   * the service page's): then {@code .prose} is the body, whose headings and text {@code bodyText}
   * holds.
   */
  static SearchDoc doc(SiteContent content, Page page, String rendered, String body, TransformedBody bodyText) {
    int at = rendered.indexOf(PROSE);
    if (at >= 0
        && page.title() != null
        && rendered.startsWith(body, at + PROSE.length())
        && rendered.startsWith("</div>", at + PROSE.length() + body.length())
        && rendered.indexOf("class=\"prose", at + PROSE.length()) < 0
        && rendered.lastIndexOf("class=\"prose", at - 1) < 0) {
      return doc(content, page, "", bodyText.headings(), bodyText.text());
    }
    return doc(content, page, rendered);
  }

  /** The search view of one rendered page: its {@code .prose}, else {@code <main>} without navigation. */
  static SearchDoc doc(SiteContent content, Page page, String rendered) {
    Document html = Jsoup.parse(rendered);
    Elements body = select(html);
    return doc(content, page, html.title(), body.select("h2, h3").eachText(), body.text());
  }

  private static Elements select(Document html) {
    Elements body = html.select(".prose");
    if (body.isEmpty()) {
      Element main = html.selectFirst("main");
      body = new Elements(main == null ? html.body() : main);
      body.select("nav, header, footer, h1, script, style, .pager, .back").remove();
    }
    return body;
  }

  private static SearchDoc doc(
      SiteContent content, Page page, String htmlTitle, List<String> headings, String text) {
    String title = page.title() != null ? page.title() : htmlTitle;
    return new SearchDoc(
        page.url(),
        title,
        topicTitle(content, page),
        page.meta().description(),
        headings,
        page.meta().tags(),
        text);
  }

  /** The page's topic, or for a page made from data its parent page ("25 dịch vụ…"), or "". */
  private static String topicTitle(SiteContent content, Page page) {
    return content
        .topicOf(page)
        .map(t -> t.title())
        .orElseGet(
            () -> {
              String parentUrl = page.data() == null ? null : page.data().parent();
              Page parent = parentUrl == null ? null : content.byUrl().get(parentUrl);
              return parent == null || parent.title() == null ? "" : parent.title();
            });
  }
}
