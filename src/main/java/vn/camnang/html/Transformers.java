package vn.camnang.html;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.camnang.util.Slugs;

/** The standard body transformers. Each is a static method so it can be tested on its own. */
public final class Transformers {
  private Transformers() {}

  /**
   * Gives every {@code h2}–{@code h6} a stable ASCII id from its text ({@code "Bước 2: Đăng ký"} →
   * {@code "buoc-2-dang-ky"}), keeping ids set in Markdown with {@code {#id}} and making repeats
   * unique with {@code -2}, {@code -3}.
   */
  public static void headingIds(Element body, PageContext context) {
    Set<String> used = new HashSet<>();
    for (Element e : body.select("[id]")) {
      used.add(e.id());
    }
    for (Element h : body.select("h2, h3, h4, h5, h6")) {
      if (!h.id().isEmpty()) {
        continue;
      }
      String base = Slugs.slugify(h.text());
      if (base.isEmpty()) {
        base = "muc";
      }
      String id = base;
      for (int n = 2; used.contains(id); n++) {
        id = base + "-" + n;
      }
      used.add(id);
      h.id(id);
    }
  }

  /**
   * Wraps each table in a focusable box that scrolls sideways on its own, so a wide table never
   * makes the whole page scroll horizontally on a phone.
   */
  public static void tableScroll(Element body, PageContext context) {
    for (Element table : body.select("table")) {
      Element parent = table.parent();
      if (parent != null && parent.hasClass("table-scroll")) {
        continue;
      }
      table.wrap(
          "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""
              + " aria-label=\"Bảng, vuốt ngang để xem hết\"></div>");
    }
  }

  /**
   * Internal links get their absolute address in {@code data-url}, which the print stylesheet shows
   * after the link text: a printed guide keeps its links usable.
   */
  public static void printUrls(Element body, PageContext context) {
    if (context.baseUrl() == null) {
      return;
    }
    java.net.URI page = java.net.URI.create(context.baseUrl() + context.pageUrl());
    for (Element a : body.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("//")) {
        continue;
      }
      try {
        a.attr("data-url", page.resolve(href).toString());
      } catch (IllegalArgumentException e) {
        // not a valid relative URL: leave it, the link check reports broken links
      }
    }
  }

  /** Links leaving the site get {@code rel="noopener noreferrer"} and a class for styling. */
  public static void externalLinks(Element body, PageContext context) {
    for (Element a : body.select("a[href]")) {
      String href = a.attr("href");
      boolean absolute = href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//");
      if (!absolute) {
        continue;
      }
      if (context.baseUrl() != null && href.startsWith(context.baseUrl())) {
        continue;
      }
      a.attr("rel", "noopener noreferrer");
      a.addClass("external");
    }
  }

  /**
   * Images: explicit {@code width}/{@code height} when known (no layout shift); the first image of
   * the page loads at once with high priority, every other one lazily and decoded off the main
   * thread.
   */
  public static void images(Element body, PageContext context) {
    boolean first = true;
    for (Element img : body.select("img")) {
      int[] size = context.imageSizes().get(img.attr("src"));
      if (size != null && !img.hasAttr("width") && !img.hasAttr("height")) {
        img.attr("width", Integer.toString(size[0]));
        img.attr("height", Integer.toString(size[1]));
      }
      if (first) {
        img.attr("fetchpriority", "high");
        img.removeAttr("loading");
        first = false;
      } else {
        img.attr("loading", "lazy");
        img.attr("decoding", "async");
      }
    }
  }
}
