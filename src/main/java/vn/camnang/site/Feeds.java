package vn.camnang.site;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputFile;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;

/**
 * {@code sitemap.xml}, {@code robots.txt}, the Atom feed of new and updated guides and the 404
 * page (the {@code feeds} step, {@link #files}). The sitemap and feed need absolute URLs, so they are
 * made only when a base URL is configured. Dates come from the
 * pages, never from the clock: two builds of the same input give the same bytes.
 */
final class Feeds {
  static final int FEED_ENTRIES = 30;

  private Feeds() {}

  /**
   * The {@code feeds} step: {@code robots.txt}; with a base URL {@code sitemap.xml} and {@code
   * feed.xml}; the 404 page when the theme has {@code 404.ftl} (root-absolute links: hosts serve it
   * at any depth).
   */
  static List<OutputFile> files(
      SiteConfig config, SiteContent content, TemplateEngine templates, ModelBuilder models, Diagnostics diagnostics) {
    List<OutputFile> files = new ArrayList<>();
    files.add(OutputFile.text("robots.txt", robots(config)));
    if (config.hasBaseUrl()) {
      files.add(OutputFile.text("sitemap.xml", sitemap(config, content)));
      files.add(OutputFile.text("feed.xml", atom(config, content)));
    }
    if (templates.exists("404.ftl")) {
      String root = config.hasBaseUrl() ? URI.create(config.baseUrl()).getPath() : "/";
      try {
        files.add(
            OutputFile.text("404.html", templates.render("404.ftl", models.forSpecial("Không tìm thấy trang", root, ""))));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    return files;
  }

  static String sitemap(SiteConfig config, SiteContent content) {
    StringBuilder sb = new StringBuilder(256 + content.pages().size() * 120);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Page p : content.pages()) {
      sb.append("  <url><loc>").append(xml(config.absolute(p.url()))).append("</loc>");
      if (p.meta().updated() != null) {
        sb.append("<lastmod>").append(p.meta().updated()).append("</lastmod>");
      }
      sb.append("</url>\n");
    }
    sb.append("</urlset>\n");
    return sb.toString();
  }

  static String robots(SiteConfig config) {
    StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
    if (config.hasBaseUrl()) {
      sb.append("Sitemap: ").append(config.absolute("sitemap.xml")).append('\n');
    }
    return sb.toString();
  }

  static String atom(SiteConfig config, SiteContent content) {
    List<Page> guides =
        content.guides().stream()
            .sorted(
                Comparator.comparing((Page p) -> p.meta().updated() == null ? LocalDate.MIN : p.meta().updated())
                    .reversed()
                    .thenComparing(Page::url))
            .limit(FEED_ENTRIES)
            .toList();
    LocalDate newest =
        guides.stream()
            .map(p -> p.meta().updated())
            .filter(d -> d != null)
            .max(Comparator.naturalOrder())
            .orElse(LocalDate.of(2026, 1, 1));
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(xml(config.language()))
        .append("\">\n");
    sb.append("  <title>").append(xml(config.title())).append("</title>\n");
    if (!config.description().isEmpty()) {
      sb.append("  <subtitle>").append(xml(config.description())).append("</subtitle>\n");
    }
    sb.append("  <id>").append(xml(config.absolute(""))).append("</id>\n");
    sb.append("  <link rel=\"alternate\" href=\"").append(xml(config.absolute(""))).append("\"/>\n");
    sb.append("  <link rel=\"self\" href=\"").append(xml(config.absolute("feed.xml"))).append("\"/>\n");
    sb.append("  <updated>").append(newest).append("T00:00:00Z</updated>\n");
    sb.append("  <author><name>")
        .append(xml(config.author() == null ? config.title() : config.author()))
        .append("</name></author>\n");
    for (Page p : guides) {
      String url = config.absolute(p.url());
      LocalDate updated = p.meta().updated() == null ? newest : p.meta().updated();
      sb.append("  <entry>\n");
      sb.append("    <title>").append(xml(p.title())).append("</title>\n");
      sb.append("    <link rel=\"alternate\" href=\"").append(xml(url)).append("\"/>\n");
      sb.append("    <id>").append(xml(url)).append("</id>\n");
      sb.append("    <updated>").append(updated).append("T00:00:00Z</updated>\n");
      if (p.meta().date() != null) {
        sb.append("    <published>").append(p.meta().date()).append("T00:00:00Z</published>\n");
      }
      if (p.meta().description() != null) {
        sb.append("    <summary>").append(xml(p.meta().description())).append("</summary>\n");
      }
      sb.append("  </entry>\n");
    }
    sb.append("</feed>\n");
    return sb.toString();
  }

  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
