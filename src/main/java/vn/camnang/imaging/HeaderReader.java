package vn.camnang.imaging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an image file's header without decoding pixels: the real format (from the bytes, not the
 * name), the size, EXIF orientation, transparency, and whether the file's structure is complete
 * (PNG chunks up to IEND, WebP RIFF length). Everything it refuses is an {@link ImageException} for
 * a content editor.
 *
 * <p>Truncated JPEGs are found by {@link SourceFile}, which scans the bytes for the end marker
 * while hashing them.
 */
final class HeaderReader {
  /** A PNG that compresses to at most this many bits per pixel is flat art, not a photo. */
  static final double GRAPHIC_MAX_BITS_PER_PIXEL = 4.0;

  private static final int MAX_SEGMENTS = 1_000_000;
  private static final String SAVE_AS = "save it as JPEG (photos) or PNG (screenshots, drawings)";
  private static final Pattern SVG_TAG = Pattern.compile("<svg[\\s>/][^>]*>?", Pattern.DOTALL);
  private static final Pattern SVG_WIDTH =
      Pattern.compile("(?<![-\\w:])width\\s*=\\s*[\"']\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*[\"']");
  private static final Pattern SVG_HEIGHT =
      Pattern.compile("(?<![-\\w:])height\\s*=\\s*[\"']\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*[\"']");
  private static final Pattern SVG_VIEWBOX =
      Pattern.compile(
          "(?<![-\\w:])viewBox\\s*=\\s*[\"']\\s*[-+0-9.eE]+[\\s,]+[-+0-9.eE]+[\\s,]+"
              + "([0-9]*\\.?[0-9]+)[\\s,]+([0-9]*\\.?[0-9]+)\\s*[\"']");

  private final SeekableByteChannel ch;
  private final long size;

  private HeaderReader(SeekableByteChannel ch, long size) {
    this.ch = ch;
    this.size = size;
  }

  /** The header of {@code file}, which exists and is {@code size} bytes long (more than 0). */
  static ImageHeader read(Path file, long size) throws IOException, ImageException {
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      return new HeaderReader(ch, size).read();
    }
  }

  private ImageHeader read() throws IOException, ImageException {
    byte[] head = readAt(0, 64);
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n')) {
      return png();
    }
    if (startsWith(head, 0, 0xff, 0xd8, 0xff)) {
      return jpeg();
    }
    if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
      return gif(head);
    }
    if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
      return webp();
    }
    String unsupported = unsupportedName(head);
    if (unsupported != null) {
      throw new ImageException(
          "unsupported format " + unsupported,
          unsupported.startsWith("HEIC")
              ? "export it as JPEG (iPhone: Settings → Camera → Formats → Most Compatible)"
              : SAVE_AS);
    }
    ImageHeader svg = svg();
    if (svg != null) {
      return svg;
    }
    throw new ImageException(
        "not an image or corrupt: the file does not start like a JPEG, PNG, WebP, GIF or SVG file",
        looksLikeText(head)
            ? "it contains text, not an image — was a wrong file saved under an image name?"
            : "copy the image again from the original, or " + SAVE_AS);
  }

  // ---- PNG: walk the chunk list (8-byte reads and seeks) up to IEND -------------------------

  private ImageHeader png() throws IOException, ImageException {
    long pos = 8;
    int width = 0;
    int height = 0;
    int bitDepth = 0;
    int colorType = -1;
    boolean trns = false;
    boolean idat = false;
    boolean animated = false;
    for (int n = 0; ; n++) {
      if (n > MAX_SEGMENTS) {
        throw corrupt("too many PNG chunks");
      }
      byte[] h = readAt(pos, 8);
      if (h.length < 8) {
        throw truncated();
      }
      long len = u32be(h, 0);
      String type = new String(h, 4, 4, StandardCharsets.ISO_8859_1);
      if (len > Integer.MAX_VALUE) {
        throw corrupt("a PNG chunk has an impossible length");
      }
      if (n == 0) {
        if (!type.equals("IHDR") || len != 13) {
          throw corrupt("the PNG header (IHDR) is missing");
        }
        byte[] ihdr = readAt(pos + 8, 13);
        if (ihdr.length < 13) {
          throw truncated();
        }
        width = (int) Math.min(u32be(ihdr, 0), Integer.MAX_VALUE);
        height = (int) Math.min(u32be(ihdr, 4), Integer.MAX_VALUE);
        bitDepth = ihdr[8] & 0xff;
        colorType = ihdr[9] & 0xff;
        if (width <= 0 || height <= 0) {
          throw corrupt("the PNG header says the image is " + width + "×" + height + " pixels");
        }
      }
      switch (type) {
        case "tRNS" -> trns = true;
        case "IDAT" -> idat = true;
        case "acTL" -> animated = true;
        default -> {}
      }
      pos += 12 + len;
      if (pos > size) {
        throw truncated();
      }
      if (type.equals("IEND")) {
        break;
      }
    }
    if (!idat) {
      throw corrupt("the PNG has no image data");
    }
    double bitsPerPixel = size * 8.0 / ((double) width * height);
    boolean graphic = colorType == 3 || bitDepth < 8 || bitsPerPixel <= GRAPHIC_MAX_BITS_PER_PIXEL;
    boolean alpha = colorType == 4 || colorType == 6 || trns;
    return new ImageHeader(Format.PNG, width, height, 1, alpha, graphic, animated, 0);
  }

  // ---- JPEG: walk the segments up to the start of scan --------------------------------------

  private ImageHeader jpeg() throws IOException, ImageException {
    long pos = 2;
    int width = 0;
    int height = 0;
    int orientation = 1;
    boolean sof = false;
    for (int n = 0; ; n++) {
      if (n > MAX_SEGMENTS) {
        throw corrupt("too many JPEG segments");
      }
      byte[] m = readAt(pos, 2);
      if (m.length < 2) {
        throw truncated();
      }
      if ((m[0] & 0xff) != 0xff) {
        throw corrupt("the JPEG structure is broken");
      }
      int marker = m[1] & 0xff;
      if (marker == 0xff) { // fill byte
        pos++;
        continue;
      }
      if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd8) { // no length
        pos += 2;
        continue;
      }
      if (marker == 0xd9) {
        throw corrupt("the JPEG ends before its image data");
      }
      byte[] l = readAt(pos + 2, 2);
      if (l.length < 2) {
        throw truncated();
      }
      int len = (l[0] & 0xff) << 8 | (l[1] & 0xff);
      if (len < 2) {
        throw corrupt("the JPEG structure is broken");
      }
      if (pos + 2 + len > size) {
        throw truncated();
      }
      if (isSof(marker)) {
        byte[] s = readAt(pos + 4, 6);
        if (s.length < 6) {
          throw truncated();
        }
        int precision = s[0] & 0xff;
        height = (s[1] & 0xff) << 8 | (s[2] & 0xff);
        width = (s[3] & 0xff) << 8 | (s[4] & 0xff);
        int components = s[5] & 0xff;
        if (marker != 0xc0 && marker != 0xc1 && marker != 0xc2) {
          throw new ImageException(
              "unsupported JPEG variant (lossless, arithmetic-coded or hierarchical)",
              "open it in an image editor and save it again as an ordinary JPEG");
        }
        if (precision != 8) {
          throw new ImageException(
              "unsupported JPEG variant (" + precision + "-bit)",
              "save it again as an ordinary 8-bit JPEG");
        }
        if (components == 4) {
          throw new ImageException(
              "unsupported JPEG colours (CMYK, made for printing)",
              "save it again as an RGB JPEG (in an image editor: Image → Mode → RGB)");
        }
        if (components != 1 && components != 3) {
          throw corrupt("the JPEG has " + components + " colour components");
        }
        if (width == 0 || height == 0) {
          throw corrupt("the JPEG header says the image is " + width + "×" + height + " pixels");
        }
        sof = true;
      } else if (marker == 0xe1 && orientation == 1) {
        byte[] app1 = readAt(pos + 4, Math.min(len - 2, 65_533));
        if (startsWith(app1, 0, 'E', 'x', 'i', 'f', 0, 0)) {
          orientation = Orientation.fromExif(app1);
        }
      } else if (marker == 0xda) {
        if (!sof) {
          throw corrupt("the JPEG has no frame header");
        }
        return new ImageHeader(Format.JPEG, width, height, orientation, false, false, false, pos);
      }
      pos += 2 + len;
    }
  }

  private static boolean isSof(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  // ---- GIF, WebP, SVG -------------------------------------------------------------------------

  private ImageHeader gif(byte[] head) throws ImageException {
    if (head.length < 10) {
      throw truncated();
    }
    int w = (head[6] & 0xff) | (head[7] & 0xff) << 8;
    int h = (head[8] & 0xff) | (head[9] & 0xff) << 8;
    if (w == 0 || h == 0) {
      throw corrupt("the GIF header says the image is " + w + "×" + h + " pixels");
    }
    return new ImageHeader(Format.GIF, w, h, 1, true, true, true, 0);
  }

  private ImageHeader webp() throws IOException, ImageException {
    byte[] riff = readAt(4, 4);
    long riffEnd = 8 + u32le(riff, 0);
    if (riffEnd > size) {
      throw truncated();
    }
    long pos = 12;
    int width = 0;
    int height = 0;
    boolean alpha = false;
    boolean lossless = false;
    boolean animated = false;
    boolean image = false;
    for (int n = 0; pos + 8 <= riffEnd; n++) {
      if (n > MAX_SEGMENTS) {
        throw corrupt("too many WebP chunks");
      }
      byte[] h = readAt(pos, 8);
      String type = new String(h, 0, 4, StandardCharsets.ISO_8859_1);
      long len = u32le(h, 4);
      byte[] d = readAt(pos + 8, 10);
      switch (type) {
        case "VP8X" -> {
          if (d.length < 10) {
            throw truncated();
          }
          alpha = (d[0] & 0x10) != 0;
          animated = (d[0] & 0x02) != 0;
          width = 1 + u24le(d, 4);
          height = 1 + u24le(d, 7);
        }
        case "VP8 " -> {
          if (d.length < 10 || (d[3] & 0xff) != 0x9d || (d[4] & 0xff) != 0x01 || d[5] != 0x2a) {
            throw corrupt("the WebP image data is broken");
          }
          if (width == 0) {
            width = ((d[6] & 0xff) | (d[7] & 0xff) << 8) & 0x3fff;
            height = ((d[8] & 0xff) | (d[9] & 0xff) << 8) & 0x3fff;
          }
          image = true;
        }
        case "VP8L" -> {
          if (d.length < 5 || (d[0] & 0xff) != 0x2f) {
            throw corrupt("the WebP image data is broken");
          }
          long bits = u32le(d, 1);
          if (width == 0) {
            width = 1 + (int) (bits & 0x3fff);
            height = 1 + (int) (bits >> 14 & 0x3fff);
            alpha = (bits >> 28 & 1) != 0;
          }
          lossless = true;
          image = true;
        }
        case "ALPH" -> alpha = true;
        case "ANIM", "ANMF" -> {
          animated = true;
          image = true;
        }
        default -> {}
      }
      pos += 8 + len + (len & 1);
    }
    if (!image || width <= 0 || height <= 0) {
      throw corrupt("the WebP file has no image data");
    }
    return new ImageHeader(Format.WEBP, width, height, 1, alpha, lossless, animated, 0);
  }

  /** An SVG (XML text with an {@code <svg} element near the start), or {@code null}. */
  private ImageHeader svg() throws IOException {
    byte[] b = readAt(0, 64 * 1024);
    String text = new String(b, StandardCharsets.UTF_8);
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.stripLeading();
    if (!(t.startsWith("<?xml")
        || t.startsWith("<svg")
        || t.startsWith("<!--")
        || t.startsWith("<!DOCTYPE"))) {
      return null;
    }
    Matcher tag = SVG_TAG.matcher(t);
    if (!tag.find()) {
      return null;
    }
    String attrs = tag.group();
    int w = svgLength(SVG_WIDTH, attrs);
    int h = svgLength(SVG_HEIGHT, attrs);
    if (w <= 0 || h <= 0) {
      Matcher vb = SVG_VIEWBOX.matcher(attrs);
      if (vb.find()) {
        w = (int) Math.round(Double.parseDouble(vb.group(1)));
        h = (int) Math.round(Double.parseDouble(vb.group(2)));
      } else {
        w = 0;
        h = 0;
      }
    }
    return new ImageHeader(Format.SVG, w, h, 1, true, true, false, 0);
  }

  private static int svgLength(Pattern p, String attrs) {
    Matcher m = p.matcher(attrs);
    if (!m.find()) {
      return 0;
    }
    double v = Double.parseDouble(m.group(1));
    return v > 0 && v < 1_000_000 ? (int) Math.round(v) : 0;
  }

  // ---- formats we name but do not take --------------------------------------------------------

  private static String unsupportedName(byte[] h) {
    if (startsWith(h, 0, 'B', 'M')) {
      return "BMP";
    }
    if (startsWith(h, 0, 'I', 'I', '*', 0) || startsWith(h, 0, 'M', 'M', 0, '*')) {
      return "TIFF";
    }
    if (startsWith(h, 4, 'f', 't', 'y', 'p') && h.length >= 12) {
      String brand = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
      return switch (brand) {
        case "avif", "avis" -> "AVIF";
        case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1" ->
            "HEIC (iPhone photo)";
        default -> null;
      };
    }
    if (startsWith(h, 0, '8', 'B', 'P', 'S')) {
      return "PSD (Photoshop)";
    }
    if (startsWith(h, 0, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(h, 0, 0, 0, 1, 0)) {
      return "ICO";
    }
    if (startsWith(h, 0, 0, 0, 0, 0x0c, 'j', 'P', ' ', ' ')) {
      return "JPEG 2000";
    }
    return null;
  }

  private static boolean looksLikeText(byte[] h) {
    if (h.length == 0) {
      return false;
    }
    for (byte b : h) {
      int c = b & 0xff;
      if (c < 0x09 || c > 0x0d && c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  // ---- bytes ---------------------------------------------------------------------------------

  /** Up to {@code n} bytes at {@code pos} (fewer at the end of the file). */
  private byte[] readAt(long pos, int n) throws IOException {
    if (pos >= size || n <= 0) {
      return new byte[0];
    }
    int len = (int) Math.min(n, size - pos);
    ByteBuffer buf = ByteBuffer.allocate(len);
    ch.position(pos);
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) {
        break;
      }
    }
    byte[] out = new byte[buf.position()];
    buf.flip();
    buf.get(out);
    return out;
  }

  private static boolean startsWith(byte[] b, int at, int... expected) {
    if (b.length < at + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[at + i] & 0xff) != (expected[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  private static long u32be(byte[] b, int i) {
    return (long) (b[i] & 0xff) << 24
        | (b[i + 1] & 0xff) << 16
        | (b[i + 2] & 0xff) << 8
        | (b[i + 3] & 0xff);
  }

  private static long u32le(byte[] b, int i) {
    if (b.length < i + 4) {
      return 0;
    }
    return (long) (b[i + 3] & 0xff) << 24
        | (b[i + 2] & 0xff) << 16
        | (b[i + 1] & 0xff) << 8
        | (b[i] & 0xff);
  }

  private static int u24le(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16;
  }

  static ImageException truncated() {
    return new ImageException(
        "the image file is truncated (it ends before the image does)",
        "copy the image again from the original: the download or copy was cut short");
  }

  private static ImageException corrupt(String detail) {
    return new ImageException(
        "not an image or corrupt: " + detail, "copy the image again from the original");
  }
}
