package vn.camnang.site;

import java.util.ArrayList;
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
import vn.camnang.output.OutputSink;
import vn.camnang.search.SearchDoc;
import vn.camnang.search.SearchIndex;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;

/**
 * The {@code search} build step, after {@code render}: reads each rendered page back, keeps its
 * text ({@code .prose}, else {@code <main>} without navigation), writes the index files of {@link
 * SearchIndex} under {@code search/}, and the no-JavaScript fallback page {@code tim-kiem/} (every
 * guide by topic) from {@code search.ftl}.
 */
final class SearchPages {
  static final String PAGE_URL = "tim-kiem/";

  private SearchPages() {}

  /** Returns the number of pages in the index. */
  static int write(
      SiteContent content,
      OutputSink out,
      TemplateEngine templates,
      ModelBuilder models,
      Diagnostics diagnostics) {
    List<SearchDoc> docs = new ArrayList<>();
    for (Page page : searchOrder(content)) {
      byte[] html = out.read(page.outputPath());
      if (html != null) { // missing when rendering failed (reported already) or nothing is kept (check)
        docs.add(doc(content, page, html));
      }
    }
    SearchIndex.build(docs).forEach(out::write);
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
          out.writeString(
              PAGE_URL + "index.html",
              templates.render("search.ftl", models.forSpecial("Tìm bài hướng dẫn", "../", PAGE_URL)));
        } catch (BuildException e) {
          diagnostics.addAll(e.diagnostics());
        }
      }
    }
    return docs.size();
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

  private static SearchDoc doc(SiteContent content, Page page, byte[] bytes) {
    Document html = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    Elements body = html.select(".prose");
    if (body.isEmpty()) {
      Element main = html.selectFirst("main");
      body = new Elements(main == null ? html.body() : main);
      body.select("nav, header, footer, h1, script, style, .pager, .back").remove();
    }
    String title = page.title() != null ? page.title() : html.title();
    return new SearchDoc(
        page.url(),
        title,
        topicTitle(content, page),
        page.meta().description(),
        body.select("h2, h3").eachText(),
        page.meta().tags(),
        body.text());
  }

  /** The page's topic, or for a page made from data its parent page ("25 dịch vụ…"), or "". */
  private static String topicTitle(SiteContent content, Page page) {
    return content
        .topicOf(page)
        .map(t -> t.title())
        .orElseGet(
            () -> {
              Map<String, Object> f = page.meta().fields();
              Page parent = f.get("parent") == null ? null : content.byUrl().get(String.valueOf(f.get("parent")));
              return parent == null || parent.title() == null ? "" : parent.title();
            });
  }
}
