package vn.camnang.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A line of a source file as the editor sees it, for the printer and the browser's error box. A
 * file that is not UTF-8 (saved by an old Windows editor) still shows its line: the bytes that are
 * not UTF-8 are read as Windows-1258, the Vietnamese code page, which is what they usually are.
 */
public final class SourceText {
  private static final Charset LEGACY = legacyCharset();

  private SourceText() {}

  private static Charset legacyCharset() {
    try {
      return Charset.forName("windows-1258");
    } catch (RuntimeException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  /** Line {@code line} (1-based) of {@code file}, tabs as spaces, clipped; null when unknown. */
  public static String line(Path file, int line) {
    if (file == null || line <= 0 || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      if (Files.size(file) > 8L * 1024 * 1024) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      int n = 1;
      int start = 0;
      while (n < line) {
        int nl = indexOf(bytes, start);
        if (nl < 0) {
          return null;
        }
        start = nl + 1;
        n++;
      }
      int end = indexOf(bytes, start);
      String text = decode(Arrays.copyOfRange(bytes, start, end < 0 ? bytes.length : end));
      if (n == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      String t = text.replace('\t', ' ').stripTrailing();
      return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** UTF-8, with each byte that is not UTF-8 read as Windows-1258. */
  static String decode(byte[] bytes) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    while (true) {
      CoderResult r = utf8.decode(in, out, true);
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          out.append(legacy(in.get()));
        }
        continue;
      }
      break;
    }
    utf8.flush(out);
    out.flip();
    return out.toString();
  }

  /** One byte as the Vietnamese Windows code page reads it. */
  static String legacy(byte b) {
    return new String(new byte[] {b}, LEGACY);
  }
}
