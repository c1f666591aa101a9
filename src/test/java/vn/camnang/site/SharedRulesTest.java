package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * A native site and a JBake project go through the same shared parts (source walker, output
 * claims, dates, link targets): the same input mistake gives the same kind of error in both.
 */
class SharedRulesTest {
  @TempDir Path tmp;

  private Path jbake(Map<String, String> extra) {
    Path site = tmp.resolve("jbake");
    TestSites.write(
        site,
        Map.of(
            "jbake.properties",
            "site.host=https://blog.example.org\nrender.index=false\nrender.feed=false\n"
                + "render.archive=false\nrender.tags=false\nrender.sitemap=false\n",
            "templates/page.ftl",
            "<h1>${content.title}</h1>${content.body}",
            "content/about.md",
            "title=Giới thiệu\ndate=2026-01-15\ntype=page\nstatus=published\n~~~~~~\nXin chào.\n"));
    return TestSites.write(site, extra);
  }

  @Test
  void aSymlinkLeavingTheSiteIsTheSameErrorInBothKindsOfSite() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "mật khẩu");
    Path inside = Path.of("lien-ket-trong.txt");
    Path nativeSite = TestSites.copy("basic", tmp);
    Path jbakeSite = jbake(Map.of("content/ghi-chu.txt", "ghi chú"));
    Files.writeString(nativeSite.resolve("content/vssid/ghi-chu.txt"), "ghi chú");
    for (Path content : new Path[] {nativeSite.resolve("content/vssid"), jbakeSite.resolve("content")}) {
      Files.createSymbolicLink(content.resolve("lien-ket.txt"), secret);
      Files.createSymbolicLink(content.resolve(inside), content.resolve("ghi-chu.txt"));
    }
    TestSites.Run nat = TestSites.build(nativeSite, tmp.resolve("out-native"));
    TestSites.Run jb = TestSites.build(jbakeSite, tmp.resolve("out-jbake"));
    String error = ": error: this file is a link to something outside the content folder";
    assertEquals(1, nat.exitCode(), nat.err());
    assertEquals(1, jb.exitCode(), jb.err());
    assertTrue(nat.err().contains("content/vssid/lien-ket.txt" + error), nat.err());
    assertTrue(jb.err().contains("content/lien-ket.txt" + error), jb.err());

    // A link that stays inside the site is read like the file it points at, in both.
    Files.delete(nativeSite.resolve("content/vssid/lien-ket.txt"));
    Files.delete(jbakeSite.resolve("content/lien-ket.txt"));
    assertEquals(0, TestSites.build(nativeSite, tmp.resolve("out-native")).exitCode());
    assertEquals(0, TestSites.build(jbakeSite, tmp.resolve("out-jbake")).exitCode());
    assertEquals("ghi chú", Files.readString(tmp.resolve("out-native/vssid/lien-ket-trong.txt")));
    assertEquals("ghi chú", Files.readString(tmp.resolve("out-jbake/lien-ket-trong.txt")));
    assertFalse(Files.exists(tmp.resolve("out-jbake/lien-ket.txt")));
  }

  @Test
  void twoProducersOfOnePathAreOneErrorNamingBothInBothKindsOfSite() {
    Path nativeSite = TestSites.copy("basic", tmp);
    TestSites.write(
        nativeSite,
        Map.of(
            "content/vssid/moi.md", "---\ntitle: \"Mới\"\ndescription: \"x\"\n---\nx\n",
            "content/vssid/moi/index.html", "<p>một tệp chép nguyên</p>"));
    Path jbakeSite = jbake(Map.of("assets/about.html", "<p>một tệp chép nguyên</p>"));
    TestSites.Run nat = TestSites.build(nativeSite, tmp.resolve("out-native"));
    TestSites.Run jb = TestSites.build(jbakeSite, tmp.resolve("out-jbake"));
    assertEquals(1, nat.exitCode(), nat.err());
    assertEquals(1, jb.exitCode(), jb.err());
    assertTrue(
        nat.err()
            .contains(
                "content/vssid/moi/index.html: error: two files would be written to"
                    + " /vssid/moi/index.html: content/vssid/moi.md and content/vssid/moi/index.html"),
        nat.err());
    assertTrue(
        jb.err()
            .contains(
                "assets/about.html: error: two files would be written to /about.html:"
                    + " content/about.md and assets/about.html"),
        jb.err());
  }

  @Test
  void aLinkToAMissingOrUnpublishedPageIsTheSameErrorInBothKindsOfSite() {
    Path nativeSite = TestSites.copy("basic", tmp);
    TestSites.write(
        nativeSite,
        Map.of(
            "content/vssid/lien-ket.md",
            "---\ntitle: \"Liên kết\"\ndescription: \"x\"\n---\n[a](chua-viet.md)\n\n[b](nhap.md)\n"));
    Path jbakeSite =
        jbake(
            Map.of(
                "content/lien-ket.md",
                "title=Liên kết\ndate=2026-01-15\ntype=page\nstatus=published\n~~~~~~\n"
                    + "[a](chua-viet.md)\n\n[b](nhap.md)\n",
                "content/nhap.md",
                "title=Nháp\ndate=2026-01-15\ntype=page\nstatus=draft\n~~~~~~\nx\n"));
    TestSites.Run nat = TestSites.build(nativeSite, tmp.resolve("out-native"));
    TestSites.Run jb = TestSites.build(jbakeSite, tmp.resolve("out-jbake"));
    assertTrue(
        nat.err().contains("content/vssid/lien-ket.md:5: error: link to a missing page: 'chua-viet.md'"),
        nat.err());
    assertTrue(
        jb.err().contains("content/lien-ket.md:6: error: link to a missing page: 'chua-viet.md'"),
        jb.err());
    assertTrue(
        nat.err()
            .contains(
                "content/vssid/lien-ket.md:7: error: link to a page that is not published:"
                    + " content/vssid/nhap.md (draft: true)"),
        nat.err());
    assertTrue(
        jb.err()
            .contains(
                "content/lien-ket.md:8: error: link to a page that is not published:"
                    + " content/nhap.md (status=draft)"),
        jb.err());
  }

  @Test
  void jbakeTemplatesSeeHeaderValuesAsWrittenNotConvertedBack() throws IOException {
    Path site =
        jbake(
            Map.of(
                "templates/page.ftl",
                "[${content.aliases}][${content.sticky}][${content.title}]",
                "content/about.md",
                "title=Giới thiệu\ndate=2026-01-15\ntype=page\nstatus=published\n"
                    + "aliases=/cu/, /cu-2/\nsticky=true\n~~~~~~\nXin chào.\n"));
    TestSites.Run run = TestSites.build(site, tmp.resolve("out"));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "[/cu/, /cu-2/][true][Giới thiệu]", Files.readString(tmp.resolve("out/about.html")));
  }
}
