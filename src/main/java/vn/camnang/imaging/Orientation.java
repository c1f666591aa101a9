package vn.camnang.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * EXIF orientation: read from an APP1 "Exif" payload, applied to decoded pixels. Phones store
 * photos as the sensor saw them and say in EXIF how to turn them; outputs carry no EXIF, so they
 * must be turned here.
 *
 * <pre>
 * 1 upright        2 mirrored            3 rotated 180°      4 flipped vertically
 * 5 transposed     6 rotate 90° clockwise 7 transversed       8 rotate 90° counter-clockwise
 * </pre>
 */
final class Orientation {
  private static final int TAG_ORIENTATION = 0x0112;
  private static final int TYPE_SHORT = 3;

  private Orientation() {}

  /**
   * The orientation in an APP1 segment payload starting with {@code Exif\0\0}, or 1 when absent or
   * malformed (a broken EXIF block never makes an image unusable).
   */
  static int fromExif(byte[] app1) {
    final int tiff = 6;
    if (app1.length < tiff + 8
        || !(app1[0] == 'E' && app1[1] == 'x' && app1[2] == 'i' && app1[3] == 'f')) {
      return 1;
    }
    boolean little;
    if (app1[tiff] == 'I' && app1[tiff + 1] == 'I') {
      little = true;
    } else if (app1[tiff] == 'M' && app1[tiff + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    if (u16(app1, tiff + 2, little) != 42) {
      return 1;
    }
    long ifd = tiff + u32(app1, tiff + 4, little);
    if (ifd + 2 > app1.length) {
      return 1;
    }
    int entries = u16(app1, (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      long e = ifd + 2 + 12L * i;
      if (e + 12 > app1.length) {
        return 1;
      }
      int tag = u16(app1, (int) e, little);
      if (tag == TAG_ORIENTATION) {
        if (u16(app1, (int) e + 2, little) != TYPE_SHORT) {
          return 1;
        }
        int value = u16(app1, (int) e + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  /**
   * The upright image: {@code src} (TYPE_INT_RGB or TYPE_INT_ARGB) turned as {@code orientation}
   * says; {@code src} itself for 1.
   */
  static BufferedImage apply(BufferedImage src, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = orientation >= 5;
    int ow = swap ? h : w;
    int oh = swap ? w : h;
    BufferedImage out = new BufferedImage(ow, oh, src.getType());
    int[] in = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
    int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int nx;
        int ny;
        switch (orientation) {
          case 2 -> {
            nx = w - 1 - x;
            ny = y;
          }
          case 3 -> {
            nx = w - 1 - x;
            ny = h - 1 - y;
          }
          case 4 -> {
            nx = x;
            ny = h - 1 - y;
          }
          case 5 -> {
            nx = y;
            ny = x;
          }
          case 6 -> {
            nx = h - 1 - y;
            ny = x;
          }
          case 7 -> {
            nx = h - 1 - y;
            ny = w - 1 - x;
          }
          default -> { // 8
            nx = y;
            ny = w - 1 - x;
          }
        }
        px[ny * ow + nx] = in[y * w + x];
      }
    }
    return out;
  }

  private static int u16(byte[] b, int i, boolean little) {
    int a = b[i] & 0xff;
    int c = b[i + 1] & 0xff;
    return little ? a | c << 8 : a << 8 | c;
  }

  private static long u32(byte[] b, int i, boolean little) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
      int shift = little ? 8 * k : 8 * (3 - k);
      v |= (long) (b[i + k] & 0xff) << shift;
    }
    return v;
  }
}
