package vn.camnang.html;

import org.jsoup.nodes.Element;

/** One small step of HTML post-processing on a page body; each is testable on its own snippet. */
@FunctionalInterface
public interface HtmlTransformer {
  void apply(Element body, PageContext context);
}
