package vn.camnang.content;

import java.util.List;

/** A topic folder: its {@code index.md} page and its published guides in reading order. */
public record Topic(String slug, Page page, List<Page> guides) {
  public Topic {
    guides = List.copyOf(guides);
  }

  public String title() {
    return page.title();
  }
}
