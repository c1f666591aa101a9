package vn.camnang.imaging;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a source into upright pixels (TYPE_INT_RGB, or TYPE_INT_ARGB with transparency), reading
 * only every n-th pixel when the outputs are much smaller than the source: a 6000×4000 photo for
 * 1080 px outputs is decoded as 3000×2000 (24 MB) rather than 6000×4000 (96 MB). The JPEG and PNG
 * readers honour {@link ImageReadParam#setSourceSubsampling}; the WebP reader decodes in full.
 */
final class Decoder {
  private Decoder() {}

  /**
   * The largest subsampling that keeps the decoded image at least twice as large as every output
   * made from it, so quality comes from a proper downscale, not from dropped pixels.
   */
  static int subsampling(ImageHeader h, Collection<OutputSpec> specs) {
    double ratio = Double.MAX_VALUE;
    for (OutputSpec s : specs) {
      switch (s.kind()) {
        case FIT -> ratio = Math.min(ratio, h.width() / (double) s.width());
        case COVER_CENTER, COVER_TOP ->
            ratio =
                Math.min(
                    ratio,
                    Math.min(h.width() / (double) s.width(), h.height() / (double) s.height()));
        case COPY -> {}
      }
    }
    if (ratio == Double.MAX_VALUE || h.format() == Format.WEBP) {
      return 1;
    }
    return Math.max(1, (int) Math.floor(ratio / 2));
  }

  /** Pixels of {@code bytes} (the source, already hashed and checked), upright. */
  static BufferedImage decode(byte[] bytes, ImageHeader h, int subsampling) throws ImageException {
    ImageReader reader = reader(h.format());
    BufferedImage img;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, false);
      ImageReadParam p = reader.getDefaultReadParam();
      if (subsampling > 1) {
        p.setSourceSubsampling(subsampling, subsampling, 0, 0);
      }
      img = reader.read(0, p);
    } catch (IOException | RuntimeException e) {
      throw damaged(e);
    } finally {
      reader.dispose();
    }
    if (img == null) {
      throw damaged(null);
    }
    return Orientation.apply(normalize(img), h.orientation());
  }

  private static ImageReader reader(Format format) throws ImageException {
    Iterator<ImageReader> it =
        format.imageIoName == null
            ? Collections.<ImageReader>emptyIterator()
            : ImageIO.getImageReadersByFormatName(format.imageIoName);
    if (!it.hasNext()) {
      throw new ImageException(
          "unsupported format " + format.name() + " (no decoder installed)",
          "save it as JPEG or PNG");
    }
    return it.next();
  }

  /** TYPE_INT_RGB or TYPE_INT_ARGB, converting grey, palette, 16-bit and ICC colour spaces. */
  static BufferedImage normalize(BufferedImage img) {
    int type =
        img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    if (img.getType() == type) {
      return img;
    }
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
    Graphics2D g = out.createGraphics();
    try {
      g.setComposite(AlphaComposite.Src);
      g.drawImage(img, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static ImageException damaged(Exception cause) {
    String why = cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
    return new ImageException(
        "the image data is damaged and cannot be decoded" + why,
        "copy the image again from the original, or open it in an image editor and save it again",
        cause);
  }
}
