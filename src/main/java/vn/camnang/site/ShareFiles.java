package vn.camnang.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.SiteContent;
import vn.camnang.content.Topic;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputFile;
import vn.camnang.share.QrCache;
import vn.camnang.share.Redirect;
import vn.camnang.share.SharePlan;
import vn.camnang.template.ModelBuilder;
import vn.camnang.template.TemplateEngine;

/**
 * The {@code share} step: each page's QR code (with a base URL: a code needs an absolute
 * address), the alias and short-link redirect pages, and each topic's printable handout ({@code
 * <topic>/in/}, when the theme has {@code handout.ftl}). Returns the files; the build writes them.
 */
final class ShareFiles {
  private ShareFiles() {}

  static List<OutputFile> make(
      SiteConfig config,
      SiteContent content,
      SharePlan share,
      QrCache qrCodes,
      TemplateEngine templates,
      ModelBuilder models,
      Diagnostics diagnostics) {
    List<OutputFile> files = new ArrayList<>();
    if (config.qrCodes()) {
      files.addAll(
          content.pages().parallelStream()
              .map(p -> OutputFile.text(share.qrPath(p), qrCodes.svg(share.qrTarget(p))))
              .toList());
    }
    for (Redirect r : share.redirects()) {
      try {
        Map<String, Object> model = models.forPageAt(r.target(), r.folderUrl());
        model.put("redirect", Urls.relative(r.folderUrl(), r.target().url()));
        files.add(OutputFile.text(r.outputPath(), templates.render("redirect.ftl", model)));
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
      }
    }
    if (templates.exists("handout.ftl")) {
      for (Topic t : content.topics()) {
        String folder = t.page().url() + "in/";
        try {
          files.add(
              OutputFile.text(folder + "index.html", templates.render("handout.ftl", models.forPageAt(t.page(), folder))));
        } catch (BuildException e) {
          diagnostics.addAll(e.diagnostics());
        }
      }
    }
    return files;
  }
}
