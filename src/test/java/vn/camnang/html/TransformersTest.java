package vn.camnang.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.List;

class TransformersTest {
  private static final PageContext CTX =
      new PageContext("t/a/", Map.of("a.png", new int[] {10, 20}), "https://camnang.example.org/");

  private static String run(HtmlTransformer t, String html) {
    return new HtmlPipeline(List.of(t)).process(html, CTX);
  }

  @Test
  void headingIdsAreAsciiUniqueAndKeepExplicitOnes() {
    assertEquals(
        "<h2 id=\"buoc-1\">Bước 1</h2><h2 id=\"buoc-1-2\">Bước 1</h2><h3 id=\"rieng\">Riêng</h3>",
        run(Transformers::headingIds, "<h2>Bước 1</h2><h2>Bước 1</h2><h3 id=\"rieng\">Riêng</h3>"));
  }

  @Test
  void tablesAreWrappedOnce() {
    String once = run(Transformers::tableScroll, "<table><tr><td>1</td></tr></table>");
    assertEquals(once, run(Transformers::tableScroll, once));
    assertEquals(1, once.split("table-scroll", -1).length - 1);
  }

  @Test
  void onlyExternalLinksGetNoopener() {
    String html =
        run(
            Transformers::externalLinks,
            "<a href=\"https://dichvucong.gov.vn\">a</a><a href=\"../b/\">b</a>"
                + "<a href=\"https://camnang.example.org/x/\">c</a>");
    assertEquals(
        "<a href=\"https://dichvucong.gov.vn\" rel=\"noopener noreferrer\" class=\"external\">a</a>"
            + "<a href=\"../b/\">b</a><a href=\"https://camnang.example.org/x/\">c</a>",
        html);
  }

  @Test
  void firstImageEagerOthersLazyWithKnownSizes() {
    String html = run(Transformers::images, "<img src=\"a.png\"><img src=\"b.png\">");
    assertEquals(
        "<img src=\"a.png\" width=\"10\" height=\"20\" fetchpriority=\"high\">"
            + "<img src=\"b.png\" loading=\"lazy\" decoding=\"async\">",
        html);
    assertFalse(html.contains("width=\"0\""));
  }
}
