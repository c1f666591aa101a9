import java.nio.file.*;
import java.util.*;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 18's latency check: the same sites built by two versions (a reference and this one),
 * interleaved sample by sample so both meet the same machine load. Phone profile of {@link
 * SearchLatency} (CPU 4×, 150 ms RTT, 1.6 Mbit/s), no service worker, cache cleared per sample.
 *
 * <pre>
 * javac -d CLASSES -cp TESTCP bench/SearchLatency.java bench/SearchFirstResult.java
 * java -cp CLASSES:TESTCP SearchFirstResult REPS REF_DIR NEW_DIR [typed] [SIZE …]
 *   (each DIR holds n100/ n1000/ n10000/, or the SIZEs given)
 * </pre>
 *
 * Per sample: a fresh load of a guide; the box focused; once meta.js is in, the query submitted
 * (with {@code typed}: first typed letter by letter, one input event per 200 ms, as a reader types
 * on a phone, the last letter with the search key: the times count from that submit).
 * Prints, tab-separated: version, guides, query, ms to a first list drawn from the titles (-1: none),
 * ms to the full list, ms to the full list of the same query again (warm), and the first result of
 * either list.
 */
public class SearchFirstResult {
  static final String M = """
      var text = arguments[0], done = arguments[arguments.length - 1], out = {early: -1};
      var box = document.getElementById('ket-qua-tim'), st = box.querySelector('.search-status'), t0;
      var l = box.querySelector('.search-list'); if (l) l.textContent = ''; st.textContent = '';
      var obs = new MutationObserver(function () {
        var list = box.querySelector('.search-list');
        if (!st.textContent || !list || !list.children.length) return;
        var a = list.querySelector('.card-title');
        if (/tiếp/.test(st.textContent)) { if (out.early < 0) { void document.body.offsetHeight; out.early = performance.now() - t0; out.efirst = a.textContent; } return; }
        void document.body.offsetHeight; out.full = performance.now() - t0; out.first = a.textContent; obs.disconnect(); done(out);
      });
      obs.observe(box, {childList: true, subtree: true, characterData: true});
      setTimeout(function () { obs.disconnect(); out.full = -1; done(out); }, 60000);
      t0 = performance.now(); var i = document.getElementById('tim'); i.value = text;
      i.form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}));
      """;
  static final String TYPE = """
      var text = arguments[0], done = arguments[arguments.length - 1], i = document.getElementById('tim'), k = 0;
      (function next() {
        if (k === text.length - 1) return setTimeout(function () { done(true); }, 200);
        i.value = text.slice(0, ++k);
        i.dispatchEvent(new Event('input', {bubbles: true}));
        setTimeout(next, 200);
      })();
      """;
  public static void main(String[] a) throws Exception {
    int reps = Integer.parseInt(a[0]);
    List<String> rest = List.of(a).subList(3, a.length);
    boolean typed = rest.contains("typed");
    List<String> sizes = rest.stream().filter(x -> !x.equals("typed")).toList();
    if (sizes.isEmpty()) {
      sizes = List.of("100", "1000", "10000");
    }
    List<SearchLatency.Site> sites = new ArrayList<>();
    Map<String, String> dirs = Map.of("base", a[1], "new", a[2]);
    for (String v : List.of("base", "new")) for (String n : sizes) {
      SearchLatency.Site s = SearchLatency.Site.of(n, Path.of(dirs.get(v), "n" + n));
      sites.add(new SearchLatency.Site(v + n, s.root(), "/" + v + n + "/", s.page()));
    }
    String[] qs = {"chu ky so", "dang ky", "vssid mat khau", "đường"};
    Path prof = Files.createTempDirectory("dbgprof");
    try (SearchLatency.Server server = new SearchLatency.Server(sites)) {
      ChromeDriver d = SearchLatency.startBrowser(prof);
      try {
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(100));
        d.executeCdpCommand("Network.enable", Map.of());
        SearchLatency.throttle(d, "phone");
        for (int r = 0; r < reps; r++) for (String q : qs) for (String n : sizes) for (String v : r % 2 == 0 ? List.of("base", "new") : List.of("new", "base")) {
          SearchLatency.Site s = sites.stream().filter(x -> x.name().equals(v + n)).findFirst().get();
          SearchLatency.freshLoad(d, server, s);
          d.executeScript("document.getElementById('tim').focus();");
          SearchLatency.waitFor(d, "return !!window.camnangSearch && performance.getEntriesByType('resource')"
              + ".some(function (e) { return /\\/search\\/meta[.]js/.test(e.name) && e.responseEnd > 0; })", 90_000);
          Thread.sleep(300);
          if (typed) {
            d.executeAsyncScript(TYPE, q);
          }
          Map<?, ?> f = (Map<?, ?>) d.executeAsyncScript(M, q);
          Thread.sleep(200);
          Map<?, ?> w = (Map<?, ?>) d.executeAsyncScript(M, q);
          System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%s\t%s%n", v, n, q, num(f.get("early")), num(f.get("full")), num(w.get("full")),
              f.get("efirst"), f.get("first"));
        }
      } finally { d.quit(); }
    }
  }
  static double num(Object o) { return o == null ? -1 : ((Number) o).doubleValue(); }
}
