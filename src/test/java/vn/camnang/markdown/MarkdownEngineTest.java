package vn.camnang.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
  private final MarkdownEngine engine = new MarkdownEngine();

  @Test
  void everyLinkAndImageGoesThroughTheRewriterWithItsLine() {
    List<String> seen = new ArrayList<>();
    LinkRewriter links =
        (url, line, image, text) -> {
          seen.add(line + (image ? " image " : " link ") + url + " " + text);
          return url.replace(".md", "/");
        };
    String html = engine.render("# Tiêu đề\n\n[Đăng ký](../dang-ky.md)\n\n![Bước 1](buoc-1.png)\n", links);
    assertEquals(List.of("3 link ../dang-ky.md Đăng ký", "5 image buoc-1.png Bước 1"), seen);
    assertTrue(html.contains("href=\"../dang-ky/\""), html);
    assertTrue(html.contains("src=\"buoc-1.png\""), html);
  }

  @Test
  void rawHtmlIsReportedWithItsLine() {
    List<String> raw = new ArrayList<>();
    LinkRewriter links =
        new LinkRewriter() {
          @Override
          public String rewrite(String url, int line, boolean image, String text) {
            return url;
          }

          @Override
          public void rawHtml(String html, int line) {
            raw.add(line + " " + html.strip());
          }
        };
    engine.render("Chữ\n\n<div>x</div>\n", links);
    assertEquals(List.of("3 <div>x</div>"), raw);
  }

  @Test
  void tablesAndAdmonitionsRender() {
    String html =
        engine.render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n!!! warning \"Cảnh báo\"\n    Không đưa mã OTP.\n",
            LinkRewriter.IDENTITY);
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("role=\"note\""), html);
    assertTrue(html.contains("Không đưa mã OTP."), html);
  }

  @Test
  void anExplicitHeadingIdIsKept() {
    String html = engine.render("## Các bước {#cac-buoc-vneid}\n", LinkRewriter.IDENTITY);
    assertTrue(html.contains("id=\"cac-buoc-vneid\""), html);
  }
}
