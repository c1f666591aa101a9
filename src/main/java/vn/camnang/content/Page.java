package vn.camnang.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One page of the site, as read from a Markdown file.
 *
 * @param source the Markdown file
 * @param sourcePath {@code source} relative to {@code content/}, with '/' separators
 * @param url the page's URL relative to the site root, always ending in '/' ({@code ""} for home):
 *     {@code "vssid/dang-ky/"}; written as {@code url + "index.html"}
 * @param topic the slug of the page's topic, or null for home and standalone pages
 * @param slug the last URL segment ({@code ""} for home)
 * @param markdown the body, after the header
 * @param bodyLine 1-based line of the file where {@code markdown} starts
 * @param data for a page made from a data item, what it was made from; else null
 */
public record Page(
    Kind kind,
    Path source,
    String sourcePath,
    String url,
    String topic,
    String slug,
    FrontMatter meta,
    String markdown,
    int bodyLine,
    DataItem data) {

  /** A page read from a Markdown file (not made from data). */
  public Page(
      Kind kind,
      Path source,
      String sourcePath,
      String url,
      String topic,
      String slug,
      FrontMatter meta,
      String markdown,
      int bodyLine) {
    this(kind, source, sourcePath, url, topic, slug, meta, markdown, bodyLine, null);
  }

  /**
   * The hash of the page's place only ({@code sourcePath}, {@code url}): pages are looked up as map
   * keys several times per page rendered (topic, neighbours, model), and the record's own hash would
   * hash the whole header (its maps and lists) every time. Equal pages have equal places, so this
   * agrees with {@link #equals}.
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(sourcePath) + Objects.hashCode(url);
  }

  /** What a page is, by where it sits in {@code content/}. */
  public enum Kind {
    /** {@code content/index.md} */
    HOME,
    /** {@code content/<topic>/index.md} */
    TOPIC,
    /** {@code content/<topic>/<guide>.md} or {@code content/<topic>/<guide>/index.md} */
    GUIDE,
    /** {@code content/<page>.md}: a standalone page such as "Dành cho Tổ công nghệ số" */
    PAGE,
    /** one page per item of a data file (e.g. each of the 25 services), see {@code dataPages} */
    DATA
  }

  public String title() {
    return meta.title();
  }

  /** The folder relative links in this page's Markdown are resolved against. */
  public Path baseDir() {
    return source.getParent();
  }

  /** The output file, relative to the output root. */
  public String outputPath() {
    return url + "index.html";
  }

  /** How many folders deep the page's output is: 0 for home, 2 for a guide. */
  public int depth() {
    return (int) url.chars().filter(c -> c == '/').count();
  }

  /** The relative path from this page to the site root: {@code "./"} or {@code "../../"}. */
  public String root() {
    int d = depth();
    return d == 0 ? "./" : "../".repeat(d);
  }
}
