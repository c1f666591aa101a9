package vn.camnang.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Strings;
import java.util.Collections;
import java.util.Locale;

/**
 * The typed header of a page. Every field is optional here; what a page kind requires is checked
 * by {@link ContentLoader}. Unknown fields are kept in {@link #fields()} for templates.
 *
 * @param order position inside a topic (smaller first); {@link Integer#MAX_VALUE} when not given
 * @param updated the day the text last changed in substance; defaults to {@code date}
 * @param provenance the page's sources and its last recorded check against the live service
 * @param lines where each field is written in the page's file (for diagnostics)
 */
public record FrontMatter(
    String title,
    String description,
    LocalDate date,
    LocalDate updated,
    int order,
    List<String> tags,
    String image,
    String slug,
    List<String> aliases,
    boolean draft,
    String status,
    String type,
    String icon,
    Provenance provenance,
    Map<String, Object> fields,
    FieldLines lines) {

  /** Fields with a meaning to the generator or the bundled templates. */
  public static final Set<String> KNOWN =
      Set.of(
          "title", "description", "date", "updated", "order", "tags", "image", "slug", "aliases",
          "draft", "status", "type", "icon", "level", "duration", "video", "summary", "author",
          "code", "featured", "layout", "template", "lang", "keywords", "id", "jbake-type",
          "jbake-status", "jbake-tags", "sources", "verified");

  /**
   * Names the generator sets in a page's template model ({@code page.url}, {@code page.topic} …):
   * a header field with one of these names does not reach {@code page.<name>}, so it is warned
   * with its line; every field stays readable as written under {@code page.params.<name>}.
   * ({@code image} and {@code slug} are fields of their own: {@code page.image} is the URL of the
   * processed image, {@code page.slug} the slug as used in the URL.)
   */
  public static final Set<String> RESERVED =
      Set.of(
          "url", "uri", "noExtensionUri", "file", "kind", "topic", "share", "params", "body",
          "rootpath", "dateText", "dateIso", "updatedText", "updatedIso");

  public FrontMatter {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    provenance = provenance == null ? Provenance.NONE : provenance;
    lines = lines == null ? FieldLines.NONE : lines;
  }

  /** The 1-based line of field {@code key} in the page's file (the header's first line if absent). */
  public int line(String key) {
    return lines.line(key);
  }

  /** A header with only a title and a description (generated pages). */
  public static FrontMatter minimal(String title, String description) {
    return new FrontMatter(
        title, description, null, null, Integer.MAX_VALUE, List.of(), null, null, List.of(), false,
        null, null, null, Provenance.NONE, Map.of(), FieldLines.NONE);
  }

  public boolean hasOrder() {
    return order != Integer.MAX_VALUE;
  }

  /**
   * Reads the typed fields from a header. Problems are added to {@code diagnostics} with the field's
   * line; a field of the wrong type is an error, a misspelled field name a warning.
   */
  public static FrontMatter of(
      Header header, Path file, Diagnostics diagnostics, DateTimeFormatter extraDateFormat) {
    return of(header, file, diagnostics, extraDateFormat, KNOWN);
  }

  /**
   * As {@link #of(Header, Path, Diagnostics, DateTimeFormatter)}, with the fields this site uses:
   * {@link #KNOWN} and those its templates read or {@code site.yaml} declares; a misspelling is
   * judged against all of them.
   */
  public static FrontMatter of(
      Header header, Path file, Diagnostics diagnostics, DateTimeFormatter extraDateFormat, Set<String> known) {
    Map<String, Object> f = header.fields();
    Reader r = new Reader(header, file, diagnostics, extraDateFormat);
    for (String key : f.keySet()) {
      if (RESERVED.contains(key.replace('-', '_'))) {
        diagnostics.add(
            Diagnostic.warning(
                file,
                r.line(key),
                "front matter: '" + key + "' is a name the generator sets for templates (page."
                    + key.replace('-', '_') + "): your value is only in page.params."
                    + key.replace('-', '_'),
                "rename the field (e.g. '" + key + "_goc'), or read it in templates as page.params['"
                    + key + "']"));
      } else if (!known.contains(key) && !known.contains(key.replace('-', '_'))) {
        String suggestion = Strings.closest(key, known);
        if (suggestion != null) {
          diagnostics.add(
              Diagnostic.warning(
                  file,
                  r.line(key),
                  "front matter: '" + key + "' is not a known field",
                  "did you mean '" + suggestion + "'?"));
        }
      }
    }
    String status = r.string("status");
    if (status == null) {
      status = r.string("jbake-status");
    }
    Boolean draftFlag = r.bool("draft");
    boolean draft = Boolean.TRUE.equals(draftFlag) || "draft".equalsIgnoreCase(status);
    LocalDate date = r.date("date");
    LocalDate updated = r.date("updated");
    Integer order = r.integer("order");
    List<String> tags = r.list("tags");
    if (tags.isEmpty()) {
      tags = r.list("jbake-tags");
    }
    String type = r.string("type");
    if (type == null) {
      type = r.string("jbake-type");
    }
    String title = r.string("title");
    if (title != null && title.strip().length() >= 2
        && "\u201C\u201D\u201E".indexOf(title.strip().charAt(0)) >= 0
        && "\u201C\u201D".indexOf(title.strip().charAt(title.strip().length() - 1)) >= 0) {
      // Word's curly quotes around the whole title: YAML keeps them as text, readers would see them
      String t = title.strip();
      title = t.substring(1, t.length() - 1).strip();
      diagnostics.add(
          Diagnostic.warning(
              file,
              r.line("title"),
              "front matter: the title is wrapped in curly quotes “ ”: they were removed",
              "write the outer quotes as straight quotes: title: \"" + title + "\""));
    }
    return new FrontMatter(
        title,
        r.string("description"),
        date,
        updated != null ? updated : date,
        order == null ? Integer.MAX_VALUE : order,
        tags,
        r.string("image"),
        r.string("slug"),
        r.list("aliases"),
        draft,
        status,
        type,
        r.string("icon"),
        new Provenance(r.sources("sources"), r.verification("verified")),
        f,
        header.lines());
  }

  /** Reads one field at a time, reporting type errors with the field's line. */
  private record Reader(
      Header header, Path file, Diagnostics diagnostics, DateTimeFormatter extraDateFormat) {

    int line(String key) {
      return header.lines().line(key);
    }

    void typeError(String key, String expected, Object value) {
      diagnostics.add(
          Diagnostic.error(
              file,
              line(key),
              "front matter: '" + key + "' should be " + expected + ", not '" + value + "'",
              null));
    }

    String string(String key) {
      Object v = header.fields().get(key);
      if (v == null) {
        return null;
      }
      if (v instanceof Map || v instanceof Collection) {
        typeError(key, "a single text value", v);
        return null;
      }
      if (v instanceof Date d) {
        return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      }
      String s = String.valueOf(v).strip();
      return s.isEmpty() ? null : s;
    }

    Boolean bool(String key) {
      Object v = header.fields().get(key);
      if (v == null) {
        return null;
      }
      if (v instanceof Boolean b) {
        return b;
      }
      String s = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("yes") || s.equals("co") || s.equals("có")) {
        return true;
      }
      if (s.equals("false") || s.equals("no") || s.equals("khong") || s.equals("không")) {
        return false;
      }
      typeError(key, "true or false", v);
      return null;
    }

    Integer integer(String key) {
      Object v = header.fields().get(key);
      if (v == null) {
        return null;
      }
      if (v instanceof Integer i) {
        return i;
      }
      try {
        return Integer.parseInt(String.valueOf(v).strip());
      } catch (NumberFormatException e) {
        typeError(key, "a whole number", v);
        return null;
      }
    }

    List<String> list(String key) {
      Object v = header.fields().get(key);
      if (v == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      if (v instanceof Collection<?> c) {
        for (Object o : c) {
          if (o instanceof Map || o instanceof Collection) {
            typeError(key, "a list of text values", v);
            return List.of();
          }
          if (o != null && !String.valueOf(o).isBlank()) {
            out.add(String.valueOf(o).strip());
          }
        }
      } else if (v instanceof Map) {
        typeError(key, "a list such as [a, b]", v);
      } else {
        for (String s : String.valueOf(v).split(",")) {
          if (!s.isBlank()) {
            out.add(s.strip());
          }
        }
      }
      return out;
    }

    /**
     * {@code sources:} a list of {@code {title, url, read}}; title and an http(s) url are required,
     * {@code read} is a date.
     */
    List<Provenance.Source> sources(String key) {
      Object v = header.fields().get(key);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof Collection<?> c)) {
        diagnostics.add(
            Diagnostic.error(
                file, line(key), "front matter: '" + key + "' should be a list of sources",
                "write each source as:\n  - title: \"Tên trang\"\n    url: \"https://…\"\n    read: 2026-12-03"));
        return List.of();
      }
      List<Provenance.Source> out = new ArrayList<>();
      int i = 0;
      for (Object o : c) {
        i++;
        if (!(o instanceof Map<?, ?> m)) {
          diagnostics.add(
              Diagnostic.error(
                  file, line(key), "front matter: source " + i + " of '" + key + "' should have a title and a url",
                  "write it as:\n  - title: \"Tên trang\"\n    url: \"https://…\"\n    read: 2026-12-03"));
          continue;
        }
        String title = text(m.get("title"));
        String url = text(m.get("url"));
        if (title == null || url == null) {
          diagnostics.add(
              Diagnostic.error(
                  file, line(key),
                  "front matter: source " + i + " of '" + key + "' lacks " + (title == null ? "a title" : "a url"),
                  "every source needs title: and url:"));
          continue;
        }
        if (!url.matches("(?i)https?://[^\\s/]+\\.[^\\s]*")) {
          diagnostics.add(
              Diagnostic.error(
                  file, line(key),
                  "front matter: source " + i + " of '" + key + "' has no web address: '" + url + "'",
                  "write the full address, starting with https://"));
          continue;
        }
        LocalDate read = m.get("read") == null ? null : parseDate(key, m.get("read"));
        out.add(new Provenance.Source(title, url, read));
      }
      return out;
    }

    /** {@code verified:} {@code {date, how, by}}, all three required. */
    Provenance.Verification verification(String key) {
      Object v = header.fields().get(key);
      if (v == null) {
        return null;
      }
      String example =
          "write it as:\n  verified:\n    date: 2026-12-03\n    how: \"trên ứng dụng VNeID\"\n    by: \"Tổ công nghệ số xã …\"";
      if (!(v instanceof Map<?, ?> m)) {
        diagnostics.add(
            Diagnostic.error(file, line(key), "front matter: '" + key + "' should say when, how and by whom", example));
        return null;
      }
      String how = text(m.get("how"));
      String by = text(m.get("by"));
      if (m.get("date") == null || how == null || by == null) {
        diagnostics.add(
            Diagnostic.error(
                file, line(key),
                "front matter: '" + key + "' lacks " + (m.get("date") == null ? "date" : how == null ? "how" : "by"),
                example));
        return null;
      }
      LocalDate date = parseDate(key, m.get("date"));
      return date == null ? null : new Provenance.Verification(date, how, by);
    }

    private static String text(Object o) {
      if (o == null || o instanceof Map || o instanceof Collection) {
        return null;
      }
      String s = String.valueOf(o).strip();
      return s.isEmpty() ? null : s;
    }

    LocalDate date(String key) {
      Object v = header.fields().get(key);
      return v == null ? null : parseDate(key, v);
    }

    private LocalDate parseDate(String key, Object v) {
      Dates.When when =
          Dates.site(extraDateFormat)
              .parse(
                  v,
                  file,
                  line(key),
                  "front matter: '" + key + "'",
                  "write dates as yyyy-mm-dd (2026-10-01) or dd/mm/yyyy (01/10/2026)",
                  diagnostics);
      return when == null ? null : when.date();
    }
  }
}
