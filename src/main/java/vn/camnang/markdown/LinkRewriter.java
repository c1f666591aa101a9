package vn.camnang.markdown;

/**
 * Decides what a link or image URL written in Markdown becomes in HTML. The markdown stage calls it
 * for every link, image and reference definition, with the 1-based line of the Markdown body; the
 * implementation (in the site stage, which knows pages and files) resolves {@code ../vssid/dang-ky.md}
 * to the target page's relative URL and reports missing targets.
 */
@FunctionalInterface
public interface LinkRewriter {
  /**
   * @param url the URL as written in Markdown
   * @param line 1-based line inside the Markdown body
   * @param image true for {@code ![alt](url)}
   * @param text the link text, or the image's alt text
   * @return the URL to write
   */
  String rewrite(String url, int line, boolean image, String text);

  /** Told about each piece of raw HTML in the Markdown (a block or an inline tag), with its line. */
  default void rawHtml(String html, int line) {}

  /**
   * Told about each image of the page in document order, before any URL is rewritten: its URL as
   * written ({@code ![a](url)}, or a reference-style {@code ![a][ref]}'s definition). Images in code
   * are text, not images: never told.
   */
  default void image(String url, int line) {}

  /** Leaves every URL as written. */
  LinkRewriter IDENTITY = (url, line, image, text) -> url;
}
