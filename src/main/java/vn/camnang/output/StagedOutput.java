package vn.camnang.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Writes a whole site into a fresh staging folder next to the output folder, then swaps it in only
 * when everything succeeded. A build that fails (or is killed) leaves the previous site untouched;
 * the next build cleans up what a killed one left behind.
 *
 * <pre>
 * output/                    the live site (untouched while building)
 * .output.staging-&lt;n&gt;/      the new site being written
 * .output.old-&lt;n&gt;/          the previous site, for the instant between the two renames
 * .output.trash-&lt;n&gt;/        the previous site after the swap, being deleted
 * </pre>
 *
 * The previous site is deleted on a thread of its own while the build finishes its records, and
 * {@link #close()} waits for that delete: a process that exits right after a build (the CLI) must
 * not leave a half-deleted {@code .output.trash-*} folder next to the site (issue 15). Leftovers of
 * a killed build are deleted by the next build, which also waits for them.
 *
 * Every path written is checked to stay inside the staging folder.
 */
public final class StagedOutput implements OutputSink {
  private final Path output;
  private final Path staging;
  private final AtomicBoolean committed = new AtomicBoolean();

  /** Deletes of earlier sites started by this build; {@link #close()} waits for them. */
  private final List<Thread> deletes = new CopyOnWriteArrayList<>();

  /** Files in staging may be hard links into the live output: never write through them. */
  private final boolean cloned;

  private StagedOutput(Path output, Path staging, boolean cloned) {
    this.output = output;
    this.staging = staging;
    this.cloned = cloned;
  }

  /**
   * Like {@link #begin}, but the staging folder starts as a copy of the current output made of hard
   * links (no bytes copied): an incremental build then writes only what changed. Writes replace a
   * linked file by a new one, so the live output never changes before {@link #commit()}. Where
   * links are not possible (another file system), files are copied.
   */
  public static StagedOutput beginFrom(Path output) throws IOException {
    StagedOutput begun = begin(output);
    StagedOutput out = new StagedOutput(begun.output, begun.staging, true);
    out.deletes.addAll(begun.deletes);
    Path live = out.output;
    if (!Files.isDirectory(live)) {
      return out;
    }
    Set<PosixFilePermission> fileMode = newFileMode(out.staging);
    Files.walkFileTree(
        live,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            Files.createDirectories(out.staging.resolve(live.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Path target = out.staging.resolve(live.relativize(file).toString());
            if (fileMode != null && !fileMode.equals(Files.getPosixFilePermissions(file))) {
              // written by an older version with another mode: a link would keep it
              OutputSink.copyBytes(file, target);
              return FileVisitResult.CONTINUE;
            }
            try {
              Files.createLink(target, file);
            } catch (IOException | UnsupportedOperationException e) {
              Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }

  /**
   * The permissions a new file gets in {@code dir} under this process's umask (Java cannot read
   * the umask itself), or null where the file system has no POSIX permissions.
   */
  static Set<PosixFilePermission> newFileMode(Path dir) throws IOException {
    if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      return null;
    }
    Path probe = dir.resolve(".mode-probe-" + System.nanoTime());
    try {
      Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
      return Files.getPosixFilePermissions(probe);
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  /** Starts a new staging folder for {@code output}, recovering from an earlier killed build. */
  public static StagedOutput begin(Path output) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    Files.createDirectories(parent);
    List<Path> leftovers = recover(out);
    Path staging = parent.resolve("." + out.getFileName() + ".staging-" + System.nanoTime());
    Files.createDirectory(staging);
    StagedOutput staged = new StagedOutput(out, staging, false);
    leftovers.forEach(staged::deleteInBackground);
    return staged;
  }

  /**
   * A build killed between the two renames of {@link #commit()} leaves no output but an old one:
   * put it back. Leftover staging folders of killed builds are deleted; returns the leftover
   * earlier sites, to be deleted while the build runs.
   */
  static List<Path> recover(Path out) throws IOException {
    List<Path> leftovers = new ArrayList<>();
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + ".*")) {
      Path old = null;
      for (Path p : ds) {
        String n = p.getFileName().toString();
        if (n.startsWith("." + name + ".staging-")) {
          deleteTree(p);
        } else if (n.startsWith("." + name + ".trash-")) {
          leftovers.add(p);
        } else if (n.startsWith("." + name + ".old-")) {
          if (!Files.exists(out) && old == null) {
            old = p;
          } else {
            leftovers.add(p);
          }
        }
      }
      if (old != null) {
        move(old, out);
      }
    }
    return leftovers;
  }

  public Path root() {
    return staging;
  }

  /** Resolves a site-relative path inside the staging folder, refusing anything that escapes it. */
  public Path resolve(String relative) {
    return OutputSink.inside(staging, relative);
  }

  @Override
  public void write(String relative, byte[] data) {
    Path p = resolve(relative);
    try {
      Files.createDirectories(p.getParent());
      if (cloned) {
        Files.deleteIfExists(p); // a hard link to the live output: replace it, never write into it
      }
      Files.write(p, data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + relative, e);
    }
  }

  /** Copies a file. */
  @Override
  public void copy(Path source, String relative) {
    Path p = resolve(relative);
    try {
      Files.createDirectories(p.getParent());
      OutputSink.copyBytes(source, p); // a new file: the umask's mode, not the source's
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + " to " + relative, e);
    }
  }

  @Override
  public byte[] read(String relative) {
    try {
      Path p = OutputSink.inside(staging, relative);
      return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Swaps the staging folder in as the new output. The previous output is renamed aside and
   * deleted on another thread while the build writes its records; {@link #close()} waits for it.
   */
  @Override
  public void commit() throws IOException {
    if (!committed.compareAndSet(false, true)) {
      throw new IllegalStateException("already committed");
    }
    Path old = null;
    if (Files.exists(output)) {
      old = output.resolveSibling("." + output.getFileName() + ".old-" + System.nanoTime());
      move(output, old);
    }
    move(staging, output);
    if (old != null) {
      // renamed first, so a half-deleted folder is never mistaken for a site to restore
      Path trash = output.resolveSibling("." + output.getFileName() + ".trash-" + System.nanoTime());
      move(old, trash);
      deleteInBackground(trash);
    }
  }

  private void deleteInBackground(Path dir) {
    Thread t = new Thread(() -> {
      try {
        deleteTree(dir);
      } catch (IOException | RuntimeException e) {
        // left for the next build's recover()
      }
    }, "camnang-delete-old-output");
    t.setDaemon(true); // close() waits for it; a killed build's leftovers go to the next build
    t.start();
    deletes.add(t);
  }

  /**
   * Discards the staging folder if the build did not commit, and waits until the previous site
   * (and leftovers of killed builds) are deleted.
   */
  @Override
  public void close() throws IOException {
    try {
      if (committed.compareAndSet(false, true)) {
        deleteTree(staging);
      }
    } finally {
      boolean interrupted = false;
      for (Thread t : deletes) {
        while (t.isAlive()) {
          try {
            t.join();
          } catch (InterruptedException e) {
            interrupted = true; // still wait: an exit now would leave the folder half deleted
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Lists every file under a folder, sorted (for tests and manifests). */
  public static List<Path> listFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    }
  }
}
