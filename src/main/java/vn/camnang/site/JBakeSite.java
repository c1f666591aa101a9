package vn.camnang.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.camnang.content.SourceTree;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.jbake.JBakeConfig;
import vn.camnang.jbake.JBakeContent;
import vn.camnang.jbake.JBakeData;
import vn.camnang.jbake.JBakeDocument;
import vn.camnang.jbake.JBakeModel;
import vn.camnang.markdown.LinkRewriter;
import vn.camnang.markdown.MarkdownEngine;
import vn.camnang.output.OutputClaims;
import vn.camnang.output.OutputSink;
import vn.camnang.output.StagedOutput;
import vn.camnang.template.TemplateEngine;

/**
 * The build of a JBake project ({@code jbake.properties} and no {@code site.yaml}), in JBake's
 * order, each step timed: assets, Markdown, documents, index (paginated or not), archive, tags,
 * feed, sitemap, 404, content files; then the output is swapped in as for our own sites. Where
 * JBake has known bugs this build does the right thing: ASCII URLs, {@code rootpath} right at every
 * depth, drafts not written at all, every data file read, and two files for one output path an
 * error rather than one silently replacing the other.
 */
public final class JBakeSite implements Project {
  private final BuildOptions options;
  private final Diagnostics diagnostics;
  private final JBakeConfig config;
  private final JBakeContent content;
  private final Map<String, Object> data;
  private final List<BuildResult.Step> steps;

  private JBakeSite(
      BuildOptions options,
      Diagnostics diagnostics,
      JBakeConfig config,
      JBakeContent content,
      Map<String, Object> data,
      List<BuildResult.Step> steps) {
    this.options = options;
    this.diagnostics = diagnostics;
    this.config = config;
    this.content = content;
    this.data = data;
    this.steps = steps;
  }

  /** Reads jbake.properties, content/ and data/. Throws a {@link BuildException} on errors. */
  static JBakeSite load(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    List<BuildResult.Step> steps = new ArrayList<>();
    Path src = options.source();
    JBakeConfig config =
        timed(
            steps,
            "config",
            () -> JBakeConfig.load(src, options.baseUrl(), options.production(), diagnostics));
    diagnostics.throwIfErrors();
    JBakeContent content =
        timed(steps, "content", () -> JBakeContent.load(config, diagnostics, Instant.now()));
    Map<String, Object> data =
        timed(steps, "data", () -> JBakeData.load(config.dataDir(), diagnostics));
    if (!Files.isDirectory(config.templatesDir())) {
      diagnostics.error(
          config.templatesDir(),
          0,
          "templates folder not found",
          "a JBake project needs its Freemarker templates in "
              + config.get("template.folder")
              + "/");
    }
    diagnostics.throwIfErrors();
    return new JBakeSite(options, diagnostics, config, content, data, steps);
  }

  /** Every build of a JBake project renders every page: only the request's progress is used. */
  @Override
  public BuildResult build(BuildRequest request) {
    String inputs;
    try {
      inputs = BuildManifest.inputs(options, BuildManifest.sourceFiles(options), rel -> false);
    } catch (IOException e) {
      inputs = null;
    }
    long t0 = System.nanoTime();
    try (StagedOutput out = StagedOutput.begin(options.output())) {
      steps.add(new BuildResult.Step("stage", (System.nanoTime() - t0) / 1_000_000));
      SearchDocStore.forget(options);
      BuildResult result = build(out, request);
      if (inputs != null && result.diagnostics().isEmpty()) {
        // only clean builds: warnings are printed every time
        BuildManifest.record(options, inputs);
      }
      return result;
    } catch (IOException e) {
      throw new BuildException(
          Diagnostic.error(options.output(), 0, "cannot write the site: " + e.getMessage()));
    }
  }

  @Override
  public BuildResult build(OutputSink out, BuildRequest request) {
    return build(out, steps, request.progress());
  }

  /** Renders the whole project into {@code out} and commits it when there was no error. */
  private BuildResult build(OutputSink out, List<BuildResult.Step> steps, Progress progress) {
    OutputClaims claimed = content.claims();
    try {
      int assets = timed(steps, "assets", () -> copyAssets(out, claimed));
      Bodies bodies = timed(steps, "markdown", this::bodies);
      JBakeModel model = new JBakeModel(config, content, bodies.own(), bodies.shown(), data);
      TemplateEngine templates =
          TemplateEngine.forJBake(
              config.templatesDir(), config.locale(), config.timeZone(), model.wrapper());
      AtomicInteger pages = new AtomicInteger();
      timed(steps, "render", () -> renderDocuments(out, templates, model, pages, progress));
      timed(steps, "index", () -> renderIndex(out, templates, model, claimed, pages));
      timed(
          steps,
          "pages",
          () -> {
            renderSpecial(
                "archive", "render.archive", "archive.file", out, templates, model, claimed, pages);
            renderTags(out, templates, model, claimed, pages);
            renderSpecial(
                "feed", "render.feed", "feed.file", out, templates, model, claimed, pages);
            renderSpecial(
                "sitemap", "render.sitemap", "sitemap.file", out, templates, model, claimed, pages);
            render404(out, templates, model, claimed, pages);
            return null;
          });
      int files = timed(steps, "media", () -> copyContentFiles(out));
      diagnostics.throwIfErrors();
      Site.swap(steps, out);
      return new BuildResult(pages.get(), 0, files + assets, 0, 0, diagnostics.sorted(), steps);
    } catch (UncheckedIOException e) {
      throw new BuildException(
          Diagnostic.error(
              options.output(), 0, "cannot write the site: " + e.getCause().getMessage()));
    }
  }

  /**
   * Every document's body as HTML, twice when it has links we resolved: relative to its own page
   * ({@code content.body} there), and from the site's root path for the other pages that show it
   * (index, tags, feed). Drafts too, for {@code all_content} (their links unchecked).
   */
  private Bodies bodies() {
    MarkdownEngine markdown = MarkdownEngine.forJBake(config.hardWraps());
    String base = config.baseUrl();
    String rootPath = base == null ? "/" : URI.create(base).getPath();
    Map<JBakeDocument, String> own = new ConcurrentHashMap<>();
    Map<JBakeDocument, String> shown = new ConcurrentHashMap<>();
    content.documents().parallelStream()
        .forEach(
            d -> {
              if (d.format() == JBakeDocument.Format.HTML) {
                own.put(d, d.body());
                shown.put(d, d.body());
              } else if (!d.isWritten()) {
                String html = markdown.render(d.body(), LinkRewriter.IDENTITY);
                own.put(d, html);
                shown.put(d, html);
              } else {
                JBakeLinks links = new JBakeLinks(d, content, diagnostics);
                String html = markdown.render(d.body(), links);
                own.put(d, html);
                shown.put(
                    d,
                    links.rewroteAny()
                        ? markdown.render(d.body(), JBakeLinks.fromRoot(d, content, rootPath))
                        : html);
              }
            });
    return new Bodies(own, shown);
  }

  /** See {@link #bodies()}. */
  private record Bodies(Map<JBakeDocument, String> own, Map<JBakeDocument, String> shown) {}

  private Void renderDocuments(
      OutputSink out,
      TemplateEngine templates,
      JBakeModel model,
      AtomicInteger pages,
      Progress progress) {
    List<JBakeDocument> docs = content.written();
    Set<String> missing = ConcurrentHashMap.newKeySet();
    docs.parallelStream()
        .forEach(
            d -> {
              String template = config.template(d.type());
              if (!templates.exists(template)) {
                if (missing.add(d.type())) {
                  diagnostics.add(
                      Diagnostic.error(
                          config.templatesDir().resolve(template),
                          0,
                          "template '"
                              + template
                              + "' for type="
                              + d.type()
                              + " pages (e.g. content/"
                              + d.sourcePath()
                              + ") does not exist",
                          "add "
                              + config.get("template.folder")
                              + "/"
                              + template
                              + " or set template."
                              + d.type()
                              + ".file in jbake.properties"));
                }
                return;
              }
              try {
                out.writeString(d.uri(), templates.render(template, model.forDocument(d)));
                progress.update("trang", pages.incrementAndGet(), docs.size());
              } catch (BuildException e) {
                diagnostics.addAll(e.diagnostics());
              }
            });
    return null;
  }

  /**
   * {@code index.html}, or with {@code index.paginate} {@code index.html}, {@code 2/index.html} …
   */
  private Void renderIndex(
      OutputSink out,
      TemplateEngine templates,
      JBakeModel model,
      OutputClaims claimed,
      AtomicInteger pages) {
    if (!config.flag("render.index") || !hasTemplate("masterindex", "render.index", templates)) {
      return null;
    }
    String file = config.get("index.file");
    int posts = content.published("post").size();
    if (!config.paginateIndex() || posts == 0) {
      write(
          file,
          "the index page (render.index)",
          model.forPage("masterindex", file),
          "masterindex",
          out,
          templates,
          claimed,
          pages);
      return null;
    }
    int numberOfPages = (posts + config.postsPerPage() - 1) / config.postsPerPage();
    for (int page = 1; page <= numberOfPages; page++) {
      String path = page == 1 ? file : page + "/" + file;
      write(
          path,
          "page " + page + " of the index (index.paginate)",
          model.forIndexPage(page, numberOfPages, path),
          "masterindex",
          out,
          templates,
          claimed,
          pages);
    }
    return null;
  }

  private void renderSpecial(
      String type,
      String flag,
      String fileKey,
      OutputSink out,
      TemplateEngine templates,
      JBakeModel model,
      OutputClaims claimed,
      AtomicInteger pages) {
    if (config.flag(flag) && hasTemplate(type, flag, templates)) {
      String file = config.get(fileKey);
      write(
          file,
          "the " + type + " (" + flag + ")",
          model.forPage(type, file),
          type,
          out,
          templates,
          claimed,
          pages);
    }
  }

  /** {@code tags/<tag>.html} for every tag of a published page; {@code tags/index.html} too. */
  private void renderTags(
      OutputSink out,
      TemplateEngine templates,
      JBakeModel model,
      OutputClaims claimed,
      AtomicInteger pages) {
    if (!config.flag("render.tags") || content.tags().isEmpty()) {
      return;
    }
    if (hasTemplate("tag", "render.tags", templates)) {
      for (String tag : content.tags().keySet()) {
        String path = JBakeContent.tagUri(config, tag);
        write(
            path,
            "the page of tag '" + tag + "'",
            model.forTag(tag, path),
            "tag",
            out,
            templates,
            claimed,
            pages);
      }
    }
    if (config.flag("render.tagsindex")
        && hasTemplate("tagsindex", "render.tagsindex", templates)) {
      String tagPath = config.tagPath();
      String path = (tagPath.isEmpty() ? "" : tagPath + "/") + "index" + config.outputExtension();
      write(
          path,
          "the tags index (render.tagsindex)",
          model.forPage("tagsindex", path),
          "tagsindex",
          out,
          templates,
          claimed,
          pages);
    }
  }

  /** The 404 page links from the site's root path, since hosts serve it at any depth. */
  private void render404(
      OutputSink out,
      TemplateEngine templates,
      JBakeModel model,
      OutputClaims claimed,
      AtomicInteger pages) {
    if (config.flag("render.error404") && hasTemplate("error404", "render.error404", templates)) {
      String base = config.baseUrl();
      String root = base == null ? "/" : URI.create(base).getPath();
      write(
          config.get("error404.file"),
          "the 404 page (render.error404)",
          model.forPageAt("error404", root.isEmpty() ? "/" : root),
          "error404",
          out,
          templates,
          claimed,
          pages);
    }
  }

  private boolean hasTemplate(String type, String flag, TemplateEngine templates) {
    String name = config.template(type);
    if (templates.exists(name)) {
      return true;
    }
    diagnostics.add(
        Diagnostic.error(
            config.file(),
            config.line(flag),
            flag
                + " is true"
                + (config.isSet(flag) ? "" : " (JBake's default)")
                + " but "
                + config.get("template.folder")
                + "/"
                + name
                + " does not exist",
            "add the template, or set " + flag + "=false in jbake.properties"));
    return false;
  }

  private void write(
      String path,
      String what,
      Map<String, Object> model,
      String type,
      OutputSink out,
      TemplateEngine templates,
      OutputClaims claimed,
      AtomicInteger pages) {
    OutputClaims.Source who = new OutputClaims.Source(what, config.file(), 0);
    if (!claimed.claim(
        path, who, "rename the content file, or change the file name in jbake.properties", diagnostics)) {
      return;
    }
    try {
      out.writeString(path, templates.render(config.template(type), model));
      pages.incrementAndGet();
    } catch (BuildException e) {
      diagnostics.addAll(e.diagnostics());
    }
  }

  /** {@code assets/} to the output root as it is (JBake's layout: assets/css/x.css → css/x.css). */
  private int copyAssets(OutputSink out, OutputClaims claimed) {
    Path dir = config.assetsDir();
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    Map<String, Path> files = new TreeMap<>();
    SourceTree tree = SourceTree.of(dir);
    try {
      SourceTree walked = config.ignoreHiddenAssets() ? tree : tree.keepHidden();
      for (Path f : walked.files(config.get("asset.folder"), diagnostics)) {
        files.put(tree.root().relativize(f).toString().replace('\\', '/'), f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = 0;
    for (Map.Entry<String, Path> e : files.entrySet()) {
      String who = config.get("asset.folder") + "/" + e.getKey();
      if (!claimed.claim(
          e.getKey(),
          new OutputClaims.Source(who, e.getValue(), 0),
          "JBake lets the asset replace the page; rename or remove one of them",
          diagnostics)) {
        continue;
      }
      out.copy(e.getValue(), e.getKey());
      n++;
    }
    return n;
  }

  private int copyContentFiles(OutputSink out) {
    List<Map.Entry<Path, String>> files = new ArrayList<>(content.files().entrySet());
    files.parallelStream().forEach(e -> out.copy(e.getKey(), e.getValue()));
    return files.size();
  }

  private static <T> T timed(List<BuildResult.Step> steps, String name, Supplier<T> work) {
    return Site.timed(steps, name, work);
  }
}
