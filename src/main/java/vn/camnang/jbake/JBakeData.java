package vn.camnang.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.camnang.config.SafeYaml;
import vn.camnang.content.ContentLoader;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;

/**
 * {@code data/} of a JBake project for {@code data.get('authors.yaml')}: every {@code .yaml},
 * {@code .yml} (and {@code .json}) file at any depth, named by its path under {@code data/}. A
 * document that is a map is given as is; any other document as {@code {data: …}}, as JBake does.
 * Every file is read on every build (JBake can skip the files after an unchanged one); a bad file
 * is an error with its line.
 */
public final class JBakeData {
  private JBakeData() {}

  public static Map<String, Object> load(Path dataDir, Diagnostics diagnostics) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!Files.isDirectory(dataDir)) {
      return Collections.unmodifiableMap(out);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dataDir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !dataDir.relativize(p).toString().startsWith("."))
              .filter(JBakeData::isData)
              .sorted()
              .toList();
    } catch (IOException e) {
      diagnostics.error(dataDir, 0, "cannot list data folder: " + e.getMessage(), null);
      return Collections.unmodifiableMap(out);
    }
    for (Path f : files) {
      String name = dataDir.relativize(f).toString().replace('\\', '/');
      try {
        Object value = SafeYaml.load(ContentLoader.readUtf8(f), f, 1, "data file");
        Map<String, Object> doc = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
          m.forEach((k, v) -> doc.put(String.valueOf(k), v));
        } else if (value != null) {
          doc.put("data", value);
        }
        out.put(name, Collections.unmodifiableMap(doc));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static boolean isData(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }
}
