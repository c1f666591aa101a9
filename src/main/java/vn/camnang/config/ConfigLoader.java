package vn.camnang.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Strings;

/**
 * Reads {@code site.yaml} (a JBake project's {@code jbake.properties} is read by {@code
 * vn.camnang.jbake.JBakeConfig}). Unknown keys are kept for templates; a key that looks like a
 * misspelling of a known one is a warning with its line, from the YAML parser's marks.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "site.yaml";

  static final Set<String> KNOWN_KEYS =
      Set.of(
          "title", "description", "baseUrl", "language", "locale", "author", "dataPages",
          "recheckAfterMonths", "fields", "features", "cms");

  private ConfigLoader() {}

  /**
   * @param baseUrlOverride a base URL given on the command line, or null
   */
  public static SiteConfig load(Path siteDir, String baseUrlOverride, Diagnostics diagnostics) {
    Path yaml = siteDir.resolve(FILE_NAME);
    Map<String, Object> raw = new LinkedHashMap<>();
    Map<String, Integer> keyLines = Map.of();
    List<DataPageSpec> dataPages = List.of();
    Path file = null;
    if (Files.isRegularFile(yaml)) {
      file = yaml;
      SafeYaml.Marked marked = SafeYaml.loadMarked(read(yaml), yaml, 1, "site config");
      Object loaded = marked.value();
      if (loaded != null && !(loaded instanceof Map)) {
        throw new BuildException(
            Diagnostic.error(
                yaml, 1, "site config must be a list of 'key: value' fields", "see README.md"));
      }
      if (loaded != null) {
        ((Map<?, ?>) loaded).forEach((k, v) -> raw.put(String.valueOf(k), v));
      }
      keyLines = marked.lines().keys(loaded);
      for (String key : raw.keySet()) {
        if (!KNOWN_KEYS.contains(key)) {
          String suggestion = Strings.closest(key, KNOWN_KEYS);
          if (suggestion != null) {
            diagnostics.warning(
                yaml,
                keyLines.getOrDefault(key, 1),
                "site config: '" + key + "' is not a known field",
                "did you mean '" + suggestion + "'?");
          }
        }
      }
      checkFeatures(yaml, raw.get("features"), keyLines, marked.lines(), diagnostics);
      dataPages =
          dataPages(raw.get("dataPages"), yaml, keyLines, marked.lines(), diagnostics);
    }
    // JBake's templates read dotted keys with underscores: config.site_host.
    for (String key : List.copyOf(raw.keySet())) {
      if (key.contains(".")) {
        raw.putIfAbsent(key.replace('.', '_'), raw.get(key));
      }
    }
    String baseUrl = baseUrlOverride != null ? baseUrlOverride : str(raw.get("baseUrl"));
    baseUrl = normaliseBaseUrl(baseUrl, file, keyLines.getOrDefault("baseUrl", 1));
    if (baseUrl != null) {
      raw.put("baseUrl", baseUrl);
    }
    return new SiteConfig(
        file,
        orDefault(str(raw.get("title")), "Cẩm nang số"),
        orDefault(str(raw.get("description")), ""),
        baseUrl,
        orDefault(str(raw.get("language")), "vi"),
        orDefault(str(raw.get("locale")), "vi_VN"),
        str(raw.get("author")),
        raw,
        dataPages,
        str(raw.get("image")),
        str(raw.get("shortName")),
        dateFormat(raw.get("date.format")),
        raw.get("recheckAfterMonths") instanceof Integer i && i > 0
            ? i
            : SiteConfig.DEFAULT_RECHECK_MONTHS,
        fields(raw.get("fields")),
        features(raw.get("features")),
        keyLines);
  }

  /** {@code fields:}: a list of header field names, or one name. */
  private static List<String> fields(Object declared) {
    if (declared instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return declared == null ? List.of() : List.of(String.valueOf(declared));
  }

  /** The switches of {@code features:} set to true or false (anything else was reported). */
  private static Map<String, Boolean> features(Object features) {
    Map<String, Boolean> set = new LinkedHashMap<>();
    if (features instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (v instanceof Boolean b) {
              set.put(String.valueOf(k), b);
            }
          });
    }
    return set;
  }

  /** {@code features:} is a map of known switches to true/false; a misspelt switch is a warning. */
  private static void checkFeatures(
      Path yaml,
      Object features,
      Map<String, Integer> keyLines,
      SafeYaml.Lines lines,
      Diagnostics diagnostics) {
    if (features == null) {
      return;
    }
    int featuresLine = keyLines.getOrDefault("features", 1);
    if (!(features instanceof Map<?, ?> map)) {
      throw new BuildException(
          Diagnostic.error(
              yaml, featuresLine, "site config: 'features' must be a list of 'name: true|false'",
              "e.g. features:\n  shareCards: false"));
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      int line = lines.key(map, name, featuresLine);
      if (!SiteConfig.FEATURES.containsKey(name)) {
        String suggestion = Strings.closest(name, SiteConfig.FEATURES.keySet());
        diagnostics.warning(
            yaml, line, "site config: '" + name + "' is not a known feature",
            suggestion != null
                ? "did you mean '" + suggestion + "'?"
                : "known: " + String.join(", ", new TreeSet<>(SiteConfig.FEATURES.keySet())));
      } else if (!(e.getValue() instanceof Boolean)) {
        throw new BuildException(
            Diagnostic.error(yaml, line, "site config: features." + name + " must be true or false", null));
      }
    }
  }

  /** The {@code dataPages} entries; a malformed one is an error at its own line and left out. */
  private static List<DataPageSpec> dataPages(
      Object decl,
      Path file,
      Map<String, Integer> keyLines,
      SafeYaml.Lines lines,
      Diagnostics diagnostics) {
    if (decl == null) {
      return List.of();
    }
    int declLine = keyLines.getOrDefault("dataPages", 1);
    if (!(decl instanceof List<?> list)) {
      diagnostics.error(file, declLine, "dataPages must be a list", null);
      return List.of();
    }
    List<DataPageSpec> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      int line = lines.item(list, i, declLine);
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        diagnostics.error(
            file, line, "each dataPages entry must have data, list, url, template", null);
        continue;
      }
      String data = str(m.get("data"));
      String listKey = str(m.get("list"));
      String url = str(m.get("url"));
      String template = str(m.get("template"));
      if (data == null || listKey == null || url == null || template == null) {
        diagnostics.error(
            file, line, "a dataPages entry needs data, list, url and template", null);
        continue;
      }
      out.add(
          new DataPageSpec(
              data,
              listKey,
              url,
              template,
              str(m.get("title")) == null ? "{name}" : str(m.get("title")),
              str(m.get("description")) == null ? "" : str(m.get("description")),
              str(m.get("parent")),
              Boolean.TRUE.equals(m.get("walkthrough")),
              str(m.get("card")),
              line,
              lines.key(m, "data", line)));
    }
    return out;
  }

  /** JBake's {@code date.format}, when a site.yaml gives one; an invalid pattern is ignored. */
  private static DateTimeFormatter dateFormat(Object pattern) {
    try {
      return pattern == null ? null : DateTimeFormatter.ofPattern(String.valueOf(pattern));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String normaliseBaseUrl(String baseUrl, Path file, int line) {
    if (baseUrl == null || baseUrl.isBlank()) {
      return null;
    }
    String url = baseUrl.trim();
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw new URISyntaxException(url, "not absolute");
      }
    } catch (URISyntaxException e) {
      throw new BuildException(
          Diagnostic.error(
              file,
              file == null ? 0 : line,
              "baseUrl '" + url + "' is not an absolute URL",
              "write it with the scheme and host, e.g. baseUrl: https://camnang.example.org/"));
    }
    return url.endsWith("/") ? url : url + "/";
  }

  private static String read(Path file) {
    try {
      return Strings.stripBom(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BuildException(Diagnostic.error(file, 0, "cannot read: " + e.getMessage()));
    }
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  private static String orDefault(String s, String d) {
    return s == null || s.isBlank() ? d : s;
  }
}
