package vn.camnang.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camnang.diag.BuildException;

class HeaderSplitterTest {
  private static final Path F = Path.of("content/t/a.md");

  @Test
  void yamlFrontMatterGivesFieldsAndTheBodyLine() {
    Header h = HeaderSplitter.split("---\ntitle: \"Chào\"\ntags: [a, b]\n---\n# Thân\n", F);
    assertEquals(Header.Format.YAML, h.format());
    assertEquals("Chào", h.fields().get("title"));
    assertEquals(List.of("a", "b"), h.fields().get("tags"));
    assertEquals("# Thân\n", h.body());
    assertEquals(5, h.bodyFirstLine());
  }

  @Test
  void jbakeHeaderGivesFieldsAndTheBodyLine() {
    Header h = HeaderSplitter.split("title=Chào\ntags=a, b\nstatus=draft\n~~~~~~\nThân\n", F);
    assertEquals(Header.Format.JBAKE, h.format());
    assertEquals("Chào", h.fields().get("title"));
    assertEquals(List.of("a", "b"), h.fields().get("tags"));
    assertEquals("Thân\n", h.body());
    assertEquals(5, h.bodyFirstLine());
  }

  @Test
  void bomAndCrlfAreAccepted() {
    Header h = HeaderSplitter.split("\uFEFF---\r\ntitle: A\r\n---\r\nB\r\n", F);
    assertEquals("A", h.fields().get("title"));
    assertEquals("B\n", h.body());
  }

  @Test
  void noHeaderMeansAllBody() {
    Header h = HeaderSplitter.split("Chỉ có nội dung.\n", F);
    assertEquals(Header.Format.NONE, h.format());
    assertEquals("Chỉ có nội dung.\n", h.body());
  }

  @Test
  void yamlErrorsPointAtTheLineInTheFile() {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> HeaderSplitter.split("---\ntitle: A\ndescription: B: C\n---\n", F));
    assertEquals(3, e.diagnostics().get(0).line());
  }

  @Test
  void duplicateKeysAndAliasBombsAreRefused() {
    assertThrows(BuildException.class, () -> HeaderSplitter.split("---\ntitle: A\ntitle: B\n---\n", F));
    StringBuilder bomb = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    bomb.append("---\n");
    assertThrows(BuildException.class, () -> HeaderSplitter.split(bomb.toString(), F));
  }

  @Test
  void globalTagsAreRefused() {
    assertThrows(
        BuildException.class,
        () -> HeaderSplitter.split("---\nx: !!java.io.File [\"/etc/passwd\"]\n---\n", F));
  }
}
