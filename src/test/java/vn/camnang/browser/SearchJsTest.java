package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.TestSites;
import vn.camnang.search.Folding;
import vn.camnang.search.SearchFixtures;
import vn.camnang.search.SearchIndex;

/**
 * The real search.js in Chromium at phone size, on an index built by {@link SearchIndex} from {@link
 * SearchFixtures}: folding agrees with Java, the ranking table holds, and the box shows results the
 * way a reader (and a screen reader) meets them. site.js loads search.js on first focus, as on the site.
 */
class SearchJsTest {
  @TempDir static Path tmp;
  static ChromeDriver driver;
  static StaticServer server;
  static JavascriptExecutor js;

  @BeforeAll
  static void start() throws IOException {
    Path site = tmp.resolve("site");
    writeSite(site, SearchIndex.build(SearchFixtures.DOCS));
    driver = Browser.start(tmp.resolve("chrome-profile"));
    js = driver;
    server = new StaticServer(site);
    driver.get(server.url());
    assertNull(js.executeScript("return window.camnangSearch"), "search.js waits until the box is used");
    driver.findElement(By.id("tim")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> js.executeScript("return !!window.camnangSearch"));
  }

  /** A one-page site with the search box, search.js and the given index files. */
  static void writeSite(Path site, Map<String, byte[]> index) throws IOException {
    index.forEach((name, bytes) -> write(site.resolve(name), bytes));
    for (String f : List.of("js/site.js", "js/search.js", "css/site.css")) {
      write(site.resolve(f), Files.readAllBytes(TestSites.REPO.resolve("assets").resolve(f)));
    }
    Files.writeString(
        site.resolve("index.html"),
        """
        <!doctype html><html lang="vi" data-root="./"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Tìm</title><link rel="stylesheet" href="css/site.css"></head>
        <body><header class="site-header"><a class="brand" href="./">Cẩm nang số</a>
        <form class="search" role="search" action="./tim-kiem/" method="get" data-js="./js/search.js">
        <label class="visually-hidden" for="tim">Tìm bài hướng dẫn</label>
        <input id="tim" type="search" name="q" placeholder="Tìm: chu ky so, vssid…" autocomplete="off">
        <button type="submit">Tìm</button></form></header>
        <div id="ket-qua-tim" class="search-results"><p class="search-status" role="status" aria-live="polite"></p></div>
        <main id="noi-dung"><h1>Trang thử</h1><p>Nội dung.</p></main>
        <script src="js/site.js" defer></script></body></html>
        """);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (driver != null) {
      driver.quit();
    }
  }

  static void write(Path p, byte[] bytes) {
    try {
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> urls(String query) {
    return (List<String>)
        js.executeAsyncScript(
            "var done = arguments[1];"
                + "camnangSearch.query(arguments[0], function (r) { done(r.list.map(function (x) { return x.url; })); });",
            query);
  }

  @Test
  void javaScriptFoldsAndSplitsWordsExactlyLikeJava() {
    List<String> differences = new ArrayList<>();
    for (String s : SearchFixtures.FOLDING_TABLE) {
      Object fold = js.executeScript("return camnangSearch.fold(arguments[0])", s);
      Object words = js.executeScript("return camnangSearch.words(arguments[0])", s);
      if (!Folding.fold(s).equals(fold)) {
        differences.add("fold(" + s + "): java " + Folding.fold(s) + ", js " + fold);
      }
      if (!Folding.words(s).equals(words)) {
        differences.add("words(" + s + "): java " + Folding.words(s) + ", js " + words);
      }
      for (String w : Folding.words(s)) {
        Object accents = js.executeScript("return camnangSearch.accents(arguments[0])", w);
        if (!Folding.accents(w).equals(accents)) {
          differences.add("accents(" + w + "): java " + Folding.accents(w) + ", js " + accents);
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void eachQueryOfTheTableFindsItsPageFirst() {
    Map<String, String> wrong = new TreeMap<>();
    SearchFixtures.TOP.forEach(
        (query, expected) -> {
          List<String> got = urls(query);
          if (got.isEmpty() || !got.get(0).equals(expected)) {
            wrong.put(query, "expected " + expected + " first, got " + got);
          }
        });
    assertEquals(Map.of(), wrong);
  }

  @Test
  void everyWordMustMatchWithOrWithoutMarks() {
    assertEquals(List.of("vssid/dang-ky-tai-khoan/"), urls("đăng ký vssid"));
    assertEquals(List.of("vssid/dang-ky-tai-khoan/"), urls("dang ky vssid "));
  }

  @Test
  void typedMarksRankExactWordsAboveFoldedOnes() {
    List<String> accented = urls("đường");
    assertEquals("thanh-toan-so/duong-day-nong/", accented.get(0));
    assertTrue(accented.contains("dich-vu-cong/duong-lich/"), "folded match still found: " + accented);
    assertTrue(accented.indexOf("dich-vu-cong/duong-lich/") > 0);
    List<String> plain = urls("duong ");
    assertTrue(plain.containsAll(List.of("thanh-toan-so/duong-day-nong/", "dich-vu-cong/duong-lich/")), plain.toString());
  }

  @Test
  void aQueryOfJustDStrokeFindsWordsStartingWithIt() {
    List<String> got = urls("đ");
    assertTrue(got.contains("thanh-toan-so/duong-day-nong/"), got.toString());
    assertTrue(got.contains("vssid/dang-ky-tai-khoan/"), got.toString());
    assertTrue(got.size() >= 4, got.toString());
  }

  @Test
  void theBoxShowsACountLinksAndMarkedWordsThenNotFound() {
    WebElement input = driver.findElement(By.id("tim"));
    WebElement status = driver.findElement(By.cssSelector("#ket-qua-tim .search-status"));
    assertEquals("polite", status.getAttribute("aria-live"));
    input.clear();
    input.sendKeys("chu ky so");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(d -> status.getText().matches("\\d+ kết quả\\."));
    List<WebElement> links = driver.findElements(By.cssSelector("#ket-qua-tim .search-list a"));
    assertEquals(status.getText(), links.size() + " kết quả.");
    assertEquals("./chu-ky-so/chu-ky-so-la-gi/", links.get(0).getAttribute("href").replace(server.url(), "./"));
    List<String> marked = links.get(0).findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.containsAll(List.of("Chữ", "ký", "số")), marked.toString());
    assertEquals("Chữ ký số", links.get(0).findElement(By.cssSelector(".card-meta")).getText());
    assertTrue(links.get(0).getSize().getHeight() >= 48, "result is a big tap target");

    // Keyboard: arrow down from the box goes into the results; the box comes before them in tab order.
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(links.get(0), driver.switchTo().activeElement());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertEquals(input, driver.switchTo().activeElement());

    input.clear();
    input.sendKeys("xyzxyz");
    wait.until(d -> status.getText().startsWith("Không tìm thấy"));
    assertTrue(driver.findElements(By.cssSelector("#ket-qua-tim .search-list a")).isEmpty());
    assertEquals("./tim-kiem/", status.findElement(By.tagName("a")).getAttribute("href").replace(server.url(), "./"));
    Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
    assertEquals(Browser.WIDTH, scrollWidth.intValue(), "no sideways scrolling");
  }
}
