package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import vn.camnang.TestSites;
import java.util.logging.Level;

/**
 * The published pages in a real browser: the Content-Security-Policy lets our own scripts run and
 * nothing else, no request leaves the site on page load, and the site still works from file://.
 */
class SecurityBrowserTest {
  @TempDir Path tmp;

  @Test
  void pagesLoadOnlyTheirOwnFilesAndWorkUnderTheirPolicyOverHttpAndFromDisk() throws Exception {
    Path out = tmp.resolve("site");
    assertEquals(0, TestSites.build(TestSites.REPO, out).exitCode());
    ChromeDriver driver = Browser.start(tmp.resolve("profile"));
    List<String> problems = new ArrayList<>();
    try (StaticServer server = new StaticServer(out)) {
      for (String page : List.of("", "vssid/dang-ky-tai-khoan/", "dich-vu/", "lien-ket-chia-se/", "tim-kiem/")) {
        driver.get(server.url() + page);
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) driver.executeScript(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        for (String r : resources) {
          if (!r.startsWith(server.url())) {
            problems.add(page + ": third-party request " + r);
          }
        }
        assertTrue(driver.findElement(By.cssSelector(".share-bar .js-copy, .brand")).isDisplayed());
        severe(driver, page, problems);
      }
      // the share bar's copy button only appears when site.js ran: the policy allows our script
      driver.get(server.url() + "vssid/dang-ky-tai-khoan/");
      assertTrue(driver.findElement(By.cssSelector(".share-bar .js-copy")).isDisplayed(), "our own script runs");
    }
    driver.get(out.resolve("index.html").toUri().toString());
    String href = driver.findElement(By.cssSelector(".topic-card a")).getAttribute("href");
    assertTrue(href.endsWith("/index.html"), "site.js ran from file:// and fixed folder links: " + href);
    driver.findElement(By.cssSelector(".topic-card a")).click();
    assertTrue(driver.getCurrentUrl().endsWith("thanh-toan-so/index.html"), driver.getCurrentUrl());
    assertTrue(!driver.findElement(By.tagName("h1")).getText().isBlank());
    severe(driver, "file://", problems);
    driver.quit();
    assertEquals(List.of(), problems);
  }

  private static void severe(ChromeDriver driver, String page, List<String> problems) {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(page + ": console: " + e.getMessage());
      }
    }
  }
}
