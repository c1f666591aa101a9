package vn.camnang.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;

/**
 * Whether WebP can be written here. webp-imageio registers its ImageIO writer through {@code
 * META-INF/services} and loads libwebp (bundled for Linux, macOS and Windows on x64 and arm64) from
 * a copy it extracts into {@code java.io.tmpdir} (or {@code -Dcom.luciad.imageio.webp.tmpdir}); a
 * missing writer, an unsupported platform or a {@code noexec} temp folder make it unavailable, and
 * images then get JPEG/PNG only. Probed once per JVM by encoding a 2×2 image.
 */
final class WebpSupport {
  private WebpSupport() {}

  /** Null when WebP works, else why not. */
  static String problem() {
    return Probe.PROBLEM;
  }

  static boolean available() {
    return Probe.PROBLEM == null;
  }

  private static final class Probe {
    static final String PROBLEM = probe();

    private static String probe() {
      Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("webp");
      if (!writers.hasNext()) {
        return "no WebP ImageWriter is registered with ImageIO (webp-imageio missing?)";
      }
      try {
        byte[] out =
            Encoders.encode(
                new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), Encoding.WEBP_PHOTO);
        boolean riff = out.length > 12 && out[0] == 'R' && out[1] == 'I' && out[8] == 'W';
        return riff ? null : "the WebP writer produced no WebP file";
      } catch (IOException | RuntimeException | LinkageError e) {
        return "the WebP writer does not work here: " + e;
      }
    }
  }
}
