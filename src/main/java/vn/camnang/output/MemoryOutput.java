package vn.camnang.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Keeps written files in memory, to be handed to another sink once they are known to be good. */
public final class MemoryOutput implements OutputSink {
  private final Map<String, byte[]> files = new TreeMap<>();

  @Override
  public synchronized void write(String relative, byte[] data) {
    OutputSink.inside(Path.of("/out"), relative);
    files.put(relative, data.clone());
  }

  @Override
  public synchronized void copy(Path source, String relative) {
    try {
      write(relative, Files.readAllBytes(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized byte[] read(String relative) {
    return files.get(relative);
  }

  /** Writes everything kept here to {@code other}. */
  public synchronized void writeTo(OutputSink other) {
    files.forEach(other::write);
  }

  public synchronized Map<String, byte[]> files() {
    return Map.copyOf(files);
  }

  @Override
  public void commit() {}

  @Override
  public void close() {}
}
