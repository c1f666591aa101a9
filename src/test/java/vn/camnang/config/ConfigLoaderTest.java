package vn.camnang.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;

class ConfigLoaderTest {
  @TempDir Path site;

  private SiteConfig load(String yaml, Diagnostics d) throws IOException {
    Files.writeString(site.resolve("site.yaml"), yaml, StandardCharsets.UTF_8);
    return ConfigLoader.load(site, null, d);
  }

  @Test
  void typedFieldsAndTheLineOfEveryKey() throws IOException {
    Diagnostics d = new Diagnostics();
    SiteConfig c =
        load(
            "title: Thử\nbaseUrl: https://x.example.org\nimage: assets/images/a.jpg\n"
                + "shortName: Thử\nrecheckAfterMonths: 3\n",
            d);
    assertEquals(List.of(), d.sorted());
    assertEquals("https://x.example.org/", c.baseUrl(), "ends in a slash");
    assertEquals("assets/images/a.jpg", c.image());
    assertEquals("Thử", c.shortName());
    assertEquals(3, c.recheckAfterMonths());
    assertEquals(4, c.line("shortName", 0));
    assertNull(c.dateFormat());
  }

  @Test
  void dataPagesBecomeSpecsWithTheirLinesAndAnIncompleteEntryIsAnErrorAtItsOwnLine()
      throws IOException {
    Diagnostics d = new Diagnostics();
    SiteConfig c =
        load(
            "title: Thử\ndataPages:\n  - data: dv.yaml\n    list: services\n    url: \"dv/{id}/\"\n"
                + "    template: service.ftl\n    walkthrough: true\n  - data: dv.yaml\n    list: x\n",
            d);
    assertEquals(1, c.dataPages().size());
    DataPageSpec spec = c.dataPages().get(0);
    assertEquals("{name}", spec.title(), "the default title");
    assertEquals(3, spec.line());
    assertEquals(3, spec.dataLine());
    assertTrue(spec.walkthrough());
    Diagnostic error = d.sorted().get(0);
    assertEquals(8, error.line());
    assertEquals("a dataPages entry needs data, list, url and template", error.message());
  }

  @Test
  void aMisspelledKeyIsAWarningAtItsLine() throws IOException {
    Diagnostics d = new Diagnostics();
    load("title: Thử\n\n# comment\ndescripton: x\n", d);
    Diagnostic w = d.sorted().get(0);
    assertEquals(4, w.line());
    assertEquals("did you mean 'description'?", w.hint());
  }

  @Test
  void aBaseUrlThatIsNotAbsoluteIsAnErrorAtItsLine() {
    BuildException e =
        assertThrows(
            BuildException.class, () -> load("title: Thử\nbaseUrl: camnang.example\n", new Diagnostics()));
    assertEquals(2, e.diagnostics().get(0).line());
  }
}
