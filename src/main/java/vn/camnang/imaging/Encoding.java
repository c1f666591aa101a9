package vn.camnang.imaging;

/**
 * How an output's bytes are encoded. The {@link #id} is part of every cache key and output hash:
 * change a setting here and change its id (or {@link ImageProcessor#PIPELINE_VERSION}).
 */
enum Encoding {
  /** Photos: lossy WebP, quality 0.80. */
  WEBP_PHOTO(Format.WEBP, "webp-lossy-q0.80"),
  /** Flat art and transparency: lossless WebP at full effort (crisp text, often the smallest). */
  WEBP_GRAPHIC(Format.WEBP, "webp-lossless-e1.0"),
  /** Photo fallback: progressive JPEG, quality 0.82 (progressive is smaller and shows early). */
  JPEG(Format.JPEG, "jpeg-q0.82-progressive"),
  /** Flat-art and transparency fallback: PNG at deflate level 9. */
  PNG(Format.PNG, "png-deflate9"),
  /** Share card: progressive JPEG, quality 0.82 lowered in steps until at most 200 000 bytes. */
  SHARE_JPEG(Format.JPEG, "jpeg-share-q0.82-max200000"),
  /** SVG, GIF, animations: the source bytes unchanged. */
  COPY(null, "copy");

  /** The output format; {@code null} for {@link #COPY} (the source's). */
  final Format format;

  final String id;

  Encoding(Format format, String id) {
    this.format = format;
    this.id = id;
  }
}
