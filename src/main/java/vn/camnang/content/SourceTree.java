package vn.camnang.content;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;

/**
 * The one walker over a site's source folders ({@code content/}, {@code data/}, {@code assets/},
 * for native sites and JBake projects alike). Its rules:
 *
 * <ul>
 *   <li>files come back sorted by path, absolute and normalised under the root as given;
 *   <li>hidden and temporary names ({@link #ignored(String)}: {@code .x}, {@code x~}, {@code
 *       Thumbs.db}) are skipped, folders included, unless {@link #keepHidden()} is asked;
 *   <li>a symbolic link to a file is read only when its target really lives under the root; a link
 *       leaving the root (or dangling) is an error naming the link, the same in both kinds of site;
 *   <li>a symbolic link to a folder is not entered.
 * </ul>
 */
public final class SourceTree {
  private final Path root;
  private final int maxDepth;
  private final boolean keepHidden;
  private final boolean skipUnderscore;
  private final Predicate<Path> skipFolder;

  private SourceTree(
      Path root, int maxDepth, boolean keepHidden, boolean skipUnderscore, Predicate<Path> skipFolder) {
    this.root = root.toAbsolutePath().normalize();
    this.maxDepth = maxDepth;
    this.keepHidden = keepHidden;
    this.skipUnderscore = skipUnderscore;
    this.skipFolder = skipFolder;
  }

  /** Every file under {@code root}, at any depth, with the rules above. */
  public static SourceTree of(Path root) {
    return new SourceTree(root, Integer.MAX_VALUE, false, false, f -> false);
  }

  /** Only the root's own files. */
  public SourceTree topLevelOnly() {
    return new SourceTree(root, 1, keepHidden, skipUnderscore, skipFolder);
  }

  /** Hidden names are listed too (JBake's {@code asset.ignore=false}). */
  public SourceTree keepHidden() {
    return new SourceTree(root, maxDepth, true, skipUnderscore, skipFolder);
  }

  /** Names starting with {@code _} are skipped too (a native site's documented place to stash). */
  public SourceTree skipUnderscore() {
    return new SourceTree(root, maxDepth, keepHidden, true, skipFolder);
  }

  /** Folders (other than the root) for which {@code skip} is true are not entered. */
  public SourceTree skipFolders(Predicate<Path> skip) {
    return new SourceTree(root, maxDepth, keepHidden, skipUnderscore, skip);
  }

  public Path root() {
    return root;
  }

  /** A hidden or temporary name, never published: {@code .git}, {@code a.md~}, {@code Thumbs.db}. */
  public static boolean ignored(String name) {
    return name.startsWith(".") || name.endsWith("~") || name.equals("Thumbs.db");
  }

  /**
   * The files, sorted. A link leaving the root is reported to {@code diagnostics} and left out.
   *
   * @param folder how the root is named in that error, e.g. {@code "content"}
   * @throws IOException if the root cannot be listed
   */
  public List<Path> files(String folder, Diagnostics diagnostics) throws IOException {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root;
    }
    Path inside = realRoot;
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.noneOf(FileVisitOption.class),
        maxDepth,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            return skipped(dir) || skipFolder.test(dir)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (skipped(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
              out.add(file);
            } else if (attrs.isSymbolicLink()) {
              link(file, inside, folder, diagnostics, out);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
              throw e;
            }
            return FileVisitResult.CONTINUE;
          }
        });
    out.sort(null);
    return out;
  }

  private boolean skipped(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    return (!keepHidden && ignored(name)) || (skipUnderscore && name.startsWith("_"));
  }

  private static void link(Path file, Path inside, String folder, Diagnostics diagnostics, List<Path> out) {
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      target = null; // dangling: reported like a link that leaves the folder
    }
    if (target != null && !target.startsWith(inside)) {
      target = null;
    }
    if (target == null) {
      diagnostics.add(
          Diagnostic.error(
              file,
              0,
              "this file is a link to something outside the " + folder + " folder; it is not published",
              "copy the file into " + folder + "/ instead of linking to it"));
    } else if (Files.isRegularFile(target)) {
      out.add(file);
    }
  }
}
