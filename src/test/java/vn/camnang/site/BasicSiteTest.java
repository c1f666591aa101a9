package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import java.io.UncheckedIOException;
import org.jsoup.parser.Parser;

/** Builds the {@code basic} fixture once and checks what a reader of the output would see. */
class BasicSiteTest {
  @TempDir static Path tmp;
  static Path out;
  static TestSites.Run run;

  @BeforeAll
  static void build() {
    Path site = TestSites.copy("basic", tmp);
    out = tmp.resolve("out");
    run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void vietnameseFolderAndFileNamesBecomeAsciiUrls() {
    assertTrue(Files.isRegularFile(out.resolve("chu-ky-so/index.html")));
    assertTrue(Files.isRegularFile(out.resolve("chu-ky-so/dang-ky-chu-ky-so/index.html")));
    try (var files = Files.list(out.resolve("vssid/dang-ky"))) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("anh-bia\\.\\d+\\.[0-9a-f]{10}\\.png")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String f : TestSites.htmlFiles(out)) {
      assertTrue(f.matches("[a-z0-9/.-]+"), "non-ASCII output path: " + f);
    }
  }

  @Test
  void everyPageHasLanguageViewportTitleAndDescription() {
    for (String f : TestSites.htmlFiles(out)) {
      Document d = parse(f);
      assertEquals("vi", d.selectFirst("html").attr("lang"), f);
      assertNotNull(d.selectFirst("meta[name=viewport][content*=width=device-width]"), f);
      assertFalse(d.title().isBlank(), f);
      if (!f.equals("404.html")) {
        assertFalse(d.select("meta[name=description]").attr("content").isBlank(), f);
      }
    }
  }

  @Test
  void guidePageShowsBreadcrumbTitleDateAndNeighbours() {
    Document d = TestSites.page(out, "vssid/dang-ky/");
    assertEquals("Đăng ký tài khoản VssID", d.selectFirst("h1").text());
    assertEquals("‹ VssID – Bảo hiểm xã hội số", d.select(".breadcrumb a").last().text());
    assertEquals("../../vssid/", d.select(".breadcrumb a").last().attr("href"));
    assertEquals("20/11/2026", d.selectFirst("time").text());
    assertEquals("2026-11-20", d.selectFirst("time").attr("datetime"));
    Element prev = d.selectFirst("a[rel=prev]");
    assertNotNull(prev);
    assertEquals("../../vssid/cai-dat/", prev.attr("href"));
    assertTrue(d.select("a[rel=next]").isEmpty(), "last guide of the topic has no next");
  }

  @Test
  void ddMmYyyyDatesInFrontMatterAreRead() {
    Document d = TestSites.page(out, "chu-ky-so/dang-ky-chu-ky-so/");
    assertEquals("2026-11-01", d.selectFirst("time").attr("datetime"));
  }

  @Test
  void jbakeHeadersWork() {
    Document topic = TestSites.page(out, "vssid/");
    assertEquals("VssID – Bảo hiểm xã hội số", topic.selectFirst("h1").text());
    assertTrue(topic.selectFirst(".prose").html().contains("<strong>tiêu đề kiểu JBake</strong>"));
    Document guide = TestSites.page(out, "vssid/cai-dat/");
    assertEquals("Cài đặt VssID", guide.selectFirst("h1").text());
  }

  @Test
  void topicListsItsGuidesInOrder() {
    Document d = TestSites.page(out, "vssid/");
    List<String> titles = d.select(".guide-list .card-title").eachText();
    assertEquals(List.of("Cài đặt VssID", "Đăng ký tài khoản VssID"), titles);
  }

  @Test
  void homeListsTopicsInOrderAsCards() {
    Document d = TestSites.page(out, "");
    assertEquals(
        List.of("VssID – Bảo hiểm xã hội số", "Chữ ký số"), d.select(".topic-card .card-title").eachText());
    assertEquals("chu-ky-so/", d.select(".topic-card a").get(1).attr("href").replace("./", ""));
  }

  @Test
  void draftsAreNeverWritten() {
    assertFalse(Files.exists(out.resolve("vssid/nhap")));
    assertFalse(Files.exists(out.resolve("vssid/nhap-jbake")));
    String sitemap = read("sitemap.xml");
    assertFalse(sitemap.contains("nhap"));
  }

  @Test
  void markdownLinksToMdFilesBecomeRelativePageUrls() {
    Document d = TestSites.page(out, "vssid/dang-ky/");
    List<String> hrefs = d.select(".prose a").eachAttr("href");
    assertTrue(hrefs.contains("../cai-dat/"), hrefs.toString());
    assertTrue(hrefs.contains("../../chu-ky-so/dang-ky-chu-ky-so/"), hrefs.toString());
    assertTrue(hrefs.contains("../../gioi-thieu/"), "site-root link made relative: " + hrefs);
    Document other = TestSites.page(out, "chu-ky-so/dang-ky-chu-ky-so/");
    assertTrue(other.select(".prose a").eachAttr("href").contains("../../vssid/dang-ky/#cac-buoc"));
  }

  @Test
  void everyRelativeLinkAndAssetResolvesToAFile() {
    List<String> broken = new ArrayList<>();
    for (String f : TestSites.htmlFiles(out)) {
      if (f.equals("404.html")) {
        continue; // served at any depth: uses root-absolute links on purpose
      }
      Document d = parse(f);
      for (Element e : d.select("a[href], link[href], img[src], script[src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.startsWith("http") || url.startsWith("#") || url.startsWith("mailto:")) {
          continue;
        }
        assertFalse(url.startsWith("/"), f + ": link is not relative: " + url);
        String path = URI.create(url).getPath();
        Path target = out.resolve(f).getParent().resolve(path).normalize();
        if (Files.isDirectory(target)) {
          target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
          broken.add(f + " -> " + url);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void calloutsTablesAndMarkdownExtensionsRender() {
    Element body = TestSites.page(out, "vssid/dang-ky/").selectFirst(".prose");
    Element callout = body.selectFirst(".callout.callout-warning[role=note]");
    assertNotNull(callout);
    assertEquals("Cảnh báo", callout.attr("aria-label"));
    assertEquals("Không chia sẻ mã OTP", callout.selectFirst(".callout-title strong").text());
    assertNotNull(body.selectFirst(".table-scroll > table"));
    assertNotNull(body.selectFirst("del"));
    assertNotNull(body.selectFirst("a[href=https://baohiemxahoi.gov.vn][rel~=noopener]"));
    assertNotNull(body.selectFirst("p.ghi-chu"));
    assertTrue(body.select("svg").isEmpty(), "no admonition sprite");
  }

  @Test
  void headingIdsAreAsciiAndUnique() {
    Element body = TestSites.page(out, "chu-ky-so/dang-ky-chu-ky-so/").selectFirst(".prose");
    assertEquals(List.of("buoc-1-chuan-bi", "buoc-1-chuan-bi-2"), body.select("h2").eachAttr("id"));
  }

  @Test
  void imagesGetSizesAndOnlyTheFirstLoadsEagerly() {
    List<Element> imgs = TestSites.page(out, "vssid/dang-ky/").select(".prose img");
    assertEquals(2, imgs.size());
    assertEquals("800", imgs.get(0).attr("width"));
    assertEquals("1200", imgs.get(0).attr("height"));
    assertEquals("high", imgs.get(0).attr("fetchpriority"));
    assertFalse(imgs.get(0).hasAttr("loading"));
    assertEquals("lazy", imgs.get(1).attr("loading"));
    assertTrue(imgs.get(1).attr("src").matches("anh-bia\\.720\\.[0-9a-f]{10}\\.png"), imgs.get(1).attr("src"));
  }

  @Test
  void cssAndJsHaveContentHashedNames() {
    Document d = TestSites.page(out, "");
    assertTrue(
        d.selectFirst("link[rel=stylesheet]")
            .attr("href")
            .matches("\\./assets/css/site\\.[0-9a-f]{10}\\.css|assets/css/site\\.[0-9a-f]{10}\\.css"));
    assertTrue(d.selectFirst("script[src]").attr("src").matches(".*assets/js/site\\.[0-9a-f]{10}\\.js"));
  }

  @Test
  void sitemapRobotsAndFeedUseAbsoluteUrls() {
    String sitemap = read("sitemap.xml");
    assertTrue(sitemap.contains("<loc>https://thu.example.org/camnang/vssid/dang-ky/</loc><lastmod>2026-11-20</lastmod>"));
    assertTrue(read("robots.txt").contains("Sitemap: https://thu.example.org/camnang/sitemap.xml"));
    Document feed = Jsoup.parse(read("feed.xml"), "", Parser.xmlParser());
    assertEquals("Đăng ký tài khoản VssID", feed.selectFirst("entry > title").text(), "newest first");
    assertEquals("https://thu.example.org/camnang/vssid/dang-ky/", feed.selectFirst("entry > id").text());
    assertEquals(3, feed.select("entry").size());
  }

  @Test
  void notFoundPageUsesTheSitePathFromBaseUrl() {
    Document d = parse("404.html");
    assertEquals("/camnang/", d.selectFirst(".brand").attr("href"));
    assertTrue(d.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/camnang/assets/css/"));
  }

  @Test
  void everyDataItemGetsItsOwnPageWithRelatedGuides() {
    Document d = TestSites.page(out, "dich-vu/khai-sinh/");
    assertEquals("Đăng ký khai sinh", d.selectFirst("h1").text());
    assertEquals("Dịch vụ số 14.", d.selectFirst("meta[name=description]").attr("content"));
    assertEquals("2026-11-15", d.selectFirst("time").attr("datetime"), "date from the data file");
    assertEquals(List.of("../../vssid/dang-ky/"), d.select("#huong-dan + ul a").eachAttr("href"));
    Document other = TestSites.page(out, "dich-vu/ket-hon/");
    assertEquals("Đăng ký kết hôn", other.selectFirst("h1").text(), "ids are folded to ASCII URLs");
    assertTrue(read("sitemap.xml").contains("/camnang/dich-vu/khai-sinh/"));
  }

  private static Document parse(String file) {
    try {
      return Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
