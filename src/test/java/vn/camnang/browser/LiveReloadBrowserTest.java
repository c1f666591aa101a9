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

/** {@code serve} in a real browser: saving a guide reloads the open page; a bad save shows the overlay until fixed. */
class LiveReloadBrowserTest {
  @TempDir Path tmp;

  @Test
  void anEditReloadsThePageAndAnErrorShowsAnOverlayThatClearsWhenFixed() throws Exception {
    ChromeDriver driver = Browser.start(tmp.resolve("profile"));
    try (ServedSite served = ServedSite.start("basic", tmp)) {
      Path site = served.site;
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
      driver.get(served.base() + "/vssid/dang-ky/");
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
