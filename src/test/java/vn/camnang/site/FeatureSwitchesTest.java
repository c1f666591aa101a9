package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * {@code features: {qrCodes: false, offline: false}}: the basic fixture built with both switches off
 * has no QR code files, no {@code sw.js}, web manifest or offline page, and no page points to any of
 * them; built with the defaults it has all of them (so the checks below can fail).
 */
class FeatureSwitchesTest {
  @TempDir static Path tmp;
  static Path on;
  static Path off;

  @BeforeAll
  static void build() throws IOException {
    on = tmp.resolve("on-out");
    TestSites.Run run = TestSites.build(TestSites.copy("basic", tmp.resolve("on")), on);
    assertEquals(0, run.exitCode(), run.err());
    Path site = TestSites.copy("basic", tmp.resolve("off"));
    Files.writeString(
        site.resolve("site.yaml"), "\nfeatures:\n  qrCodes: false\n  offline: false\n", StandardOpenOption.APPEND);
    off = tmp.resolve("off-out");
    run = TestSites.build(site, off);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("features"), "both switches are known: " + run.err());
  }

  private static List<String> files(Path out, String nameRegex) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.getFileName().toString().matches(nameRegex)).map(p -> out.relativize(p).toString()).toList();
    }
  }

  /** Every src/href of every page that names a QR code, the worker, the manifest or the offline page. */
  private static List<String> links(Path out) throws IOException {
    List<String> found = new ArrayList<>();
    for (String f : TestSites.htmlFiles(out)) {
      Document d = Jsoup.parse(out.resolve(f).toFile(), "UTF-8");
      for (Element e : d.select("[src], [href]")) {
        String target = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        if (target.endsWith("qr.svg") || target.endsWith("sw.js") || target.contains("webmanifest")
            || target.contains("khong-co-mang")) {
          found.add(f + ": " + target);
        }
      }
    }
    return found;
  }

  @Test
  void theDefaultsWriteQrCodesAndTheOfflineFiles() throws IOException {
    assertFalse(files(on, "qr\\.svg").isEmpty(), "a QR code per page");
    assertTrue(Files.isRegularFile(on.resolve("sw.js")));
    assertTrue(Files.isRegularFile(on.resolve("manifest.webmanifest")));
    assertTrue(Files.isRegularFile(on.resolve("khong-co-mang/index.html")));
    assertFalse(links(on).isEmpty(), "pages show their QR code");
    assertFalse(TestSites.page(on, "vssid/cai-dat/").select(".share-qr img").isEmpty());
  }

  @Test
  void qrCodesOffWritesNoQrFileAndNoPageShowsOne() throws IOException {
    assertEquals(List.of(), files(off, "qr\\.svg"));
    assertTrue(TestSites.page(off, "vssid/cai-dat/").select(".share-qr, img.handout-qr, img.hub-qr").isEmpty());
    assertTrue(
        TestSites.page(off, "vssid/cai-dat/").select(".share-bar").size() > 0, "the share bar stays, without its QR code");
  }

  @Test
  void offlineOffWritesNoWorkerNoManifestNoOfflinePage() throws IOException {
    assertEquals(List.of(), files(off, "sw\\.js|manifest\\.webmanifest"));
    assertFalse(Files.exists(off.resolve("khong-co-mang")));
    assertEquals(List.of(), links(off), "no page points to a QR code or an offline file");
  }
}
