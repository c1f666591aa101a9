package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.diag.BuildException;
import vn.camnang.output.StagedOutput;

/**
 * A CLI build after a body-only edit renders only the edited pages and keeps the rest of the last
 * clean build's output; what it produces must be byte for byte what a full build produces.
 */
class IncrementalBuildTest {
  @TempDir Path tmp;

  private BuildResult build(Path site, Path out) {
    return Site.load(new BuildOptions(site, out, null, false)).build();
  }

  private BuildResult fullBuild(Path site, Path out) {
    return Site.load(new BuildOptions(site, out, null, false)).build(BuildRequest.ALL.forced());
  }

  private int copies;

  /** What a full build of the site as it is now gives (from a copy: the site's own record stays). */
  private Map<String, byte[]> fullBuildOfACopy(Path site) throws IOException {
    Path copy = tmp.resolve("copy-" + (++copies));
    TestSites.copyTree(site, copy);
    Path out = tmp.resolve("copy-out-" + copies);
    assertEquals(0, fullBuild(copy, out).reused());
    return snapshot(out);
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Path f : StagedOutput.listFiles(root)) {
      files.put(root.relativize(f).toString(), Files.readAllBytes(f));
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
  }

  @Test
  void aBodyEditRendersOnlyThatPageAndGivesWhatAFullBuildGives() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    BuildResult first = build(site, out);
    assertEquals(0, first.reused(), "the first build renders everything");
    int pages = first.pages();

    append(site.resolve("content/vssid/cai-dat.md"), "\nBà con nhớ mang theo sổ hộ khẩu điện tử.\n");
    BuildResult edited = build(site, out);
    assertEquals(1, edited.pages(), "only the edited guide is rendered");
    assertEquals(pages - 1, edited.reused());
    assertTrue(TestSites.page(out, "vssid/cai-dat/").text().contains("sổ hộ khẩu điện tử"));

    // the search index knows the new words, the other pages are as they were
    assertSameFiles(fullBuildOfACopy(site), snapshot(out));
  }

  @Test
  void aBodyEditThatShowsAnotherImageFallsBackToAFullBuildWithTheSameOutput() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    build(site, out);
    // cai-dat.md now shows an image of the dang-ky guide (whose original is then not published)
    append(site.resolve("content/vssid/cai-dat.md"), "\n![Bước 1](dang-ky/buoc-1.png)\n");
    BuildResult edited = build(site, out);
    assertEquals(0, edited.reused(), "which originals and image versions are needed changed: full build");
    assertEquals(List.of(), edited.diagnostics());
    assertSameFiles(fullBuildOfACopy(site), snapshot(out));

    // and an edit that keeps the same files is incremental again
    append(site.resolve("content/vssid/cai-dat.md"), "\nẢnh trên là bước đầu tiên.\n");
    BuildResult again = build(site, out);
    assertEquals(1, again.pages());
    assertSameFiles(fullBuildOfACopy(site), snapshot(out));
  }

  @Test
  void aBodyEditThatChangesTheFirstPictureFallsBackToAFullBuildWithTheSameOutput() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    Path guide = site.resolve("content/vssid/cai-dat.md");
    String original = Files.readString(guide);
    String step1 = "\n![Bước 1](dang-ky/buoc-1.png)\n";
    String cover = "\n![Bìa](<dang-ky/Ảnh bìa.png>)\n";
    Files.writeString(guide, original + step1 + cover);
    build(site, out);
    Files.writeString(guide, original + step1 + cover + "\nHai ảnh trên.\n");
    assertEquals(1, build(site, out).pages(), "the same first picture: incremental");
    String card = TestSites.page(out, "vssid/cai-dat/").select("meta[property=og:image]").attr("content");

    // the same two pictures (the same files asked of the media step), the other one first: another card
    Files.writeString(guide, original + cover + step1 + "\nHai ảnh trên.\n");
    BuildResult edited = build(site, out);
    assertEquals(0, edited.reused(), "the card shows another picture: full build (the old card is not kept)");
    assertEquals(List.of(), edited.diagnostics());
    assertNotEquals(card, TestSites.page(out, "vssid/cai-dat/").select("meta[property=og:image]").attr("content"));
    assertSameFiles(fullBuildOfACopy(site), snapshot(out));

    // an edit that keeps the first picture is incremental, and the kept pages' cards stay right
    append(guide, "\nẢnh trên là bìa.\n");
    BuildResult again = build(site, out);
    assertEquals(1, again.pages());
    assertSameFiles(fullBuildOfACopy(site), snapshot(out));
  }

  @Test
  void aHeaderEditATemplateEditOrATouchedOutputMeanAFullBuild() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    build(site, out);

    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide).replace("title=Cài đặt VssID", "title=Cài đặt ứng dụng VssID"));
    BuildResult header = build(site, out);
    assertEquals(0, header.reused(), "a title shows on the topic page, home and neighbours");
    assertEquals("Cài đặt ứng dụng VssID", TestSites.page(out, "vssid/cai-dat/").selectFirst("h1").text());

    Files.createDirectories(site.resolve("templates"));
    Files.copy(TestSites.REPO.resolve("templates/guide.ftl"), site.resolve("templates/guide.ftl"));
    append(site.resolve("templates/guide.ftl"), "\n<!-- mẫu mới -->\n");
    append(guide, "\nMột dòng nữa.\n");
    assertEquals(0, build(site, out).reused(), "a template changes every page");

    append(guide, "\nThêm dòng thứ ba.\n");
    Files.delete(out.resolve("robots.txt"));
    assertEquals(0, build(site, out).reused(), "an output changed by hand is not trusted");
    assertTrue(Files.exists(out.resolve("robots.txt")));

    append(guide, "\nDòng thứ tư.\n");
    assertEquals(0, fullBuild(site, out).reused(), "build --force renders every page");
  }

  @Test
  void aFailedIncrementalBuildLeavesTheLiveSiteUntouched() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    build(site, out);
    Path guide = site.resolve("content/vssid/cai-dat.md");
    append(guide, "\nMột câu đúng.\n");
    build(site, out); // incremental: staging made of hard links into the live output
    Map<String, byte[]> live = snapshot(out);

    String good = Files.readString(guide);
    append(guide, "\nXem [bài không có](khong-co/index.md).\n");
    assertThrows(BuildException.class, () -> build(site, out));
    assertSameFiles(live, snapshot(out)); // nothing was written through a link into the live site

    Files.writeString(guide, good + "\nSửa xong.\n", StandardCharsets.UTF_8);
    BuildResult fixed = build(site, out);
    assertNotEquals(0, fixed.pages());
    assertTrue(TestSites.page(out, "vssid/cai-dat/").text().contains("Sửa xong."));
  }
}
