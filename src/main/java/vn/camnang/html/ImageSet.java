package vn.camnang.html;

import java.util.List;

/**
 * The processed versions of one content image, with URLs relative to the page.
 *
 * @param webp WebP widths (may be empty: GIF, SVG, or WebP unavailable)
 * @param fallback JPEG or PNG widths (at least one)
 * @param original the largest fallback: opened on tap and downloaded
 * @param downloadName a readable ASCII file name for "Tải ảnh", e.g. {@code vssid-dang-ky.png}
 */
public record ImageSet(
    int width,
    int height,
    List<Source> webp,
    List<Source> fallback,
    String fallbackMime,
    String original,
    String downloadName) {

  public ImageSet {
    webp = List.copyOf(webp);
    fallback = List.copyOf(fallback);
  }

  /** One width of an image. */
  public record Source(String url, int width) {}

  /** Infographics and other tall images get a download button. */
  public boolean tall() {
    return height >= width * 13 / 10;
  }
}
