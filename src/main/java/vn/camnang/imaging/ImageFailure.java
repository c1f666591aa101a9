package vn.camnang.imaging;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output that could not be produced by {@link ImageProcessor#processAll}, as data: the header
 * was fine when the image was enqueued but its pixel data is damaged, the file changed or vanished
 * during the build, or the cache could not be written. The caller turns it into a build error at
 * the file and line of the page that uses {@code source}.
 *
 * @param source the image file as given to {@code enqueue}
 * @param outputPath the output that is missing
 * @param message for a content editor
 * @param hint how to fix it, or {@code null}
 */
public record ImageFailure(Path source, String outputPath, String message, String hint) {
  public ImageFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(message, "message");
  }
}
