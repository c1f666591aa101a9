package vn.camnang.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a build writes. Paths are relative to the output root and may never leave it.
 *
 * <ul>
 *   <li>{@link StagedOutput}: a fresh folder swapped in when the build succeeded (the CLI build);
 *   <li>{@link SyncedOutput}: an existing folder updated in place, touching only files whose bytes
 *       changed and deleting files no longer produced (serve, incremental builds);
 *   <li>{@link DiscardOutput}: nothing written (check).
 * </ul>
 */
public interface OutputSink extends AutoCloseable {
  void write(String relative, byte[] data);

  default void writeString(String relative, String text) {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  void copy(Path source, String relative);

  /** A file written in this build, or null when this sink does not keep what it writes. */
  default byte[] read(String relative) {
    return null;
  }

  /** Makes the written files the output. Called only when the build succeeded. */
  void commit() throws IOException;

  /** Releases the sink; a sink that was not committed leaves the previous output as it was. */
  @Override
  void close() throws IOException;

  /**
   * Copies the bytes of {@code source} into a new file {@code target} (replacing it). The file is
   * created as any new file is, so it gets the permissions the user's umask gives (usually
   * {@code rw-r--r--}): {@link Files#copy(Path, Path, java.nio.file.CopyOption...)} would copy the
   * source's mode instead, and the image cache's files are private ({@code rw-------}), which a web
   * server running as another user cannot read (issue 15).
   */
  static void copyBytes(Path source, Path target) throws IOException {
    Files.deleteIfExists(target);
    try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      Files.copy(source, o);
    }
  }

  /** Resolves {@code relative} under {@code root}, refusing paths that leave it. */
  static Path inside(Path root, String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("refusing to write outside the output folder: " + relative);
    }
    return p;
  }
}
