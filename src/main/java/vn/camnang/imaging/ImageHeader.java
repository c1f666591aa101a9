package vn.camnang.imaging;

/**
 * What the first bytes of an image file say, read without decoding any pixel.
 *
 * @param format the real format (from the bytes, not the file name)
 * @param storedWidth width as stored, before EXIF orientation
 * @param storedHeight height as stored
 * @param orientation EXIF orientation 1–8 (1 = upright; JPEG only)
 * @param hasAlpha the format declares transparency (PNG colour type 4/6 or tRNS, WebP alpha)
 * @param graphic flat art rather than a photo: lossless or palette source, or a PNG that compresses
 *     to few bits per pixel (screenshots, infographics, diagrams)
 * @param animated animated PNG or WebP (copied through like GIF)
 * @param dataOffset where the image data starts (JPEG: the start of scan; 0 for other formats)
 */
record ImageHeader(
    Format format,
    int storedWidth,
    int storedHeight,
    int orientation,
    boolean hasAlpha,
    boolean graphic,
    boolean animated,
    long dataOffset) {

  /** Width once EXIF orientation is applied (orientations 5–8 swap the sides). */
  int width() {
    return orientation >= 5 ? storedHeight : storedWidth;
  }

  int height() {
    return orientation >= 5 ? storedWidth : storedHeight;
  }

  long pixels() {
    return (long) storedWidth * storedHeight;
  }

  /** SVG, GIF and animations are copied through, not resized. */
  boolean passthrough() {
    return format == Format.SVG || format == Format.GIF || animated;
  }

  /**
   * PNG keeps transparency and is crisp (and often smaller) for flat art; JPEG is far smaller for
   * photos. Decided from the header so names are known before pixels exist.
   */
  boolean prefersPng() {
    return hasAlpha || graphic;
  }
}
