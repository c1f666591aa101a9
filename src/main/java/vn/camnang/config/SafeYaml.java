package vn.camnang.config;

import java.nio.file.Path;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;

/**
 * The only way the generator reads YAML: snakeyaml 2.x with {@link SafeConstructor} (no global
 * tags, no arbitrary objects), duplicate keys refused, and limits against alias bombs, deep nesting
 * and huge documents. Errors become diagnostics with the file and line.
 */
public final class SafeYaml {
  /** Largest YAML document we read (front matter or data file), in characters. */
  public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  private SafeYaml() {}

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setWarnOnDuplicateKeys(false);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
  }

  /**
   * Loads one YAML document.
   *
   * @param firstLine the 1-based line in {@code file} where {@code text} starts, so errors point
   *     at the right line of the whole file
   * @param what how the editor calls this part ("front matter", "data file")
   */
  public static Object load(String text, Path file, int firstLine, String what) {
    // A Yaml instance is not thread-safe and cheap to make: one per call.
    return parse(() -> newYaml().load(text), file, firstLine, what);
  }

  /**
   * Parses one YAML document into nodes, which keep their position ({@code node.getStartMark()},
   * 0-based line), for messages that point at an entry of a data file. Same limits and errors as
   * {@link #load}; an empty document gives {@code null}.
   */
  public static org.yaml.snakeyaml.nodes.Node compose(String text, Path file, String what) {
    return parse(() -> newYaml().compose(new java.io.StringReader(text)), file, 1, what);
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, Path file, int firstLine, String what) {
    try {
      return parser.get();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? firstLine : firstLine + mark.getLine();
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new BuildException(
          new Diagnostic(
              file,
              line,
              column,
              vn.camnang.diag.Severity.ERROR,
              what + ": invalid YAML: " + oneLine(problem) + oneLine(context),
              hintFor(problem)));
    } catch (YAMLException e) {
      throw new BuildException(
          Diagnostic.error(
              file, firstLine, what + ": invalid YAML: " + oneLine(e.getMessage()), null));
    }
  }

  private static String hintFor(String problem) {
    if (problem == null) {
      return null;
    }
    if (problem.contains("mapping values are not allowed")) {
      return "a value that contains ': ' must be put in quotes, e.g. title: \"Bước 1: cài đặt\"";
    }
    if (problem.contains("found duplicate key")) {
      return "each field may appear only once";
    }
    if (problem.contains("found character '\\t'")) {
      return "YAML does not allow tabs for indentation; use spaces";
    }
    return null;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }
}
