package vn.camnang.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.TemplateHTMLOutputModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.config.ConfigLoader;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.Diagnostics;

/**
 * What templates see: JBake's names where JBake has one, ours otherwise, and nothing a template (or
 * a later step) could change, because every page's model shares the maps built once per build.
 */
class ModelBuilderTest {
  @TempDir Path tmp;

  private SiteContent content;
  private ModelBuilder models;

  @BeforeEach
  void load() {
    Path site =
        TestSites.write(
            tmp.resolve("site"),
            Map.of(
                "site.yaml", "title: \"Cẩm nang thử\"\nbaseUrl: \"https://thu.example.org/\"\n",
                "content/index.md", "---\ntitle: \"Trang chủ\"\n---\nChào.\n",
                "content/vssid/index.md", "---\ntitle: \"VssID\"\norder: 1\n---\nChủ đề.\n",
                "content/vssid/cai-dat.md",
                    "---\ntitle: \"Cài đặt\"\ndate: 2026-09-15\ntags: [vssid, cài đặt]\norder: 1\n---\nMở CH Play.\n",
                "content/vssid/dang-ky.md",
                    "---\ntitle: \"Đăng ký\"\ndate: 2026-09-20\ntags: [vssid]\norder: 2\nhero: \"ảnh\"\n---\nĐăng ký.\n"));
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig config = ConfigLoader.load(site, null, diagnostics);
    content = ContentLoader.load(site.resolve("content"), diagnostics, null);
    assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
    models =
        new ModelBuilder(
            config,
            content,
            p -> null,
            icon -> null,
            Map.of("css/site.css", "assets/css/site.1a2b3c4d.css"),
            Map.of("dich-vu.yaml", Map.of("services", List.of())),
            p -> Map.of());
  }

  private Page guide(String url) {
    return content.guides().stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow();
  }

  @Test
  void aPageModelCarriesJBakesNamesAndOurs() {
    Map<String, Object> m = models.forPage(guide("vssid/dang-ky/"), "<p>Đăng ký.</p>");
    for (String jbake :
        List.of("content", "config", "published_posts", "published_pages", "published_content", "all_content", "tags",
            "data")) {
      assertTrue(m.containsKey(jbake), jbake + " missing from " + m.keySet());
    }
    for (String ours : List.of("site", "page", "topics", "topic", "root", "asset", "latest", "prev")) {
      assertTrue(m.containsKey(ours), ours + " missing from " + m.keySet());
    }
    Map<?, ?> c = (Map<?, ?>) m.get("content");
    assertEquals(c, m.get("page"));
    assertEquals("Đăng ký", c.get("title"));
    assertEquals("vssid/dang-ky/", c.get("uri"));
    assertEquals("post", c.get("type"));
    assertEquals("published", c.get("status"));
    assertEquals("20/09/2026", c.get("dateText"));
    assertEquals("ảnh", c.get("hero"), "an unknown front-matter field reaches the template by its name");
    assertEquals("../../", c.get("rootpath"));
    assertEquals("../../", m.get("root"));
    assertTrue(c.get("body") instanceof TemplateHTMLOutputModel, "the body is markup, not a string to escape again");
    assertEquals("assets/css/site.1a2b3c4d.css", ((Map<?, ?>) m.get("asset")).get("css/site.css"));
    assertEquals("Cẩm nang thử", ((Map<?, ?>) m.get("site")).get("title"));
    assertEquals("Cẩm nang thử", ((Map<?, ?>) m.get("config")).get("title"));
  }

  @Test
  void postsAreNewestFirstAndTagsListTheirPostsUnderJBakesNames() {
    Map<String, Object> m = models.forPage(guide("vssid/cai-dat/"), "");
    List<?> posts = (List<?>) m.get("published_posts");
    assertEquals(List.of("vssid/dang-ky/", "vssid/cai-dat/"), posts.stream().map(p -> ((Map<?, ?>) p).get("url")).toList());
    List<?> tags = (List<?>) m.get("tags");
    Map<?, ?> vssid =
        tags.stream().map(t -> (Map<?, ?>) t).filter(t -> t.get("slug").equals("vssid")).findFirst().orElseThrow();
    assertEquals(2, vssid.get("count"));
    assertEquals(vssid.get("tagged_posts"), vssid.get("tagged_documents"));
    assertEquals(2, ((List<?>) vssid.get("tagged_posts")).size());
  }

  @Test
  void everyMapAndListTemplatesSeeIsReadOnly() {
    Map<String, Object> m = models.forPage(guide("vssid/dang-ky/"), "");
    @SuppressWarnings("unchecked")
    Map<String, Object> c = (Map<String, Object>) m.get("content");
    assertThrows(UnsupportedOperationException.class, () -> c.put("title", "khác"));
    for (String key : List.of("site", "config", "asset", "data", "topic")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m.get(key);
      assertThrows(UnsupportedOperationException.class, () -> map.put("x", "y"), key);
    }
    for (String key : List.of("published_posts", "published_pages", "published_content", "topics", "tags")) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) m.get(key);
      assertThrows(UnsupportedOperationException.class, () -> list.add("x"), key);
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) list.get(0);
      assertThrows(UnsupportedOperationException.class, () -> first.put("x", "y"), key + "[0]");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> params = (Map<String, Object>) c.get("params");
    assertThrows(UnsupportedOperationException.class, () -> params.put("hero", "khác"));
  }

  @Test
  void onePagesModelDoesNotLeakIntoTheNext() {
    Map<String, Object> first = models.forPage(guide("vssid/dang-ky/"), "<p>một</p>");
    first.put("extra", "only here");
    Map<String, Object> second = models.forPage(guide("vssid/cai-dat/"), "<p>hai</p>");
    assertFalse(second.containsKey("extra"));
    assertEquals("Cài đặt", ((Map<?, ?>) second.get("content")).get("title"));
    assertEquals("Đăng ký", ((Map<?, ?>) first.get("content")).get("title"));
  }

  @Test
  void aPageWrittenElsewhereGetsItsRootFromWhereItIsWritten() {
    Map<String, Object> m = models.forPageAt(guide("vssid/dang-ky/"), "go/dk/");
    assertEquals("../../", m.get("root"));
    Map<String, Object> top = models.forPageAt(guide("vssid/dang-ky/"), "");
    assertEquals("./", top.get("root"));
    assertEquals("./", ((Map<?, ?>) top.get("content")).get("rootpath"));
    assertEquals("vssid/dang-ky/", ((Map<?, ?>) top.get("content")).get("url"));
  }
}
