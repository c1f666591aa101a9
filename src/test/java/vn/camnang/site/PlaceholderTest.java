package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * Scaffold text left in a published page is an error at the line it is on, found from what the
 * loader kept (header fields with their lines, the body with its first line).
 */
class PlaceholderTest {
  @TempDir Path tmp;

  private static final String TOPIC = "---\ntitle: \"Chủ đề\"\ndescription: \"Mô tả.\"\n---\nx\n";

  private TestSites.Run build(String guide) {
    Path site =
        TestSites.write(
            tmp.resolve("site"),
            Map.of("site.yaml", "title: \"Thử\"\n", "content/t/index.md", TOPIC, "content/t/a.md", guide));
    return TestSites.run(site, "build", "--output", tmp.resolve("out").toString());
  }

  @Test
  void everyPlaceholderStartsWithABracket() {
    // the body check looks only where a '[' is (EditorChecks.mayHold)
    for (String ph : EditorChecks.SCAFFOLD_PLACEHOLDERS) {
      assertTrue(ph.startsWith("["), ph);
    }
  }

  @Test
  void aPlaceholderInTheBodyIsReportedAtItsLineOfTheFile() {
    TestSites.Run run =
        build("---\ntitle: \"A\"\ndescription: \"x\"\n---\n\nMở đầu.\n\n- [Thẻ căn cước hoặc CCCD gắn chip]\n");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("a.md:8: error: placeholder text from 'camnang new' is still in a published page:"
            + " '[Thẻ căn cước hoặc CCCD gắn chip]'"),
        run.err());
  }

  @Test
  void aPlaceholderInAListOfTheHeaderIsReportedAtItsItem() {
    TestSites.Run run =
        build(
            "---\ntitle: \"A\"\ndescription: \"x\"\nsources:\n  - title: \"Trang chính thức\"\n"
                + "    url: \"https://dichvucong.gov.vn\"\n  - title: \"[Tên trang chính thức mà bài dựa vào]\"\n"
                + "    url: \"https://vssid.gov.vn\"\n---\n\nMở đầu: [Lỗi hay gặp]\n");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("a.md:7: error: placeholder text"), run.err());
    assertTrue(run.err().contains("'[Tên trang chính thức mà bài dựa vào]'"), "the header's comes first: " + run.err());
  }

  @Test
  void theSameWordsAsALinksTextOrInADraftAreTheEditorsOwn() {
    TestSites.Run link =
        build("---\ntitle: \"A\"\ndescription: \"x\"\n---\n\nMang [Thẻ căn cước hoặc CCCD gắn chip](index.md).\n");
    assertEquals(0, link.exitCode(), link.err());
    assertFalse(link.err().contains("placeholder"), link.err());
    TestSites.Run draft = build("---\ntitle: \"[Tên bài hướng dẫn]\"\ndraft: true\n---\n\n[Lỗi hay gặp]\n");
    assertEquals(0, draft.exitCode(), draft.err());
  }
}
