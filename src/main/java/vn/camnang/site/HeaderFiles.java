package vn.camnang.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;

/**
 * The files a page's header names, for the models: its cover picture ({@code image}) and its
 * topic icon ({@code icon}); and the one rule that finds a content file from a path written in a
 * page ({@link ContentPaths}). Made once per build; thread-safe.
 */
final class HeaderFiles {
  private final SiteContent content;
  private final Diagnostics diagnostics;
  private final Map<String, StaticFile> filesByOutput;

  HeaderFiles(SiteContent content, Diagnostics diagnostics) {
    this.content = content;
    this.diagnostics = diagnostics;
    Map<String, StaticFile> byOutput = new HashMap<>();
    content.files().values().forEach(f -> byOutput.put(f.outputPath(), f));
    this.filesByOutput = Map.copyOf(byOutput);
  }

  /** Content files by the path they are published at. */
  Map<String, StaticFile> filesByOutput() {
    return filesByOutput;
  }

  /** The content file a path written in a page names (ContentPaths: as in the page's body). */
  Optional<StaticFile> contentFile(Page page, String path) {
    return ContentPaths.file(content, filesByOutput, page, path);
  }

  /** A page's cover image (its {@code image} field) as a site-relative URL, or null. */
  String pageImage(Page page, MediaPlan media) {
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

  /** A topic's icon ({@code icon: vssid} → {@code assets/icons/vssid.svg}); a warning if missing. */
  String iconUrl(String icon, Map<String, String> assets) {
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
}
