package vn.camnang.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.output.OutputSink;

/** Nothing in a site folder can make the build read outside content/ or write outside the output. */
class ContainmentTest {
  @TempDir Path tmp;

  @Test
  void outputPathsCannotLeaveTheOutputFolder() {
    Path root = tmp.resolve("out");
    for (String bad : new String[] {"../x.html", "a/../../x", "/etc/passwd", "..", ""}) {
      assertThrows(IllegalArgumentException.class, () -> OutputSink.inside(root, bad), bad);
    }
    assertEquals(root.resolve("a/b.html"), OutputSink.inside(root, "a/./b.html"));
  }

  @Test
  void aSymlinkOutOfContentIsRefusedWithADiagnostic() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "mật khẩu");
    Files.createSymbolicLink(site.resolve("content/vssid/lien-ket.txt"), secret);
    TestSites.Run run = TestSites.build(site, tmp.resolve("out"));
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "content/vssid/lien-ket.txt: error: this file is a link to something outside the"
                    + " content folder"),
        run.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void slugsAndAliasesCannotClimbOutOfTheSite() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    Files.writeString(site.resolve("content/vssid/leo.md"),
        "---\ntitle: \"Leo\"\ndescription: \"x\"\nslug: \"../../../../tmp/pwned\"\naliases: [\"../../../x/\"]\n---\nx\n");
    TestSites.Run run = TestSites.build(site, tmp.resolve("out"));
    assertTrue(run.err().contains("content/vssid/leo.md:5: error: alias '../../../x/' is not a usable path"), run.err());
    Files.writeString(site.resolve("content/vssid/leo.md"),
        "---\ntitle: \"Leo\"\ndescription: \"x\"\nslug: \"../../../../tmp/pwned\"\n---\nx\n");
    assertEquals(0, TestSites.build(site, tmp.resolve("out")).exitCode());
    assertTrue(Files.isRegularFile(tmp.resolve("out/vssid/tmp-pwned/index.html")), "the slug is folded into one segment");
    assertFalse(Files.exists(Path.of("/tmp/pwned")));
  }
}
