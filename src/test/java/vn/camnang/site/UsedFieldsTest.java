package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.content.FrontMatter;

/**
 * {@code check} calls a front-matter field unknown only when nothing uses it: not the generator,
 * not a template of the site ({@code sites/fields} reads {@code page.hero}), not {@code fields:} in
 * site.yaml. The warning names the field and the closest known one.
 */
class UsedFieldsTest {
  @TempDir Path tmp;

  @Test
  void fieldsTheTemplatesReadOrSiteYamlDeclaresAreNotUnknown() {
    Path site = TestSites.copy("fields", tmp);
    TestSites.Run run = TestSites.run(site, "check", "--source", site.toString());
    String all = run.out() + run.err();
    for (String used : new String[] {"hero", "ghichu", "sources", "verified"}) {
      assertFalse(all.contains("'" + used + "' is not"), used + " is used: " + all);
    }
    assertTrue(all.contains("content/tin/bai.md:14: warning: front matter: 'mauNen' is not a field the site uses"), all);
    assertTrue(all.contains("the closest known field is '"), all);
    assertTrue(all.contains("content/tin/bai.md:13: warning: front matter: 'heor' is not a known field"), all);
    assertTrue(all.contains("did you mean 'hero'?"), "a misspelling is judged against what the templates read: " + all);
    assertEquals(1, all.split("'mauNen'", -1).length - 1, "once: " + all);

    TestSites.Run build = TestSites.build(site, tmp.resolve("out"));
    assertEquals(0, build.exitCode(), build.err());
    assertFalse(build.err().contains("'hero' is not"), build.err());
    assertEquals("Ảnh lớn đầu bài", TestSites.page(tmp.resolve("out"), "tin/bai/").selectFirst(".hero").text());
  }

  @Test
  void theBundledGuidesNewFieldsAreKnown() {
    assertTrue(FrontMatter.KNOWN.containsAll(Set.of("sources", "verified")));
  }
}
