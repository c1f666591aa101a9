package vn.camnang.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one build. Thread-safe: pages render in parallel. The list comes out
 * sorted by file and line so the report is the same on every run.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public synchronized void addAll(List<Diagnostic> ds) {
    items.addAll(ds);
  }

  public void error(Path file, int line, String message, String hint) {
    add(Diagnostic.error(file, line, message, hint));
  }

  public void warning(Path file, int line, String message, String hint) {
    add(Diagnostic.warning(file, line, message, hint));
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  public synchronized long warningCount() {
    return items.size() - errorCount();
  }

  /** All diagnostics, sorted by file, line, then message. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(
        Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message));
    return copy;
  }

  /** Throws a {@link BuildException} carrying every diagnostic if any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new BuildException(sorted());
    }
  }
}
