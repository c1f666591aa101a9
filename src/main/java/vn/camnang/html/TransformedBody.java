package vn.camnang.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A page body after the HTML chain: its HTML, and what search takes from it (the {@code h2, h3}
 * texts and the text), as Jsoup's {@code eachText()} and {@code text()} give them. From the Jsoup
 * path they are read from its elements when asked; the one-pass path ({@link OnePass}) made them
 * with the HTML.
 */
public final class TransformedBody {
  private final String html;
  private final Element element;
  private final List<String> headings;
  private final String text;

  private TransformedBody(String html, Element element, List<String> headings, String text) {
    this.html = html;
    this.element = element;
    this.headings = headings;
    this.text = text;
  }

  static TransformedBody of(Element body) {
    return new TransformedBody(body.html(), body, null, null);
  }

  static TransformedBody of(OnePass.Result r) {
    return new TransformedBody(r.html(), null, r.headings(), r.text());
  }

  /** The body's HTML. */
  public String html() {
    return html;
  }

  /** The texts of its {@code h2} and {@code h3} headings that have any, in order. */
  public List<String> headings() {
    return element != null ? element.select("h2, h3").eachText() : headings;
  }

  /** Its text, white space normalised. */
  public String text() {
    return element != null ? element.text() : text;
  }

  /** Whether the one-pass path made it (no Jsoup document behind it). */
  public boolean onePass() {
    return element == null;
  }
}
