package vn.camnang.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;
import vn.camnang.html.HtmlPipeline;
import vn.camnang.html.PageContext;
import vn.camnang.html.TransformedBody;
import vn.camnang.imaging.ProcessStats;
import vn.camnang.markdown.MarkdownEngine;
import vn.camnang.output.OutputFile;
import vn.camnang.search.SearchDoc;
import vn.camnang.share.ShareCards;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;
import vn.camnang.diag.Diagnostic;

/**
 * Renders one page of a loaded native site: its Markdown with links resolved ({@link PageLinks}),
 * the HTML chain, its template. It writes nothing: it returns a {@link RenderedPage}, and the build
 * (or {@code serve}) writes it. Made once per build; {@code serve} keeps it to re-render a page whose
 * body was edited.
 */
public final class PageRenderer {
  private final SiteConfig config;
  private final SiteContent content;
  private final TemplateEngine templates;
  private final ModelBuilder models;
  private final MarkdownEngine markdown = new MarkdownEngine();
  private final HtmlPipeline html = HtmlPipeline.standard();
  private final ImageInfo images = new ImageInfo();
  private final Map<String, StaticFile> filesByOutput;
  private final MediaPlan media;
  private final ShareCards cards;
  private final ShareImages shareImages;

  PageRenderer(
      SiteConfig config,
      SiteContent content,
      TemplateEngine templates,
      ModelBuilder models,
      MediaPlan media,
      Map<String, StaticFile> filesByOutput,
      ShareImages shareImages,
      ShareCards cards) {
    this.config = config;
    this.content = content;
    this.templates = templates;
    this.models = models;
    this.media = media;
    this.filesByOutput = filesByOutput;
    this.shareImages = shareImages;
    this.cards = cards;
  }

  /**
   * One rendered page.
   *
   * @param page the page as indexed
   * @param html the whole page, as written to {@link Page#outputPath()}
   * @param body the page's body after the HTML chain
   * @param bodyText the body's headings and text (search takes them)
   * @param links what the body links and shows (media key, anchors)
   */
  record RenderedPage(Page page, String html, String body, TransformedBody bodyText, PageLinks links) {}

  /**
   * Renders one page. Problems go to {@code diagnostics}; a {@link BuildException} means the page
   * could not be made at all.
   *
   * @param modelPage the page as indexed (its model: title, neighbours, topic)
   * @param bodyPage the page whose Markdown is rendered (the same page, or a newer body of it)
   */
  RenderedPage render(Page modelPage, Page bodyPage, Diagnostics diagnostics) {
    PageLinks links =
        new PageLinks(bodyPage, content, filesByOutput, diagnostics, images, media)
            .baseUrl(config.baseUrl());
    MarkdownEngine.Rendered md = markdown.renderPage(bodyPage.markdown(), links);
    shareImages.rendered(modelPage, links.firstImage()); // before the template reads its card
    TransformedBody transformed =
        html.transform(
            md.html(),
            md.plain(),
            new PageContext(bodyPage.url(), links.imageSizes(), config.baseUrl(), links.imageSets()));
    String body = transformed.html();
    String rendered = templates.render(templateFor(modelPage), models.forPage(modelPage, body));
    return new RenderedPage(modelPage, rendered, body, transformed, links);
  }

  /**
   * What re-rendering one edited page made ({@code serve}'s body edit), for the caller to write:
   * nothing to write when there was an error.
   *
   * @param diagnostics the diagnostics of this page (errors mean nothing is to be written)
   * @param files the page and any share card it now asks for (a new first picture: a new card)
   * @param images the image versions its new body added, by output path: each a file in the image
   *     cache to copy (the rest are in the output already)
   * @param searchDoc the page as search sees it now, or null (not indexed, or an error)
   */
  public record Rerendered(
      List<Diagnostic> diagnostics, List<OutputFile> files, Map<String, Path> images, SearchDoc searchDoc) {}

  /**
   * Re-renders one page whose header did not change, with its new body (the {@code serve} fast
   * path: the pages that list it show only header fields, so they stay as they are). Writes
   * nothing: the caller writes what it returns.
   */
  public Rerendered rerender(Page indexed, Page edited) {
    Diagnostics local = new Diagnostics();
    List<OutputFile> files = new ArrayList<>();
    Map<String, Path> images = new TreeMap<>();
    SearchDoc doc = null;
    try {
      RenderedPage page = render(indexed, edited, local);
      if (!local.hasErrors()) {
        files.add(OutputFile.text(page.page().outputPath(), page.html()));
        if (cards != null) {
          cards.make(files::add);
        }
        // images the new body added: made now (the rest comes from the cache, unchanged on disk)
        ProcessStats stats = media.processor().processAll((path, file) -> {
          synchronized (images) {
            images.put(path, file);
          }
        });
        media.report(stats.failures());
        if (SearchPages.indexed(page.page())) {
          doc = SearchPages.doc(content, page.page(), page.html(), page.body(), page.bodyText());
        }
      }
    } catch (BuildException e) {
      local.addAll(e.diagnostics());
    }
    if (local.hasErrors()) {
      return new Rerendered(local.sorted(), List.of(), Map.of(), null);
    }
    return new Rerendered(local.sorted(), List.copyOf(files), Map.copyOf(images), doc);
  }

  /** The template of a page: its own {@code template}/{@code layout}, else by its kind. */
  static String templateFor(Page page) {
    Object t =
        page.data() != null ? page.data().template() : page.meta().fields().get("template");
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
}
