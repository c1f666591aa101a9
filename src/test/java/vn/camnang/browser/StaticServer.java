package vn.camnang.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal static file server for browser tests, on 127.0.0.1 and a free port, serving a built site
 * the way a plain static host would (folder URLs serve their index.html, unknown paths 404.html).
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "xml", "application/xml",
          "txt", "text/plain; charset=utf-8",
          "webp", "image/webp",
          "webmanifest", "application/manifest+json");

  private final HttpServer server;
  private final String base;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
          });
  private volatile Duration htmlDelay = Duration.ZERO;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private boolean stopped;

  StaticServer(Path root) throws IOException {
    this(root, "/");
  }

  /** Serves the site under a sub-path, {@code base} (such as {@code "/tap-huan/camnang/"}). */
  StaticServer(Path root, String base) throws IOException {
    this.base = base;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        base,
        exchange -> {
          String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
          requests.add(path);
          Path file = root.resolve(path.substring(base.length())).normalize();
          if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          int status = 200;
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
          }
          byte[] body = Files.readAllBytes(file);
          String name = file.getFileName().toString();
          String ext = name.substring(name.lastIndexOf('.') + 1);
          if (ext.equals("html") && !htmlDelay.isZero()) {
            try {
              Thread.sleep(htmlDelay.toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
          exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        });
    server.setExecutor(pool);
    server.start();
  }

  /** Makes every HTML answer wait this long from now on: a very slow village network. */
  void delayHtml(Duration delay) {
    htmlDelay = delay;
  }

  /** Every path asked for so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + base;
  }

  /** Stops serving (a second call does nothing): the tests' way to take the network away. */
  @Override
  public void close() {
    if (!stopped) {
      stopped = true;
      server.stop(0);
      pool.shutdownNow();
    }
  }
}
