package vn.camnang.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.util.EnumSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.camnang.util.AtomicFiles;

/**
 * Remembers what the last successful build read and wrote, so a build with nothing changed does
 * nothing: {@code <site>/.camnang/last-build} holds a fingerprint of every input (path, size,
 * modification time; the generator's own jar too) and of the output it produced (path and size of
 * every file). Any difference — an edited guide, a checkout that touched files, a file deleted
 * from the output — means a full build. Conservative by design: it can only skip a build that
 * would have produced the same files.
 */
final class BuildManifest {
  private static final List<String> SKIP = List.of("output", "target", ".camnang", ".git", "node_modules");

  private BuildManifest() {}

  static Path file(BuildOptions options) {
    return options.source().resolve(".camnang").resolve("last-build");
  }

  /** The fingerprint of this build's inputs and options. */
  static String inputs(BuildOptions options) throws IOException {
    return inputs(options, sourceFiles(options), rel -> false);
  }

  /**
   * Every input file of the site (path relative to it, with {@code /} → attributes), from one walk;
   * the output, caches and tool folders are left out. A build walks once and derives both its
   * fingerprint and its page manifest from this.
   */
  static SortedMap<String, BasicFileAttributes> sourceFiles(BuildOptions options) throws IOException {
    return files(options.source(), p -> p != options.source() && skipped(options, p));
  }

  /** The fingerprint of {@code files} (from {@link #sourceFiles}) but those {@code leftOut}, and the options. */
  static String inputs(
      BuildOptions options,
      SortedMap<String, BasicFileAttributes> files,
      Predicate<String> leftOut)
      throws IOException {
    MessageDigest md = sha256();
    update(md, "options " + options.output() + " " + options.baseUrl() + " " + options.production());
    Path jar = codeSource();
    if (jar != null && Files.isRegularFile(jar)) {
      stat(md, "generator", jar);
    }
    for (var e : files.entrySet()) {
      if (!leftOut.test(e.getKey())) {
        update(md, e.getKey() + " " + e.getValue().size() + " " + e.getValue().lastModifiedTime().toMillis());
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The fingerprint of an output folder: every file's path and size. */
  static String outputs(Path output) throws IOException {
    if (!Files.isDirectory(output)) {
      return "none";
    }
    MessageDigest md = sha256();
    for (var e : files(output, p -> false).entrySet()) {
      update(md, e.getKey() + " " + e.getValue().size());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** True when the last successful build read these inputs and its output is still as it left it. */
  static boolean upToDate(BuildOptions options, String inputs) {
    try {
      List<String> lines = Files.readAllLines(file(options), StandardCharsets.UTF_8);
      return lines.size() == 2 && lines.get(0).equals(inputs) && lines.get(1).equals(outputs(options.output()));
    } catch (IOException e) {
      return false;
    }
  }

  /** Records a clean build; returns the output's fingerprint (null if it could not be taken). */
  static String record(BuildOptions options, String inputs) {
    try {
      String outputs = outputs(options.output());
      AtomicFiles.write(file(options), inputs + "\n" + outputs + "\n");
      return outputs;
    } catch (IOException e) {
      return null; // no manifest: the next build is simply a full one
    }
  }

  /**
   * Every regular file under {@code root} (relative path with {@code /} → its attributes), sorted
   * by path; folders for which {@code skip} is true are not entered. One directory walk, no extra
   * stat per file: this is all a no-change build does, so it must be cheap.
   */
  private static SortedMap<String, BasicFileAttributes> files(
      Path root, Predicate<Path> skip) throws IOException {
    SortedMap<String, BasicFileAttributes> out = new TreeMap<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return skip.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !skip.test(file)) {
              out.put(root.relativize(file).toString().replace('\\', '/'), attrs);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }

  private static boolean skipped(BuildOptions options, Path p) {
    if (p.startsWith(options.output())) {
      return true;
    }
    Path rel = options.source().relativize(p);
    if (rel.getNameCount() == 0) {
      return false;
    }
    String first = rel.getName(0).toString();
    return SKIP.contains(first) || first.startsWith(".output") || first.startsWith("." + options.output().getFileName());
  }

  private static void stat(MessageDigest md, String name, Path p) throws IOException {
    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
    update(md, name + " " + a.size() + " " + a.lastModifiedTime().toMillis());
  }

  static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) '\n');
  }

  private static Path codeSource() {
    try {
      return Path.of(BuildManifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      return null;
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
