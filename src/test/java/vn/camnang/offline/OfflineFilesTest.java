package vn.camnang.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import vn.camnang.TestSites;
import vn.camnang.search.SearchDoc;
import vn.camnang.search.SearchIndex;

/** The files of the {@code offline} step, on the bundled site: sw.js, the manifest, the offline page. */
class OfflineFilesTest {
  @TempDir static Path shared;
  static Path out;
  static String worker;
  static List<String> precache;

  @BeforeAll
  static void build() throws IOException {
    out = shared.resolve("site");
    TestSites.Run run = TestSites.build(TestSites.REPO, out);
    assertEquals(0, run.exitCode(), run.err());
    worker = Files.readString(out.resolve("sw.js"));
    precache = precacheOf(worker);
  }

  static List<String> precacheOf(String sw) {
    Matcher m = Pattern.compile("var PRECACHE = \\[(.*?)\\];", Pattern.DOTALL).matcher(sw);
    assertTrue(m.find(), "sw.js has its PRECACHE list");
    List<String> urls = new ArrayList<>();
    Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
    while (s.find()) {
      urls.add(s.group(1));
    }
    return urls;
  }

  static String versionOf(String sw) {
    Matcher m = Pattern.compile("var VERSION = \"([0-9a-f]{10})\";").matcher(sw);
    assertTrue(m.find(), "sw.js has a VERSION of 10 hex digits");
    return m.group(1);
  }

  /** The output file a listed URL is served from: {@code ./} → index.html, {@code a/} → a/index.html. */
  static Path fileOf(String url) {
    return out.resolve(url.equals("./") ? "index.html" : url.endsWith("/") ? url + "index.html" : url);
  }

  @Test
  void theShellHasHomeTopicsSearchOfflinePageManifestCssJsIconsAndTheSearchIndex() throws IOException {
    for (String url :
        List.of("./", "vssid/", "chu-ky-so/", "dich-vu-cong/", "thanh-toan-so/", "gian-hang-so/",
            "tim-kiem/", "khong-co-mang/", "manifest.webmanifest", "search/meta.js",
            "assets/icons/icon-192.png", "assets/icons/icon-512.png", "assets/icons/favicon.svg")) {
      assertTrue(precache.contains(url), url + " in " + precache);
    }
    for (String folder : List.of("assets/css", "assets/js", "assets/icons", "search")) {
      try (Stream<Path> files = Files.walk(out.resolve(folder))) {
        files.filter(Files::isRegularFile)
            .map(f -> out.relativize(f).toString().replace('\\', '/'))
            .forEach(f -> assertTrue(precache.contains(f), f + " is saved at install"));
      }
    }
    assertEquals(precache.size(), new HashSet<>(precache).size(), "no URL twice");
  }

  @Test
  void aBigSearchIndexIsNotSavedAtInstallOnlyItsMetaAndTheWorkerSavesShardsWhenRead() {
    List<SearchDoc> docs = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 200; w++) {
        text.append("từ").append(Integer.toString(r.nextInt(20000), 36)).append(' ');
      }
      docs.add(new SearchDoc("c/b" + i + "/", "Bài " + i, "Chủ đề", "", List.of(), List.of(), text.toString()));
    }
    Map<String, byte[]> index = SearchIndex.build(docs);
    List<String> all = new ArrayList<>(List.of("search/meta.js"));
    index.keySet().stream().filter(f -> !f.equals("search/meta.js")).sorted().forEach(all::add);
    long bytes = index.values().stream().mapToLong(b -> b.length).sum();
    assertTrue(all.size() > 50, "a big index has many files: " + all.size());
    assertTrue(bytes > Offline.PRECACHE_SEARCH_BYTES, "a big index: " + bytes + " bytes");
    assertEquals(List.of("search/meta.js"), Offline.searchShell(all, bytes));
    assertEquals(all, Offline.searchShell(all, Offline.PRECACHE_SEARCH_BYTES));
    // the bundled site's index is small: all of it is saved, so every query works offline
    assertTrue(precache.stream().anyMatch(u -> u.startsWith("search/t/")), precache.toString());
    assertTrue(worker.contains("camnang-search-"), "shards read are saved by the worker");
  }

  @Test
  void everyListedUrlIsRelativeAndItsFileExists() {
    for (String url : precache) {
      assertFalse(url.startsWith("/") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.contains(".."), url);
      assertTrue(Files.isRegularFile(fileOf(url)), url + " exists in the output");
    }
    assertFalse(worker.contains("http://") || worker.contains("https://") || worker.contains("example.org"),
        "no absolute URL in sw.js: the site works under any sub-path");
  }

  @Test
  void guidesAndLinkPreviewPicturesWaitUntilTheyAreRead() {
    assertFalse(precache.contains("vssid/dang-ky-tai-khoan/"));
    assertFalse(precache.stream().anyMatch(u -> u.startsWith("assets/images/") || u.endsWith("infographic.png")), precache.toString());
  }

  @Test
  void theShellIsSmallEnoughForACheapPhone() throws IOException {
    long bytes = 0;
    for (String url : precache) {
      bytes += Files.size(fileOf(url));
    }
    System.out.printf("Precache: %d files, %d bytes (%.0f KB) before compression; sw.js %d bytes%n",
        precache.size(), bytes, bytes / 1024.0, Files.size(out.resolve("sw.js")));
    assertTrue(bytes < 800 * 1024, "precache " + bytes + " bytes");
    assertTrue(Files.size(out.resolve("sw.js")) < 12 * 1024, "sw.js stays small");
  }

  @Test
  void theManifestIsValidJsonThatMakesTheSiteInstallable() throws IOException {
    Map<String, Object> m = new Json().toType(Files.readString(out.resolve("manifest.webmanifest")), Json.MAP_TYPE);
    assertEquals("Cẩm nang số", m.get("name"));
    assertEquals("Cẩm nang số", m.get("short_name"));
    assertEquals("vi", m.get("lang"));
    assertEquals("./", m.get("start_url"));
    assertEquals("./", m.get("scope"));
    assertEquals("standalone", m.get("display"));
    assertEquals("#0b5d6b", m.get("theme_color"));
    assertEquals("#ffffff", m.get("background_color"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> icons = (List<Map<String, Object>>) m.get("icons");
    List<String> kinds = new ArrayList<>();
    for (Map<String, Object> icon : icons) {
      String src = (String) icon.get("src");
      assertFalse(src.startsWith("/") || src.contains(":"), "relative: " + src);
      BufferedImage img = ImageIO.read(out.resolve(src).toFile());
      assertNotNull(img, src + " is a PNG in the output");
      assertEquals(img.getWidth() + "x" + img.getHeight(), icon.get("sizes"), src);
      assertEquals("image/png", icon.get("type"));
      kinds.add(icon.get("sizes") + " " + icon.get("purpose"));
    }
    assertEquals(List.of("192x192 any", "512x512 any", "512x512 maskable"), kinds);
  }

  @Test
  void everyPageNamesTheManifestAndTheThemeColour() {
    for (String url : List.of("", "vssid/", "vssid/dang-ky-tai-khoan/", "khong-co-mang/", "tim-kiem/")) {
      Document page = TestSites.page(out, url);
      // site.js links it from data-root, over http(s) only (see OfflineBrowserTest): never in the
      // markup, where it is either invalid (no href) or an error from file://
      assertEquals(null, page.selectFirst("link[rel=manifest]"), url);
      Path target = out.resolve(url).resolve(page.selectFirst("html").attr("data-root") + "manifest.webmanifest").normalize();
      assertEquals(out.resolve("manifest.webmanifest"), target, url);
      assertEquals("#0b5d6b", page.selectFirst("meta[name=theme-color]").attr("content"));
    }
  }

  @Test
  void theOfflinePageSaysThereIsNoNetworkAndListsWhatIsAlwaysSaved() throws IOException {
    Document page = TestSites.page(out, "khong-co-mang/");
    assertEquals("Bạn đang không có mạng", page.selectFirst("main h1").text());
    assertTrue(page.selectFirst("noscript").text().contains("JavaScript"), "a message without JavaScript");
    List<String> links = page.select("main .link-list a").eachAttr("href");
    for (String url : List.of("../", "../vssid/", "../chu-ky-so/", "../tim-kiem/")) {
      assertTrue(links.contains(url), url + " in " + links);
      assertTrue(precache.contains(url.equals("../") ? "./" : url.substring(3)), url + " is saved at install");
    }
    String script = page.select("script[src*=offline]").attr("src");
    assertTrue(Files.isRegularFile(out.resolve("khong-co-mang/").resolve(script).normalize()), script);
    assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("khong-co-mang"), "not in the sitemap");
  }

  @Test
  void theSameSiteGivesTheSameWorkerAndChangedContentNewCacheNames(@TempDir Path tmp) throws IOException {
    Path site = TestSites.copy("basic", tmp);
    assertEquals(0, TestSites.build(site, tmp.resolve("a")).exitCode());
    assertEquals(0, TestSites.build(site, tmp.resolve("b")).exitCode());
    String a = Files.readString(tmp.resolve("a/sw.js"));
    assertEquals(a, Files.readString(tmp.resolve("b/sw.js")), "deterministic");

    Path topic = site.resolve("content/vssid/index.md");
    Files.writeString(topic, Files.readString(topic) + "\nMột câu mới.\n");
    assertEquals(0, TestSites.build(site, tmp.resolve("c")).exitCode());
    String c = Files.readString(tmp.resolve("c/sw.js"));
    assertNotEquals(versionOf(a), versionOf(c), "a new deploy gets new cache names");
    assertEquals(precacheOf(a), precacheOf(c), "same shell files");
  }

  @Test
  void aShortNameFitsUnderAHomeScreenIcon() {
    assertEquals("Cẩm nang số", WebManifest.shortName("Cẩm nang số"));
    assertEquals("Cẩm nang", WebManifest.shortName("Cẩm nang chuyển đổi số"));
    assertEquals("Abcdefghijkl", WebManifest.shortName("Abcdefghijklmnop thứ hai"));
  }

  @Test
  void folderPagesAreListedAsFolders() {
    assertEquals("./", Precache.url("index.html"));
    assertEquals("vssid/", Precache.url("vssid/index.html"));
    assertEquals("search/meta.js", Precache.url("search/meta.js"));
  }
}
