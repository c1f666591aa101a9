package vn.camnang.diag;

import java.util.List;

/**
 * Thrown when a stage cannot go on. It carries the diagnostics that explain why; the CLI prints
 * them like a compiler and exits non-zero — never a stack trace unless {@code --verbose}.
 */
public final class BuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public BuildException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "build failed" : diagnostics.get(0).toString());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BuildException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public BuildException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.toString(), cause);
    this.diagnostics = List.of(diagnostic);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
