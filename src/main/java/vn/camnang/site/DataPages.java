package vn.camnang.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Provenance;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Slugs;
import vn.camnang.util.Strings;

/**
 * Pages made from the items of a data file, declared in {@code site.yaml}:
 *
 * <pre>
 * dataPages:
 *   - data: dich-vu-cong.yaml      # a file in data/
 *     list: services               # the list inside it; one page per item
 *     url: "dich-vu/{id}/"         # {field} is replaced by the item's field (folded to ASCII)
 *     template: service.ftl
 *     title: "{name}"
 *     description: "{who}"
 *     parent: "dich-vu/"           # optional: the page shown as the breadcrumb parent
 * </pre>
 *
 * Adding an item to the data file adds its page: no Markdown needed. Templates get the item as
 * {@code item}, its related guides ({@code guides: [topic/guide]} in the item) as {@code related},
 * and the data file's top-level {@code updated} as the page's date.
 */
final class DataPages {
  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

  private DataPages() {}

  static List<Page> create(
      SiteConfig config, Map<String, Object> data, SiteContent content, Diagnostics diagnostics) {
    Object decl = config.raw().get("dataPages");
    if (decl == null) {
      return List.of();
    }
    Path cfg = config.file();
    if (!(decl instanceof List<?> list)) {
      diagnostics.error(cfg, line(cfg, "dataPages"), "dataPages must be a list", null);
      return List.of();
    }
    List<Page> pages = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        diagnostics.error(cfg, line(cfg, "dataPages"), "each dataPages entry must have data, list, url, template", null);
        continue;
      }
      String dataName = str(m.get("data"));
      String listKey = str(m.get("list"));
      String url = str(m.get("url"));
      String template = str(m.get("template"));
      if (dataName == null || listKey == null || url == null || template == null) {
        diagnostics.error(
            cfg, line(cfg, "dataPages"), "a dataPages entry needs data, list, url and template", null);
        continue;
      }
      Object file = data.get(dataName);
      Path dataFile = config.file() == null ? Path.of("data", dataName) : config.file().resolveSibling("data").resolve(dataName);
      if (!(file instanceof Map<?, ?> fm) || !(fm.get(listKey) instanceof List<?> items)) {
        diagnostics.error(
            cfg,
            line(cfg, "data"),
            "dataPages: data/" + dataName + " has no list '" + listKey + "'",
            "check the file name and that it has a top-level '" + listKey + ":' list");
        continue;
      }
      String text = read(dataFile);
      LocalDate updated = date(fm.get("updated"));
      for (Object it : items) {
        if (!(it instanceof Map<?, ?> item)) {
          continue;
        }
        Map<String, Object> itemMap = new LinkedHashMap<>();
        item.forEach((k, v) -> itemMap.put(String.valueOf(k), v));
        String id = str(itemMap.get("id"));
        int itemLine = id == null ? 1 : lineOf(text, "id: " + id);
        String pageUrl = fill(url, itemMap, true);
        String title = fill(str(m.get("title")) == null ? "{name}" : str(m.get("title")), itemMap, false);
        if (pageUrl == null || title == null || title.isBlank()) {
          diagnostics.error(
              dataFile, itemLine, "an item of '" + listKey + "' lacks a field used by dataPages (url or title)", null);
          continue;
        }
        String description = fill(str(m.get("description")) == null ? "" : str(m.get("description")), itemMap, false);
        List<String> related = new ArrayList<>();
        if (itemMap.get("guides") instanceof Collection<?> gs) {
          for (Object g : gs) {
            String ref = String.valueOf(g).replaceAll("^/+|/+$", "") + "/";
            if (content.byUrl().containsKey(ref)) {
              related.add(ref);
            } else {
              diagnostics.error(
                  dataFile,
                  lineOf(text, String.valueOf(g)),
                  "guide '" + g + "' of item '" + id + "' does not exist",
                  "write it as <topic>/<guide>, e.g. dich-vu-cong/dang-ky-khai-sinh");
            }
          }
        }
        Map<String, Object> walkthrough = walkthrough(m, itemMap, id, dataFile, text, itemLine, content, diagnostics);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (walkthrough != null) {
          fields.put("walkthrough", walkthrough);
        }
        fields.put("title", title);
        fields.put("description", description);
        fields.put("template", template);
        fields.put("item", itemMap);
        fields.put("related", related);
        if (m.get("parent") != null) {
          fields.put("parent", str(m.get("parent")));
        }
        FrontMatter meta =
            new FrontMatter(
                title, description.isBlank() ? null : clip(description), updated, updated,
                number(itemMap.get("number")), List.of(), null, null, List.of(), false, null, "data",
                null, Provenance.NONE, fields);
        String slug = pageUrl.replaceAll("/$", "");
        slug = slug.substring(slug.lastIndexOf('/') + 1);
        pages.add(
            new Page(
                Page.Kind.DATA, dataFile, "data/" + dataName, pageUrl, null, slug, meta, "", itemLine));
      }
    }
    return pages;
  }

  /**
   * The item's {@code walkthrough: <topic>/<guide>#<section>}: the section of a guide that walks
   * the reader through it, as {@code {url, fragment, line}}. With {@code walkthrough: true} in the
   * dataPages entry, an item without one is a warning (a page that says what to do but not how).
   * Whether the section exists is checked once the guide is rendered (a link to a missing heading).
   */
  private static Map<String, Object> walkthrough(
      Map<?, ?> decl, Map<String, Object> item, String id, Path dataFile, String text, int itemLine,
      SiteContent content, Diagnostics diagnostics) {
    Object w = item.get("walkthrough");
    if (w == null) {
      if (Boolean.TRUE.equals(decl.get("walkthrough"))) {
        diagnostics.add(
            Diagnostic.warning(
                dataFile, itemLine, "item '" + id + "' has no step-by-step guide (walkthrough)",
                "write the guide, then add: walkthrough: <topic>/<guide>#<section>, e.g. dich-vu-cong/dang-ky-khai-sinh#cac-buoc"));
      }
      return null;
    }
    String ref = String.valueOf(w).strip();
    int line = lineOf(text, "walkthrough: " + ref);
    int hash = ref.indexOf('#');
    String path = (hash < 0 ? ref : ref.substring(0, hash)).replaceAll("^/+|/+$", "") + "/";
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    if (!content.byUrl().containsKey(path)) {
      diagnostics.error(
          dataFile, line, "walkthrough '" + ref + "' of item '" + id + "' is not a guide of the site",
          "write it as <topic>/<guide>#<section>, e.g. dich-vu-cong/dang-ky-khai-sinh#cac-buoc");
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", path);
    out.put("fragment", fragment);
    out.put("line", line);
    return out;
  }

  /** Fills {field} placeholders; for URLs each value is folded to an ASCII slug. */
  private static String fill(String pattern, Map<String, Object> item, boolean url) {
    Matcher mt = FIELD.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    while (mt.find()) {
      Object v = item.get(mt.group(1));
      if (v == null) {
        return null;
      }
      String s = url ? Slugs.slugify(String.valueOf(v)) : String.valueOf(v);
      mt.appendReplacement(sb, Matcher.quoteReplacement(s));
    }
    mt.appendTail(sb);
    String out = sb.toString();
    if (url && !out.endsWith("/")) {
      out += "/";
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157).stripTrailing() + "…";
  }

  private static int number(Object o) {
    return o instanceof Integer i ? i : Integer.MAX_VALUE;
  }

  private static LocalDate date(Object o) {
    if (o instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    try {
      return o == null ? null : LocalDate.parse(String.valueOf(o));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return "";
    }
  }

  private static int line(Path file, String key) {
    return file == null ? 0 : Strings.lineOfKey(read(file), key, 1);
  }

  private static int lineOf(String text, String needle) {
    int i = text.indexOf(needle);
    if (i < 0) {
      return 1;
    }
    return (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
  }
}
