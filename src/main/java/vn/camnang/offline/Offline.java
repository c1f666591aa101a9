package vn.camnang.offline;

import vn.camnang.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  static final String SEARCH_PAGE = "tim-kiem/index.html";
  private static final String WORKER_SOURCE = "/camnang/offline/sw.js";

  private Offline() {}

  /** Writes the offline page, the manifest and the worker; returns the shell the worker saves. */
  public static Precache write(
      SiteConfig config,
      SiteContent content,
      Map<String, String> assets,
      OutputSink out,
      TemplateEngine templates,
      ModelBuilder models,
      Diagnostics diagnostics) {
    boolean page = writePage(content, out, templates, models, diagnostics);
    out.writeString(MANIFEST, WebManifest.json(config, assets));
    String code = workerSource();
    Precache shell = Precache.of(shellFiles(content, assets, page, out), out, code);
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
      SiteContent content, Map<String, String> assets, boolean offlinePage, OutputSink out) {
    List<String> files = new ArrayList<>();
    files.add("index.html");
    for (Topic t : content.topics()) {
      files.add(t.page().outputPath());
    }
    files.add(SEARCH_PAGE);
    if (offlinePage) {
      files.add(PAGE_URL + "index.html");
    }
    files.add(MANIFEST);
    assets.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("images/"))
        .map(Map.Entry::getValue)
        .sorted()
        .forEach(files::add);
    files.addAll(searchShell(out));
    return files;
  }

  private static final Pattern META =
      Pattern.compile("\"n\":(\\d+),\"chunk\":(\\d+),\"shards\":\\[([^\\]]*)\\]");
  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

  /**
   * Up to this many bytes (before gzip) the whole search index is saved at install, so every query
   * works offline (the bundled site: ~160 KB). Above it only {@code search/meta.js}, what the first
   * query needs before it knows which word shards to ask for, is; the worker saves shards and
   * excerpt files as they are read, under the build's id (at 10,000 guides the index is ~16 MB,
   * ~4 MB gzip: too much to download at install on a phone).
   */
  static final long PRECACHE_SEARCH_BYTES = 512 * 1024;

  /**
   * The search files of the shell: every index file ({@link #searchFiles}) while they weigh at most
   * {@link #PRECACHE_SEARCH_BYTES} together, else only {@code search/meta.js}.
   */
  static List<String> searchShell(OutputSink out) {
    List<String> all = searchFiles(out);
    long bytes = 0;
    for (String f : all) {
      byte[] b = out.read(f);
      bytes += b == null ? 0 : b.length;
    }
    return bytes <= PRECACHE_SEARCH_BYTES ? all : all.stream().limit(1).toList();
  }

  /**
   * The search index files, as {@code search/meta.js} lists them (format in {@code
   * vn.camnang.search}): the meta file, a word shard per prefix, an excerpt file per 32 pages.
   */
  static List<String> searchFiles(OutputSink out) {
    byte[] meta = out.read("search/meta.js");
    if (meta == null) {
      return List.of();
    }
    List<String> files = new ArrayList<>(List.of("search/meta.js"));
    Matcher m = META.matcher(new String(meta, StandardCharsets.UTF_8));
    if (m.find()) {
      Matcher shard = STRING.matcher(m.group(3));
      while (shard.find()) {
        files.add("search/t/" + shard.group(1) + ".js");
      }
      int pages = Integer.parseInt(m.group(1));
      int chunk = Math.max(1, Integer.parseInt(m.group(2)));
      for (int i = 0; i * chunk < pages; i++) {
        files.add("search/x/" + i + ".js");
      }
    }
    return files;
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
