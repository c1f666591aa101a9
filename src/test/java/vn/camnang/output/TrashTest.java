package vn.camnang.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * {@code build --force} replaces the output as a whole; the previous site must be gone when the
 * command returns (the CLI exits right after, which used to kill the thread deleting it and leave
 * a half-deleted {@code .output.trash-*} folder).
 */
class TrashTest {
  @TempDir Path tmp;

  private static List<String> leftovers(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")).sorted().toList();
    }
  }

  private static void fill(Path dir, int files) throws IOException {
    for (int i = 0; i < files; i++) {
      Path sub = Files.createDirectories(dir.resolve("old/" + (i % 50)));
      Files.writeString(sub.resolve(i + ".html"), "<p>old page " + i);
    }
  }

  @Test
  void aForcedBuildLeavesNoHalfDeletedPreviousSiteBehind() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(site, out).exitCode());
    fill(out, 4000); // a big previous site takes a while to delete

    TestSites.Run run = TestSites.run(site, "build", "--force", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(), leftovers(tmp), "nothing of the previous site is left next to the output");
    assertFalse(Files.exists(out.resolve("old")));
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
  }

  @Test
  void theNextBuildFinishesWhatAKilledBuildLeft() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(site, out).exitCode());
    fill(tmp.resolve(".out.trash-1"), 2000); // as a build killed while deleting leaves it
    fill(tmp.resolve(".out.staging-2"), 10);

    TestSites.Run run = TestSites.run(site, "build", "--force", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(), leftovers(tmp));
  }
}
