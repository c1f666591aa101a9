package vn.camnang.jbake;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camnang.content.ContentLoader;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Strings;
import vn.camnang.diag.Severity;

/**
 * {@code jbake.properties} over JBake 2.7's defaults ({@code default.properties} of jbake-core),
 * read once. Keys that change the output are honoured; keys we cannot honour are reported once
 * each, as a warning naming {@code jbake.properties:line} and the key; a key that looks like a
 * misspelling of a JBake key gets a suggestion; every other key is passed to templates as {@code
 * config.<key with _ for .>}, as JBake does.
 *
 * <p>Values are read like commons-configuration reads them for JBake: {@code a,b} is also the list
 * {@code [a, b]} ({@code \,} keeps a comma), and {@code true}/{@code false} are also booleans.
 */
public final class JBakeConfig {
  public static final String FILE_NAME = "jbake.properties";

  /** The special templates: not document types of their own in our model. */
  static final Set<String> PAGE_TEMPLATES =
      Set.of("masterindex", "feed", "archive", "tag", "tagsindex", "sitemap", "error404");

  /** JBake 2.7.0's defaults for every key that reaches the output or the templates. */
  static final Map<String, String> DEFAULTS = defaults();

  /** Keys JBake knows that have no effect on a static build's output; accepted silently. */
  private static final Set<String> NO_EFFECT =
      Set.of(
          "server.port",
          "server.hostname",
          "server.contextPath",
          "db.store",
          "db.path",
          "db.clear.cache",
          "markdown.maxParsingTimeInMillis",
          "thymeleaf.locale",
          "version",
          "build.timestamp",
          "git.hash",
          "example.project.freemarker",
          "example.project.groovy",
          "example.project.groovy-mte",
          "example.project.thymeleaf",
          "example.project.jade");

  /** {@code markdown.extensions} names our Markdown always does (CommonMark + GFM) or honours. */
  private static final Set<String> MARKDOWN_DONE =
      Set.of("HARDWRAPS", "AUTOLINKS", "FENCED_CODE_BLOCKS", "TABLES", "STRIKETHROUGH", "NONE");

  private static final Pattern TEMPLATE_FILE =
      Pattern.compile("template\\.([A-Za-z0-9_-]+)\\.file");
  private static final Pattern TEMPLATE_EXTENSION =
      Pattern.compile("template\\.([A-Za-z0-9_-]+)\\.extension");

  private final Path file;
  private final Path siteDir;
  private final Map<String, Value> values;
  private final Map<String, Integer> lines;
  private final Diagnostics diagnostics;
  private final boolean production;
  private final boolean hostOverridden;

  /** One value: the text as written (escapes resolved), and its comma-separated items. */
  record Value(String text, List<String> items) {}

  private JBakeConfig(
      Path file,
      Path siteDir,
      Map<String, Value> values,
      Map<String, Integer> lines,
      Diagnostics diagnostics,
      boolean production,
      boolean hostOverridden) {
    this.file = file;
    this.siteDir = siteDir;
    this.values = values;
    this.lines = lines;
    this.diagnostics = diagnostics;
    this.production = production;
    this.hostOverridden = hostOverridden;
  }

  /** True for a JBake project: {@code jbake.properties} and no {@code site.yaml}. */
  public static boolean isJBakeProject(Path siteDir) {
    return Files.isRegularFile(siteDir.resolve(FILE_NAME))
        && !Files.isRegularFile(siteDir.resolve("site.yaml"));
  }

  /**
   * Reads {@code <siteDir>/jbake.properties}. Problems that stop the build (a bad boolean, number,
   * date pattern or template name) are errors in {@code diagnostics}; keys we cannot honour are
   * warnings.
   *
   * @param siteHostOverride {@code --base-url}, which replaces {@code site.host}; or null
   * @param production a publishing build: a missing {@code site.host} is an error
   */
  public static JBakeConfig load(
      Path siteDir, String siteHostOverride, boolean production, Diagnostics diagnostics) {
    Path file = siteDir.resolve(FILE_NAME);
    String text = ContentLoader.readUtf8(file);
    Map<String, Value> values = new LinkedHashMap<>();
    DEFAULTS.forEach((k, v) -> values.put(k, parseValue(v)));
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (Entry e : parse(text)) {
      if (lines.containsKey(e.key())) {
        diagnostics.warning(
            file,
            e.line(),
            "'"
                + e.key()
                + "' is given twice (first on line "
                + lines.get(e.key())
                + "); the last value is used",
            "remove one of the lines");
      }
      lines.put(e.key(), e.line());
      values.put(e.key(), e.value());
    }
    if (siteHostOverride != null) {
      String host = siteHostOverride.strip();
      while (host.endsWith("/")) {
        host = host.substring(0, host.length() - 1);
      }
      values.put("site.host", new Value(host, List.of(host)));
    }
    JBakeConfig config =
        new JBakeConfig(
            file, siteDir, values, lines, diagnostics, production, siteHostOverride != null);
    config.check();
    return config;
  }

  // ---------------------------------------------------------------------------------------------
  // Typed settings

  public Path file() {
    return file;
  }

  /** The text of a key (JBake's default when not set), or "" when JBake has none. */
  public String get(String key) {
    Value v = values.get(key);
    return v == null ? "" : v.text();
  }

  /** True when the project's file sets the key. */
  public boolean isSet(String key) {
    return lines.containsKey(key);
  }

  /** The line of a key in {@code jbake.properties}, or 0 when it is not set there. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  /** A boolean as commons-configuration reads it (true/false, yes/no, on/off). */
  public boolean flag(String key) {
    Boolean b = toBoolean(get(key));
    return b != null && b;
  }

  /** {@code site.host} as written (JBake's templates add {@code /} themselves). */
  public String siteHost() {
    return get("site.host");
  }

  /**
   * The site's absolute address ending in '/', from {@code site.host}; null when it is not set or
   * not an absolute http(s) URL.
   */
  public String baseUrl() {
    return isSet("site.host") || hostOverridden ? baseUrlOf(siteHost()) : null;
  }

  private static String baseUrlOf(String host) {
    try {
      URI uri = new URI(host);
      if (!uri.isAbsolute() || uri.getHost() == null) {
        return null;
      }
    } catch (URISyntaxException e) {
      return null;
    }
    return host.endsWith("/") ? host : host + "/";
  }

  public Path contentDir() {
    return siteDir.resolve(get("content.folder"));
  }

  public Path templatesDir() {
    return siteDir.resolve(get("template.folder"));
  }

  public Path assetsDir() {
    return siteDir.resolve(get("asset.folder"));
  }

  public Path dataDir() {
    return siteDir.resolve(get("data.folder"));
  }

  /** {@code output.extension}, e.g. {@code .html}. */
  public String outputExtension() {
    return get("output.extension");
  }

  public boolean uriNoExtension() {
    return flag("uri.noExtension");
  }

  /** {@code uri.noExtension.prefix}, e.g. {@code /blog/}; "" when not set. */
  public String noExtensionPrefix() {
    return get("uri.noExtension.prefix");
  }

  public String tagPath() {
    return trimSlashes(get("tag.path"));
  }

  public boolean tagSanitize() {
    return flag("tag.sanitize");
  }

  public boolean paginateIndex() {
    return flag("index.paginate");
  }

  public int postsPerPage() {
    Integer n = toInt(get("index.posts_per_page"));
    return n == null || n < 1 ? 3 : n;
  }

  public String defaultStatus() {
    return get("default.status").strip();
  }

  public String defaultType() {
    return get("default.type").strip();
  }

  /** The template of a document type or special page ({@code post}, {@code masterindex} …). */
  public String template(String type) {
    return get("template." + type + ".file");
  }

  /** Document types: {@code post}, {@code page}, and every {@code template.<type>.file}. */
  public Set<String> documentTypes() {
    Set<String> types = new LinkedHashSet<>();
    for (String key : values.keySet()) {
      Matcher m = TEMPLATE_FILE.matcher(key);
      if (m.matches() && !PAGE_TEMPLATES.contains(m.group(1))) {
        types.add(m.group(1));
      }
    }
    return types;
  }

  /** Header dates: {@code date.format} first (JBake's {@code yyyy-MM-dd} by default). */
  public DateTimeFormatter dateFormat() {
    try {
      // strict, so 2026-02-31 is an error rather than a quietly different day; 'u' is the year
      // without an era, which strict resolving needs
      return DateTimeFormatter.ofPattern(get("date.format").replace('y', 'u'), locale())
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      return DateTimeFormatter.ISO_LOCAL_DATE;
    }
  }

  /** Templates' locale: {@code jvm.locale} (e.g. {@code vi_VN}), else English. */
  public Locale locale() {
    String l = get("jvm.locale").strip();
    return l.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(l.replace('_', '-'));
  }

  /** Templates' time zone: {@code freemarker.timezone}, else UTC (never the machine's). */
  public TimeZone timeZone() {
    String z = get("freemarker.timezone").strip();
    try {
      return z.isEmpty() ? TimeZone.getTimeZone("UTC") : TimeZone.getTimeZone(ZoneId.of(z));
    } catch (DateTimeException e) {
      return TimeZone.getTimeZone("UTC");
    }
  }

  /** JBake's default {@code HARDWRAPS}: a line break inside a paragraph is a {@code <br />}. */
  public boolean hardWraps() {
    return values.get("markdown.extensions").items().stream()
        .anyMatch(x -> x.equalsIgnoreCase("HARDWRAPS") || x.equalsIgnoreCase("ALL"));
  }

  /** The name of the file marking a content folder to skip ({@code .jbakeignore}). */
  public String ignoreFile() {
    return get("ignore.file");
  }

  /** {@code asset.ignore}: leave hidden asset files out. */
  public boolean ignoreHiddenAssets() {
    return flag("asset.ignore");
  }

  /** Every key (JBake's defaults included) with its text, for {@code check} and {@code serve}. */
  public Map<String, String> texts() {
    Map<String, String> m = new TreeMap<>();
    values.forEach((k, v) -> m.put(k, v.text()));
    return Collections.unmodifiableMap(m);
  }

  /**
   * What templates see as {@code config}: every key with {@code _} for {@code .}, values that are
   * strings, and also lists when they hold commas, and also booleans when they are true/false.
   */
  public Map<String, Object> model() {
    Map<String, Object> m = new TreeMap<>();
    values.forEach(
        (k, v) -> m.put(k.replace('.', '_'), JBakeModels.configValue(v.text(), v.items())));
    return Collections.unmodifiableMap(m);
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  private void check() {
    for (String key : List.copyOf(lines.keySet())) {
      checkKey(key);
    }
    for (String key :
        new String[] {
          "render.index", "render.feed", "render.archive", "render.sitemap", "render.tags",
          "render.tagsindex", "render.error404", "uri.noExtension", "index.paginate",
              "tag.sanitize",
          "asset.ignore"
        }) {
      if (toBoolean(get(key)) == null) {
        error(key, "'" + key + "' should be true or false, not '" + get(key) + "'", null);
      }
    }
    Integer perPage = toInt(get("index.posts_per_page"));
    if (perPage == null || perPage < 1) {
      error(
          "index.posts_per_page",
          "'index.posts_per_page' should be a whole number of at least 1, not '"
              + get("index.posts_per_page")
              + "'",
          null);
    }
    try {
      DateTimeFormatter.ofPattern(get("date.format"));
    } catch (IllegalArgumentException e) {
      error(
          "date.format",
          "'date.format' is not a date pattern: " + e.getMessage(),
          "e.g. date.format=yyyy-MM-dd");
    }
    for (String key : values.keySet()) {
      Matcher m = TEMPLATE_FILE.matcher(key);
      if (m.matches() && !get(key).isBlank() && !get(key).strip().endsWith(".ftl")) {
        error(
            key,
            "'" + key + "=" + get(key) + "': only Freemarker templates (.ftl) are supported",
            "convert the template to Freemarker, e.g. " + key + "=" + m.group(1) + ".ftl");
      }
    }
    if (uriNoExtension() && !noExtensionPrefix().startsWith("/")) {
      warn(
          "uri.noExtension",
          "uri.noExtension=true has no effect without a uri.noExtension.prefix starting with '/'"
              + " (JBake ignores it too)",
          "add e.g. uri.noExtension.prefix=/blog/");
    }
    if (!isSet("site.host") && !hostOverridden) {
      diagnostics.add(
          new Diagnostic(
              file,
              0,
              0,
              production ? Severity.ERROR : Severity.WARNING,
              "site.host is not set: templates get JBake's default "
                  + DEFAULTS.get("site.host")
                  + " as config.site_host (feed and sitemap links)",
              "add site.host=https://your-domain to jbake.properties, or pass --base-url"));
    }
    if (Files.isRegularFile(siteDir.resolve("custom.properties"))) {
      diagnostics.warning(
          siteDir.resolve("custom.properties"),
          0,
          "custom.properties is not read: only jbake.properties is",
          "move its keys into jbake.properties");
    }
  }

  private void checkKey(String key) {
    String v = get(key).strip();
    switch (key) {
      case "destination.folder" -> {
        if (!v.equals("output")) {
          warn(
              key,
              "'destination.folder' is not used: the build writes to --output (default: output/)",
              "pass --output " + v);
        }
      }
      case "draft.suffix" ->
          warn(
              key,
              "'draft.suffix' has no effect: drafts are never written (JBake writes them as"
                  + " <name>"
                  + v
                  + ".html)",
              "remove the line");
      case "header.separator" -> {
        if (!v.equals("~~~~~~")) {
          warn(
              key,
              "'header.separator' is not supported: headers end with a line of tildes ~~~~~~",
              "end headers with ~~~~~~ and remove the line");
        }
      }
      case "render.encoding", "template.encoding", "freemarker.outputencoding" -> {
        if (!v.equalsIgnoreCase("UTF-8")) {
          warn(
              key,
              "'" + key + "' is not supported: files are always read and written as UTF-8",
              "save the files as UTF-8 and remove the line");
        }
      }
      case "img.path.update", "img.path.prepend.host" -> {
        if (key.equals("img.path.update") && flag(key)) {
          warn(
              key,
              "'img.path.update' is not supported: relative image paths in Markdown are resolved"
                  + " against the page's file and made relative to where the page is written",
              "remove the line; images next to the page keep working at any depth");
        }
      }
      case "data.file.docType" -> {
        if (!v.equals("data")) {
          warn(
              key,
              "'data.file.docType' is not supported: data files are always read as data",
              "remove the line");
        }
      }
      case "markdown.extensions" -> {
        List<String> unsupported = new ArrayList<>();
        for (String x : values.get(key).items()) {
          if (!x.isBlank() && !MARKDOWN_DONE.contains(x.strip().toUpperCase(Locale.ROOT))) {
            unsupported.add(x.strip());
          }
        }
        if (!unsupported.isEmpty()) {
          warn(
              key,
              "markdown.extensions: "
                  + String.join(", ", unsupported)
                  + " "
                  + (unsupported.size() == 1 ? "is" : "are")
                  + " not supported (Markdown is CommonMark"
                  + " with GFM tables, strikethrough, autolinks and HARDWRAPS)",
              "remove " + String.join(", ", unsupported) + " from the list");
        }
      }
      default -> {
        if (TEMPLATE_EXTENSION.matcher(key).matches()) {
          warn(
              key,
              "'"
                  + key
                  + "' is not supported: every page is written with output.extension ("
                  + outputExtension()
                  + ")",
              "remove the line");
        } else if (key.startsWith("asciidoctor.")) {
          if (lines.keySet().stream()
              .filter(k -> k.startsWith("asciidoctor."))
              .findFirst()
              .orElse("")
              .equals(key)) {
            warn(
                key,
                "'"
                    + key
                    + "' (and any other asciidoctor.* key) has no effect: AsciiDoc"
                    + " content is not supported",
                "convert .adoc content to Markdown");
          }
        } else if (!DEFAULTS.containsKey(key)
            && !NO_EFFECT.contains(key)
            && !TEMPLATE_FILE.matcher(key).matches()
            && !key.startsWith("template.")
            && !key.equals("jvm.locale")
            && !key.equals("freemarker.timezone")) {
          String suggestion = Strings.closest(key, knownKeys());
          if (suggestion != null) {
            warn(
                key,
                "'"
                    + key
                    + "' is not a JBake setting (it is passed to templates as config."
                    + key.replace('.', '_')
                    + ")",
                "did you mean '" + suggestion + "'?");
          }
        }
      }
    }
  }

  private static Set<String> knownKeys() {
    Set<String> s = new LinkedHashSet<>(DEFAULTS.keySet());
    s.addAll(NO_EFFECT);
    s.add("jvm.locale");
    s.add("freemarker.timezone");
    return s;
  }

  private void warn(String key, String message, String hint) {
    diagnostics.warning(file, line(key), message, hint);
  }

  private void error(String key, String message, String hint) {
    diagnostics.error(file, line(key), message, hint);
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  /** One key of the file, with its line (the first line of a continued value). */
  record Entry(String key, Value value, int line) {}

  /** Reads .properties text as java.util.Properties does, keeping each key's line. */
  static List<Entry> parse(String text) {
    List<Entry> out = new ArrayList<>();
    String[] natural = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < natural.length; i++) {
      int first = i;
      String line = stripLeading(natural[i]);
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      StringBuilder logical = new StringBuilder();
      while (endsWithContinuation(line) && i + 1 < natural.length) {
        logical.append(line, 0, line.length() - 1);
        line = stripLeading(natural[++i]);
      }
      logical.append(endsWithContinuation(line) ? line.substring(0, line.length() - 1) : line);
      String l = logical.toString();
      int k = 0;
      while (k < l.length()) {
        char c = l.charAt(k);
        if (c == '\\') {
          k += 2;
          continue;
        }
        if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
          break;
        }
        k++;
      }
      String key = unescape(l.substring(0, Math.min(k, l.length())), false);
      int v = Math.min(k, l.length());
      while (v < l.length() && (l.charAt(v) == ' ' || l.charAt(v) == '\t' || l.charAt(v) == '\f')) {
        v++;
      }
      if (v < l.length() && (l.charAt(v) == '=' || l.charAt(v) == ':')) {
        v++;
      }
      while (v < l.length() && (l.charAt(v) == ' ' || l.charAt(v) == '\t' || l.charAt(v) == '\f')) {
        v++;
      }
      out.add(new Entry(key, parseValue(l.substring(v)), first + 1));
    }
    return out;
  }

  /** A raw value: escapes resolved; {@code \,} is a comma that does not split the list. */
  static Value parseValue(String raw) {
    String marked = unescape(raw, true);
    List<String> items = new ArrayList<>();
    for (String part : marked.split(",", -1)) {
      items.add(part.strip().replace(ESCAPED_COMMA, ','));
    }
    String text = marked.replace(ESCAPED_COMMA, ',');
    return new Value(text.strip(), List.copyOf(items));
  }

  private static final char ESCAPED_COMMA = '\uE000';

  private static String unescape(String s, boolean markCommas) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 'f' -> sb.append('\f');
        case ',' -> sb.append(markCommas ? ESCAPED_COMMA : ',');
        case 'u' -> {
          if (i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            sb.append('u');
          }
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }

  private static boolean endsWithContinuation(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
      i++;
    }
    return s.substring(i);
  }

  static Boolean toBoolean(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "y", "t" -> Boolean.TRUE;
      case "false", "no", "off", "n", "f" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Integer toInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String trimSlashes(String s) {
    String t = s.strip();
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    String[][] pairs = {
      {"destination.folder", "output"},
      {"template.folder", "templates"},
      {"template.masterindex.file", "index.ftl"},
      {"template.feed.file", "feed.ftl"},
      {"template.error404.file", "error404.ftl"},
      {"template.archive.file", "archive.ftl"},
      {"template.tag.file", "tags.ftl"},
      {"template.tagsindex.file", "tags-index.ftl"},
      {"template.sitemap.file", "sitemap.ftl"},
      {"template.post.file", "post.ftl"},
      {"template.page.file", "page.ftl"},
      {"content.folder", "content"},
      {"asset.folder", "assets"},
      {"asset.ignore", "false"},
      {"data.folder", "data"},
      {"data.file.docType", "data"},
      {"render.index", "true"},
      {"index.file", "index.html"},
      {"render.feed", "true"},
      {"render.error404", "false"},
      {"render.encoding", "UTF-8"},
      {"template.encoding", "UTF-8"},
      {"feed.file", "feed.xml"},
      {"error404.file", "404.html"},
      {"render.archive", "true"},
      {"archive.file", "archive.html"},
      {"render.sitemap", "false"},
      {"sitemap.file", "sitemap.xml"},
      {"render.tags", "true"},
      {"render.tagsindex", "false"},
      {"tag.path", "tags"},
      {"tag.sanitize", "false"},
      {"output.extension", ".html"},
      {"draft.suffix", "-draft"},
      {"date.format", "yyyy-MM-dd"},
      {"default.status", "draft"},
      {"default.type", ""},
      {"markdown.extensions", "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS"},
      {"uri.noExtension", "false"},
      {"uri.noExtension.prefix", ""},
      {"freemarker.outputencoding", "UTF-8"},
      {"index.paginate", "false"},
      {"index.posts_per_page", "3"},
      {"site.host", "http://www.jbake.org"},
      {"header.separator", "~~~~~~"},
      {"img.path.update", "false"},
      {"img.path.prepend.host", "true"},
      {"ignore.file", ".jbakeignore"},
    };
    for (String[] p : pairs) {
      d.put(p[0], p[1]);
    }
    return Collections.unmodifiableMap(d);
  }
}
