package vn.camnang.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
  private final MarkdownEngine engine = new MarkdownEngine();

  @Test
  void textIsWrittenAsFlexmarkWritesIt() {
    // PlainText skips flexmark's unescape for texts without \\ or &: the same bytes either way
    // (expected: flexmark 0.64.8's own text renderer, before PlainText)
    String md = "Giá 10.000 đ \"rẻ\" <ma so> 1 < 2 > 0\\* &copy; &amp; a\\\\b\r\ndòng hai\n\n"
        + "| A | B |\n|---|---|\n| x & y | \\| z |\n";
    assertEquals(
        "<p>Giá 10.000 đ &quot;rẻ&quot; &lt;ma so&gt; 1 &lt; 2 &gt; 0* © &amp; a\\b\ndòng hai</p>\n"
            + "<table>\n<thead>\n<tr><th>A</th><th>B</th></tr>\n</thead>\n<tbody>\n"
            + "<tr><td>x &amp; y</td><td>| z</td></tr>\n</tbody>\n</table>\n",
        new MarkdownEngine().render(md, LinkRewriter.IDENTITY));
  }

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

  /** The line index gives every offset the line flexmark's own count gives, for every kind of line break. */
  @Test
  void linesAgreeWithFlexmarkAtEveryOffset() {
    String text = "# A\n\npara\r\nnext\rold mac\n\r\n\n\r\rend\r\n";
    Document doc = Parser.builder().build().parse(text);
    MarkdownEngine.Lines lines = new MarkdownEngine.Lines(doc.getChars().getBaseSequence());
    for (int offset = 0; offset <= text.length(); offset++) {
      assertEquals(doc.getLineNumber(offset), lines.at(offset), "offset " + offset);
    }
  }

  /**
   * A page rendered without the autolink pass is rendered as with it: the check lets through every
   * page in which flexmark would link something (also after entities and escapes are undone).
   */
  @Test
  void pagesWithoutAutolinkCandidatesRenderAsWithTheAutolinkPass() {
    MarkdownEngine engine = new MarkdownEngine();
    List<String> linked =
        List.of(
            "Xem https://dichvucong.gov.vn ngay.", "1. Mở www.example.com", "Gửi thư tới hotro@example.org",
            "Xem https\\://x.example", "ftp://tep.example/a");
    for (String md : linked) {
      assertTrue(MarkdownEngine.mayAutolink(md), md);
      assertTrue(engine.render(md, LinkRewriter.IDENTITY).contains("<a href"), md);
    }
    List<String> plain = List.of("1. Mở ứng dụng.\n2. Bấm *Đăng nhập*.", "Giờ: 7:30 – 11:30. Số 1.5", "Trang www");
    for (String md : plain) {
      assertFalse(MarkdownEngine.mayAutolink(md), md);
    }
    assertTrue(MarkdownEngine.mayAutolink("Mở WWW.EXAMPLE.COM"), "any case");
    assertTrue(MarkdownEngine.mayAutolink("Gửi tới hotro&#64;example.org"), "an entity may hide an address");
  }

  /**
   * The admonition factory asked only about lines starting with {@code !} or {@code ?} finds the
   * same blocks as flexmark's own, wherever a callout may start (after a paragraph, in a list, after
   * spaces, in a quote) and on lines that only look like one.
   */
  @Test
  void admonitionsParseAsWithFlexmarksOwnFactory() {
    String md =
        "Đoạn\n!!! note \"Ghi chú\"\n    Một.\n\n- mục\n\n    !!! warning\n        Hai.\n\n"
            + "  !!! tip\n    Ba.\n\n> !!! danger\n>     Bốn.\n\n??? info \"Mở\"\n    Năm.\n\n???+ info\n    Sáu.\n\n"
            + "!!!\n!! note\n? câu hỏi\n!!! không-có-kiểu\n";
    Parser ours = Parser.builder().extensions(List.of(new CalloutRenderer.Extension())).build();
    Parser flexmarks =
        Parser.builder()
            .extensions(
                List.of(
                    new Parser.ParserExtension() {
                      @Override
                      public void parserOptions(MutableDataHolder options) {
                        new CalloutRenderer.Extension().parserOptions(options);
                      }

                      @Override
                      public void extend(Parser.Builder builder) {
                        builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
                      }
                    }))
            .build();
    List<String> expected = tree(flexmarks.parse(md));
    assertTrue(expected.stream().filter(n -> n.startsWith("AdmonitionBlock")).count() >= 5, expected.toString());
    assertEquals(expected, tree(ours.parse(md)));
  }

  private static List<String> tree(Node root) {
    List<String> out = new ArrayList<>();
    for (Node n : root.getDescendants()) {
      out.add(n.getClass().getSimpleName() + " " + n.getStartOffset() + "-" + n.getEndOffset());
    }
    return out;
  }
}
