package vn.camnang.diag;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics the way compilers do: {@code path:line:col: error: message}, then the source
 * line and a caret when the line is known, then the hint.
 */
public final class DiagnosticPrinter {
  private final PrintWriter out;
  private final Path base;
  private final Messages messages;

  /**
   * @param base paths are printed relative to this folder when they are inside it (usually the
   *     folder the command was started from)
   */
  public DiagnosticPrinter(PrintWriter out, Path base) {
    this(out, base, Messages.of(Messages.Lang.EN));
  }

  /** A printer that writes each diagnostic in the language of {@code messages}. */
  public DiagnosticPrinter(PrintWriter out, Path base, Messages messages) {
    this.out = out;
    this.base = base.toAbsolutePath().normalize();
    this.messages = messages;
  }

  public void print(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      print(d);
    }
    out.flush();
  }

  public void print(Diagnostic original) {
    Diagnostic d = messages.localize(original);
    Path shown = d.file() == null ? null : display(d.file());
    Diagnostic relative =
        new Diagnostic(shown, d.line(), d.column(), d.severity(), d.message(), d.hint());
    out.println(relative.location() + ": " + messages.label(d.severity()) + ": " + d.message());
    String source = SourceText.line(d.file(), d.line());
    if (source != null) {
      out.println("    " + source);
      if (d.column() > 0) {
        out.println("    " + " ".repeat(Math.min(d.column() - 1, source.length())) + "^");
      }
    }
    if (d.hint() != null) {
      out.println("    " + messages.hintLabel() + ": " + d.hint().replace("\n", "\n    "));
    }
  }

  private Path display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs) : file;
  }
}
