package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.CheckTools;
import vn.camnang.TestSites;

/**
 * Every page of the bundled site (and of the basic fixture) is valid HTML by the Nu HTML checker,
 * the W3C's validator: {@code vnu.jar} from npm, run over the whole output.
 */
class ValidHtmlTest {
  @TempDir static Path tmp;
  static Path bundled;
  static Path basic;

  @BeforeAll
  static void build() {
    bundled = tmp.resolve("bundled");
    TestSites.Run run = TestSites.build(TestSites.REPO, bundled);
    assertEquals(0, run.exitCode(), run.err());
    basic = tmp.resolve("basic-out");
    assertEquals(0, TestSites.build(TestSites.copy("basic", tmp), basic).exitCode());
  }

  @Test
  void everyPageOfTheBundledSiteAndTheFixturePassesTheNuHtmlChecker() throws Exception {
    Path vnu = CheckTools.vnuJar();
    int pages = TestSites.htmlFiles(bundled).size() + TestSites.htmlFiles(basic).size();
    assertTrue(pages > 60, pages + " pages");

    Process p = new ProcessBuilder(
            CheckTools.java(), "-Xss2m", "-jar", vnu.toString(),
            "--errors-only", "--skip-non-html", "--format", "gnu", bundled.toString(), basic.toString())
        .redirectErrorStream(true)
        .start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checker finished");
    List<String> errors = new ArrayList<>();
    for (String line : report.split("\n")) {
      if (!line.isBlank()) {
        errors.add(line.replace(tmp.toUri().toString(), "").replace(tmp.toString() + "/", ""));
      }
    }
    assertEquals(List.of(), errors, "Nu HTML checker over " + pages + " pages");
    assertEquals(0, p.exitValue(), report);
  }

  @Test
  void theLinkHubHasUniqueIdsWhenAGuideAndAServiceShareASlug() {
    Document hub = TestSites.page(bundled, "lien-ket-chia-se/");
    List<String> ids = hub.select("[id]").eachAttr("id");
    assertEquals(ids.size(), ids.stream().distinct().count(), "unique ids: " + ids);
    Element guide = hub.selectFirst("a[href$=dich-vu-cong/dang-ky-khai-sinh/]");
    Element service = hub.selectFirst("a[href$=dich-vu/dang-ky-khai-sinh/]");
    assertTrue(guide != null && service != null, "the bundled site has both");
    assertEquals("hub-dich-vu-cong-dang-ky-khai-sinh", guide.closest("li").id());
    assertEquals("hub-dich-vu-dang-ky-khai-sinh", service.closest("li").id());
  }
}
