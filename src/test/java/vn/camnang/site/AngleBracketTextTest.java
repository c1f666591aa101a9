package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * SMS syntax and placeholders in angle brackets ("DK &lt;so CCCD&gt; gửi 1900") are text, shown as
 * typed; HTML elements the safelist refuses are still errors with their line and a hint that names
 * them.
 */
class AngleBracketTextTest {
  @TempDir Path tmp;

  private Path site(String guideBody) {
    Path site = tmp.resolve("site");
    Map<String, String> files =
        Map.of(
            "site.yaml", "title: \"Thử\"\nbaseUrl: \"https://thu.vn/\"\n",
            "content/tin-nhan/index.md", "---\ntitle: \"Tin nhắn\"\ndescription: \"Cú pháp tin nhắn\"\n---\n",
            "content/tin-nhan/cu-phap/index.md",
            "---\ntitle: \"Cú pháp\"\ndescription: \"Soạn VSSID <ma so BHXH> gửi 8079\"\n---\n\n" + guideBody,
            "content/tin-nhan/khac.md", "---\ntitle: \"Khác\"\ndescription: \"Bài khác\"\n---\n\nNội dung.\n");
    TestSites.write(site, files);
    try {
      Files.copy(
          TestSites.REPO.resolve("content/vssid/cai-dat-vssid/infographic.png"),
          site.resolve("content/tin-nhan/cu-phap/anh.png"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return site;
  }

  static final String BODY =
      """
      Soạn tin: VSSID <ma so BHXH> gửi 8079.

      Có dấu cũng được: DK <số CCCD> gửi 1900. Viết liền: <MAKH>, một chữ: <t>.

      ## Kiểu Option<T> và Vec<T>

      | Việc | Cú pháp |
      |---|---|
      | Tra cứu | DK <so CCCD> gửi 1900 |

      [Gửi <ten> cho tổng đài](../khac.md)

      ![Màn hình nhập <ma so BHXH>](anh.png)

      <ten> là tên của bạn, viết không dấu.

      Chữ **đậm** và <em>nghiêng</em> vẫn là HTML.
      """;

  @Test
  void placeholdersInAngleBracketsAreShownAsTyped() {
    Path out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(site(BODY), out);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("raw HTML"), run.err());
    Document d = TestSites.page(out, "tin-nhan/cu-phap/");
    String prose = d.selectFirst(".prose").text();
    assertTrue(prose.contains("Soạn tin: VSSID <ma so BHXH> gửi 8079."), prose);
    assertTrue(prose.contains("DK <số CCCD> gửi 1900. Viết liền: <MAKH>, một chữ: <t>."), prose);
    assertEquals("Kiểu Option<T> và Vec<T>", d.selectFirst(".prose h2").text());
    assertEquals("DK <so CCCD> gửi 1900", d.select(".prose td").get(1).text());
    assertEquals("Gửi <ten> cho tổng đài", d.selectFirst(".prose a[href*=khac]").text());
    assertEquals("Màn hình nhập <ma so BHXH>", d.selectFirst(".prose img").attr("alt"));
    assertTrue(prose.contains("<ten> là tên của bạn, viết không dấu."), prose);
    assertNotNull(d.selectFirst(".prose em"), "a real HTML element stays HTML");
    assertTrue(d.select(".prose ma, .prose so, .prose ten, .prose t, .prose makh").isEmpty());
    assertEquals(
        "Soạn VSSID <ma so BHXH> gửi 8079", d.selectFirst("meta[property=og:description]").attr("content"));
    assertTrue(
        TestSites.page(out, "tin-nhan/in/").text().contains("Soạn VSSID <ma so BHXH> gửi 8079"),
        "the printed handout shows the placeholder as typed");
  }

  @Test
  void searchIndexHoldsThePlaceholderTextAsTyped() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(site(BODY), out).exitCode());
    StringBuilder all = new StringBuilder();
    try (var s = Files.walk(out.resolve("search"))) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(f));
      }
    }
    String text = all.toString().replace("\\u003c", "<").replace("\\u003e", ">");
    assertTrue(text.contains("VSSID <ma so BHXH> gửi 8079"), "the excerpt shows the placeholder as typed");
  }

  @Test
  void refusedElementsAreErrorsThatNameWhatWasRefused() {
    String body =
        "Dòng một.\n\n<script>alert(1)</script>\n\nDòng hai.\n\n"
            + "<iframe src=\"https://example.com/x\"></iframe>\n\n"
            + "[Bấm vào đây](javascript:alert(1))\n";
    TestSites.Run run = TestSites.build(site(body), tmp.resolve("out"));
    assertEquals(1, run.exitCode());
    String err = run.err();
    String[] blocks = err.split("\n(?=\\S)");
    String script = find(blocks, "cu-phap/index.md:8:");
    assertTrue(script.contains("error: raw HTML not allowed: <script>"), err);
    assertTrue(script.contains("<script>"), err);
    assertFalse(script.contains("youtube"), "the video sentence only where an embed was refused: " + script);
    String iframe = find(blocks, "cu-phap/index.md:12:");
    assertTrue(iframe.contains("<iframe>"), err);
    assertTrue(iframe.contains("youtube.com/watch"), iframe);
    String js = find(blocks, "cu-phap/index.md:14:");
    assertTrue(js.contains("javascript:"), err);
    assertTrue(js.contains("error:"), err);
  }

  private static String find(String[] blocks, String prefix) {
    for (String b : blocks) {
      if (b.contains(prefix)) {
        return b;
      }
    }
    throw new AssertionError("no diagnostic at " + prefix + " in:\n" + String.join("\n", blocks));
  }
}
