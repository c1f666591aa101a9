package vn.camnang.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One message for a content editor: where (file, 1-based line and column, 0 when unknown), how bad,
 * what is wrong, and — where it helps — how to fix it.
 *
 * <pre>content/vssid/dang-ky.md:3: error: front matter: 'tittle' is not a known field
 *   hint: did you mean 'title'?</pre>
 */
public record Diagnostic(
    Path file, int line, int column, Severity severity, String message, String hint) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  public static Diagnostic error(Path file, int line, String message) {
    return new Diagnostic(file, line, 0, Severity.ERROR, message, null);
  }

  public static Diagnostic error(Path file, int line, String message, String hint) {
    return new Diagnostic(file, line, 0, Severity.ERROR, message, hint);
  }

  public static Diagnostic warning(Path file, int line, String message) {
    return new Diagnostic(file, line, 0, Severity.WARNING, message, null);
  }

  public static Diagnostic warning(Path file, int line, String message, String hint) {
    return new Diagnostic(file, line, 0, Severity.WARNING, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same diagnostic, moved down by {@code lines} (a body's line inside its file). */
  public Diagnostic shifted(int lines) {
    return line == 0 ? this : new Diagnostic(file, line + lines, column, severity, message, hint);
  }

  /** {@code path:line:col: error: message} with the path as given (relative paths stay relative). */
  public String location() {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "camnang" : file.toString().replace('\\', '/'));
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return location() + ": " + severity.label() + ": " + message + (hint == null ? "" : " (" + hint + ")");
  }
}
