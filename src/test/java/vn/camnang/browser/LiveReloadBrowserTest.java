package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;
import vn.camnang.serve.DevServer;
import vn.camnang.serve.ServeSession;
import vn.camnang.serve.SourceWatcher;
import vn.camnang.site.BuildOptions;

/** {@code serve} in a real browser: saving a guide reloads the open page; a bad save shows the overlay until fixed. */
class LiveReloadBrowserTest {
  @TempDir Path tmp;

  @Test
  void anEditReloadsThePageAndAnErrorShowsAnOverlayThatClearsWhenFixed() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("served");
    DevServer[] server = new DevServer[1];
    ServeSession session =
        new ServeSession(new BuildOptions(site, out, null, false), s -> { if (server[0] != null) server[0].announce(s); });
    assertTrue(session.fullBuild().ok());
    ChromeDriver driver = Browser.start(tmp.resolve("profile"));
    try (DevServer s = new DevServer("127.0.0.1", 0, out, site);
        SourceWatcher w = new SourceWatcher(site, 50, session::onChange)) {
      server[0] = s;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
      driver.get("http://127.0.0.1:" + s.port() + "/vssid/dang-ky/");
      wait.until(d -> driver.executeScript("return window.camnangLive && window.camnangLive.lastBuild()") != null);
      driver.executeScript("window.__notReloaded = true");

      Path guide = site.resolve("content/vssid/dang-ky/index.md");
      String good = Files.readString(guide);
      Files.writeString(guide, good + "\nĐoạn vừa thêm khi đang xem.\n");
      wait.until(d -> driver.executeScript("return window.__notReloaded") == null
          && d.findElement(By.tagName("body")).getText().contains("Đoạn vừa thêm khi đang xem."));

      Files.writeString(guide, good.replace("title: \"Đăng ký tài khoản VssID\"", "title: Bước 1: lỗi"));
      wait.until(d -> !d.findElements(By.id("camnang-error-overlay")).isEmpty());
      String overlay = driver.findElement(By.id("camnang-error-overlay")).getText();
      assertTrue(overlay.contains("content/vssid/dang-ky/index.md:2"), overlay);
      assertTrue(overlay.contains("mapping values are not allowed"), overlay);

      driver.executeScript("window.__notReloaded = true");
      Files.writeString(guide, good);
      wait.until(d -> driver.executeScript("return window.__notReloaded") == null
          && d.findElements(By.id("camnang-error-overlay")).isEmpty());
    } finally {
      driver.quit();
    }
  }
}
