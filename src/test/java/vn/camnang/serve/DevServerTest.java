package vn.camnang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.diag.Diagnostic;
import vn.camnang.site.BuildOptions;

class DevServerTest {
  @TempDir Path tmp;

  @Test
  void servesPagesWithLiveReloadAndPushesBuildEvents() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("served");
    ServeSession session = new ServeSession(new BuildOptions(site, out, null, false), s -> {});
    assertTrue(session.fullBuild().ok());
    try (DevServer server = new DevServer("127.0.0.1", 0, out, site)) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpURLConnection page = (HttpURLConnection) URI.create(base + "vssid/dang-ky/").toURL().openConnection();
      String html = new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(200, page.getResponseCode());
      assertTrue(html.contains("<script src=\"/__camnang/live.js\" defer></script></body>"));
      assertFalse(Files.readString(out.resolve("vssid/dang-ky/index.html")).contains("live.js"), "files stay clean");
      HttpURLConnection missing = (HttpURLConnection) URI.create(base + "khong-co/").toURL().openConnection();
      assertEquals(404, missing.getResponseCode());

      HttpURLConnection events = (HttpURLConnection) URI.create(base + "__camnang/events").toURL().openConnection();
      events.setReadTimeout(10_000);
      BufferedReader r = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("retry: 500", r.readLine());
      assertEquals("event: hello", r.readLine());
      r.readLine();
      r.readLine();
      server.announce(new BuildStatus(7, true, List.of(), List.of("a/index.html"), 5));
      assertEquals("event: reload", r.readLine());
      assertEquals("data: 7", r.readLine());
      r.readLine();
      server.announce(
          new BuildStatus(7, false, List.of(Diagnostic.error(site.resolve("content/t/a.md"), 4, "lỗi <b>")), List.of(), 5));
      assertEquals("event: status", r.readLine());
      String data = r.readLine();
      assertTrue(data.contains("\"file\":\"content/t/a.md\",\"line\":4"), data);
      assertTrue(data.contains("lỗi \\u003cb>"), "no raw markup in the payload: " + data);
    }
  }
}
