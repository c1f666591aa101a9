package vn.camnang.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.camnang.diag.Messages;

/**
 * The local preview server: serves the built folder like a static host (folder URLs serve their
 * {@code index.html}, unknown paths {@code 404.html}), and adds live reload to HTML responses only
 * (the files on disk never contain it). Browsers listen on {@code /__camnang/events} (server-sent
 * events): {@code reload} after a good build, {@code status} with the errors of a bad one, shown as
 * an overlay until the next good build.
 */
public final class DevServer implements AutoCloseable {
  static final String PREFIX = "/__camnang/";
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("gif", "image/gif"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("webmanifest", "application/manifest+json"),
          Map.entry("ico", "image/x-icon"));

  private final HttpServer server;
  private final ExecutorService pool;
  private final Path root;
  private final Path source;
  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
  private volatile String statusJson = "{\"build\":0,\"ok\":true,\"errors\":[],\"warnings\":[]}";
  private volatile Messages messages = Messages.of(Messages.Lang.EN);
  private final byte[] liveJs;

  public DevServer(String host, int port, Path root, Path source) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.source = source;
    try (InputStream in = DevServer.class.getResourceAsStream("/camnang/serve/live.js")) {
      this.liveJs = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "camnang-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Adds a handler for a path prefix (longer prefixes win over the site's "/"); used by the CMS
   * ({@code vn.camnang.cms.CmsServer}) for {@code /admin/} and {@code /api/v1}.
   */
  public void route(String prefix, HttpHandler handler) {
    server.createContext(prefix, handler);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The language of the error box (the terminal's). */
  public void messages(Messages messages) {
    this.messages = messages;
  }

  /** Tells every open page about a build: reload it, or show/hide the error overlay. */
  public void announce(BuildStatus status) {
    statusJson = status.toJson(source, messages);
    send(status.ok() ? "reload" : "status", status.ok() ? Long.toString(status.build()) : statusJson);
  }

  private void send(String event, String data) {
    byte[] msg = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (OutputStream os : clients) {
      try {
        synchronized (os) {
          os.write(msg);
          os.flush();
        }
      } catch (IOException e) {
        clients.remove(os);
      }
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String path = URLDecoder.decode(ex.getRequestURI().getPath(), StandardCharsets.UTF_8);
      if (path.startsWith(PREFIX)) {
        internal(ex, path.substring(PREFIX.length()));
        return;
      }
      Path file = root.resolve(path.substring(1)).normalize();
      int status = 200;
      if (!file.startsWith(root)) {
        file = root.resolve("404.html");
        status = 404;
      } else if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          ex.getResponseHeaders().set("Location", path + "/");
          ex.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        file = root.resolve("404.html");
        status = 404;
        if (!Files.isRegularFile(file)) {
          respond(ex, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      byte[] body = Files.readAllBytes(file);
      if (ext.equals("html")) {
        body = inject(body);
      }
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      respond(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    } catch (IOException | RuntimeException e) {
      respond(ex, 500, "text/plain; charset=utf-8", ("error: " + e).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void internal(HttpExchange ex, String what) throws IOException {
    switch (what) {
      case "live.js" -> respond(ex, 200, "text/javascript; charset=utf-8", liveJs);
      case "status" -> respond(ex, 200, "application/json; charset=utf-8", statusJson.getBytes(StandardCharsets.UTF_8));
      case "events" -> {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream os = ex.getResponseBody();
        synchronized (os) {
          clients.add(os); // kept open; written by announce()
          os.write(("retry: 500\nevent: hello\ndata: " + statusJson + "\n\n").getBytes(StandardCharsets.UTF_8));
          os.flush();
        }
      }
      default -> respond(ex, 404, "text/plain; charset=utf-8", new byte[0]);
    }
  }

  private static byte[] inject(byte[] html) {
    String s = new String(html, StandardCharsets.UTF_8);
    String tag = "<script src=\"" + PREFIX + "live.js\" defer></script>";
    int i = s.lastIndexOf("</body>");
    s = i < 0 ? s + tag : s.substring(0, i) + tag + s.substring(i);
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }

  @Override
  public void close() {
    for (OutputStream os : clients) {
      try {
        os.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    server.stop(0);
    pool.shutdownNow();
  }
}
