package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;

/** The share bar in a real browser at phone size: the copy button puts the link on the clipboard. */
class ShareBrowserTest {
  @TempDir Path tmp;

  @Test
  void copyButtonPutsTheShortLinkOnTheClipboardAndSaysSo() throws Exception {
    Path out = tmp.resolve("site");
    assertEquals(0, TestSites.build(TestSites.REPO, out).exitCode());
    ChromeDriver driver = Browser.start(tmp.resolve("profile"));
    try (StaticServer server = new StaticServer(out)) {
      driver.executeCdpCommand(
          "Browser.grantPermissions",
          Map.of(
              "origin", server.url().replaceAll("/$", ""),
              "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
      driver.get(server.url() + "vssid/dang-ky-tai-khoan/");
      WebElement copy = driver.findElement(By.cssSelector(".share-bar .js-copy"));
      assertTrue(copy.isDisplayed(), "JS reveals the copy button");
      String link = copy.getAttribute("data-copy");
      assertTrue(link.endsWith("/g/vssid/"), link);
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", copy);
      copy.click();
      WebElement status = driver.findElement(By.cssSelector(".share-bar .share-status"));
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !status.getText().isBlank());
      assertTrue(status.getText().startsWith("Đã sao chép"), status.getText());
      Object clip =
          driver.executeAsyncScript(
              "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('ERR ' + e); });");
      assertEquals(link, clip);

      driver.findElement(By.cssSelector(".share-qr summary")).click();
      WebElement qr = driver.findElement(By.cssSelector(".share-qr img"));
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> ((Number) driver.executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
      Path shots = TestSites.REPO.resolve("target/screenshots");
      Files.createDirectories(shots);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("share-bar.png"),
          StandardCopyOption.REPLACE_EXISTING);
      // the link hub: open a topic, copy a Zalo message (the button copies the text shown)
      driver.get(server.url() + "lien-ket-chia-se/");
      driver.findElement(By.cssSelector("#vssid ~ details > summary")).click();
      WebElement zalo = driver.findElement(By.cssSelector("#vssid ~ details .js-copy[data-copy-of]"));
      assertTrue(zalo.isDisplayed(), "an opened topic shows its copy buttons");
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", zalo);
      zalo.click();
      WebElement hubStatus = driver.findElement(By.cssSelector("main .share-status"));
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !hubStatus.getText().isBlank());
      Object message =
          driver.executeAsyncScript(
              "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('ERR ' + e); });");
      String shown = (String) driver.executeScript(
          "return document.getElementById(arguments[0]).textContent", zalo.getAttribute("data-copy-of"));
      assertEquals(shown, message);
      assertTrue(shown.contains("\n") && shown.contains("https://"), shown);
      driver.get(server.url() + "dich-vu-cong/in/");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("handout.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }
}
