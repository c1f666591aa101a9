package vn.camnang.cms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.camnang.config.ConfigLoader;
import vn.camnang.config.SiteConfig;
import vn.camnang.diag.Diagnostics;

/**
 * The editing page {@code /admin/}: Decap CMS (npm {@code decap-cms} {@value #DECAP_VERSION}, MIT,
 * bundled in the jar: no CDN), our additions, and a configuration generated from the site. Served
 * by {@code serve} (local editing) and written into a build's output only when site.yaml says
 * {@code cms: admin: true} (publishing through GitHub or GitLab).
 */
public final class CmsAdmin {
  public static final String DECAP_VERSION = "3.12.2";
  static final String RESOURCES = "/camnang/cms/";
  static final List<String> FILES =
      List.of("decap-cms.js", "camnang-cms-pre.js", "camnang-cms.js", "decap-cms.LICENSE.txt");

  private CmsAdmin() {}

  /**
   * The page's Content-Security-Policy: everything from this server; Decap needs inline styles
   * (CSS-in-JS) and {@code eval} (its config validator compiles schemas); images also from blob:
   * and data: (previews of files not saved yet); connections to the publishing host only.
   */
  static String csp(List<String> connectHosts) {
    String connect = String.join(" ", connectHosts);
    return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' blob: data:; media-src 'self' blob:; font-src 'self'; connect-src 'self' blob:"
        + (connect.isEmpty() ? "" : " " + connect)
        + "; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";
  }

  static String indexHtml(String csp) {
    return "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<title>Biên tập – Cẩm nang số</title>\n"
        + "<link href=\"config.yml\" type=\"text/yaml\" rel=\"cms-config-url\">\n"
        + "</head>\n<body>\n"
        + "<noscript>Trang biên tập cần bật JavaScript.</noscript>\n"
        + "<script src=\"camnang-cms-pre.js\"></script>\n"
        + "<script src=\"decap-cms.js\"></script>\n"
        + "<script src=\"camnang-cms.js\"></script>\n"
        + "</body>\n</html>\n";
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = CmsAdmin.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /** The backend block for publishing, from site.yaml's {@code cms:}. */
  static Map<String, Object> publishingBackend(CmsSettings s) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("name", s.backend());
    b.put("repo", s.repo() == null ? "ten-to-chuc/ten-kho" : s.repo());
    b.put("branch", s.branch());
    if (s.backend().equals("gitlab")) {
      b.put("auth_type", "pkce");
      if (s.appId() != null) {
        b.put("app_id", s.appId());
      }
      if (s.apiRoot() != null) {
        b.put("api_root", s.apiRoot());
      }
    }
    if (s.baseUrl() != null) {
      b.put("base_url", s.baseUrl());
    }
    b.put("commit_messages", Map.of(
        "create", "Thêm {{collection}} “{{slug}}” (trang biên tập)",
        "update", "Sửa {{collection}} “{{slug}}” (trang biên tập)",
        "delete", "Xóa {{collection}} “{{slug}}” (trang biên tập)",
        "uploadMedia", "Thêm ảnh “{{path}}”",
        "deleteMedia", "Xóa ảnh “{{path}}”"));
    return b;
  }

  /**
   * After a good build: writes {@code admin/} into {@code output} when site.yaml has {@code cms:
   * admin: true}; otherwise does nothing (a default build never contains the CMS).
   *
   * @param baseUrlOverride {@code --base-url}, or null
   * @return the files written (empty when switched off)
   */
  public static List<Path> writeIfEnabled(Path site, Path output, String baseUrlOverride) throws IOException {
    SiteConfig cfg = ConfigLoader.load(site, baseUrlOverride, new Diagnostics());
    String baseUrl = cfg.baseUrl();
    CmsSettings s = CmsSettings.from(cfg.raw());
    if (!s.admin()) {
      return List.of();
    }
    Path dir = output.resolve("admin");
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    Map<String, Object> config = CmsConfig.generate(site, publishingBackend(s), baseUrl);
    out.add(write(dir.resolve("index.html"), indexHtml(csp(s.publishingHosts())).getBytes(StandardCharsets.UTF_8)));
    out.add(write(dir.resolve("config.yml"), CmsConfig.yaml(config).getBytes(StandardCharsets.UTF_8)));
    for (String f : FILES) {
      out.add(write(dir.resolve(f), resource(f)));
    }
    return out;
  }

  private static Path write(Path p, byte[] bytes) throws IOException {
    LocalBackend.write(p, bytes);
    return p;
  }
}
