package vn.camnang.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/** The front-matter fields a site's own templates read, so {@code check} does not call them unknown. */
class TemplateFieldsTest {
  @TempDir Path tmp;

  @Test
  void findsFieldsReadThroughAnyVariableAndByBracket() {
    Path templates =
        TestSites.write(
            tmp.resolve("templates"),
            Map.of(
                "guide.ftl", "<h1>${page.title}</h1><#if page.hero??><p>${page.hero}</p></#if>",
                "topic.ftl", "<#list topic.guides as g><img src=\"${g.cover_image!}\"></#list>",
                "parts/byline.ftl", "<p>${content['hero-credit']!} ${content[\"reviewed.by\"]!}</p>"));
    Set<String> read = TemplateFields.readBy(templates);
    for (String field : new String[] {"title", "hero", "guides", "cover_image", "hero-credit", "reviewed.by"}) {
      assertTrue(read.contains(field), field + " not in " + read);
    }
  }

  @Test
  void onlyFtlFilesCountAndAQuotedUrlIsNotAField() {
    Path templates =
        TestSites.write(
            tmp.resolve("templates"),
            Map.of(
                "guide.ftl", "<a href=\"https://example.org/x.html\">VssID</a>",
                "notes.txt", "${page.secret}"));
    Set<String> read = TemplateFields.readBy(templates);
    assertFalse(read.contains("secret"), "a .txt file is not a template: " + read);
    assertFalse(read.contains("html"), "a URL in quotes is not a field: " + read);
  }

  @Test
  void aSiteWithoutTemplatesReadsNothing() {
    assertEquals(Set.of(), TemplateFields.readBy(tmp.resolve("khong-co")));
  }
}
