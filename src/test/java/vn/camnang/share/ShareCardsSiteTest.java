package vn.camnang.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/** Per-page share cards on the basic fixture: preview tags, files, the cache, the switch. */
class ShareCardsSiteTest {
  static final String BASE = "https://thu.example.org/camnang/";
  static final String CARD = "the-chia-se\\.[0-9a-f]{10}\\.jpg";
  @TempDir static Path tmp;
  static Path site;
  static Path out;

  @BeforeAll
  static void build() {
    site = TestSites.copy("basic", tmp);
    out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
  }

  /** og:image of every page (not redirects, which show their target's), checked as a crawler would. */
  static Map<String, String> cardsByPage(Path output) {
    return cardsByPage(output, BASE);
  }

  static Map<String, String> cardsByPage(Path output, String base) {
    Map<String, String> cards = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String f : TestSites.htmlFiles(output)) {
      if (!f.equals("404.html") && !f.endsWith("index.html")) {
        continue; // JBake-style redirect files
      }
      String url = f.equals("404.html") ? f : f.replace("index.html", "");
      Document d;
      try {
        d = Jsoup.parse(output.resolve(f).toFile(), "UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!d.select("meta[http-equiv=refresh]").isEmpty() || d.body().hasClass("kind-handout")) {
        continue; // they show their page's card (tested on their own)
      }
      String og = d.select("meta[property=og:image]").attr("content");
      if (!og.startsWith(base) || !og.substring(og.lastIndexOf('/') + 1).matches(CARD)) {
        problems.add(f + ": og:image is not a card: " + og);
        continue;
      }
      if (!og.equals(d.select("meta[name=twitter:image]").attr("content"))) {
        problems.add(f + ": twitter:image differs");
      }
      if (!d.select("meta[property=og:image:width]").attr("content").equals("1200")
          || !d.select("meta[property=og:image:height]").attr("content").equals("630")
          || !d.select("meta[property=og:image:type]").attr("content").equals("image/jpeg")) {
        problems.add(f + ": width/height/type");
      }
      String alt = d.select("meta[property=og:image:alt]").attr("content");
      if (!alt.contains(d.select("meta[property=og:title]").attr("content"))) {
        problems.add(f + ": og:image:alt does not name the page: " + alt);
      }
      Path file = output.resolve(og.substring(base.length()));
      try {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null || img.getWidth() != 1200 || img.getHeight() != 630) {
          problems.add(f + ": card is not 1200x630: " + file);
        }
        if (!Files.isReadable(file) || (Files.getPosixFilePermissions(file).stream().noneMatch(p -> p.name().equals("OTHERS_READ")))) {
          problems.add(f + ": card file is not readable by the web server");
        }
      } catch (IOException e) {
        problems.add(f + ": card missing or unreadable: " + file);
      }
      cards.put(url, og.substring(base.length()));
    }
    assertEquals(List.of(), problems);
    return cards;
  }

  @Test
  void everyPageHasItsOwnCardAndItsPreviewTagsPointToIt() throws IOException {
    Map<String, String> cards = cardsByPage(out);
    assertTrue(cards.keySet().containsAll(List.of("", "vssid/", "vssid/cai-dat/", "vssid/dang-ky/", "gioi-thieu/")),
        cards.keySet().toString());
    assertEquals(cards.size(), cards.values().stream().distinct().count(), "one card per page: " + cards);
    for (Map.Entry<String, String> e : cards.entrySet()) {
      assertTrue(e.getKey().equals("404.html") || e.getValue().startsWith(e.getKey()), "a card sits in its page's folder: " + e);
    }
    byte[] a = Files.readAllBytes(out.resolve(cards.get("vssid/cai-dat/")));
    byte[] b = Files.readAllBytes(out.resolve(cards.get("vssid/dang-ky/")));
    assertFalse(Arrays.equals(a, b), "two guides, two different pictures");
  }

  @Test
  void theHandoutAndRedirectsShowTheirPagesCard() {
    String topic = TestSites.page(out, "vssid/").select("meta[property=og:image]").attr("content");
    assertEquals(topic, TestSites.page(out, "vssid/in/").select("meta[property=og:image]").attr("content"));
    String guide = TestSites.page(out, "vssid/dang-ky/").select("meta[property=og:image]").attr("content");
    assertEquals(guide, TestSites.page(out, "g/vssid/").select("meta[property=og:image]").attr("content"));
  }

  @Test
  void theAltTextNamesTheTopic() {
    String alt = TestSites.page(out, "vssid/cai-dat/").select("meta[property=og:image:alt]").attr("content");
    assertTrue(alt.startsWith("Cài đặt VssID – "), alt);
    assertTrue(alt.endsWith(" · Cẩm nang thử"), alt);
  }

  @Test
  void aRebuildDrawsOnlyTheCardsWhoseInputsChangedAndTheirUrlsChange() throws IOException {
    Path copy = TestSites.copy("basic", tmp.resolve("rebuild"));
    Path out1 = tmp.resolve("rebuild-out");
    assertEquals(0, TestSites.build(copy, out1).exitCode());
    Map<String, String> before = cardsByPage(out1);
    Map<String, Long> cache = cacheEntries(copy);
    assertEquals(before.size(), cache.size(), "one cached card per page: " + cache.keySet());

    Path guide = copy.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide).replace("title=Cài đặt VssID", "title=Cài đặt VssID trên điện thoại"));
    TestSites.Run again = TestSites.run(copy, "build", "--source", copy.toString(), "--output", out1.toString(), "--force");
    assertEquals(0, again.exitCode(), again.err());
    Map<String, String> after = cardsByPage(out1);
    Map<String, Long> cache2 = cacheEntries(copy);

    for (String url : before.keySet()) {
      if (url.equals("vssid/cai-dat/")) {
        assertNotEquals(before.get(url), after.get(url), "a new title, a new card URL (Zalo refreshes by URL)");
      } else {
        assertEquals(before.get(url), after.get(url), url);
      }
    }
    List<String> added = new ArrayList<>(cache2.keySet());
    added.removeAll(cache.keySet());
    List<String> gone = new ArrayList<>(cache.keySet());
    gone.removeAll(cache2.keySet());
    assertEquals(1, added.size(), "only the edited page's card was drawn: " + added);
    assertEquals(1, gone.size(), "its old card left the cache: " + gone);
    for (String kept : cache2.keySet()) {
      if (cache.containsKey(kept)) {
        assertEquals(cache.get(kept), cache2.get(kept), "not drawn again: " + kept);
      }
    }
  }

  @Test
  void switchedOffEveryPageSharesTheSiteCard() throws IOException {
    Path copy = TestSites.copy("basic", tmp.resolve("off"));
    Files.writeString(copy.resolve("site.yaml"), "\nfeatures:\n  shareCards: false\n", StandardOpenOption.APPEND);
    Path o = tmp.resolve("off-out");
    TestSites.Run run = TestSites.build(copy, o);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("features"), run.err());
    for (String url : List.of("", "vssid/", "vssid/cai-dat/", "vssid/dang-ky/", "gioi-thieu/")) {
      String og = TestSites.page(o, url).select("meta[property=og:image]").attr("content");
      assertTrue(og.matches(Pattern.quote(BASE) + "assets/images/the-chia-se\\.[0-9a-f]{10}\\.jpg"), url + ": " + og);
    }
    try (Stream<Path> s = Files.walk(o)) {
      assertTrue(
          s.noneMatch(p -> p.getFileName().toString().matches(CARD) && !o.relativize(p).startsWith("assets")),
          "no per-page card is drawn");
    }
  }

  @Test
  void aMisspeltFeatureIsAWarningWithTheKnownName() throws IOException {
    Path copy = TestSites.copy("basic", tmp.resolve("typo"));
    Files.writeString(copy.resolve("site.yaml"), "\nfeatures:\n  shareCard: false\n", StandardOpenOption.APPEND);
    TestSites.Run run = TestSites.build(copy, tmp.resolve("typo-out"));
    assertTrue(run.err().contains("'shareCard' is not a known feature") && run.err().contains("shareCards"), run.err());
  }

  private static Map<String, Long> cacheEntries(Path site) throws IOException {
    Map<String, Long> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(site.resolve(".camnang/cache/cards"))) {
      for (Path p : s.toList()) {
        try {
          m.put(p.getFileName().toString(), Files.getLastModifiedTime(p).toMillis());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return m;
  }
}
