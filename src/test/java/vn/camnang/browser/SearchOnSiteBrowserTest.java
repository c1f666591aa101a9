package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;
import vn.camnang.search.SearchRanker;

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
      // the list is drawn again as the reader types: a link read while it is replaced is stale
      FluentWait<WebDriver> wait =
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .ignoring(StaleElementReferenceException.class);
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

      // The whole query table through the real search.js: the same first page as the Java twin
      // (BundledSearchTest holds the hit rate), and a sample typed into the box shows it first.
      SearchRanker ranker = new SearchRanker(out);
      Map<String, String> table = SearchRanker.table();
      Map<String, String> differ = new TreeMap<>();
      int top1 = 0;
      for (Map.Entry<String, String> e : table.entrySet()) {
        @SuppressWarnings("unchecked")
        List<String> js = (List<String>) driver.executeAsyncScript(
            "var done = arguments[1]; camnangSearch.query(arguments[0], function (r) {"
                + " done(r.list.slice(0, 3).map(function (x) { return x.url; })); });", e.getKey());
        List<String> java = ranker.query(e.getKey()).stream().limit(3).map(SearchRanker.Hit::url).toList();
        if (!js.equals(java)) {
          differ.put(e.getKey(), "search.js " + js + ", Java " + java);
        }
        top1 += !js.isEmpty() && js.get(0).equals(e.getValue()) ? 1 : 0;
      }
      assertEquals(Map.of(), differ);
      assertTrue(top1 * 100 >= 95 * table.size(), "search.js top-1: " + top1 + "/" + table.size());
      int i = 0;
      for (Map.Entry<String, String> e : table.entrySet()) {
        if (i++ % 6 != 0) { // a sample: every sixth query of the table
          continue;
        }
        WebElement box = driver.findElement(By.id("tim"));
        box.clear();
        box.sendKeys(e.getKey());
        String expected = e.getValue();
        wait.until(d -> {
          List<WebElement> links = d.findElements(By.cssSelector("#ket-qua-tim .search-list a"));
          return !links.isEmpty() && links.get(0).getAttribute("href").endsWith("/" + expected);
        });
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
