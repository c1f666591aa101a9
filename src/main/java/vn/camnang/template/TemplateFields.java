package vn.camnang.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names a site's own templates read from the model: {@code page.hero}, {@code g.hero} (a guide
 * in a list), {@code content['hero-image']}. A front-matter field counts as used by the site when
 * its templates read it, so {@code check} does not call it unknown (issue 15).
 *
 * <p>The scan is textual and generous (any {@code name.field} or {@code ['field']} in a template):
 * a field read through any variable counts, at the price of also counting names that are not page
 * fields, which only means fewer warnings.
 */
public final class TemplateFields {
  private static final Pattern DOTTED = Pattern.compile("(?<![\\w\"'/-])[A-Za-z_]\\w*((?:\\.[A-Za-z_]\\w*)+)");
  private static final Pattern BRACKET = Pattern.compile("\\[\\s*['\"]([\\w.-]+)['\"]\\s*\\]");

  private TemplateFields() {}

  /** Every field name read by the {@code .ftl} files under {@code templatesDir} (none if absent). */
  public static Set<String> readBy(Path templatesDir) {
    Set<String> names = new TreeSet<>();
    if (!Files.isDirectory(templatesDir)) {
      return names;
    }
    try (Stream<Path> s = Files.walk(templatesDir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
        names.addAll(readIn(Files.readString(f, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** The field names one template's text reads. */
  static Set<String> readIn(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = DOTTED.matcher(template);
    while (m.find()) {
      for (String part : m.group(1).substring(1).split("\\.")) {
        names.add(part);
      }
    }
    Matcher b = BRACKET.matcher(template);
    while (b.find()) {
      names.add(b.group(1));
    }
    return names;
  }
}
