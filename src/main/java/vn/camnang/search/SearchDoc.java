package vn.camnang.search;

import java.util.List;
import java.util.Objects;

/**
 * One page as search sees it: plain text, no HTML.
 *
 * @param url site-relative, e.g. {@code "vssid/dang-ky-tai-khoan/"}
 * @param title the page title
 * @param topic the title of the page's topic, or {@code ""}
 * @param description the page's description, or {@code ""}
 * @param headings the section headings of the body, in order
 * @param tags the page's tags
 * @param text the plain body text
 */
public record SearchDoc(
    String url,
    String title,
    String topic,
    String description,
    List<String> headings,
    List<String> tags,
    String text) {

  public SearchDoc {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    topic = topic == null ? "" : topic;
    description = description == null ? "" : description;
    headings = headings == null ? List.of() : List.copyOf(headings);
    tags = tags == null ? List.of() : List.copyOf(tags);
    text = text == null ? "" : text;
  }
}
