package vn.camnang.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;

class TemplateEngineTest {
  @TempDir Path templates;

  private TemplateEngine engine(String name, String text) throws IOException {
    Files.writeString(templates.resolve(name), text, StandardCharsets.UTF_8);
    return new TemplateEngine(templates);
  }

  @Test
  void valuesAreHtmlEscaped() throws IOException {
    TemplateEngine t = engine("t.ftl", "<p>${title}</p>");
    assertEquals("<p>&lt;b&gt; &amp; ư</p>", t.render("t.ftl", Map.of("title", "<b> & ư")));
  }

  @Test
  void newAndApiAreRefusedWithTheTemplateLine() throws IOException {
    TemplateEngine t = engine("bad.ftl", "x\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
    BuildException e = assertThrows(BuildException.class, () -> t.render("bad.ftl", Map.of()));
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.file().toString().endsWith("bad.ftl"), String.valueOf(d.file()));
    assertEquals(2, d.line());
  }

  @Test
  void aMissingTemplateIsAnErrorThatSaysWhatToAdd() throws IOException {
    TemplateEngine t = engine("t.ftl", "x");
    assertFalse(t.exists("khong-co.ftl"));
    BuildException e = assertThrows(BuildException.class, () -> t.render("khong-co.ftl", Map.of()));
    assertEquals("template 'khong-co.ftl' not found", e.diagnostics().get(0).message());
  }

  @Test
  void theBuiltInThemeFillsWhatTheSiteLacks() throws IOException {
    TemplateEngine t = engine("t.ftl", "x");
    assertTrue(t.exists("guide.ftl"));
  }
}
