package vn.camnang.site;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;
import vn.camnang.html.HtmlPipeline;
import vn.camnang.html.PageContext;
import vn.camnang.imaging.ProcessStats;
import vn.camnang.markdown.MarkdownEngine;
import vn.camnang.output.OutputSink;
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
   * @param bodyElement the body as Jsoup elements (search takes its text from it)
   * @param links what the body links and shows (media key, anchors)
   */
  record RenderedPage(Page page, String html, String body, Element bodyElement, PageLinks links) {}

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
    String body = markdown.render(bodyPage.markdown(), links);
    shareImages.rendered(modelPage, links.firstImage()); // before the template reads its card
    Element bodyElement =
        html.transform(
            body,
            new PageContext(bodyPage.url(), links.imageSizes(), config.baseUrl(), links.imageSets()));
    body = bodyElement.html();
    String rendered = templates.render(templateFor(modelPage), models.forPage(modelPage, body));
    return new RenderedPage(modelPage, rendered, body, bodyElement, links);
  }

  /**
   * Re-renders one page whose header did not change, with its new body (the {@code serve} fast
   * path: the pages that list it show only header fields, so they stay as they are), and writes it
   * with the images its new body asks for when there was no error.
   *
   * @return the diagnostics of this page (errors mean nothing was written)
   */
  public List<Diagnostic> rerender(Page indexed, Page edited, OutputSink out) {
    Diagnostics local = new Diagnostics();
    try {
      RenderedPage page = render(indexed, edited, local);
      if (!local.hasErrors()) {
        out.writeString(page.page().outputPath(), page.html());
        if (cards != null) {
          cards.make(f -> out.write(f.path(), f.bytes())); // a new first image: a new card
        }
        // images the new body added: made now (the rest comes from the cache, unchanged on disk)
        ProcessStats stats = media.processor().processAll((path, file) -> out.copy(file, path));
        media.report(stats.failures());
      }
    } catch (BuildException e) {
      local.addAll(e.diagnostics());
    }
    return local.sorted();
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
