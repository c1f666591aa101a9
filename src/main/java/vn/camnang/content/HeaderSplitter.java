package vn.camnang.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.camnang.config.SafeYaml;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.util.Strings;

/**
 * Splits a content file into header and body. Two header forms are read:
 *
 * <pre>
 * ---                          title=Đăng ký VssID
 * title: Đăng ký VssID         status=published
 * draft: false                 ~~~~~~
 * ---
 * </pre>
 *
 * YAML front matter between {@code ---} lines (closed by {@code ---} or {@code ...}), and JBake's
 * {@code key=value} lines closed by a line of tildes. A header that is opened but never closed is an
 * error at its first line.
 */
public final class HeaderSplitter {
  private static final Pattern JBAKE_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]*\\s*=.*");
  private static final Pattern TILDES = Pattern.compile("^~{3,}\\s*$");
  private static final Pattern YAML_END = Pattern.compile("^(---|\\.\\.\\.)\\s*$");

  private HeaderSplitter() {}

  public static Header split(String rawText, Path file) {
    String text = Strings.stripBom(rawText).replace("\r\n", "\n").replace('\r', '\n');
    int firstNl = text.indexOf('\n');
    String first = firstNl < 0 ? text : text.substring(0, firstNl);
    if (first.strip().equals("---")) {
      return splitYaml(text, file);
    }
    if (JBAKE_LINE.matcher(first).matches()) {
      return splitJBake(text, file);
    }
    return new Header(Header.Format.NONE, Map.of(), FieldLines.NONE, 1, text, 1, Map.of());
  }

  private static Header splitYaml(String text, Path file) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    for (int i = 1; i < lines.size(); i++) {
      if (YAML_END.matcher(lines.get(i)).matches()) {
        String header = String.join("\n", lines.subList(1, i));
        SafeYaml.Marked marked =
            header.isBlank()
                ? new SafeYaml.Marked(null, SafeYaml.Lines.NONE)
                : SafeYaml.loadMarked(header, file, 2, "front matter");
        Object loaded = marked.value();
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, List<Integer>> items = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> m) {
          m.forEach(
              (k, v) -> {
                fields.put(String.valueOf(k), v);
                if (v instanceof List<?>) {
                  items.put(String.valueOf(k), marked.lines().items(v));
                }
              });
        } else if (loaded != null) {
          throw new BuildException(
              Diagnostic.error(
                  file,
                  2,
                  "front matter must be a list of 'field: value' lines",
                  "write e.g. title: \"Đăng ký VssID\" on its own line"));
        }
        String body = i + 1 < lines.size() ? String.join("\n", lines.subList(i + 1, lines.size())) : "";
        FieldLines fieldLines = new FieldLines(marked.lines().keys(loaded), items, 2);
        return new Header(Header.Format.YAML, fields, fieldLines, 2, body, i + 2, Map.of());
      }
    }
    throw new BuildException(
        Diagnostic.error(
            file,
            1,
            "front matter starts with '---' but is never closed",
            "add a line with only '---' after the last field"));
  }

  private static Header splitJBake(String text, Path file) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    if (lines.stream().noneMatch(l -> TILDES.matcher(l).matches())) {
      throw new BuildException(
          Diagnostic.error(
              file,
              1,
              "JBake header (key=value lines) is never closed",
              "add a line of six tildes ~~~~~~ after the last key=value line"));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (TILDES.matcher(line).matches()) {
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return new Header(
            Header.Format.JBAKE, fields, new FieldLines(keyLines, Map.of(), 1), 1, body, i + 2, written);
      }
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new BuildException(
            Diagnostic.error(
                file,
                i + 1,
                "JBake header: expected 'key=value' but found '" + clip(line) + "'",
                "end the header with a line of six tildes: ~~~~~~"));
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (fields.containsKey(key)) {
        throw new BuildException(
            Diagnostic.error(file, i + 1, "JBake header: '" + key + "' is given twice", null));
      }
      fields.put(key, jbakeValue(key, value));
      written.put(key, value);
      keyLines.put(key, i + 1);
    }
    throw new BuildException(
        Diagnostic.error(
            file,
            1,
            "JBake header (key=value lines) is never closed",
            "add a line of six tildes ~~~~~~ after the last key=value line"));
  }

  private static Object jbakeValue(String key, String value) {
    if (key.equals("tags") || key.equals("aliases")) {
      List<String> items = new ArrayList<>();
      for (String t : value.split(",")) {
        if (!t.isBlank()) {
          items.add(t.strip());
        }
      }
      return items;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.valueOf(value);
    }
    return value;
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
