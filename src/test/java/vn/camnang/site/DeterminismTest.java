package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.output.StagedOutput;

class DeterminismTest {
  @TempDir Path tmp;

  @Test
  void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, TestSites.build(site, a).exitCode());
    assertEquals(0, TestSites.build(site, b).exitCode());
    List<Path> fa = StagedOutput.listFiles(a);
    List<Path> fb = StagedOutput.listFiles(b);
    assertEquals(fa.stream().map(a::relativize).toList(), fb.stream().map(b::relativize).toList());
    for (Path f : fa) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
    }
  }

  @Test
  void rebuildingIntoTheSameFolderReplacesItAndRemovesDeletedPages() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    Files.writeString(site.resolve("content/tam-thoi.md"), "---\ntitle: \"Tạm thời\"\n---\nSẽ bị xoá.\n");
    assertEquals(0, TestSites.build(site, out).exitCode());
    assertEquals(true, Files.exists(out.resolve("tam-thoi/index.html")));
    Files.delete(site.resolve("content/tam-thoi.md"));
    Files.writeString(
        site.resolve("content/index.md"), "---\ntitle: \"Trang chủ mới\"\n---\nXin chào.\n");
    assertEquals(0, TestSites.build(site, out).exitCode());
    assertEquals(false, Files.exists(out.resolve("tam-thoi")));
    assertEquals("Trang chủ mới", TestSites.page(out, "").selectFirst("h1").text());
  }

  @Test
  void aBuildWithNothingChangedDoesNothingAndAnyChangeRebuilds() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(site, out).exitCode());
    long before = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
    TestSites.Run again = TestSites.build(site, out);
    assertEquals(0, again.exitCode());
    assertTrue(again.out().contains("Không có gì thay đổi"), again.out());
    assertEquals(before, Files.getLastModifiedTime(out.resolve("index.html")).toMillis());

    Files.delete(out.resolve("robots.txt"));
    assertTrue(TestSites.build(site, out).out().contains("Đã tạo"), "a damaged output is rebuilt");
    assertTrue(Files.exists(out.resolve("robots.txt")));

    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide) + "\nThêm một dòng.\n");
    TestSites.Run edited = TestSites.build(site, out);
    assertTrue(edited.out().contains("Đã tạo"), edited.out());
    assertTrue(TestSites.page(out, "vssid/cai-dat/").text().contains("Thêm một dòng."));
  }
}
