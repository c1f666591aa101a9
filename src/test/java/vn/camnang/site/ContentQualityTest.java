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
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.Yaml;

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

  /** State bodies, the national legal database, and the services' own sites. */
  static final Pattern OFFICIAL =
      Pattern.compile(
          "https?://([a-z0-9-]+\\.)*(gov\\.vn|chinhphu\\.vn|vbpl\\.vn|quochoi\\.vn|postmart\\.vn|voso\\.vn"
              + "|evn\\.com\\.vn|npc\\.com\\.vn|cpc\\.vn|evnspc\\.vn|evnhanoi\\.vn|evnhcmc\\.vn|napas\\.com\\.vn"
              + "|vnpt\\.com\\.vn|viettel\\.vn|mobifone\\.vn)(/.*)?");

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
  void everyTopicHasSeveralGuides() {
    List<Topic> topics = site.content().topics();
    assertTrue(topics.size() >= 5);
    for (Topic t : topics) {
      assertTrue(t.guides().size() >= 3, t.slug() + " has " + t.guides().size() + " guides");
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
      var sources = g.meta().provenance().sources();
      if (sources.isEmpty()) {
        problems.add(where + "no sources");
      }
      if (sources.stream().noneMatch(src -> OFFICIAL.matcher(src.url()).matches())) {
        problems.add(where + "no official source (a *.gov.vn page, a legal text, or the service's own site)");
      }
      if (g.markdown().contains("## Nguồn tham khảo")) {
        problems.add(where + "sources belong in the header's 'sources:', not in the body");
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
            new Yaml().load(Files.readString(TestSites.REPO.resolve("data/dich-vu-cong.yaml")));
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

  /** Every one of the 25 services links to the section of a guide that walks it through. */
  @Test
  @SuppressWarnings("unchecked")
  void everyServiceLinksToASectionThatWalksItThrough() throws IOException {
    Map<String, Object> data =
        (Map<String, Object>)
            new Yaml().load(Files.readString(TestSites.REPO.resolve("data/dich-vu-cong.yaml")));
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> s : (List<Map<String, Object>>) data.get("services")) {
      String id = String.valueOf(s.get("id"));
      Document page = TestSites.page(out, "dich-vu/" + id + "/");
      Element link = page.selectFirst(".walkthrough a[href]");
      if (link == null) {
        problems.add(id + ": no walkthrough link");
        continue;
      }
      String href = link.attr("href");
      int hash = href.indexOf('#');
      if (hash < 0) {
        problems.add(id + ": walkthrough link without a section: " + href);
        continue;
      }
      String url = Path.of("dich-vu/" + id + "/").resolve(href.substring(0, hash)).normalize().toString() + "/";
      Document guide = TestSites.page(out, url);
      Element section = guide.getElementById(href.substring(hash + 1));
      if (section == null || !section.tagName().matches("h[23]")) {
        problems.add(id + ": " + href + " is not a section heading of " + url);
      } else if (guide.selectFirst(".prose ol li") == null) {
        problems.add(id + ": " + url + " has no numbered steps");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** "Đã kiểm tra" appears on a page only when its header records the check. */
  @Test
  void noPageShowsACheckItsHeaderDoesNotRecord() {
    List<String> problems = new ArrayList<>();
    for (Page p : site.content().pages()) {
      if (p.kind() == Page.Kind.DATA) {
        continue;
      }
      Document d = TestSites.page(out, p.url());
      boolean shown = d.selectFirst(".verified") != null || d.select(".guide-meta").text().contains("Đã kiểm tra");
      boolean recorded = p.meta().provenance().verified() != null;
      if (shown != recorded) {
        problems.add(p.sourcePath() + (shown ? ": shows a check it does not record" : ": hides its recorded check"));
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Jargon is explained: a guide that uses the term links it to the glossary. */
  @Test
  void guidesLinkTheirJargonToTheGlossary() {
    Map<String, String> terms =
        Map.of("OTP", "otp", "NFC", "nfc", "eKYC", "ekyc", "ký số từ xa", "ky-so-tu-xa");
    List<String> problems = new ArrayList<>();
    for (Page g : site.content().guides()) {
      Document d = TestSites.page(out, g.url());
      String text = d.selectFirst(".prose").text();
      terms.forEach(
          (term, id) -> {
            if (text.contains(term) && d.select(".prose a[href*=tu-dien/#" + id + "]").isEmpty()) {
              problems.add(g.sourcePath() + ": '" + term + "' not linked to the glossary (#" + id + ")");
            }
          });
    }
    assertEquals(List.of(), problems);
  }
}
