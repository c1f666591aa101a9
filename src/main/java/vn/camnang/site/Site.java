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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.camnang.config.ConfigLoader;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.html.HtmlPipeline;
import vn.camnang.html.PageContext;
import vn.camnang.markdown.MarkdownEngine;
import vn.camnang.output.StagedOutput;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;
import vn.camnang.util.Hashing;
import vn.camnang.util.Strings;

/**
 * One build of one site. {@link #load} reads everything; {@link #build} reads like a table of
 * contents of named, timed steps. Everything a build needs lives in this object (no statics), so two
 * builds can run in one JVM.
 */
public final class Site {
  private final BuildOptions options;
  private final Diagnostics diagnostics;
  private final SiteConfig config;
  private final SiteContent content;
  private final Map<String, Object> data;
  private final List<BuildResult.Step> steps = new ArrayList<>();

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
  }

  /** Reads config, content and data. Throws a {@link BuildException} if any of it is invalid. */
  public static Site load(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    List<BuildResult.Step> steps = new ArrayList<>();
    Path src = options.source();
    if (!Files.isDirectory(src)) {
      throw new BuildException(
          Diagnostic.error(src, 0, "site folder not found", "use --source to point at the site"));
    }
    SiteConfig config =
        timed(steps, "config", () -> ConfigLoader.load(src, options.baseUrl(), diagnostics));
    SiteContent loaded =
        timed(
            steps,
            "content",
            () -> ContentLoader.load(src.resolve("content"), diagnostics, jbakeDateFormat(config)));
    Map<String, Object> data =
        timed(steps, "data", () -> DataFiles.load(src.resolve("data"), diagnostics));
    diagnostics.throwIfErrors();
    SiteContent content =
        loaded.withDataPages(DataPages.create(config, data, loaded, diagnostics), diagnostics);
    diagnostics.throwIfErrors();
    return new Site(options, diagnostics, config, content, data, steps);
  }

  private static java.time.format.DateTimeFormatter jbakeDateFormat(SiteConfig config) {
    Object f = config.raw().get("date.format");
    try {
      return f == null ? null : java.time.format.DateTimeFormatter.ofPattern(String.valueOf(f));
    } catch (IllegalArgumentException e) {
      return null;
    }
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
  public BuildResult build() {
    if (!config.hasBaseUrl()) {
      diagnostics.add(
          Diagnostic.warning(
              config.file(),
              0,
              "baseUrl is not set: sitemap.xml and feed.xml are not written, and share previews"
                  + " cannot have absolute links",
              "add baseUrl: https://your-domain/ to site.yaml, or pass --base-url"));
    }
    try (StagedOutput out = StagedOutput.begin(options.output())) {
      Map<String, String> assets = timed(steps, "assets", () -> writeAssets(out));
      TemplateEngine templates = new TemplateEngine(options.source().resolve("templates"));
      ModelBuilder models =
          timed(
              steps,
              "model",
              () ->
                  new ModelBuilder(
                      config, content, this::pageImage, icon -> iconUrl(icon, assets), assets, data));
      int pages = timed(steps, "render", () -> renderPages(out, templates, models));
      timed(steps, "search", () -> SearchPages.write(content, out, templates, models, diagnostics));
      int files = timed(steps, "media", () -> copyMedia(out));
      timed(steps, "feeds", () -> writeFeeds(out, templates, models));
      diagnostics.throwIfErrors();
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
      return new BuildResult(pages, files + assets.size(), diagnostics.sorted(), steps);
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(options.output(), 0, "cannot write the site: " + e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new BuildException(
          Diagnostic.error(
              options.output(), 0, "cannot write the site: " + e.getCause().getMessage()));
    }
  }

  private int renderPages(StagedOutput out, TemplateEngine templates, ModelBuilder models) {
    MarkdownEngine markdown = new MarkdownEngine();
    HtmlPipeline html = HtmlPipeline.standard();
    ImageInfo images = new ImageInfo();
    Map<String, StaticFile> filesByOutput = new HashMap<>();
    content.files().values().forEach(f -> filesByOutput.put(f.outputPath(), f));
    List<Page> pages = new ArrayList<>(content.pages());
    if (content.home() == null) {
      pages.add(0, syntheticHome());
    }
    AtomicInteger written = new AtomicInteger();
    pages.parallelStream()
        .forEach(
            page -> {
              try {
                PageLinks links = new PageLinks(page, content, filesByOutput, diagnostics, images);
                String body = markdown.render(page.markdown(), links);
                body = html.process(body, new PageContext(page.url(), links.imageSizes(), config.baseUrl()));
                String rendered = templates.render(templateFor(page), models.forPage(page, body));
                out.writeString(page.outputPath(), rendered);
                written.incrementAndGet();
              } catch (BuildException e) {
                diagnostics.addAll(e.diagnostics());
              }
            });
    return written.get();
  }

  private Page syntheticHome() {
    FrontMatter fm =
        new FrontMatter(
            config.title(), config.description(), null, null, Integer.MAX_VALUE, List.of(), null,
            null, List.of(), false, null, null, null, Map.of());
    return new Page(
        Page.Kind.HOME, content.contentDir().resolve("index.md"), "index.md", "", null, "", fm, "", 1);
  }

  private static String templateFor(Page page) {
    Object t = page.meta().fields().get("template");
    if (t == null) {
      t = page.meta().fields().get("layout");
    }
    if (t != null) {
      String name = String.valueOf(t);
      return name.endsWith(".ftl") ? name : name + ".ftl";
    }
    return switch (page.kind()) {
      case HOME -> "index.ftl";
      case TOPIC -> "topic.ftl";
      case GUIDE -> "guide.ftl";
      case PAGE -> "page.ftl";
      case DATA -> "page.ftl"; // data pages always name their template
    };
  }

  /** A page's cover image (its {@code image} field) as a site-relative URL, or null. */
  private String pageImage(Page page) {
    String image = page.meta().image();
    if (image == null) {
      return null;
    }
    if (image.startsWith("http://") || image.startsWith("https://")) {
      return image;
    }
    Path resolved = page.baseDir().resolve(image).normalize();
    StaticFile f = content.files().get(resolved);
    if (f == null) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              lineOf(page, "image"),
              "missing image: 'image: " + image + "' was not found next to the page",
              "put the file in content/" + content.contentDir().relativize(page.baseDir()).toString().replace('\\', '/') + "/ or fix the name"));
      return null;
    }
    return f.outputPath();
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
                          lineOf(t.page(), "icon"),
                          "icon '" + icon + "' not found in assets/icons/",
                          "add assets/icons/" + icon + ".svg or use one of the existing icons")));
    }
    return url;
  }

  private static int lineOf(Page page, String key) {
    try {
      String text = Files.readString(page.source());
      return Strings.lineOfKey(text, key, 1);
    } catch (IOException e) {
      return 0;
    }
  }

  private int copyMedia(StagedOutput out) {
    content.files().values().parallelStream().forEach(f -> out.copy(f.source(), f.outputPath()));
    return content.files().size();
  }

  /**
   * Copies {@code assets/} (site over built-in theme). CSS and JS get content-hashed names so they
   * can be cached forever: {@code css/site.css} → {@code assets/css/site.1a2b3c4d.css}.
   */
  private Map<String, String> writeAssets(StagedOutput out) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : Theme.assets(options.source().resolve("assets")).entrySet()) {
      String logical = e.getKey();
      try {
        byte[] bytes = Files.readAllBytes(e.getValue());
        String written = "assets/" + logical;
        if (logical.endsWith(".css") || logical.endsWith(".js")) {
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

  private Void writeFeeds(StagedOutput out, TemplateEngine templates, ModelBuilder models) {
    out.writeString("robots.txt", Feeds.robots(config));
    if (config.hasBaseUrl()) {
      out.writeString("sitemap.xml", Feeds.sitemap(config, content));
      out.writeString("feed.xml", Feeds.atom(config, content));
    }
    if (templates.exists("404.ftl")) {
      String root = config.hasBaseUrl() ? java.net.URI.create(config.baseUrl()).getPath() : "/";
      try {
        out.writeString("404.html", templates.render("404.ftl", models.forSpecial("Không tìm thấy trang", root)));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    return null;
  }

  private static <T> T timed(List<BuildResult.Step> steps, String name, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      steps.add(new BuildResult.Step(name, (System.nanoTime() - t0) / 1_000_000));
    }
  }
}
