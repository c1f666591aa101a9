package vn.camnang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
  @TempDir Path dir;

  @Test
  void printsLikeACompilerWithTheSourceLineACaretAndTheHint() throws IOException {
    Path file = dir.resolve("content/t/a.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntittle: A\n---\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    new DiagnosticPrinter(new PrintWriter(out), dir)
        .print(
            List.of(
                new Diagnostic(
                    file, 2, 1, Severity.WARNING, "front matter: 'tittle' is not a known field",
                    "did you mean 'title'?")));
    String sep = System.lineSeparator();
    assertEquals(
        "content/t/a.md:2:1: warning: front matter: 'tittle' is not a known field" + sep
            + "    tittle: A" + sep
            + "    ^" + sep
            + "    hint: did you mean 'title'?" + sep,
        out.toString().replace('\\', '/'));

    StringWriter vi = new StringWriter();
    new DiagnosticPrinter(new PrintWriter(vi), dir, Messages.of(Messages.Lang.VI))
        .print(
            List.of(
                new Diagnostic(
                    file, 2, 1, Severity.WARNING, "front matter: 'tittle' is not a known field",
                    "did you mean 'title'?")));
    String text = vi.toString().replace('\\', '/');
    assertTrue(text.startsWith("content/t/a.md:2:1: cảnh báo: "), text);
    assertTrue(text.contains(sep + "    tittle: A" + sep + "    ^" + sep + "    cách sửa: "), text);
  }

  @Test
  void sortedByFileThenLineAndErrorsThrownTogether() {
    Diagnostics d = new Diagnostics();
    d.warning(Path.of("b.md"), 1, "w", null);
    d.error(Path.of("a.md"), 9, "e2", null);
    d.error(Path.of("a.md"), 3, "e1", "fix it");
    assertEquals(List.of("e1", "e2", "w"), d.sorted().stream().map(Diagnostic::message).toList());
    assertEquals(2, d.errorCount());
    assertEquals(1, d.warningCount());
    BuildException e = assertThrows(BuildException.class, d::throwIfErrors);
    assertEquals(3, e.diagnostics().size(), "warnings travel with the errors");
  }

  @Test
  void onlyWarningsDoNotStopABuild() {
    Diagnostics d = new Diagnostics();
    d.warning(Path.of("a.md"), 1, "w", null);
    assertFalse(d.hasErrors());
    d.throwIfErrors();
    assertTrue(d.sorted().get(0).severity() == Severity.WARNING);
  }
}
