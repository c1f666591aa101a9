package vn.camnang.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.share.ShareCards;
import vn.camnang.share.ShareImage;

/**
 * The picture a link preview shows for each page: its own share card ({@code features:
 * shareCards}, on by default), or the site's one preview image. Made once per build; {@link
 * #forPage} is thread-safe (pages render in parallel).
 */
final class ShareImages {
  private final SiteConfig config;
  private final Path source;
  private final Map<String, String> assets;
  private final HeaderFiles headerFiles;
  private final ShareCards cards;
  private final ImageInfo info = new ImageInfo();

  /**
   * @param source the site folder
   * @param assets the {@code assets} step's URLs ({@link AssetFiles#urls})
   * @param cards the build's share cards, or null when they are off ({@link #cards})
   */
  ShareImages(SiteConfig config, Path source, Map<String, String> assets, HeaderFiles headerFiles, ShareCards cards) {
    this.config = config;
    this.source = source;
    this.assets = assets;
    this.headerFiles = headerFiles;
    this.cards = cards;
  }

  /** The share cards of one build ({@code features: shareCards}, on by default), or null when off. */
  static ShareCards cards(SiteConfig config, SiteContent content, Path source) {
    if (!config.feature("shareCards")) {
      return null;
    }
    Map<String, Path> theme = Theme.assets(source.resolve("assets"));
    String css = null;
    try {
      css = theme.containsKey("css/site.css") ? Files.readString(theme.get("css/site.css")) : null;
    } catch (IOException e) {
      // the default colours
    }
    return new ShareCards(
        config, content, theme.get("icons/icon-192.png"), css,
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
    String path = assets.get(key);
    if (path == null) {
      return null;
    }
    Path file = Theme.assets(source.resolve("assets")).get(key);
    ImageInfo.Size size = file == null ? ImageInfo.Size.NONE : info.size(file).orElse(ImageInfo.Size.NONE);
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

  private static final Pattern FIRST_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(<?([^)>\\s]+)");

  /** The first image of a page's Markdown, as written, or null. */
  static String firstImage(Page p) {
    Matcher m = FIRST_IMAGE.matcher(p.markdown());
    return m.find() ? URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8) : null;
  }

  private static String mime(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".png") ? "image/png" : p.endsWith(".webp") ? "image/webp" : "image/jpeg";
  }
}
