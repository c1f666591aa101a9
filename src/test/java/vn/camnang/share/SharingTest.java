package vn.camnang.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/** Preview tags, redirects, QR codes, the link hub and handouts, on the basic fixture and the bundled site. */
class SharingTest {
  static final String BASE = "https://thu.example.org/camnang/";
  @TempDir static Path tmp;
  static Path basic;
  static Path bundled;

  @BeforeAll
  static void build() {
    basic = tmp.resolve("basic-out");
    assertEquals(0, TestSites.build(TestSites.copy("basic", tmp), basic).exitCode());
    bundled = tmp.resolve("bundled-out");
    TestSites.Run run = TestSites.build(TestSites.REPO, bundled);
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void everyPageOfTheBundledSiteHasCompletePreviewTags() {
    List<String> problems = new ArrayList<>();
    for (String f : TestSites.htmlFiles(bundled)) {
      if (f.equals("404.html")) {
        continue;
      }
      Document d = TestSites.page(bundled, f.replace("index.html", ""));
      for (String prop :
          List.of("og:title", "og:description", "og:image", "og:image:width", "og:image:height", "og:url",
              "og:type", "og:locale", "og:site_name")) {
        if (d.select("meta[property=" + prop + "]").attr("content").isBlank()) {
          problems.add(f + ": no " + prop);
        }
      }
      for (String name : List.of("twitter:card", "twitter:title", "twitter:image")) {
        if (d.select("meta[name=" + name + "]").attr("content").isBlank()) {
          problems.add(f + ": no " + name);
        }
      }
      String canonical = d.select("link[rel=canonical]").attr("href");
      if (!canonical.startsWith("https://")) {
        problems.add(f + ": canonical not absolute https: " + canonical);
      }
      String ogImage = d.select("meta[property=og:image]").attr("content");
      if (!ogImage.startsWith("https://")) {
        problems.add(f + ": og:image not absolute https: " + ogImage);
      } else {
        Path img = bundled.resolve(ogImage.substring(ogImage.indexOf('/', 8) + 1));
        if (!Files.isRegularFile(img)) {
          problems.add(f + ": og:image file missing: " + ogImage);
        } else {
          try {
            BufferedImage bi = ImageIO.read(img.toFile());
            if (bi.getWidth() != 1200 || bi.getHeight() != 630 || !ogImage.endsWith(".jpg")) {
              problems.add(f + ": og:image is not a 1200x630 JPEG: " + bi.getWidth() + "x" + bi.getHeight());
            }
          } catch (IOException e) {
            problems.add(f + ": og:image unreadable");
          }
        }
      }
      if (!d.select("meta[property=og:locale]").attr("content").equals("vi_VN")) {
        problems.add(f + ": og:locale");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void guidesAreArticlesWithCanonicalUrlFromTheBaseUrl() {
    Document d = TestSites.page(basic, "vssid/dang-ky/");
    assertEquals("article", d.select("meta[property=og:type]").attr("content"));
    assertEquals(BASE + "vssid/dang-ky/", d.select("link[rel=canonical]").attr("href"));
    assertEquals(BASE + "vssid/dang-ky/", d.select("meta[property=og:url]").attr("content"));
    assertEquals("Đăng ký tài khoản VssID", d.select("meta[property=og:title]").attr("content"));
    assertEquals("Các bước đăng ký trên điện thoại.", d.select("meta[property=og:description]").attr("content"));
    assertTrue(d.select("meta[property=og:image]").attr("content").startsWith(BASE + "vssid/dang-ky/"));
  }

  @Test
  void aPageWithoutAnImageGetsItsOwnCardToo() {
    Document d = TestSites.page(basic, "vssid/cai-dat/");
    assertTrue(d.select("meta[property=og:image]").attr("content").matches(
        Pattern.quote(BASE) + "vssid/cai-dat/the-chia-se\\.[0-9a-f]{10}\\.jpg"),
        d.select("meta[property=og:image]").attr("content"));
    assertEquals("1200", d.select("meta[property=og:image:width]").attr("content"));
    assertEquals("630", d.select("meta[property=og:image:height]").attr("content"));
  }

  @Test
  void everyPageOfTheBundledSiteHasItsOwnCardAndServicesTheirNumber() throws Exception {
    Map<String, String> cards = ShareCardsSiteTest.cardsByPage(bundled, "https://camnang.example.org/");
    assertTrue(cards.size() > 80, "pages: " + cards.size());
    assertEquals(cards.size(), cards.values().stream().distinct().count(), "one card per page");
    assertEquals(
        "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân – Dịch vụ công thiết yếu số 1 / 25 · Cẩm nang số",
        TestSites.page(bundled, "dich-vu/xac-nhan-so-cmnd/").select("meta[property=og:image:alt]").attr("content"));
    assertEquals(
        TestSites.page(bundled, "vssid/").select("meta[property=og:image]").attr("content"),
        TestSites.page(bundled, "vssid/in/").select("meta[property=og:image]").attr("content"),
        "the printed handout's link shows its topic's card");
    byte[] a = Files.readAllBytes(bundled.resolve(cards.get("vssid/cai-dat-vssid/")));
    byte[] b = Files.readAllBytes(bundled.resolve(cards.get("vssid/dang-ky-tai-khoan/")));
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void aliasesAndShortCodesWriteRedirectPagesWithPreviewTags() {
    for (String from : List.of("cu/dang-ky-vssid/index.html", "cu/dang-ky.html", "g/vssid/index.html")) {
      Path file = basic.resolve(from);
      assertTrue(Files.isRegularFile(file), from);
      Document d = TestSites.page(basic, from.endsWith("index.html") ? from.replace("index.html", "") : "");
      if (!from.endsWith("index.html")) {
        try {
          d = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      String refresh = d.select("meta[http-equiv=refresh]").attr("content");
      String expected = from.startsWith("cu/dang-ky.html") ? "../vssid/dang-ky/" : "../../vssid/dang-ky/";
      assertEquals("0; url=" + expected, refresh, from);
      assertEquals(expected, d.selectFirst("main a").attr("href"), from + ": visible link");
      assertEquals(BASE + "vssid/dang-ky/", d.select("link[rel=canonical]").attr("href"), from);
      assertEquals("Đăng ký tài khoản VssID", d.select("meta[property=og:title]").attr("content"), from);
      assertFalse(d.select("meta[property=og:image]").attr("content").isBlank(), from);
    }
  }

  @Test
  void qrCodeFilesDecodeToTheShortOrCanonicalUrl() throws Exception {
    String svg = Files.readString(basic.resolve("vssid/dang-ky/qr.svg"));
    assertEquals(BASE + "g/vssid/", QrCodesTest.decode(svg, 4));
    String plain = Files.readString(basic.resolve("vssid/cai-dat/qr.svg"));
    assertEquals(BASE + "vssid/cai-dat/", QrCodesTest.decode(plain, 4));
  }

  @Test
  void guideHasAShareBarThatWorksWithoutJavaScript() {
    Element bar = TestSites.page(basic, "vssid/dang-ky/").selectFirst(".share-bar");
    assertNotNull(bar);
    assertEquals(BASE + "g/vssid/", bar.selectFirst("input.share-url").attr("value"));
    assertTrue(Files.isRegularFile(basic.resolve("vssid/dang-ky/").resolve(bar.selectFirst(".share-qr img").attr("src")).normalize()));
    assertTrue(bar.selectFirst("button.js-share").hasAttr("hidden"), "shown by JS only where Web Share exists");
    assertEquals(BASE + "g/vssid/", bar.selectFirst("button.js-copy").attr("data-copy"));
    assertTrue(TestSites.page(basic, "vssid/dang-ky/").select("script[src*=http]").isEmpty(), "no third-party script");
  }

  @Test
  void linkHubListsEveryGuideAndServiceWithLinkQrAndZaloMessage() {
    Document hub = TestSites.page(bundled, "lien-ket-chia-se/");
    List<Element> items = hub.select(".hub-item");
    long guides =
        TestSites.page(bundled, "").select(".topic-card a").eachAttr("href").stream()
            .mapToLong(t -> TestSites.page(bundled, t.replaceFirst("^\\./", "")).select(".guide-list li").size())
            .sum();
    assertTrue(guides >= 25);
    assertEquals(guides + 25, items.size());
    for (Element item : items) {
      String link = item.selectFirst("a.hub-short").attr("href");
      assertTrue(link.startsWith("https://"), link);
      assertEquals(link, item.selectFirst("button.js-copy[data-copy]").attr("data-copy"));
      Element zalo = hub.getElementById(item.selectFirst("button.js-copy[data-copy-of]").attr("data-copy-of"));
      assertNotNull(zalo, "the Zalo button copies a message on the page");
      assertTrue(zalo.wholeText().contains(item.selectFirst(".hub-title").text()) && zalo.text().contains(link), zalo.text());
      assertNotNull(item.selectFirst("details .hub-qr[src$=qr.svg][loading=lazy]"));
    }
  }

  /**
   * The link hub was the slowest page (890 elements laid out at once, 54 text boxes): up front it
   * lays out only the topic headings; every list is a closed {@code <details>}.
   */
  @Test
  void linkHubRendersOnlyTheTopicHeadingsUpFront() {
    Document hub = TestSites.page(bundled, "lien-ket-chia-se/");
    List<Element> lists = hub.select(".hub-list");
    assertTrue(lists.size() >= 6, "one list per topic and one for the services");
    for (Element list : lists) {
      Element details = list.parent();
      assertEquals("details", details.tagName());
      assertFalse(details.hasAttr("open"), "closed at first");
    }
    assertTrue(hub.select("main textarea, main input").isEmpty(), "no form controls per entry");
    int elements = hub.getAllElements().size();
    int entries = hub.select(".hub-list > li").size();
    assertTrue(elements < 200 + 11 * entries, elements + " elements for " + entries + " entries"); // grows with the content
    int hidden = hub.select("details:not([open]) > :not(summary) *, details:not([open]) > :not(summary)").size();
    int visible = hub.getAllElements().size() - hidden;
    assertTrue(visible < 200, visible + " elements outside closed lists");
  }

  @Test
  void eachTopicHasAPrintableHandoutWithQrCodes() {
    Document d = TestSites.page(bundled, "vssid/in/");
    Document topic = TestSites.page(bundled, "vssid/");
    assertEquals(topic.select(".guide-list .card-title").eachText(), d.select(".handout-item h2").eachText());
    for (Element img : d.select(".handout-qr")) {
      assertTrue(Files.isRegularFile(bundled.resolve("vssid/in/").resolve(img.attr("src")).normalize()), img.attr("src"));
    }
    assertTrue(d.select(".handout-url").eachText().stream().allMatch(u -> u.startsWith("https://")));
  }

  @Test
  void printedLinksCarryTheirAbsoluteAddress() {
    Element a = TestSites.page(basic, "vssid/dang-ky/").selectFirst(".prose a[href=../cai-dat/]");
    assertEquals(BASE + "vssid/cai-dat/", a.attr("data-url"));
  }
}
