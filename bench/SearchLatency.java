import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Query latency of the real search client ({@code assets/js/search.js}) on built sites, in headless
 * Chromium at a phone's size, and the size of the search index. Run it through {@code
 * bench/search-latency.sh}.
 *
 * <pre>
 * SearchLatency --site 1000=DIR --site 10000=DIR [--cold 5] [--warm 10] [--profiles local,phone]
 *               [--queries "chu ky so|dang ky|vssid mat khau|đường"] --report FILE
 * </pre>
 *
 * Every site is served by one small HTTP server (like src/test/.../StaticServer.java, plus gzip as
 * a real static host would, and {@code sw.js} answered 404 so no service worker caches anything
 * between samples). The browser is started with the options of src/test/.../Browser.java.
 *
 * <p>Measurements, all with {@code performance.now()} in the page; "rendered" = the result list
 * and status are in the DOM and a forced style/layout has run:
 *
 * <ul>
 *   <li><b>cold</b>: fresh load of the home page, HTTP cache cleared and disabled; the query is put
 *       in the untouched box and an {@code input} event fired. Includes loading search.js (site.js
 *       loads it on first use), meta.js, the word shards and the excerpt files, then ranking and
 *       rendering — the first query of a reader who pastes a query or arrives with {@code ?q=}.
 *   <li><b>first after focus</b>: fresh load; the box is focused (site.js loads search.js, which
 *       loads meta.js) and, once meta.js is in, the query is submitted (Enter). Shards + excerpts +
 *       ranking + rendering: the first query of a reader who taps the box, then types.
 *   <li><b>warm</b>: the same query submitted again on that page (everything loaded): ranking +
 *       rendering.
 *   <li><b>engine</b>: {@code window.camnangSearch.query()} alone, warm (ranking only, no DOM).
 * </ul>
 *
 * Enter is used rather than typed characters: typing adds search.js's fixed 150 ms debounce.
 * Sites are interleaved (their order alternates per repetition); medians are reported.
 *
 * <p>Profiles: {@code local} (no throttling) and {@code phone} (CDP: CPU 4× slower, network 150 ms
 * RTT, 1.6 Mbit/s down, 750 kbit/s up — a cheap phone on a fair 3G/4G link).
 */
public final class SearchLatency {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** A built site, served under {@code base}; {@code page} is the guide opened for every sample. */
  record Site(String name, Path root, String base, String page) {
    static Site of(String name, Path root) throws IOException {
      String meta = Files.readString(root.resolve("search/meta.js"));
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\\[\"([^\"/]+/[^\"/]+/)\",").matcher(meta);
      if (!m.find()) {
        throw new IllegalStateException("no guide URL in " + root.resolve("search/meta.js"));
      }
      return new Site(name, root, "/n" + name + "/", m.group(1));
    }
  }

  /**
   * bytes[]: gzip bytes of search.js, meta.js, word shards, excerpt files loaded by the query.
   * pairFirst: the other list's first result when a first list came from the titles (early ↔ full),
   * else null.
   */
  record Sample(String profile, String mode, String site, String query, double dom, double layout,
      int results, String status, String first, long bytesGzip, int files, long[] bytes, int[] count,
      String pairFirst) {
    Sample(String profile, String mode, String site, String query, double dom, double layout, int results,
        String status, String first, long bytesGzip, int files, long[] bytes, int[] count) {
      this(profile, mode, site, query, dom, layout, results, status, first, bytesGzip, files, bytes, count, null);
    }
  }

  public static void main(String[] args) throws Exception {
    List<Site> sites = new ArrayList<>();
    int cold = 5;
    boolean coldMode = true; // --no-cold: "first after focus" samples only (cold repetitions still count)
    int warm = 10;
    List<String> profiles = List.of("local", "phone");
    List<String> queries = List.of("chu ky so", "dang ky", "vssid mat khau", "đường");
    Path report = null;
    Path hitsSite = null;
    Path table = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--site" -> {
          String[] kv = args[++i].split("=", 2);
          sites.add(Site.of(kv[0], Path.of(kv[1]).toAbsolutePath().normalize()));
        }
        case "--cold" -> cold = Integer.parseInt(args[++i]);
        case "--no-cold" -> coldMode = false;
        case "--warm" -> warm = Integer.parseInt(args[++i]);
        case "--profiles" -> profiles = List.of(args[++i].split(","));
        case "--queries" -> queries = List.of(args[++i].split("\\|"));
        case "--report" -> report = Path.of(args[++i]);
        case "--hits" -> hitsSite = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--table" -> table = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (sites.isEmpty() || report == null) {
      System.err.println("usage: SearchLatency --site NAME=DIR ... --report FILE");
      System.exit(2);
    }

    StringBuilder md = new StringBuilder();
    if (hitsSite != null && table != null) {
      md.append(hitRates(hitsSite, table));
    }
    md.append(indexSizes(sites));

    List<Sample> samples = new ArrayList<>();
    Path profileDir = Files.createTempDirectory("searchlatency-profile");
    try (Server server = new Server(sites)) {
      ChromeDriver driver = startBrowser(profileDir);
      try {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.executeCdpCommand("Network.enable", Map.of());
        for (String profile : profiles) {
          throttle(driver, profile);
          for (int rep = 0; rep < cold; rep++) {
            List<Site> order = new ArrayList<>(sites);
            if (rep % 2 == 1) {
              java.util.Collections.reverse(order);
            }
            for (String q : queries) {
              for (Site s : order) {
                if (coldMode) {
                  samples.add(coldQuery(driver, server, s, q, profile));
                  samples.add(lastFull);
                }
                samples.add(afterFocus(driver, server, s, q, profile));
                samples.add(lastFull);
              }
            }
            System.out.printf(Locale.ROOT, "%s: cold repetition %d/%d done%n", profile, rep + 1, cold);
          }
          List<Site> order = new ArrayList<>(sites);
          for (int round = 0; round < 2; round++) { // two warm pages per site, order alternating
            for (Site s : order) {
              samples.addAll(warmQueries(driver, server, s, queries, profile, (warm + 1) / 2));
            }
            java.util.Collections.reverse(order);
          }
          System.out.printf(Locale.ROOT, "%s: warm done%n", profile);
        }
      } finally {
        driver.quit();
        deleteTree(profileDir);
      }
    }

    List<String> problems = new ArrayList<>();
    for (Sample s : samples) {
      if (s.results() <= 0) {
        problems.add(s.profile() + " " + s.mode() + " " + s.site() + " '" + s.query() + "': " + s.status());
      }
    }
    md.append(latencyTables(samples, sites, queries, profiles));
    md.append(bytesTable(samples, sites, queries, profiles.get(0)));
    long early = samples.stream().filter(x -> x.pairFirst() != null && !x.mode().endsWith("(full list)")).count();
    long same = samples.stream()
        .filter(x -> x.pairFirst() != null && !x.mode().endsWith("(full list)") && x.first().equals(x.pairFirst()))
        .count();
    md.append(String.format(Locale.ROOT, "%nFirst lists drawn from the titles (a big site, shards still loading): %d of"
        + " %d samples; their first result is the full list's first in %d.%n", early,
        samples.stream().filter(x -> !x.mode().endsWith("(full list)") && !x.mode().equals("engine")).count(), same));
    md.append("\nChecks: every sample returned results: ")
        .append(problems.isEmpty() ? "yes" : "**no** (" + problems.size() + " empty)").append(".\n");
    md.append("\nTop result and count per query (last cold sample, `" + profiles.get(0) + "`; 20 are shown):\n\n| site | query | results | status line | first result |\n|---|---|---:|---|---|\n");
    String firstProfile = profiles.get(0);
    for (String q : queries) {
      for (Site s : sites) {
        samples.stream()
            .filter(x -> x.profile().equals(firstProfile) && x.mode().equals("cold")
                && x.site().equals(s.name()) && x.query().equals(q))
            .reduce((a, b) -> b)
            .ifPresent(x -> md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s |%n",
                s.name(), q, x.results(), x.status(), x.first())));
      }
    }
    md.append("\nRun at ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append('\n');
    Files.writeString(report, md.toString());
    StringBuilder raw = new StringBuilder("profile\tmode\tsite\tquery\tdom_ms\tlayout_ms\tresults\tbytes_gzip\tfiles\n");
    for (Sample s : samples) {
      raw.append(String.join("\t", s.profile(), s.mode(), s.site(), s.query(),
          String.format(Locale.ROOT, "%.1f", s.dom()), String.format(Locale.ROOT, "%.1f", s.layout()),
          Integer.toString(s.results()), Long.toString(s.bytesGzip()), Integer.toString(s.files()))).append('\n');
    }
    Files.writeString(Path.of(report + ".tsv"), raw.toString());
    System.out.println();
    System.out.print(md);
    problems.forEach(p -> System.err.println("CHECK FAILED: " + p));
    if (!problems.isEmpty()) {
      System.exit(1);
    }
  }

  /**
   * Top-1 and top-3 hit rates of the query table (query TAB expected URL) on a built site (the
   * bundled one), through the real search.js: {@code camnangSearch.query()} in the page.
   */
  static String hitRates(Path site, Path table) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(table)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    Site s = new Site("bundled", site, "/bundled/", "vssid/");
    Path profileDir = Files.createTempDirectory("searchhits-profile");
    int top1 = 0;
    int top3 = 0;
    StringBuilder misses = new StringBuilder();
    try (Server server = new Server(List.of(s))) {
      ChromeDriver d = startBrowser(profileDir);
      try {
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        d.get(server.url(s) + s.page());
        d.findElement(org.openqa.selenium.By.id("tim")).click();
        waitFor(d, "return !!(window.camnangSearch)", 30_000);
        for (String[] r : rows) {
          @SuppressWarnings("unchecked")
          List<String> urls = (List<String>) d.executeAsyncScript(
              "var done = arguments[1]; camnangSearch.query(arguments[0], function (r) {"
                  + " done(r.list.slice(0, 3).map(function (x) { return x.url; })); });", r[0]);
          int at = urls.indexOf(r[1].strip());
          top1 += at == 0 ? 1 : 0;
          top3 += at >= 0 ? 1 : 0;
          if (at != 0) {
            misses.append("- `").append(r[0]).append("` → `").append(r[1]).append("`: got ").append(urls).append('\n');
          }
        }
      } finally {
        d.quit();
        deleteTree(profileDir);
      }
    }
    String out = String.format(Locale.ROOT,
        "### Query table hit rates (bundled site, real search.js)%n%n%d queries from `%s`: **top-1 %d/%d (%.1f%%)**, "
            + "**top-3 %d/%d (%.1f%%)**.%n%n%s%n",
        rows.size(), table, top1, rows.size(), 100.0 * top1 / rows.size(), top3, rows.size(),
        100.0 * top3 / rows.size(), misses.length() == 0 ? "No miss." : "Misses:\n" + misses);
    System.out.print(out);
    return out;
  }

  // ---- browser ---------------------------------------------------------------------------------

  /** The options of src/test/java/vn/camnang/browser/Browser.java. */
  static ChromeDriver startBrowser(Path userDataDir) throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("apt-get install -y chromium chromium-driver");
    }
    Files.createDirectories(userDataDir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--hide-scrollbars",
        "--window-size=390,844",
        "--user-data-dir=" + userDataDir.toAbsolutePath());
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of(
            "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
            "userAgent",
            "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/156.0 Mobile Safari/537.36"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  static void throttle(ChromeDriver d, String profile) {
    boolean phone = profile.equals("phone");
    d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", phone ? 4 : 1));
    d.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", false,
            "latency", phone ? 150 : 0,
            "downloadThroughput", phone ? 1_600_000 / 8 : -1,
            "uploadThroughput", phone ? 750_000 / 8 : -1));
  }

  static void freshLoad(ChromeDriver d, Server server, Site s) throws InterruptedException {
    d.executeCdpCommand("Network.clearBrowserCache", Map.of());
    d.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    d.get(server.url(s) + s.page());
    waitFor(d, "return document.readyState === 'complete'", 60_000);
    Thread.sleep(100);
  }

  static void waitFor(ChromeDriver d, String js, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (!Boolean.TRUE.equals(d.executeScript(js))) {
      if (System.currentTimeMillis() > end) {
        throw new IllegalStateException("timed out waiting for: " + js);
      }
      Thread.sleep(20);
    }
  }

  /** Shared by every measurement: resolves when the results are in the DOM. */
  static final String MEASURE =
      """
      var text = arguments[0], how = arguments[1], done = arguments[arguments.length - 1];
      var input = document.getElementById('tim');
      var form = input.form;
      var box = document.getElementById('ket-qua-tim');
      var st = box.querySelector('.search-status');
      st.textContent = '';
      var old = box.querySelector('.search-list');
      if (old) old.textContent = '';
      var before = performance.getEntriesByType('resource').length, t0;
      function ready() {
        var list = box.querySelector('.search-list');
        return st.textContent && ((list && list.children.length) || /Không/.test(st.textContent));
      }
      function finish() {
        var t1 = performance.now();
        void document.body.offsetHeight; // style + layout of the results
        var t2 = performance.now();
        var files = performance.getEntriesByType('resource').slice(before)
          .map(function (e) { return e.name; })
          .filter(function (n) { return /\\/search\\/|search[.][0-9a-f]*[.]?js/.test(n); });
        var a = box.querySelector('.search-list .card-title');
        done({dom: t1 - t0, layout: t2 - t0, status: st.textContent, early: early,
              results: box.querySelectorAll('.search-list li').length,
              first: a ? a.textContent : '', files: files});
      }
      // a big site shows a first list from the titles ("đang tìm tiếp"), then the full list
      var early = null;
      var obs = new MutationObserver(function () {
        if (!ready()) return;
        if (/đang tìm tiếp/.test(st.textContent)) {
          if (!early) {
            var e1 = performance.now();
            void document.body.offsetHeight;
            var a = box.querySelector('.search-list .card-title');
            early = {dom: e1 - t0, layout: performance.now() - t0, first: a ? a.textContent : ''};
          }
          return;
        }
        obs.disconnect();
        obs.taken = true;
        finish();
      });
      setTimeout(function () { // a sample that never finishes is reported, not waited for
        if (!obs.taken) { obs.disconnect(); done({dom: -1, layout: -1, status: 'timed out: ' + st.textContent,
          early: early, results: 0, first: '', files: []}); }
      }, 90000);
      t0 = performance.now();
      input.value = text;
      if (how === 'input') {
        input.dispatchEvent(new Event('input', {bubbles: true}));
      } else {
        form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}));
      }
      """;

  static Sample measure(ChromeDriver d, Server server, Site s, String q, String profile, String mode,
      String how) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) d.executeAsyncScript(MEASURE, q, how);
    @SuppressWarnings("unchecked")
    List<String> files = (List<String>) r.get("files");
    long bytes = 0;
    long[] kind = new long[4];
    int[] count = new int[4];
    for (String url : files) {
      long b = server.gzipSize(url);
      bytes += b;
      int k = url.contains("/search/meta.js") ? 1 : url.contains("/search/t/") ? 2
          : url.contains("/search/x/") ? 3 : 0;
      kind[k] += b;
      count[k]++;
    }
    String status = String.valueOf(r.get("status"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) (kết quả|bài có gần đủ)").matcher(status);
    int shown = ((Number) r.get("results")).intValue();
    int total = m.find() ? Integer.parseInt(m.group(1)) : shown;
    @SuppressWarnings("unchecked")
    Map<String, Object> early = (Map<String, Object>) r.get("early");
    Sample full = new Sample(profile, mode + " (full list)", s.name(), q, num(r.get("dom")), num(r.get("layout")),
        total, status, String.valueOf(r.get("first")), bytes, files.size(), kind, count,
        early == null ? null : String.valueOf(early.get("first")));
    lastFull = full;
    if (early == null) {
      return new Sample(profile, mode, s.name(), q, full.dom(), full.layout(), total, status, full.first(), bytes,
          files.size(), kind, count);
    }
    return new Sample(profile, mode, s.name(), q, num(early.get("dom")), num(early.get("layout")), total,
        status, String.valueOf(early.get("first")), bytes, files.size(), kind, count, full.first());
  }

  /** The full-list sample of the last {@link #measure} (its first list is what measure returns). */
  static Sample lastFull;

  static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  static Sample coldQuery(ChromeDriver d, Server server, Site s, String q, String profile)
      throws InterruptedException {
    freshLoad(d, server, s);
    return measure(d, server, s, q, profile, "cold", "input");
  }

  static Sample afterFocus(ChromeDriver d, Server server, Site s, String q, String profile)
      throws InterruptedException {
    freshLoad(d, server, s);
    d.executeScript("document.getElementById('tim').focus();");
    waitFor(d, "return !!window.camnangSearch && performance.getEntriesByType('resource')"
        + ".some(function (e) { return /\\/search\\/meta[.]js/.test(e.name) && e.responseEnd > 0; })", 60_000);
    Thread.sleep(300); // meta.js evaluated
    return measure(d, server, s, q, profile, "first after focus", "submit");
  }

  static List<Sample> warmQueries(ChromeDriver d, Server server, Site s, List<String> queries,
      String profile, int reps) throws InterruptedException {
    List<Sample> out = new ArrayList<>();
    freshLoad(d, server, s);
    d.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    d.executeScript("document.getElementById('tim').focus();");
    waitFor(d, "return !!window.camnangSearch", 60_000);
    for (String q : queries) {
      measure(d, server, s, q, profile, "prime", "submit"); // loads this query's files
      for (int i = 0; i < reps; i++) {
        out.add(measure(d, server, s, q, profile, "warm", "submit"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) d.executeScript(
          """
          var t = [], n = 0;
          for (var i = 0; i < arguments[1]; i++) {
            var t0 = performance.now();
            window.camnangSearch.query(arguments[0], function (r) { n = r.list.length; });
            t.push(performance.now() - t0);
          }
          return {t: t, n: n};
          """, q, reps * 2);
      @SuppressWarnings("unchecked")
      List<Number> times = (List<Number>) r.get("t");
      int n = ((Number) r.get("n")).intValue();
      for (Number t : times) {
        out.add(new Sample(profile, "engine", s.name(), q, t.doubleValue(), t.doubleValue(), n, "", "", 0,
            0, new long[4], new int[4]));
      }
    }
    return out;
  }

  // ---- report ----------------------------------------------------------------------------------

  static String latencyTables(List<Sample> samples, List<Site> sites, List<String> queries,
      List<String> profiles) {
    StringBuilder md = new StringBuilder();
    Site small = sites.get(0);
    Site big = sites.get(sites.size() - 1);
    for (String profile : profiles) {
      md.append("\n### Query latency, profile `").append(profile).append("`")
          .append(profile.equals("phone") ? " (CPU 4× slower, 150 ms RTT, 1.6 Mbit/s)" : " (no throttling)")
          .append("\n\nMedian ms from input to results rendered (in DOM + layout); `engine` = ")
          .append("`camnangSearch.query()` alone. n = samples per cell.\n\n");
      md.append("| mode | query |");
      for (Site s : sites) {
        md.append(' ').append(s.name()).append(" guides (ms) |");
      }
      md.append(" ratio ").append(big.name()).append(" / ").append(small.name())
          .append(" | n | search bytes loaded, gzip (").append(small.name()).append(" → ").append(big.name())
          .append(") |\n|---|---|");
      md.append("---:|".repeat(sites.size())).append("---:|---:|---:|\n");
      for (String mode : List.of("cold", "cold (full list)", "first after focus", "first after focus (full list)",
          "warm", "engine")) {
        List<Double> ratios = new ArrayList<>();
        for (String q : queries) {
          md.append("| ").append(mode).append(" | ").append(q).append(" |");
          double[] med = new double[sites.size()];
          int n = 0;
          long[] bytes = new long[sites.size()];
          for (int i = 0; i < sites.size(); i++) {
            List<Sample> cell = cell(samples, profile, mode, sites.get(i).name(), q);
            n = cell.size();
            med[i] = median(cell.stream().mapToDouble(x -> mode.equals("engine") ? x.dom() : x.layout()).toArray());
            bytes[i] = (long) median(cell.stream().mapToDouble(Sample::bytesGzip).toArray());
            md.append(String.format(Locale.ROOT, mode.equals("engine") || med[i] < 10 ? " %.2f |" : " %.0f |", med[i]));
          }
          double ratio = med[sites.size() - 1] / med[0];
          ratios.add(ratio);
          md.append(String.format(Locale.ROOT, " %.2f× | %d | %s |%n", ratio, n,
              mode.equals("engine") || mode.equals("warm") ? "0"
                  : Arrays.stream(bytes).mapToObj(b -> String.format(Locale.ROOT, "%.1f KB", b / 1024.0))
                      .collect(Collectors.joining(" → "))));
        }
        double geo = Math.exp(ratios.stream().mapToDouble(Math::log).average().orElse(0));
        md.append(String.format(Locale.ROOT, "| %s | *geometric mean of the ratios* | | | **%.2f×** | | |%n", mode, geo));
      }
    }
    return md.toString();
  }

  /** What the first query downloads, by kind (medians over the cold samples). */
  static String bytesTable(List<Sample> samples, List<Site> sites, List<String> queries, String profile) {
    StringBuilder md = new StringBuilder(
        "\n### What the first (cold) query downloads, gzip, median per query (`" + profile + "` samples)\n\n"
            + "| guides | query | search.js | meta.js | word shards (files) | excerpt files (files) | total |\n"
            + "|---:|---|---:|---:|---:|---:|---:|\n");
    for (Site s : sites) {
      for (String q : queries) {
        List<Sample> c = cell(samples, profile, "cold", s.name(), q);
        double[] med = new double[4];
        double[] cnt = new double[4];
        for (int k = 0; k < 4; k++) {
          int kk = k;
          med[k] = median(c.stream().mapToDouble(x -> x.bytes()[kk]).toArray());
          cnt[k] = median(c.stream().mapToDouble(x -> x.count()[kk]).toArray());
        }
        md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f KB | %.1f KB | %.1f KB (%.0f) | %.1f KB (%.0f) | %.1f KB |%n",
            Integer.parseInt(s.name()), q, med[0] / 1024, med[1] / 1024, med[2] / 1024, cnt[2], med[3] / 1024, cnt[3],
            median(c.stream().mapToDouble(Sample::bytesGzip).toArray()) / 1024));
      }
    }
    return md.toString();
  }

  static List<Sample> cell(List<Sample> all, String profile, String mode, String site, String q) {
    return all.stream()
        .filter(x -> x.profile().equals(profile) && x.mode().equals(mode) && x.site().equals(site)
            && x.query().equals(q))
        .toList();
  }

  /** gzip sizes of everything under search/, per site. */
  static String indexSizes(List<Site> sites) throws IOException {
    StringBuilder md = new StringBuilder(
        "### Search index size (gzip -6 of each file under `output/search/`)\n\n"
            + "| guides | pages in index | files (meta + t/ + x/) | raw total | gzip total | **gzip per guide** "
            + "| meta.js raw / gzip | word shards: count, median / max gzip | excerpt files: count, median gzip |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Site s : sites) {
      Path search = s.root().resolve("search");
      List<Path> files;
      try (Stream<Path> st = Files.walk(search)) {
        files = st.filter(Files::isRegularFile).sorted().toList();
      }
      long raw = 0;
      long gz = 0;
      List<Long> shards = new ArrayList<>();
      List<Long> excerpts = new ArrayList<>();
      long metaRaw = 0;
      long metaGz = 0;
      for (Path f : files) {
        byte[] b = Files.readAllBytes(f);
        long g = gzip(b).length;
        raw += b.length;
        gz += g;
        String rel = search.relativize(f).toString();
        if (rel.startsWith("t/")) {
          shards.add(g);
        } else if (rel.startsWith("x/")) {
          excerpts.add(g);
        } else if (rel.equals("meta.js")) {
          metaRaw = b.length;
          metaGz = g;
        }
      }
      String meta = Files.readString(search.resolve("meta.js"));
      int pages = count(meta, "\"n\":");
      int guides = Integer.parseInt(s.name());
      md.append(String.format(Locale.ROOT,
          "| %,d | %,d | %d (1 + %d + %d) | %.2f MB | %.2f MB | **%.0f B** | %.0f KB / %.0f KB | %d, %.1f / %.1f KB | %d, %.1f KB |%n",
          guides, pages, files.size(), shards.size(), excerpts.size(), raw / 1e6, gz / 1e6,
          gz / (double) guides, metaRaw / 1024.0, metaGz / 1024.0, shards.size(),
          median(shards.stream().mapToDouble(Long::doubleValue).toArray()) / 1024,
          shards.stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0, excerpts.size(),
          median(excerpts.stream().mapToDouble(Long::doubleValue).toArray()) / 1024));
    }
    return md.toString();
  }

  /** The number after {@code key} in meta.js ("n": pages). */
  static int count(String meta, String key) {
    int i = meta.indexOf(key);
    if (i < 0) {
      return -1;
    }
    int j = i + key.length();
    int k = j;
    while (k < meta.length() && Character.isDigit(meta.charAt(k))) {
      k++;
    }
    return Integer.parseInt(meta.substring(j, k));
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 3 + 64);
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        f.toFile().delete();
      }
    }
  }

  // ---- server ----------------------------------------------------------------------------------

  /**
   * Serves each site under {@code /n<name>/} on 127.0.0.1 like StaticServer (folder URLs serve
   * index.html, unknown paths 404.html), gzips text as a static host would, and answers sw.js with
   * 404 so that no service worker keeps files between samples.
   */
  static final class Server implements AutoCloseable {
    static final Map<String, String> TYPES =
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

    final HttpServer server;
    final ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "search-bench-server");
      t.setDaemon(true);
      return t;
    });
    final Map<Path, byte[]> gz = new ConcurrentHashMap<>();
    final Map<String, Site> byBase = new LinkedHashMap<>();

    Server(List<Site> sites) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      for (Site s : sites) {
        byBase.put(s.base(), s);
        server.createContext(s.base(), exchange -> {
          try {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
            Path root = s.root();
            Path file = root.resolve(path.substring(s.base().length())).normalize();
            if (Files.isDirectory(file)) {
              file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file) || file.endsWith("sw.js")) {
              file = root.resolve("404.html");
              status = 404;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(ext, "application/octet-stream");
            byte[] body;
            String enc = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            boolean text = type.startsWith("text/") || type.contains("xml") || type.contains("json");
            if (text && enc != null && enc.contains("gzip")) {
              body = gzipped(file);
              exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            } else {
              body = Files.readAllBytes(file);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
              os.write(body);
            }
          } catch (IOException | RuntimeException e) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
          }
        });
      }
      server.setExecutor(pool);
      server.start();
    }

    byte[] gzipped(Path file) {
      return gz.computeIfAbsent(file, f -> {
        try {
          return gzip(Files.readAllBytes(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }

    /** gzip size of the file behind a URL of this server (0 when unknown). */
    long gzipSize(String url) {
      String path = URI.create(url).getPath();
      for (Map.Entry<String, Site> e : byBase.entrySet()) {
        if (path.startsWith(e.getKey())) {
          Path f = e.getValue().root().resolve(path.substring(e.getKey().length())).normalize();
          return Files.isRegularFile(f) ? gzipped(f).length : 0;
        }
      }
      return 0;
    }

    String url(Site s) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + s.base();
    }

    @Override
    public void close() {
      server.stop(0);
      pool.shutdownNow();
    }
  }
}
