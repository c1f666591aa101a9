package vn.camnang.share;

/**
 * The image a link preview shows.
 *
 * @param url site-relative path of the image in the output ({@code "vssid/dang-ky/the-chia-se.3fa9c1d2e4.jpg"})
 * @param alt what the image shows, for {@code og:image:alt}; null: the page title
 */
public record ShareImage(String url, int width, int height, String mime, String alt) {
  public ShareImage(String url, int width, int height, String mime) {
    this(url, width, height, mime, null);
  }
}
