package vn.camnang.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputFile;
import vn.camnang.util.Hashing;

/**
 * What the {@code assets} step made: {@code assets/} (the site's files over the built-in theme's),
 * CSS, JS and pictures under content-hashed names so they can be cached forever ({@code
 * css/site.css} → {@code assets/css/site.1a2b3c4d5e.css}).
 *
 * @param urls each asset's output path by its path under {@code assets/} ({@code css/site.css} →
 *     {@code assets/css/site.1a2b3c4d5e.css}), in the theme's order
 * @param files the files to write
 */
record AssetFiles(Map<String, String> urls, List<OutputFile> files) {
  AssetFiles {
    urls = Collections.unmodifiableMap(new LinkedHashMap<>(urls));
    files = List.copyOf(files);
  }

  /** Reads the assets of the site in {@code source}; an unreadable file is an error at its path. */
  static AssetFiles read(Path source, Diagnostics diagnostics) {
    Map<String, String> urls = new LinkedHashMap<>();
    List<OutputFile> files = new ArrayList<>();
    for (Map.Entry<String, Path> e : Theme.assets(source.resolve("assets"), diagnostics).entrySet()) {
      String logical = e.getKey();
      try {
        byte[] bytes = Files.readAllBytes(e.getValue());
        String written = "assets/" + logical;
        if (logical.endsWith(".css") || logical.endsWith(".js") || logical.startsWith("images/")) {
          int dot = written.lastIndexOf('.');
          written = written.substring(0, dot) + "." + Hashing.shortHash(bytes, 10) + written.substring(dot);
        }
        files.add(new OutputFile(written, bytes));
        urls.put(logical, written);
      } catch (IOException ex) {
        diagnostics.add(Diagnostic.error(e.getValue(), 0, "cannot read asset: " + ex.getMessage()));
      }
    }
    return new AssetFiles(urls, files);
  }

  /** The bytes of an asset by its path under {@code assets/} ({@code css/site.css}), or null. */
  byte[] bytes(String logical) {
    String written = urls.get(logical);
    if (written == null) {
      return null;
    }
    for (OutputFile f : files) {
      if (f.path().equals(written)) {
        return f.bytes();
      }
    }
    return null;
  }
}
