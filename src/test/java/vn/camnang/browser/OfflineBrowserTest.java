package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;

/**
 * Offline reading in a real Chromium at a phone's size: the bundled site served over http (under a
 * sub-path, as a training centre's host might), a guide read once, then the server stopped — the
 * phone losing signal.
 */
class OfflineBrowserTest {
  static final String VISITED = "vssid/dang-ky-tai-khoan/";
  static final String NOT_VISITED = "vssid/cai-dat-vssid/";

  @TempDir static Path shared;
  static Path site;

  @TempDir Path tmp;

  @BeforeAll
  static void build() {
    site = shared.resolve("site");
    TestSites.Run run = TestSites.build(TestSites.REPO, site);
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void aGuideReadOnceReopensWithoutNetworkAndOtherPagesShowTheOfflinePage() throws Exception {
    ChromeDriver driver = Browser.start(tmp.resolve("chrome-profile"));
    StaticServer server = new StaticServer(site, "/tap-huan/camnang/");
    try {
      JavascriptExecutor js = driver;
      String guide = server.url() + VISITED;
      driver.get(guide);
      String title = driver.findElement(By.cssSelector("article h1")).getText();
      assertTrue(title.contains("VssID"), title);

      // first visit: the worker installs, takes over the page, and saves it with its infographic
      waitUntilSaved(driver);
      String scope =
          (String) js.executeAsyncScript(
              "var done = arguments[arguments.length - 1];"
                  + "navigator.serviceWorker.getRegistration().then(function (r) { done(r.scope); });");
      assertEquals(server.url(), scope, "the worker's scope is the site's root, under its sub-path");
      Map<String, Object> manifest = driver.executeCdpCommand("Page.getAppManifest", Map.of());
      assertEquals(server.url() + "manifest.webmanifest", manifest.get("url"));
      assertEquals(List.of(), manifest.get("errors"), "Chromium reads the manifest without errors");
      assertEquals(
          Map.of("installabilityErrors", List.of()),
          driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of()),
          "the phone offers to add the site to its home screen");
      assertEquals(List.of(), severe(driver), "no console error while online");

      server.close(); // no more network
      driver.navigate().refresh();
      assertEquals(title, driver.findElement(By.cssSelector("article h1")).getText());
      wait(driver, 10)
          .until(
              d ->
                  (Boolean)
                      js.executeScript(
                          "var img = document.querySelector('.prose img');"
                              + "return img.complete && img.naturalWidth > 0;"));
      Number cssLoaded =
          (Number) js.executeScript("return document.querySelector('link[rel=stylesheet]').sheet.cssRules.length");
      assertTrue(cssLoaded.intValue() > 10, "the stylesheet came from the cache");

      // a guide never opened: the offline page, listing the guide that was
      driver.get(server.url() + NOT_VISITED);
      wait(driver, 15)
          .until(d -> d.findElements(By.cssSelector("main h1")).size() == 1
              && d.findElement(By.cssSelector("main h1")).getText().equals("Bạn đang không có mạng"));
      assertTrue(driver.getCurrentUrl().startsWith(server.url() + "khong-co-mang/?trang="), driver.getCurrentUrl());
      wait(driver, 10)
          .until(d -> d.findElements(By.cssSelector(".offline-saved a")).size() > 0);
      List<String> saved = new ArrayList<>();
      driver.findElements(By.cssSelector(".offline-saved a")).forEach(a -> saved.add(a.getText() + " → " + a.getAttribute("href")));
      assertEquals(List.of(title + " → " + guide), saved);
      assertEquals(
          server.url() + NOT_VISITED,
          driver.findElement(By.cssSelector(".offline-retry a")).getAttribute("href"),
          "a button opens the wanted page again once the network is back");
      assertTrue(driver.findElement(By.cssSelector(".offline-retry")).isDisplayed());

      Path shots = TestSites.REPO.resolve("target/screenshots");
      Files.createDirectories(shots);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("khong-co-mang.png"),
          StandardCopyOption.REPLACE_EXISTING);

      // search still answers: its page and index were saved at install
      driver.get(server.url() + "tim-kiem/?q=dang+ky+vssid");
      wait(driver, 10).until(d -> d.findElements(By.cssSelector("#ket-qua-tim .search-list a")).size() > 0);
      assertEquals(List.of(), severe(driver), "no console error while offline");
      // the saved guide opens from the offline page's list
      driver.navigate().back();
      wait(driver, 10).until(d -> d.findElements(By.cssSelector(".offline-saved a")).size() > 0);
      driver.findElement(By.cssSelector(".offline-saved a")).click();
      wait(driver, 10).until(d -> d.getCurrentUrl().equals(guide));
      assertEquals(title, driver.findElement(By.cssSelector("article h1")).getText());
    } finally {
      server.close();
      driver.quit();
    }
  }

  @Test
  void whileOnlinePagesAreFreshAndAVerySlowNetworkGetsTheSavedCopy() throws Exception {
    Path copy = tmp.resolve("site");
    TestSites.copyTree(site, copy);
    Path file = copy.resolve(VISITED + "index.html");
    String html = Files.readString(file);
    ChromeDriver driver = Browser.start(tmp.resolve("chrome-profile"));
    try (StaticServer server = new StaticServer(copy)) {
      JavascriptExecutor js = driver;
      driver.get(server.url() + VISITED);
      String title = driver.findElement(By.cssSelector("article h1")).getText();
      waitUntilSaved(driver);

      // a new deploy changes the guide: the reader online sees it at once, and it is saved
      Files.writeString(file, html.replace("<h1>" + title + "</h1>", "<h1>" + title + " (bản mới)</h1>"));
      driver.navigate().refresh();
      assertEquals(title + " (bản mới)", driver.findElement(By.cssSelector("article h1")).getText());
      wait(driver, 10)
          .until(
              d ->
                  (Boolean)
                      js.executeAsyncScript(
                          "var done = arguments[arguments.length - 1];"
                              + "caches.match(location.href).then(function (r) { return r.text(); })"
                              + ".then(function (t) { done(t.indexOf('(bản mới)') > 0); }, function () { done(false); });"));

      // a network that answers after 8 s: the saved copy shows after about 3.5 s
      Files.writeString(file, html.replace("<h1>" + title + "</h1>", "<h1>" + title + " (bản mới hơn)</h1>"));
      server.delayHtml(Duration.ofSeconds(8));
      long t0 = System.nanoTime();
      driver.navigate().refresh();
      String shown = driver.findElement(By.cssSelector("article h1")).getText();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(title + " (bản mới)", shown);
      assertTrue(ms >= 3000 && ms < 7000, "the saved copy after the 3.5 s wait, not the network's answer: " + ms + " ms");
    } finally {
      driver.quit();
    }
  }

  @Test
  void fromFileUrlsThereIsNoServiceWorkerAndNoConsoleError() throws Exception {
    ChromeDriver driver = Browser.start(tmp.resolve("chrome-profile"));
    List<String> problems = new ArrayList<>();
    try {
      JavascriptExecutor js = driver;
      for (String page : List.of("index.html", VISITED + "index.html", "khong-co-mang/index.html")) {
        driver.get(site.resolve(page).toUri().toString());
        assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
        assertEquals(1, driver.findElements(By.cssSelector("main h1")).size(), page);
        Thread.sleep(500); // give a registration, if there were one, the time to fail
        Object controller = js.executeScript("return navigator.serviceWorker ? navigator.serviceWorker.controller : null");
        if (controller != null) {
          problems.add(page + ": controlled by a service worker");
        }
        severe(driver).forEach(e -> problems.add(page + ": console: " + e));
      }
      assertTrue(
          driver.findElement(By.cssSelector(".offline-status")).getText().contains("không lưu bài"),
          "the offline page says this browser saves nothing from disk");
    } finally {
      driver.quit();
    }
    assertEquals(List.of(), problems);
  }

  /** Waits until the worker controls the page and has saved it with its first article picture. */
  private static void waitUntilSaved(ChromeDriver driver) {
    wait(driver, 30).until(d -> (Boolean) driver.executeScript("return !!navigator.serviceWorker.controller"));
    wait(driver, 30)
        .until(
            d ->
                (Boolean)
                    driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                            + "var img = document.querySelector('.prose img');"
                            + "Promise.all([caches.match(location.href), caches.match(img.currentSrc)])"
                            + ".then(function (r) { done(!!r[0] && !!r[1]); }, function () { done(false); });"));
  }

  private static List<String> severe(WebDriver driver) {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  private static WebDriverWait wait(WebDriver driver, int seconds) {
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    w.pollingEvery(Duration.ofMillis(200));
    return w;
  }
}
