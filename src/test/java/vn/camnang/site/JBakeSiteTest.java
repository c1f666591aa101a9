package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * Builds {@code sites/jbake}, a project written in JBake's style (jbake.properties, {@code
 * key=value … ~~~~~~} headers, JBake-model Freemarker templates), with the unchanged {@code build}
 * command, and checks the pages a JBake user expects, plus where we differ from JBake on purpose:
 * ASCII URLs, drafts not written, {@code rootpath} right at every depth.
 */
class JBakeSiteTest {
  @TempDir static Path tmp;
  static Path site;
  static Path out;
  static TestSites.Run run;

  @BeforeAll
  static void build() {
    site = TestSites.copy("jbake", tmp);
    out = tmp.resolve("out");
    run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void unsupportedKeysAreReportedOnceWithTheirLine() {
    assertEquals(
        1,
        count(
            run.err(),
            "jbake.properties:16: warning: markdown.extensions: DEFINITIONS is not supported"),
        run.err());
    assertEquals(
        1,
        count(run.err(), "jbake.properties:17: warning: 'draft.suffix' has no effect"),
        run.err());
    assertEquals(2, count(run.err(), ": warning: "), "no other warning:\n" + run.err());
  }

  @Test
  void pagesAreWhereJBakePutsThemWithAsciiNames() {
    assertEquals(
        List.of(
            "2/index.html",
            "about.html",
            "archive.html",
            "blog/2026/bai-viet-dau-tien/index.html",
            "blog/2026/minh-hoa.png",
            "blog/2026/second-post/index.html",
            "blog/2026/third-post/index.html",
            "css/base.css",
            "feed.xml",
            "index.html",
            "sitemap.xml",
            "tags/hướng dẫn.html",
            "tags/index.html",
            "tags/jbake.html",
            "tags/vssid.html"),
        files(out));
  }

  @Test
  void theVietnameseFileNameBecomesAnAsciiUrl() {
    Document d = page("blog/2026/bai-viet-dau-tien/index.html");
    assertEquals("Bài viết đầu tiên", d.selectFirst("h1").text());
    for (String f : files(out)) {
      assertFalse(f.contains("%") || f.contains("+"), "JBake's percent-encoded name: " + f);
      assertFalse(f.startsWith("blog/") && !f.matches("[a-z0-9/.-]+"), "non-ASCII page URL: " + f);
    }
  }

  @Test
  void draftsAreNotWritten() {
    for (String f : files(out)) {
      assertFalse(f.contains("draft"), f);
      if (f.endsWith(".html") || f.endsWith(".xml")) {
        assertFalse(read(f).contains("Bản nháp chưa đăng"), "draft listed in " + f);
      }
    }
    assertFalse(Files.exists(out.resolve("tags/nháp.html")), "a tag only a draft has");
  }

  @Test
  void postPageShowsTitleDateTagsBodyAndNeighbours() {
    Document d = page("blog/2026/second-post/index.html");
    assertEquals("Bài thứ hai: cài VssID", d.title());
    assertEquals("10 March 2026", d.selectFirst(".date").text());
    assertEquals(
        List.of("../../../tags/jbake.html", "../../../tags/vssid.html"),
        d.select("a.tag").eachAttr("href"));
    assertEquals(
        "../../../blog/2026/bai-viet-dau-tien/", d.selectFirst(".previous a").attr("href"));
    assertEquals("../../../blog/2026/third-post/", d.selectFirst(".next a").attr("href"));
    Document first = page("blog/2026/bai-viet-dau-tien/index.html");
    assertNotNull(first.selectFirst(".body br"), "JBake's default HARDWRAPS");
    assertEquals(
        "Bài mở đầu của blog",
        first.selectFirst("meta[property=og:description]").attr("content"),
        "a JSON header value is a map");
    assertTrue(
        page("blog/2026/third-post/index.html")
            .selectFirst(".body")
            .text()
            .contains("{vẫn là chữ}"),
        "text in braces stays text");
  }

  @Test
  void markdownLinksToFilesBecomeUrlsAndOtherLinksStayAsWritten() {
    Element body = page("blog/2026/second-post/index.html").selectFirst(".body");
    assertEquals(
        List.of(
            "../bai-viet-dau-tien/",
            "../../../about.html",
            "https://jbake.org/docs/",
            "/archive.html"),
        body.select("a").eachAttr("href"));
    assertEquals("../minh-hoa.png", body.selectFirst("img").attr("src"));
    // The same body on the index, at the top of the site: links from the site's root path.
    Element onIndex = page("index.html").select(".post").get(1);
    assertEquals("/blog/2026/bai-viet-dau-tien/", onIndex.selectFirst("p a").attr("href"));
    assertEquals("/blog/2026/minh-hoa.png", onIndex.selectFirst("img").attr("src"));
  }

  @Test
  void theIndexIsPaginatedAndNamedAsJBakeNamesIt() {
    Document one = page("index.html");
    assertEquals(
        List.of("Bài thứ ba", "Bài thứ hai: cài VssID"), one.select(".post h2").eachText());
    assertEquals("Trang 1 / 2", one.selectFirst(".page-info").text());
    assertEquals("./2/", one.selectFirst(".next a").attr("href"));
    assertTrue(one.select(".previous").isEmpty());
    assertTrue(one.text().contains("Blog có 3 bài và 1 trang."), "db.getPublished…().size()");

    Document two = page("2/index.html");
    assertEquals(List.of("Bài viết đầu tiên"), two.select(".post h2").eachText());
    assertEquals("Trang 2 / 2", two.selectFirst(".page-info").text());
    assertEquals("../", two.selectFirst(".previous a").attr("href"));
    assertTrue(two.select(".next").isEmpty());
  }

  @Test
  void archiveAndTagPagesListPublishedPosts() {
    assertEquals(
        List.of("Bài thứ ba", "Bài thứ hai: cài VssID", "Bài viết đầu tiên"),
        page("archive.html").select(".container li a").eachText());
    Document jbake = page("tags/jbake.html");
    assertEquals("Thẻ: jbake", jbake.selectFirst("h1").text());
    assertEquals(
        List.of("Bài thứ hai: cài VssID", "Bài viết đầu tiên"),
        jbake.select(".tag-posts a").eachText());
    assertEquals("2 bài, 2 bài viết.", jbake.selectFirst(".count").text());
    assertEquals("Thẻ: hướng dẫn", page("tags/hướng dẫn.html").selectFirst("h1").text());
    Document index = page("tags/index.html");
    assertEquals(
        List.of("hướng dẫn [1]", "jbake [2]", "vssid [2]"), index.select(".tags li").eachText());
  }

  @Test
  void feedAndSitemapUseTheSiteHostAndOnlyPublishedPages() {
    Document feed = xml("feed.xml");
    assertEquals(
        List.of(
            "https://blog.example.org/blog/2026/third-post/",
            "https://blog.example.org/blog/2026/second-post/",
            "https://blog.example.org/blog/2026/bai-viet-dau-tien/"),
        feed.select("item > link").eachText());
    assertEquals(
        "Fri, 20 Mar 2026 00:00:00 +0000",
        feed.selectFirst("channel > pubDate").text(),
        "published_date is the newest post's date, not the clock");
    assertEquals(
        List.of(
            "https://blog.example.org/about.html",
            "https://blog.example.org/blog/2026/third-post/",
            "https://blog.example.org/blog/2026/second-post/",
            "https://blog.example.org/blog/2026/bai-viet-dau-tien/"),
        xml("sitemap.xml").select("loc").eachText(),
        "published_content as JBake orders it: pages, then posts, newest first");
  }

  @Test
  void dataFilesReachTemplatesThroughDataGet() {
    assertEquals(
        List.of("Nguyễn Thị Hoa – Tổ trưởng Tổ công nghệ số", "Trần Văn Minh – Thành viên"),
        page("about.html").select(".team li").eachText());
    assertEquals(2, page("tags/vssid.html").select(".author").size());
  }

  @Test
  void everyRelativeLinkResolvesAtEveryDepth() {
    List<String> broken = new ArrayList<>();
    for (String f : files(out)) {
      if (!f.endsWith(".html")) {
        continue;
      }
      Document d = page(f);
      for (Element e : d.select("a[href], link[href], img[src], script[src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-z]+:.*")) {
          continue;
        }
        String path = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target =
            path.startsWith("/")
                ? out.resolve(path.substring(1))
                : out.resolve(f).getParent().resolve(path).normalize();
        if (Files.isDirectory(target)) {
          target = target.resolve("index.html");
        }
        if (!target.startsWith(out) || !Files.isRegularFile(target)) {
          broken.add(f + " → " + url);
        }
      }
    }
    assertEquals(List.of(), broken);
    assertEquals(
        "./css/base.css", page("about.html").selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals(
        "../../../css/base.css",
        page("blog/2026/third-post/index.html").selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals(
        "../css/base.css", page("2/index.html").selectFirst("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void twoBuildsGiveTheSameBytes() throws IOException {
    Path again = tmp.resolve("again");
    assertEquals(0, TestSites.build(site, again).exitCode());
    assertEquals(files(out), files(again));
    for (String f : files(out)) {
      assertArrayEquals(
          Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  @Test
  void aRebuildRemovesPagesWhoseSourceWasDeleted() throws IOException {
    Path copy = TestSites.copy("jbake", tmp.resolve("rebuild"));
    Path target = tmp.resolve("rebuild-out");
    assertEquals(0, TestSites.build(copy, target).exitCode());
    assertTrue(Files.exists(target.resolve("blog/2026/third-post/index.html")));
    Files.delete(copy.resolve("content/blog/2026/third-post.md"));
    assertEquals(0, TestSites.build(copy, target).exitCode());
    assertFalse(Files.exists(target.resolve("blog/2026/third-post")));
  }

  private static Document page(String file) {
    try {
      return Jsoup.parse(out.resolve(file).toFile(), "UTF-8", "https://blog.example.org/" + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document xml(String file) {
    return Jsoup.parse(read(file), "", Parser.xmlParser());
  }

  private static String read(String file) {
    try {
      return Files.readString(out.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> files(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
