package vn.camnang.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.camnang.config.SafeYaml;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;

/**
 * The {@code data/} folder, shared by native sites and JBake projects: every {@code .yaml}, {@code
 * .yml} and {@code .json} file, in path order, each parsed once with its positions kept. How the
 * files are named for templates is the caller's (a native site by file name, JBake by path).
 */
public final class DataDirectory {
  private DataDirectory() {}

  /**
   * One data file as loaded.
   *
   * @param name its path under {@code data/} with {@code /}, e.g. {@code dich-vu-cong.yaml}
   * @param lines where its maps, lists and keys are written
   */
  public record DataFile(String name, Path file, Object value, SafeYaml.Lines lines) {}

  /**
   * Reads the data files of {@code dir}. A bad file is an error with its line and is left out.
   *
   * @param nested every depth (JBake); else the folder's own files only. Either way {@link
   *     SourceTree}'s rules: hidden and temporary names skipped, links leaving the folder refused
   * @param read the file's text (throws {@link UncheckedIOException} or {@link BuildException})
   * @param unreadableHint the hint for a file that cannot be read
   */
  public static List<DataFile> read(
      Path dir,
      boolean nested,
      Function<Path, String> read,
      String unreadableHint,
      Diagnostics diagnostics) {
    List<DataFile> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    SourceTree tree = nested ? SourceTree.of(dir) : SourceTree.of(dir).topLevelOnly();
    try {
      files = tree.files("data", diagnostics).stream().filter(DataDirectory::isData).toList();
    } catch (IOException e) {
      diagnostics.error(dir, 0, "cannot list data folder: " + e.getMessage(), null);
      return out;
    }
    for (Path f : files) {
      String name = tree.root().relativize(f).toString().replace('\\', '/');
      try {
        SafeYaml.Marked marked = SafeYaml.loadMarked(read.apply(f), f, 1, "data file");
        out.add(new DataFile(name, f, marked.value(), marked.lines()));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      } catch (UncheckedIOException e) {
        diagnostics.error(
            f, 0, "cannot read data file: " + e.getCause().getMessage(), unreadableHint);
      }
    }
    return out;
  }

  private static boolean isData(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }
}
