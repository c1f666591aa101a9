package vn.camnang.offline;

import vn.camnang.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.SiteContent;
import vn.camnang.content.Topic;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputSink;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;

/**
 * The {@code offline} build step, after every page and file is written: the offline page, {@code
 * manifest.webmanifest}, then {@code sw.js} with the shell it saves (see the package description).
 */
public final class Offline {
  /** Where the offline page goes (Vietnamese, like {@code tim-kiem/}). */
  public static final String PAGE_URL = "khong-co-mang/";

  public static final String WORKER = "sw.js";
  public static final String MANIFEST = WebManifest.FILE;
  static final String PAGE_TITLE = "Bạn đang không có mạng";
  private static final String WORKER_SOURCE = "/camnang/offline/sw.js";

  private Offline() {}

  /**
   * Writes the offline page, the manifest and the worker; returns the shell the worker saves. With
   * {@code features: {offline: false}} writes nothing and returns an empty shell.
   *
   * @param searchPage the search page's output file (saved when the build wrote it)
   * @param searchFiles the search index files, in the order its meta file lists them
   * @param searchBytes what the search index files weigh together (a big index is not saved at
   *     install, {@link #searchShell})
   */
  public static Precache write(
      SiteConfig config,
      SiteContent content,
      Map<String, String> assets,
      String searchPage,
      List<String> searchFiles,
      long searchBytes,
      OutputSink out,
      TemplateEngine templates,
      ModelBuilder models,
      Diagnostics diagnostics) {
    if (!config.feature("offline")) {
      return new Precache(List.of(), "");
    }
    boolean page = writePage(content, out, templates, models, diagnostics);
    out.writeString(MANIFEST, WebManifest.json(config, assets));
    String code = workerSource();
    Precache shell =
        Precache.of(shellFiles(content, assets, page, searchPage, searchFiles, searchBytes), out, code);
    out.writeString(WORKER, worker(code, shell, page));
    return shell;
  }

  private static boolean writePage(
      SiteContent content,
      OutputSink out,
      TemplateEngine templates,
      ModelBuilder models,
      Diagnostics diagnostics) {
    if (!templates.exists("offline.ftl")) {
      return false;
    }
    if (content.byUrl().containsKey(PAGE_URL)) {
      diagnostics.add(
          Diagnostic.warning(
              content.byUrl().get(PAGE_URL).source(),
              0,
              "this page takes the URL " + PAGE_URL + ", where the offline page would go",
              "rename the page; phones without network are shown " + PAGE_URL
                  + " for pages they have not saved"));
      return false;
    }
    try {
      out.writeString(
          PAGE_URL + "index.html",
          templates.render("offline.ftl", models.forSpecial(PAGE_TITLE, "../", PAGE_URL)));
      return true;
    } catch (BuildException e) {
      diagnostics.addAll(e.diagnostics());
      return false;
    }
  }

  /**
   * The shell, as output files: home, topic pages, the search and offline pages, the manifest, the
   * theme's CSS, JS and icons (not {@code assets/images/}, link-preview pictures), the search index
   * (or only its meta file for a big site, {@link #searchShell}).
   */
  static List<String> shellFiles(
      SiteContent content,
      Map<String, String> assets,
      boolean offlinePage,
      String searchPage,
      List<String> searchFiles,
      long searchBytes) {
    List<String> files = new ArrayList<>();
    files.add("index.html");
    for (Topic t : content.topics()) {
      files.add(t.page().outputPath());
    }
    files.add(searchPage);
    if (offlinePage) {
      files.add(PAGE_URL + "index.html");
    }
    files.add(MANIFEST);
    assets.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("images/"))
        .map(Map.Entry::getValue)
        .sorted()
        .forEach(files::add);
    files.addAll(searchShell(searchFiles, searchBytes));
    return files;
  }

  /**
   * Up to this many bytes (before gzip) the whole search index is saved at install, so every query
   * works offline (the bundled site: ~160 KB). Above it only {@code search/meta.js}, what the first
   * query needs before it knows which word shards to ask for, is; the worker saves shards and
   * excerpt files as they are read, under the build's id (at 10,000 guides the index is ~16 MB,
   * ~4 MB gzip: too much to download at install on a phone).
   */
  static final long PRECACHE_SEARCH_BYTES = 512 * 1024;

  /**
   * The search files of the shell: every index file while they weigh at most {@link
   * #PRECACHE_SEARCH_BYTES} together, else only the first, {@code search/meta.js}.
   *
   * @param searchFiles the index files, in the order its meta file lists them (meta file first)
   * @param searchBytes what they weigh together, before compression
   */
  static List<String> searchShell(List<String> searchFiles, long searchBytes) {
    return searchBytes <= PRECACHE_SEARCH_BYTES ? searchFiles : searchFiles.stream().limit(1).toList();
  }

  /** The worker: its code with the version, the offline page and the shell's URLs filled in. */
  static String worker(String code, Precache shell, boolean offlinePage) {
    String urls =
        shell.urls().stream().map(u -> "  " + Json.str(u)).collect(Collectors.joining(",\n", "[\n", "\n]"));
    return code.replace("@VERSION@", Json.str(shell.version()))
        .replace("@OFFLINE@", Json.str(offlinePage ? PAGE_URL : ""))
        .replace("@PRECACHE@", urls);
  }

  static String workerSource() {
    try (InputStream in = Offline.class.getResourceAsStream(WORKER_SOURCE)) {
      if (in == null) {
        throw new IllegalStateException(WORKER_SOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
