package vn.camnang.share;

import java.util.Locale;
import vn.camnang.content.Page;

/**
 * A page that sends old or short links to a guide.
 *
 * @param fromUrl the site-relative URL that must keep working ({@code "vssid/dang-ky-cu/"} or
 *     {@code "cu/dang-ky.html"})
 * @param kind which header field asked for it
 */
public record Redirect(String fromUrl, Page target, Kind kind) {
  /** Where a redirect comes from. */
  public enum Kind {
    /** an old address, from the page's {@code aliases} */
    ALIAS,
    /** a short link {@code /g/<code>/}, from the page's {@code code} */
    CODE;

    /** The header field, as editors write it: {@code alias}, {@code code}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The file written for it, relative to the output root. */
  public String outputPath() {
    return fromUrl.endsWith(".html") ? fromUrl : fromUrl + "index.html";
  }

  /** The folder the redirect page sits in, for relative links from it. */
  public String folderUrl() {
    int slash = fromUrl.lastIndexOf('/');
    return fromUrl.endsWith("/") ? fromUrl : slash < 0 ? "" : fromUrl.substring(0, slash + 1);
  }
}
