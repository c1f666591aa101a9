package vn.camnang.imaging;

/** The file formats the pipeline reads or writes. */
enum Format {
  JPEG("jpg", "image/jpeg", "jpeg"),
  PNG("png", "image/png", "png"),
  WEBP("webp", "image/webp", "webp"),
  GIF("gif", "image/gif", "gif"),
  SVG("svg", "image/svg+xml", null);

  final String extension;
  final String mime;

  /** The ImageIO format name, or {@code null} when ImageIO does not handle it. */
  final String imageIoName;

  Format(String extension, String mime, String imageIoName) {
    this.extension = extension;
    this.mime = mime;
    this.imageIoName = imageIoName;
  }
}
