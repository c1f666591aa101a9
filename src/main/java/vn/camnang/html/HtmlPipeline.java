package vn.camnang.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An ordered chain of {@link HtmlTransformer}s applied to a rendered Markdown body with Jsoup.
 * Stateless and thread-safe: one per build, used by all render threads.
 */
public final class HtmlPipeline {
  private final List<HtmlTransformer> transformers;

  public HtmlPipeline(List<HtmlTransformer> transformers) {
    this.transformers = List.copyOf(transformers);
  }

  /** The standard chain for page bodies. */
  public static HtmlPipeline standard() {
    return new HtmlPipeline(
        List.of(
            RawHtml::clean,
            Transformers::headingIds,
            Transformers::videos,
            Transformers::responsiveImages,
            Transformers::tableScroll,
            Transformers::externalLinks,
            Transformers::printUrls,
            Transformers::images));
  }

  public String process(String html, PageContext context) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    for (HtmlTransformer t : transformers) {
      t.apply(body, context);
    }
    return body.html();
  }
}
