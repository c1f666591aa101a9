package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.camnang.search.Folding;
import vn.camnang.search.SearchDoc;
import vn.camnang.search.SearchFixtures;

/**
 * A big site's meta carries the title words: while the word shards of a query load, search.js shows
 * a first list drawn from the titles (pages whose title holds every word), then the full list.
 */
class SearchFirstListBrowserTest {
  @TempDir Path tmp;
  ChromeDriver driver;
  StaticServer server;

  @BeforeEach
  void start() throws IOException {
    Path site = tmp.resolve("site");
    SearchJsTest.writeSite(site, SearchFixtures.indexWithTitleWords());
    driver = Browser.start(tmp.resolve("chrome-profile"));
    server = new StaticServer(site);
    driver.get(server.url());
    driver.findElement(By.id("tim")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> driver.executeScript("return !!window.camnangSearch"));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (driver != null) {
      driver.quit();
    }
  }

  /** {early: urls of the first list or null, full: urls of the full list}. */
  @SuppressWarnings("unchecked")
  private Map<String, List<String>> query(String q) {
    return (Map<String, List<String>>)
        driver.executeAsyncScript(
            """
            var done = arguments[1], early = null;
            function urls(r) { return r.list.map(function (x) { return x.url; }); }
            camnangSearch.query(arguments[0], function (r) { done({early: early, full: urls(r)}); },
              function (r) { early = urls(r); });
            """,
            q);
  }

  private static String title(String url) {
    return SearchFixtures.DOCS.stream().filter(d -> d.url().equals(url)).map(SearchDoc::title).findFirst().orElseThrow();
  }

  @Test
  void theFirstListHoldsThePagesWithEveryWordInTheTitleThenTheFullListComes() {
    Map<String, List<String>> r = query("dang ky vssid");
    List<String> early = r.get("early");
    assertNotNull(early, "the shards were not loaded: a first list from the titles");
    assertTrue(!early.isEmpty());
    for (String url : early) {
      List<String> words = Folding.words(title(url)).stream().map(Folding::fold).toList();
      assertTrue(words.containsAll(List.of("dang", Folding.fold("ký"), "vssid")), url + ": " + words);
    }
    assertEquals(r.get("full").get(0), early.get(0), "the same page first: " + r);
    assertTrue(r.get("full").containsAll(early), r.toString());
    // the shards are in now: straight to the full list
    assertNull(query("dang ky vssid").get("early"));
  }

  @Test
  void aWordBeingTypedFindsTheTitleWordsItStartsWith() {
    Map<String, List<String>> r = query("dang ky vss");
    List<String> early = r.get("early");
    assertNotNull(early, r.toString());
    assertTrue(!early.isEmpty());
    for (String url : early) {
      assertTrue(Folding.fold(title(url)).contains("vssid"), url);
    }
    assertEquals(r.get("full").get(0), early.get(0), "the same page first: " + r);
  }

  /** The shard file of a folded word: the longest shard name it starts with (none: null). */
  private static String shardOf(String folded) {
    return SearchFixtures.indexWithTitleWords().keySet().stream()
        .filter(k -> k.startsWith("search/t/"))
        .map(k -> k.substring("search/t/".length(), k.length() - ".js".length()))
        .filter(folded::startsWith)
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
  }

  @Test
  void whileTheReaderTypesTheShardsOfTheTypedWordsLoadBeforeTheQueryRuns() {
    String none = Stream.of("qqqq", "zzzz", "xxxx").filter(w -> shardOf(w) == null).findFirst().orElseThrow();
    query(none + " "); // meta is in; no shard asked for
    String shards = "return [].map.call(document.querySelectorAll('script[src*=\"search/t/\"]'), function (s) {"
        + " return s.getAttribute('src').replace(/^.*search[/]t[/]|[.]js.*$/g, ''); }).sort();";
    assertEquals(List.of(), driver.executeScript(shards));
    // one input event, the scripts read in the same script: before the pause after which the query runs
    Object asked = driver.executeScript(
        "var i = document.getElementById('tim'); i.value = 'dang ky va';"
            + "i.dispatchEvent(new Event('input', {bubbles: true}));" + shards);
    List<String> expected = Stream.of("dang", Folding.fold("ký")).map(SearchFirstListBrowserTest::shardOf).distinct().sorted().toList();
    assertTrue(expected.stream().allMatch(Objects::nonNull), expected.toString());
    // the finished words' shards, not yet those of "va" (two letters: most of the v… shards)
    assertEquals(expected, asked);
  }

  @Test
  void whileAShortLastWordIsTypedOnlyTheTitlesAnswerThenTheWholeQueryAfterALongerPause() {
    // when the first list showed, and when the first shard of "k…" was asked for (its script added)
    driver.executeScript(
        """
        var st = document.querySelector('#ket-qua-tim .search-status');
        window.t = {};
        new MutationObserver(function () {
          var now = performance.now();
          if (!t.first && /đang tìm tiếp/.test(st.textContent)) t.first = now;
          if (!t.full && /kết quả/.test(st.textContent)) t.full = now;
          var k = [].some.call(document.querySelectorAll('script[src*="search/t/"]'),
            function (x) { return /search[/]t[/]k/.test(x.getAttribute('src')); });
          if (k && !t.k) t.k = now;
        }).observe(document, {childList: true, subtree: true, characterData: true});
        var i = document.getElementById('tim'); i.value = 'dang k';
        i.dispatchEvent(new Event('input', {bubbles: true}));
        """);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> driver.executeScript("return !!window.t.full"));
    @SuppressWarnings("unchecked")
    Map<String, Number> t = (Map<String, Number>) driver.executeScript("return window.t");
    assertNotNull(t.get("first"), "a first list from the titles: " + t);
    assertNotNull(t.get("k"), t.toString());
    // the "k…" shards only after the longer pause (a timer: at least 450 ms), not with the first list
    assertTrue(t.get("k").doubleValue() - t.get("first").doubleValue() >= 400, t.toString());
    assertTrue(t.get("full").doubleValue() >= t.get("k").doubleValue(), t.toString());
  }

  @Test
  void noFirstListWhenNoTitleHoldsEveryWord() {
    Map<String, List<String>> r = query("con dau dien tu");
    assertNull(r.get("early"), r.toString());
    assertTrue(!r.get("full").isEmpty(), "the body matches come with the full list");
  }

  @Test
  void theBoxShowsTheFirstListThenTheCount() {
    driver.executeScript(
        """
        var box = document.getElementById('ket-qua-tim'), st = box.querySelector('.search-status');
        window.seen = [];
        new MutationObserver(function () {
          var a = box.querySelector('.search-list .card-title');
          var s = st.textContent + ' | ' + (a ? a.textContent : '');
          if (a && seen[seen.length - 1] !== s) seen.push(s);
        }).observe(box, {childList: true, subtree: true, characterData: true});
        """);
    // submitted at once (the search key): typed letter by letter, the shards would load while typing
    driver.executeScript(
        "var i = document.getElementById('tim'); i.value = 'dang ky vssid'; i.form.requestSubmit();");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> driver.findElement(By.cssSelector("#ket-qua-tim .search-status")).getText().matches("\\d+ kết quả\\."));
    @SuppressWarnings("unchecked")
    List<String> seen = (List<String>) driver.executeScript("return window.seen");
    assertEquals("Các bài có đủ các từ trong tên; đang tìm tiếp… | Đăng ký tài khoản VssID", seen.get(0), seen.toString());
    assertTrue(seen.get(seen.size() - 1).matches("\\d+ kết quả\\. \\| Đăng ký tài khoản VssID"), seen.toString());
  }
}
