package vn.camnang.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
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

  /** The diagnostic a template that fails to render produces. */
  private static Diagnostic failure(TemplateEngine t, String name, Map<String, Object> model) {
    BuildException e = assertThrows(BuildException.class, () -> t.render(name, model));
    assertEquals(1, e.diagnostics().size());
    Diagnostic d = e.diagnostics().get(0);
    assertTrue(d.isError(), d.toString());
    return d;
  }

  @Test
  void apiIsOffAndSaysSoAtItsLine() throws IOException {
    TemplateEngine t = engine("api.ftl", "<p>\n${m?api.get(\"k\")}</p>");
    Diagnostic d = failure(t, "api.ftl", Map.of("m", Map.of("k", "v")));
    assertEquals(templates.resolve("api.ftl"), d.file());
    assertEquals(2, d.line());
    assertTrue(d.message().contains("api"), d.message());
  }

  @Test
  void newInstantiatesNoClassAtAll() throws IOException {
    // ObjectConstructor would build any class with a public constructor; it is refused like Execute
    TemplateEngine t =
        engine("new.ftl", "<#assign make = \"freemarker.template.utility.ObjectConstructor\"?new()>${make(\"java.io.File\", \"/\")}");
    Diagnostic d = failure(t, "new.ftl", Map.of());
    assertEquals(1, d.line());
    assertTrue(d.message().startsWith("template error:"), d.message());
  }

  @Test
  void aMissingIncludeIsReportedAtTheLineThatIncludesIt() throws IOException {
    TemplateEngine t = engine("page.ftl", "<h1>x</h1>\n\n<#include \"parts/khong-co.ftl\">\n");
    Diagnostic d = failure(t, "page.ftl", Map.of());
    assertEquals(templates.resolve("page.ftl"), d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().contains("khong-co.ftl"), d.message());
  }

  @Test
  void aSyntaxErrorNamesTheTemplateAndLine() throws IOException {
    TemplateEngine t = engine("broken.ftl", "<p>\n<#if page.title??>\n<b>x</b>\n");
    Diagnostic d = failure(t, "broken.ftl", Map.of());
    assertEquals(templates.resolve("broken.ftl"), d.file());
    assertTrue(d.message().startsWith("template syntax error:"), d.message());
    assertTrue(d.line() >= 2, d.toString());
  }

  @Test
  void aMissingValueNamesTheTemplateLineAndTheFix() throws IOException {
    TemplateEngine t = engine("t.ftl", "<p>\n\n${page.hero}</p>");
    Diagnostic d = failure(t, "t.ftl", Map.of("page", Map.of("title", "x")));
    assertEquals(3, d.line());
    assertTrue(d.message().contains("page.hero"), d.message());
    assertEquals("use ${x!} or <#if x??> for a value a page may not have", d.hint());
  }

  @Test
  void markupFromTheModelIsNotEscapedTwice() throws IOException {
    TemplateEngine t = engine("t.ftl", "<main>${body}</main>");
    assertEquals(
        "<main><p>a &amp; b</p></main>",
        t.render("t.ftl", Map.of("body", ModelBuilder.markup("<p>a &amp; b</p>"))));
  }

  @Test
  void theJBakeEngineLeavesEscapingToItsTemplatesButStillRefusesNew() throws IOException {
    Files.writeString(templates.resolve("post.ftl"), "<p>${title}</p>", StandardCharsets.UTF_8);
    Files.writeString(
        templates.resolve("bad.ftl"), "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", StandardCharsets.UTF_8);
    TemplateEngine t = TemplateEngine.forJBake(templates, Locale.ENGLISH, TimeZone.getTimeZone("UTC"), null);
    assertEquals("<p><b>x</b></p>", t.render("post.ftl", Map.of("title", "<b>x</b>")));
    assertFalse(t.exists("guide.ftl"), "a JBake project has no built-in theme");
    assertEquals(1, failure(t, "bad.ftl", Map.of()).line());
  }

  @Test
  void aTitleWithAScriptTagIsShownAsTextInTheBuiltPage() {
    Path site =
        TestSites.write(
            templates.resolve("site"),
            Map.of(
                "site.yaml", "title: \"Cẩm nang thử\"\nbaseUrl: \"https://thu.example.org/\"\n",
                "content/index.md", "---\ntitle: \"Trang chủ\"\n---\nChào.\n",
                "content/vssid/index.md", "---\ntitle: \"VssID\"\n---\nChủ đề.\n",
                "content/vssid/bai.md",
                    "---\ntitle: \"Đăng ký <script>alert(1)</script>\"\ndescription: \"a <b>b</b>\"\n---\nNội dung.\n"));
    Path out = templates.resolve("out");
    TestSites.Run run = TestSites.build(site, out);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Document page = TestSites.page(out, "vssid/bai/");
    assertEquals("Đăng ký <script>alert(1)</script>", page.selectFirst("h1").text());
    assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")), page.select("script").toString());
    assertTrue(page.select("b").isEmpty(), "the description is text too: " + page.select("b"));
    assertTrue(page.title().contains("<script>alert(1)</script>"), page.title());
  }
}
