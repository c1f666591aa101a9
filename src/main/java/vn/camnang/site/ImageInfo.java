package vn.camnang.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image dimensions from file headers only (no pixels decoded), cached per file for the
 * build. SVG and unknown formats have no size.
 */
final class ImageInfo {
  /** An image's size in pixels. */
  record Size(int width, int height) {
    static final Size NONE = new Size(0, 0);
  }

  private final Map<Path, Optional<Size>> cache = new ConcurrentHashMap<>();

  Optional<Size> size(Path file) {
    return cache.computeIfAbsent(file, ImageInfo::read);
  }

  private static Optional<Size> read(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
