package vn.camnang.offline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.camnang.util.Hashing;

/**
 * The files the service worker saves at install (the site's shell), and the version that names its
 * caches.
 *
 * @param entries the files, in the order given, each once
 * @param version 10 hex digits of SHA-256 over every entry's URL and bytes and the worker's code
 */
public record Precache(List<Entry> entries, String version) {
  /**
   * One file of the shell.
   *
   * @param url relative to the site's root, as the worker lists it: {@code "./"}, {@code "vssid/"},
   *     {@code "assets/css/site.1a2b3c4d5e.css"}
   * @param file the output file: {@code "index.html"}, {@code "vssid/index.html"}, …
   * @param bytes its size
   */
  public record Entry(String url, String file, long bytes) {}

  public Precache {
    entries = List.copyOf(entries);
    Objects.requireNonNull(version, "version");
  }

  /**
   * Hashes each file's bytes as this build made them. Files {@code built} does not have (a page
   * whose rendering failed) are left out.
   *
   * @param files output paths; folder pages as {@code vssid/index.html}
   * @param built the bytes of the build's files by output path (the records of the earlier steps)
   * @param workerCode the worker's code, part of the version so a new worker gets new caches
   */
  static Precache of(List<String> files, Map<String, byte[]> built, String workerCode) {
    List<Entry> entries = new ArrayList<>();
    StringBuilder material = new StringBuilder(Hashing.sha256Hex(workerCode)).append('\n');
    for (String file : files.stream().distinct().toList()) {
      byte[] bytes = built.get(file);
      if (bytes == null) {
        continue;
      }
      Entry e = new Entry(url(file), file, bytes.length);
      entries.add(e);
      material.append(e.url()).append(' ').append(Hashing.sha256Hex(bytes)).append('\n');
    }
    String version = Hashing.shortHash(material.toString().getBytes(StandardCharsets.UTF_8), 10);
    return new Precache(entries, version);
  }

  /** {@code index.html} → {@code ./}, {@code vssid/index.html} → {@code vssid/}; files as they are. */
  static String url(String file) {
    if (file.equals("index.html")) {
      return "./";
    }
    return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
  }

  public List<String> urls() {
    return entries.stream().map(Entry::url).toList();
  }

  /** The bytes a phone downloads at install (before compression). */
  public long bytes() {
    return entries.stream().mapToLong(Entry::bytes).sum();
  }
}
