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
    return transform(html, context).html();
  }

  /**
   * The transformed body as a Jsoup element: its {@code html()} is what {@link #process} returns;
   * the build also reads its text for search without parsing the page again.
   */
  public Element transform(String html, PageContext context) {
    // a base URI lets the safelist accept relative links without running the cleaner
    Document doc = Jsoup.parseBodyFragment(html, RawHtml.BASE_URI);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    for (HtmlTransformer t : transformers) {
      t.apply(body, context);
    }
    return body;
  }
}
