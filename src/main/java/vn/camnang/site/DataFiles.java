package vn.camnang.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.camnang.config.SafeYaml;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Strings;

/**
 * Loads {@code data/*.yaml|yml|json} for templates ({@code data.get('dich-vu-cong.yaml')} as in
 * JBake, or {@code data['dich-vu-cong']}). Every file is read; a bad one is an error with its line.
 */
final class DataFiles {
  private DataFiles() {}

  static Map<String, Object> load(Path dataDir, Diagnostics diagnostics) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!Files.isDirectory(dataDir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dataDir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      diagnostics.error(dataDir, 0, "cannot list data folder: " + e.getMessage(), null);
      return out;
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
        continue;
      }
      try {
        String text = Strings.stripBom(Files.readString(f, StandardCharsets.UTF_8));
        Object value = SafeYaml.load(text, f, 1, "data file");
        out.put(name, value);
        out.putIfAbsent(name.substring(0, name.lastIndexOf('.')).replace('-', '_'), value);
        out.putIfAbsent(name.substring(0, name.lastIndexOf('.')), value);
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      } catch (IOException e) {
        diagnostics.error(f, 0, "cannot read data file: " + e.getMessage(), "save it as UTF-8");
      }
    }
    return out;
  }
}
