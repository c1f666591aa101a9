package vn.camnang.output;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes nothing; remembers what would have been written (for {@code check}). */
public final class DiscardOutput implements OutputSink {
  private final Set<String> written = ConcurrentHashMap.newKeySet();

  @Override
  public void write(String relative, byte[] data) {
    OutputSink.inside(Path.of("/out"), relative);
    written.add(relative);
  }

  @Override
  public void copy(Path source, String relative) {
    OutputSink.inside(Path.of("/out"), relative);
    written.add(relative);
  }

  public Set<String> written() {
    return Set.copyOf(written);
  }

  @Override
  public void commit() {}

  @Override
  public void close() {}
}
