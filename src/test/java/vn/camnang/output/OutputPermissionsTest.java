package vn.camnang.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * Everything a build writes gets the mode the user's umask gives a new file or folder, so a site
 * copied to a server with its permissions kept ({@code rsync -a}, a tar artifact) is readable by the
 * web server's user. Images used to be {@code rw-------}, copied with the image cache's mode.
 */
class OutputPermissionsTest {
  @TempDir Path tmp;

  private Set<PosixFilePermission> fileMode;
  private Set<PosixFilePermission> dirMode;

  @BeforeEach
  void probeTheUmask() throws IOException {
    assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView("posix"), "a POSIX file system");
    Path f = Files.writeString(tmp.resolve("probe-file"), "x");
    Path d = Files.createDirectory(tmp.resolve("probe-dir"));
    fileMode = Files.getPosixFilePermissions(f);
    dirMode = Files.getPosixFilePermissions(d);
  }

  /** Paths whose mode is not what a new file (or folder) gets, with their mode. */
  private List<String> wrongModes(Path out) throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.sorted().toList()) {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
        if (!mode.equals(Files.isDirectory(p) ? dirMode : fileMode)) {
          wrong.add(out.relativize(p) + " " + PosixFilePermissions.toString(mode));
        }
      }
    }
    return wrong;
  }

  @Test
  void everyOutputFileAndFolderHasTheModeTheUmaskGives() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    try (Stream<Path> s = Files.walk(out)) {
      assertTrue(s.anyMatch(p -> p.toString().endsWith(".webp")), "the fixture has processed images");
    }
    assertEquals(List.of(), wrongModes(out), "umask gives files " + PosixFilePermissions.toString(fileMode));

    // a second build takes images from the cache (private files): still the umask's mode
    TestSites.Run again = TestSites.run(site, "build", "--force", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(List.of(), wrongModes(out));
  }

  @Test
  void anIncrementalBuildDoesNotKeepAWrongModeFromAnOlderOutput() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(site, out).exitCode());
    Path image;
    try (Stream<Path> s = Files.walk(out)) {
      image = s.filter(p -> p.toString().endsWith(".webp")).findFirst().orElseThrow();
    }
    Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("rw-------")); // an older version's output

    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide) + "\nMột dòng mới.\n", StandardCharsets.UTF_8);
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("giữ nguyên"), "an incremental build: " + run.out());
    assertEquals(List.of(), wrongModes(out));
  }
}
