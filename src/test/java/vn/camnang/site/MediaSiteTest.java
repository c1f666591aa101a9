package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
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
    assertTrue(source.attr("srcset").matches("buoc-1\\.360\\.[0-9a-f]{10}\\.webp 360w, buoc-1\\.720\\.[0-9a-f]{10}\\.webp 720w, buoc-1\\.800\\.[0-9a-f]{10}\\.webp 800w"),
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
  void everyPublishedFileIsReferencedOrExpected() {
    List<String> html = TestSites.htmlFiles(out);
    assertTrue(html.contains("vssid/dang-ky/index.html"));
  }
}
