package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import vn.camnang.TestSites;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens every page of the bundled site in a real Chromium at 390×844 and checks what a citizen on
 * a small phone would hit: sideways scrolling, console errors, small text, small tap targets.
 * Screenshots of a few pages go to {@code target/screenshots/} for a human look.
 */
class PhoneSmokeTest {
  @TempDir Path tmp;

  @Test
  void everyPageOfTheBundledSiteFitsAPhoneWithoutErrors() throws Exception {
    Path out = tmp.resolve("site");
    TestSites.Run run = TestSites.build(TestSites.REPO, out);
    assertEquals(0, run.exitCode(), run.err());
    List<String> pages = TestSites.htmlFiles(out);
    assertTrue(pages.size() >= 30, "bundled site has its pages: " + pages.size());

    Path shots = TestSites.REPO.resolve("target/screenshots");
    Files.createDirectories(shots);
    List<String> problems = new ArrayList<>();
    ChromeDriver driver = Browser.start(tmp.resolve("chrome-profile"));
    try (StaticServer server = new StaticServer(out)) {
      JavascriptExecutor js = driver;
      int redirects = 0;
      for (String page : pages) {
        String url = server.url() + (page.endsWith("index.html") ? page.substring(0, page.length() - 10) : page);
        driver.get(url);
        if (Files.readString(out.resolve(page)).contains("http-equiv=\"refresh\"")) {
          // an alias or short link: the phone must land on the real page
          new WebDriverWait(driver, Duration.ofSeconds(5))
              .until(d -> !d.getCurrentUrl().equals(url) && d.findElements(By.cssSelector("article h1")).size() == 1);
          redirects++;
          driver.manage().logs().get(LogType.BROWSER);
          continue;
        }
        Number innerWidth = (Number) js.executeScript("return window.innerWidth");
        if (innerWidth.intValue() != Browser.WIDTH) {
          problems.add(page + ": layout viewport is " + innerWidth + " px wide, not " + Browser.WIDTH
              + " (content wider than the phone makes it zoom out)");
        }
        Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
          problems.add(page + ": horizontal overflow " + scrollWidth + " > " + innerWidth);
        }
        String fontSize =
            (String) js.executeScript(
                "return getComputedStyle(document.querySelector('.prose p, .prose li')"
                    + " || document.querySelector('main p, main li') || document.body).fontSize");
        if (Double.parseDouble(fontSize.replace("px", "")) < 18) {
          problems.add(page + ": body text " + fontSize);
        }
        @SuppressWarnings("unchecked")
        List<String> small =
            (List<String>)
                js.executeScript(
                    "return Array.from(document.querySelectorAll("
                        + "'.card a, .button, .breadcrumb a, .pager a, .footer-topics a, .link-list a'))"
                        + ".filter(e => e.getBoundingClientRect().height < 48 && e.offsetParent !== null)"
                        + ".map(e => e.textContent.trim().slice(0, 40) + ' ' + Math.round(e.getBoundingClientRect().height) + 'px')");
        for (String s : small) {
          problems.add(page + ": tap target under 48px: " + s);
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
          if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
            problems.add(page + ": console: " + e.getMessage());
          }
        }
        if (page.equals("index.html")
            || page.equals("vssid/index.html")
            || page.equals("vssid/dang-ky-tai-khoan/index.html")
            || page.equals("dich-vu-cong/dich-vu-cong-toan-trinh/index.html")
            || page.equals("dich-vu/index.html")
            || page.equals("dich-vu/dang-ky-khai-sinh/index.html")) {
          Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
          Files.copy(png, shots.resolve(page.replace('/', '_') + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      assertTrue(redirects > 0, "short links were followed");
    } finally {
      driver.quit();
    }
    assertEquals(List.of(), problems);
    System.out.println("Phone smoke test: " + pages.size() + " pages checked at 390x844, 0 problems");
  }
}
