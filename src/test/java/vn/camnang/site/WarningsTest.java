package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/** Warnings a build prints but that do not stop it, each with the file and line it points at. */
class WarningsTest {
  @TempDir Path tmp;

  private Path site() throws IOException {
    Path site = tmp.resolve("site");
    write(site.resolve("content/t/index.md"), "---\ntitle: \"Chủ đề\"\ndescription: \"Mô tả.\"\n---\nx\n");
    write(site.resolve("content/t/a.md"), "---\ntitle: \"A\"\ndescription: \"x\"\n---\nx\n");
    return site;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private TestSites.Run build(Path site) {
    return TestSites.run(site, "build", "--output", tmp.resolve("out").toString());
  }

  @Test
  void aMisspelledSiteYamlKeyIsWarnedAboutAtItsLine() throws IOException {
    Path site = site();
    write(site.resolve("site.yaml"), "title: \"Thử\"\ndescription: \"x\"\nbaseUrll: \"https://x.example.org/\"\n");
    TestSites.Run run = build(site);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err().lines().anyMatch(l -> l.matches("site\\.yaml:3(:\\d+)?: warning: site config: 'baseUrll' is not a known field")),
        run.err());
    assertTrue(run.err().contains("did you mean 'baseUrl'?"), run.err());
  }

  @Test
  void aMissingTopicIconIsWarnedAboutAtItsLine() throws IOException {
    Path site = site();
    write(site.resolve("site.yaml"), "title: \"Thử\"\n");
    write(
        site.resolve("content/t/index.md"),
        "---\ntitle: \"Chủ đề\"\ndescription: \"Mô tả.\"\nicon: khong-co-bieu-tuong\n---\nx\n");
    TestSites.Run run = build(site);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "content/t/index\\.md:4(:\\d+)?: warning: icon 'khong-co-bieu-tuong' not"
                            + " found in assets/icons/")),
        run.err());
  }

  @Test
  void aMisspelledFrontMatterFieldIsWarnedAboutAtItsLineFromTheParser() throws IOException {
    Path site = site();
    write(site.resolve("site.yaml"), "title: \"Thử\"\n");
    // the line comes from the YAML parser's marks (a blank line before it in the header)
    write(
        site.resolve("content/t/a.md"),
        "---\ntitle: \"A\"\ndescription: \"x\"\n\ndescriptoin: \"y\"\n---\nx\n");
    TestSites.Run run = build(site);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.err().lines().anyMatch(l -> l.matches("content/t/a\\.md:5(:\\d+)?: warning: front matter: 'descriptoin' is not a known field")),
        run.err());
  }
}
