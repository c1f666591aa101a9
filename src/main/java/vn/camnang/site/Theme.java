package vn.camnang.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import vn.camnang.content.SourceTree;
import vn.camnang.diag.Diagnostics;

/**
 * The files of a theme's {@code assets/}: the site's own folder over the built-in theme shipped in
 * the jar (the repository's {@code assets/}), file by file. A site with only {@code content/} still
 * gets CSS, JS and icons.
 */
final class Theme {
  private Theme() {}

  /** As {@link #assets(Path, Diagnostics)} where the listing was already checked and reported. */
  static Map<String, Path> assets(Path siteAssets) {
    return assets(siteAssets, new Diagnostics());
  }

  /**
   * Logical path ({@code "css/site.css"}) → file, site files winning over built-in ones. A link in
   * the site's folder that leaves it is reported to {@code diagnostics} and left out.
   */
  static Map<String, Path> assets(Path siteAssets, Diagnostics diagnostics) {
    Map<String, Path> out = new TreeMap<>();
    Path builtin = builtinAssets();
    if (builtin != null) {
      list(builtin, out, diagnostics);
    }
    if (siteAssets != null && Files.isDirectory(siteAssets)) {
      list(siteAssets, out, diagnostics);
    }
    return out;
  }

  /** {@link SourceTree}'s rules (hidden and temporary names skipped, no links out of the folder). */
  private static void list(Path root, Map<String, Path> out, Diagnostics diagnostics) {
    SourceTree tree = SourceTree.of(root);
    try {
      for (Path p : tree.files("assets", diagnostics)) {
        out.put(tree.root().relativize(p).toString().replace('\\', '/'), p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path builtinAssets() {
    URL url = Theme.class.getResource("/camnang/theme/assets");
    if (url == null) {
      return null;
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/camnang/theme/assets");
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      return null;
    }
  }
}
