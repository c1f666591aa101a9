package vn.camnang.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page made from a data item ({@link Page.Kind#DATA}) knows beyond its header.
 *
 * @param template the template that renders it, e.g. {@code service.ftl}
 * @param item the item's fields as written in the data file (for templates: {@code item})
 * @param related the URLs of the guides the item lists ({@code guides:}), each a page of the site
 * @param parent the URL of the page shown as its breadcrumb parent, or null
 * @param walkthrough the guide section that walks the reader through it, or null
 */
public record DataItem(
    String template,
    Map<String, Object> item,
    List<String> related,
    String parent,
    Walkthrough walkthrough) {

  public DataItem {
    item = Collections.unmodifiableMap(new LinkedHashMap<>(item));
    related = List.copyOf(related);
  }

  /**
   * {@code walkthrough: <topic>/<guide>#<section>} of an item.
   *
   * @param url the guide's URL, e.g. {@code dich-vu-cong/dang-ky-khai-sinh/}
   * @param fragment the section's id, or {@code ""}
   * @param line the 1-based line of the {@code walkthrough:} key in the data file
   */
  public record Walkthrough(String url, String fragment, int line) {}
}
