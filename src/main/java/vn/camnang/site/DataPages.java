package vn.camnang.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camnang.config.DataPageSpec;
import vn.camnang.config.SafeYaml;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.DataDirectory.DataFile;
import vn.camnang.content.DataItem;
import vn.camnang.content.Dates;
import vn.camnang.content.FieldLines;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Provenance;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.util.Slugs;

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
      SiteConfig config, DataFiles data, SiteContent content, Diagnostics diagnostics) {
    List<Page> pages = new ArrayList<>();
    for (DataPageSpec spec : config.dataPages()) {
      String dataName = spec.data();
      String listKey = spec.list();
      DataFile file = data.files().get(dataName);
      Path dataFile =
          config.file() == null
              ? Path.of("data", dataName)
              : config.file().resolveSibling("data").resolve(dataName);
      if (file == null
          || !(file.value() instanceof Map<?, ?> fm)
          || !(fm.get(listKey) instanceof List<?> items)) {
        diagnostics.error(
            config.file(),
            spec.dataLine(),
            "dataPages: data/" + dataName + " has no list '" + listKey + "'",
            "check the file name and that it has a top-level '" + listKey + ":' list");
        continue;
      }
      SafeYaml.Lines lines = file.lines();
      Dates.When when =
          Dates.site(config.dateFormat())
              .parse(
                  fm.get("updated"),
                  dataFile,
                  lines.key(fm, "updated", 1),
                  "data file: 'updated'",
                  "write dates as yyyy-mm-dd (2026-10-01) or dd/mm/yyyy (01/10/2026)",
                  diagnostics);
      LocalDate updated = when == null ? null : when.date();
      for (Object it : items) {
        if (!(it instanceof Map<?, ?> item)) {
          continue;
        }
        Map<String, Object> itemMap = new LinkedHashMap<>();
        item.forEach((k, v) -> itemMap.put(String.valueOf(k), v));
        String id = str(itemMap.get("id"));
        int itemLine = id == null ? 1 : lines.key(item, "id", 1);
        String pageUrl = fill(spec.url(), itemMap, true);
        String title = fill(spec.title(), itemMap, false);
        if (pageUrl == null || title == null || title.isBlank()) {
          diagnostics.error(
              dataFile, itemLine, "an item of '" + listKey + "' lacks a field used by dataPages (url or title)", null);
          continue;
        }
        String description = fill(spec.description(), itemMap, false);
        List<String> related = new ArrayList<>();
        if (item.get("guides") instanceof List<?> gs) {
          for (int i = 0; i < gs.size(); i++) {
            Object g = gs.get(i);
            String ref = String.valueOf(g).replaceAll("^/+|/+$", "") + "/";
            if (content.byUrl().containsKey(ref)) {
              related.add(ref);
            } else {
              diagnostics.error(
                  dataFile,
                  lines.item(gs, i, itemLine),
                  "guide '" + g + "' of item '" + id + "' does not exist",
                  "write it as <topic>/<guide>, e.g. dich-vu-cong/dang-ky-khai-sinh");
            }
          }
        }
        DataItem.Walkthrough walkthrough =
            walkthrough(spec, item, itemMap, id, dataFile, lines, itemLine, content, diagnostics);
        FrontMatter meta =
            new FrontMatter(
                title, description.isBlank() ? null : clip(description), updated, updated,
                number(itemMap.get("number")), List.of(), null, null, List.of(), false, null, "data",
                null, Provenance.NONE, Map.of(), FieldLines.NONE);
        String slug = pageUrl.replaceAll("/$", "");
        slug = slug.substring(slug.lastIndexOf('/') + 1);
        DataItem facts = new DataItem(spec.template(), itemMap, related, spec.parent(), walkthrough);
        pages.add(
            new Page(
                Page.Kind.DATA, dataFile, "data/" + dataName, pageUrl, null, slug, meta, "", itemLine,
                facts));
      }
    }
    return pages;
  }

  /**
   * The item's {@code walkthrough: <topic>/<guide>#<section>}: the section of a guide that walks
   * the reader through it. With {@code walkthrough: true} in the dataPages entry, an item without
   * one is a warning (a page that says what to do but not how). Whether the section exists is
   * checked once the guide is rendered (a link to a missing heading).
   */
  private static DataItem.Walkthrough walkthrough(
      DataPageSpec spec, Map<?, ?> item, Map<String, Object> itemMap, String id, Path dataFile,
      SafeYaml.Lines lines, int itemLine, SiteContent content, Diagnostics diagnostics) {
    Object w = itemMap.get("walkthrough");
    if (w == null) {
      if (spec.walkthrough()) {
        diagnostics.add(
            Diagnostic.warning(
                dataFile, itemLine, "item '" + id + "' has no step-by-step guide (walkthrough)",
                "write the guide, then add: walkthrough: <topic>/<guide>#<section>, e.g. dich-vu-cong/dang-ky-khai-sinh#cac-buoc"));
      }
      return null;
    }
    String ref = String.valueOf(w).strip();
    int line = lines.key(item, "walkthrough", 1);
    int hash = ref.indexOf('#');
    String path = (hash < 0 ? ref : ref.substring(0, hash)).replaceAll("^/+|/+$", "") + "/";
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    if (!content.byUrl().containsKey(path)) {
      diagnostics.error(
          dataFile, line, "walkthrough '" + ref + "' of item '" + id + "' is not a guide of the site",
          "write it as <topic>/<guide>#<section>, e.g. dich-vu-cong/dang-ky-khai-sinh#cac-buoc");
      return null;
    }
    return new DataItem.Walkthrough(path, fragment, line);
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

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }
}
