package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * A site moved from Hugo ({@code sites/rooted}): {@code content/images/a.png} written site-rooted
 * ({@code /images/a.png}), relative to the page ({@code ../images/a.png}) or relative to content/
 * ({@code images/a.png}), in a body or as a header's {@code image:}, is one file with one processing.
 */
class RootedImagesTest {
  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void build() {
    out = tmp.resolve("out");
    TestSites.Run run = TestSites.build(TestSites.copy("rooted", tmp), out);
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("image"), "no image warning: " + run.err());
  }

  /** The image of a page's body, its files resolved from the output root. */
  private static String picture(String url) {
    Document d = TestSites.page(out, url);
    Element img = d.selectFirst("main picture img");
    assertNotNull(img, url + ": the image is processed into a <picture>");
    Element webp = img.parent().selectFirst("source[type=image/webp]");
    assertNotNull(webp, url + ": with WebP versions");
    StringBuilder files = new StringBuilder(img.attr("width") + "x" + img.attr("height"));
    for (String src : List.of(img.attr("src"), img.attr("srcset"), webp.attr("srcset"))) {
      for (String part : src.split(",")) {
        String rel = part.strip().split(" ")[0];
        Path file = out.resolve(url).resolve(rel).normalize();
        assertTrue(Files.isRegularFile(file), url + ": " + rel + " is in the output");
        files.append(' ').append(out.relativize(file));
      }
    }
    return files.toString();
  }

  @Test
  void everyWayOfWritingThePathGivesTheSameProcessedImage() {
    String rooted = picture("tin/goc/");
    assertTrue(rooted.startsWith("800x1200 images/a."), rooted);
    assertEquals(rooted, picture("tin/canh-bai/"), "../images/a.png");
    assertEquals(rooted, picture("tin/tu-content/"), "images/a.png");
    assertEquals(rooted, picture(""), "/images/a.png on the home page");
  }

  @Test
  void aSiteRootedHeaderImageBecomesTheSharePreview() {
    for (String url : List.of("tin/goc/", "tin/tu-content/")) {
      String og = TestSites.page(out, url).selectFirst("meta[property=og:image]").attr("content");
      assertTrue(og.startsWith("https://hugo.example.org/images/a-chia-se.share."), url + ": " + og);
      assertTrue(Files.isRegularFile(out.resolve(og.substring("https://hugo.example.org/".length()))), og);
    }
  }
}
