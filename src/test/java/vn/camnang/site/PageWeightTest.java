package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/** Every guide page of the bundled site: HTML + the CSS and JS it loads, gzip, at most 30 KB (images excluded). */
class PageWeightTest {
  static final int BUDGET = 30 * 1024;
  @TempDir Path tmp;

  @Test
  void everyGuidePageFitsTheBudget() throws IOException {
    Path out = tmp.resolve("site");
    assertEquals(0, TestSites.build(TestSites.REPO, out).exitCode());
    List<Integer> weights = new ArrayList<>();
    List<String> over = new ArrayList<>();
    Document home = TestSites.page(out, "");
    for (String topic : home.select(".topic-card a").eachAttr("href")) {
      String t = topic.replaceFirst("^\\./", "");
      for (String g : TestSites.page(out, t).select(".guide-list a").eachAttr("href")) {
        String url = t + g;
        Path page = out.resolve(url + "index.html");
        Document d = TestSites.page(out, url);
        int total = gzip(Files.readAllBytes(page));
        for (Element e : d.select("link[rel=stylesheet][href], script[src]")) {
          String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          total += gzip(Files.readAllBytes(page.getParent().resolve(ref).normalize()));
        }
        weights.add(total);
        if (total > BUDGET) {
          over.add(url + ": " + total + " bytes");
        }
      }
    }
    weights.sort(null);
    assertTrue(weights.size() >= 25);
    System.out.printf("Page weight (HTML+CSS+JS, gzip) of %d guide pages: median %d B, max %d B, budget %d B%n",
        weights.size(), weights.get(weights.size() / 2), weights.get(weights.size() - 1), BUDGET);
    assertEquals(List.of(), over);
  }

  static int gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.size();
  }
}
