package vn.camnang.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.camnang.config.SafeYaml;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;

/**
 * The site's words that mean the same thing to a reader ({@code data/tu-dong-nghia.yaml}): each
 * entry names the words the guides use ({@code chinh}) and what people type instead ({@code goi}):
 *
 * <pre>
 * - chinh: "giấy phép lái xe"
 *   goi: ["bằng lái", "bằng lái xe", "GPLX"]
 * </pre>
 *
 * The index keeps every entry as a group of folded phrases ({@link #groups}, {@code "syn"} in
 * meta); search.js treats a query phrase of a group as "any phrase of the group". Read with
 * SnakeYAML's nodes so every entry keeps its line, for {@code check}'s warning about an entry whose
 * {@code chinh} is in no page ({@link #unmatched}).
 */
public final class Synonyms {
  /** Where a site keeps its synonyms, relative to the site folder. */
  public static final String FILE = "data/tu-dong-nghia.yaml";

  /** One entry: the guides' words, what readers type, and the entry's line in the file (1-based). */
  public record Entry(String chinh, List<String> goi, int line) {}

  public static final Synonyms NONE = new Synonyms(null, List.of());

  private final Path file;
  private final List<Entry> entries;

  Synonyms(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public Path file() {
    return file;
  }

  /** Reads {@code file}; a missing file gives {@link #NONE}. Errors carry the file and line. */
  public static Synonyms load(Path file) {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildException(Diagnostic.error(file, 0, "cannot read: " + e.getMessage(), "save it as UTF-8"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text, file);
  }

  static Synonyms parse(String text, Path file) {
    Node root = SafeYaml.compose(text, file, "synonyms");
    if (root == null) {
      return new Synonyms(file, List.of());
    }
    if (!(root instanceof SequenceNode list)) {
      throw new BuildException(error(file, root, "the file must be a list of entries", null));
    }
    List<Entry> out = new ArrayList<>();
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode map)) {
        throw new BuildException(error(file, item, "each entry is a pair chinh: and goi:", null));
      }
      String chinh = null;
      List<String> goi = new ArrayList<>();
      for (NodeTuple t : map.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
        Node v = t.getValueNode();
        switch (key) {
          case "chinh" -> {
            if (!(v instanceof ScalarNode s) || s.getValue().isBlank()) {
              throw new BuildException(error(file, v, "chinh: must be the words the guides use", null));
            }
            chinh = s.getValue().strip();
          }
          case "goi" -> {
            if (v instanceof ScalarNode s) {
              goi.add(s.getValue().strip());
            } else if (v instanceof SequenceNode seq) {
              for (Node n : seq.getValue()) {
                if (!(n instanceof ScalarNode s)) {
                  throw new BuildException(error(file, n, "goi: is a list of words in quotes", null));
                }
                goi.add(s.getValue().strip());
              }
            } else {
              throw new BuildException(error(file, v, "goi: is a list of words in quotes", null));
            }
          }
          default ->
              throw new BuildException(
                  error(file, t.getKeyNode(), "unknown field '" + key + "' (an entry has chinh: and goi:)", null));
        }
      }
      if (chinh == null) {
        throw new BuildException(
            error(file, item, "entry without chinh:", "write the words the guides use, e.g. chinh: \"giấy phép lái xe\""));
      }
      goi.removeIf(String::isBlank);
      out.add(new Entry(chinh, goi, item.getStartMark().getLine() + 1));
    }
    return new Synonyms(file, out);
  }

  private static Diagnostic error(Path file, Node node, String message, String hint) {
    return Diagnostic.error(file, node.getStartMark().getLine() + 1, "synonyms: " + message, hint);
  }

  /** A phrase as search compares it: folded words joined by one space ({@code "bang lai"}). */
  public static String phrase(String text) {
    return String.join(" ", Folding.words(text).stream().map(Folding::fold).toList());
  }

  /**
   * Every entry as its folded phrases, {@code chinh} first, each once; entries whose {@code goi}
   * adds nothing are left out.
   */
  public List<List<String>> groups() {
    List<List<String>> out = new ArrayList<>();
    for (Entry e : entries) {
      Set<String> g = new LinkedHashSet<>();
      g.add(phrase(e.chinh()));
      e.goi().forEach(x -> g.add(phrase(x)));
      g.remove("");
      if (g.size() > 1) {
        out.add(List.copyOf(g));
      }
    }
    return out;
  }

  /**
   * The entries whose {@code chinh} occurs in no page (title, headings, description, tags or
   * body, as folded words in a row): searching what readers type finds nothing more through them.
   */
  public List<Entry> unmatched(List<SearchDoc> docs) {
    List<String> texts =
        docs.stream()
            .map(d -> " " + phrase(String.join(" . ", d.title(), String.join(" . ", d.headings()),
                d.description(), String.join(" . ", d.tags()), d.text())) + " ")
            .toList();
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      String p = " " + phrase(e.chinh()) + " ";
      if (p.isBlank() || texts.stream().noneMatch(t -> t.contains(p))) {
        out.add(e);
      }
    }
    return out;
  }
}
