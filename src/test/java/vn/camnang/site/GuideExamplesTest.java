package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * The editor guide's examples build: every ```yaml header and ```markdown snippet of
 * HUONG-DAN-BIEN-TAP.md is put into a site and built, so the guide cannot teach something the
 * generator refuses.
 */
class GuideExamplesTest {
  @TempDir Path tmp;

  record Block(String lang, int line, String text) {}

  static List<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("HUONG-DAN-BIEN-TAP.md"), StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      String t = l.strip();
      if (t.startsWith("```") && t.length() > 3) {
        int indent = l.indexOf('`');
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
          String s = lines.get(j);
          sb.append(s.length() >= indent ? s.substring(Math.min(indent, s.length() - s.stripLeading().length())) : s).append('\n');
        }
        out.add(new Block(t.substring(3).strip(), i + 1, sb.toString()));
        i = j;
      }
    }
    return out;
  }

  @Test
  void everyHeaderAndMarkdownExampleBuildsWithoutErrors() throws IOException {
    Path images = TestSites.FIXTURES.resolve("basic/content/vssid/dang-ky");
    Path site = tmp.resolve("site");
    Path content = site.resolve("content");
    Files.createDirectories(content);
    Files.writeString(site.resolve("site.yaml"), "title: \"Thử\"\nbaseUrl: \"https://camnang.gov.vn/\"\n");
    Files.writeString(content.resolve("index.md"), "---\ntitle: \"Trang chủ\"\ndescription: \"Thử.\"\n---\nChào.\n");
    List<Block> blocks = blocks();
    StringBuilder body = new StringBuilder();
    int headers = 0;
    int snippets = 0;
    for (Block b : blocks) {
      if (b.lang().equals("yaml") && b.text().startsWith("---")) {
        boolean topic = b.text().contains("\nicon:");
        Path file = topic
            ? content.resolve("vssid/index.md")
            : content.resolve("vssid/dang-ky-tai-khoan/index.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.text() + "\nNội dung ví dụ ở dòng " + b.line() + ".\n");
        headers++;
      } else if (b.lang().equals("markdown")) {
        body.append("\n<!-- HUONG-DAN-BIEN-TAP.md:").append(b.line()).append(" -->\n\n").append(b.text()).append('\n');
        snippets++;
      }
    }
    assertTrue(headers >= 2 && snippets >= 6, "found " + headers + " headers and " + snippets + " snippets");
    Path guide = content.resolve("vssid/dang-nhap-dat-lai-mat-khau/index.md");
    Files.createDirectories(guide.getParent());
    Files.copy(images.resolve("buoc-1.png"), guide.resolveSibling("buoc-1.png"));
    Files.copy(images.resolve("buoc-1.png"), guide.resolveSibling("Ảnh bước 1.png"));
    Files.copy(images.resolve("clip.mp4"), guide.resolveSibling("video.mp4"));
    Files.copy(images.resolve("buoc-1.png"), guide.resolveSibling("infographic.png"));
    Files.copy(images.resolve("buoc-1.png"), content.resolve("vssid/dang-ky-tai-khoan/infographic.png"));
    Files.writeString(
        guide,
        "---\ntitle: \"Ví dụ của hướng dẫn biên tập\"\ndescription: \"Mọi đoạn Markdown mẫu.\"\n---\n" + body);
    TestSites.Run run = TestSites.runAsIs(site, "check", "--lang", "vi");
    assertFalse(run.out().contains(": lỗi: "), run.out());
    assertEquals(0, run.exitCode(), run.out());
    assertEquals(0, TestSites.build(site, tmp.resolve("out")).exitCode());
  }
}
