package vn.camnang.jbake;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.DataDirectory;
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
    for (DataDirectory.DataFile f :
        DataDirectory.read(dataDir, true, ContentLoader::readUtf8, null, diagnostics)) {
      Map<String, Object> doc = new LinkedHashMap<>();
      if (f.value() instanceof Map<?, ?> m) {
        m.forEach((k, v) -> doc.put(String.valueOf(k), v));
      } else if (f.value() != null) {
        doc.put("data", f.value());
      }
      out.put(f.name(), Collections.unmodifiableMap(doc));
    }
    return Collections.unmodifiableMap(out);
  }
}
