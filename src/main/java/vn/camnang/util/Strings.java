package vn.camnang.util;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** Text helpers for diagnostics: misspelling suggestions, locating a YAML key's line. */
public final class Strings {
  private Strings() {}

  public static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** The candidate within edit distance 2 (and less than half the word) of {@code word}, if any. */
  public static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance > 0 && bestDistance <= Math.min(2, Math.max(1, w.length() / 2))
        ? best
        : null;
  }

  /**
   * The candidate most like {@code word}, for "did you mean" on names and slugs: within edit
   * distance max(2, a third of the word), or one name a prefix of the other ({@code thanh-toan} →
   * {@code thanh-toan-so}); null when nothing is that close.
   */
  public static String nearestName(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String l = c.toLowerCase(Locale.ROOT);
      if (l.equals(w)) {
        continue;
      }
      int d = distance(w, l);
      boolean prefix = w.length() >= 4 && (l.startsWith(w) || w.startsWith(l)) && l.length() >= 4;
      boolean close = d <= Math.max(2, w.length() / 3) || prefix;
      if (close && (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The candidate nearest to {@code word}, however far (ties: alphabetical); null if none. */
  public static String nearest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : new TreeSet<>(candidates)) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The 1-based line (counting from {@code firstLine}) where {@code key} is defined at the start of
   * a line as {@code key:} or {@code key=}; {@code firstLine} when not found.
   */
  public static int lineOfKey(String text, String key, int firstLine) {
    int line = firstLine;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String l = text.substring(start, end).stripLeading();
      if (l.startsWith(key)) {
        String rest = l.substring(key.length()).stripLeading();
        if (rest.startsWith(":") || rest.startsWith("=")) {
          return line;
        }
      }
      line++;
      start = end + 1;
    }
    return firstLine;
  }
}
