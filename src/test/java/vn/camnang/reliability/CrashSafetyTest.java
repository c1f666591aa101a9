package vn.camnang.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.output.StagedOutput;
import java.nio.file.StandardOpenOption;

/**
 * Kills real builds with SIGKILL at random moments (seeded, so a failure can be replayed) and
 * checks that the previous complete site is always in place and that a later build succeeds.
 */
class CrashSafetyTest {
  static final int KILLS = 8;
  @TempDir Path tmp;

  @Test
  void aBuildKilledAtAnyMomentLeavesThePreviousSiteInPlace() throws Exception {
    Path site = tmp.resolve("site");
    TestSites.copyTree(TestSites.FIXTURES.resolve("basic"), site);
    for (int i = 0; i < 400; i++) {
      Path dir = site.resolve("content/vssid/bai-" + i);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("index.md"),
          "---\ntitle: \"Bài số " + i + "\"\ndescription: \"Bài thử số " + i + ".\"\norder: " + (10 + i) + "\n---\n"
              + "## Các bước\n\n1. Mở ứng dụng.\n2. Chọn **Đăng ký**.\n\n" + "Nội dung tiếng Việt có dấu. ".repeat(60) + "\n");
      if (i % 40 == 0) {
        Files.write(dir.resolve("anh.png"), TestImages.png(900, 1400));
        Files.writeString(dir.resolve("index.md"), "\n![Ảnh minh hoạ " + i + "](anh.png)\n", StandardOpenOption.APPEND);
      }
    }
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(site, out).exitCode());
    List<Path> good = StagedOutput.listFiles(out);
    byte[] home = Files.readAllBytes(out.resolve("index.html"));

    Random random = new Random(20261129);
    int intact = 0;
    for (int k = 0; k < KILLS; k++) {
      // each build must produce a different site, so an intact old one is distinguishable
      Files.writeString(site.resolve("content/index.md"), "---\ntitle: \"Lần " + k + "\"\n---\nx\n");
      Process p = new ProcessBuilder(
              javaBin(), "-cp", System.getProperty("java.class.path"), "vn.camnang.cli.Main",
              "build", "--source", site.toString(), "--output", out.toString())
          .redirectErrorStream(true)
          .redirectOutput(tmp.resolve("build-" + k + ".log").toFile())
          .start();
      long delay = 200 + random.nextInt(3500);
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
        p.waitFor();
      }
      // whatever happened, out/ holds one complete site: the previous one, or the new one
      assertTrue(Files.isRegularFile(out.resolve("index.html")) || recoverable(tmp), "an output exists after kill " + k);
      if (Files.isDirectory(out)) {
        assertEquals(good.size(), StagedOutput.listFiles(out).size(), "out/ is complete right after kill " + k);
        String title = TestSites.page(out, "").selectFirst("h1").text();
        assertTrue(title.startsWith("Lần " + (k - 1)) || title.startsWith("Lần " + k) || k == 0, title);
      }
      TestSites.Run check = TestSites.build(site, out);
      assertEquals(0, check.exitCode(), check.err());
      List<Path> now = StagedOutput.listFiles(out);
      assertEquals(good.size(), now.size(), "complete site after kill " + k);
      intact++;
      home = Files.readAllBytes(out.resolve("index.html"));
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".out.staging-")), "no staging folder left behind");
    }
    assertArrayEquals(home, Files.readAllBytes(out.resolve("index.html")));
    System.out.printf("Crash test: %d builds killed with SIGKILL at random moments, previous site intact %d/%d, later build ok%n",
        KILLS, intact, KILLS);
  }

  /** Between the two renames of a swap there is no out/, but the old site waits to be put back. */
  private static boolean recoverable(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(f -> f.getFileName().toString().startsWith(".out.old-"));
    }
  }

  private static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
