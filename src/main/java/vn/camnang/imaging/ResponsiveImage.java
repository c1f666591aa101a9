package vn.camnang.imaging;

import java.util.List;
import java.util.Objects;

/**
 * What a page needs to show an image before its pixels exist: the upright size of the source (EXIF
 * orientation applied) and the variants, narrowest first.
 *
 * <p>For a raster image: {@code webp} and {@code fallback} hold the same widths (WebP may miss the
 * widths whose height is over WebP's 16383 px limit, or all of them when WebP is unavailable),
 * {@code fallbackMime} is {@code image/jpeg} (photos) or {@code image/png} (flat graphics,
 * transparency), and {@code original} is the widest fallback — for a 1080×5000 infographic the 1080
 * px one; it is the "tap to open full resolution" and "Tải ảnh" file.
 *
 * <pre>{@code
 * <picture>
 *   <source type="image/webp" srcset="a.360.h1.webp 360w, a.720.h2.webp 720w">
 *   <img src="a.720.h3.jpg" srcset="a.360.h4.jpg 360w, a.720.h3.jpg 720w" width="720" height="480">
 * </picture>
 * }</pre>
 *
 * <p>For SVG, GIF (and animated PNG/WebP), copied through unchanged: {@code webp} is empty, {@code
 * fallback} holds only {@code original} — the same bytes under a content-hashed name — and the size
 * is the one in the header (SVG: its {@code width}/{@code height} or {@code viewBox}; 0×0 when it
 * has none).
 */
public record ResponsiveImage(
    int width,
    int height,
    List<Variant> webp,
    List<Variant> fallback,
    String fallbackMime,
    Variant original) {

  public ResponsiveImage {
    webp = List.copyOf(webp);
    fallback = List.copyOf(fallback);
    Objects.requireNonNull(fallbackMime, "fallbackMime");
    Objects.requireNonNull(original, "original");
  }

  /** True for SVG/GIF and other images copied through without variants. */
  public boolean passthrough() {
    return webp.isEmpty() && fallback.size() == 1 && fallback.get(0).equals(original);
  }
}
