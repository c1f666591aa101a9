package vn.camnang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.camnang.TestSites;

/** {@code check} and {@code new}, run as an editor runs them. */
class CommandsTest {
  @TempDir Path tmp;

  static Stream<String> invalidCases() throws IOException {
    try (Stream<Path> s = Files.list(TestSites.FIXTURES.resolve("invalid"))) {
      return s.filter(p -> !Files.exists(p.resolve("args.txt")))
          .map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void checkReportsWhatTheBuildWouldAndWritesNothing(String name) throws IOException {
    Path site = TestSites.copy("invalid/" + name, tmp);
    List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8);
    TestSites.Run run = TestSites.run(site, "check");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith(expected.get(0)) && l.contains(expected.get(1))), run.out());
    assertFalse(Files.exists(site.resolve("output")), "check writes nothing");
  }

  @Test
  void checkOnACleanSiteExitsZeroAndSpeaksJson() {
    Path site = TestSites.copy("basic", tmp);
    TestSites.Run text = TestSites.run(site, "check");
    assertEquals(0, text.exitCode(), text.out());
    TestSites.Run json = TestSites.run(site, "check", "--format", "json");
    assertEquals(0, json.exitCode());
    assertTrue(json.out().startsWith("{\"errors\":0,"), json.out());
  }

  @Test
  void checkWarnsAboutEditorialProblemsTheBuildAccepts() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(
        guide,
        Files.readString(guide)
            .replace("description=Cài từ kho ứng dụng chính thức.", "description=" + "Rất dài. ".repeat(25))
            .replace("order=1", "order=1\ntittle=Sai chính tả")
        + "\n![](dang-ky/buoc-1.png)\n\nXem [mục không có](dang-ky/index.md#khong-co).\n");
    Files.writeString(site.resolve("content/vssid/moi.md"), "---\ntitle: \"Mới\"\ndescription: \"x\"\n---\nx\n");
    TestSites.Run run = TestSites.run(site, "check", "--format", "json");
    assertEquals(0, run.exitCode(), run.out());
    String out = run.out();
    assertTrue(out.contains("'tittle' is not a known field") && out.contains("did you mean 'title'?"), out);
    assertTrue(out.contains("description is 224 characters"), out);
    assertTrue(out.contains("has no alt text"), out);
    assertTrue(out.contains("link to '#khong-co' on /vssid/dang-ky/"), out);
    assertTrue(out.contains("no 'updated' date"), out);
  }

  @Test
  void newScaffoldsAGuideWithTodaysDateAndRefusesToOverwrite() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    TestSites.Run run = TestSites.run(site, "new", "vssid/doi-so-dien-thoai", "--title", "Đổi số điện thoại");
    assertEquals(0, run.exitCode(), run.err());
    Path file = site.resolve("content/vssid/doi-so-dien-thoai/index.md");
    String text = Files.readString(file);
    assertTrue(text.contains("title: \"Đổi số điện thoại\""));
    assertTrue(text.contains("updated: " + LocalDate.now()));
    assertTrue(text.contains("1. **") && text.contains("!!! warning"), text);

    Files.writeString(file, text + "\nNội dung của biên tập viên.\n");
    TestSites.Run again = TestSites.run(site, "new", "vssid/doi-so-dien-thoai");
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("already exists; nothing was changed"), again.err());
    assertTrue(Files.readString(file).contains("Nội dung của biên tập viên."));
    assertEquals(1, TestSites.run(site, "new", "vssid/cai-dat").exitCode(), "a single-file guide of that name exists");

    assertEquals(0, TestSites.build(site, tmp.resolve("out")).exitCode(), "the scaffold builds");
  }

  @Test
  void newTopicAndBadNames() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    assertEquals(0, TestSites.run(site, "new", "topic", "an-toan-mang").exitCode());
    assertTrue(Files.isRegularFile(site.resolve("content/an-toan-mang/index.md")));
    assertEquals(1, TestSites.run(site, "new", "topic", "an-toan-mang").exitCode());
    TestSites.Run noTopic = TestSites.run(site, "new", "khong-co/bai");
    assertEquals(1, noTopic.exitCode());
    assertTrue(noTopic.err().contains("new topic khong-co"), noTopic.err());
    TestSites.Run bad = TestSites.run(site, "new", "vssid/Đổi số");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("doi-so"), bad.err());
  }
}
