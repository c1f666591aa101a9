package vn.camnang.output;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;

/**
 * Who writes which output path, for native sites and JBake projects alike. Every producer (pages,
 * data pages, aliases and short links, copied content files, JBake documents, assets, index, tags,
 * archive, feed, sitemap) claims its path before writing; a second claim of one path is one error,
 * at the second source, naming both sources with their lines:
 *
 * <pre>
 * content/t/a.md: error: two files would be written to /t/a/: content/t/A/index.md and content/t/a.md
 * </pre>
 *
 * A page URL ({@code t/a/}) and the file it is written to ({@code t/a/index.html}) are one path.
 * Thread-safe: JBake's pages render in parallel.
 */
public final class OutputClaims {
  /**
   * One producer of an output path.
   *
   * @param name how a message names it, e.g. {@code content/t/a.md} or {@code archive.file}
   * @param file where the error points (null: no file)
   * @param line its line in {@code file}, 0 for the whole file
   */
  public record Source(String name, Path file, int line) {
    @Override
    public String toString() {
      return line > 0 ? name + ":" + line : name;
    }
  }

  private final Map<String, Source> owners;

  public OutputClaims() {
    this(new HashMap<>());
  }

  private OutputClaims(Map<String, Source> owners) {
    this.owners = owners;
  }

  /** A registry holding the same claims, to which a later step adds its own. */
  public synchronized OutputClaims copy() {
    return new OutputClaims(new HashMap<>(owners));
  }

  /**
   * Claims {@code path} for {@code who}. If another source holds it, reports the error to {@code
   * diagnostics} and returns false.
   *
   * @param path an output path or page URL without the leading {@code /}
   * @param hint how to fix a conflict, shown with the error
   */
  public synchronized boolean claim(String path, Source who, String hint, Diagnostics diagnostics) {
    Source other = owners.putIfAbsent(key(path), who);
    if (other == null) {
      return true;
    }
    diagnostics.add(
        Diagnostic.error(
            who.file(),
            who.line(),
            "two files would be written to /" + path + ": " + other + " and " + who,
            hint));
    return false;
  }

  /** The source that claimed {@code path}, if any. */
  public synchronized Optional<Source> owner(String path) {
    return Optional.ofNullable(owners.get(key(path)));
  }

  /** {@code t/a/} and {@code t/a/index.html} are one file; so are {@code ""} and {@code index.html}. */
  private static String key(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }
}
