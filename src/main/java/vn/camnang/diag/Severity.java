package vn.camnang.diag;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings are listed and counted. */
public enum Severity {
  WARNING("warning"),
  ERROR("error");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed after {@code path:line:}, as compilers do. */
  public String label() {
    return label;
  }
}
