package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;
import vn.camnang.cms.CmsServer;
import vn.camnang.serve.DevServer;
import vn.camnang.serve.ServeSession;
import vn.camnang.site.BuildOptions;

/**
 * The editing page in a real browser, on {@code serve}: an editor opens /admin/ (Vietnamese
 * interface), writes a new guide with a photo, saves; the Markdown file and the photo land in the
 * guide's bundle and the preview site has the new page.
 */
class CmsBrowserTest {
  @TempDir Path tmp;

  @Test
  void anEditorCreatesAGuideWithAPhotoAndThePreviewRebuilds() throws Exception {
    ServedSite served = ServedSite.start("basic", tmp);
    Path site = served.site;
    Path out = tmp.resolve("served");
    Path photo = tmp.resolve("anh-buoc-1.png");
    Files.copy(site.resolve("content/vssid/dang-ky/buoc-1.png"), photo);
    ChromeDriver driver = Browser.start(tmp.resolve("profile"), false);
    try (served) {
      CmsServer.attach(served.server::route, site, "127.0.0.1");
      String base = served.base();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
      JavascriptExecutor js = driver;

      driver.get(base + "/admin/");
      // The proxy backend's login page: one button, in Vietnamese.
      WebElement login = wait.until(d -> button(d, "Đăng nhập"));
      login.click();
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("VssID"));
      driver.get(base + "/admin/#/collections/bai-vssid/new");
      WebElement title = wait.until(d -> first(d, By.cssSelector("input[id^='title-field']")));
      title.sendKeys("Xác thực khuôn mặt trên VssID");
      driver.findElement(By.cssSelector("textarea[id^='description-field']"))
          .sendKeys("Làm lại bước xác thực khuôn mặt khi đổi điện thoại.");
      WebElement editor = wait.until(d -> first(d, By.cssSelector("[data-slate-editor='true']")));
      editor.click();
      editor.sendKeys("Mở VssID, chọn Cá nhân rồi Xác thực lại.");

      // The photo, through the image field's media library (entry-relative: saved beside the guide).
      wait.until(d -> button(d, "Chọn một hình")).click();
      WebElement file = wait.until(d -> first(d, By.cssSelector("input[type='file']")));
      file.sendKeys(photo.toString());
      WebElement choose = wait.until(d -> {
        WebElement b = button(d, "Lấy những cái đã chọn");
        return b != null && b.isEnabled() ? b : null;
      });
      js.executeScript("arguments[0].click()", choose);
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("anh-buoc-1.png")
          || !d.findElements(By.cssSelector("img[src^='blob:']")).isEmpty());

      wait.until(d -> button(d, "Công bố")).click();
      wait.until(d -> button(d, "Công bố ngay")).click();

      Path guide = site.resolve("content/vssid/xac-thuc-khuon-mat-tren-vssid/index.md");
      wait.until(d -> Files.isRegularFile(guide));
      String md = Files.readString(guide);
      assertTrue(md.startsWith("---\n"), md);
      assertTrue(md.contains("title: Xác thực khuôn mặt trên VssID"), md);
      assertTrue(md.contains("Làm lại bước xác thực khuôn mặt khi đổi điện thoại."), md);
      assertTrue(md.contains("image: anh-buoc-1.png"), md);
      assertTrue(md.contains("Mở VssID, chọn Cá nhân rồi Xác thực lại."), md);
      assertTrue(!md.contains("verified:") && !md.contains("date: \"\""), "empty fields left out: " + md);
      Path saved = guide.resolveSibling("anh-buoc-1.png");
      assertTrue(Files.isRegularFile(saved));
      assertEquals(Files.size(photo), Files.size(saved));

      // The preview rebuilt: the new page exists and is listed on its topic.
      Path page = out.resolve("vssid/xac-thuc-khuon-mat-tren-vssid/index.html");
      new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> Files.isRegularFile(page));
      driver.get(base + "/vssid/xac-thuc-khuon-mat-tren-vssid/");
      String text = driver.findElement(By.tagName("body")).getText();
      assertTrue(text.contains("Xác thực khuôn mặt trên VssID"), text);
      assertTrue(text.contains("Mở VssID, chọn Cá nhân rồi Xác thực lại."), text);

      // Nothing was asked of another host, and the page's CSP was never violated.
      List<LogEntry> logs = driver.manage().logs().get(LogType.BROWSER).getAll();
      for (LogEntry e : logs) {
        if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
          assertTrue(!e.getMessage().contains("Content Security Policy"), e.getMessage());
        }
      }
      Object hosts =
          js.executeScript(
              "return performance.getEntriesByType('resource').map(e => new URL(e.name).host)"
                  + ".filter(h => h !== location.host)");
      assertEquals(List.of(), hosts);
    } catch (RuntimeException | AssertionError e) {
      Files.write(Path.of("target/cms-browser-failure.png"), driver.getScreenshotAs(OutputType.BYTES));
      StringBuilder log = new StringBuilder(driver.findElement(By.tagName("body")).getText());
      for (LogEntry l : driver.manage().logs().get(LogType.BROWSER).getAll()) {
        log.append("\nLOG ").append(l.getLevel()).append(' ').append(l.getMessage());
      }
      Files.writeString(Path.of("target/cms-browser-failure.txt"), log);
      throw e;
    } finally {
      driver.quit();
    }
  }

  @Test
  void editingAnExistingGuideKeepsItsCalloutAndTheSiteStillBuilds() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("served");
    ServeSession session = new ServeSession(new BuildOptions(site, out, null, false), s -> { });
    assertTrue(session.fullBuild().ok());
    ChromeDriver driver = Browser.start(tmp.resolve("profile"), false);
    try (DevServer s = new DevServer("127.0.0.1", 0, out, site)) {
      CmsServer.attach(s::route, site, "127.0.0.1");
      String base = "http://127.0.0.1:" + s.port();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
      driver.get(base + "/admin/");
      wait.until(d -> button(d, "Đăng nhập")).click();
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("VssID"));
      driver.get(base + "/admin/#/collections/bai-vssid/entries/dang-ky/index");
      WebElement description = wait.until(d -> first(d, By.cssSelector("textarea[id^='description-field']")));
      // The callout is one editable block (our editor component), not an indented code block.
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Hộp cảnh báo"));
      description.sendKeys(" Có thêm ảnh minh họa.");
      wait.until(d -> button(d, "Công bố")).click();
      wait.until(d -> button(d, "Công bố ngay")).click();
      Path guide = site.resolve("content/vssid/dang-ky/index.md");
      wait.until(d -> {
        try {
          return Files.readString(guide).contains("Có thêm ảnh minh họa.");
        } catch (IOException e) {
          return false;
        }
      });
      String md = Files.readString(guide);
      assertTrue(md.contains("!!! warning \"Không chia sẻ mã OTP\"\n    Không ai được hỏi mã OTP của bạn."), md);
      TestSites.Run built = TestSites.build(site, tmp.resolve("built"));
      assertEquals(0, built.exitCode(), built.err() + "\n" + md);
    } catch (RuntimeException | AssertionError e) {
      Files.write(Path.of("target/cms-browser-failure2.png"), driver.getScreenshotAs(OutputType.BYTES));
      throw e;
    } finally {
      driver.quit();
    }
  }

  private static WebElement button(WebDriver d, String text) {
    for (WebElement b : d.findElements(By.xpath("//button|//*[@role='button']|//span[@role='menuitem']|//*[@role='menuitem']"))) {
      try {
        String t = b.getAttribute("textContent");
        if (t != null && t.strip().equalsIgnoreCase(text)) {
          return b;
        }
      } catch (StaleElementReferenceException e) {
        // re-rendered; look again on the next poll
      }
    }
    return null;
  }

  private static WebElement first(WebDriver d, By by) {
    List<WebElement> l = d.findElements(by);
    return l.isEmpty() ? null : l.get(0);
  }
}
