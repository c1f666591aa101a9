package vn.camnang.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import vn.camnang.TestSites;
import vn.camnang.serve.DevServer;
import vn.camnang.serve.ServeSession;
import vn.camnang.serve.SourceWatcher;
import vn.camnang.site.BuildOptions;

/**
 * A copy of a fixture site under {@code serve}, wired as {@code ServeCommand} wires it: a session
 * that builds into {@code served/} and announces each rebuild to the dev server, a watcher feeding
 * it the editor's saves. Closing stops the watcher and the server.
 */
final class ServedSite implements AutoCloseable {
  final Path site;
  final DevServer server;
  private final SourceWatcher watcher;

  private ServedSite(Path site, DevServer server, SourceWatcher watcher) {
    this.site = site;
    this.server = server;
    this.watcher = watcher;
  }

  /** Copies fixture {@code name} into {@code tmp}, builds it and serves it on a free port. */
  static ServedSite start(String name, Path tmp) throws IOException {
    Path site = TestSites.copy(name, tmp);
    Path out = tmp.resolve("served");
    DevServer[] server = new DevServer[1];
    ServeSession session =
        new ServeSession(new BuildOptions(site, out, null, false), s -> {
          if (server[0] != null) {
            server[0].announce(s);
          }
        });
    assertTrue(session.fullBuild().ok());
    server[0] = new DevServer("127.0.0.1", 0, out, site);
    return new ServedSite(site, server[0], new SourceWatcher(site, 50, session::onChange));
  }

  /** The address of the served site, without a trailing slash. */
  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() throws IOException {
    try {
      watcher.close();
    } finally {
      server.close();
    }
  }
}
