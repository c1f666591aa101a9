package vn.camnang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.diag.BuildException;

/** data/tu-dong-nghia.yaml: read with lines, folded into meta, checked by {@code check}. */
class SynonymsTest {
  @TempDir Path tmp;

  static final String FILE =
      """
      # Từ đồng nghĩa
      - chinh: "Chữ ký số"
        goi: ["CKS", "chữ ký điện tử"]

      - chinh: "giấy phép lái xe"
        goi: ["bằng lái"]
      """;

  @Test
  void entriesKeepTheirLinesAndFoldIntoGroups() {
    Synonyms s = Synonyms.parse(FILE, Path.of("tu-dong-nghia.yaml"));
    assertEquals(List.of(2, 5), s.entries().stream().map(Synonyms.Entry::line).toList());
    assertEquals(List.of(List.of("chu ki so", "cks", "chu ki dien tu"), List.of("giay phep lai xe", "bang lai")), s.groups());
  }

  @Test
  void aMistakeIsAnErrorAtItsLine() {
    BuildException e =
        assertThrows(BuildException.class, () -> Synonyms.parse("- chinh: \"a\"\n- goi: [\"b\"]\n", Path.of("t.yaml")));
    assertEquals(2, e.diagnostics().get(0).line());
    assertTrue(e.diagnostics().get(0).message().contains("chinh"), e.diagnostics().toString());
  }

  @Test
  void checkWarnsAboutAnEntryNoPageHasAtItsLineAndTheBuildFoldsTheRestIntoTheIndex() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Files.createDirectories(site.resolve("data"));
    Files.writeString(site.resolve(Synonyms.FILE), FILE);
    TestSites.Run check = TestSites.run(site, "check");
    List<String> warnings = check.out().lines().filter(l -> l.contains("synonyms:")).toList();
    assertEquals(1, warnings.size(), check.out());
    assertTrue(warnings.get(0).contains("tu-dong-nghia.yaml:5"), warnings.get(0));
    assertTrue(warnings.get(0).contains("giấy phép lái xe"), warnings.get(0));

    Path out = tmp.resolve("out");
    TestSites.Run build = TestSites.build(site, out);
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(!build.out().contains("synonyms:") && !build.err().contains("synonyms:"), "only check warns");
    SearchRanker ranker = new SearchRanker(out);
    List<String> titles = ranker.query("cks ").stream().map(SearchRanker.Hit::title).toList();
    assertTrue(titles.size() >= 2 && titles.subList(0, 2).stream().allMatch(t -> t.toLowerCase().contains("chữ ký số")),
        "CKS is in no page; its group finds the pages about chữ ký số: " + titles);
  }
}
