package vn.camnang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.camnang.cms.CmsServer;
import vn.camnang.diag.DiagnosticPrinter;
import vn.camnang.diag.Messages;
import vn.camnang.serve.BuildStatus;
import vn.camnang.serve.DevServer;
import vn.camnang.serve.ServeSession;
import vn.camnang.serve.SourceWatcher;
import vn.camnang.site.BuildOptions;

/** {@code camnang serve}: builds, serves with live reload, rebuilds on every save. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Builds the site, serves it at http://127.0.0.1:8080/ and reloads the page on every save.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "Site folder (default: current folder).")
  Path source;

  @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 shows the site to phones on the same Wi-Fi.")
  String host;

  @Option(names = "--base-url", paramLabel = "URL", description = "Overrides baseUrl from site.yaml.")
  String baseUrl;

  @Mixin LangOption langOption = new LangOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path workingDir;

  ServeCommand(PrintWriter out, PrintWriter err, Path workingDir) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port " + port + " is not a port number: use 1 to 65535, e.g. --port 8081");
    }
    Path src = LangOption.siteDir(spec, workingDir, source);
    Path served = Files.createTempDirectory("camnang-serve-");
    Messages messages = langOption.messages(src);
    DiagnosticPrinter printer = new DiagnosticPrinter(err, workingDir, messages);
    CountDownLatch stopped = new CountDownLatch(1);
    DevServer[] server = new DevServer[1];
    ServeSession session =
        new ServeSession(
            new BuildOptions(src, served, baseUrl, false),
            status -> report(status, printer, server[0]));
    BuildStatus first = session.fullBuild();
    try {
      server[0] = new DevServer(host, port, served, src);
      server[0].messages(messages);
      server[0].announce(first); // the first build's errors and warnings, for pages opened now
    } catch (BindException e) {
      err.println("camnang: cổng " + port + " đang bận (port in use): thử --port 8081");
      err.flush();
      return Main.USAGE;
    }
    String shown = host.equals("0.0.0.0") ? "<địa chỉ IP của máy>" : host;
    out.printf("Xem trang tại http://%s:%d/  (Ctrl-C để dừng)%n", shown, server[0].port());
    out.println(CmsServer.attach(server[0]::route, src, host).banner(shown, server[0].port()));
    if (!first.ok()) {
      out.println("Trang chưa tạo được: sửa lỗi ở trên, trang sẽ tự tải lại.");
    }
    out.flush();
    SourceWatcher watcher =
        new SourceWatcher(src, 60, batch -> session.onChange(batch));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    watcher.close();
                  } catch (IOException e) {
                    // stopping anyway
                  }
                  server[0].close();
                  try {
                    deleteTree(served); // the preview copy is temporary
                  } catch (IOException e) {
                    // a leftover in the temp folder is harmless
                  }
                  out.println("Đã dừng.");
                  out.flush();
                  stopped.countDown();
                }));
    stopped.await();
    return Main.OK;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void report(BuildStatus status, DiagnosticPrinter printer, DevServer server) {
    if (status.ok()) {
      printer.print(status.diagnostics());
      out.printf("Đã cập nhật %d tệp (%d ms)%n", status.changed().size(), status.millis());
    } else {
      printer.print(status.diagnostics());
      err.println("Lỗi: trang vẫn giữ bản đúng gần nhất; lỗi hiện trên trình duyệt.");
    }
    out.flush();
    err.flush();
    if (server != null) {
      server.announce(status);
    }
  }
}
