package vn.camnang.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.diag.Severity;
import vn.camnang.imaging.ImageProcessor;
import vn.camnang.imaging.ProcessStats;
import vn.camnang.offline.Offline;
import vn.camnang.output.DiscardOutput;
import vn.camnang.output.OutputFile;
import vn.camnang.output.OutputSink;
import vn.camnang.output.StagedOutput;
import vn.camnang.search.SearchDoc;
import vn.camnang.share.QrCache;
import vn.camnang.share.ShareCards;
import vn.camnang.share.SharePlan;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;

/**
 * One build of a loaded native {@link Site}: the step sequence, each step timed, and the only code
 * that writes to the {@link OutputSink}. Each step takes values and returns a record of what it
 * made (see docs/ARCHITECTURE.md, "The steps"); this class writes the records, in order, then
 * swaps the output in. Made per build from an immutable {@link BuildRequest}; holds no state
 * between builds.
 */
final class SiteBuild {
  private final Site site;
  private final BuildOptions options;
  private final SiteConfig config;
  private final SiteContent content;
  private final Diagnostics diagnostics;
  private final BuildRequest request;
  private final List<BuildResult.Step> steps;
  private final QrCache qrCodes;

  /**
   * Which pages a build renders.
   *
   * @param only the URLs of the pages to render; null renders every page
   * @param keptFrom the last clean build's record when the other pages are kept from its output
   *     (an incremental build); else null
   * @param reused how many pages are kept instead of rendered
   * @param keptDocs the kept pages' search text, from the last clean build
   */
  record RenderPlan(Set<String> only, PageManifest keptFrom, int reused, Map<String, SearchDoc> keptDocs) {}

  /**
   * A committed build and what the next incremental build and {@code serve} need of it.
   *
   * @param searchDocs every page's search text, rendered now or kept
   * @param renderer what renders one page of this build ({@code serve} keeps it)
   */
  record Built(
      BuildResult result, RenderStep.RenderedPages rendered, Map<String, SearchDoc> searchDocs, PageRenderer renderer) {}

  SiteBuild(Site site, Diagnostics diagnostics, List<BuildResult.Step> loadSteps, BuildRequest request) {
    this.site = site;
    this.options = site.options();
    this.config = site.config();
    this.content = site.content();
    this.diagnostics = diagnostics;
    this.request = request;
    this.steps = new ArrayList<>(loadSteps);
    this.qrCodes = new QrCache(cacheDir("qr"));
  }

  /**
   * Renders and writes the site into a staging folder, then swaps it in. Nothing is written to the
   * output folder unless every step succeeded. Renders only the pages whose body changed when the
   * last clean build's record allows it ({@link PageManifest}).
   */
  BuildResult staged() {
    SortedMap<String, BasicFileAttributes> sources; // one walk for both records
    String inputs;
    try {
      sources = BuildManifest.sourceFiles(options);
      inputs = BuildManifest.inputs(options, sources, rel -> false);
    } catch (IOException e) {
      sources = null;
      inputs = null;
    }
    PageManifest pages = null;
    Set<String> changed = null;
    Map<String, SearchDoc> keptDocs = Map.of();
    if (request.only() == null && sources != null) {
      long t0 = System.nanoTime();
      try {
        pages = PageManifest.of(options, sources, content);
        changed = request.force() ? null : pages.changedSince(options);
      } catch (IOException | RuntimeException e) {
        pages = null; // no page-level reuse this time: a full build
      }
      if (changed != null) {
        // the kept pages' search text: from the last clean build's record, never read back from its output
        keptDocs = new HashMap<>(SearchDocStore.read(options, pages.recordedOutput()));
        keptDocs.keySet().removeAll(changed);
        if (!coversKeptPages(keptDocs, changed)) {
          changed = null; // no record of some: a full build
        }
      }
      PageManifest.forget(options); // recorded again below only if this build is clean
      steps.add(new BuildResult.Step("plan", (System.nanoTime() - t0) / 1_000_000));
    }
    long t0 = System.nanoTime();
    try (StagedOutput out =
        changed == null ? StagedOutput.begin(options.output()) : StagedOutput.beginFrom(options.output())) {
      steps.add(new BuildResult.Step(changed == null ? "stage" : "clone", (System.nanoTime() - t0) / 1_000_000));
      RenderPlan plan = new RenderPlan(request.only(), null, 0, Map.of());
      if (changed != null) {
        // only these bodies changed since the last clean build: every other page is kept as it is
        Set<String> only = Set.copyOf(changed);
        plan = new RenderPlan(only, pages, content.pages().size() - changed.size(), keptDocs);
      }
      SearchDocStore.forget(options);
      Built built = into(out, plan);
      if (built == null) {
        // an edited page now shows or links other files: which originals and image versions the
        // output needs is no longer known from the last build, so build everything (staging
        // discarded, the site read afresh)
        return Site.load(options).build(request.forced());
      }
      BuildResult result = built.result();
      if (inputs != null && result.diagnostics().isEmpty()) {
        // only clean builds: warnings are printed every time
        String outputs = BuildManifest.record(options, inputs);
        if (pages != null && outputs != null) {
          pages.record(options, outputs, built.rendered().mediaKeys(), built.rendered().firstImages());
          SearchDocStore.write(options, outputs, built.searchDocs().values());
        }
      }
      return result;
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(options.output(), 0, "cannot write the site: " + e.getMessage()));
    }
  }

  /** Renders the requested pages into {@code out} and commits it if there was no error. */
  Built into(OutputSink out) {
    return into(out, Map.of());
  }

  /**
   * As {@link #into(OutputSink)}, for {@code serve}, which renders a few pages and keeps the rest.
   *
   * @param keptDocs every page's search text as the last build left it ({@link Built#searchDocs}):
   *     the pages this build does not render keep theirs
   */
  Built into(OutputSink out, Map<String, SearchDoc> keptDocs) {
    Map<String, SearchDoc> kept = new HashMap<>(request.only() == null ? Map.of() : keptDocs);
    if (request.only() != null) {
      kept.keySet().removeAll(request.only());
    }
    return into(out, new RenderPlan(request.only(), null, 0, kept));
  }

  /** Whether the record holds the search text of every indexed page an incremental build keeps. */
  private boolean coversKeptPages(Map<String, SearchDoc> kept, Set<String> rendered) {
    for (Page p : content.pages()) {
      if (SearchPages.indexed(p) && !rendered.contains(p.url()) && !kept.containsKey(p.url())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The steps of one build, in order, each timed; only this method writes to {@code out}. Null
   * when an incremental plan turned out not to give a full build's output (nothing committed).
   */
  private Built into(OutputSink out, RenderPlan plan) {
    if (!config.hasBaseUrl()) {
      diagnostics.add(
          new Diagnostic(
              config.file(),
              0,
              0,
              options.production() ? Severity.ERROR : Severity.WARNING,
              "baseUrl is not set: Zalo previews, sitemap.xml, feed.xml and QR codes need the"
                  + " site's absolute address",
              "add baseUrl: https://your-domain/ to site.yaml, or pass --base-url"));
      diagnostics.throwIfErrors();
    }
    diagnostics.addAll(EditorChecks.run(config, content, options.production()));
    try {
      AssetFiles assets = timed("assets", () -> write(out, AssetFiles.read(options.source(), diagnostics)));
      TemplateEngine templates = new TemplateEngine(options.source().resolve("templates"));
      MediaPlan media = new MediaPlan(new ImageProcessor(cacheDir("images")), diagnostics);
      HeaderFiles headerFiles = new HeaderFiles(content, diagnostics);
      ShareCards cards = ShareImages.cards(config, content, options.source(), assets);
      ShareImages shareImages = new ShareImages(config, options.source(), assets, headerFiles, cards);
      if (plan.keptFrom() != null) { // the pages kept: their bodies, and so their first images, are unchanged
        Map<String, String> kept = new HashMap<>(plan.keptFrom().recordedImages());
        kept.keySet().removeAll(plan.only());
        shareImages.kept(kept);
      }
      SharePlan share = new SharePlan(config, content, shareImages::forPage, diagnostics);
      ModelBuilder models =
          timed(
              "model",
              () ->
                  new ModelBuilder(
                      config, content, p -> headerFiles.pageImage(p, media),
                      icon -> headerFiles.iconUrl(icon, assets.urls()), assets.urls(), site.data(), share::forPage));
      PageRenderer renderer =
          new PageRenderer(config, content, templates, models, media, headerFiles.filesByOutput(), shareImages, cards);
      Set<String> shellPages = new HashSet<>(Offline.shellPages(content));
      RenderStep.RenderedPages rendered =
          timed(
              "render",
              () ->
                  new RenderStep(config, content, renderer, diagnostics, request.progress())
                      .run(plan.only(), shellPages, f -> out.write(f.path(), f.bytes())));
      if (plan.keptFrom() != null) {
        for (String url : plan.only()) {
          String key = rendered.mediaKeys().get(url);
          if (key != null && !key.equals(plan.keptFrom().recordedMedia(url))) {
            return null;
          }
          String first = rendered.firstImages().get(url); // another share card: the old one would stay
          if (first != null && !first.equals(plan.keptFrom().recordedImage(url))) {
            return null;
          }
        }
      }
      if (cards != null && plan.only() == null) {
        // every page's card, as every page's template may not ask for its own (pruned otherwise)
        content.pages().forEach(shareImages::forPage);
      }
      Map<String, SearchDoc> searchDocs = new HashMap<>();
      plan.keptDocs().forEach((url, doc) -> searchDocs.put(url, SearchPages.kept(content, doc)));
      searchDocs.putAll(rendered.searchDocs());
      timed("share", () -> write(out, ShareFiles.make(config, content, share, qrCodes, templates, models, diagnostics)));
      SearchPages.SearchFiles search =
          timed("search", () -> SearchPages.make(content, searchDocs, templates, models, out instanceof DiscardOutput, diagnostics));
      search.index().forEach(out::write);
      if (search.page() != null) {
        out.writeString(SearchPages.PAGE_FILE, search.page());
      }
      ProcessStats imageStats = timed("images", () -> processImages(media, out));
      // incremental: every content file is as the last build left it, and so is what each page asks of
      // it (checked above), so the kept output already holds exactly the files a full build would copy
      int files = plan.keptFrom() != null ? 0 : timed("media", () -> copy(out, media.originals(content.files().values())));
      timed("feeds", () -> write(out, Feeds.files(config, content, templates, models, diagnostics)));
      Map<String, byte[]> built = shellSources(out, plan, shellPages, rendered, assets, search);
      timed(
          "offline",
          () ->
              write(
                  out,
                  Offline.make(
                      config, content, assets.urls(), SearchPages.PAGE_FILE, search.indexFiles(),
                      search.indexBytes(), built, templates, models, diagnostics).files()));
      if (cards != null) { // after every step that renders a page: each asked for its card
        timed("cards", () -> cards.make(f -> out.write(f.path(), f.bytes())));
      }
      diagnostics.throwIfErrors();
      Site.swap(steps, out);
      if (plan.only() == null) { // pages not rendered did not ask for their images and codes
        media.processor().pruneCache();
        qrCodes.prune();
        if (cards != null) {
          cards.prune();
        }
      }
      BuildResult result =
          new BuildResult(
              rendered.count(), plan.reused(), files + assets.urls().size(), imageStats.processed(),
              imageStats.fromCache(), diagnostics.sorted(), steps);
      return new Built(result, rendered, searchDocs, renderer);
    } catch (UncheckedIOException e) {
      throw new BuildException(
          Diagnostic.error(
              options.output(), 0, "cannot write the site: " + e.getCause().getMessage()));
    }
  }

  /**
   * The files the offline shell may hold, from the records of the steps before it: the rendered
   * home and topic pages, the search page and index, the assets. A shell page this build did not
   * render (an incremental build or {@code serve} renders a few) is kept from the previous output
   * as it is, so its bytes are read from there.
   */
  private static Map<String, byte[]> shellSources(
      OutputSink out,
      RenderPlan plan,
      Set<String> shellPages,
      RenderStep.RenderedPages rendered,
      AssetFiles assets,
      SearchPages.SearchFiles search) {
    Map<String, byte[]> built = new HashMap<>(rendered.shellPages());
    if (plan.only() != null) {
      for (String page : shellPages) {
        byte[] kept = built.containsKey(page) ? null : out.read(page);
        if (kept != null) {
          built.put(page, kept);
        }
      }
    }
    assets.files().forEach(f -> built.put(f.path(), f.bytes()));
    built.putAll(search.index());
    if (search.page() != null) {
      built.put(SearchPages.PAGE_FILE, OutputFile.text(SearchPages.PAGE_FILE, search.page()).bytes());
    }
    return built;
  }

  /** Images are streamed (variants are large): each is copied from the cache as soon as it exists. */
  private ProcessStats processImages(MediaPlan media, OutputSink out) {
    AtomicInteger n = new AtomicInteger();
    ProcessStats stats = media.processor().processAll((path, file) -> {
      out.copy(file, path);
      request.progress().update("ảnh", n.incrementAndGet(), 0);
    });
    media.report(stats.failures());
    media.posters().forEach(out::writeString);
    return stats;
  }

  private static AssetFiles write(OutputSink out, AssetFiles assets) {
    write(out, assets.files());
    return assets;
  }

  private static Void write(OutputSink out, List<OutputFile> files) {
    files.forEach(f -> out.write(f.path(), f.bytes()));
    return null;
  }

  /** Copies content files as they are (streamed from their source). */
  private static int copy(OutputSink out, List<StaticFile> files) {
    files.parallelStream().forEach(f -> out.copy(f.source(), f.outputPath()));
    return files.size();
  }

  /** A cache of this site, kept across builds: {@code <site>/.camnang/cache/<name>}. */
  private Path cacheDir(String name) {
    return options.source().resolve(".camnang").resolve("cache").resolve(name);
  }

  private <T> T timed(String name, Supplier<T> work) {
    return Site.timed(steps, name, work);
  }
}
