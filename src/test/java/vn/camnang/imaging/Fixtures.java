package vn.camnang.imaging;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;

/** Test images made in code, and byte-level tools to craft and inspect image files. */
final class Fixtures {
  /** Text in the EXIF of {@link #exifJpeg}: must not appear in any output. */
  static final String CAMERA_MAKE = "CamnangTestPhone";

  private Fixtures() {}

  // ---- pixels --------------------------------------------------------------------------------

  /** A photo-like image: gradients and a little noise, so it compresses like a photo. */
  static BufferedImage photo(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), w, h, new Color(230, 180, 60)));
    g.fillRect(0, 0, w, h);
    g.dispose();
    Random r = new Random(seed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = img.getRGB(x, y);
        int n = r.nextInt(31) - 15;
        int red = clamp((rgb >> 16 & 0xff) + n);
        int green = clamp((rgb >> 8 & 0xff) + n);
        int blue = clamp((rgb & 0xff) + n);
        img.setRGB(x, y, red << 16 | green << 8 | blue);
      }
    }
    return img;
  }

  /** Pure noise: the worst case for JPEG size. */
  static BufferedImage noise(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(seed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, r.nextInt(0x1000000));
      }
    }
    return img;
  }

  /** Flat art like an infographic: white, coloured bands and boxes, thin lines. */
  static BufferedImage infographic(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    Color[] colors = {new Color(0, 94, 184), new Color(218, 37, 29), new Color(255, 205, 0)};
    for (int y = 0, i = 0; y < h; y += 250, i++) {
      g.setColor(colors[i % colors.length]);
      g.fillRect(40, y + 20, w - 80, 60);
      g.setColor(Color.DARK_GRAY);
      for (int line = 0; line < 6; line++) {
        g.fillRect(60, y + 100 + line * 22, (w - 120) * (6 - line % 3) / 6, 8);
      }
    }
    g.dispose();
    return img;
  }

  /** Transparent background with an opaque red disc in the middle. */
  static BufferedImage transparentLogo(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setComposite(AlphaComposite.Src);
    g.setColor(new Color(0, 0, 0, 0));
    g.fillRect(0, 0, w, h);
    g.setColor(Color.RED);
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  // ---- encoding ------------------------------------------------------------------------------

  static byte[] jpeg(BufferedImage img) {
    try {
      ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam p = w.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.9f);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(b)) {
        w.setOutput(out);
        w.write(null, new IIOImage(img, null, null), p);
      }
      w.dispose();
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] encode(BufferedImage img, String format) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      if (!ImageIO.write(img, format, b)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- EXIF ----------------------------------------------------------------------------------

  /**
   * {@code jpeg} with an APP1 Exif segment inserted after its JFIF APP0: a big-endian TIFF with
   * IFD0 = {Make "CamnangTestPhone", Orientation, GPSInfo → GPS IFD {LatitudeRef "N", Latitude
   * 21°1'47"}} (Hà Nội).
   */
  static byte[] exifJpeg(byte[] jpeg, int orientation) {
    byte[] make = (CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII); // 17 bytes
    ByteBuffer t = ByteBuffer.allocate(122); // big-endian
    t.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    // IFD0 at 8: 3 entries, ends at 8 + 2 + 36 + 4 = 50
    t.putShort((short) 3);
    t.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(50);
    t.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(68);
    t.putInt(0);
    t.put(make); // 50..67
    t.put((byte) 0); // pad to 68
    // GPS IFD at 68: 2 entries, ends at 68 + 2 + 24 + 4 = 98
    t.putShort((short) 2);
    t.putShort((short) 0x0001)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    t.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(98);
    t.putInt(0);
    t.putInt(21).putInt(1).putInt(1).putInt(1).putInt(47).putInt(1); // 98..121
    byte[] tiff = t.array();

    byte[] payload = new byte[6 + tiff.length];
    System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, payload, 0, 6);
    System.arraycopy(tiff, 0, payload, 6, tiff.length);
    int segLen = payload.length + 2;
    // after SOI (2) and APP0 (2 + length)
    int app0Len = (jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff);
    int at = (jpeg[3] & 0xff) == 0xE0 ? 4 + app0Len : 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, at);
    out.write(0xFF);
    out.write(0xE1);
    out.write(segLen >> 8);
    out.write(segLen & 0xff);
    out.write(payload, 0, payload.length);
    out.write(jpeg, at, jpeg.length - at);
    return out.toByteArray();
  }

  // ---- crafted PNGs --------------------------------------------------------------------------

  /** A structurally valid PNG whose IHDR claims {@code w×h}, with a few bytes of image data. */
  static byte[] pngClaiming(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    return png(
        chunk("IHDR", ihdr.array()),
        chunk("IDAT", deflate(new byte[64])),
        chunk("IEND", new byte[0]));
  }

  /** A PNG with a valid structure whose image data is garbage (not zlib). */
  static byte[] pngWithDamagedData(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    byte[] garbage = new byte[2000];
    new Random(7).nextBytes(garbage);
    return png(chunk("IHDR", ihdr.array()), chunk("IDAT", garbage), chunk("IEND", new byte[0]));
  }

  /** {@code png} with {@code chunk} inserted right after IHDR. */
  static byte[] insertAfterIhdr(byte[] png, byte[] chunk) {
    int at = 8 + 12 + 13;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, at);
    out.writeBytes(chunk);
    out.write(png, at, png.length - at);
    return out.toByteArray();
  }

  private static byte[] png(byte[]... chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    for (byte[] c : chunks) {
      out.writeBytes(c);
    }
    return out.toByteArray();
  }

  static byte[] chunk(String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(t)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  private static byte[] deflate(byte[] data) {
    Deflater d = new Deflater();
    d.setInput(data);
    d.finish();
    byte[] buf = new byte[1024];
    int n = d.deflate(buf);
    d.end();
    return Arrays.copyOf(buf, n);
  }

  // ---- inspecting outputs --------------------------------------------------------------------

  /** The markers of a JPEG's segments up to the start of scan, e.g. [0xE0, 0xDB, 0xC2, …]. */
  static List<Integer> jpegMarkers(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>();
    int pos = 2;
    while (pos + 4 <= jpeg.length) {
      int marker = jpeg[pos + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xDA) {
        break;
      }
      int len = (jpeg[pos + 2] & 0xff) << 8 | (jpeg[pos + 3] & 0xff);
      pos += 2 + len;
    }
    return markers;
  }

  /** The chunk types of a PNG, e.g. [IHDR, IDAT, IEND]. */
  static List<String> pngChunks(byte[] png) {
    List<String> types = new ArrayList<>();
    int pos = 8;
    while (pos + 8 <= png.length) {
      int len = ByteBuffer.wrap(png, pos, 4).getInt();
      types.add(new String(png, pos + 4, 4, StandardCharsets.US_ASCII));
      pos += 12 + len;
    }
    return types;
  }

  /** The chunk FourCCs of a WebP after the RIFF header, e.g. [VP8 ] or [VP8X, ALPH, VP8 ]. */
  static List<String> webpChunks(byte[] webp) {
    List<String> types = new ArrayList<>();
    int pos = 12;
    while (pos + 8 <= webp.length) {
      types.add(new String(webp, pos, 4, StandardCharsets.US_ASCII));
      int len = ByteBuffer.wrap(webp, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      pos += 8 + len + (len & 1);
    }
    return types;
  }

  static boolean contains(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Decoded pixels and the ImageIO format name that decoded them ("jpeg", "png", "webp"). */
  record Decoded(BufferedImage image, String format) {}

  static Decoded decode(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new AssertionError("no ImageIO reader recognises these bytes");
      }
      ImageReader r = readers.next();
      try {
        r.setInput(in);
        return new Decoded(r.read(0), r.getFormatName().toLowerCase(Locale.ROOT));
      } finally {
        r.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
