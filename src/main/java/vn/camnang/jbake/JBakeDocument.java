package vn.camnang.jbake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * One content file of a JBake project, as read.
 *
 * @param sourcePath the file relative to {@code content/}, with '/' separators
 * @param status {@code published}, {@code draft}, {@code published-date} (when its date has not
 *     come yet) or any other status the header gives (written, but in no {@code published_*} list)
 * @param date from the header; the file's modification time when the header has none ({@code
 *     dateFromFile}), as JBake does
 * @param tags from {@code tags=a,b}, trimmed; null when the header has no {@code tags}
 * @param fields the header as JBake stores it: text values, JSON objects ({@code {…}}) as maps
 * @param body the Markdown or HTML after the header
 * @param bodyLine 1-based line of the file where {@code body} starts
 * @param uri where the page is written, relative to the output root, ASCII: {@code
 *     blog/2026/first-post.html}, or {@code blog/2026/first-post/index.html} under {@code
 *     uri.noExtension}
 * @param noExtensionUri {@code blog/2026/first-post/} under {@code uri.noExtension=true}, else null
 */
public record JBakeDocument(
    Path source,
    String sourcePath,
    Format format,
    String type,
    String status,
    Instant date,
    boolean dateFromFile,
    List<String> tags,
    Map<String, Object> fields,
    String body,
    int bodyLine,
    String uri,
    String noExtensionUri) {

  /** How the body is written. */
  public enum Format {
    MARKDOWN,
    /** JBake's raw HTML content ({@code .html}): the body is used as written */
    HTML
  }

  public static final String PUBLISHED = "published";
  public static final String DRAFT = "draft";
  public static final String PUBLISHED_DATE = "published-date";

  public JBakeDocument {
    tags = tags == null ? null : List.copyOf(tags);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** In the {@code published_*} lists, the feed, the sitemap and the tag pages. */
  public boolean isPublished() {
    return PUBLISHED.equals(status);
  }

  /** Written to the output: everything but drafts and posts whose publication date is to come. */
  public boolean isWritten() {
    return !DRAFT.equals(status) && !PUBLISHED_DATE.equals(status);
  }

  public String title() {
    Object t = fields.get("title");
    return t == null ? null : String.valueOf(t);
  }

  /** The link to the page: {@code noExtensionUri} when there is one, else {@code uri}. */
  public String href() {
    return noExtensionUri != null ? noExtensionUri : uri;
  }

  /** The folder the page is written in, relative to the output root: {@code blog/2026/} or "". */
  public String folder() {
    return folderOf(uri);
  }

  /** JBake's {@code content.rootpath}, but right at every depth: {@code ./}, {@code ../../} … */
  public String rootpath() {
    return rootpathOf(uri);
  }

  static String folderOf(String outputPath) {
    int slash = outputPath.lastIndexOf('/');
    return slash < 0 ? "" : outputPath.substring(0, slash + 1);
  }

  /** The relative path from a file written at {@code outputPath} to the output root. */
  public static String rootpathOf(String outputPath) {
    int depth = (int) outputPath.chars().filter(c -> c == '/').count();
    return depth == 0 ? "./" : "../".repeat(depth);
  }
}
