package vn.camnang.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file a build step made, not yet written: the step returns it, the build's orchestrator writes
 * it to the {@link OutputSink}.
 *
 * @param path relative to the output root ({@code "vssid/qr.svg"})
 * @param bytes the file's content (not copied: a step hands it over and forgets it)
 */
public record OutputFile(String path, byte[] bytes) {
  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** A text file, UTF-8 as {@link OutputSink#writeString} writes it. */
  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
