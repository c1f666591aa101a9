package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.camnang.CheckTools;
import vn.camnang.TestSites;

/**
 * axe-core (from npm, a local file: never a CDN) finds no violation on one page of each kind of
 * the bundled site, in Chromium at a phone's size, with the site's own scripts run.
 */
class AccessibilityBrowserTest {
  @TempDir Path tmp;

  /** One page of each kind (body class {@code kind-*}). */
  static final List<String> PAGES =
      List.of(
          "", // home
          "vssid/", // topic
          "vssid/dang-ky-tai-khoan/", // guide
          "to-cong-nghe-so/", // page
          "dich-vu/", // catalogue
          "dich-vu/dang-ky-khai-sinh/", // service
          "lien-ket-chia-se/", // link hub
          "tim-kiem/?q=chu+ky+so", // search, with results
          "khong-co-mang/", // offline
          "vssid/in/", // handout
          "khong-co-trang-nay/"); // 404

  @Test
  void axeFindsNoViolationOnAnyKindOfPage() throws Exception {
    String axe = Files.readString(CheckTools.axe(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("site");
    TestSites.Run run = TestSites.build(TestSites.REPO, out);
    assertEquals(0, run.exitCode(), run.err());
    ChromeDriver driver = Browser.start(tmp.resolve("profile"));
    List<String> problems = new ArrayList<>();
    try (StaticServer server = new StaticServer(out)) {
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      for (String page : PAGES) {
        driver.get(server.url() + page);
        driver.executeScript(axe); // through the driver: the page's Content-Security-Policy stays as it is
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] })"
                + ".then(function (r) { done({ violations: r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }) }); })"
                + ".catch(function (e) { done({ error: String(e) }); });");
        assertNotNull(results, page);
        if (results.get("error") != null) {
          problems.add(page + ": axe failed: " + results.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) results.getOrDefault("violations", List.of());
        violations.forEach(v -> problems.add("/" + page + ": " + v));
      }
    } finally {
      driver.quit();
    }
    assertEquals(List.of(), problems);
  }
}
