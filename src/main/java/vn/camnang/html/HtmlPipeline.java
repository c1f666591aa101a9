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

  /** Whether this is the {@link #standard} chain, which {@link OnePass} can stand in for. */
  private final boolean standard;

  public HtmlPipeline(List<HtmlTransformer> transformers) {
    this(transformers, false);
  }

  private HtmlPipeline(List<HtmlTransformer> transformers, boolean standard) {
    this.transformers = List.copyOf(transformers);
    this.standard = standard;
  }

  /**
   * Told about every body the standard chain was asked to transform with {@link #transform(String,
   * boolean, PageContext)}: a test compares both paths on whole sites. Null (nobody) in a build.
   */
  interface Observer {
    /**
     * @param onePass what the one-pass path made, or null when the page went through Jsoup
     */
    void transformed(String html, PageContext context, boolean plain, TransformedBody onePass);
  }

  static volatile Observer observer;

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
            Transformers::images),
        true);
  }

  /**
   * The body after the chain. A {@code plain} body ({@code MarkdownEngine.Rendered#plain}) of the
   * standard chain is made in one pass over flexmark's HTML when it can be ({@link OnePass}: the
   * same bytes and text, without a Jsoup document); any other goes through Jsoup.
   */
  public TransformedBody transform(String html, boolean plain, PageContext context) {
    OnePass.Result r = plain && standard ? OnePass.render(html, context) : null;
    TransformedBody fast = r == null ? null : TransformedBody.of(r);
    Observer o = observer;
    if (o != null) {
      o.transformed(html, context, plain, fast);
    }
    return fast != null ? fast : TransformedBody.of(transform(html, context));
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
