package vn.camnang.html;

import java.util.Map;

/**
 * What the HTML transformers may know about the page they work on.
 *
 * @param pageUrl the page's site-relative URL ({@code "vssid/dang-ky/"})
 * @param imageSizes width and height of images the page uses, by the URL written in the HTML
 * @param baseUrl the site's absolute base URL, or null; links under it are not external
 * @param images processed images by the {@code src} written in the HTML
 */
public record PageContext(
    String pageUrl, Map<String, int[]> imageSizes, String baseUrl, Map<String, ImageSet> images) {
  public PageContext {
    imageSizes = Map.copyOf(imageSizes);
    images = Map.copyOf(images);
  }

  public PageContext(String pageUrl, Map<String, int[]> imageSizes, String baseUrl) {
    this(pageUrl, imageSizes, baseUrl, Map.of());
  }
}
