package vn.camnang.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.io.UncheckedIOException;

/**
 * Prints diagnostics the way compilers do: {@code path:line:col: error: message}, then the source
 * line and a caret when the line is known, then the hint.
 */
public final class DiagnosticPrinter {
  private final PrintWriter out;
  private final Path base;

  /**
   * @param base paths are printed relative to this folder when they are inside it (usually the
   *     folder the command was started from)
   */
  public DiagnosticPrinter(PrintWriter out, Path base) {
    this.out = out;
    this.base = base.toAbsolutePath().normalize();
  }

  public void print(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      print(d);
    }
    out.flush();
  }

  public void print(Diagnostic d) {
    Path shown = d.file() == null ? null : display(d.file());
    Diagnostic relative =
        new Diagnostic(shown, d.line(), d.column(), d.severity(), d.message(), d.hint());
    out.println(relative.location() + ": " + d.severity().label() + ": " + d.message());
    String source = sourceLine(d.file(), d.line());
    if (source != null) {
      out.println("    " + source);
      if (d.column() > 0) {
        out.println("    " + " ".repeat(Math.min(d.column() - 1, source.length())) + "^");
      }
    }
    if (d.hint() != null) {
      out.println("    gợi ý / hint: " + d.hint());
    }
  }

  private Path display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs) : file;
  }

  private static String sourceLine(Path file, int line) {
    if (file == null || line <= 0 || !Files.isRegularFile(file)) {
      return null;
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.skip(line - 1L).findFirst().map(DiagnosticPrinter::clip).orElse(null);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static String clip(String s) {
    String t = s.replace('\t', ' ').stripTrailing();
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
