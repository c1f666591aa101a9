package vn.camnang.site;

import java.nio.file.Path;
import java.util.Optional;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.jbake.JBakeContent;
import vn.camnang.jbake.JBakeDocument;
import vn.camnang.markdown.LinkRewriter;

/**
 * Links in the Markdown of a JBake document. JBake users write URLs, so a link is left as written
 * unless it names a file under {@code content/}, relative to the Markdown file:
 *
 * <pre>
 * [next](second-post.md)            → the page's URL, relative: second-post.html (or ../second-post/)
 * ![beach](beach.jpg)               → where the file is written, relative to the page (also under
 *                                     uri.noExtension, where the page sits one folder deeper)
 * [about](/about.html), [x](https://…), [y](../tags/java.html)   → as written
 * </pre>
 *
 * A link to a Markdown file that does not exist or is a draft is an error with its line.
 *
 * <p>A body is also shown on other pages (the index, tag pages, the feed), where a link relative to
 * its own page would point elsewhere; for those, {@link #fromRoot} writes the same links from the
 * site's root path ({@code /blog/2026/first-post/}).
 */
final class JBakeLinks implements LinkRewriter {
  private final JBakeDocument page;
  private final JBakeContent content;
  private final Diagnostics diagnostics;
  private final String rootPath;
  private boolean rewrote;

  /** Links relative to the page itself; problems are reported to {@code diagnostics}. */
  JBakeLinks(JBakeDocument page, JBakeContent content, Diagnostics diagnostics) {
    this(page, content, diagnostics, null);
  }

  private JBakeLinks(
      JBakeDocument page, JBakeContent content, Diagnostics diagnostics, String rootPath) {
    this.page = page;
    this.content = content;
    this.diagnostics = diagnostics;
    this.rootPath = rootPath;
  }

  /**
   * Links from the site's root path ({@code rootPath} is {@code /} or {@code /sub/}), for a body
   * shown on other pages; reports nothing (the relative pass did).
   */
  static JBakeLinks fromRoot(JBakeDocument page, JBakeContent content, String rootPath) {
    return new JBakeLinks(page, content, null, rootPath);
  }

  /** True once a link was changed: only then does a body need its second, root-based form. */
  boolean rewroteAny() {
    return rewrote;
  }

  @Override
  public String rewrite(String url, int line, boolean image, String text) {
    String u = url.strip();
    if (LinkTargets.isAddress(u) || u.startsWith("/")) {
      return url;
    }
    LinkTargets.Split split = LinkTargets.split(u);
    String rest = split.suffix();
    Path resolved = LinkTargets.resolve(page.source().getParent(), split.path());
    if (resolved == null || !resolved.startsWith(content.contentDir())) {
      return url;
    }
    int fileLine = page.bodyLine() + line - 1;
    Optional<JBakeDocument> doc = content.bySource(resolved);
    if (doc.isPresent()) {
      if (!doc.get().isWritten()) {
        report(
            LinkTargets.notPublished(
                page.source(),
                fileLine,
                doc.get().sourcePath(),
                "status=" + doc.get().status(),
                "publish it (status=published) or remove the link"));
        return url;
      }
      return target(doc.get().href()) + rest;
    }
    String written = content.files().get(resolved);
    if (written != null) {
      return target(written) + rest;
    }
    if (LinkTargets.isMarkdown(resolved)) {
      report(
          LinkTargets.missingPage(
              page.source(),
              fileLine,
              url,
              "link to the Markdown file of another page, relative to this file"));
    }
    return url;
  }

  private String target(String siteRelative) {
    rewrote = true;
    return rootPath == null ? Urls.relative(page.folder(), siteRelative) : rootPath + siteRelative;
  }

  private void report(Diagnostic d) {
    if (diagnostics != null) {
      diagnostics.add(d);
    }
  }
}
