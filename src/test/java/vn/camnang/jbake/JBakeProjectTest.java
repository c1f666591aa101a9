package vn.camnang.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;

/**
 * Small JBake projects written inline: how {@code jbake.properties} is read and reported, and which
 * content files become which documents.
 */
class JBakeProjectTest {
  @TempDir Path dir;
  final Diagnostics diagnostics = new Diagnostics();

  @Test
  void propertiesAreReadAsJBakeReadsThemWithTheirLines() throws Exception {
    write(
        "jbake.properties",
        """
        # comment
        site.host = https://example.org
        site.title=A\\, B
        site.keywords=a, b ,c
        long.value=one \\
            two
        index.paginate=yes
        """);
    JBakeConfig c = JBakeConfig.load(dir, null, false, diagnostics);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals("https://example.org", c.siteHost());
    assertEquals("https://example.org/", c.baseUrl());
    assertEquals(2, c.line("site.host"));
    assertEquals("one two", c.get("long.value"));
    assertTrue(c.paginateIndex(), "yes is true, as commons-configuration reads it");
    assertEquals("feed.xml", c.get("feed.file"), "JBake's default");
    Map<String, Object> model = c.model();
    assertEquals("A, B", ((TemplateScalarModel) model.get("site_title")).getAsString());
    assertFalse(model.get("site_title") instanceof TemplateSequenceModel, "\\, is not a list");
    assertEquals(3, ((TemplateSequenceModel) model.get("site_keywords")).size());
    assertTrue(((TemplateBooleanModel) model.get("render_tags")).getAsBoolean());
    assertEquals("true", ((TemplateScalarModel) model.get("render_tags")).getAsString());
  }

  @Test
  void keysWeCannotHonourAreWarnedOnceWithTheirLineAndBadValuesAreErrors() throws IOException {
    write(
        "jbake.properties",
        """
        site.host=https://example.org
        render.tag=true
        destination.folder=public
        render.feed=maybe
        template.post.file=post.groovy
        site.anything=kept for templates
        destination.folder=public
        """);
    JBakeConfig.load(dir, null, false, diagnostics);
    List<String> got =
        diagnostics.sorted().stream()
            .map(d -> d.line() + " " + d.severity().label() + " " + d.message())
            .toList();
    assertEquals(5, got.size(), String.join("\n", got));
    assertTrue(got.get(0).startsWith("2 warning 'render.tag' is not a JBake setting"), got.get(0));
    assertTrue(diagnostics.sorted().get(0).hint().contains("render.tags"));
    assertTrue(got.get(1).startsWith("4 error 'render.feed' should be true or false"), got.get(1));
    assertTrue(got.get(2).startsWith("5 error 'template.post.file=post.groovy'"), got.get(2));
    assertTrue(got.get(3).startsWith("7 warning 'destination.folder' is given twice"), got.get(3));
    assertTrue(got.get(4).startsWith("7 warning 'destination.folder' is not used"), got.get(4));
  }

  @Test
  void contentBecomesDocumentsTheJBakeWay() throws IOException {
    write("jbake.properties", "site.host=https://example.org\ntag.sanitize=true\n");
    write(
        "content/a/past.md",
        header("post", "published-date", "2020-01-01") + "tags=Hướng dẫn, x\n~~~~~~\nA");
    write("content/a/future.md", header("post", "published-date", "2999-01-01") + "~~~~~~\nB");
    write("content/a/nostatus.md", "title=C\ntype=post\ndate=2021-01-01\n~~~~~~\nC");
    write("content/a/odd.md", header("recipe", "published", "2021-01-01") + "~~~~~~\nD");
    write("content/a/plain.html", "<p>no header</p>");
    write("content/a/b.adoc", "= B");
    write("content/a/c.adoc", "= C");
    write("content/skip/.jbakeignore", "");
    write("content/skip/x.md", header("post", "published", "2021-01-01") + "~~~~~~\nX");
    write("content/Ảnh bìa.PNG", "png");
    JBakeConfig config = JBakeConfig.load(dir, null, false, diagnostics);
    JBakeContent content =
        JBakeContent.load(config, diagnostics, Instant.parse("2026-01-01T00:00:00Z"));

    assertEquals(
        List.of("a/future.md", "a/nostatus.md", "a/past.md"),
        content.documents().stream().map(JBakeDocument::sourcePath).sorted().toList());
    JBakeDocument past = doc(content, "a/past.md");
    assertEquals("published", past.status(), "published-date whose date has come");
    assertEquals(List.of("Hướng-dẫn", "x"), past.tags(), "tag.sanitize");
    assertEquals("a/past.html", past.uri());
    assertFalse(doc(content, "a/future.md").isWritten(), "a date to come: not written");
    assertFalse(doc(content, "a/nostatus.md").isWritten(), "JBake's default.status=draft");
    assertEquals(
        List.of("a/past.md"), content.written().stream().map(JBakeDocument::sourcePath).toList());
    assertEquals("anh-bia.png", content.files().values().iterator().next());

    List<String> warnings =
        diagnostics.sorted().stream()
            .map(d -> dir.relativize(d.file()) + ":" + d.line() + " " + d.message())
            .toList();
    assertEquals(4, warnings.size(), String.join("\n", warnings));
    assertTrue(
        warnings.get(0).startsWith("content/a/b.adoc:0 AsciiDoc (.adoc) is not supported: 2 files"),
        warnings.get(0));
    assertTrue(warnings.get(1).startsWith("content/a/nostatus.md:1 no status="), warnings.get(1));
    assertTrue(
        warnings.get(2).startsWith("content/a/odd.md:2 unknown type 'recipe'"), warnings.get(2));
    assertTrue(
        warnings.get(3).startsWith("content/a/plain.html:1 no JBake header"), warnings.get(3));
    assertTrue(diagnostics.sorted().stream().noneMatch(Diagnostic::isError));
  }

  @Test
  void twoFilesForOneUrlAreAnError() throws IOException {
    write("jbake.properties", "site.host=https://example.org\n");
    write("content/bài một.md", header("page", "published", "2021-01-01") + "~~~~~~\nA");
    write("content/bai-mot.html", header("page", "published", "2021-01-01") + "~~~~~~\n<p>B</p>");
    JBakeConfig config = JBakeConfig.load(dir, null, false, diagnostics);
    JBakeContent.load(config, diagnostics, Instant.now());
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).message().startsWith("two files would be written to /bai-mot.html"));
  }

  private static String header(String type, String status, String date) {
    return "title=T\ntype=" + type + "\nstatus=" + status + "\ndate=" + date + "\n";
  }

  private static JBakeDocument doc(JBakeContent content, String sourcePath) {
    return content.documents().stream()
        .filter(d -> d.sourcePath().equals(sourcePath))
        .findFirst()
        .orElseThrow();
  }

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
