package vn.camnang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source line a diagnostic shows under its location, as the editor's screen shows it. */
class SourceTextTest {
  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("a.md"), bytes);
  }

  @Test
  void linesCountFromOneWithoutTheByteOrderMarkTabsOrTrailingSpace() throws IOException {
    Path f = file("\uFEFF---\r\n\ttitle: \"Đăng ký\"  \n---\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("---", SourceText.line(f, 1));
    assertEquals(" title: \"Đăng ký\"", SourceText.line(f, 2));
    assertEquals("---", SourceText.line(f, 3));
    assertEquals("", SourceText.line(f, 4));
    assertNull(SourceText.line(f, 5));
  }

  @Test
  void noLineForNoFileOrNoLine() throws IOException {
    Path f = file("x\n".getBytes(StandardCharsets.UTF_8));
    assertNull(SourceText.line(f, 0));
    assertNull(SourceText.line(null, 1));
    assertNull(SourceText.line(dir.resolve("khong-co.md"), 1));
    assertNull(SourceText.line(dir, 1));
  }

  @Test
  void aLongLineIsClipped() throws IOException {
    Path f = file(("a".repeat(300) + "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals("a".repeat(157) + "...", SourceText.line(f, 1));
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsTheVietnameseWindowsCodePage() throws IOException {
    byte[] legacy = "title: Đà Nẵng".getBytes(Charset.forName("windows-1258"));
    byte[] utf8 = " – Huế".getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[legacy.length + utf8.length];
    System.arraycopy(legacy, 0, mixed, 0, legacy.length);
    System.arraycopy(utf8, 0, mixed, legacy.length, utf8.length);
    assertEquals(
        new String(legacy, Charset.forName("windows-1258")) + " – Huế", SourceText.line(file(mixed), 1));
  }
}
