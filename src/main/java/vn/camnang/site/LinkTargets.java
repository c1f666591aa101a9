package vn.camnang.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.camnang.diag.Diagnostic;

/**
 * The one rule for what a link in a page's Markdown points at, shared by native pages ({@link
 * PageLinks}) and JBake documents ({@link JBakeLinks}):
 *
 * <ul>
 *   <li>an address ({@code https://…}, {@code mailto:…}, {@code //host/…}, {@code #part}, empty) is
 *       left as written;
 *   <li>otherwise the text before {@code ?} or {@code #} is a percent-encoded path, resolved
 *       against the Markdown file's folder; the query and fragment are kept as written;
 *   <li>a {@code .md} path names the page made from that file: a published page gives its URL, a
 *       page not published is "link to a page that is not published", no such file is "link to a
 *       missing page", both errors at the link's line.
 * </ul>
 *
 * What each kind of site adds is its own: native pages also take site-rooted paths, page URLs and
 * folders (their {@code index.md}); JBake leaves rooted paths and paths outside {@code content/} as
 * written.
 */
final class LinkTargets {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  private LinkTargets() {}

  /** A link's path, decoded, and what followed it ({@code ?q#f}) as written. */
  record Split(String path, String suffix) {}

  /** Not a path of the site: empty, a fragment of this page, protocol-relative, or with a scheme. */
  static boolean isAddress(String u) {
    return u.isEmpty() || u.startsWith("#") || u.startsWith("//") || SCHEME.matcher(u).matches();
  }

  /** {@code ../a%20b.md?x#y} → {@code ../a b.md} and {@code ?x#y}. */
  static Split split(String u) {
    int i = u.indexOf('?');
    int j = u.indexOf('#');
    int cut = i < 0 ? j : j < 0 ? i : Math.min(i, j);
    return cut < 0 ? new Split(decode(u), "") : new Split(decode(u.substring(0, cut)), u.substring(cut));
  }

  /** {@code path} against the Markdown file's folder, or null if it is no usable path. */
  static Path resolve(Path markdownFolder, String path) {
    try {
      return markdownFolder.resolve(path).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The link names a Markdown file, i.e. a page. */
  static boolean isMarkdown(Path resolved) {
    return resolved.toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** A link to a {@code .md} file from which no page is made. */
  static Diagnostic missingPage(Path from, int line, String url, String hint) {
    return Diagnostic.error(from, line, "link to a missing page: '" + url + "'", hint);
  }

  /**
   * A link to a page that exists but is not written.
   *
   * @param why what keeps it back as its header says it, e.g. {@code draft: true}
   */
  static Diagnostic notPublished(Path from, int line, String targetSourcePath, String why, String hint) {
    return Diagnostic.error(
        from,
        line,
        "link to a page that is not published: content/" + targetSourcePath + " (" + why + ")",
        hint);
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
