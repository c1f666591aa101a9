package vn.camnang.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.cli.Main;
import vn.camnang.serve.DevServer;
import vn.camnang.util.Json;

/** The editing API over HTTP, as serve answers it: what it writes, and what it refuses. */
class CmsApiTest {
  @TempDir Path tmp;

  private record Answer(int status, String body) {}

  private static Answer post(int port, String json, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(b::header);
    HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body());
  }

  private static byte[] png = new byte[] {1, 2, 3};

  private static String persist(String path, String raw, String assetPath) {
    String assets =
        assetPath == null
            ? "[]"
            : "[{\"path\":\"" + assetPath + "\",\"content\":\"" + Base64.getEncoder().encodeToString(png)
                + "\",\"encoding\":\"base64\"}]";
    return "{\"action\":\"persistEntry\",\"params\":{\"branch\":\"main\",\"dataFiles\":[{\"slug\":\"x\",\"path\":\""
        + path + "\",\"raw\":" + Json.str(raw) + "}],\"assets\":" + assets
        + ",\"options\":{\"commitMessage\":\"x\",\"useWorkflow\":false,\"status\":\"\"}}}";
  }

  @Test
  void writesOutsideContentAreRefusedAndNothingIsWritten() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    Files.createSymbolicLink(site.resolve("content/vssid/lien-ket"), tmp);
    try (DevServer s = new DevServer("127.0.0.1", 0, Files.createDirectories(tmp.resolve("out")), site)) {
      CmsServer.attach(s::route, site, "127.0.0.1");
      String guide = "---\ntitle: \"Bài\"\n---\nNội dung.\n";
      for (String path :
          List.of(
              "site.yaml", "templates/page.ftl", "../outside.md", "content/../site.md", "/etc/passwd",
              "content/vssid/../../x.md", "content/.git/config.md", "content/vssid/lien-ket/index.md",
              "content/a/b/c/d.md", "output/index.md")) {
        Answer a = post(s.port(), persist(path, guide, null), Map.of());
        assertEquals(403, a.status(), path + " → " + a.body());
        assertTrue(a.body().contains("Không được phép"), a.body());
      }
      // An image outside a guide's bundle, or beside a topic page, is refused too.
      Answer a = post(s.port(), persist("content/vssid/moi/index.md", guide, "content/vssid/anh.png"), Map.of());
      assertEquals(403, a.status(), a.body());
      a = post(s.port(), "{\"action\":\"persistMedia\",\"params\":{\"branch\":\"main\",\"asset\":"
          + "{\"path\":\"content/vssid/khong-co-bai/a.png\",\"content\":\"AQID\",\"encoding\":\"base64\"},"
          + "\"options\":{\"commitMessage\":\"x\"}}}", Map.of());
      assertEquals(403, a.status(), a.body());
      a = post(s.port(), "{\"action\":\"deleteFile\",\"params\":{\"branch\":\"main\",\"path\":\"data/dich-vu.yaml\","
          + "\"options\":{\"commitMessage\":\"x\"}}}", Map.of());
      assertEquals(403, a.status(), a.body());
      a = post(s.port(), "{\"action\":\"getEntry\",\"params\":{\"branch\":\"main\",\"path\":\"site.yaml\"}}", Map.of());
      assertEquals(403, a.status(), a.body());
      assertFalse(Files.exists(tmp.resolve("outside.md")));
      assertFalse(Files.exists(tmp.resolve("index.md")));
      assertFalse(Files.exists(site.resolve("content/vssid/moi")));

      // Another site in the same browser cannot post (foreign Origin, or not JSON, or a rebinding name).
      String ok = persist("content/vssid/moi/index.md", guide, null);
      assertEquals(403, post(s.port(), ok, Map.of("Origin", "http://evil.example")).status());
      HttpResponse<String> plain =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/v1"))
                      .header("Content-Type", "text/plain")
                      .POST(HttpRequest.BodyPublishers.ofString(ok))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(415, plain.statusCode());
      assertFalse(Files.exists(site.resolve("content/vssid/moi")));
    }
  }

  @Test
  void aGoodSaveIsWrittenWithNormalPermissionsAndABadHeaderIsRefusedWithTheBuildsMessage() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    try (DevServer s = new DevServer("127.0.0.1", 0, Files.createDirectories(tmp.resolve("out")), site)) {
      CmsServer.attach(s::route, site, "127.0.0.1");
      Answer info = post(s.port(), "{\"action\":\"info\"}", Map.of("Origin", "http://127.0.0.1:" + s.port()));
      assertEquals(200, info.status());
      assertTrue(info.body().contains("\"publish_modes\":[\"simple\"]") && info.body().contains("\"type\":\"local_fs\""), info.body());

      String bad = "---\ntitle: Bước 1: lỗi\n---\nNội dung.\n";
      Answer a = post(s.port(), persist("content/vssid/moi/index.md", bad, null), Map.of());
      assertEquals(422, a.status());
      assertTrue(a.body().contains(
          "content/vssid/moi/index.md:2: lỗi: Dòng 2: giá trị có dấu hai chấm ': ' mà không nằm trong ngoặc kép"), a.body());
      a = post(s.port(), persist("content/vssid/moi/index.md", "---\ntitle: A\nverified:\n  date: 2026-12-01\n---\nx\n", null), Map.of());
      assertEquals(422, a.status());
      assertTrue(a.body().contains("Trường 'verified' còn thiếu 'how'"), a.body());
      assertTrue(a.body().contains("chỉ khi đã làm thử thật"), "the hint in Vietnamese too: " + a.body());
      assertFalse(Files.exists(site.resolve("content/vssid/moi")));

      png = Files.readAllBytes(site.resolve("content/vssid/dang-ky/buoc-1.png"));
      String good = "---\ntitle: \"Bài mới\"\ndescription: \"Thử.\"\nimage: anh.png\n---\nNội dung.\n\n![Ảnh](anh.png)\n";
      a = post(s.port(), persist("content/vssid/moi/index.md", good, "content/vssid/moi/anh.png"), Map.of());
      assertEquals(200, a.status(), a.body());
      Path md = site.resolve("content/vssid/moi/index.md");
      assertEquals(good, Files.readString(md));
      assertEquals(png.length, Files.size(site.resolve("content/vssid/moi/anh.png")));
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(md);
      assertTrue(perms.contains(PosixFilePermission.OWNER_READ) && perms.contains(PosixFilePermission.OTHERS_READ), perms.toString());
      try (var files = Files.list(md.getParent())) {
        assertEquals(List.of("anh.png", "index.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
      }
      // The guide collection lists bundles only (not the topic's own index.md); the pages list content/*.md.
      a = post(s.port(), "{\"action\":\"entriesByFolder\",\"params\":{\"branch\":\"main\",\"folder\":\"content/vssid\","
          + "\"extension\":\"md\",\"depth\":2}}", Map.of());
      assertTrue(a.body().contains("\"path\":\"content/vssid/moi/index.md\""), a.body());
      assertFalse(a.body().contains("\"path\":\"content/vssid/index.md\""), a.body());
      a = post(s.port(), "{\"action\":\"entriesByFolder\",\"params\":{\"branch\":\"main\",\"folder\":\"content\","
          + "\"extension\":\"md\",\"depth\":1}}", Map.of());
      assertTrue(a.body().contains("\"path\":\"content/gioi-thieu.md\""), a.body());
      // "Xem trước" in the editor links to the page as the build writes it.
      a = post(s.port(), "{\"action\":\"getDeployPreview\",\"params\":{\"branch\":\"main\",\"collection\":\"bai-vssid\","
          + "\"slug\":\"moi/index\"}}", Map.of());
      assertEquals("{\"url\":\"/vssid/moi/\",\"status\":\"SUCCESS\"}", a.body());

      // A topic added through the CMS is a collection at the next load of the configuration.
      a = post(s.port(), persist("content/Học số/index.md", "---\ntitle: \"Học số\"\norder: 9\n---\nGiới thiệu.\n", null), Map.of());
      assertEquals(200, a.status(), a.body());
      HttpResponse<String> config =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/admin/config.yml")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertTrue(config.body().contains("name: bai-hoc-so") && config.body().contains("folder: content/Học số"), config.body());
      assertTrue(config.body().contains("proxy_url: http://127.0.0.1:" + s.port() + "/api/v1"), config.body());

      // What the CMS saved builds, and a default build has no editing page.
      TestSites.Run built = TestSites.build(site, tmp.resolve("built"));
      assertEquals(Main.OK, built.exitCode(), built.err());
      assertTrue(Files.isRegularFile(tmp.resolve("built/vssid/moi/index.html")));
      assertFalse(Files.exists(tmp.resolve("built/admin")));
    }
  }

  @Test
  void onTheNetworkTheApiNeedsTheTokenAndTheBuildWritesAdminOnlyWhenAsked() throws Exception {
    CmsServer networked = new CmsServer(tmp, "0.0.0.0");
    assertTrue(networked.banner("192.168.1.5", 8080).contains("/admin/?ma=" + networked.token()));
    assertFalse(new CmsServer(tmp, "127.0.0.1").banner("127.0.0.1", 8080).contains("ma="));

    Path site = TestSites.copy("basic", tmp);
    assertEquals(List.of(), CmsAdmin.writeIfEnabled(site, tmp.resolve("o1"), null));
    assertFalse(Files.exists(tmp.resolve("o1/admin")));
    Files.writeString(
        site.resolve("site.yaml"),
        Files.readString(site.resolve("site.yaml"))
            + "\ncms:\n  admin: true\n  backend: gitlab\n  repo: to/cam-nang\n  app_id: abc\n");
    CmsAdmin.writeIfEnabled(site, tmp.resolve("o2"), null);
    String config = Files.readString(tmp.resolve("o2/admin/config.yml"));
    assertTrue(config.contains("name: gitlab") && config.contains("repo: to/cam-nang") && config.contains("app_id: abc"), config);
    assertTrue(config.contains("auth_type: pkce"), config);
    assertTrue(config.contains("path: '{{slug}}/index'") && config.contains("media_folder: ''"), config);
    String html = Files.readString(tmp.resolve("o2/admin/index.html"));
    assertTrue(html.contains("connect-src 'self' blob: https://gitlab.com;"), html);
    assertTrue(Files.size(tmp.resolve("o2/admin/decap-cms.js")) > 1_000_000);
  }

  @Test
  void theBundleIsThePublishedFileAndTheWorkflowsRunTheReadmesBuild() throws Exception {
    byte[] bundle = CmsAdmin.resource("decap-cms.js");
    assertEquals("7510c841ea830bb0aecff36905b499431591690830d183779b4a8bda48442c9e", LocalBackend.sha256(bundle));
    String text = new String(bundle, StandardCharsets.UTF_8);
    assertTrue(text.contains("decap-cms " + CmsAdmin.DECAP_VERSION));
    assertFalse(text.contains("fonts.googleapis.com") || text.contains("fonts.gstatic.com") || text.contains("unpkg.com"));
    for (String f : List.of("deploy/github-pages.yml", "deploy/gitlab-ci.yml")) {
      String w = Files.readString(TestSites.REPO.resolve(f));
      assertTrue(w.contains("./camnang build --production --base-url "), f);
    }
    assertTrue(Files.readString(TestSites.REPO.resolve("deploy/github-pages.yml")).contains("path: output"));
    assertTrue(Files.readString(TestSites.REPO.resolve("deploy/gitlab-ci.yml")).contains("mv output public"));
  }

  @Test
  void onTheNetworkAnotherDeviceNeedsTheTokenFromTheTerminal() throws Exception {
    InetAddress lan = null;
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress() && n.isUp()) {
          lan = a;
        }
      }
    }
    Assumptions.assumeTrue(lan != null, "no network address to test from");
    Path site = TestSites.copy("basic", tmp);
    try (DevServer s = new DevServer("0.0.0.0", 0, Files.createDirectories(tmp.resolve("out")), site)) {
      CmsServer cms = CmsServer.attach(s::route, site, "0.0.0.0");
      String base = "http://" + lan.getHostAddress() + ":" + s.port();
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      HttpRequest info =
          HttpRequest.newBuilder(URI.create(base + "/api/v1"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"info\"}"))
              .build();
      assertEquals(403, client.send(info, HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(403, get(client, base + "/admin/").statusCode());
      assertEquals(403, get(client, base + "/admin/?ma=sai").statusCode());
      HttpResponse<String> opened = get(client, base + "/admin/?ma=" + cms.token());
      assertEquals(303, opened.statusCode());
      String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
      String pair = cookie.substring(0, cookie.indexOf(';'));
      HttpRequest withCookie =
          HttpRequest.newBuilder(URI.create(base + "/api/v1"))
              .header("Content-Type", "application/json")
              .header("Cookie", pair)
              .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"info\"}"))
              .build();
      assertEquals(200, client.send(withCookie, HttpResponse.BodyHandlers.ofString()).statusCode());
      // The preview pages themselves stay open to the phone, as before.
      assertEquals(404, get(client, base + "/khong-co/").statusCode());
    }
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
