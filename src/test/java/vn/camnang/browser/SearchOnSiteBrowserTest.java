package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;
import java.nio.file.StandardCopyOption;

/** A citizen types without diacritics into the search box of the built site and finds the right guide first. */
class SearchOnSiteBrowserTest {
  @TempDir Path tmp;

  @Test
  void unaccentedQueriesFindTheRightGuideFirst() throws Exception {
    Path out = tmp.resolve("site");
    assertEquals(0, TestSites.build(TestSites.REPO, out).exitCode());
    ChromeDriver driver = Browser.start(tmp.resolve("profile"));
    try (StaticServer server = new StaticServer(out)) {
      driver.get(server.url() + "vssid/");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      for (List<String> q : List.of(
          List.of("chu ky so la gi", "Chữ ký số công cộng là gì"),
          List.of("dang ky vssid", "Đăng ký tài khoản VssID"),
          List.of("MOBILE MONEY", "Mobile Money"),
          List.of("phat nguoi", "phạt nguội"))) {
        WebElement box = driver.findElement(By.id("tim"));
        box.clear();
        box.sendKeys(q.get(0));
        wait.until(d -> {
          List<WebElement> links = d.findElements(By.cssSelector("#ket-qua-tim .search-list a"));
          return !links.isEmpty() && links.get(0).getText().toLowerCase().contains(q.get(1).toLowerCase());
        });
        String status = driver.findElement(By.cssSelector("#ket-qua-tim .search-status")).getText();
        assertTrue(status.matches(".*\\d+ kết quả.*"), status);
        assertTrue(!driver.findElements(By.cssSelector("#ket-qua-tim mark")).isEmpty(), "matches are highlighted");
      }
      Path shots = TestSites.REPO.resolve("target/screenshots");
      Files.createDirectories(shots);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("search.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }
}
