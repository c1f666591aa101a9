package vn.camnang.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.camnang.config.ConfigLoader;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.DataItem;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.imaging.ImageProcessor;
import vn.camnang.imaging.ProcessStats;
import vn.camnang.offline.Offline;
import vn.camnang.output.OutputSink;
import vn.camnang.output.StagedOutput;
import vn.camnang.search.SearchDoc;
import vn.camnang.share.Redirect;
import vn.camnang.share.ShareImage;
import vn.camnang.share.SharePlan;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;
import vn.camnang.util.Hashing;

/**
 * One build of one site. {@link #load} reads everything; {@link #build} reads like a table of
 * contents of named, timed steps. Everything a build needs lives in this object (no statics), so two
 * builds can run in one JVM.
 */
public final class Site implements Project {
  private final BuildOptions options;
  private final Diagnostics diagnostics;
  private final SiteConfig config;
  private final SiteContent content;
  private final Map<String, Object> data;
  private final List<BuildResult.Step> steps = new ArrayList<>();
  private Progress progress = Progress.NONE;
  private java.util.Set<String> renderOnly;


  /**
   * Which pages a build renders.
   *
   * @param only the URLs of the pages to render; null renders every page
   * @param keptFrom the last clean build's record when the other pages are kept from its output
   *     (an incremental build); else null
   * @param reused how many pages are kept instead of rendered
   * @param keptDocs the kept pages' search text, from the last clean build
   */
  record RenderPlan(
      Set<String> only, PageManifest keptFrom, int reused, Map<String, SearchDoc> keptDocs) {
    static final RenderPlan ALL = new RenderPlan(null, null, 0, Map.of());
  }

  /**
   * What the {@code render} step made besides the written pages.
   *
   * @param count pages rendered
   * @param mediaKeys what each rendered page asked of the media step ({@link PageLinks#mediaKey})
   * @param searchDocs each rendered page as search sees it, by URL
   */
  record RenderedPages(int count, Map<String, String> mediaKeys, Map<String, SearchDoc> searchDocs) {}

  /**
   * A committed build and what the next incremental build needs of it.
   *
   * @param searchDocs every page's search text, rendered now or kept
   */
  private record Built(BuildResult result, RenderedPages rendered, Map<String, SearchDoc> searchDocs) {}

  private Site(
      BuildOptions options,
      Diagnostics diagnostics,
      SiteConfig config,
      SiteContent content,
      Map<String, Object> data,
      List<BuildResult.Step> loadSteps) {
    this.options = options;
    this.diagnostics = diagnostics;
    this.config = config;
    this.content = content;
    this.data = data;
    this.steps.addAll(loadSteps);
    this.qrCodes = new vn.camnang.share.QrCache(options.source().resolve(".camnang").resolve("cache").resolve("qr"));
  }

  /** See {@link Project#upToDate}. */
  public static boolean upToDate(BuildOptions options) {
    return Project.upToDate(options);
  }

  /**
   * Reads a native site's config, content and data. Throws a {@link BuildException} if any of it
   * is invalid. ({@link Project#load} also takes JBake projects.)
   */
  public static Site load(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    List<BuildResult.Step> steps = new ArrayList<>();
    Path src = options.source();
    if (!Files.isDirectory(src)) {
      throw new BuildException(
          Diagnostic.error(src, 0, "site folder not found", "use --source to point at the site"));
    }
    if (vn.camnang.jbake.JBakeConfig.isJBakeProject(src)) { // jbake.properties and no site.yaml
      throw new IllegalArgumentException(src + " is a JBake project: load it with Project.load");
    }
    SiteConfig config =
        timed(steps, "config", () -> ConfigLoader.load(src, options.baseUrl(), diagnostics));
    java.util.Set<String> known = knownFields(src, config);
    SiteContent loaded =
        timed(
            steps,
            "content",
            () ->
                ContentLoader.load(
                    src.resolve("content"), diagnostics, config.dateFormat(), known));
    DataFiles data =
        timed(steps, "data", () -> DataFiles.load(src.resolve("data"), diagnostics));
    diagnostics.throwIfErrors();
    SiteContent content =
        loaded.withDataPages(DataPages.create(config, data, loaded, diagnostics), diagnostics);
    diagnostics.throwIfErrors();
    return new Site(options, diagnostics, config, content, data.values(), steps);
  }

  /**
   * Renders only the pages with these URLs (serve: a header edit re-renders the edited guide and
   * the pages that list it); every other step runs as usual. Null renders every page.
   */
  public Site renderOnly(java.util.Set<String> urls) {
    this.renderOnly = urls == null ? null : java.util.Set.copyOf(urls);
    return this;
  }

  /** Renders every page even when the last clean build's pages could be kept ({@code build --force}). */
  @Override
  public Site full() {
    this.full = true;
    return this;
  }

  private boolean full;

  /** Where long steps report how far they are (a terminal shows it; CI and pipes do not). */
  @Override
  public Site progress(Progress p) {
    this.progress = p;
    return this;
  }

  /**
   * The front-matter fields this site uses: the generator's and the built-in theme's ({@link
   * vn.camnang.content.FrontMatter#KNOWN}), those the site's own templates read, and those listed
   * under {@code fields:} in site.yaml.
   */
  public static java.util.Set<String> knownFields(Path source, SiteConfig config) {
    java.util.Set<String> known = new java.util.TreeSet<>(vn.camnang.content.FrontMatter.KNOWN);
    known.addAll(vn.camnang.template.TemplateFields.readBy(source.resolve("templates")));
    Object declared = config.raw().get("fields");
    if (declared instanceof java.util.Collection<?> c) {
      c.forEach(v -> known.add(String.valueOf(v)));
    } else if (declared != null) {
      known.add(String.valueOf(declared));
    }
    return java.util.Set.copyOf(known);
  }

  public SiteConfig config() {
    return config;
  }

  public SiteContent content() {
    return content;
  }

  /**
   * Renders and writes the site into a staging folder, then swaps it in. Nothing is written to the
   * output folder unless every step succeeded.
   */
  @Override
  public BuildResult build() {
    java.util.SortedMap<String, java.nio.file.attribute.BasicFileAttributes> sources; // one walk for both records
    String inputs;
    try {
      sources = BuildManifest.sourceFiles(options);
      inputs = BuildManifest.inputs(options, sources, rel -> false);
    } catch (IOException e) {
      sources = null;
      inputs = null;
    }
    PageManifest pages = null;
    java.util.Set<String> changed = null;
    if (renderOnly == null && sources != null) {
      long t0 = System.nanoTime();
      try {
        pages = PageManifest.of(options, sources, content, Site::firstImage);
        changed = full ? null : pages.changedSince(options);
      } catch (IOException | RuntimeException e) {
        pages = null; // no page-level reuse this time: a full build
      }
      PageManifest.forget(options); // recorded again below only if this build is clean
      steps.add(new BuildResult.Step("plan", (System.nanoTime() - t0) / 1_000_000));
    }
    long t0 = System.nanoTime();
    try (StagedOutput out =
        changed == null ? StagedOutput.begin(options.output()) : StagedOutput.beginFrom(options.output())) {
      steps.add(new BuildResult.Step(changed == null ? "stage" : "clone", (System.nanoTime() - t0) / 1_000_000));
      RenderPlan plan = RenderPlan.ALL;
      if (changed != null) {
        // only these bodies changed since the last clean build: every other page is kept as it is
        Set<String> only = Set.copyOf(changed);
        Map<String, SearchDoc> kept = new HashMap<>(SearchDocStore.read(options, pages.recordedOutput()));
        kept.keySet().removeAll(only); // the rest are read back from the output by the search step
        plan = new RenderPlan(only, pages, content.pages().size() - changed.size(), kept);
      }
      SearchDocStore.forget(options);
      Built built = build(out, plan);
      if (built == null) {
        // an edited page now shows or links other files: which originals and image versions the
        // output needs is no longer known from the last build, so build everything (staging
        // discarded, the site read afresh)
        return Site.load(options).progress(progress).full().build();
      }
      BuildResult result = built.result();
      if (inputs != null && result.diagnostics().isEmpty()) {
        // only clean builds: warnings are printed every time
        String outputs = BuildManifest.record(options, inputs);
        if (pages != null && outputs != null) {
          pages.record(options, outputs, built.rendered().mediaKeys());
          SearchDocStore.write(options, outputs, built.searchDocs().values());
        }
      }
      return result;
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(options.output(), 0, "cannot write the site: " + e.getMessage()));
    }
  }

  /**
   * Renders the whole site into {@code out} and commits it if there was no error. {@code serve}
   * passes a {@link vn.camnang.output.SyncedOutput}, {@code check} a {@link
   * vn.camnang.output.DiscardOutput}.
   */
  @Override
  public BuildResult build(OutputSink out) {
    RenderPlan plan = renderOnly == null ? RenderPlan.ALL : new RenderPlan(renderOnly, null, 0, Map.of());
    return build(out, plan).result();
  }

  /**
   * The steps of one build, in order, each timed; only this method writes to {@code out}. Null
   * when an incremental plan turned out not to give a full build's output (nothing committed).
   */
  private Built build(OutputSink out, RenderPlan plan) {
    if (!config.hasBaseUrl()) {
      diagnostics.add(
          new Diagnostic(
              config.file(),
              0,
              0,
              options.production() ? vn.camnang.diag.Severity.ERROR : vn.camnang.diag.Severity.WARNING,
              "baseUrl is not set: Zalo previews, sitemap.xml, feed.xml and QR codes need the"
                  + " site's absolute address",
              "add baseUrl: https://your-domain/ to site.yaml, or pass --base-url"));
      diagnostics.throwIfErrors();
    }
    diagnostics.addAll(EditorChecks.run(config, content, options.production()));
    try {
      Map<String, String> assets = timed(steps, "assets", () -> writeAssets(out));
      TemplateEngine templates = new TemplateEngine(options.source().resolve("templates"));
      ImageInfo imageInfo = new ImageInfo();
      MediaPlan media = new MediaPlan(new ImageProcessor(imageCacheDir()), diagnostics);
      cards = shareCards();
      SharePlan share =
          new SharePlan(config, content, p -> shareImage(p, assets, imageInfo), diagnostics);
      ModelBuilder models =
          timed(
              steps,
              "model",
              () ->
                  new ModelBuilder(
                      config, content, p -> pageImage(p, media), icon -> iconUrl(icon, assets), assets, data,
                      share::forPage));
      RenderedPages rendered =
          timed(steps, "render", () -> renderPages(out, templates, models, media, plan.only()));
      if (plan.keptFrom() != null) {
        for (String url : plan.only()) {
          String key = rendered.mediaKeys().get(url);
          if (key != null && !key.equals(plan.keptFrom().recordedMedia(url))) {
            return null;
          }
        }
      }
      Map<String, SearchDoc> searchDocs = new HashMap<>(plan.keptDocs());
      searchDocs.putAll(rendered.searchDocs());
      timed(steps, "share", () -> writeShare(out, templates, models, share));
      SearchPages.SearchFiles search =
          timed(steps, "search", () -> SearchPages.make(content, searchDocs, out, templates, models, diagnostics));
      search.index().forEach(out::write);
      if (search.page() != null) {
        out.writeString(SearchPages.PAGE_FILE, search.page());
      }
      ProcessStats imageStats = timed(steps, "images", () -> processImages(media, out));
      // incremental: every content file is as the last build left it, and so is what each page asks of
      // it (checked above), so the kept output already holds exactly the files a full build would copy
      int files = plan.keptFrom() != null ? 0 : timed(steps, "media", () -> copyMedia(out, media));
      timed(steps, "feeds", () -> writeFeeds(out, templates, models));
      timed(
          steps,
          "offline",
          () ->
              Offline.write(
                  config, content, assets, SearchPages.PAGE_FILE, search.indexFiles(),
                  search.indexBytes(), out, templates, models, diagnostics));
      if (cards != null) { // after every step that renders a page: each asked for its card
        timed(steps, "cards", () -> cards.write(out));
      }
      diagnostics.throwIfErrors();
      swap(steps, out);
      if (plan.only() == null) { // pages not rendered did not ask for their images and codes
        media.processor().pruneCache();
        qrCodes.prune();
        if (cards != null) {
          cards.prune();
        }
      }
      BuildResult result =
          new BuildResult(
              rendered.count(), plan.reused(), files + assets.size(), imageStats.processed(),
              imageStats.fromCache(), diagnostics.sorted(), steps);
      return new Built(result, rendered, searchDocs);
    } catch (UncheckedIOException e) {
      throw new BuildException(
          Diagnostic.error(
              options.output(), 0, "cannot write the site: " + e.getCause().getMessage()));
    }
  }

  /** Kept after a build so {@code serve} can re-render a single page. */
  private PageRenderer renderer;


  /** The values of every {@code id="…"} attribute in a rendered page (a plain scan: no regex). */
  static java.util.Set<String> ids(String html) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (int at = html.indexOf("id=\"", 1); at >= 0; at = html.indexOf("id=\"", at + 4)) {
      int end = html.indexOf('"', at + 4);
      if (end < 0) {
        break;
      }
      if (end > at + 4 && Character.isWhitespace(html.charAt(at - 1))) {
        found.add(html.substring(at + 4, end));
      }
    }
    return found;
  }

  /** QR codes, cached across builds in {@code <site>/.camnang/cache/qr}. */
  private final vn.camnang.share.QrCache qrCodes;

  /** Processed images are cached here, across builds: {@code <site>/.camnang/cache/images}. */
  private Path imageCacheDir() {
    return options.source().resolve(".camnang").resolve("cache").resolve("images");
  }

  private ProcessStats processImages(MediaPlan media, OutputSink out) {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    ProcessStats stats = media.processor().processAll((path, file) -> {
      out.copy(file, path);
      progress.update("ảnh", n.incrementAndGet(), 0);
    });
    media.report(stats.failures());
    media.posters().forEach(out::writeString);
    return stats;
  }

  private RenderedPages renderPages(
      OutputSink out, TemplateEngine templates, ModelBuilder models, MediaPlan media, Set<String> only) {
    renderer =
        new PageRenderer(config, content, templates, models, media, filesByOutput(), cards);
    List<Page> pages = new ArrayList<>(content.pages());
    if (content.home() == null) {
      pages.add(0, syntheticHome());
    }
    if (only != null) {
      pages.removeIf(p -> !only.contains(p.url()));
    }
    Map<String, String> mediaKeys = new ConcurrentHashMap<>();
    Map<String, SearchDoc> searchDocs = new ConcurrentHashMap<>();
    AtomicInteger written = new AtomicInteger();
    Map<String, java.util.Set<String>> ids = new java.util.concurrent.ConcurrentHashMap<>();
    List<PageLinks.AnchorRef> anchors = java.util.Collections.synchronizedList(new ArrayList<>());
    pages.parallelStream()
        .forEach(
            page -> {
              try {
                PageLinks links = render(page, out, ids, searchDocs);
                mediaKeys.put(page.url(), links.mediaKey());
                anchors.addAll(links.anchors());
                progress.update("trang", written.incrementAndGet(), pages.size());
              } catch (BuildException e) {
                diagnostics.addAll(e.diagnostics());
              } catch (StackOverflowError e) {
                diagnostics.add(
                    Diagnostic.error(
                        page.source(), 0, "this page is nested too deeply to render (lists or quotes inside each other)",
                        "flatten the nesting: a few levels are enough for any guide"));
              } catch (RuntimeException e) {
                diagnostics.add(
                    Diagnostic.error(
                        page.source(), 0, "internal error while rendering this page: " + e,
                        "please report it with this file attached"));
              }
            });
    if (only == null) {
      anchors.addAll(walkthroughAnchors());
      checkAnchors(anchors, ids); // needs every page's ids
    }
    return new RenderedPages(written.get(), Map.copyOf(mediaKeys), Map.copyOf(searchDocs));
  }

  /** Renders one page and writes it; keeps its search text and ids for the later checks. */
  private PageLinks render(
      Page page, OutputSink out, Map<String, Set<String>> ids, Map<String, SearchDoc> searchDocs) {
    PageRenderer.RenderedPage r = renderer.render(page, page, diagnostics);
    out.writeString(page.outputPath(), r.html());
    if (SearchPages.indexed(page)) {
      searchDocs.put(page.url(), SearchPages.doc(content, page, r.html(), r.body(), r.bodyElement()));
    }
    ids.put(page.url(), ids(r.html()));
    return r.links();
  }

  /** Data pages' walkthrough links ({@code guide#section}), checked like links in Markdown. */
  private List<PageLinks.AnchorRef> walkthroughAnchors() {
    List<PageLinks.AnchorRef> out = new ArrayList<>();
    for (Page p : content.pages()) {
      DataItem.Walkthrough w = p.data() == null ? null : p.data().walkthrough();
      if (w != null && !w.fragment().isEmpty()) {
        out.add(new PageLinks.AnchorRef(p, w.line(), w.url(), w.fragment()));
      }
    }
    return out;
  }

  /** Links to {@code page#fragment} whose fragment is no id of the rendered page: a warning. */
  private void checkAnchors(List<PageLinks.AnchorRef> anchors, Map<String, java.util.Set<String>> ids) {
    for (PageLinks.AnchorRef a : anchors) {
      java.util.Set<String> targetIds = ids.get(a.targetUrl());
      if (targetIds != null && !targetIds.contains(a.fragment())) {
        diagnostics.add(
            Diagnostic.warning(
                a.from().source(),
                a.line(),
                "link to '#" + a.fragment() + "' on /" + a.targetUrl() + ": no such heading or anchor there",
                "headings get ids from their text, e.g. '## Các bước' → #cac-buoc"));
      }
    }
  }

  /** What renders one page, once this site was built (for {@code serve}); null before. */
  public PageRenderer renderer() {
    return renderer;
  }

  private Page syntheticHome() {
    FrontMatter fm = FrontMatter.minimal(config.title(), config.description());
    return new Page(
        Page.Kind.HOME, content.contentDir().resolve("index.md"), "index.md", "", null, "", fm, "", 1);
  }

  /** A page's cover image (its {@code image} field) as a site-relative URL, or null. */
  private String pageImage(Page page, MediaPlan media) {
    String image = page.meta().image();
    if (image == null) {
      return null;
    }
    if (image.startsWith("http://") || image.startsWith("https://")) {
      return image;
    }
    StaticFile f = contentFile(page, image).orElse(null);
    if (f == null) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              page.meta().line("image"),
              "missing image: 'image: " + image + "' was not found (looked for "
                  + ContentPaths.lookedIn(content, page, image) + ")",
              "put the file next to the page (content/"
                  + content.contentDir().relativize(page.baseDir()).toString().replace('\\', '/')
                  + "/), or write its path from content/ (image: /images/a.png is content/images/a.png)"));
      return null;
    }
    return media.headerImage(page, f, page.meta().line("image"));
  }

  /** The content file a path written in a page names (ContentPaths: as in the page's body). */
  private Optional<StaticFile> contentFile(Page page, String path) {
    return ContentPaths.file(content, filesByOutput(), page, path);
  }

  private volatile Map<String, StaticFile> filesByOutput;

  /** Content files by the path they are published at (computed once: content does not change). */
  private Map<String, StaticFile> filesByOutput() {
    Map<String, StaticFile> m = filesByOutput;
    if (m == null) {
      Map<String, StaticFile> byOutput = new HashMap<>();
      content.files().values().forEach(f -> byOutput.put(f.outputPath(), f));
      filesByOutput = m = Map.copyOf(byOutput);
    }
    return m;
  }

  private String iconUrl(String icon, Map<String, String> assets) {
    String key = icon.endsWith(".svg") || icon.endsWith(".png") ? "icons/" + icon : "icons/" + icon + ".svg";
    String url = assets.get(key);
    if (url == null) {
      content.topics().stream()
          .filter(t -> icon.equals(t.page().meta().icon()))
          .forEach(
              t ->
                  diagnostics.add(
                      Diagnostic.warning(
                          t.page().source(),
                          t.page().meta().line("icon"),
                          "icon '" + icon + "' not found in assets/icons/",
                          "add assets/icons/" + icon + ".svg or use one of the existing icons")));
    }
    return url;
  }

  /** Per-page share cards ({@code features: shareCards}, on by default), or null when off. */
  private vn.camnang.share.ShareCards cards;

  private vn.camnang.share.ShareCards shareCards() {
    if (!config.feature("shareCards")) {
      return null;
    }
    Map<String, Path> theme = Theme.assets(options.source().resolve("assets"));
    String css = null;
    try {
      css = theme.containsKey("css/site.css") ? Files.readString(theme.get("css/site.css")) : null;
    } catch (IOException e) {
      // the default colours
    }
    return new vn.camnang.share.ShareCards(
        config, content, theme.get("icons/icon-192.png"), css,
        options.source().resolve(".camnang").resolve("cache").resolve("cards"));
  }

  /**
   * The preview image of a page: its own share card, or with {@code features: shareCards: false}
   * the site's one card ({@code image} in site.yaml, default {@code assets/images/the-chia-se.jpg}).
   */
  private ShareImage shareImage(Page page, Map<String, String> assets, ImageInfo info) {
    if (cards != null) {
      return cards.plan(page, cardThumbnail(page));
    }
    String siteImage = config.image();
    String key = siteImage == null ? "images/the-chia-se.jpg" : siteImage.replaceFirst("^/?assets/", "");
    String path = assets.get(key);
    if (path == null) {
      return null;
    }
    Path file = Theme.assets(options.source().resolve("assets")).get(key);
    int[] size = file == null ? new int[] {0, 0} : info.size(file).orElse(new int[] {0, 0});
    return new ShareImage(path, size[0], size[1], mime(path));
  }

  /** The picture a guide's card shows whole beside its title: its {@code image}, else its first image. */
  private Path cardThumbnail(Page p) {
    if (p.kind() != Page.Kind.GUIDE) {
      return null;
    }
    String image = p.meta().image() != null ? p.meta().image() : firstImage(p);
    if (image == null || image.startsWith("http") || !MediaPlan.isImage(image)) {
      return null;
    }
    return contentFile(p, image).map(StaticFile::source).orElse(null); // site-rooted paths too
  }

  private static final java.util.regex.Pattern FIRST_IMAGE =
      java.util.regex.Pattern.compile("!\\[[^\\]]*\\]\\(<?([^)>\\s]+)");

  /** The first image of a page's Markdown, as written, or null. */
  private static String firstImage(Page p) {
    java.util.regex.Matcher m = FIRST_IMAGE.matcher(p.markdown());
    return m.find() ? java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8) : null;
  }

  private static String mime(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    return p.endsWith(".png") ? "image/png" : p.endsWith(".webp") ? "image/webp" : "image/jpeg";
  }

  /** QR code files, alias and short-link redirect pages, printable topic handouts. */
  private Void writeShare(OutputSink out, TemplateEngine templates, ModelBuilder models, SharePlan share) {
    if (config.hasBaseUrl()) {
      content.pages().parallelStream()
          .forEach(p -> out.writeString(share.qrPath(p), qrCodes.svg(share.qrTarget(p))));
    }
    for (Redirect r : share.redirects()) {
      try {
        Map<String, Object> model = models.forPageAt(r.target(), r.folderUrl());
        model.put("redirect", Urls.relative(r.folderUrl(), r.target().url()));
        out.writeString(r.outputPath(), templates.render("redirect.ftl", model));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    if (templates.exists("handout.ftl")) {
      for (vn.camnang.content.Topic t : content.topics()) {
        String folder = t.page().url() + "in/";
        try {
          out.writeString(folder + "index.html", templates.render("handout.ftl", models.forPageAt(t.page(), folder)));
        } catch (BuildException e) {
          diagnostics.addAll(e.diagnostics());
        }
      }
    }
    return null;
  }

  /** Copies content files as they are; raster images only when a page links the file itself. */
  private int copyMedia(OutputSink out, MediaPlan media) {
    List<StaticFile> files = content.files().values().stream().filter(media::publishOriginal).toList();
    files.parallelStream().forEach(f -> out.copy(f.source(), f.outputPath()));
    return files.size();
  }

  /**
   * Copies {@code assets/} (site over built-in theme). CSS and JS get content-hashed names so they
   * can be cached forever: {@code css/site.css} → {@code assets/css/site.1a2b3c4d.css}.
   */
  private Map<String, String> writeAssets(OutputSink out) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : Theme.assets(options.source().resolve("assets"), diagnostics).entrySet()) {
      String logical = e.getKey();
      try {
        byte[] bytes = Files.readAllBytes(e.getValue());
        String written = "assets/" + logical;
        if (logical.endsWith(".css") || logical.endsWith(".js") || logical.startsWith("images/")) {
          int dot = written.lastIndexOf('.');
          written = written.substring(0, dot) + "." + Hashing.shortHash(bytes, 10) + written.substring(dot);
        }
        out.write(written, bytes);
        map.put(logical, written);
      } catch (IOException ex) {
        diagnostics.add(Diagnostic.error(e.getValue(), 0, "cannot read asset: " + ex.getMessage()));
      }
    }
    return map;
  }

  private Void writeFeeds(OutputSink out, TemplateEngine templates, ModelBuilder models) {
    out.writeString("robots.txt", Feeds.robots(config));
    if (config.hasBaseUrl()) {
      out.writeString("sitemap.xml", Feeds.sitemap(config, content));
      out.writeString("feed.xml", Feeds.atom(config, content));
    }
    if (templates.exists("404.ftl")) {
      String root = config.hasBaseUrl() ? java.net.URI.create(config.baseUrl()).getPath() : "/";
      try {
        out.writeString("404.html", templates.render("404.ftl", models.forSpecial("Không tìm thấy trang", root, "")));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    return null;
  }

  /** The last step of every build: the written site becomes the output. */
  static void swap(List<BuildResult.Step> steps, OutputSink out) {
    timed(
        steps,
        "swap",
        () -> {
          try {
            out.commit();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return null;
        });
  }

  static <T> T timed(List<BuildResult.Step> steps, String name, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      steps.add(new BuildResult.Step(name, (System.nanoTime() - t0) / 1_000_000));
    }
  }
}
