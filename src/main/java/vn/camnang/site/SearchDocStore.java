package vn.camnang.site;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.camnang.search.SearchDoc;
import vn.camnang.util.AtomicFiles;

/**
 * The search view of every page of the last clean build, kept in {@code <site>/.camnang/search-docs}
 * so an incremental build indexes the pages it did not render without reading and parsing them
 * again. Tied to the output it was made with by that output's fingerprint: used only while the
 * output is still exactly that one.
 */
final class SearchDocStore {
  private static final String MAGIC = "camnang-search-docs 1";

  private SearchDocStore() {}

  static Path file(BuildOptions options) {
    return options.source().resolve(".camnang").resolve("search-docs");
  }

  static void write(BuildOptions options, String outputFingerprint, Collection<SearchDoc> docs) {
    try {
      AtomicFiles.write(file(options), stream -> {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeUTF(MAGIC);
        out.writeUTF(outputFingerprint);
        out.writeInt(docs.size());
        for (SearchDoc d : docs) {
          str(out, d.url());
          str(out, d.title());
          str(out, d.topic());
          str(out, d.description());
          list(out, d.headings());
          list(out, d.tags());
          str(out, d.text());
        }
        out.flush();
      });
    } catch (IOException e) {
      forget(options);
    }
  }

  /** The docs by page URL if they were made with this output; else an empty map. */
  static Map<String, SearchDoc> read(BuildOptions options, String outputFingerprint) {
    Map<String, SearchDoc> docs = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file(options)), 1 << 16))) {
      if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(outputFingerprint)) {
        return Map.of();
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        SearchDoc d = new SearchDoc(str(in), str(in), str(in), str(in), list(in), list(in), str(in));
        docs.put(d.url(), d);
      }
      return docs;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  static void forget(BuildOptions options) {
    try {
      Files.deleteIfExists(file(options));
    } catch (IOException e) {
      // never used with another output anyway
    }
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (64 << 20)) {
      throw new IOException("damaged");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private static void list(DataOutputStream out, List<String> items) throws IOException {
    out.writeInt(items.size());
    for (String s : items) {
      str(out, s);
    }
  }

  private static List<String> list(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("damaged");
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(str(in));
    }
    return out;
  }
}
