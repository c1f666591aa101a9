package vn.camnang.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * The one-pass path ({@link OnePass}) against the Jsoup path it stands in for, on whole sites built
 * for real: for every body the one-pass path made, the Jsoup chain is run on the same flexmark HTML
 * and the body HTML, the {@code h2, h3} texts and the text must be equal, character for character.
 * Each site also asserts how many pages took the one-pass path, so the test cannot pass by always
 * falling back.
 */
class OnePassTest {
  @TempDir Path tmp;

  /** What one site's build told the observer. */
  private static final class Seen implements HtmlPipeline.Observer {
    final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    final Set<String> onePass = Collections.synchronizedSet(new TreeSet<>());
    final Set<String> plainFallback = Collections.synchronizedSet(new TreeSet<>());
    final Set<String> other = Collections.synchronizedSet(new TreeSet<>());

    @Override
    public void transformed(String html, PageContext context, boolean plain, TransformedBody fast) {
      String url = "/" + context.pageUrl();
      if (fast == null) {
        (plain ? plainFallback : other).add(url);
        return;
      }
      onePass.add(url);
      Element jsoup = HtmlPipeline.standard().transform(html, context);
      compare(url, "html", jsoup.html(), fast.html());
      compare(url, "headings", String.join("\n", jsoup.select("h2, h3").eachText()), String.join("\n", fast.headings()));
      compare(url, "text", jsoup.text(), fast.text());
    }

    private void compare(String url, String what, String expected, String actual) {
      if (!expected.equals(actual)) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
          at++;
        }
        mismatches.add(url + " " + what + " differs at " + at + ":\n  jsoup:    " + around(expected, at)
            + "\n  one pass: " + around(actual, at));
      }
    }

    private static String around(String s, int at) {
      return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60)).replace("\n", "\\n");
    }

    int pages() {
      return onePass.size() + plainFallback.size() + other.size();
    }

    @Override
    public String toString() {
      return "one pass " + onePass.size() + ", plain but Jsoup " + plainFallback + ", not plain " + other.size();
    }
  }

  private Seen checked(Path site) {
    Seen seen = new Seen();
    HtmlPipeline.observer = seen;
    try {
      TestSites.run(site, "check");
    } finally {
      HtmlPipeline.observer = null;
    }
    assertEquals(List.of(), seen.mismatches, "the one-pass path must give what the Jsoup path gives");
    return seen;
  }

  @AfterEach
  void noObserver() {
    HtmlPipeline.observer = null;
  }

  @Test
  void bundledSite() {
    Seen seen = checked(TestSites.REPO);
    assertTrue(seen.pages() >= 60, seen.toString());
    // every page without pictures (36 of 82 on 2026-12-03): pictures are not on the one-pass path
    assertTrue(seen.onePass.size() >= 30, seen.toString());
    assertTrue(seen.plainFallback.isEmpty(), seen.toString());
  }

  @Test
  void fixtureSites() throws IOException {
    int onePass = 0;
    int pages = 0;
    try (var dirs = Files.list(TestSites.FIXTURES)) {
      for (Path fixture : dirs.sorted().toList()) {
        Seen seen = checked(TestSites.copy(fixture.getFileName().toString(), tmp.resolve(fixture.getFileName().toString())));
        onePass += seen.onePass.size();
        pages += seen.pages();
      }
    }
    assertTrue(pages >= 20 && onePass * 2 >= pages, onePass + " of " + pages); // 14 of 20 on 2026-12-03
  }

  @Test
  void generatedCorpus() throws Exception {
    Path out = tmp.resolve("corpus");
    Process p;
    try {
      p = new ProcessBuilder("python3", TestSites.REPO.resolve("bench/gentext.py").toString(), "--n", "300", "--seed", "17",
              "--out", out.toString())
          .redirectErrorStream(true)
          .redirectOutput(tmp.resolve("gentext.log").toFile())
          .start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is needed to generate the corpus: " + e.getMessage());
      return;
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, Files.readString(tmp.resolve("gentext.log")));
    Seen seen = checked(out.resolve("camnang-min"));
    assertTrue(seen.pages() >= 300, seen.toString());
    assertEquals(seen.pages(), seen.onePass.size(), seen.toString());
  }

  /** Everything plain Markdown can hold, where the serialisations differ most. */
  static final String TORTURE = """
      ---
      title: "Trang thử: mọi thứ"
      description: "Thực thể, dấu ngoặc, bảng, chú thích."
      ---
      Văn bản có &amp; &lt; &gt; &quot; &copy; &nbsp;cách&nbsp;cứng&#160;và &#x27;nháy&#39; "kép" 'đơn' < > & a&b \\<thẻ\\>.
      Dòng mềm
      dòng cứng\\
      sau ngắt, và hai dấu cách \s
      sau ngắt nữa. Ký tự ẩn:\u200b|\u00ad| emoji 😀 và \t tab.

      ## Bước 1: Đăng ký
      ## Bước 1: Đăng ký
      ## Bước 1: Đăng ký {#rieng}
      ### `mã <OTP>` và *nghiêng* **đậm** [liên kết](https://example.org/a?b=1&c=2 "tiêu đề \\"kép\\" & <x>")
      ####
      ## &nbsp;
      ## !!!
      #### Mục {.lon}
      ##### Năm
      ###### Sáu

      # Một

      Liên kết: [ngoài](https://dichvucong.gov.vn), [http](http://a.vn/x y), [gốc](//cdn.example.org/x),
      [mảnh](#buoc-1-dang-ky), [điện thoại](tel:+84123456789), [thư](mailto:a@b.vn), [trong](../khac/),
      [cùng trang](?q=1), [tham chiếu][r1], [thiếu][khong-co], <https://tu-dong.example.com/a_b>,
      www.example.com và a@b.com, [của site](https://camnang.example.org/x/), [tương đối](khac/ "t"),
      [khoảng](<a b.html>), [mã hoá](d%C3%A2u/), [dấu](dấu/#mục), [rỗng]().

      [r1]: https://example.net/r "Tham chiếu"

      - một
      - hai
        - hai a
          1. sâu
          2. sâu hơn

             đoạn trong mục
        - hai b
      - ba **đậm _lồng ~~gạch~~_**

      3. bắt đầu từ ba
      4. bốn

      * [ ] không phải việc
      + khác

      > Trích dẫn
      > > lồng, với `code`
      >
      > - và danh sách

      | Trái | Giữa | Phải | Không |
      |:-----|:----:|-----:|-------|
      | a & b | `c|d` | **e** | [f](https://g.vn) |
      | 1 | | 3 |
      | x | y | z | w | thừa |

      !!! warning "Không chia sẻ mã <OTP> & \\"mật khẩu\\""
          Nội dung cảnh báo với [liên kết](../a/).

          - mục trong cảnh báo

      !!! tip
          Mẹo không tiêu đề.

      ???+ note "Mở sẵn"
          Gập được.

      ```java
      if (a < b && c > d) { s = "x"; }   
        thụt  lề
      ```

          mã thụt lề <b>
          dòng 2

      ```
      ```

      ---
      ***

      Đoạn có thuộc tính {.ghi-chu #doan-1}

      Cuối cùng: ~~gạch~~, \\*không nghiêng\\*, `` `backtick` ``, a\\
      b \s
      c
      """;

  @Test
  void torturePage() {
    torture(tmp.resolve("torture"), "baseUrl: \"https://camnang.example.org/\"\n");
  }

  /** Without a base URL no link gets a print address, and every absolute link is external. */
  @Test
  void torturePageWithoutBaseUrl() {
    torture(tmp.resolve("torture-nobase"), "");
  }

  private void torture(Path dir, String baseUrl) {
    Path site =
        TestSites.write(
            dir,
            Map.of(
                "site.yaml", "title: \"Thử\"\ndescription: \"Thử.\"\n" + baseUrl,
                "content/index.md", "---\ntitle: \"Trang chủ\"\n---\nXin chào.\n",
                "content/khac/index.md", "---\ntitle: \"Khác\"\n---\n## Khác\n\nBài khác.\n",
                "content/thu/index.md", TORTURE,
                "content/thu/khong-base.md", TORTURE.replace("title: \"Trang thử", "title: \"Trang thử 2"),
                // outside the one-pass path: Jsoup as before
                "content/thu/javascript.md",
                "---\ntitle: \"JS\"\n---\n[bấm](javascript:alert(1)), <javascript:alert(2)>, [ftp](ftp://a.vn/x), [v](vbscript:x)\n",
                "content/thu/raw.md", "---\ntitle: \"Raw\"\n---\nCó <b>đậm</b> thật.\n\n<div>khối</div>\n",
                "content/thu/attr.md", "---\ntitle: \"Attr\"\n---\nĐoạn {onclick=\"x()\"}\n\n[a](../khac/){.nut}\n"));
    Seen seen = checked(site);
    assertTrue(seen.onePass.containsAll(List.of("/thu/", "/thu/khong-base/", "/khac/", "/")), seen.toString());
    assertTrue(seen.other.contains("/thu/raw/"), seen.toString());
    // plain Markdown the cleaner would change, or with attributes a transformer changes in place
    assertTrue(seen.plainFallback.containsAll(List.of("/thu/javascript/", "/thu/attr/")), seen.toString());
  }

  /** The links the one-pass path does not ask the safelist about are ones it allows. */
  @Test
  void plainRelativeLinksAreWhatTheSafelistAllows() {
    List<String> plain = List.of("../../t/g/", "../khac/", "g/#muc-2", "#buoc-1", "a.html", "d%C3%A2u/", "~x/_y/", "..", ".");
    for (String href : plain) {
      assertTrue(OnePass.isPlainRelative(href), href);
      Element a = new Element("a").attr("href", href);
      a.setBaseUri(RawHtml.BASE_URI);
      assertEquals(false, RawHtml.unsafe(a), href);
    }
    for (String href : List.of("", "//host/x", "javascript:x", "a b", "a\\b", "x:y", "?q=1", "https://a.vn/")) {
      assertEquals(false, OnePass.isPlainRelative(href), href);
    }
  }

  @Test
  void refusesWhatItWasNotMadeFor() {
    PageContext ctx = new PageContext("a/", Map.of(), "https://camnang.example.org/");
    assertNotNull(OnePass.render("<p>a</p>\n", ctx));
    for (String html :
        List.of(
            "<p>a &copy; b</p>", "<p>a\r\nb</p>", "<p><b>x</b></p>", "<p><p>x</p></p>", "<p>a<h2>b</h2></p>",
            "<a href=\"x\"><a href=\"y\">z</a></a>", "<pre>\nx</pre>", "<table><tr><td>x</td></tr></table>",
            "<ul>text</ul>", "<p style=\"x\">a</p>", "<p id=\"\">a</p>", "<p>unclosed", "</p>",
            "<a href=\"javascript:x()\">a</a>", "<p>\u0001</p>", "<h2 ID=\"x\">a</h2>")) {
      assertNull(OnePass.render(html, ctx), html);
    }
  }
}
