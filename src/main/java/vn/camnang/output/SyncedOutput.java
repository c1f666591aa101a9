package vn.camnang.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Updates an existing output folder in place: a file is rewritten only when its bytes changed
 * (unchanged pages keep their bytes and modification times, so browsers and rsync see no change),
 * and on {@link #commit()} files that this build did not produce are deleted. Each write is
 * temp-file-then-rename, so a reader never sees half a file.
 */
public final class SyncedOutput implements OutputSink {
  private final Path root;
  private final Set<String> produced = ConcurrentHashMap.newKeySet();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final boolean prune;

  /**
   * @param prune delete, on commit, files this build did not produce (false when only some pages
   *     are re-rendered)
   */
  public SyncedOutput(Path root, boolean prune) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prune = prune;
    Files.createDirectories(this.root);
  }

  public Path root() {
    return root;
  }

  /** Output paths whose bytes changed (or that were deleted) in this run. */
  public Set<String> changed() {
    return Set.copyOf(changed);
  }

  @Override
  public void write(String relative, byte[] data) {
    Path p = OutputSink.inside(root, relative);
    produced.add(relative);
    try {
      if (Files.isRegularFile(p) && Files.size(p) == data.length && Arrays.equals(Files.readAllBytes(p), data)) {
        return;
      }
      Files.createDirectories(p.getParent());
      Path tmp = p.resolveSibling("." + p.getFileName() + ".tmp" + Thread.currentThread().getId());
      Files.deleteIfExists(tmp); // a leftover's mode would be kept by a truncating write
      Files.write(tmp, data);
      Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      changed.add(relative);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + relative, e);
    }
  }

  @Override
  public void copy(Path source, String relative) {
    Path p = OutputSink.inside(root, relative);
    produced.add(relative);
    try {
      if (Files.isRegularFile(p)
          && Files.size(p) == Files.size(source)
          && Files.mismatch(p, source) == -1) {
        return;
      }
      Files.createDirectories(p.getParent());
      Path tmp = p.resolveSibling("." + p.getFileName() + ".tmp" + Thread.currentThread().getId());
      OutputSink.copyBytes(source, tmp);
      Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      changed.add(relative);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + " to " + relative, e);
    }
  }

  @Override
  public byte[] read(String relative) {
    try {
      Path p = OutputSink.inside(root, relative);
      return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void commit() throws IOException {
    if (!prune) {
      return;
    }
    List<Path> orphans = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !produced.contains(root.relativize(p).toString().replace('\\', '/')))
          .forEach(orphans::add);
    }
    for (Path p : orphans) {
      Files.deleteIfExists(p);
      changed.add(root.relativize(p).toString().replace('\\', '/'));
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path dir : s.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
        if (!dir.equals(root) && isEmpty(dir)) {
          Files.delete(dir);
        }
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      return !ds.iterator().hasNext();
    }
  }

  @Override
  public void close() {}
}
