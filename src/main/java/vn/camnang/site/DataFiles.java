package vn.camnang.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.camnang.content.DataDirectory;
import vn.camnang.content.DataDirectory.DataFile;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Strings;

/**
 * Loads {@code data/*.yaml|yml|json} for templates ({@code data.get('dich-vu-cong.yaml')} as in
 * JBake, or {@code data['dich-vu-cong']}). Every file is read; a bad one is an error with its line.
 *
 * @param values what templates see as {@code data}: each file by name, by name without extension,
 *     and with {@code _} for {@code -}
 * @param files each file as loaded (value and positions), by file name
 */
record DataFiles(Map<String, Object> values, Map<String, DataFile> files) {
  static final DataFiles NONE = new DataFiles(Map.of(), Map.of());

  DataFiles {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  static DataFiles load(Path dataDir, Diagnostics diagnostics) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, DataFile> files = new LinkedHashMap<>();
    for (DataFile f :
        DataDirectory.read(dataDir, false, DataFiles::read, "save it as UTF-8", diagnostics)) {
      String name = f.name();
      files.put(name, f);
      values.put(name, f.value());
      values.putIfAbsent(name.substring(0, name.lastIndexOf('.')).replace('-', '_'), f.value());
      values.putIfAbsent(name.substring(0, name.lastIndexOf('.')), f.value());
    }
    return new DataFiles(values, files);
  }

  private static String read(Path f) {
    try {
      return Strings.stripBom(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
