package vn.camnang.imaging;

import java.util.Objects;

/**
 * One output file of an image.
 *
 * @param path output-relative and content-hashed, e.g. {@code
 *     vssid/dang-ky/infographic.720.3fa9c1d2e4.webp}; it changes whenever the source bytes or the
 *     pipeline change, so it can be cached by browsers forever
 * @param width pixels, as the file will be
 * @param height pixels, as the file will be
 * @param mime {@code image/webp}, {@code image/jpeg}, {@code image/png}, {@code image/gif} or
 *     {@code image/svg+xml}
 */
public record Variant(String path, int width, int height, String mime) {
  public Variant {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mime, "mime");
  }
}
