package vn.camnang.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

class SearchIndexTest {
  @TempDir Path tmp;

  private static String text(Map<String, byte[]> files, String name) {
    byte[] b = files.get(name);
    assertTrue(b != null, name + " in " + files.keySet());
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void buildingTwiceGivesTheSameBytes() {
    Map<String, byte[]> a = SearchIndex.build(SearchFixtures.DOCS);
    Map<String, byte[]> b = SearchIndex.build(List.copyOf(SearchFixtures.DOCS));
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
  }

  @Test
  void filesAreMetaShardsByFoldedLetterAndExcerpts() {
    Map<String, byte[]> files = SearchIndex.build(SearchFixtures.DOCS);
    assertTrue(files.keySet().stream().allMatch(k -> k.matches("search/(meta|t/[a-z0-9_]+|x/\\d+)\\.js")), files.keySet().toString());
    String meta = text(files, "search/meta.js");
    assertTrue(meta.startsWith("camnangSearch.put(\"meta\",{\"v\":2,\"id\":\""), meta);
    assertTrue(meta.contains("[\"vssid/dang-ky-tai-khoan/\",\"Đăng ký tài khoản VssID\","), meta);
    // "đường" and "dương" share the folded key "duong", in shard d; each keeps its accented form.
    String d = text(files, "search/t/d.js");
    assertTrue(d.startsWith("camnangSearch.put(\"t/d\",{"), d);
    assertTrue(d.contains("\"duong\":{\"dương\":["), d);
    assertTrue(d.contains("\"đường\":["), d);
    String x = text(files, "search/x/0.js");
    assertTrue(x.contains("[\"Chữ ký số thay chữ ký tay khi nộp hồ sơ trực tuyến.\",\"Chữ ký số là con dấu"), x);
  }

  @Test
  void weightsPutTitleAboveHeadingsAboveDescriptionAndTagsAboveBody() {
    List<SearchDoc> docs =
        List.of(
            new SearchDoc("a/", "Alpha", "", "", List.of(), List.of(), ""),
            new SearchDoc("b/", "B", "", "", List.of("Alpha"), List.of(), ""),
            new SearchDoc("c/", "C", "", "Alpha", List.of(), List.of(), ""),
            new SearchDoc("d/", "D", "", "", List.of(), List.of("alpha"), ""),
            new SearchDoc("e/", "E", "", "", List.of(), List.of(), "alpha alpha alpha alpha alpha"),
            new SearchDoc("f/", "F", "Alpha", "", List.of(), List.of(), "alpha"));
    String a = text(SearchIndex.build(docs), "search/t/a.js");
    // [doc gap, value, …]: value = body count (up to 3) + 4 × flags (title 1, heading 2,
    // description or tag 4, topic 8)
    assertTrue(a.contains("\"alpha\":{\"alpha\":[0,4,1,8,1,16,1,16,1,3,1,33]}"), a);
    // the weights search.js gives them: title 12, heading 6, description 3, tag 3, body 1 per time up to 3, topic 2
    assertEquals(List.of(12, 6, 3, 3, 3, 3), List.of(4, 8, 16, 16, 3, 33).stream().map(SearchIndex::weight).toList());
  }

  @Test
  void bigShardsSplitByOneMoreLetterAndExcerptsComeInChunks() {
    Map<String, byte[]> files = SearchIndex.build(SearchFixtures.DOCS, 300, 3);
    List<String> shards = files.keySet().stream().filter(k -> k.startsWith("search/t/")).toList();
    assertTrue(shards.contains("search/t/du.js"), shards.toString());
    assertTrue(!shards.contains("search/t/d.js"), "no word is just 'd': " + shards);
    assertTrue(shards.contains("search/t/da.js") || shards.contains("search/t/dan.js"), shards.toString());
    assertTrue(files.containsKey("search/x/2.js"));
    assertTrue(text(files, "search/meta.js").contains("\"chunk\":3"));
    for (String s : shards) {
      String body = text(files, s);
      long keys = body.chars().filter(c -> c == '{').count() - 1;
      assertTrue(body.length() < 400 || keys <= 1 || s.length() > 14, s + " should have been split: " + body.length());
    }
  }

  @Test
  void aBigIndexCarriesItsTitleWordsInMeta() {
    List<SearchDoc> docs =
        List.of(
            new SearchDoc("a/", "Đường dây nóng", "", "", List.of(), List.of(), "dương lịch"),
            new SearchDoc("b/", "B", "", "", List.of("Đường"), List.of(), ""),
            new SearchDoc("c/", "Dương lịch", "", "", List.of(), List.of(), "đường đường"));
    String small = text(SearchIndex.build(docs), "search/meta.js");
    assertTrue(!small.contains("\"tw\"") && !small.contains("\"df\""), "a small index has no title words: " + small);
    String big = text(SearchIndex.build(docs, SearchIndex.Extras.NONE, 48 * 1024, 32, 0), "search/meta.js");
    // df: pages holding the folded word anywhere; tw: the shard format, title postings only
    assertTrue(big.contains(",\"df\":{\"b\":1,\"day\":1,\"duong\":3,\"lich\":2,\"nong\":1}"), big);
    assertTrue(big.contains(",\"tw\":{\"b\":{\"b\":[1,4]},\"day\":{\"dây\":[0,4]},\"duong\":{\"dương\":[2,4],\"đường\":[0,4]},"), big);
    assertTrue(big.endsWith("\"nong\":{\"nóng\":[0,4]}}});\n"), big);
  }

  @Test
  void excerptsCutAfterAWholeWord() {
    assertEquals("một hai…", SearchIndex.excerpt("một hai ba bốn", 9));
    assertEquals("ngắn", SearchIndex.excerpt("ngắn", 9));
  }

  @Test
  void anExcerptFromTheCleanedStartEqualsOneFromTheWholeCleanedText() {
    // whitespace runs and decomposed marks (NFD) at every place a cut could fall
    String[] pieces = {"một", "ha\u0300", "  ", "\n\t ", "đường", "a", "\u0301", "ươ\u0300ng", "😀", " ", "x\u0323\u0302"};
    Random random = new Random(17);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(400);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      for (int max : new int[] {9, 40, SearchIndex.EXCERPT_CHARS}) {
        String t = text.toString();
        assertEquals(
            SearchIndex.excerpt(SearchIndex.clean(t), max),
            SearchIndex.excerpt(SearchIndex.cleanStart(t, max), max),
            "round " + round + ", max " + max);
      }
    }
  }

  @Test
  void searchJsStaysUnderEightKilobytesGzipped() throws IOException {
    byte[] js = Files.readAllBytes(TestSites.REPO.resolve("assets/js/search.js"));
    int gz = SearchFixtures.gzipSize(js);
    System.out.println("search.js: " + js.length + " bytes, " + gz + " bytes gzip");
    assertTrue(gz <= 8 * 1024, "search.js is " + gz + " bytes gzip");
  }

  /** The bundled site through the real build: index size, and the no-JavaScript page. */
  @Test
  void bundledSiteIndexStaysUnderSixHundredBytesGzippedPerPage() throws IOException {
    Path out = tmp.resolve("site");
    TestSites.Run run = TestSites.build(TestSites.REPO, out);
    assertEquals(0, run.exitCode(), run.err());
    Map<String, Integer> sizes = new TreeMap<>();
    int raw = 0;
    try (Stream<Path> s = Files.walk(out.resolve("search"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        byte[] b = Files.readAllBytes(p);
        raw += b.length;
        sizes.put(out.relativize(p).toString().replace('\\', '/'), SearchFixtures.gzipSize(b));
      }
    }
    int gz = sizes.values().stream().mapToInt(Integer::intValue).sum();
    String meta = Files.readString(out.resolve("search/meta.js"));
    int pages = Integer.parseInt(meta.replaceAll("(?s).*\"n\":(\\d+).*", "$1"));
    System.out.printf(
        "Search index, bundled site: %d pages, %d files, %d bytes raw, %d bytes gzip (%d bytes gzip per page);"
            + " meta %d, excerpts %d, largest shard %d%n",
        pages, sizes.size(), raw, gz, gz / pages, sizes.get("search/meta.js"), sizes.get("search/x/0.js"),
        sizes.entrySet().stream().filter(e -> e.getKey().startsWith("search/t/")).mapToInt(Map.Entry::getValue).max().orElse(0));
    assertTrue(pages >= 55, "guides, topics, service pages: " + pages);
    assertTrue(gz <= 600 * pages, "index is " + gz + " bytes gzip for " + pages + " pages");
    // the synonyms (data/tu-dong-nghia.yaml) ride in meta: a few KB at most
    String syn = meta.replaceAll("(?s).*,\"syn\":(\\[.*?\\]\\]),\"docs\".*", "$1");
    assertTrue(syn.startsWith("[[\"giay phep lai xe\",\"bang lai\""), syn);
    int synGz = SearchFixtures.gzipSize(syn.getBytes(StandardCharsets.UTF_8));
    System.out.println("synonyms in meta: " + syn.length() + " characters, " + synGz + " bytes gzip");
    assertTrue(synGz <= 3 * 1024, "synonyms take " + synGz + " bytes gzip");

    Document all = TestSites.page(out, "tim-kiem/");
    int guides = all.select("main section .link-list a").size();
    assertTrue(guides >= 29, "every guide is listed for readers without JavaScript: " + guides);
    assertEquals("../tim-kiem/", all.selectFirst("form[role=search]").attr("action"));
    Document home = Jsoup.parse(out.resolve("index.html").toFile());
    assertEquals("./", home.selectFirst("html").attr("data-root"));
    assertTrue(home.selectFirst("form[role=search]").attr("data-js").matches("\\./assets/js/search\\.[0-9a-f]+\\.js"));
  }

  /**
   * 10,000 pages of 600 words drawn from the bundled site's vocabulary: no shard may grow without
   * bound, and the always-loaded meta file is what grows with the page count.
   */
  @Test
  void tenThousandPagesStaySplitIntoSmallShards() throws IOException {
    List<String> vocabulary = new ArrayList<>();
    try (Stream<Path> s = Files.walk(TestSites.REPO.resolve("content"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        vocabulary.addAll(Folding.words(Files.readString(p)));
      }
    }
    Random random = new Random(6);
    List<SearchDoc> docs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 600; w++) {
        body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
      }
      String title = String.join(" ", pick(vocabulary, random, 6));
      docs.add(new SearchDoc("chu-de/bai-" + i + "/", title, "Chủ đề " + (i % 20), body.substring(0, 150),
          pick(vocabulary, random, 5), List.of(), body.toString()));
    }
    long t0 = System.nanoTime();
    Map<String, byte[]> files = SearchIndex.build(docs);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    int meta = SearchFixtures.gzipSize(files.get("search/meta.js"));
    int maxShard = 0;
    String maxName = "";
    int shards = 0;
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (e.getKey().startsWith("search/t/")) {
        shards++;
        int gz = SearchFixtures.gzipSize(e.getValue());
        if (gz > maxShard) {
          maxShard = gz;
          maxName = e.getKey();
        }
      }
    }
    int excerpt = SearchFixtures.gzipSize(files.get("search/x/0.js"));
    System.out.printf(
        "Search index, 10,000 pages: built in %d ms; meta %d bytes gzip; %d shards, largest %s %d bytes gzip;"
            + " one excerpt file (32 pages) %d bytes gzip%n",
        ms, meta, shards, maxName, maxShard, excerpt);
    assertTrue(shards > 100, "shards split by more letters: " + shards);
    assertTrue(maxShard < 200 * 1024, maxName + " is " + maxShard + " bytes gzip");
  }

  private static List<String> pick(List<String> words, Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(words.get(random.nextInt(words.size())));
    }
    return out;
  }
}
