package vn.camnang.cms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The CMS inside {@code serve}: {@code /admin/} (Decap CMS, config generated from the site at
 * every load) and {@code POST /api/v1} (the local backend, writing into the site folder, which the
 * serve watcher then rebuilds like any file edit).
 *
 * <p>Who may write: the editing API answers only same-origin JSON requests (a page on another site
 * cannot post to it: it is refused without the {@code application/json} type and with a foreign
 * {@code Origin}), and, from this computer, only under a loopback name ({@code 127.0.0.1},
 * {@code localhost}: no DNS rebinding). When serve listens on the network ({@code --host
 * 0.0.0.0}), another device must first open the address with the token printed in the terminal
 * ({@code /admin/?ma=…}); it gets a cookie, and without it the API and the admin page refuse.
 */
public final class CmsServer {
  static final String COOKIE = "camnang_cms";
  static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

  private final Path site;
  private final boolean networked;
  private final String token;
  private final LocalBackend backend;

  /**
   * @param host the address serve listens on
   */
  public CmsServer(Path site, String host) {
    this.site = site.toAbsolutePath().normalize();
    this.networked = !isLoopbackName(host);
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    this.token = HexFormat.of().formatHex(b);
    this.backend = new LocalBackend(this.site, this::collectionOfFolder);
  }

  /** Registers {@code /admin/} and {@code /api/v1} with the preview server. */
  public static CmsServer attach(BiConsumer<String, HttpHandler> route, Path site, String host) {
    CmsServer cms = new CmsServer(site, host);
    // Contexts match by prefix: "/admin/" leaves a site page such as /admin-guide/ to the site.
    route.accept("/admin/", cms::admin);
    route.accept("/api/v1", cms::api);
    return cms;
  }

  /** The line serve prints: where to edit, with the token when listening on the network. */
  public String banner(String shownHost, int port) {
    if (networked) {
      return "Biên tập trên máy khác: http://" + shownHost + ":" + port + "/admin/?ma=" + token
          + "  (giữ kín mã này; trên máy này: http://127.0.0.1:" + port + "/admin/)";
    }
    return "Biên tập trong trình duyệt: http://" + shownHost + ":" + port + "/admin/";
  }

  public String token() {
    return token;
  }

  /** The collection listing {@code folder} at {@code depth}, in the configuration as it is now. */
  private Map<String, Object> collectionOfFolder(String folder, int depth) {
    Map<String, Object> config = CmsConfig.generate(site, Map.of("name", "proxy"), null);
    if (config.get("collections") instanceof List<?> cs) {
      for (Object o : cs) {
        if (o instanceof Map<?, ?> m && folder.equals(m.get("folder"))) {
          int d = m.get("path") == null ? 1 : String.valueOf(m.get("path")).split("/").length;
          if (d == depth) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) m;
            return c;
          }
        }
      }
    }
    return null;
  }

  // ---- /admin/ --------------------------------------------------------------------------------

  private void admin(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String name = path.substring("/admin/".length());
      if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        send(ex, 405, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      if (!hostAllowed(ex)) {
        send(ex, 403, "text/plain; charset=utf-8", "Host not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String query = ex.getRequestURI().getRawQuery();
      if (name.isEmpty() && query != null && query.startsWith("ma=")) {
        if (constantTimeEquals(query.substring(3), token)) {
          ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
          ex.getResponseHeaders().set("Location", "/admin/");
          ex.sendResponseHeaders(303, -1);
          return;
        }
      }
      boolean needsToken = name.isEmpty() || name.equals("index.html") || name.equals("config.yml");
      if (needsToken && !authorised(ex)) {
        send(ex, 403, "text/html; charset=utf-8",
            ("<!doctype html><meta charset=utf-8><title>Cần mã</title><p>Trang biên tập chỉ mở được từ địa chỉ"
                + " có mã in trong cửa sổ lệnh của máy chạy <code>camnang serve</code>"
                + " (…/admin/?ma=…).</p>").getBytes(StandardCharsets.UTF_8));
        return;
      }
      String host = hostHeader(ex);
      switch (name) {
        case "", "index.html" -> {
          String csp = CmsAdmin.csp(List.of());
          ex.getResponseHeaders().set("Content-Security-Policy", csp + "; frame-ancestors 'none'");
          ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
          ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
          send(ex, 200, "text/html; charset=utf-8", CmsAdmin.indexHtml(csp).getBytes(StandardCharsets.UTF_8));
        }
        case "config.yml" -> {
          String base = "http://" + host + "/";
          Map<String, Object> backendBlock =
              CmsConfig.map("name", "proxy", "proxy_url", base + "api/v1", "branch", "main");
          Map<String, Object> config = CmsConfig.generate(site, backendBlock, base);
          send(ex, 200, "text/yaml; charset=utf-8", CmsConfig.yaml(config).getBytes(StandardCharsets.UTF_8));
        }
        default -> {
          if (!CmsAdmin.FILES.contains(name)) {
            send(ex, 404, "text/plain; charset=utf-8", new byte[0]);
            return;
          }
          String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8";
          ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
          send(ex, 200, type, CmsAdmin.resource(name));
        }
      }
    }
  }

  // ---- /api/v1 --------------------------------------------------------------------------------

  private void api(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!path.equals("/api/v1") && !path.equals("/api/v1/")) {
        json(ex, 404, Map.of("error", "not found"));
        return;
      }
      if (!ex.getRequestMethod().equals("POST")) {
        json(ex, 405, Map.of("error", "POST only"));
        return;
      }
      String type = ex.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        json(ex, 415, Map.of("error", "Content-Type must be application/json"));
        return;
      }
      if (!hostAllowed(ex) || !sameOrigin(ex)) {
        json(ex, 403, Map.of("error", "Không được phép: yêu cầu không đến từ trang biên tập (origin refused)"));
        return;
      }
      if (!authorised(ex)) {
        json(ex, 403, Map.of("error", "Không được phép: cần mở trang biên tập từ địa chỉ có mã in trong cửa sổ lệnh"));
        return;
      }
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes((int) MAX_REQUEST_BYTES + 1);
      }
      if (body.length > MAX_REQUEST_BYTES) {
        json(ex, 413, Map.of("error", "Yêu cầu quá lớn"));
        return;
      }
      LocalBackend.Reply r = backend.handle(new String(body, StandardCharsets.UTF_8));
      json(ex, r.status(), r.body());
    }
  }

  // ---- access ---------------------------------------------------------------------------------

  static boolean isLoopbackName(String host) {
    String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.equals("::1") || h.startsWith("127.");
  }

  private static String hostHeader(HttpExchange ex) {
    String h = ex.getRequestHeaders().getFirst("Host");
    return h == null ? "" : h.strip();
  }

  private static String hostName(String hostHeader) {
    if (hostHeader.startsWith("[")) {
      int end = hostHeader.indexOf(']');
      return end < 0 ? hostHeader : hostHeader.substring(0, end + 1);
    }
    int colon = hostHeader.lastIndexOf(':');
    return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
  }

  private static boolean fromLoopback(HttpExchange ex) {
    InetSocketAddress remote = ex.getRemoteAddress();
    InetAddress a = remote == null ? null : remote.getAddress();
    return a != null && a.isLoopbackAddress();
  }

  /** From this computer, only loopback names: a rebinding domain pointing at 127.0.0.1 is refused. */
  private boolean hostAllowed(HttpExchange ex) {
    String host = hostHeader(ex);
    if (host.isEmpty()) {
      return false;
    }
    return !fromLoopback(ex) || isLoopbackName(hostName(host));
  }

  private static boolean sameOrigin(HttpExchange ex) {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (origin == null) {
      return true; // not a browser's cross-site request (those always carry Origin on POST)
    }
    try {
      URI o = URI.create(origin);
      String host = hostHeader(ex);
      return ("http".equals(o.getScheme()) || "https".equals(o.getScheme()))
          && (o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Loopback clients are trusted like the terminal; others need the token's cookie. */
  private boolean authorised(HttpExchange ex) {
    if (!networked || fromLoopback(ex)) {
      return true;
    }
    List<String> cookies = ex.getRequestHeaders().get("Cookie");
    if (cookies == null) {
      return false;
    }
    for (String header : cookies) {
      for (String c : header.split(";")) {
        String s = c.strip();
        if (s.startsWith(COOKIE + "=") && constantTimeEquals(s.substring(COOKIE.length() + 1), token)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(HttpExchange ex, int status, Object body) throws IOException {
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    send(ex, status, "application/json; charset=utf-8", JsonValue.write(body).getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (!ex.getResponseHeaders().containsKey("Cache-Control")) {
      ex.getResponseHeaders().set("Cache-Control", "no-cache");
    }
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }
}
