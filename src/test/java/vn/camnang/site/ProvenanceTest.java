package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * Honest dates and sources: a page says "Đã kiểm tra" only when its header records a check (date,
 * how, by); its sources are listed at the end; {@code check} lists what to try again on the live
 * service; a service page links to the section of the guide that walks it through.
 */
class ProvenanceTest {
  @TempDir Path tmp;

  static final String CHECKED =
      """
      ---
      title: "Đăng ký kết hôn"
      description: "Các bước đăng ký kết hôn trực tuyến."
      date: 2026-10-01
      updated: 2026-11-20
      verified:
        date: 2026-11-25
        how: "trên ứng dụng VNeID"
        by: "Tổ công nghệ số xã Quảng Tân"
      sources:
        - title: "Cổng Dịch vụ công quốc gia"
          url: "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"
          read: 2026-11-20
        - title: "Luật Hộ tịch 2014"
          url: "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=46755"
      ---

      ## Các bước

      1. **Đăng nhập.**
      """;

  static final String UNCHECKED =
      """
      ---
      title: "Đăng ký khai tử"
      description: "Các bước đăng ký khai tử."
      date: 2026-10-01
      updated: 2026-11-20
      sources:
        - title: "Cổng Dịch vụ công quốc gia"
          url: "https://dichvucong.gov.vn"
          read: 20/11/2026
      ---

      ## Khai tử {#dang-ky-khai-tu}

      1. **Đăng nhập.**
      """;

  private Path site(Map<String, String> files) {
    return TestSites.write(tmp.resolve("site"), files);
  }

  private Path twoGuides(String extraConfig) {
    return site(
        Map.of(
            "site.yaml", "title: \"Thử\"\nbaseUrl: \"https://thu.vn/\"\n" + extraConfig,
            "content/ho-tich/index.md", "---\ntitle: \"Hộ tịch\"\ndescription: \"Hộ tịch\"\n---\n",
            "content/ho-tich/ket-hon/index.md", CHECKED,
            "content/ho-tich/khai-tu.md", UNCHECKED));
  }

  @Test
  void aPageClaimsACheckOnlyWhenItsHeaderRecordsOne() {
    Path out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(twoGuides(""), out);
    assertEquals(0, run.exitCode(), run.err());

    Document checked = TestSites.page(out, "ho-tich/ket-hon/");
    Element verified = checked.selectFirst(".guide-meta .verified");
    assertNotNull(verified);
    assertEquals(
        "Đã kiểm tra trên ứng dụng VNeID ngày 25/11/2026 (Tổ công nghệ số xã Quảng Tân)", verified.text());
    assertEquals("2026-11-25", verified.selectFirst("time").attr("datetime"));
    assertTrue(checked.selectFirst(".guide-meta").text().contains("Cập nhật 20/11/2026"));

    Document unchecked = TestSites.page(out, "ho-tich/khai-tu/");
    assertNull(unchecked.selectFirst(".verified"));
    assertFalse(unchecked.text().contains("Đã kiểm tra"), "a page claims a check it does not record");
    assertTrue(unchecked.selectFirst(".guide-meta").text().contains("Cập nhật 20/11/2026"));
    assertTrue(unchecked.selectFirst(".sources .source-note").text().contains("chưa được ghi nhận là đã thử"));
    assertNull(checked.selectFirst(".sources .source-note"));
  }

  @Test
  void sourcesAreListedAtTheEndWithTheirAddressAndTheDayTheyWereRead() {
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(twoGuides(""), out).exitCode());
    Document d = TestSites.page(out, "ho-tich/ket-hon/");
    var items = d.select("article .sources li");
    assertEquals(2, items.size());
    Element first = items.get(0).selectFirst("a");
    assertEquals("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", first.attr("href"));
    assertEquals("Cổng Dịch vụ công quốc gia", first.text());
    assertTrue(first.attr("rel").contains("noopener"));
    assertEquals("dichvucong.gov.vn, đọc ngày 20/11/2026", items.get(0).selectFirst(".source-host").text());
    assertEquals("vbpl.vn", items.get(1).selectFirst(".source-host").text(), "no read date: none shown");
    assertEquals(
        "20/11/2026",
        TestSites.page(out, "ho-tich/khai-tu/").selectFirst(".sources time").text(),
        "dd/mm/yyyy dates are read as day first");
  }

  @Test
  void aSourceWithoutAnAddressOrAnIncompleteCheckIsAnErrorWithItsLine() {
    String bad =
        UNCHECKED
            .replace("    url: \"https://dichvucong.gov.vn\"\n", "    url: \"dichvucong\"\n")
            .replace("sources:", "verified:\n  date: 2026-11-01\n  how: \"trên VNeID\"\nsources:");
    Path site =
        site(
            Map.of(
                "site.yaml", "title: \"Thử\"\n",
                "content/ho-tich/index.md", "---\ntitle: \"Hộ tịch\"\n---\n",
                "content/ho-tich/khai-tu.md", bad));
    TestSites.Run run = TestSites.build(site, tmp.resolve("out"));
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("khai-tu.md:6: error: front matter: 'verified' lacks by"), run.err());
    assertTrue(
        run.err().contains("khai-tu.md:9: error: front matter: source 1 of 'sources' has no web address: 'dichvucong'"),
        run.err());
  }

  @Test
  void checkWarnsAboutStaleChecksAndCountsGuidesNeverChecked() {
    Path site = twoGuides("recheckAfterMonths: 1\n");
    // the checked guide is older than one month only after 25/12/2026: move its date back instead
    try {
      Path f = site.resolve("content/ho-tich/ket-hon/index.md");
      Files.writeString(f, Files.readString(f).replace("date: 2026-11-25", "date: 2020-01-15"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestSites.Run run = TestSites.run(site, "check", "--recheck");
    assertTrue(
        run.out().contains("ket-hon/index.md:6: warning: last checked on the live service on 15/01/2020, more than 1 months ago"),
        run.out());
    assertTrue(run.out().contains("Cần thử lại trên dịch vụ thật: 2 bài (1 bài chưa kiểm tra lần nào"), run.out());
    assertTrue(run.out().contains("content/ho-tich/khai-tu.md — chưa kiểm tra lần nào"), run.out());
    assertTrue(run.out().contains("content/ho-tich/ket-hon/index.md — kiểm tra lần cuối 15/01/2020"), run.out());
  }

  @Test
  void aGuideWithoutSourcesIsWarnedAboutByCheck() {
    Path site = twoGuides("");
    try {
      Path f = site.resolve("content/ho-tich/khai-tu.md");
      Files.writeString(f, Files.readString(f).replaceAll("(?s)sources:.*?\n---", "---"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TestSites.Run run = TestSites.run(site, "check");
    assertTrue(run.out().contains("khai-tu.md:1: warning: no sources"), run.out());
    assertFalse(run.out().contains("ket-hon/index.md:1: warning: no sources"), run.out());
  }

  @Test
  void aServicePageLinksToTheSectionThatWalksItThroughAndAMissingOneIsWarned() {
    String data =
        """
        updated: 2026-11-20
        services:
          - id: ket-hon
            number: 1
            name: "Đăng ký kết hôn"
            walkthrough: ho-tich/ket-hon#cac-buoc
            guides: [ho-tich/ket-hon, ho-tich/khai-tu]
          - id: khai-tu
            number: 2
            name: "Đăng ký khai tử"
            walkthrough: ho-tich/khai-tu#dang-ky-khai-tu
          - id: khai-sinh
            number: 3
            name: "Đăng ký khai sinh"
          - id: nhan-con
            number: 4
            name: "Nhận cha mẹ con"
            walkthrough: ho-tich/khai-tu#nhan-cha-me-con
        """;
    String config =
        """
        dataPages:
          - data: dv.yaml
            list: services
            url: "dich-vu/{id}/"
            template: service.ftl
            title: "{name}"
            walkthrough: true
        """;
    Path site = twoGuides(config);
    try {
      Files.createDirectories(site.resolve("data"));
      Files.writeString(site.resolve("data/dv.yaml"), data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "../../ho-tich/ket-hon/#cac-buoc",
        TestSites.page(out, "dich-vu/ket-hon/").selectFirst(".walkthrough a").attr("href"));
    assertEquals(
        List.of("../../ho-tich/khai-tu/"),
        TestSites.page(out, "dich-vu/ket-hon/").select("#huong-dan + ul a").eachAttr("href"),
        "the walkthrough guide is not listed again among related guides");
    assertEquals(
        "../../ho-tich/khai-tu/#dang-ky-khai-tu",
        TestSites.page(out, "dich-vu/khai-tu/").selectFirst(".walkthrough a").attr("href"));
    Document none = TestSites.page(out, "dich-vu/khai-sinh/");
    assertNull(none.selectFirst(".walkthrough"));
    assertTrue(none.text().contains("Chưa có hướng dẫn từng bước"));
    String all = run.out() + run.err();
    assertTrue(all.contains("dv.yaml:12: warning: item 'khai-sinh' has no step-by-step guide (walkthrough)"), all);
    assertTrue(
        all.contains("dv.yaml:18: warning: link to '#nhan-cha-me-con' on /ho-tich/khai-tu/: no such heading"), all);
    assertFalse(all.contains("#dang-ky-khai-tu"), "an explicit {#id} is the heading's id: " + all);
    assertEquals("Khai tử", TestSites.page(out, "ho-tich/khai-tu/").getElementById("dang-ky-khai-tu").text());
  }
}
