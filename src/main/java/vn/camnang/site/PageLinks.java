package vn.camnang.site;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.html.ImageSet;
import vn.camnang.html.RawHtml;
import vn.camnang.markdown.LinkRewriter;
import vn.camnang.util.Hashing;
import vn.camnang.util.Strings;

/**
 * Resolves the links and images of one page. Editors link files as they see them on disk:
 *
 * <pre>
 * [xem thêm](../vssid/dang-ky.md)          → ../../vssid/dang-ky/
 * [chủ đề VssID](../../vssid/)             → ../../vssid/
 * ![Bước 1](buoc-1.png)                    → buoc-1.png (copied next to the page)
 * [trang](/vssid/dang-ky/)                 → ../../vssid/dang-ky/ (site-root links made relative)
 * </pre>
 *
 * A target that does not exist, is a draft, or lies outside {@code content/} is an error with the
 * Markdown line. External links ({@code https:}, {@code mailto:}, {@code tel:} …) are left as they
 * are.
 */
final class PageLinks implements LinkRewriter {
  /** Addresses that run code instead of opening a page: refused in Markdown links as in raw HTML. */
  private static final Pattern UNSAFE_SCHEME =
      Pattern.compile("(?is)^\\s*(javascript|vbscript|data\\s*:\\s*text)\\s*:.*|^\\s*data\\s*:\\s*text.*");

  /** {@code C:\…}, {@code file:…} or any backslash: a path on the editor's computer. */
  private static final Pattern WINDOWS_PATH = Pattern.compile("^[A-Za-z]:[\\\\/]|^file:|\\\\");

  private final Page page;
  private final SiteContent content;
  private final Diagnostics diagnostics;
  private final ImageInfo images;
  private final Map<String, StaticFile> filesByOutput;
  private final Map<String, int[]> sizes = new HashMap<>();

  PageLinks(
      Page page,
      SiteContent content,
      Map<String, StaticFile> filesByOutput,
      Diagnostics diagnostics,
      ImageInfo images,
      MediaPlan media) {
    this.page = page;
    this.content = content;
    this.filesByOutput = filesByOutput;
    this.diagnostics = diagnostics;
    this.images = images;
    this.media = media;
  }

  private final MediaPlan media;
  private String baseUrl;

  /** The site's own address: links to it are checked and made relative like site paths. */
  PageLinks baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return this;
  }
  private final Map<String, ImageSet> imageSets = new HashMap<>();

  /** Processed images of this page, by the URL written into its HTML. */
  Map<String, ImageSet> imageSets() {
    return imageSets;
  }

  /** Sizes of the images this page uses, by the URL written into its HTML. */
  Map<String, int[]> imageSizes() {
    return sizes;
  }

  private String firstImage;

  /** The page's first image as written (from the parsed tree, not in code), or null: its card's picture. */
  String firstImage() {
    return firstImage;
  }

  @Override
  public void image(String url, int line) {
    if (firstImage == null) {
      firstImage = url;
    }
  }

  /** A link to a fragment of a page, checked once every page is rendered. */
  record AnchorRef(Page from, int line, String targetUrl, String fragment) {}

  private final List<AnchorRef> anchors = new ArrayList<>();

  List<AnchorRef> anchors() {
    return anchors;
  }

  @Override
  public void rawHtml(String html, int line) {
    List<String> problems = RawHtml.problems(html);
    if (!problems.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              page.bodyLine() + line - 1,
              "raw HTML not allowed: " + String.join(", ", new LinkedHashSet<>(problems)),
              RawHtml.hint(problems)));
    }
  }

  private String currentText = "";

  @Override
  public String rewrite(String url, int line, boolean image, String text) {
    currentText = text == null ? "" : text;
    String u = url.strip();
    int fileLine0 = page.bodyLine() + line - 1;
    if (image && (text == null || text.isBlank())) {
      diagnostics.add(
          Diagnostic.warning(
              page.source(),
              fileLine0,
              "image '" + url + "' has no alt text: screen readers and slow connections show nothing",
              "describe the image: ![Bước 1: màn hình đăng ký](" + url + ")"));
    }
    if (u.startsWith("#") && u.length() > 1) {
      anchors.add(new AnchorRef(page, fileLine0, page.url(), LinkTargets.decode(u.substring(1))));
      return url;
    }
    if (UNSAFE_SCHEME.matcher(u).matches()) {
      String scheme = u.substring(0, u.indexOf(':') + 1).toLowerCase(Locale.ROOT);
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              fileLine0,
              (image ? "image" : "link") + " with a " + scheme + " address is not allowed: '" + url + "'",
              RawHtml.hint(List.of(scheme + " URL in href= on <a>"))));
      return url;
    }
    if (WINDOWS_PATH.matcher(u).find()) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              fileLine0,
              (image ? "image" : "link") + " '" + url + "' is a path on your computer, not a web address",
              image
                  ? "copy the image next to the guide and write only its name, e.g. ![Bước 1]("
                      + fileName(u.replace('\\', '/')) + ")"
                  : "link to another guide by its Markdown file with forward slashes,"
                      + " e.g. [xem thêm](../<guide>/index.md), or to a web page with https://…"));
      return url;
    }
    String own = ownSitePath(u);
    if (own != null) {
      u = own;
    } else if (isLocalAddress(u)) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              fileLine0,
              (image ? "image" : "link") + " to '" + url
                  + "' points at a computer (localhost or a private address), not at the published site",
              "for a page of this site write its path, e.g. " + localPath(u) + "; for another site, its public https:// address"));
      return url;
    }
    if (LinkTargets.isAddress(u)) {
      return url;
    }
    LinkTargets.Split split = LinkTargets.split(u);
    String path = split.path();
    String suffix = split.suffix();
    String fragment = suffix.contains("#") ? suffix.substring(suffix.indexOf('#')) : "";
    int fileLine = page.bodyLine() + line - 1;
    Optional<String> target = path.startsWith("/") ? Optional.empty() : fileRelative(path, fileLine, image);
    if (target == null) {
      return url; // already reported
    }
    if (target.isEmpty()) {
      // site-rooted (/images/a.png), relative to content/, or a file's published path: the same
      // file, with the same processing, as when written relative to the page (ContentPaths)
      Optional<StaticFile> file = ContentPaths.file(content, filesByOutput, page, path);
      target = file.isPresent() ? useFile(file.get(), fileLine, image) : Optional.empty();
      if (target == null) {
        return url; // reported
      }
    }
    if (target.isEmpty() && path.startsWith("/")) {
      String rooted = path.replaceFirst("^/+", "");
      target = siteRooted(rooted, fileLine, image); // a page's URL
      if (target == null) {
        return url;
      }
    }
    if (target.isEmpty()) {
      target = urlRelative(path, fileLine, image);
      if (target == null) {
        return url;
      }
    }
    if (target.isEmpty()) {
      report(url, fileLine, image);
      return url;
    }
    if (fragment.length() > 1 && !image) {
      anchors.add(new AnchorRef(page, fileLine, target.get(), LinkTargets.decode(fragment.substring(1))));
    }
    String rel = Urls.relative(page.url(), target.get());
    return rel + suffix;
  }

  /** Content files this page shows or links, as "image path" / "link path" (what it asks of the media step). */
  private final SortedSet<String> files = new TreeSet<>();

  /**
   * What this page asked of the media step, as one hash: an incremental build may keep the rest of
   * the output only if a re-rendered page still asks for exactly the same files.
   */
  String mediaKey() {
    return Hashing.sha256Hex(String.join("\n", files)).substring(0, 16);
  }

  /** A clip's poster: an image with the clip's name next to it (clip.jpg for clip.mp4), if any. */
  private void posterFor(StaticFile clip, String clipUrl, int fileLine) {
    String stem = clip.source().getFileName().toString().replaceFirst("\\.[^.]+$", "");
    for (String ext : List.of(".jpg", ".jpeg", ".png", ".webp")) {
      StaticFile poster = content.files().get(clip.source().resolveSibling(stem + ext));
      if (poster != null) {
        ImageSet set = media.image(page, poster, fileLine);
        if (set != null) {
          imageSets.put(clipUrl, set);
        }
        return;
      }
    }
    String poster = media.generatedPoster(clip, currentText);
    String rel = Urls.relative(page.url(), poster);
    imageSets.put(clipUrl, new ImageSet(1280, 720, List.of(),
        List.of(new ImageSet.Source(rel, 1280)), "image/svg+xml", rel, poster));
  }

  /** Resolves against the Markdown file's folder; null when an error was already reported. */
  private Optional<String> fileRelative(String path, int fileLine, boolean image) {
    Path resolved = LinkTargets.resolve(page.baseDir(), path);
    if (resolved == null) {
      return Optional.empty();
    }
    Path contentDir = content.contentDir();
    if (!resolved.startsWith(contentDir)) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              fileLine,
              (image ? "image" : "link") + " '" + path + "' points outside the content folder",
              "link only to guides and files inside content/"));
      return null;
    }
    if (Files.isDirectory(resolved)) {
      resolved = resolved.resolve("index.md");
    }
    if (LinkTargets.isMarkdown(resolved)) {
      Page target = content.bySource().get(resolved);
      if (target != null) {
        return Optional.of(target.url());
      }
      Page draft = content.drafts().get(resolved);
      if (draft != null) {
        diagnostics.add(
            LinkTargets.notPublished(
                page.source(),
                fileLine,
                draft.sourcePath(),
                "draft: true",
                "publish it (remove draft: true) or remove the link"));
        return null;
      }
      return Optional.empty();
    }
    StaticFile file = content.files().get(resolved);
    return file == null ? Optional.empty() : useFile(file, fileLine, image);
  }

  /**
   * A content file this page shows or links: images are processed (variants, width and height),
   * clips get a poster, other files are published. Null when an error was reported.
   */
  private Optional<String> useFile(StaticFile file, int fileLine, boolean image) {
    files.add((image ? "image " : "link ") + file.outputPath());
    String rel = Urls.relative(page.url(), file.outputPath());
    if (image && media != null && MediaPlan.isImage(file.outputPath())) {
      ImageSet set = media.image(page, file, fileLine);
      if (set == null) {
        return null; // reported
      }
      imageSets.put(rel, set);
    } else if (image && media != null && MediaPlan.isVideo(file.outputPath())) {
      posterFor(file, rel, fileLine);
    } else if (image) {
      images.size(file.source()).ifPresent(s -> sizes.put(rel, new int[] {s.width(), s.height()}));
    } else if (media != null) {
      media.linkedRaw(file.source());
    }
    return Optional.of(file.outputPath());
  }

  /** {@code /vssid/dang-ky/} or {@code /vssid/dang-ky/buoc-1.png}: a page URL or a copied file. */
  private Optional<String> siteRooted(String path, int fileLine, boolean image) {
    String asPage = path.isEmpty() || path.endsWith("/") ? path : path + "/";
    if (path.endsWith("index.html")) {
      asPage = path.substring(0, path.length() - "index.html".length());
    }
    if (content.byUrl().containsKey(asPage)) {
      return Optional.of(asPage);
    }
    StaticFile file = filesByOutput.get(path);
    return file == null ? Optional.empty() : useFile(file, fileLine, image);
  }

  /** A link written as a URL relative to the page ({@code ../dang-ky/}) rather than to its file. */
  private Optional<String> urlRelative(String path, int fileLine, boolean image) {
    if (path.endsWith(".md")) {
      return Optional.empty();
    }
    String joined = Path.of("/" + page.url()).resolve(path).normalize().toString().replace('\\', '/');
    if (joined.equals("/")) {
      return Optional.of("");
    }
    return siteRooted(joined.substring(1) + (path.endsWith("/") ? "/" : ""), fileLine, image);
  }

  private void report(String url, int fileLine, boolean image) {
    String guess = nearest(url, image);
    if (image) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              fileLine,
              "missing image: '" + url + "' was not found (looked for "
                  + ContentPaths.lookedIn(content, page, LinkTargets.decode(url.replaceFirst("[?#].*", ""))) + ")",
              guess != null
                  ? "did you mean '" + guess + "'?"
                  : "put the image next to the guide (content/<topic>/<guide>/" + fileName(url)
                      + "), or write its path from content/ (/images/" + fileName(url)
                      + " is content/images/" + fileName(url) + "), and check the spelling"));
    } else {
      diagnostics.add(
          LinkTargets.missingPage(
              page.source(),
              fileLine,
              url,
              guess != null
                  ? "did you mean '" + guess + "'?"
                  : "link to the guide's Markdown file, e.g. [xem thêm](" + example() + ")"));
    }
  }

  /** The existing guide or file whose name is closest to what {@code url} asked for, as it should be written. */
  private String nearest(String url, boolean image) {
    String u = url.strip().replaceAll("[?#].*$", "");
    boolean rooted = u.startsWith("/");
    u = LinkTargets.decode(u).replaceAll("/+$", "");
    if (u.endsWith("/index.md") || u.endsWith("/index.html")) {
      u = u.substring(0, u.lastIndexOf('/'));
    }
    String name = fileName(u).replaceFirst("(?i)\\.(md|html)$", "");
    if (name.isEmpty()) {
      return null;
    }
    if (image) {
      Map<String, Path> here = new TreeMap<>();
      Map<String, Path> all = new TreeMap<>();
      for (Path f : content.files().keySet()) {
        String n = f.getFileName().toString();
        all.putIfAbsent(n, f);
        if (f.getParent().equals(page.baseDir())) {
          here.put(n, f);
        }
      }
      String full = fileName(u);
      String best = Strings.nearestName(full, here.keySet());
      Path target = best != null ? here.get(best) : null;
      if (target == null) {
        best = Strings.nearestName(full, all.keySet());
        target = best == null ? null : all.get(best);
      }
      return target == null ? null : relativeFile(target);
    }
    Map<String, Page> bySlug = new TreeMap<>();
    for (Page p : content.bySource().values()) {
      if (p.source() == null || p.source().equals(page.source())) {
        continue;
      }
      bySlug.putIfAbsent(folderName(p), p);
    }
    String best = Strings.nearestName(name, bySlug.keySet());
    if (best == null) {
      return null;
    }
    Page target = bySlug.get(best);
    return rooted ? "/" + target.url() : relativeFile(target.source());
  }

  /** A guide's folder name ({@code content/t/<name>/index.md}) or file name without {@code .md}. */
  private static String folderName(Page p) {
    String f = p.source().getFileName().toString();
    return f.equalsIgnoreCase("index.md") && p.source().getParent() != null
        ? p.source().getParent().getFileName().toString()
        : f.replaceFirst("(?i)\\.md$", "");
  }

  private String relativeFile(Path target) {
    return page.baseDir().relativize(target).toString().replace('\\', '/');
  }

  /** A link to a real guide of the site, written from this page's folder: an example that works. */
  private String example() {
    Page other = null;
    for (Page p : content.pages()) {
      if (p.source() != null && !p.source().equals(page.source()) && p.kind() == Page.Kind.GUIDE) {
        if (other == null || (page.topic() != null && page.topic().equals(p.topic()) && !page.topic().equals(other.topic()))) {
          other = p;
        }
      }
    }
    if (other != null) {
      return relativeFile(other.source());
    }
    return page.source().getFileName().toString().equalsIgnoreCase("index.md") ? "../<guide>/index.md" : "<guide>/index.md";
  }

  /** A link to the site's own address ({@code baseUrl}), as a site path; null for any other. */
  private String ownSitePath(String u) {
    if (baseUrl == null || u.contains("?")) {
      return null;
    }
    String b = baseUrl.replaceFirst("^https?://", "");
    String v = u.replaceFirst("^(?i)https?://", "");
    if (v.equals(u) || !(v + (v.endsWith("/") ? "" : "/")).startsWith(b)) {
      return null;
    }
    return "/" + (v.length() >= b.length() ? v.substring(b.length()) : "");
  }

  private static boolean isLocalAddress(String u) {
    if (!u.matches("(?i)^https?://.*")) {
      return false;
    }
    try {
      String host = URI.create(u.replace(" ", "%20")).getHost();
      return host != null && EditorChecks.Links.isLocal(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String localPath(String u) {
    try {
      String p = URI.create(u.replace(" ", "%20")).getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  private static String fileName(String url) {
    int slash = url.lastIndexOf('/');
    return slash >= 0 ? url.substring(slash + 1) : url;
  }
}
