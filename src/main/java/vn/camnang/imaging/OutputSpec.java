package vn.camnang.imaging;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One output to produce: where it goes, what it is made by, and its cache key.
 *
 * @param path output-relative, content-hashed
 * @param key hex SHA-256 of (source SHA-256, operation, encoding, pipeline version): the cache key;
 *     its first 10 characters are the hash in {@code path}
 * @param kind how pixels are made
 * @param encoding how bytes are made
 * @param format the output file's format
 * @param width output pixels
 * @param height output pixels
 */
record OutputSpec(
    String path, String key, Kind kind, Encoding encoding, Format format, int width, int height) {

  static final int NAME_HASH_LENGTH = 10;

  /** How the pixels of an output are made from the upright source. */
  enum Kind {
    /** Resized to exactly width×height (same aspect as the source). */
    FIT,
    /** Scaled to cover width×height, cropped around the centre. */
    COVER_CENTER,
    /** Scaled to cover width×height, cropped from the top (tall images: titles are at the top). */
    COVER_TOP,
    /** The source bytes, unchanged. */
    COPY
  }

  /**
   * The spec for {@code source}: {@code outputBase} + ({@code .label}) + {@code .hash} + extension,
   * e.g. {@code vssid/dang-ky/infographic.720.3fa9c1d2e4.webp}.
   */
  static OutputSpec of(
      SourceFile source,
      String outputBase,
      String label,
      Kind kind,
      Encoding encoding,
      Format format,
      int width,
      int height) {
    String operation = kind.name().toLowerCase(Locale.ROOT) + "-" + width + "x" + height;
    String material =
        source.sha256()
            + "\n"
            + operation
            + "\n"
            + encoding.id
            + "\n"
            + format.extension
            + "\n"
            + ImageProcessor.PIPELINE_VERSION;
    String key =
        HexFormat.of()
            .formatHex(SourceFile.newSha256().digest(material.getBytes(StandardCharsets.UTF_8)));
    String name =
        outputBase
            + (label.isEmpty() ? "" : "." + label)
            + "."
            + key.substring(0, NAME_HASH_LENGTH)
            + "."
            + format.extension;
    return new OutputSpec(name, key, kind, encoding, format, width, height);
  }

  Variant variant() {
    return new Variant(path, width, height, format.mime);
  }
}
