package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;

/**
 * {@code features: {offline: false}} on a reader's phone: a site that offered offline reading is
 * rebuilt without it and deployed over the old one. The reader's next visit removes the worker the
 * old site installed and the pages it saved (else it would keep answering with them), and from then
 * on no page asks for {@code sw.js} or the web manifest (the files are not there: a 404 each time).
 */
class OfflineSwitchBrowserTest {
  static final String GUIDE = "vssid/cai-dat/";

  @TempDir Path tmp;

  @Test
  void turningOfflineReadingOffRemovesTheWorkerAndItsSavedPagesFromTheReadersPhone() throws Exception {
    Path on = tmp.resolve("on-out");
    TestSites.Run run = TestSites.build(TestSites.copy("basic", tmp.resolve("on")), on);
    assertEquals(0, run.exitCode(), run.err());
    Path offSite = TestSites.copy("basic", tmp.resolve("off"));
    Files.writeString(offSite.resolve("site.yaml"), "\nfeatures:\n  offline: false\n", StandardOpenOption.APPEND);
    Path off = tmp.resolve("off-out");
    run = TestSites.build(offSite, off);
    assertEquals(0, run.exitCode(), run.err());

    Path www = tmp.resolve("www"); // the web server's folder: one deploy, then the next
    TestSites.copyTree(on, www);
    ChromeDriver driver = Browser.start(tmp.resolve("chrome-profile"));
    StaticServer server = new StaticServer(www);
    try {
      driver.get(server.url() + GUIDE);
      wait(driver).until(d -> registrations(driver) == 1 && savedCaches(driver) > 0);
      assertTrue(server.requests().contains("/sw.js"), server.requests().toString());

      deploy(off, www);
      driver.get(server.url() + GUIDE);
      assertEquals("off", driver.findElement(By.tagName("html")).getAttribute("data-offline"));
      wait(driver).until(d -> registrations(driver) == 0 && savedCaches(driver) == 0);

      int before = server.requests().size();
      driver.get(server.url() + GUIDE);
      driver.findElement(By.cssSelector("article h1"));
      Thread.sleep(500); // site.js runs on load: give a request it would make the time to arrive
      List<String> asked = server.requests().subList(before, server.requests().size());
      assertTrue(asked.contains("/" + GUIDE), asked.toString());
      assertTrue(
          asked.stream().noneMatch(p -> p.endsWith("sw.js") || p.endsWith("manifest.webmanifest")), asked.toString());
      assertEquals(0, registrations(driver));
    } finally {
      driver.quit();
      server.close();
    }
  }

  private static WebDriverWait wait(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static long registrations(ChromeDriver driver) {
    return (Long) driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "navigator.serviceWorker.getRegistrations().then(function (r) { done(r.length); });");
  }

  /** Cache Storage entries of this site's worker ("camnang-… <root>"). */
  private static long savedCaches(ChromeDriver driver) {
    return (Long) driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "caches.keys().then(function (n) {"
            + "  done(n.filter(function (x) { return x.indexOf('camnang-') === 0; }).length); });");
  }

  /** Replaces the served folder's content with {@code site}, as a deploy copies a new output. */
  private static void deploy(Path site, Path www) throws Exception {
    try (Stream<Path> old = Files.walk(www)) {
      for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(www)) {
          Files.delete(p);
        }
      }
    }
    TestSites.copyTree(site, www);
  }
}
