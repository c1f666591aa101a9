package vn.camnang.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * A guide's share card shows its first picture, as the Markdown parser sees it: not a picture
 * written inside code, and a reference-style picture too. A card's file name is a hash of what it
 * shows, so two builds of the same guide show the same picture exactly when their cards are named
 * alike.
 */
class CardPictureTest {
  private static final String HEADER =
      "title=Cài đặt VssID\ndescription=Cài từ kho ứng dụng chính thức.\ndate=2026-09-15\norder=1\n"
          + "status=published\n~~~~~~\n";
  private static final String IN_CODE = "```\n![Bìa](<dang-ky/Ảnh bìa.png>)\n```\n\n";

  @TempDir static Path tmp;
  private static int builds;
  private static String none;
  private static String step1;
  private static String cover;

  /** The card {@code vssid/cai-dat/} shows (its og:image) when its body is {@code body}. */
  private static String cardWithBody(String body) throws IOException {
    Path site = TestSites.copy("basic", tmp.resolve("site-" + ++builds));
    Files.writeString(site.resolve("content/vssid/cai-dat.md"), HEADER + body);
    Path out = tmp.resolve("out-" + builds);
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.err());
    return TestSites.page(out, "vssid/cai-dat/").select("meta[property=og:image]").attr("content");
  }

  @BeforeAll
  static void cards() throws IOException {
    none = cardWithBody("1. Mở CH Play.\n");
    step1 = cardWithBody("1. Mở CH Play.\n\n![Bước 1](dang-ky/buoc-1.png)\n");
    cover = cardWithBody("![Bìa](<dang-ky/Ảnh bìa.png>)\n\n![Bước 1](dang-ky/buoc-1.png)\n");
    assertNotEquals(none, step1, "a picture shows on the card");
    assertNotEquals(step1, cover, "the first picture shows on the card");
  }

  @Test
  void aPictureWrittenInACodeBlockIsNotTheFirstPicture() throws IOException {
    assertEquals(none, cardWithBody(IN_CODE + "1. Mở CH Play.\n"));
    assertEquals(step1, cardWithBody(IN_CODE + "1. Mở CH Play.\n\n![Bước 1](dang-ky/buoc-1.png)\n"));
    assertEquals(none, cardWithBody("Viết `![Bìa](dang-ky/buoc-1.png)` để chèn ảnh.\n"));
  }

  @Test
  void aReferenceStylePictureIsFound() throws IOException {
    assertEquals(step1, cardWithBody("1. Mở CH Play.\n\n![Bước 1][b1]\n\n[b1]: dang-ky/buoc-1.png\n"));
    assertEquals(cover, cardWithBody("[bia]: <dang-ky/Ảnh bìa.png>\n\n![Bìa][bia]\n\n![Bước 1](dang-ky/buoc-1.png)\n"));
  }
}
