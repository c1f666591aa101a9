package vn.camnang.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.camnang.config.ConfigLoader;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.jbake.JBakeConfig;
import vn.camnang.output.OutputSink;
import vn.camnang.search.SearchDoc;
import vn.camnang.template.TemplateFields;

/**
 * A loaded native site: {@link #load} reads the config, content and data once; each {@code build}
 * is a {@link SiteBuild} (the step sequence) made from an immutable {@link BuildRequest}. A Site
 * holds no mode and no per-build state, so two builds can run in one JVM.
 */
public final class Site implements Project {
  private final BuildOptions options;
  private final Diagnostics diagnostics;
  private final SiteConfig config;
  private final SiteContent content;
  private final Map<String, Object> data;
  private final List<BuildResult.Step> loadSteps;

  /**
   * A build kept for {@code serve}.
   *
   * @param renderer what renders one page of it again (a guide whose body was edited)
   * @param searchDocs every page's search text, for the next build that renders only a few
   */
  public record Served(BuildResult result, PageRenderer renderer, Map<String, SearchDoc> searchDocs) {}

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
    this.loadSteps = List.copyOf(loadSteps);
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
    if (JBakeConfig.isJBakeProject(src)) { // jbake.properties and no site.yaml
      throw new IllegalArgumentException(src + " is a JBake project: load it with Project.load");
    }
    SiteConfig config =
        timed(steps, "config", () -> ConfigLoader.load(src, options.baseUrl(), diagnostics));
    Set<String> known = knownFields(src, config);
    SiteContent loaded =
        timed(
            steps,
            "content",
            () -> ContentLoader.load(src.resolve("content"), diagnostics, config.dateFormat(), known));
    DataFiles data = timed(steps, "data", () -> DataFiles.load(src.resolve("data"), diagnostics));
    diagnostics.throwIfErrors();
    SiteContent content =
        loaded.withDataPages(DataPages.create(config, data, loaded, diagnostics), diagnostics);
    diagnostics.throwIfErrors();
    return new Site(options, diagnostics, config, content, data.values(), steps);
  }

  /**
   * The front-matter fields this site uses: the generator's and the built-in theme's ({@link
   * FrontMatter#KNOWN}), those the site's own templates read, and those listed under {@code
   * fields:} in site.yaml.
   */
  public static Set<String> knownFields(Path source, SiteConfig config) {
    Set<String> known = new TreeSet<>(FrontMatter.KNOWN);
    known.addAll(TemplateFields.readBy(source.resolve("templates")));
    known.addAll(config.fields());
    return Set.copyOf(known);
  }

  public SiteConfig config() {
    return config;
  }

  public SiteContent content() {
    return content;
  }

  BuildOptions options() {
    return options;
  }

  /** The data folder's values, for templates ({@code data.*}). */
  Map<String, Object> data() {
    return data;
  }

  /**
   * Renders and writes the site into a staging folder, then swaps it in. Nothing is written to the
   * output folder unless every step succeeded.
   */
  @Override
  public BuildResult build(BuildRequest request) {
    return new SiteBuild(this, diagnostics, loadSteps, request).staged();
  }

  /**
   * Renders the requested pages into {@code out} and commits it if there was no error. {@code
   * serve} passes a {@link vn.camnang.output.SyncedOutput}, {@code check} a {@link
   * vn.camnang.output.DiscardOutput}.
   */
  @Override
  public BuildResult build(OutputSink out, BuildRequest request) {
    return serve(out, request).result();
  }

  /** As {@link #build(OutputSink, BuildRequest)}, keeping what renders one page again ({@code serve}). */
  public Served serve(OutputSink out, BuildRequest request) {
    return serve(out, request, Map.of());
  }

  /**
   * As {@link #serve(OutputSink, BuildRequest)} for a request that renders a few pages: the others
   * keep the search text the last build gave them ({@link Served#searchDocs}), not read back.
   */
  public Served serve(OutputSink out, BuildRequest request, Map<String, SearchDoc> keptDocs) {
    SiteBuild.Built built = new SiteBuild(this, diagnostics, loadSteps, request).into(out, keptDocs);
    return new Served(built.result(), built.renderer(), built.searchDocs());
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
