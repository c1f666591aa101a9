package vn.camnang.share;

import vn.camnang.content.Page;

/**
 * A page that sends old or short links to a guide.
 *
 * @param fromUrl the site-relative URL that must keep working ({@code "vssid/dang-ky-cu/"} or
 *     {@code "cu/dang-ky.html"})
 * @param kind {@code "alias"} (from {@code aliases}) or {@code "code"} (from {@code code}: {@code /g/<code>/})
 */
public record Redirect(String fromUrl, Page target, String kind) {
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
