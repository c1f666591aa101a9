package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.content.Page;
import vn.camnang.content.Topic;

/**
 * Editorial quality gates for the bundled training content: what every guide must have before a
 * team member shares it with a citizen.
 */
class ContentQualityTest {
  static final int MIN_WORDS = 250;
  static final Pattern STEP = Pattern.compile("(?m)^\\d+\\.\\s+\\S");
  static final Pattern PLACEHOLDER =
      Pattern.compile("(?i)\\b(todo|tbd|fixme|lorem|ipsum|xxx)\\b|\\?\\?\\?");
  static final Pattern SENSITIVE = Pattern.compile("(?i)\\b(otp|mật khẩu|chuyển tiền|chuyển khoản|tài khoản ngân hàng)");

  @TempDir static Path tmp;
  static Site site;
  static Path out;

  @BeforeAll
  static void load() {
    site = Site.load(BuildOptions.of(TestSites.REPO, tmp.resolve("site")));
    out = tmp.resolve("site");
    site.build();
  }

  @Test
  void fiveTopicsWithAtLeastFiveGuidesEach() {
    List<Topic> topics = site.content().topics();
    assertEquals(5, topics.size());
    for (Topic t : topics) {
      assertTrue(t.guides().size() >= 5, t.slug() + " has " + t.guides().size() + " guides");
    }
    assertTrue(site.content().guides().size() >= 25);
  }

  @Test
  void everyGuideHasTheFieldsAPreviewAndAReaderNeed() {
    List<String> problems = new ArrayList<>();
    for (Page g : site.content().guides()) {
      String where = g.sourcePath() + ": ";
      String d = g.meta().description();
      if (d == null || d.isBlank()) {
        problems.add(where + "no description");
      } else if (d.length() > 160) {
        problems.add(where + "description longer than 160 characters (" + d.length() + ")");
      }
      if (g.meta().updated() == null) {
        problems.add(where + "no 'updated' date");
      }
      if (g.meta().image() == null) {
        problems.add(where + "no image");
      }
      if (!g.markdown().contains("## Nguồn tham khảo")) {
        problems.add(where + "no 'Nguồn tham khảo' section");
      }
      if (!g.markdown().matches("(?s).*\\]\\(https://[^)]+\\).*")) {
        problems.add(where + "no official link");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyGuideIsLongEnoughAndHasNumberedSteps() {
    List<String> problems = new ArrayList<>();
    for (Page g : site.content().guides()) {
      int words = g.markdown().split("\\s+").length;
      if (words < MIN_WORDS) {
        problems.add(g.sourcePath() + ": only " + words + " words");
      }
      long steps = STEP.matcher(g.markdown()).results().count();
      if (steps < 3) {
        problems.add(g.sourcePath() + ": only " + steps + " numbered steps");
      }
      if (!g.markdown().contains("## Nếu gặp lỗi") && !g.markdown().contains("## Nếu")) {
        problems.add(g.sourcePath() + ": no 'what to do if it fails' section");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void guidesAboutMoneyPasswordsOrOtpCarryASafetyCallout() {
    List<String> problems = new ArrayList<>();
    for (Page g : site.content().guides()) {
      if (SENSITIVE.matcher(g.markdown().toLowerCase(Locale.ROOT)).find()
          && !(g.markdown().contains("!!! warning") || g.markdown().contains("!!! danger"))) {
        problems.add(g.sourcePath());
      }
    }
    assertEquals(List.of(), problems, "guides mentioning OTP, passwords or money without a warning");
  }

  @Test
  void noPlaceholderTextAnywhere() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> s = Files.walk(TestSites.REPO.resolve("content"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) {
        String text = Files.readString(f);
        if (PLACEHOLDER.matcher(text).find()) {
          problems.add(TestSites.REPO.relativize(f).toString());
        }
      }
    }
    if (PLACEHOLDER.matcher(Files.readString(TestSites.REPO.resolve("data/dich-vu-cong.yaml"))).find()) {
      problems.add("data/dich-vu-cong.yaml");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOneOfThe25ServicesRendersAndIsInTheCatalogue() throws IOException {
    Map<String, Object> data =
        (Map<String, Object>)
            new org.yaml.snakeyaml.Yaml().load(Files.readString(TestSites.REPO.resolve("data/dich-vu-cong.yaml")));
    List<Map<String, Object>> services = (List<Map<String, Object>>) data.get("services");
    assertEquals(25, services.size());
    Document catalogue = TestSites.page(out, "dich-vu/");
    for (Map<String, Object> s : services) {
      String id = String.valueOf(s.get("id"));
      Document page = TestSites.page(out, "dich-vu/" + id + "/");
      assertEquals(String.valueOf(s.get("name")), page.selectFirst("h1").text(), id);
      assertTrue(page.selectFirst(".kicker").text().contains("số " + s.get("number") + " / 25"), id);
      assertTrue(catalogue.getElementById(id) != null, "catalogue anchor #" + id);
      assertEquals("../dich-vu/" + id + "/", catalogue.getElementById(id).selectFirst("a").attr("href"));
    }
  }
}
