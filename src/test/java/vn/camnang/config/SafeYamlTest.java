package vn.camnang.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;

class SafeYamlTest {
  private static final Path FILE = Path.of("data/dv.yaml");

  @Test
  void keysListItemsAndNestedMapsKeepTheLinesOfTheFile() {
    String text = "updated: 2026-01-01\nservices:\n  - id: a\n    name: A\n\n  - id: b\n    guides: [x, y]\n";
    SafeYaml.Marked m = SafeYaml.loadMarked(text, FILE, 1, "data file");
    Map<?, ?> top = (Map<?, ?>) m.value();
    assertEquals(1, m.lines().key(top, "updated", 0));
    assertEquals(2, m.lines().key(top, "services", 0));
    List<?> services = (List<?>) top.get("services");
    assertEquals(List.of(3, 6), m.lines().items(services));
    Map<?, ?> second = (Map<?, ?>) services.get(1);
    assertEquals(6, m.lines().key(second, "id", 0));
    assertEquals(7, m.lines().key(second, "guides", 0));
    assertEquals(-1, m.lines().key(second, "missing", -1), "fallback for a key that is not there");
  }

  @Test
  void linesCountFromWhereTheTextStartsInItsFile() {
    SafeYaml.Marked m = SafeYaml.loadMarked("title: x\nicon: y\n", FILE, 2, "front matter");
    assertEquals(3, m.lines().key(m.value(), "icon", 0));
  }

  @Test
  void anObjectThatIsNotTheLoadedOneHasNoLines() {
    SafeYaml.Marked m = SafeYaml.loadMarked("a: 1\n", FILE, 1, "data file");
    assertEquals(9, m.lines().key(Map.of("a", 1), "a", 9));
    assertEquals(9, SafeYaml.Lines.NONE.of(m.value(), 9));
  }

  @Test
  void anErrorPointsAtTheLineOfTheWholeFile() {
    BuildException e =
        assertThrows(
            BuildException.class, () -> SafeYaml.load("a: 1\nb: [\n", FILE, 5, "front matter"));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.line() >= 6, "line " + d.line());
    assertTrue(d.message().startsWith("front matter: invalid YAML"), d.message());
  }

  @Test
  void globalTagsAndDuplicateKeysAreRefused() {
    assertThrows(
        BuildException.class,
        () -> SafeYaml.load("x: !!java.io.File [\"/etc/passwd\"]\n", FILE, 1, "data file"));
    BuildException e =
        assertThrows(BuildException.class, () -> SafeYaml.load("a: 1\na: 2\n", FILE, 1, "data file"));
    assertEquals("each field may appear only once", e.diagnostics().get(0).hint());
  }
}
