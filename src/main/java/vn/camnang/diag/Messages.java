package vn.camnang.diag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translation layer of the diagnostics. Every message and hint is written in English at its
 * call site, and that English text is the key: the catalog {@code messages-vi.tsv} (next to this
 * class) maps English patterns to the Vietnamese a commune editor reads. A pattern names the parts
 * that vary ({@code link to a missing page: '{link}'}); the Vietnamese text repeats them by name,
 * and may also use {@code {line}} and {@code {column}} of the diagnostic.
 *
 * <p>Catalog format, one entry a line, fields separated by a tab:
 *
 * <pre>
 * ## Section title (a table of HUONG-DAN-BIEN-TAP.md §11)
 * m	English message pattern	Vietnamese message	What to do (for the table)
 * h	English hint pattern	Vietnamese hint
 * </pre>
 *
 * Entries are tried in file order, so a specific pattern goes before a general one. {@code \n} in
 * a field is a line break (a backslash followed by anything else stays as it is). A message with no
 * entry stays in English (a test keeps that from happening to any message the tests produce).
 */
public final class Messages {
  /** The language of the messages: Vietnamese for editors, English for developers. */
  public enum Lang {
    VI,
    EN;

    /** {@code vi}, {@code vi_VN}, {@code en}, {@code en-US} …; anything not English is Vietnamese. */
    public static Lang parse(String s) {
      return s != null && s.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }

    /**
     * The language for a command: {@code --lang} when given, else the site's {@code language:}
     * in {@code site.yaml}, else Vietnamese.
     */
    public static Lang resolve(String option, Path siteDir) {
      if (option != null && !option.isBlank()) {
        return parse(option);
      }
      Path yaml = siteDir == null ? null : siteDir.resolve("site.yaml");
      if (yaml != null && Files.isRegularFile(yaml)) {
        try {
          Matcher m =
              Pattern.compile("(?m)^language:\\s*[\"']?([A-Za-z_-]+)")
                  .matcher(Files.readString(yaml, StandardCharsets.UTF_8));
          if (m.find()) {
            return parse(m.group(1));
          }
        } catch (IOException | UncheckedIOException e) {
          // an unreadable site.yaml is reported by the build; the messages stay Vietnamese
        }
      }
      return VI;
    }
  }

  /** One line of the catalog. {@code kind} is 'm' (message) or 'h' (hint). */
  public record Entry(
      char kind, String section, String english, String vietnamese, String fix, Pattern pattern, List<String> names) {}

  private static final String CATALOG = "messages-vi.tsv";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)\\}");
  private static final Pattern BYTE = Pattern.compile("\\(byte (\\d+)\\)$");
  private static volatile List<Entry> catalog;

  private final Lang lang;

  private Messages(Lang lang) {
    this.lang = lang;
  }

  public static Messages of(Lang lang) {
    return new Messages(lang);
  }

  public Lang lang() {
    return lang;
  }

  /** The word after {@code path:line:}. */
  public String label(Severity s) {
    if (lang == Lang.EN) {
      return s.label();
    }
    return s == Severity.ERROR ? "lỗi" : "cảnh báo";
  }

  /** What comes before the hint. */
  public String hintLabel() {
    return lang == Lang.EN ? "hint" : "cách sửa";
  }

  /**
   * The diagnostic as the editor should read it: in this language, and with the column of an
   * encoding error (whose English text gives a byte offset) filled in.
   */
  public Diagnostic localize(Diagnostic d) {
    Map<String, String> extra = new LinkedHashMap<>();
    Diagnostic e = enrich(d, extra);
    if (lang == Lang.EN) {
      return e;
    }
    String message = translate('m', e.message(), e, extra).orElseGet(() -> missing('m', e.message()));
    String hint = e.hint() == null ? null : translateHint(e.hint(), e, extra).orElseGet(() -> missing('h', e.hint()));
    return new Diagnostic(e.file(), e.line(), e.column(), e.severity(), message, hint);
  }

  /** English texts that had no Vietnamese when they were shown (for the coverage test). */
  private static final Set<String> UNTRANSLATED = ConcurrentHashMap.newKeySet();

  private static String missing(char kind, String english) {
    UNTRANSLATED.add(kind + " " + english);
    return english;
  }

  /** What was shown in English for want of a translation since the last {@link #clearUntranslated}. */
  public static Set<String> untranslated() {
    return Set.copyOf(UNTRANSLATED);
  }

  public static void clearUntranslated() {
    UNTRANSLATED.clear();
  }

  /** A command-line message in this language (recorded when the catalog lacks it). */
  public String text(String english) {
    return lang == Lang.EN ? english : translate('m', english, null, Map.of()).orElseGet(() -> missing('m', english));
  }

  /** A hint made of several sentences joined by "; " is translated sentence by sentence. */
  private static Optional<String> translateHint(String english, Diagnostic d, Map<String, String> extra) {
    Optional<String> whole = translate('h', english, d, extra);
    if (whole.isPresent() || !english.contains("; ")) {
      return whole;
    }
    String[] parts = english.split("; ");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < parts.length) {
      Optional<String> t = Optional.empty();
      int j = parts.length;
      for (; j > i && t.isEmpty(); j--) { // the longest run of sentences that is one entry
        t = translate('h', String.join("; ", Arrays.asList(parts).subList(i, j)), d, extra);
      }
      if (t.isEmpty()) {
        return Optional.empty();
      }
      out.add(t.get());
      i = j + 1;
    }
    return Optional.of(String.join("; ", out));
  }

  /** The Vietnamese of an English message, if the catalog has it. */
  public static Optional<String> message(String english) {
    return translate('m', english, null, Map.of());
  }

  /** The Vietnamese of an English hint, if the catalog has it. */
  public static Optional<String> hint(String english) {
    return translate('h', english, null, Map.of());
  }

  private static Optional<String> translate(char kind, String english, Diagnostic d, Map<String, String> extra) {
    for (Entry entry : catalog()) {
      if (entry.kind() != kind) {
        continue;
      }
      Matcher m = entry.pattern().matcher(english);
      if (!m.matches()) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>(extra);
      for (int i = 0; i < entry.names().size(); i++) {
        values.put(entry.names().get(i), m.group(i + 1));
      }
      if (d != null) {
        values.putIfAbsent("line", Integer.toString(d.line()));
        values.putIfAbsent("column", Integer.toString(d.column()));
      }
      Matcher p = PLACEHOLDER.matcher(entry.vietnamese());
      StringBuilder sb = new StringBuilder();
      while (p.find()) {
        String v = values.get(p.group(1));
        p.appendReplacement(sb, Matcher.quoteReplacement(v == null ? p.group() : v));
      }
      p.appendTail(sb);
      return Optional.of(sb.toString());
    }
    return Optional.empty();
  }

  /** The encoding error: the column and the character, from the byte offset of the English text. */
  private static Diagnostic enrich(Diagnostic d, Map<String, String> extra) {
    Matcher m = BYTE.matcher(d.message());
    if (d.file() == null || !d.message().startsWith("file is not valid UTF-8 text") || !m.find()) {
      return d;
    }
    try {
      byte[] bytes = Files.readAllBytes(d.file());
      int at = Integer.parseInt(m.group(1)) - 1;
      if (at < 0 || at >= bytes.length) {
        return d;
      }
      int lineStart = at;
      while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
        lineStart--;
      }
      String before = SourceText.decode(Arrays.copyOfRange(bytes, lineStart, at));
      int column = before.codePointCount(0, before.length()) + 1;
      extra.put("char", SourceText.legacy(bytes[at]));
      extra.put("hex", String.format(Locale.ROOT, "%02X", bytes[at] & 0xff));
      return new Diagnostic(d.file(), d.line(), column, d.severity(), d.message(), d.hint());
    } catch (IOException | RuntimeException e) {
      return d;
    }
  }

  /** The catalog, in file order. */
  public static List<Entry> catalog() {
    List<Entry> c = catalog;
    if (c == null) {
      try (InputStream in = Messages.class.getResourceAsStream(CATALOG)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + CATALOG);
        }
        c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      catalog = c;
    }
    return c;
  }

  static List<Entry> parse(String text) {
    List<Entry> out = new ArrayList<>();
    String section = "";
    int n = 0;
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.startsWith("## ")) {
          section = line.substring(3).strip();
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f[0].length() != 1 || "mh".indexOf(f[0].charAt(0)) < 0) {
          throw new IllegalStateException(CATALOG + ":" + n + ": expected m|h<TAB>English<TAB>Vietnamese[<TAB>fix]");
        }
        String english = unescape(f[1]);
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher p = PLACEHOLDER.matcher(english);
        int last = 0;
        while (p.find()) {
          regex.append(Pattern.quote(english.substring(last, p.start()))).append("(.*?)");
          names.add(p.group(1));
          last = p.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        out.add(
            new Entry(
                f[0].charAt(0),
                section,
                english,
                unescape(f[2]),
                f.length > 3 ? unescape(f[3]) : "",
                Pattern.compile(regex.toString(), Pattern.DOTALL),
                List.copyOf(names)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n");
  }

  /**
   * The tables of HUONG-DAN-BIEN-TAP.md §11, one per catalog section: each message in Vietnamese,
   * its English key ({@code --lang en}) and what to do. A test keeps the guide equal to this.
   */
  public static String guideTable() {
    StringBuilder sb = new StringBuilder();
    String section = null;
    for (Entry e : catalog()) {
      if (e.kind() != 'm') {
        continue;
      }
      if (!e.section().equals(section)) {
        section = e.section();
        sb.append("\n### ").append(section).append("\n\n")
            .append("| Thông báo | Tiếng Anh (`--lang en`) | Cách sửa |\n| --- | --- | --- |\n");
      }
      sb.append("| ").append(code(shown(e.vietnamese())))
          .append(" | ").append(code(shown(e.english())))
          .append(" | ").append(e.fix().isEmpty() ? "—" : e.fix().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.toString();
  }

  /** Placeholders as "…", except the line and column, which the reader sees as numbers. */
  private static String shown(String s) {
    return PLACEHOLDER.matcher(s).replaceAll(m -> m.group(1).equals("line") ? "N" : m.group(1).equals("column") ? "C" : "…");
  }

  private static String code(String s) {
    String t = s.replace("|", "\\|").replace("\n", " ");
    return t.contains("`") ? "``" + t + "``" : "`" + t + "`";
  }
}
