import java.nio.file.*;
import java.util.*;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 18: where search.js's ranking spends its time once the word shards are in. One site (a
 * directory built by SearchGenSite + the generator), CPU 4× (the phone profile's), no network
 * throttling; per query: the shards loaded, then the ranking timed alone (median of REPS runs of
 * {@code camnangSearch.query}, all data in), then profiled with the CDP Profiler (self time by function).
 *
 * <pre>
 * javac -d CLASSES -cp TESTCP bench/SearchLatency.java bench/SearchProfile.java
 * java -cp CLASSES:TESTCP SearchProfile REPS SITE_DIR [query …]
 * </pre>
 */
public class SearchProfile {
  static final String RUN = """
      var text = arguments[0], reps = arguments[1], done = arguments[arguments.length - 1], ms = [];
      camnangSearch.query(text, function () {
        for (var i = 0; i < reps; i++) {
          var t0 = performance.now(), r;
          camnangSearch.query(text, function (x) { r = x; });
          ms.push(performance.now() - t0);
        }
        ms.sort(function (a, b) { return a - b; });
        done({ms: ms[ms.length >> 1], n: r.list.length, first: r.list.length ? r.list[0].title : ''});
      });
      """;

  public static void main(String[] a) throws Exception {
    int reps = Integer.parseInt(a[0]);
    Path dir = Path.of(a[1]);
    List<String> qs = a.length > 2 ? List.of(a).subList(2, a.length)
        : List.of("chu ky so", "dang ky", "vssid mat khau", "đường");
    SearchLatency.Site s = SearchLatency.Site.of("p", dir);
    Path prof = Files.createTempDirectory("profprof");
    try (SearchLatency.Server server = new SearchLatency.Server(List.of(s))) {
      ChromeDriver d = SearchLatency.startBrowser(prof);
      try {
        d.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(300));
        SearchLatency.freshLoad(d, server, s);
        d.executeScript("document.getElementById('tim').focus();");
        SearchLatency.waitFor(d, "return !!window.camnangSearch", 60_000);
        d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        for (String q : qs) {
          Map<?, ?> r = (Map<?, ?>) d.executeAsyncScript(RUN, q, reps);
          d.executeCdpCommand("Profiler.enable", Map.of());
          d.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
          d.executeCdpCommand("Profiler.start", Map.of());
          d.executeAsyncScript(RUN, q, reps);
          Map<String, Object> p = d.executeCdpCommand("Profiler.stop", Map.of());
          System.out.printf(Locale.ROOT, "%s\t%.1f ms\t%s results\tfirst: %s%n", q,
              ((Number) r.get("ms")).doubleValue(), r.get("n"), r.get("first"));
          selfTimes((Map<?, ?>) p.get("profile"));
        }
      } finally {
        d.quit();
      }
    }
  }

  static void selfTimes(Map<?, ?> profile) {
    Map<Long, String> names = new HashMap<>();
    for (Object o : (List<?>) profile.get("nodes")) {
      Map<?, ?> n = (Map<?, ?>) o;
      Map<?, ?> f = (Map<?, ?>) n.get("callFrame");
      String url = String.valueOf(f.get("url")).replaceAll(".*/", "").replaceAll("[?].*", "");
      names.put(((Number) n.get("id")).longValue(), f.get("functionName") + " " + url + ":" + f.get("lineNumber"));
    }
    Map<String, Integer> hits = new HashMap<>();
    int total = 0;
    for (Object o : (List<?>) profile.get("samples")) {
      String name = names.get(((Number) o).longValue());
      if (name.startsWith("(idle)")) continue;
      hits.merge(name, 1, Integer::sum);
      total++;
    }
    int all = total;
    List<?> deltas = (List<?>) profile.get("timeDeltas");
    System.out.printf(Locale.ROOT, "  busy %d of %d samples (%.0f ms profiled)%n", total, deltas.size(),
        ((Number) profile.get("endTime")).doubleValue() / 1000 - ((Number) profile.get("startTime")).doubleValue() / 1000);
    hits.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(18).forEach(e ->
        System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
  }
}
