package vn.camnang.imaging;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes pixels to bytes with explicit settings (see {@link Encoding}). Images are written with no
 * metadata at all — no EXIF, GPS, XMP or comments reach an output; a JPEG gets only the JFIF header
 * the JDK writer always adds. Writers are created per call (ImageIO writers are not thread-safe)
 * and write to memory, never to ImageIO's temp-file cache.
 */
final class Encoders {
  private static final float[] SHARE_QUALITIES = {0.82f, 0.75f, 0.65f, 0.55f, 0.45f, 0.35f, 0.25f};

  private Encoders() {}

  static byte[] encode(BufferedImage img, Encoding encoding) throws IOException {
    return switch (encoding) {
      case WEBP_PHOTO -> webp(img, "Lossy", 0.80f);
      case WEBP_GRAPHIC -> webp(img, "Lossless", 1.0f);
      case JPEG -> jpeg(opaque(img), 0.82f);
      case PNG -> png(img);
      case SHARE_JPEG -> shareCard(opaque(img));
      case COPY -> throw new IllegalArgumentException("COPY is not an encoding of pixels");
    };
  }

  /**
   * The best quality that fits {@link ImageProcessor#SHARE_MAX_BYTES}; noise-like images that fit
   * at no quality are blurred a little and tried again.
   */
  private static byte[] shareCard(BufferedImage img) throws IOException {
    BufferedImage current = img;
    for (int attempt = 0; attempt < 3; attempt++) {
      for (float q : SHARE_QUALITIES) {
        byte[] out = jpeg(current, q);
        if (out.length <= ImageProcessor.SHARE_MAX_BYTES) {
          return out;
        }
      }
      current = box3(current);
    }
    throw new IOException(
        "the share card stays over " + ImageProcessor.SHARE_MAX_BYTES + " bytes at any quality");
  }

  private static byte[] webp(BufferedImage img, String type, float quality) throws IOException {
    ImageWriter w = writer("webp");
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionType(type);
    p.setCompressionQuality(quality);
    return write(w, img, p);
  }

  static byte[] jpeg(BufferedImage img, float quality) throws IOException {
    ImageWriter w = writer("jpeg");
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(quality);
    p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    return write(w, img, p);
  }

  private static byte[] png(BufferedImage img) throws IOException {
    ImageWriter w = writer("png");
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    // PNG is the fallback for browsers without WebP: deflate at this setting is 3.5x faster than
    // the maximum on a 1080x2000 infographic for 7% more bytes (bench/RESULTS-images-search.md)
    p.setCompressionQuality(0.25f);
    return write(w, img, p);
  }

  private static ImageWriter writer(String format) throws IOException {
    Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format);
    if (!it.hasNext()) {
      throw new IOException("no ImageIO writer for " + format);
    }
    return it.next();
  }

  private static byte[] write(ImageWriter w, BufferedImage img, ImageWriteParam p)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      w.setOutput(out);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
    return bytes.toByteArray();
  }

  /** {@code img} without transparency, on white (JPEG has no alpha). */
  static BufferedImage opaque(BufferedImage img) {
    if (!img.getColorModel().hasAlpha()) {
      return img;
    }
    BufferedImage out =
        new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.setComposite(AlphaComposite.SrcOver);
      g.drawImage(img, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** A 3×3 box blur, for share cards that are pure noise. */
  private static BufferedImage box3(BufferedImage img) {
    float[] k = new float[9];
    Arrays.fill(k, 1f / 9f);
    ConvolveOp op = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null);
    return op.filter(
        img, new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB));
  }
}
