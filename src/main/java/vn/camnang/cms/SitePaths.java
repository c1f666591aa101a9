package vn.camnang.cms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where the CMS may read and write, as repository-relative paths ({@code content/vssid/x/index.md}).
 *
 * <ul>
 *   <li>read: anything under {@code content/} and {@code data/};
 *   <li>write a page: {@code content/<page>.md}, {@code content/<topic>/index.md},
 *       {@code content/<topic>/<guide>.md}, {@code content/<topic>/<guide>/index.md};
 *   <li>write data: {@code data/<name>.yaml};
 *   <li>write media: only inside a guide's bundle {@code content/<topic>/<guide>/<file>}, images
 *       and clips only (no SVG, no HTML: they could run scripts on the site's own address).
 * </ul>
 *
 * No {@code ..}, no absolute path, no hidden or {@code _} segment, and no symbolic link on the way:
 * the nearest existing folder must really be inside {@code content/} or {@code data/}.
 */
final class SitePaths {
  static final Set<String> MEDIA =
      Set.of("png", "jpg", "jpeg", "webp", "gif", "avif", "mp4", "webm", "pdf");
  private static final Set<String> ROOTS = Set.of("content", "data");

  private final Path site;

  SitePaths(Path site) {
    this.site = site.toAbsolutePath().normalize();
  }

  Path site() {
    return site;
  }

  /** The path's segments after the basic checks (no traversal, no hidden parts, known root). */
  String[] segments(String rel) throws Refusal {
    if (rel == null || rel.isBlank()) {
      throw outside(rel);
    }
    String r = rel.strip();
    while (r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    if (r.startsWith("/") || r.contains("\\") || r.indexOf('\0') >= 0 || r.contains(":") || r.isEmpty()) {
      throw outside(rel);
    }
    String[] parts = r.split("/");
    for (String p : parts) {
      if (p.isEmpty() || p.equals(".") || p.equals("..") || p.startsWith(".") || p.startsWith("_") || p.endsWith("~")) {
        throw outside(rel);
      }
    }
    if (!ROOTS.contains(parts[0])) {
      throw outside(rel);
    }
    return parts;
  }

  static Refusal outside(String rel) {
    return new Refusal(
        403,
        "Không được phép: '" + rel + "' nằm ngoài content/ và data/ (the CMS only reads and writes"
            + " inside content/ and data/)");
  }

  /** An existing or new path, checked for reading. */
  Path forRead(String rel) throws Refusal {
    String[] parts = segments(rel);
    Path p = site.resolve(String.join("/", parts)).normalize();
    checkReal(p, parts[0], rel);
    return p;
  }

  /** What a write to {@code rel} would be. */
  enum Kind {
    PAGE,
    DATA,
    MEDIA
  }

  Kind kindOf(String rel) throws Refusal {
    String[] parts = segments(rel);
    String name = parts[parts.length - 1];
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (parts[0].equals("data")) {
      if (parts.length == 2 && (ext.equals("yaml") || ext.equals("yml"))) {
        return Kind.DATA;
      }
      throw new Refusal(403, "Không được phép: trong data/ chỉ sửa được tệp .yaml (" + rel + ")");
    }
    if (ext.equals("md")) {
      boolean ok =
          parts.length == 2
              || parts.length == 3
              || (parts.length == 4 && name.equals("index.md"));
      if (!ok) {
        throw new Refusal(
            403,
            "Không được phép: '" + rel + "' không phải là một bài (a guide is content/<topic>/<guide>/index.md)");
      }
      return Kind.PAGE;
    }
    if (parts.length == 4 && MEDIA.contains(ext)) {
      return Kind.MEDIA;
    }
    if (parts.length == 4) {
      throw new Refusal(
          403, "Không được phép: loại tệp '." + ext + "' (ảnh: png, jpg, webp, gif; clip: mp4, webm; pdf)");
    }
    throw new Refusal(
        403,
        "Không được phép: ảnh chỉ được đặt trong thư mục của một bài (content/<chủ-đề>/<bài>/), không phải '" + rel + "'");
  }

  /** A path checked for writing: no link on the way, inside its root for real. */
  Path forWrite(String rel) throws Refusal {
    String[] parts = segments(rel);
    kindOf(rel);
    Path p = site.resolve(String.join("/", parts)).normalize();
    if (Files.isSymbolicLink(p)) {
      throw new Refusal(403, "Không được phép: '" + rel + "' là một liên kết (symbolic link)");
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refusal(403, "Không được phép: '" + rel + "' là một thư mục");
    }
    checkReal(p, parts[0], rel);
    return p;
  }

  private void checkReal(Path p, String root, String rel) throws Refusal {
    try {
      Path rootDir = site.resolve(root);
      if (!Files.isDirectory(rootDir)) {
        throw outside(rel);
      }
      Path realRoot = rootDir.toRealPath();
      Path existing = p;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (existing == null || !existing.toRealPath().startsWith(realRoot)) {
        throw outside(rel);
      }
    } catch (IOException e) {
      throw outside(rel);
    }
  }

  String relative(Path p) {
    return site.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
