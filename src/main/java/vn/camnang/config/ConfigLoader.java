package vn.camnang.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Strings;

/**
 * Reads {@code site.yaml}, or {@code jbake.properties} when the folder is a JBake project. Unknown
 * keys are kept for templates; a key that looks like a misspelling of a known one is a warning with
 * its line.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "site.yaml";
  public static final String JBAKE_FILE_NAME = "jbake.properties";

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
    Path props = siteDir.resolve(JBAKE_FILE_NAME);
    Map<String, Object> raw = new LinkedHashMap<>();
    Path file = null;
    if (Files.isRegularFile(yaml)) {
      file = yaml;
      String text = read(yaml);
      Object loaded = SafeYaml.load(text, yaml, 1, "site config");
      if (loaded != null && !(loaded instanceof Map)) {
        throw new BuildException(
            Diagnostic.error(
                yaml, 1, "site config must be a list of 'key: value' fields", "see README.md"));
      }
      if (loaded != null) {
        ((Map<?, ?>) loaded).forEach((k, v) -> raw.put(String.valueOf(k), v));
      }
      for (String key : raw.keySet()) {
        if (!KNOWN_KEYS.contains(key)) {
          String suggestion = Strings.closest(key, KNOWN_KEYS);
          if (suggestion != null) {
            diagnostics.warning(
                yaml,
                Strings.lineOfKey(text, key, 1),
                "site config: '" + key + "' is not a known field",
                "did you mean '" + suggestion + "'?");
          }
        }
      }
      checkFeatures(yaml, text, raw.get("features"), diagnostics);
    } else if (Files.isRegularFile(props)) {
      file = props;
      Properties p = new Properties();
      try (Reader r = new StringReader(read(props))) {
        p.load(r);
      } catch (IOException e) {
        throw new BuildException(Diagnostic.error(props, 0, "cannot read: " + e.getMessage()));
      }
      for (String name : p.stringPropertyNames().stream().sorted().toList()) {
        raw.put(name, p.getProperty(name));
      }
      raw.putIfAbsent("baseUrl", raw.get("site.host"));
      raw.putIfAbsent("title", raw.get("site.title"));
    }
    // JBake's templates read dotted keys with underscores: config.site_host.
    for (String key : List.copyOf(raw.keySet())) {
      if (key.contains(".")) {
        raw.putIfAbsent(key.replace('.', '_'), raw.get(key));
      }
    }
    String baseUrl = baseUrlOverride != null ? baseUrlOverride : str(raw.get("baseUrl"));
    baseUrl = normaliseBaseUrl(baseUrl, file, raw, diagnostics);
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
        raw);
  }

  /** {@code features:} is a map of known switches to true/false; a misspelt switch is a warning. */
  private static void checkFeatures(Path yaml, String text, Object features, Diagnostics diagnostics) {
    if (features == null) {
      return;
    }
    if (!(features instanceof Map<?, ?> map)) {
      throw new BuildException(
          Diagnostic.error(
              yaml, Strings.lineOfKey(text, "features", 1), "site config: 'features' must be a list of 'name: true|false'",
              "e.g. features:\n  shareCards: false"));
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      int line = Strings.lineOfKey(text, name, 1);
      if (!SiteConfig.FEATURES.containsKey(name)) {
        String suggestion = Strings.closest(name, SiteConfig.FEATURES.keySet());
        diagnostics.warning(
            yaml, line, "site config: '" + name + "' is not a known feature",
            suggestion != null ? "did you mean '" + suggestion + "'?" : "known: " + String.join(", ", new java.util.TreeSet<>(SiteConfig.FEATURES.keySet())));
      } else if (!(e.getValue() instanceof Boolean)) {
        throw new BuildException(
            Diagnostic.error(yaml, line, "site config: features." + name + " must be true or false", null));
      }
    }
  }

  private static String normaliseBaseUrl(
      String baseUrl, Path file, Map<String, Object> raw, Diagnostics diagnostics) {
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
              file == null ? 0 : Strings.lineOfKey(readQuietly(file), "baseUrl", 1),
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

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  private static String orDefault(String s, String d) {
    return s == null || s.isBlank() ? d : s;
  }
}
