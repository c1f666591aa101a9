package vn.camnang.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.markdown.LinkRewriter;
import vn.camnang.markdown.MarkdownEngine;
import vn.camnang.share.ShareCards;
import vn.camnang.share.ShareImage;

/**
 * The picture a link preview shows for each page: its own share card ({@code features:
 * shareCards}, on by default), or the site's one preview image. Made once per build; {@link
 * #forPage} is thread-safe (pages render in parallel). A guide's card shows its first picture, as
 * flexmark's tree has it (not a picture written inside code; a reference-style {@code ![a][ref]}
 * too): each render tells it ({@link #rendered}) before the page's template reads its share data.
 */
final class ShareImages {
  private final SiteConfig config;
  private final Path source;
  private final AssetFiles assets;
  private final HeaderFiles headerFiles;
  private final ShareCards cards;
  private final ImageInfo info = new ImageInfo();
  /** Each page's first body image as written ("" for none), by URL ({@link #rendered}, {@link #kept}). */
  private final Map<String, String> firstImages = new ConcurrentHashMap<>();
  private MarkdownEngine markdown; // only for a page neither rendered nor kept

  /**
   * @param source the site folder
   * @param assets what the {@code assets} step read ({@link AssetFiles}: URLs and bytes)
   * @param cards the build's share cards, or null when they are off ({@link #cards})
   */
  ShareImages(SiteConfig config, Path source, AssetFiles assets, HeaderFiles headerFiles, ShareCards cards) {
    this.config = config;
    this.source = source;
    this.assets = assets;
    this.headerFiles = headerFiles;
    this.cards = cards;
  }

  /** The share cards of one build ({@code features: shareCards}, on by default), or null when off. */
  static ShareCards cards(SiteConfig config, SiteContent content, Path source, AssetFiles assets) {
    if (!config.feature("shareCards")) {
      return null;
    }
    byte[] css = assets.bytes("css/site.css");
    return new ShareCards(
        config, content, assets.bytes("icons/icon-192.png"),
        css == null ? null : new String(css, StandardCharsets.UTF_8),
        source.resolve(".camnang").resolve("cache").resolve("cards"));
  }

  /**
   * The preview image of a page: its own share card, or with {@code features: shareCards: false}
   * the site's one card ({@code image} in site.yaml, default {@code assets/images/the-chia-se.jpg}).
   */
  ShareImage forPage(Page page) {
    if (cards != null) {
      return cards.plan(page, cardThumbnail(page));
    }
    String siteImage = config.image();
    String key = siteImage == null ? "images/the-chia-se.jpg" : siteImage.replaceFirst("^/?assets/", "");
    String path = assets.urls().get(key);
    if (path == null) {
      return null;
    }
    ImageInfo.Size size = info.size(path, assets.bytes(key)).orElse(ImageInfo.Size.NONE);
    return new ShareImage(path, size.width(), size.height(), mime(path));
  }

  /** The picture a guide's card shows whole beside its title: its {@code image}, else its first image. */
  private Path cardThumbnail(Page p) {
    if (p.kind() != Page.Kind.GUIDE) {
      return null;
    }
    String image = p.meta().image() != null ? p.meta().image() : firstImage(p);
    if (image == null || image.startsWith("http") || !MediaPlan.isImage(image)) {
      return null;
    }
    return headerFiles.contentFile(p, image).map(StaticFile::source).orElse(null); // site-rooted paths too
  }

  /**
   * Tells the first image of a page's body as its render found it in flexmark's tree ({@link
   * PageLinks#firstImage}), before its template reads its share data.
   *
   * @param asWritten the URL as written, or null when the body shows no image
   */
  void rendered(Page page, String asWritten) {
    firstImages.put(page.url(), asWritten == null ? "" : asWritten);
  }

  /**
   * The first images the last clean build recorded ({@link PageManifest#recordedImages}): the pages
   * an incremental build keeps are not rendered, and their bodies are as they were then.
   */
  void kept(Map<String, String> recorded) {
    recorded.forEach(firstImages::putIfAbsent);
  }

  /**
   * The first image of a page's body, as written, or null: as its render or the last clean build
   * found it. A page neither rendered nor kept (a template reads another page's preview picture
   * before that page rendered; {@code serve} re-renders a few pages) has its body parsed for it.
   */
  String firstImage(Page p) {
    String known = firstImages.get(p.url());
    if (known == null) {
      known = parsedFirstImage(p);
      firstImages.putIfAbsent(p.url(), known);
    }
    return known.isEmpty() ? null : decode(known);
  }

  private String parsedFirstImage(Page p) {
    String[] first = {""};
    try {
      parse(p, first);
    } catch (StackOverflowError | RuntimeException e) {
      return ""; // a page that cannot be rendered (reported by its render): no picture
    }
    return first[0];
  }

  private void parse(Page p, String[] first) {
    markdown().render(
        p.markdown(),
        new LinkRewriter() {
          @Override
          public String rewrite(String url, int line, boolean image, String text) {
            return url;
          }

          @Override
          public void image(String url, int line) {
            if (first[0].isEmpty()) {
              first[0] = url;
            }
          }
        });
  }

  private synchronized MarkdownEngine markdown() {
    if (markdown == null) {
      markdown = new MarkdownEngine();
    }
    return markdown;
  }

  /** A URL as written in Markdown, percent-decoded to the file name it names ({@code +} kept). */
  private static String decode(String url) {
    try {
      return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String mime(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".png") ? "image/png" : p.endsWith(".webp") ? "image/webp" : "image/jpeg";
  }
}
