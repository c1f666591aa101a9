package vn.camnang.site;

import java.io.ByteArrayInputStream;
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

  private final Map<Object, Optional<Size>> cache = new ConcurrentHashMap<>();

  Optional<Size> size(Path file) {
    return cache.computeIfAbsent(file, f -> read(file.toFile()));
  }

  /** The size of an image already read (by the assets step), cached under {@code name}. */
  Optional<Size> size(String name, byte[] bytes) {
    return bytes == null ? Optional.empty() : cache.computeIfAbsent(name, n -> read(new ByteArrayInputStream(bytes)));
  }

  private static Optional<Size> read(Object source) {
    try (ImageInputStream in = ImageIO.createImageInputStream(source)) {
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
