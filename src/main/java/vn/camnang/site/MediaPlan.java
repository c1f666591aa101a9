package vn.camnang.site;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.camnang.content.Page;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.html.ImageSet;
import vn.camnang.imaging.ImageException;
import vn.camnang.imaging.ImageFailure;
import vn.camnang.imaging.ImageProcessor;
import vn.camnang.imaging.ResponsiveImage;
import vn.camnang.imaging.Variant;
import java.util.ArrayList;

/**
 * The media of one build: content images go through the {@link ImageProcessor} (names and sizes
 * at once, pixels later, in parallel); the original raster files are then not published unless a
 * page links to the file itself. Remembers which page and line used each image, so a failure found
 * while decoding is reported where the editor can fix it.
 */
final class MediaPlan {
  private static final Set<String> RASTER =
      Set.of("jpg", "jpeg", "png", "webp", "gif", "svg", "bmp", "tif", "tiff", "heic", "heif", "avif");

  private final ImageProcessor processor;
  private final Diagnostics diagnostics;
  private final Map<Path, Use> uses = new ConcurrentHashMap<>();
  private final Set<Path> linkedRaw = ConcurrentHashMap.newKeySet();
  private final Map<String, String> posters = new ConcurrentHashMap<>();

  private record Use(Page page, int line) {}

  MediaPlan(ImageProcessor processor, Diagnostics diagnostics) {
    this.processor = processor;
    this.diagnostics = diagnostics;
  }

  ImageProcessor processor() {
    return processor;
  }

  static boolean isImage(String path) {
    int dot = path.lastIndexOf('.');
    return dot > 0 && RASTER.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  static boolean isVideo(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".mp4") || p.endsWith(".webm");
  }

  /** A page links to the file itself (not as an image): publish the original too. */
  void linkedRaw(Path source) {
    linkedRaw.add(source);
  }

  /** Whether a content file is copied as is to the output. */
  boolean publishOriginal(StaticFile f) {
    return !isImage(f.outputPath()) || linkedRaw.contains(f.source()) || !uses.containsKey(f.source());
  }

  /** The content files published as they are ({@link #publishOriginal}), for the {@code media} step. */
  List<StaticFile> originals(Collection<StaticFile> files) {
    return files.stream().filter(this::publishOriginal).toList();
  }

  /**
   * Registers an image of {@code page} and returns its versions with URLs relative to the page;
   * null (and an error at {@code line}) when the file is not a usable image.
   */
  ImageSet image(Page page, StaticFile file, int line) {
    uses.putIfAbsent(file.source(), new Use(page, line));
    String base = file.outputPath().substring(0, file.outputPath().lastIndexOf('.'));
    try {
      ResponsiveImage r = processor.enqueue(file.source(), base);
      return new ImageSet(
          r.width(),
          r.height(),
          sources(page, r.webp()),
          sources(page, r.fallback()),
          r.fallbackMime(),
          Urls.relative(page.url(), r.original().path()),
          downloadName(page, file, r.original()));
    } catch (ImageException e) {
      diagnostics.add(
          Diagnostic.error(
              page.source(),
              line,
              "image '" + file.source().getFileName() + "': " + e.getMessage(),
              e.hint()));
      return null;
    }
  }

  /**
   * A page's header image ({@code image:}) as a site-relative URL that exists in the output: the
   * largest processed version of a raster image (its original is not published once the image is
   * processed), the file itself otherwise. Null when it is not a usable image (reported).
   */
  String headerImage(Page page, StaticFile file, int line) {
    if (!isImage(file.outputPath())) {
      linkedRaw(file.source());
      return file.outputPath();
    }
    uses.putIfAbsent(file.source(), new Use(page, line));
    String base = file.outputPath().substring(0, file.outputPath().lastIndexOf('.'));
    try {
      return processor.enqueue(file.source(), base).original().path();
    } catch (ImageException e) {
      diagnostics.add(
          Diagnostic.error(
              page.source(), line, "image '" + file.source().getFileName() + "': " + e.getMessage(), e.hint()));
      return null;
    }
  }

  /**
   * A poster for a clip the editor gave none: an SVG with the clip's title, written next to the
   * clip. Returns its output path.
   */
  String generatedPoster(StaticFile clip, String title) {
    String path = clip.outputPath().substring(0, clip.outputPath().lastIndexOf('.')) + ".poster.svg";
    posters.putIfAbsent(path, posterSvg(title == null || title.isBlank() ? "Video hướng dẫn" : title));
    return path;
  }

  /** Generated posters by output path, to be written with the other media. */
  Map<String, String> posters() {
    return Map.copyOf(posters);
  }

  static String posterSvg(String title) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : title.strip().split("\\s+")) {
      if (line.length() + word.length() + 1 > 34 && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == 2) {
          break;
        }
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (lines.size() < 2 && line.length() > 0) {
      lines.add(line.toString());
    }
    StringBuilder svg = new StringBuilder(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1280 720\" width=\"1280\" height=\"720\">"
            + "<rect width=\"1280\" height=\"720\" fill=\"#0b5d6b\"/>"
            + "<circle cx=\"640\" cy=\"290\" r=\"96\" fill=\"#ffffff\" fill-opacity=\"0.95\"/>"
            + "<path d=\"M610 240 L610 340 L700 290 Z\" fill=\"#0b5d6b\"/>");
    int y = 480;
    for (String l : lines) {
      svg.append("<text x=\"640\" y=\"").append(y)
          .append("\" text-anchor=\"middle\" font-family=\"system-ui, Arial, sans-serif\"")
          .append(" font-size=\"52\" font-weight=\"700\" fill=\"#ffffff\">")
          .append(escape(l)).append("</text>");
      y += 70;
    }
    return svg.append("</svg>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Reports pixel-level failures found by {@link ImageProcessor#processAll} at the page that used the image. */
  void report(List<ImageFailure> failures) {
    for (ImageFailure f : failures) {
      Use u = uses.get(f.source());
      diagnostics.add(
          Diagnostic.error(
              u == null ? f.source() : u.page().source(),
              u == null ? 0 : u.line(),
              "image '" + f.source().getFileName() + "': " + f.message(),
              f.hint()));
    }
  }

  private static List<ImageSet.Source> sources(Page page, List<Variant> vs) {
    return vs.stream().map(v -> new ImageSet.Source(Urls.relative(page.url(), v.path()), v.width())).toList();
  }

  /** {@code vssid/dang-ky/} + {@code infographic.png} → {@code vssid-dang-ky.png}; other names keep their stem. */
  static String downloadName(Page page, StaticFile file, Variant original) {
    String prefix = page.url().replaceAll("/+$", "").replace('/', '-');
    String name = file.outputPath().substring(file.outputPath().lastIndexOf('/') + 1);
    String stem = name.substring(0, name.lastIndexOf('.'));
    String ext = original.path().substring(original.path().lastIndexOf('.'));
    boolean generic = stem.equals("infographic") || stem.equals("index") || stem.equals("anh");
    String base = prefix.isEmpty() ? stem : generic ? prefix : prefix + "-" + stem;
    return base + ext;
  }
}
