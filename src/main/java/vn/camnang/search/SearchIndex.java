package vn.camnang.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.camnang.util.Hashing;
import vn.camnang.util.Json;

/**
 * Builds the search index files for a list of pages. The format is described in {@link
 * vn.camnang.search the package documentation}; {@code assets/js/search.js} reads it.
 *
 * <pre>{@code
 * Map<String, byte[]> files = SearchIndex.build(docs);
 * files.forEach(out::write);   // "search/meta.js", "search/t/d.js", "search/x/0.js", …
 * }</pre>
 */
public final class SearchIndex {
  /** Format version, {@code v} in meta. */
  public static final int FORMAT = 2;

  /**
   * Field weights. A word's weight in a page is the sum over the fields it occurs in. The index
   * stores the fields as flags ({@link #posting}); search.js applies these weights.
   */
  static final int TITLE = 12;

  static final int HEADING = 6;
  static final int DESCRIPTION_OR_TAG = 3;
  static final int TOPIC = 2;
  /** Body: one per occurrence, at most this many. */
  static final int BODY_MAX = 3;

  /** A shard bigger than this (UTF-8 bytes, before gzip) is split by one more letter. */
  static final int SHARD_BYTES = 48 * 1024;

  /** Pages per excerpt file: a result list needs the files of its first 20 pages only. */
  static final int CHUNK_DOCS = 32;

  /**
   * Above this many bytes of word shards and excerpt files (before gzip), meta also carries the
   * title words ({@code "tw"}, {@code "df"}): the service worker then saves only meta at install
   * ({@code Offline.PRECACHE_SEARCH_BYTES}, the same bound), and search.js draws a first
   * result list from titles before the word shards arrive.
   */
  static final long TITLE_WORDS_ABOVE = 512 * 1024;

  /** Body characters kept for snippets, cut at a word boundary. */
  static final int EXCERPT_CHARS = 300;

  /** Field flags of a posting value: {@code value = body count + 4 × flags}. */
  static final int F_TITLE = 1;

  static final int F_HEADING = 2;
  static final int F_DESCRIPTION_OR_TAG = 4;
  static final int F_TOPIC = 8;

  private SearchIndex() {}

  /**
   * What the index needs besides the pages.
   *
   * @param synonyms groups of folded phrases that mean the same ({@link Synonyms#groups})
   * @param guideOf a page's URL → the URL of the guide it ranks with, right after it (a service page
   *     → the guide that walks through the service)
   */
  public record Extras(List<List<String>> synonyms, Map<String, String> guideOf) {
    public static final Extras NONE = new Extras(List.of(), Map.of());

    public Extras {
      synonyms = List.copyOf(synonyms);
      guideOf = Map.copyOf(guideOf);
    }
  }

  /**
   * Builds the index files; keys are output-relative paths ({@code "search/meta.js"}), values the
   * bytes. The same input gives the same bytes.
   */
  public static Map<String, byte[]> build(List<SearchDoc> docs) {
    return build(docs, Extras.NONE);
  }

  /** {@link #build(List)} with synonyms and pages that rank together. */
  public static Map<String, byte[]> build(List<SearchDoc> docs, Extras extras) {
    return build(docs, extras, SHARD_BYTES, CHUNK_DOCS, TITLE_WORDS_ABOVE);
  }

  static Map<String, byte[]> build(List<SearchDoc> docs, int shardBytes, int chunkDocs) {
    return build(docs, Extras.NONE, shardBytes, chunkDocs, TITLE_WORDS_ABOVE);
  }

  /**
   * @param titleWordsAbove meta carries the title words when shards and excerpt files weigh more
   *     (0: always, {@link Long#MAX_VALUE}: never)
   */
  static Map<String, byte[]> build(
      List<SearchDoc> docs, Extras extras, int shardBytes, int chunkDocs, long titleWordsAbove) {
    Objects.requireNonNull(docs, "docs");
    if (shardBytes < 1 || chunkDocs < 1) {
      throw new IllegalArgumentException("shardBytes and chunkDocs must be positive");
    }
    Map<String, String> files = new TreeMap<>();
    Map<String, Map<String, IntList>> postings = postings(docs);
    shards(postings, shardBytes)
        .forEach((prefix, body) -> files.put("t/" + prefix, body));
    int chunks = (docs.size() + chunkDocs - 1) / chunkDocs;
    List<String> excerpts =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(c -> excerpts(docs.subList(c * chunkDocs, Math.min(docs.size(), (c + 1) * chunkDocs))))
            .toList();
    for (int c = 0; c < chunks; c++) {
      files.put("x/" + c, excerpts.get(c));
    }
    String meta = meta(docs, extras, chunkDocs, shardPrefixes(files));
    long bytes = files.values().stream().mapToLong(f -> f.getBytes(StandardCharsets.UTF_8).length).sum();
    if (bytes > titleWordsAbove) {
      meta += titleWords(postings);
    }
    String id = hash(meta, files);
    Map<String, byte[]> out = new TreeMap<>();
    out.put("search/meta.js", script("meta", "{\"v\":" + FORMAT + ",\"id\":\"" + id + "\"," + meta + "}"));
    files.forEach((name, body) -> out.put("search/" + name + ".js", script(name, body)));
    return Collections.unmodifiableMap(out);
  }

  // ---- postings -------------------------------------------------------------------------------

  /** folded word → accented word → [doc, weight, doc, weight, …] with ascending docs. */
  private static Map<String, Map<String, IntList>> postings(List<SearchDoc> docs) {
    // each page's words and weights on all cores (the costly part), then merged in page order
    Map<String, String> accents = new ConcurrentHashMap<>();
    List<Map<String, Integer>> perDoc = docs.parallelStream().map(d -> weights(d, accents)).toList();
    Map<String, Map<String, IntList>> terms = new HashMap<>(); // sorted when written
    Map<String, String> folded = new HashMap<>();
    for (int doc = 0; doc < perDoc.size(); doc++) {
      for (Map.Entry<String, Integer> e : perDoc.get(doc).entrySet()) {
        terms
            .computeIfAbsent(folded.computeIfAbsent(e.getKey(), Folding::fold), k -> new HashMap<>())
            .computeIfAbsent(e.getKey(), k -> new IntList())
            .add(doc, e.getValue());
      }
    }
    return terms;
  }

  /** One page's words (accented, {@link Folding#accents}) and their posting values. */
  private static Map<String, Integer> weights(SearchDoc d, Map<String, String> accents) {
    Map<String, int[]> seen = new HashMap<>(); // accented → {title, heading, desc/tag, topic, body}
    count(seen, d.title(), 0, accents);
    d.headings().forEach(h -> count(seen, h, 1, accents));
    count(seen, d.description(), 2, accents);
    d.tags().forEach(t -> count(seen, t, 2, accents));
    count(seen, d.topic(), 3, accents);
    count(seen, d.text(), 4, accents);
    Map<String, Integer> out = new HashMap<>(seen.size() * 2);
    for (Map.Entry<String, int[]> e : seen.entrySet()) {
      int[] c = e.getValue();
      out.put(e.getKey(), posting(c[0] > 0, c[1] > 0, c[2] > 0, c[3] > 0, c[4]));
    }
    return out;
  }

  /** A posting value: the body count (at most {@link #BODY_MAX}) + 4 × the field flags. */
  static int posting(boolean title, boolean heading, boolean descriptionOrTag, boolean topic, int body) {
    int flags =
        (title ? F_TITLE : 0)
            | (heading ? F_HEADING : 0)
            | (descriptionOrTag ? F_DESCRIPTION_OR_TAG : 0)
            | (topic ? F_TOPIC : 0);
    return Math.min(BODY_MAX, body) + 4 * flags;
  }

  /** The weight search.js gives a posting value: the field weights of its flags + the body count. */
  public static int weight(int value) {
    int f = value >> 2;
    return ((f & F_TITLE) != 0 ? TITLE : 0)
        + ((f & F_HEADING) != 0 ? HEADING : 0)
        + ((f & F_DESCRIPTION_OR_TAG) != 0 ? DESCRIPTION_OR_TAG : 0)
        + ((f & F_TOPIC) != 0 ? TOPIC : 0)
        + (value & 3);
  }

  private static void count(Map<String, int[]> seen, String text, int field, Map<String, String> accents) {
    for (String w : Folding.words(text)) {
      String accented = accents.get(w); // a plain read first: computeIfAbsent may lock a bin
      if (accented == null) {
        accented = accents.computeIfAbsent(w, Folding::accents);
      }
      seen.computeIfAbsent(accented, k -> new int[5])[field]++;
    }
  }

  /** Groups words into shards by a prefix of their shard key, one letter more while too big. */
  private static Map<String, String> shards(Map<String, Map<String, IntList>> terms, int max) {
    List<Entry> entries =
        new TreeMap<>(terms)
            .entrySet().stream().parallel()
            .map(t -> Entry.of(t.getKey(), new TreeMap<>(t.getValue())))
            .toList(); // in word order
    Map<String, List<Entry>> assigned = new TreeMap<>();
    byPrefix(entries, 1).forEach((prefix, group) -> assign(prefix, group, max, assigned));
    Map<String, String> out = new TreeMap<>();
    assigned.forEach(
        (prefix, group) -> {
          StringBuilder sb = new StringBuilder("{");
          for (Entry e : group) {
            sb.append(sb.length() > 1 ? "," : "").append(e.json);
          }
          out.put(prefix, sb.append('}').toString());
        });
    return out;
  }

  private static void assign(String prefix, List<Entry> group, int max, Map<String, List<Entry>> out) {
    long size = group.stream().mapToLong(e -> e.bytes).sum();
    List<Entry> own = group.stream().filter(e -> e.key.length() <= prefix.length()).toList();
    if (size <= max || own.size() == group.size()) {
      out.put(prefix, group);
      return;
    }
    if (!own.isEmpty()) {
      out.put(prefix, own); // words exactly as long as the prefix stay in its shard
    }
    List<Entry> longer = group.stream().filter(e -> e.key.length() > prefix.length()).toList();
    byPrefix(longer, prefix.length() + 1).forEach((p, g) -> assign(p, g, max, out));
  }

  private static Map<String, List<Entry>> byPrefix(List<Entry> entries, int length) {
    Map<String, List<Entry>> out = new TreeMap<>();
    for (Entry e : entries) {
      out.computeIfAbsent(e.key.substring(0, Math.min(length, e.key.length())), k -> new ArrayList<>()).add(e);
    }
    return out;
  }

  private static List<String> shardPrefixes(Map<String, String> files) {
    return files.keySet().stream().filter(n -> n.startsWith("t/")).map(n -> n.substring(2)).toList();
  }

  /** One folded word and its JSON: {@code "dang":{"đang":[0,1,4,2],"đăng":[3,13]}}. */
  private record Entry(String key, String json, long bytes) {
    static Entry of(String folded, TreeMap<String, IntList> variants) {
      StringBuilder sb = Json.append(new StringBuilder(), folded).append(":{");
      boolean first = true;
      for (Map.Entry<String, IntList> v : variants.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        Json.append(sb, v.getKey()).append(":[");
        v.getValue().appendDeltas(sb);
        sb.append(']');
      }
      String json = sb.append('}').toString();
      return new Entry(Folding.shardKey(folded), json, json.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  /**
   * {@code ,"df":{"<folded>":pages,…},"tw":{"<folded>":{"<accented>":[gap, value, …]},…}}: the
   * words of the titles, each with the pages whose title holds it (shard format, those postings
   * only) and the number of pages holding it anywhere (for the idf).
   */
  private static String titleWords(Map<String, Map<String, IntList>> postings) {
    StringBuilder df = new StringBuilder(",\"df\":{");
    StringBuilder tw = new StringBuilder(",\"tw\":{");
    boolean firstWord = true;
    for (Map.Entry<String, Map<String, IntList>> w : new TreeMap<>(postings).entrySet()) {
      TreeMap<String, IntList> inTitles = new TreeMap<>();
      BitSet pages = new BitSet();
      w.getValue().forEach((accented, list) -> {
        IntList t = list.titlesOnly();
        if (t.n > 0) {
          inTitles.put(accented, t);
        }
        list.docs(pages);
      });
      if (inTitles.isEmpty()) {
        continue;
      }
      if (!firstWord) {
        df.append(',');
        tw.append(',');
      }
      firstWord = false;
      Json.append(df, w.getKey()).append(':').append(pages.cardinality());
      tw.append(Entry.of(w.getKey(), inTitles).json);
    }
    return df.append('}').append(tw).append('}').toString();
  }

  // ---- docs and excerpts ----------------------------------------------------------------------

  private static String meta(List<SearchDoc> docs, Extras extras, int chunkDocs, List<String> shards) {
    Map<String, Integer> topics = new LinkedHashMap<>();
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      number.putIfAbsent(docs.get(i).url(), i);
    }
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < docs.size(); i++) {
      SearchDoc d = docs.get(i);
      int t = topics.computeIfAbsent(nfc(d.topic()), k -> topics.size());
      list.append(list.length() > 1 ? "," : "").append('[');
      Json.append(list, d.url()).append(',');
      Json.append(list, nfc(d.title())).append(',').append(t);
      Integer guide = number.get(extras.guideOf().get(d.url()));
      if (guide != null && guide != i) {
        list.append(',').append(guide);
      }
      list.append(']');
    }
    list.append(']');
    StringBuilder sb = new StringBuilder();
    sb.append("\"n\":").append(docs.size()).append(",\"chunk\":").append(chunkDocs);
    sb.append(",\"shards\":").append(stringArray(shards));
    sb.append(",\"topics\":").append(stringArray(List.copyOf(topics.keySet())));
    StringBuilder syn = new StringBuilder("[");
    for (List<String> g : extras.synonyms()) {
      syn.append(syn.length() > 1 ? "," : "").append(stringArray(g));
    }
    sb.append(",\"syn\":").append(syn.append(']'));
    sb.append(",\"docs\":").append(list);
    return sb.toString();
  }

  /** Per page: {@code [description, start of the body, [headings…]]}, the text snippets come from. */
  private static String excerpts(List<SearchDoc> docs) {
    StringBuilder sb = new StringBuilder("[");
    for (SearchDoc d : docs) {
      sb.append(sb.length() > 1 ? "," : "").append('[');
      Json.append(sb, clean(d.description())).append(',');
      Json.append(sb, excerpt(cleanStart(d.text(), EXCERPT_CHARS), EXCERPT_CHARS)).append(',');
      sb.append(stringArray(d.headings().stream().map(SearchIndex::clean).toList())).append(']');
    }
    return sb.append(']').toString();
  }

  /** The start of {@code text}, at most about {@code max} characters, cut after a whole word. */
  static String excerpt(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max).strip() + "…";
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static String clean(String s) {
    return SPACES.matcher(nfc(s)).replaceAll(" ").strip();
  }

  /**
   * {@link #clean} of the start of {@code text}: enough that its first {@code max + 1} characters
   * are those of {@code clean(text)} — all {@link #excerpt} reads. Whitespace runs and NFC change
   * a text only where they are, so a cut changes only the last characters of a cleaned prefix;
   * a body is cleaned whole only when it is short.
   */
  static String cleanStart(String text, int max) {
    for (int raw = 2 * max + 64; raw < text.length(); raw *= 2) {
      String start = clean(text.substring(0, raw));
      if (start.length() > max + 16) {
        return start;
      }
    }
    return clean(text);
  }

  private static String nfc(String s) {
    return Folding.nfc(s);
  }

  private static String stringArray(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (String s : items) {
      Json.append(sb.append(sb.length() > 1 ? "," : ""), s);
    }
    return sb.append(']').toString();
  }

  private static byte[] script(String name, String json) {
    return ("camnangSearch.put(" + Json.str(name) + "," + json + ");\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A short hash of everything, so search.js can ask for shards of this exact build. */
  private static String hash(String meta, Map<String, String> files) {
    StringBuilder all = new StringBuilder(meta);
    files.forEach((k, v) -> all.append('\n').append(k).append('\n').append(v));
    return Hashing.shortHash(all.toString().getBytes(StandardCharsets.UTF_8), 10);
  }

  /** A growable list of (doc, weight) pairs. */
  private static final class IntList {
    private int[] a = new int[8];
    private int n;

    void add(int doc, int weight) {
      if (n + 2 > a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = doc;
      a[n++] = weight;
    }

    /** The pairs whose value has the title flag. */
    IntList titlesOnly() {
      IntList out = new IntList();
      for (int i = 0; i < n; i += 2) {
        if (((a[i + 1] >> 2) & F_TITLE) != 0) {
          out.add(a[i], a[i + 1]);
        }
      }
      return out;
    }

    /** Sets the docs of this list in {@code set}. */
    void docs(BitSet set) {
      for (int i = 0; i < n; i += 2) {
        set.set(a[i]);
      }
    }

    /** Docs as gaps from the previous one (the first from 0), each followed by its weight. */
    void appendDeltas(StringBuilder sb) {
      int prev = 0;
      for (int i = 0; i < n; i += 2) {
        sb.append(i > 0 ? "," : "").append(a[i] - prev).append(',').append(a[i + 1]);
        prev = a[i];
      }
    }
  }
}
