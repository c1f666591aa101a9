package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/** Images, share cards and clips as a reader of the built basic site gets them. */
class MediaSiteTest {
  @TempDir static Path tmp;
  static Path site;
  static Path out;
  static TestSites.Run first;

  @BeforeAll
  static void build() {
    site = TestSites.copy("basic", tmp);
    out = tmp.resolve("out");
    first = TestSites.build(site, out);
    assertEquals(0, first.exitCode(), first.err());
  }

  private static Path resolve(String pageUrl, String src) {
    return out.resolve(pageUrl).resolve(src).normalize();
  }

  @Test
  void contentImagesBecomePicturesWithWebpAndFallbackWidthsAndExplicitSize() throws IOException {
    Document d = TestSites.page(out, "vssid/dang-ky/");
    Element picture = d.selectFirst(".prose figure.figure picture");
    assertNotNull(picture);
    Element source = picture.selectFirst("source[type=image/webp]");
    assertTrue(
        source.attr("srcset")
            .matches(
                "buoc-1\\.360\\.[0-9a-f]{10}\\.webp 360w, buoc-1\\.720\\.[0-9a-f]{10}\\.webp 720w,"
                    + " buoc-1\\.800\\.[0-9a-f]{10}\\.webp 800w"),
        source.attr("srcset"));
    assertFalse(source.attr("sizes").isBlank());
    Element img = picture.selectFirst("img");
    assertEquals("800", img.attr("width"));
    assertEquals("1200", img.attr("height"));
    assertEquals("high", img.attr("fetchpriority"), "first image of the page");
    for (String candidate : img.attr("srcset").split(", ")) {
      String[] parts = candidate.split(" ");
      BufferedImage decoded = ImageIO.read(resolve("vssid/dang-ky/", parts[0]).toFile());
      assertEquals(Integer.parseInt(parts[1].replace("w", "")), decoded.getWidth(), candidate);
      assertTrue(decoded.getWidth() <= 800, "never upscaled");
    }
    Element second = d.select(".prose figure.figure img").get(1);
    assertEquals("lazy", second.attr("loading"));
    assertEquals("async", second.attr("decoding"));
    assertFalse(Files.exists(out.resolve("vssid/dang-ky/buoc-1.png")), "the original is not published");
  }

  @Test
  void tallImagesOpenFullSizeOnTapAndDownloadUnderAReadableName() {
    Element figure = TestSites.page(out, "vssid/dang-ky/").selectFirst(".prose figure.figure");
    Element zoom = figure.selectFirst("a.zoom");
    assertTrue(Files.isRegularFile(resolve("vssid/dang-ky/", zoom.attr("href"))));
    Element download = figure.selectFirst("a.download[download]");
    assertEquals("Tải ảnh", download.text());
    assertEquals("vssid-dang-ky-buoc-1.png", download.attr("download"));
    assertEquals(zoom.attr("href"), download.attr("href"));
    Element wide = TestSites.page(out, "vssid/dang-ky/").select(".prose figure.figure").get(1);
    assertTrue(wide.select("a.download").isEmpty(), "a wide image has no download button");
  }

  @Test
  void aGuideWithAnImageGetsItsOwnSmall1200x630JpegShareCard() throws IOException {
    String og = TestSites.page(out, "vssid/dang-ky/").select("meta[property=og:image]").attr("content");
    Path card = out.resolve(og.replace("https://thu.example.org/camnang/", ""));
    BufferedImage img = ImageIO.read(card.toFile());
    assertEquals(1200, img.getWidth());
    assertEquals(630, img.getHeight());
    assertTrue(Files.size(card) <= 200_000);
    assertTrue(card.getFileName().toString().matches("the-chia-se\\.[0-9a-f]{10}\\.jpg"), card.toString());
  }

  @Test
  void localClipsPlayOnlyWhenTappedAndYoutubeLoadsNothingBeforeATap() throws IOException {
    Document d = TestSites.page(out, "vssid/dang-ky/");
    Element video = d.selectFirst("figure.video video");
    assertNotNull(video);
    assertTrue(video.hasAttr("controls") && video.hasAttr("playsinline"));
    assertEquals("none", video.attr("preload"));
    assertEquals("clip.mp4", video.selectFirst("source").attr("src"));
    assertTrue(Files.isRegularFile(out.resolve("vssid/dang-ky/clip.mp4")), "clips are copied");
    assertTrue(Files.isRegularFile(resolve("vssid/dang-ky/", video.attr("poster"))), "editor-provided poster");
    Element generated = d.select("figure.video video").get(1);
    assertEquals("khong-poster.poster.svg", generated.attr("poster"));
    String svg = Files.readString(out.resolve("vssid/dang-ky/khong-poster.poster.svg"));
    assertTrue(svg.contains("mở ứng dụng VssID lần đầu"), "a placeholder poster with the clip's title");
    Element yt = d.selectFirst("figure.video a.video-yt");
    assertEquals("abcDEF12345", yt.attr("data-yt"));
    assertTrue(d.select("iframe, script[src*=youtube], img[src*=ytimg]").isEmpty(), "no third-party request on load");
  }

  @Test
  void aSecondBuildProcessesNoImageAndAnEditedImageGetsANewName() throws IOException {
    TestSites.Run again = TestSites.run(site, "build", "--source", site.toString(), "--output", out.toString(), "--force");
    assertEquals(0, again.exitCode());
    assertTrue(again.out().contains("ảnh: 0 mới"), again.out());
    String before = TestSites.page(out, "vssid/dang-ky/").selectFirst(".prose img").attr("src");
    BufferedImage changed = new BufferedImage(800, 1200, BufferedImage.TYPE_INT_RGB);
    changed.getGraphics().fillRect(10, 10, 100, 100);
    Path copy = tmp.resolve("edited");
    TestSites.copyTree(site, copy);
    ImageIO.write(changed, "png", copy.resolve("content/vssid/dang-ky/buoc-1.png").toFile());
    Path out2 = tmp.resolve("out2");
    TestSites.Run edited = TestSites.build(copy, out2);
    assertEquals(0, edited.exitCode());
    String after = TestSites.page(out2, "vssid/dang-ky/").selectFirst(".prose img").attr("src");
    assertFalse(before.equals(after), "a changed image changes its URL: " + before);
    assertTrue(edited.out().matches("(?s).*ảnh: [1-9]\\d* mới.*"), edited.out());
  }

  @Test
  void everyPublishedFileIsReferencedOrExpected() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }
    Set<String> referenced = new TreeSet<>();
    for (String f : files) {
      String base = f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "";
      if (f.endsWith(".html")) {
        Document d = Jsoup.parse(Files.readString(out.resolve(f)));
        for (Element e : d.select("[src], [href], [poster], [data-href], [srcset]")) {
          for (String attr : List.of("src", "href", "poster", "data-href")) {
            addRef(referenced, base, e.attr(attr));
          }
          for (String candidate : e.attr("srcset").split(",")) {
            addRef(referenced, base, candidate.strip().split(" ")[0]);
          }
        }
        for (Element meta : d.select("meta[content^=https://thu.example.org/camnang/]")) {
          referenced.add(meta.attr("content").substring("https://thu.example.org/camnang/".length()));
        }
      } else if (f.endsWith(".css") || f.endsWith(".js") || f.endsWith(".webmanifest")) {
        Matcher m = QUOTED.matcher(Files.readString(out.resolve(f)));
        while (m.find()) {
          addRef(referenced, f.endsWith(".css") ? base : "", m.group(1));
        }
      }
    }
    List<String> unexplained = new ArrayList<>();
    for (String f : files) {
      // pages, alias redirects (an old link may end in .html), the search index (loaded by
      // search.js by name), a QR code per page (qr.svg, for printing and the link hub)
      boolean expected =
          EXPECTED.contains(f) || f.endsWith(".html") || f.startsWith("search/")
              || f.endsWith("qr.svg") || KNOWN_EXTRA.matcher(f).matches();
      if (!expected && !referenced.contains(f)) {
        unexplained.add(f);
      }
    }
    assertTrue(files.contains("vssid/dang-ky/index.html"));
    assertEquals(List.of(), unexplained, "published files that no page, style sheet or script refers to");
  }

  /** Files a site publishes for crawlers, browsers and phones, not linked from a page. */
  private static final Set<String> EXPECTED =
      Set.of("robots.txt", "sitemap.xml", "feed.xml", "404.html", "sw.js", "manifest.webmanifest");

  /**
   * Known waste, kept visible here: a clip's poster image ({@code clip.jpg} for {@code clip.mp4})
   * is made at every responsive width and as WebP, but {@code <video poster>} shows only one; the
   * theme's one site card ({@code assets/images/the-chia-se.jpg}) is published with the other
   * assets, though with per-page share cards (the default) no page shows it.
   */
  private static final Pattern KNOWN_EXTRA =
      Pattern.compile(
          "vssid/dang-ky/clip\\.(360|640)\\.[0-9a-f]{10}\\.(webp|jpg)"
              + "|assets/images/the-chia-se\\.[0-9a-f]{10}\\.jpg");

  /** A relative or site-rooted reference in quotes or {@code url(…)}: {@code "assets/x.css"}. */
  private static final Pattern QUOTED = Pattern.compile("(?:[\"'(])([A-Za-z0-9_./-]+\\.[a-z0-9]{2,5})[\"')]");

  private static void addRef(Set<String> refs, String base, String ref) {
    if (ref == null || ref.isEmpty() || ref.contains(":") || ref.startsWith("#")) {
      return;
    }
    String path = ref.replaceAll("[?#].*$", "");
    String resolved = Path.of(base.isEmpty() ? "." : base).resolve(path).normalize().toString().replace('\\', '/');
    refs.add(resolved);
    refs.add(resolved.endsWith("/") || !resolved.contains(".") ? resolved + "/index.html" : resolved);
  }
}
