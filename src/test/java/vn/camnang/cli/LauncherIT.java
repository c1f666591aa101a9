package vn.camnang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import java.util.ArrayList;

/**
 * README's first command goes through {@code ./camnang}: after {@code mvn package} the launcher
 * must run the jar as it is (no rebuild), build a site, stop early when nothing changed, and
 * re-render only an edited page.
 */
class LauncherIT {
  @TempDir Path tmp;

  private record Result(int code, String out) {}

  private static Result camnang(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(TestSites.REPO.resolve("camnang").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(TestSites.REPO.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
    return new Result(p.exitValue(), out);
  }

  @Test
  void buildsASiteThenDoesOnlyWhatChanged() throws Exception {
    Path jar = TestSites.REPO.resolve("target/camnang.jar");
    long jarTime = Files.getLastModifiedTime(jar).toMillis();
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");

    Result first = camnang("build", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, first.code(), first.out());
    assertTrue(first.out().contains("Đã tạo"), first.out());
    assertEquals("Cài đặt VssID", TestSites.page(out, "vssid/cai-dat/").selectFirst("h1").text());
    assertEquals(jarTime, Files.getLastModifiedTime(jar).toMillis(), "a fresh jar is not rebuilt");

    Result again = camnang("build", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, again.code(), again.out());
    assertTrue(again.out().contains("Không có gì thay đổi"), again.out());

    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide) + "\nMang theo căn cước khi ra bưu điện.\n");
    Result edited = camnang("build", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, edited.code(), edited.out());
    assertTrue(edited.out().contains("Đã tạo 1 trang (giữ nguyên"), edited.out());
    assertTrue(TestSites.page(out, "vssid/cai-dat/").text().contains("Mang theo căn cước"));

    Result version = camnang("--version");
    assertEquals(0, version.code(), version.out());
    assertTrue(version.out().startsWith("Cẩm nang số"), "no JVM or CDS warnings around the output: " + version.out());
  }
}
