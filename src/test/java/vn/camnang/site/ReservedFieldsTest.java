package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * A header field named like a value the generator sets for templates ({@code topic}, {@code url}
 * …) is warned with its line, and every field the author wrote stays readable as written under
 * {@code page.params} ({@code sites/reserved}).
 */
class ReservedFieldsTest {
  @TempDir Path tmp;

  @Test
  void theAuthorsValuesStayUnderParamsAndReservedNamesAreWarnedWithTheirLine() {
    Path site = TestSites.copy("reserved", tmp);
    Path out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("content/tin/bai.md:5: warning: front matter: 'topic' is a name the generator sets"), run.err());
    assertTrue(run.err().contains("content/tin/bai.md:6: warning: front matter: 'url' is a name the generator sets"), run.err());
    assertTrue(run.err().contains("page.params['url']"), "the warning says where the value is: " + run.err());
    assertFalse(run.err().contains("'slug' is a name"), "slug and image are fields of their own");
    assertFalse(run.err().contains("'image' is a name"));

    Document d = TestSites.page(out, "tin/bai-mot/");
    assertEquals("tin", d.getElementById("topic").text(), "page.topic is the topic's slug");
    assertEquals("Bảo hiểm xã hội", d.getElementById("params-topic").text());
    assertEquals("tin/bai-mot/", d.getElementById("url").text());
    assertEquals("https://baohiemxahoi.gov.vn/", d.getElementById("params-url").text());
    assertEquals("bai-mot", d.getElementById("slug").text());
    assertEquals("Bài Một", d.getElementById("params-slug").text());
    assertTrue(d.getElementById("image").text().startsWith("tin/buoc-1."), d.getElementById("image").text());
    assertEquals("buoc-1.png", d.getElementById("params-image").text());
  }

  @Test
  void checkDoesNotAlsoCallAReservedNameUnknown() {
    Path site = TestSites.copy("reserved", tmp);
    TestSites.Run run = TestSites.run(site, "check", "--source", site.toString());
    assertTrue((run.out() + run.err()).contains("'topic' is a name the generator sets"), run.out() + run.err());
    assertFalse((run.out() + run.err()).contains("'topic' is not a field the site uses"), run.out() + run.err());
  }
}
