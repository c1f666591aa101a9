package vn.camnang.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ranking of {@code assets/js/search.js}, step for step in Java, over the index files of a
 * built site ({@code search/meta.js}, {@code search/t/*.js}): lets {@code mvn verify} run the whole
 * query table against the real index without a browser. {@code SearchOnSiteBrowserTest} checks that
 * search.js gives the same first results. Keep the two in step.
 */
public final class SearchRanker {
  private final Path dir;
  private final Map<String, Object> meta;
  private final List<List<Object>> docs;
  private final List<String> shards;
  private final List<List<String>> syn;
  private final Map<String, Map<String, Map<String, List<Integer>>>> loaded = new HashMap<>();
  private final Map<Integer, String[][]> titles = new HashMap<>();

  @SuppressWarnings("unchecked")
  public SearchRanker(Path siteOutput) {
    this.dir = siteOutput.resolve("search");
    this.meta = (Map<String, Object>) read("meta");
    this.docs = (List<List<Object>>) meta.get("docs");
    this.shards = (List<String>) meta.get("shards");
    this.syn = (List<List<String>>) meta.getOrDefault("syn", List.of());
  }

  private Object read(String key) {
    try {
      String s = Files.readString(dir.resolve(key + ".js"), StandardCharsets.UTF_8);
      String head = "camnangSearch.put(\"" + key + "\",";
      if (!s.startsWith(head)) {
        throw new IllegalStateException("not an index file: " + key);
      }
      String json = s.substring(head.length(), s.lastIndexOf(");"));
      LoaderOptions o = new LoaderOptions();
      o.setCodePointLimit(64 * 1024 * 1024);
      return new Yaml(new SafeConstructor(o)).load(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A result: the page's URL and title, its tier and score. */
  public record Hit(int doc, String url, String title, int tier, double score) {}

  record Word(String q, String f, boolean p) {}

  static final class Look {
    double[] best;
    int[] exact;
    int[] any;
    List<Integer> list = new ArrayList<>();
    boolean fuzzy;
    double idf;
  }

  record Term(List<List<Word>> alts, boolean[] req) {}

  private static final String FILLER =
      " cách làm sao thế nào gì là như hướng dẫn muốn tôi mình thì ạ ơi của và để được cho ";
  private static final String FILLER_FOLDED = Folding.fold(FILLER);

  static boolean filler(String q) {
    return FILLER.contains(" " + q + " ") || (q.equals(Folding.fold(q)) && FILLER_FOLDED.contains(" " + q + " "));
  }

  static int weight(int v) {
    return SearchIndex.weight(v);
  }

  static boolean fits(String q, String v) {
    for (int i = 0; i < q.length(); i++) {
      char a = q.charAt(i);
      char b = i < v.length() ? v.charAt(i) : 0;
      if (a != b && !String.valueOf(a).equals(Folding.fold(String.valueOf(a))) && iy(a) != iy(b)) {
        return false;
      }
    }
    return true;
  }

  static char iy(char c) {
    int k = "yýỳỷỹỵ".indexOf(c);
    return k < 0 ? c : "iíìỉĩị".charAt(k);
  }

  static boolean near(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return a.equals(b);
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return tail(a, i + 1).equals(tail(b, i + 1))
          || (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
              && tail(a, i + 2).equals(tail(b, i + 2)));
    }
    return a.length() > b.length() ? tail(a, i + 1).equals(tail(b, i)) : tail(a, i).equals(tail(b, i + 1));
  }

  private static String tail(String s, int from) {
    return from >= s.length() ? "" : s.substring(from);
  }

  private List<String> shardsOf(String f, boolean prefix) {
    String k = Folding.shardKey(f);
    String best = "";
    List<String> out = new ArrayList<>();
    for (String p : shards) {
      if (prefix && (p.startsWith(k) || k.startsWith(p))) {
        out.add("t/" + p);
      } else if (!prefix && k.startsWith(p) && p.length() > best.length()) {
        best = p;
      }
    }
    return prefix ? out : best.isEmpty() ? List.of() : List.of("t/" + best);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, List<Integer>>> shard(String key) {
    return loaded.computeIfAbsent(key, k -> (Map<String, Map<String, List<Integer>>>) read(k));
  }

  List<Term> terms(List<String> qs, boolean prefix) {
    List<String> fs = qs.stream().map(Folding::fold).toList();
    int last = qs.size() - 1;
    List<Term> out = new ArrayList<>();
    for (int i = 0; i < qs.size(); ) {
      int len = 0;
      Set<String> phrases = new LinkedHashSet<>();
      for (List<String> g : syn) {
        for (String ph : g) {
          String[] ws = ph.split(" ");
          if (ws.length < len || i + ws.length > qs.size()) {
            continue;
          }
          boolean ok = true;
          for (int j = 0; j < ws.length && ok; j++) {
            ok = ws[j].equals(fs.get(i + j));
          }
          if (!ok) {
            continue;
          }
          if (ws.length > len) {
            phrases.clear();
          }
          len = ws.length;
          phrases.addAll(g);
        }
      }
      if (len > 0) {
        String typed = String.join(" ", fs.subList(i, i + len));
        List<List<Word>> alts = new ArrayList<>();
        List<Word> first = new ArrayList<>();
        for (int j = i; j < i + len; j++) {
          first.add(new Word(qs.get(j), fs.get(j), prefix && j == last));
        }
        alts.add(first);
        for (String ph : phrases) {
          if (!ph.equals(typed)) {
            alts.add(Arrays.stream(ph.split(" ")).map(f -> new Word(f, f, false)).toList());
          }
        }
        out.add(new Term(alts, new boolean[] {true}));
        i += len;
      } else {
        boolean p = prefix && i == last;
        out.add(new Term(List.of(List.of(new Word(qs.get(i), fs.get(i), p))), new boolean[] {!filler(qs.get(i)) || p}));
        i++;
      }
    }
    return out;
  }

  Look look(Word w) {
    int n = docs.size();
    String q = Folding.accents(w.q());
    Look r = new Look();
    r.best = new double[n];
    r.exact = new int[n];
    r.any = new int[n];
    for (String s : shardsOf(w.f(), w.p())) {
      for (Map.Entry<String, Map<String, List<Integer>>> e : shard(s).entrySet()) {
        if (e.getKey().equals(w.f())) {
          add(r, q, e.getValue(), 1);
        } else if (w.p() && e.getKey().startsWith(w.f())) {
          add(r, q, e.getValue(), 0.5);
        }
      }
    }
    if (r.list.isEmpty() && w.f().length() >= 4) {
      r.fuzzy = true;
      for (String s : shardsOf(w.f(), false)) {
        for (Map.Entry<String, Map<String, List<Integer>>> e : shard(s).entrySet()) {
          if (near(e.getKey(), w.f())) {
            add(r, q, e.getValue(), 0.5);
          }
        }
      }
    }
    r.idf = Math.log(1 + n / (double) Math.max(1, r.list.size()));
    return r;
  }

  private static void add(Look r, String q, Map<String, List<Integer>> variants, double m) {
    for (Map.Entry<String, List<Integer>> v : variants.entrySet()) {
      boolean ok = fits(q, v.getKey());
      double mm = m * (ok ? 1 : 0.25);
      List<Integer> a = v.getValue();
      int doc = 0;
      for (int j = 0; j < a.size(); j += 2) {
        doc += a.get(j);
        int val = a.get(j + 1);
        double x = weight(val) * mm;
        if (r.best[doc] == 0) {
          r.list.add(doc);
        }
        if (x > r.best[doc]) {
          r.best[doc] = x;
        }
        r.any[doc] |= val >> 2;
        if (ok && m == 1) {
          r.exact[doc] |= val >> 2;
        }
      }
    }
  }

  private String[][] title(int doc) {
    return titles.computeIfAbsent(doc, d -> {
      List<String> ws = Folding.words((String) docs.get(d).get(1));
      return new String[][] {
        ws.stream().map(Folding::fold).toArray(String[]::new),
        ws.stream().map(Folding::accents).toArray(String[]::new)
      };
    });
  }

  record WL(Word w, Look r) {}

  int tier(int doc, List<WL> ws) {
    boolean inTitle = true;
    boolean inHeadings = true;
    for (WL x : ws) {
      inTitle &= (x.r().any[doc] & 1) != 0;
      inHeadings &= (x.r().exact[doc] & 2) != 0;
    }
    if (inTitle) {
      String[][] t = title(doc);
      List<List<Integer>> at = new ArrayList<>();
      for (WL x : ws) {
        String q = Folding.accents(x.w().q());
        List<Integer> pos = new ArrayList<>();
        for (int j = 0; j < t[0].length; j++) {
          String f = t[0][j];
          if ((f.equals(x.w().f()) || (x.w().p() && f.startsWith(x.w().f())) || (x.r().fuzzy && near(f, x.w().f())))
              && fits(q, t[1][j])) {
            pos.add(j);
          }
        }
        at.add(pos);
      }
      if (at.stream().allMatch(l -> !l.isEmpty())) {
        int k = ws.size();
        for (int start : at.get(0)) {
          int i = 1;
          while (i < k && at.get(i).contains(start + i)) {
            i++;
          }
          if (i == k) {
            return 4;
          }
        }
        for (int i = 0; i + 1 < k; i++) {
          for (int j : at.get(i)) {
            if (at.get(i + 1).contains(j + 1) || at.get(i + 1).contains(j - 1)) {
              return 3;
            }
          }
        }
        return 2;
      }
    }
    return inHeadings ? 1 : 0;
  }

  /** The ranked pages for what the reader typed (no trailing space: the last word may be unfinished). */
  public List<Hit> query(String text) {
    List<String> qs = Folding.words(text);
    boolean prefix = !text.matches("(?s).*\\s");
    if (qs.isEmpty()) {
      return List.of();
    }
    int n = docs.size();
    List<Term> ts = terms(qs, prefix);
    Map<String, Look> cache = new HashMap<>();
    double[] score = new double[n];
    int[] hits = new int[n];
    List<Integer> seen = new ArrayList<>();
    int most = 0;
    int need = 0;
    for (Term t : ts) {
      need += t.req()[0] ? 1 : 0;
    }
    if (need == 0) {
      for (Term t : ts) {
        t.req()[0] = true;
        need++;
      }
    }
    int[][] chosen = new int[ts.size()][];
    List<List<List<Look>>> looks = new ArrayList<>();
    for (int ti = 0; ti < ts.size(); ti++) {
      Term t = ts.get(ti);
      double[] best = new double[n];
      int[] alt = new int[n];
      List<Integer> tdocs = new ArrayList<>();
      List<List<Look>> termLooks = new ArrayList<>();
      for (int ai = 0; ai < t.alts().size(); ai++) {
        List<Look> ls = new ArrayList<>();
        for (Word w : t.alts().get(ai)) {
          ls.add(cache.computeIfAbsent(w.q() + " " + w.f() + " " + w.p(), k -> look(w)));
        }
        termLooks.add(ls);
        Look small = ls.stream().reduce((x, y) -> y.list.size() < x.list.size() ? y : x).orElseThrow();
        for (int doc : small.list) {
          double s = 0;
          boolean all = true;
          for (Look l : ls) {
            if (l.best[doc] == 0) {
              all = false;
              break;
            }
            s += l.best[doc] * l.idf;
          }
          if (!all) {
            continue;
          }
          if (best[doc] == 0) {
            tdocs.add(doc);
          }
          if (s > best[doc]) {
            best[doc] = s;
            alt[doc] = ai;
          }
        }
      }
      looks.add(termLooks);
      chosen[ti] = alt;
      for (int doc : tdocs) {
        if (score[doc] == 0) {
          seen.add(doc);
        }
        score[doc] += best[doc];
        if (t.req()[0] && ++hits[doc] > most) {
          most = hits[doc];
        }
      }
    }
    if (most < need && most < 2) {
      most = -1;
    }
    List<Hit> out = new ArrayList<>();
    for (int doc : seen) {
      if (hits[doc] != most) {
        continue;
      }
      int[] choice = new int[ts.size()];
      for (int ti = 0; ti < ts.size(); ti++) {
        choice[ti] = chosen[ti][doc];
      }
      int best = tierOf(doc, ts, looks, choice);
      for (int ti = 0; ti < ts.size(); ti++) {
        if (!ts.get(ti).req()[0]) {
          continue;
        }
        for (int ai = 0; ai < ts.get(ti).alts().size(); ai++) {
          if (ai == choice[ti] || !has(looks.get(ti).get(ai), doc)) {
            continue;
          }
          int[] c = choice.clone();
          c[ti] = ai;
          int tc = tierOf(doc, ts, looks, c);
          if (tc > best) {
            best = tc;
            choice = c;
          }
        }
      }
      out.add(new Hit(doc, (String) docs.get(doc).get(0), (String) docs.get(doc).get(1), best, score[doc]));
    }
    Map<Integer, Hit> top = new HashMap<>();
    for (Hit x : out) {
      top.merge(head(x), x, (a, b) -> better(b, a) > 0 ? b : a);
    }
    out.sort(
        (a, b) -> {
          int ga = head(a);
          int gb = head(b);
          int c = better(top.get(gb), top.get(ga));
          if (c != 0) {
            return c;
          }
          if (ga != gb) {
            return Integer.compare(ga, gb);
          }
          if (a.doc() == ga) {
            return -1;
          }
          if (b.doc() == gb) {
            return 1;
          }
          c = better(b, a);
          return c != 0 ? c : Integer.compare(a.doc(), b.doc());
        });
    return out;
  }

  private static boolean has(List<Look> ls, int doc) {
    return ls.stream().allMatch(l -> l.best[doc] != 0);
  }

  private int tierOf(int doc, List<Term> ts, List<List<List<Look>>> looks, int[] choice) {
    List<WL> ws = new ArrayList<>();
    for (int ti = 0; ti < ts.size(); ti++) {
      List<Word> a = ts.get(ti).alts().get(choice[ti]);
      List<Look> ls = looks.get(ti).get(choice[ti]);
      if (ts.get(ti).req()[0] && has(ls, doc)) {
        for (int i = 0; i < a.size(); i++) {
          ws.add(new WL(a.get(i), ls.get(i)));
        }
      }
    }
    return ws.isEmpty() ? 0 : tier(doc, ws);
  }

  private int head(Hit x) {
    List<Object> d = docs.get(x.doc());
    return d.size() > 3 ? ((Number) d.get(3)).intValue() : x.doc();
  }

  /** Like search.js: by tier, then score; positive when a ranks above b. */
  private static int better(Hit a, Hit b) {
    int c = Integer.compare(a.tier(), b.tier());
    return c != 0 ? c : Double.compare(a.score(), b.score());
  }

  /** The query table: {@code src/test/resources/search/truy-van.tsv}, query → expected first URL. */
  public static Map<String, String> table() {
    try (var in = SearchRanker.class.getResourceAsStream("/search/truy-van.tsv")) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] kv = line.split("\t");
        out.put(kv[0], kv[1].strip());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
