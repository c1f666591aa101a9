package vn.camnang.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A source image as registered: its header and the SHA-256 of its bytes (the cache key and the
 * content hash of every output name start from it). Reading it streams the file once, and never
 * decodes pixels.
 *
 * @param path the file as given
 * @param size bytes
 * @param lastModified for recognising the same file again within one processor (never a cache key)
 * @param sha256 hex SHA-256 of the bytes
 * @param header what the header says
 */
record SourceFile(Path path, long size, long lastModified, String sha256, ImageHeader header) {

  /** Reads and checks {@code file}; every refusal is an {@link ImageException} for an editor. */
  static SourceFile read(Path file) throws ImageException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ImageException(
          "image not found", "check the file name and folder (names are case-sensitive)");
    } catch (IOException e) {
      throw cannotRead(e);
    }
    if (attrs.isDirectory()) {
      throw new ImageException("this is a folder, not an image", null);
    }
    long size = attrs.size();
    if (size == 0) {
      throw new ImageException("the image file is empty (0 bytes)", "copy the image again");
    }
    if (size > ImageProcessor.MAX_FILE_BYTES) {
      throw new ImageException(
          String.format(
              Locale.ROOT,
              "the image file is %d MB (limit %d MB)",
              size / (1024 * 1024),
              ImageProcessor.MAX_FILE_BYTES / (1024 * 1024)),
          "make it smaller: 1080 px wide is enough for the site");
    }
    try {
      ImageHeader header = HeaderReader.read(file, size);
      checkLimits(header);
      Scan scan = scan(file, header.format() == Format.JPEG ? header.dataOffset() : -1);
      if (scan.size != size) {
        throw new ImageException("the image file changed while it was being read", "build again");
      }
      if (header.format() == Format.JPEG && !scan.hasEndMarker) {
        throw HeaderReader.truncated();
      }
      return new SourceFile(file, size, attrs.lastModifiedTime().toMillis(), scan.sha256, header);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** The decompression-bomb and dimension checks, from the header alone. */
  static void checkLimits(ImageHeader h) throws ImageException {
    if (h.pixels() > ImageProcessor.MAX_PIXELS) {
      throw new ImageException(
          String.format(
              Locale.ROOT,
              "image is %d×%d pixels (limit %d MP)",
              h.width(),
              h.height(),
              ImageProcessor.MAX_PIXELS / 1_000_000),
          "resize it before adding it: 1080 px wide is enough for the site");
    }
    if (!h.passthrough() && Math.max(h.width(), h.height()) > ImageProcessor.MAX_SIDE) {
      throw new ImageException(
          String.format(
              Locale.ROOT,
              "image is %d×%d pixels (longest side limit %d)",
              h.width(),
              h.height(),
              ImageProcessor.MAX_SIDE),
          "split it into several images");
    }
  }

  private record Scan(String sha256, long size, boolean hasEndMarker) {}

  /**
   * Hashes the file; for a JPEG ({@code eoiFrom >= 0}) also looks for the end-of-image marker (FF
   * D9) after the start of scan, which a truncated JPEG lacks (the JDK decoder would silently paint
   * the missing part grey). An EXIF thumbnail's own end marker comes before the scan and is
   * ignored.
   */
  private static Scan scan(Path file, long eoiFrom) throws IOException {
    MessageDigest md = newSha256();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    boolean prevFf = false;
    boolean end = false;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
        total += n;
        if (eoiFrom >= 0 && !end) {
          long start = total - n;
          for (int i = 0; i < n; i++) {
            byte b = buf[i];
            if (prevFf && b == (byte) 0xd9 && start + i > eoiFrom) {
              end = true;
              break;
            }
            prevFf = b == (byte) 0xff;
          }
        }
      }
    }
    return new Scan(HexFormat.of().formatHex(md.digest()), total, end);
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  private static ImageException cannotRead(IOException e) {
    return new ImageException(
        "the image file cannot be read (" + e.getClass().getSimpleName() + ")",
        "check that the file is readable",
        e);
  }
}
