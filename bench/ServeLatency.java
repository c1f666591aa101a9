import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edit-to-reload latency of {@code camnang serve}: starts the server on a free port, listens on
 * {@code /__camnang/events} (server-sent events), appends a paragraph to one guide and measures from
 * just before the write to the arrival of the {@code event: reload} line. After each reload it fetches
 * the guide and checks that the new paragraph is there (outside the timing).
 *
 * <pre>
 * java bench/ServeLatency.java --jar target/camnang.jar --source SITE --guide REL/PATH/index.md
 *      --url-path topic/guide/ [--repeats 7] [--warmup 1] [--gap-ms 1000] [--jvm-flags "..."] [--log FILE]
 * </pre>
 *
 * Prints one JSON object on stdout: startupMs (start → "Xem trang tại"), warmup and samples in ms,
 * and whether every edit was visible in the served page.
 */
public final class ServeLatency {
  private static final Pattern SERVER_MS = Pattern.compile("Đã cập nhật \\d+ tệp \\((\\d+) ms\\)");
  private static final Pattern READY = Pattern.compile("Xem trang tại http://[^:/]+:(\\d+)/");

  record Line(long nanos, String text) {}

  public static void main(String[] args) throws Exception {
    String jar = "target/camnang.jar";
    Path source = null;
    String guide = null;
    String urlPath = null;
    int repeats = 7;
    int warmup = 1;
    long gapMs = 1000;
    String jvmFlags = "";
    Path log = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = args[++i];
        case "--source" -> source = Path.of(args[++i]);
        case "--guide" -> guide = args[++i];
        case "--url-path" -> urlPath = args[++i];
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--gap-ms" -> gapMs = Long.parseLong(args[++i]);
        case "--jvm-flags" -> jvmFlags = args[++i];
        case "--log" -> log = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (source == null || guide == null || urlPath == null) {
      System.err.println("usage: java bench/ServeLatency.java --source SITE --guide REL --url-path topic/guide/");
      System.exit(2);
    }
    Path guideFile = source.resolve(guide);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String f : jvmFlags.trim().split("\\s+")) {
      if (!f.isEmpty()) {
        cmd.add(f);
      }
    }
    cmd.addAll(List.of("-jar", jar, "serve", "--source", source.toString(), "--port", "0"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectErrorStream(true);
    long start = System.nanoTime();
    Process proc = pb.start();
    BlockingQueue<Line> serverOut = new LinkedBlockingQueue<>();
    Path logFile = log;
    Thread pump = new Thread(() -> pumpServer(proc.getInputStream(), serverOut, logFile), "server-out");
    pump.setDaemon(true);
    pump.start();
    int port = -1;
    long startupMs = -1;
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (port < 0) {
        Line l = serverOut.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (l == null) {
          throw new IllegalStateException("serve did not print its address within 10 minutes");
        }
        if (l.text == null) {
          throw new IllegalStateException("serve exited before printing its address (see its log)");
        }
        Matcher m = READY.matcher(l.text);
        if (m.find()) {
          port = Integer.parseInt(m.group(1));
          startupMs = (l.nanos - start) / 1_000_000;
        }
      }
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<InputStream> events =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__camnang/events")).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      BlockingQueue<Line> sse = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> pumpSse(events.body(), sse), "sse");
      reader.setDaemon(true);
      reader.start();
      waitFor(sse, "event: hello", 30_000);

      List<Long> warm = new ArrayList<>();
      List<Long> samples = new ArrayList<>();
      List<Long> serverSamples = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      boolean allVisible = true;
      for (int k = 1; k <= warmup + repeats; k++) {
        Thread.sleep(gapMs);
        sse.clear();
        while (serverOut.poll() != null) {
          // drop server lines from before this edit
        }
        String marker = String.format(Locale.ROOT, "Đoạn sửa thử số %d của bộ đo độ trễ", k);
        byte[] append = ("\n" + marker + ": bà con đọc lại bài này sau khi sửa.\n").getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Files.write(guideFile, append, StandardOpenOption.APPEND);
        Line got = waitForAny(sse, List.of("event: reload", "event: status"), 60_000);
        long ms = got == null ? -1 : (got.nanos - t0) / 1_000_000;
        if (got == null || !got.text.startsWith("event: reload")) {
          failures.add("edit " + k + ": " + (got == null ? "no event within 60 s" : "got " + got.text));
          continue;
        }
        (k <= warmup ? warm : samples).add(ms);
        // the server's own figure for this rebuild ("Đã cập nhật 1 tệp (N ms)"), printed just before the event
        Line sl;
        long serverMs = -1;
        while ((sl = serverOut.poll(300, TimeUnit.MILLISECONDS)) != null && sl.text != null) {
          Matcher sm = SERVER_MS.matcher(sl.text);
          if (sm.find()) {
            serverMs = Long.parseLong(sm.group(1));
            break;
          }
        }
        if (k > warmup) {
          serverSamples.add(serverMs);
        }
        HttpResponse<String> page =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + urlPath)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!page.body().contains(marker)) {
          allVisible = false;
          failures.add("edit " + k + ": reloaded page does not contain the new paragraph");
        }
      }
      StringBuilder json = new StringBuilder("{");
      json.append("\"port\": ").append(port);
      json.append(", \"startupMs\": ").append(startupMs);
      json.append(", \"warmupMs\": ").append(warm);
      json.append(", \"samplesMs\": ").append(samples);
      json.append(", \"serverMs\": ").append(serverSamples);
      json.append(", \"allVisible\": ").append(allVisible);
      json.append(", \"failures\": [");
      for (int i = 0; i < failures.size(); i++) {
        json.append(i == 0 ? "" : ", ").append('"').append(failures.get(i).replace("\"", "'")).append('"');
      }
      json.append("]}");
      System.out.println(json);
    } finally {
      proc.destroy(); // SIGTERM: serve's shutdown hook removes its temporary folder
      if (!proc.waitFor(20, TimeUnit.SECONDS)) {
        proc.destroyForcibly();
        proc.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static void pumpServer(InputStream in, BlockingQueue<Line> q, Path log) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      while ((s = r.readLine()) != null) {
        q.add(new Line(System.nanoTime(), s));
        if (log != null) {
          Files.writeString(log, s + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
      }
    } catch (IOException e) {
      // process ended
    }
    q.add(new Line(System.nanoTime(), null));
  }

  private static void pumpSse(InputStream in, BlockingQueue<Line> q) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      while ((s = r.readLine()) != null) {
        q.add(new Line(System.nanoTime(), s));
      }
    } catch (IOException e) {
      // stream closed
    }
  }

  private static Line waitFor(BlockingQueue<Line> q, String prefix, long timeoutMs) throws InterruptedException {
    Line l = waitForAny(q, List.of(prefix), timeoutMs);
    if (l == null) {
      throw new IllegalStateException("no '" + prefix + "' within " + timeoutMs + " ms");
    }
    return l;
  }

  private static Line waitForAny(BlockingQueue<Line> q, List<String> prefixes, long timeoutMs) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Line l = q.poll(left, TimeUnit.NANOSECONDS);
      if (l == null) {
        return null;
      }
      for (String p : prefixes) {
        if (l.text.startsWith(p)) {
          return l;
        }
      }
    }
  }
}
