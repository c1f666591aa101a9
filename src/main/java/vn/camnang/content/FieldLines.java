package vn.camnang.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each field of a page's header is written, kept when the header is split (from SnakeYAML's
 * node marks, or the {@code key=value} line of a JBake header), so a diagnostic about a field
 * needs no second look at the file.
 *
 * @param keys the 1-based line of each top-level field
 * @param items for a field holding a list, the line of each item (a JBake header's list is one line)
 * @param fallback the line given for a field that is not there (the header's first line)
 */
public record FieldLines(Map<String, Integer> keys, Map<String, List<Integer>> items, int fallback) {
  /** No header: every field is reported at line 1. */
  public static final FieldLines NONE = new FieldLines(Map.of(), Map.of(), 1);

  public FieldLines {
    keys = Map.copyOf(keys);
    items = Map.copyOf(items);
  }

  /**
   * The same text for the same lines in every JVM ({@code Map.copyOf} iterates in an order that
   * changes from run to run): the page manifest hashes a page's header with its lines, and a key
   * that changed between two runs would make every incremental build a full one.
   */
  @Override
  public String toString() {
    return "FieldLines[keys=" + new TreeMap<>(keys) + ", items=" + new TreeMap<>(items)
        + ", fallback=" + fallback + "]";
  }

  /** The line of {@code key}, or {@link #fallback()}. */
  public int line(String key) {
    return keys.getOrDefault(key, fallback);
  }

  /** The line of item {@code index} of the list in {@code key}, else the key's line. */
  public int item(String key, int index) {
    List<Integer> lines = items.get(key);
    return lines == null || index < 0 || index >= lines.size() ? line(key) : lines.get(index);
  }
}
