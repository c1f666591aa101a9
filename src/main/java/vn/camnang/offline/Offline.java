package vn.camnang.offline;

import vn.camnang.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.SiteContent;
import vn.camnang.content.Topic;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputFile;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;

/**
 * The {@code offline} build step, after every page and file is made: the offline page, {@code
 * manifest.webmanifest}, then {@code sw.js} with the shell it saves (see the package description).
 * It returns its files ({@link Files}); the build writes them. The shell is hashed from the bytes
 * the earlier steps returned, never read back from the output.
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
   * What the {@code offline} step made: the offline page (when the theme has one), the manifest and
   * the worker, to be written by the build; and the shell the worker saves.
   */
  public record Files(List<OutputFile> files, Precache shell) {
    public Files {
      files = List.copyOf(files);
    }
  }

  /**
   * The offline page, the manifest and the worker, with the shell it saves.
   *
   * @param searchPage the search page's output file (in the shell when {@code built} has it)
   * @param searchFiles the search index files, in the order its meta file lists them
   * @param searchBytes what the search index files weigh together (a big index is not saved at
   *     install, {@link #searchShell})
   * @param built the files of this build the shell may hold, by output path: home and topic pages,
   *     the search page and index, the assets. A file missing here (a page whose rendering failed)
   *     is left out of the shell
   */
  public static Files make(
      SiteConfig config,
      SiteContent content,
      Map<String, String> assets,
      String searchPage,
      List<String> searchFiles,
      long searchBytes,
      Map<String, byte[]> built,
      TemplateEngine templates,
      ModelBuilder models,
      Diagnostics diagnostics) {
    if (!config.feature("offline")) {
      return new Files(List.of(), new Precache(List.of(), ""));
    }
    List<OutputFile> files = new ArrayList<>();
    OutputFile page = page(content, templates, models, diagnostics);
    if (page != null) {
      files.add(page);
    }
    files.add(OutputFile.text(MANIFEST, WebManifest.json(config, assets)));
    Map<String, byte[]> shellBytes = new HashMap<>(built);
    files.forEach(f -> shellBytes.put(f.path(), f.bytes()));
    String code = workerSource();
    Precache shell =
        Precache.of(
            shellFiles(content, assets, page != null, searchPage, searchFiles, searchBytes), shellBytes, code);
    files.add(OutputFile.text(WORKER, worker(code, shell, page != null)));
    return new Files(files, shell);
  }

  /** The offline page, or null (no {@code offline.ftl}, its URL taken, or a template error). */
  private static OutputFile page(
      SiteContent content, TemplateEngine templates, ModelBuilder models, Diagnostics diagnostics) {
    if (!templates.exists("offline.ftl")) {
      return null;
    }
    if (content.byUrl().containsKey(PAGE_URL)) {
      diagnostics.add(
          Diagnostic.warning(
              content.byUrl().get(PAGE_URL).source(),
              0,
              "this page takes the URL " + PAGE_URL + ", where the offline page would go",
              "rename the page; phones without network are shown " + PAGE_URL
                  + " for pages they have not saved"));
      return null;
    }
    try {
      return OutputFile.text(
          PAGE_URL + "index.html",
          templates.render("offline.ftl", models.forSpecial(PAGE_TITLE, "../", PAGE_URL)));
    } catch (BuildException e) {
      diagnostics.addAll(e.diagnostics());
      return null;
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
    List<String> files = new ArrayList<>(shellPages(content));
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

  /** The pages of the shell, as output files: home, then each topic page. */
  public static List<String> shellPages(SiteContent content) {
    List<String> files = new ArrayList<>();
    files.add("index.html");
    for (Topic t : content.topics()) {
      files.add(t.page().outputPath());
    }
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
