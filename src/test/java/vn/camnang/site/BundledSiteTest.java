package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Element;

/** Builds the repository's own site, as the README's first command does, and checks it. */
class BundledSiteTest {
  @TempDir static Path tmp;
  static Path out;
  static TestSites.Run run;

  static final List<String> TOPICS =
      List.of("thanh-toan-so", "dich-vu-cong", "vssid", "chu-ky-so", "gian-hang-so", "quang-ninh");

  @BeforeAll
  static void build() {
    out = tmp.resolve("site");
    run = TestSites.build(TestSites.REPO, out);
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void buildsWithoutWarnings() {
    assertEquals("", run.err(), "the bundled site should build clean");
  }

  @Test
  void homeShowsTheFiveTopicsInOrder() {
    Document home = TestSites.page(out, "");
    List<String> hrefs = home.select(".topic-card a").eachAttr("href").stream().map(h -> h.replaceFirst("^\\./", "")).toList();
    assertEquals(TOPICS.stream().map(t -> t + "/").toList(), hrefs);
  }

  @Test
  void everyTopicHasAPageAndAtLeastOneRealGuide() {
    for (String topic : TOPICS) {
      Document d = TestSites.page(out, topic + "/");
      assertFalse(d.selectFirst("h1").text().isBlank(), topic);
      List<String> guides = d.select(".guide-list a").eachAttr("href");
      assertFalse(guides.isEmpty(), topic + " has guides");
      for (String g : guides) {
        Document guide = TestSites.page(out, topic + "/" + g);
        assertNotNull(guide.selectFirst("time[datetime]"), g + " shows when its text last changed");
        assertTrue(guide.selectFirst(".prose").text().length() > 500, g + " has real text");
        Element webp = guide.selectFirst(".prose picture source[type=image/webp]");
        assertNotNull(webp, g + " has a responsive infographic");
        assertTrue(firstScreenBytes(out.resolve(topic + "/" + g), webp.attr("srcset")) <= 150_000,
            g + ": first-screen image over 150 KB on a 390 px phone at DPR 2");
      }
    }
  }

  /** The candidate a 390 px, DPR 2 phone picks for a ~358 CSS px wide image: the first ≥ 716w. */
  static long firstScreenBytes(Path dir, String srcset) {
    String chosen = null;
    for (String c : srcset.split(", ")) {
      String[] p = c.split(" ");
      chosen = p[0];
      if (Integer.parseInt(p[1].replace("w", "")) >= 716) {
        break;
      }
    }
    try {
      return Files.size(dir.resolve(chosen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void teamMemberPageIsPublished() {
    Document d = TestSites.page(out, "to-cong-nghe-so/");
    assertTrue(d.selectFirst("h1").text().contains("Tổ công nghệ số"));
  }
}
