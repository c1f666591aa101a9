package vn.camnang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * The query table ({@code src/test/resources/search/truy-van.tsv}: queries as citizens type them,
 * without marks, with everyday names, abbreviations and typos) against the index of the bundled
 * site, built for real; ranked by {@link SearchRanker}, the Java twin of search.js.
 */
class BundledSearchTest {
  @TempDir static Path tmp;
  static Path out;
  static SearchRanker ranker;

  @BeforeAll
  static void build() {
    out = tmp.resolve("site");
    TestSites.Run run = TestSites.build(TestSites.REPO, out);
    assertEquals(0, run.exitCode(), run.err());
    ranker = new SearchRanker(out);
  }

  @Test
  void atLeastFortyQueriesAndNinetyFivePercentFindTheirPageFirst() {
    Map<String, String> table = SearchRanker.table();
    assertTrue(table.size() >= 40, "queries: " + table.size());
    List<String> misses = new ArrayList<>();
    int top1 = 0;
    int top3 = 0;
    for (Map.Entry<String, String> e : table.entrySet()) {
      List<String> urls = ranker.query(e.getKey()).stream().map(SearchRanker.Hit::url).toList();
      int at = urls.indexOf(e.getValue());
      top1 += at == 0 ? 1 : 0;
      top3 += at >= 0 && at < 3 ? 1 : 0;
      if (at != 0) {
        misses.add(e.getKey() + " → " + e.getValue() + " at " + at + ", first: " + urls.stream().limit(3).toList());
      }
    }
    System.out.printf("Query table on the bundled site: top-1 %d/%d, top-3 %d/%d%n", top1, table.size(), top3, table.size());
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(top1 * 100 >= 95 * table.size(), "top-1 " + top1 + "/" + table.size() + ": " + misses);
  }

  @Test
  void everySynonymOfTheBundledFileMatchesAPageAndEveryQueryOfTheTableIsAPage() throws IOException {
    Synonyms syn = Synonyms.load(TestSites.REPO.resolve(Synonyms.FILE));
    assertTrue(syn.entries().size() >= 30, "entries: " + syn.entries().size());
    for (String url : SearchRanker.table().values()) {
      assertTrue(Files.isRegularFile(out.resolve(url + "index.html")), url);
    }
    TestSites.Run check = TestSites.run(TestSites.REPO, "check", "--format", "json");
    assertTrue(!check.out().contains("synonyms:"), check.out());
  }

  @Test
  void anAbbreviationFoundInNoPageFindsThePageOfItsGroup() {
    // "GPLX" and "bằng lái" are in no title: the synonyms lead to "giấy phép lái xe"
    assertEquals("dich-vu-cong/cap-doi-giay-phep-lai-xe/", ranker.query("gplx ").get(0).url());
    assertEquals("Cấp đổi, cấp lại giấy phép lái xe trực tuyến", ranker.query("bằng lái ").get(0).title());
  }

  @Test
  void aServicePageComesRightAfterTheGuideThatWalksThroughIt() {
    List<String> urls = ranker.query("dang ky ket hon ").stream().map(SearchRanker.Hit::url).toList();
    assertEquals(List.of("dich-vu-cong/dang-ky-ket-hon/", "dich-vu/dang-ky-ket-hon/"), urls.subList(0, 2));
    List<String> phat = ranker.query("phat nguoi").stream().map(SearchRanker.Hit::url).toList();
    assertEquals(phat.indexOf("dich-vu-cong/nop-phat-nguoi/") + 1, phat.indexOf("dich-vu/nop-phat-nguoi/"), phat.toString());
  }

  @Test
  void bothPlacesOfTheToneMarkFindTheSamePagesAsExactMatches() {
    List<SearchRanker.Hit> a = ranker.query("hoà ");
    List<SearchRanker.Hit> b = ranker.query("hòa ");
    assertTrue(!a.isEmpty());
    assertEquals(a, b);
  }
}
