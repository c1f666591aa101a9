package vn.camnang.html;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.camnang.util.Slugs;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standard body transformers. Each is a static method so it can be tested on its own. */
public final class Transformers {
  private Transformers() {}

  // the selectors, parsed once (Jsoup parses a query string again on every call)
  private static final Evaluator WITH_ID = QueryParser.parse("[id]");
  private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");
  private static final Evaluator TABLES = QueryParser.parse("table");
  private static final Evaluator PLAIN_LINKS = QueryParser.parse("a[href]:not(.zoom):not(.download)");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator IMAGES = QueryParser.parse("img");

  /**
   * Gives every {@code h2}–{@code h6} a stable ASCII id from its text ({@code "Bước 2: Đăng ký"} →
   * {@code "buoc-2-dang-ky"}), keeping ids set in Markdown with {@code {#id}} and making repeats
   * unique with {@code -2}, {@code -3}.
   */
  public static void headingIds(Element body, PageContext context) {
    Set<String> used = new HashSet<>();
    for (Element e : body.select(WITH_ID)) {
      used.add(e.id());
    }
    for (Element h : body.select(HEADINGS)) {
      if (h.id().isEmpty()) {
        h.id(headingId(h.text(), used));
      }
    }
  }

  /**
   * The id of a heading with this text: its slug ({@code "muc"} when empty), made unique among
   * {@code used} with {@code -2}, {@code -3} …, and added to it. The one rule of both paths ({@link
   * OnePass} too).
   */
  static String headingId(String text, Set<String> used) {
    String base = Slugs.slugify(text);
    if (base.isEmpty()) {
      base = "muc";
    }
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "-" + n;
    }
    used.add(id);
    return id;
  }

  /**
   * Wraps each table in a focusable box that scrolls sideways on its own, so a wide table never
   * makes the whole page scroll horizontally on a phone.
   */
  /** What a screen reader says of a table's scroll box (both paths write it). */
  static final String TABLE_LABEL = "Bảng, vuốt ngang để xem hết";

  public static void tableScroll(Element body, PageContext context) {
    for (Element table : body.select(TABLES)) {
      Element parent = table.parent();
      if (parent != null && parent.hasClass("table-scroll")) {
        continue;
      }
      table.wrap(
          "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""
              + " aria-label=\"" + TABLE_LABEL + "\"></div>");
    }
  }

  /**
   * Internal links get their absolute address in {@code data-url}, which the print stylesheet shows
   * after the link text: a printed guide keeps its links usable.
   */
  /** A URL with a scheme ({@code https:}, {@code mailto:}, {@code tel:}): no site page. */
  static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  public static void printUrls(Element body, PageContext context) {
    if (context.baseUrl() == null) {
      return;
    }
    URI page = URI.create(context.baseUrl() + context.pageUrl());
    for (Element a : body.select(PLAIN_LINKS)) {
      String href = a.attr("href");
      if (href.startsWith("#") || SCHEME.matcher(href).matches() || href.startsWith("//")) {
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
    for (Element a : body.select(LINKS)) {
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

  /** The display width of body images: the column is at most 42rem (672 px) on a wide screen. */
  static final String SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

  /**
   * Processed images become {@code <picture>} with WebP and JPEG/PNG {@code srcset}s, explicit
   * size, wrapped in a link to the full-resolution file (opened on tap, zoomable with two fingers);
   * tall images (infographics) also get a "Tải ảnh" download button with a readable file name.
   */
  public static void responsiveImages(Element body, PageContext context) {
    for (Element img : body.select(IMAGES)) {
      ImageSet set = context.images().get(img.attr("src"));
      if (set == null) {
        continue;
      }
      img.attr("src", middle(set.fallback()).url());
      img.attr("width", Integer.toString(set.width()));
      img.attr("height", Integer.toString(set.height()));
      if (set.fallback().size() > 1) {
        img.attr("srcset", srcset(set.fallback()));
        img.attr("sizes", SIZES);
      }
      Element picture = img.wrap("<picture></picture>").parent();
      if (!set.webp().isEmpty()) {
        picture.prependElement("source")
            .attr("type", "image/webp")
            .attr("srcset", srcset(set.webp()))
            .attr("sizes", SIZES);
      }
      Element link = picture.wrap("<a class=\"zoom\"></a>").parent();
      link.attr("href", set.original());
      String alt = img.attr("alt");
      link.attr("aria-label", (alt.isBlank() ? "Ảnh" : alt) + " (mở ảnh lớn)");
      Element parent = link.parent();
      boolean alone = parent != null && parent.tagName().equals("p") && parent.childrenSize() == 1
          && parent.ownText().isBlank();
      Element figure = alone ? parent.tagName("figure") : link.wrap("<span class=\"figure\"></span>").parent();
      figure.addClass("figure");
      if (set.tall()) {
        figure.appendElement(alone ? "figcaption" : "span")
            .addClass("figure-actions")
            .appendElement("a")
            .addClass("button button-light download")
            .attr("href", set.original())
            .attr("download", set.downloadName())
            .text("Tải ảnh");
      }
    }
  }

  private static ImageSet.Source middle(List<ImageSet.Source> sources) {
    for (ImageSet.Source s : sources) {
      if (s.width() >= 700) {
        return s;
      }
    }
    return sources.get(sources.size() - 1);
  }

  private static String srcset(List<ImageSet.Source> sources) {
    StringBuilder sb = new StringBuilder();
    for (ImageSet.Source s : sources) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(s.url()).append(' ').append(s.width()).append('w');
    }
    return sb.toString();
  }

  /**
   * Short clips. {@code ![Video: …](clip.mp4)} becomes a {@code <video controls preload="none"
   * playsinline>} with a poster; a YouTube link becomes a tap-to-load placeholder: nothing from
   * YouTube loads until the reader taps (without JavaScript the link opens YouTube).
   */
  public static void videos(Element body, PageContext context) {
    for (Element img : body.select(IMAGES)) {
      String src = img.attr("src");
      String lower = src.toLowerCase(Locale.ROOT);
      String alt = img.attr("alt");
      String youtube = youtubeId(src);
      if (youtube != null) {
        Element a = new Element("a")
            .addClass("video-yt")
            .attr("href", "https://www.youtube.com/watch?v=" + youtube)
            .attr("data-yt", youtube)
            .attr("rel", "noopener noreferrer");
        a.appendElement("span").addClass("video-play").attr("aria-hidden", "true").text("▶");
        a.appendElement("span").addClass("video-title").text(alt.isBlank() ? "Xem video" : alt);
        a.appendElement("span").addClass("video-note").text("Bấm để xem trên YouTube");
        replaceWithBlock(img, a);
      } else if (lower.endsWith(".mp4") || lower.endsWith(".webm")) {
        Element video = new Element("video")
            .attr("controls", "")
            .attr("preload", "none")
            .attr("playsinline", "")
            .attr("width", "1280")
            .attr("height", "720");
        ImageSet poster = context.images().get(src);
        if (poster != null) {
          video.attr("poster", poster.original());
        }
        if (!alt.isBlank()) {
          video.attr("aria-label", alt);
        }
        video.appendElement("source").attr("src", src).attr("type", lower.endsWith(".mp4") ? "video/mp4" : "video/webm");
        video.appendElement("a").attr("href", src).text("Tải video: " + (alt.isBlank() ? "video" : alt));
        replaceWithBlock(img, video);
      }
    }
  }

  private static void replaceWithBlock(Element img, Element block) {
    Element parent = img.parent();
    Element figure = new Element("figure").addClass("video");
    figure.appendChild(block);
    if (parent != null && parent.tagName().equals("p") && parent.childrenSize() == 1 && parent.ownText().isBlank()) {
      parent.replaceWith(figure);
    } else {
      img.replaceWith(figure);
    }
  }

  /** The video id of a YouTube watch, share or embed URL, or null. */
  private static final Pattern YOUTUBE =
      Pattern.compile(
          "^https?://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)|youtu\\.be/)([A-Za-z0-9_-]{6,20}).*");

  static String youtubeId(String url) {
    Matcher m = YOUTUBE.matcher(url);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Images: explicit {@code width}/{@code height} when known (no layout shift); the first image of
   * the page loads at once with high priority, every other one lazily and decoded off the main
   * thread.
   */
  public static void images(Element body, PageContext context) {
    boolean first = true;
    for (Element img : body.select(IMAGES)) {
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
