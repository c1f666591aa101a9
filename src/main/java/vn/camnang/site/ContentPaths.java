package vn.camnang.site;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;

/**
 * Where a file path an editor wrote (in a body, {@code ![Ảnh](…)}, or a header, {@code image: …})
 * points in {@code content/}. One rule for both, so a file gets the same processing however it is
 * written (issue 15):
 *
 * <ul>
 *   <li>{@code buoc-1.png}, {@code ../images/a.png}: relative to the page's folder, as on disk;
 *   <li>{@code images/a.png}: else relative to {@code content/} (sites moved from Hugo and Jekyll);
 *   <li>{@code /images/a.png}: site-rooted, i.e. {@code content/images/a.png}, or the file's
 *       published path ({@code /chu-ky-so/so-do.png} for {@code content/Chữ ký số/so-do.png}).
 * </ul>
 */
final class ContentPaths {
  private ContentPaths() {}

  /** The places {@code path} may mean, in the order they are tried; all inside content/. */
  static List<Path> candidates(SiteContent content, Page page, String path) {
    Path contentDir = content.contentDir();
    List<Path> out = new ArrayList<>();
    try {
      if (path.startsWith("/")) {
        add(out, contentDir, contentDir.resolve(path.replaceFirst("^/+", "")));
      } else {
        add(out, contentDir, page.baseDir().resolve(path));
        add(out, contentDir, contentDir.resolve(path));
      }
    } catch (InvalidPathException e) {
      // not a file name: no candidate
    }
    return out;
  }

  private static void add(List<Path> out, Path contentDir, Path p) {
    Path n = p.normalize();
    if (n.startsWith(contentDir) && !out.contains(n)) {
      out.add(n);
    }
  }

  /** The content file {@code path} names, if any. */
  static Optional<StaticFile> file(
      SiteContent content, Map<String, StaticFile> filesByOutput, Page page, String path) {
    for (Path p : candidates(content, page, path)) {
      StaticFile f = content.files().get(p);
      if (f != null) {
        return Optional.of(f);
      }
    }
    if (path.startsWith("/")) {
      return Optional.ofNullable(filesByOutput.get(path.replaceFirst("^/+", "")));
    }
    return Optional.empty();
  }

  /** For messages: where {@code path} was looked for, as {@code content/…} paths. */
  static String lookedIn(SiteContent content, Page page, String path) {
    List<String> names = new ArrayList<>();
    for (Path p : candidates(content, page, path)) {
      names.add("content/" + content.contentDir().relativize(p).toString().replace('\\', '/'));
    }
    return names.isEmpty() ? "outside content/" : String.join(", ", names);
  }
}
