package vn.camnang.config;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Severity;

/**
 * The only way the generator reads YAML: snakeyaml 2.x with {@link SafeConstructor} (no global
 * tags, no arbitrary objects), duplicate keys refused, and limits against alias bombs, deep nesting
 * and huge documents. Errors become diagnostics with the file and line.
 */
public final class SafeYaml {
  /** Largest YAML document we read (front matter or data file), in characters. */
  public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  private SafeYaml() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setWarnOnDuplicateKeys(false);
    return options;
  }

  private static Yaml newYaml(SafeConstructor constructor, LoaderOptions options) {
    DumperOptions dumper = new DumperOptions();
    return new Yaml(constructor, new Representer(dumper), dumper, options);
  }

  /**
   * Loads one YAML document.
   *
   * @param firstLine the 1-based line in {@code file} where {@code text} starts, so errors point
   *     at the right line of the whole file
   * @param what how the editor calls this part ("front matter", "data file")
   */
  public static Object load(String text, Path file, int firstLine, String what) {
    return loadMarked(text, file, firstLine, what).value();
  }

  /**
   * Parses one YAML document into nodes, which keep their position ({@code node.getStartMark()},
   * 0-based line), for messages that point at an entry of a data file. Same limits and errors as
   * {@link #load}; an empty document gives {@code null}.
   */
  public static Node compose(String text, Path file, String what) {
    // A Yaml instance is not thread-safe and cheap to make: one per call.
    LoaderOptions options = loaderOptions();
    return parse(
        () -> newYaml(new SafeConstructor(options), options).compose(new StringReader(text)),
        file, 1, what);
  }

  /**
   * Loads one YAML document and keeps where each of its maps, lists and keys starts, from
   * SnakeYAML's own node marks (so a later diagnostic needs no search through the text).
   *
   * @param firstLine the 1-based line in {@code file} where {@code text} starts
   */
  public static Marked loadMarked(String text, Path file, int firstLine, String what) {
    return parse(
        () -> {
          // A Yaml instance is not thread-safe and cheap to make: one per call.
          LoaderOptions options = loaderOptions();
          MarkingConstructor constructor = new MarkingConstructor(options, firstLine);
          Object value = newYaml(constructor, options).load(text);
          return new Marked(value, constructor.lines);
        },
        file, firstLine, what);
  }

  private static <T> T parse(
      Supplier<T> parser, Path file, int firstLine, String what) {
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
              Severity.ERROR,
              what + ": invalid YAML: " + oneLine(problem) + oneLine(context),
              hintFor(problem)));
    } catch (YAMLException e) {
      throw new BuildException(
          Diagnostic.error(
              file, firstLine, what + ": invalid YAML: " + oneLine(e.getMessage()), null));
    }
  }

  /**
   * A loaded YAML value and its {@link Lines}.
   *
   * @param value maps, lists and scalars as SafeConstructor makes them; null for an empty document
   */
  public record Marked(Object value, Lines lines) {}

  /**
   * Where the maps and lists of one loaded document start, and each key of each map, as 1-based
   * lines of the file. Looked up by the identity of the loaded map or list, so ask with the object
   * the loader returned, not a copy.
   */
  public static final class Lines {
    /** No positions known: every lookup gives its fallback. */
    public static final Lines NONE = new Lines();

    private final Map<Object, Integer> starts = new IdentityHashMap<>();
    private final Map<Object, Map<String, Integer>> keys = new IdentityHashMap<>();
    private final Map<Object, List<Integer>> items = new IdentityHashMap<>();

    /** The line where {@code mapOrList} starts, or {@code fallback}. */
    public int of(Object mapOrList, int fallback) {
      return starts.getOrDefault(mapOrList, fallback);
    }

    /** The line of {@code key} in {@code map}, or {@code fallback}. */
    public int key(Object map, String key, int fallback) {
      Map<String, Integer> k = keys.get(map);
      return k == null ? fallback : k.getOrDefault(key, fallback);
    }

    /** The lines of every key of {@code map}, in order (empty when unknown). */
    public Map<String, Integer> keys(Object map) {
      return keys.getOrDefault(map, Map.of());
    }

    /** The line of item {@code index} of {@code list}, or {@code fallback}. */
    public int item(Object list, int index, int fallback) {
      List<Integer> i = items.get(list);
      return i == null || index < 0 || index >= i.size() ? fallback : i.get(index);
    }

    /** The lines of every item of {@code list}, in order (empty when unknown). */
    public List<Integer> items(Object list) {
      return items.getOrDefault(list, List.of());
    }
  }

  /** SafeConstructor that notes each constructed map's and list's node marks. */
  private static final class MarkingConstructor extends SafeConstructor {
    private final Lines lines = new Lines();
    private final int firstLine;

    MarkingConstructor(LoaderOptions options, int firstLine) {
      super(options);
      this.firstLine = firstLine;
    }

    @Override
    protected Object constructObject(Node node) {
      Object value = super.constructObject(node);
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        lines.starts.putIfAbsent(value, line(node));
      }
      if (value instanceof Map<?, ?> && node instanceof MappingNode m) {
        Map<String, Integer> k = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode s) {
            k.putIfAbsent(s.getValue(), line(s));
          }
        }
        lines.keys.putIfAbsent(value, k);
      } else if (value instanceof List<?> && node instanceof SequenceNode seq) {
        List<Integer> i = new ArrayList<>();
        for (Node item : seq.getValue()) {
          i.add(line(item));
        }
        lines.items.putIfAbsent(value, i);
      }
      return value;
    }

    private int line(Node node) {
      return node.getStartMark() == null ? firstLine : firstLine + node.getStartMark().getLine();
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
