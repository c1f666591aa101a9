package vn.camnang.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.camnang.util.AtomicFiles;
import vn.camnang.util.Hashing;

/**
 * QR code SVGs kept between builds in {@code <site>/.camnang/cache/qr/}, one file per encoded
 * text (named by its hash): encoding is the costly part of the {@code share} step (ZXing tries all
 * eight mask patterns), and a page's QR code changes only when its address does. A cache that
 * cannot be read or written is no error: the code is made again.
 *
 * <pre>{@code
 * QrCache qr = new QrCache(site.resolve(".camnang/cache/qr"));
 * String svg = qr.svg("https://camnang.example.org/g/khai-sinh/");   // thread-safe
 * qr.prune();   // after a full build: drops codes no page uses any more
 * }</pre>
 */
public final class QrCache {
  private final Path dir;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  /** False when the cache folder did not exist at the start (a cold build): nothing to read. */
  private final boolean mayHave;

  public QrCache(Path dir) {
    this.dir = dir;
    this.mayHave = Files.isDirectory(dir);
  }

  /** {@link QrCodes#svg} of {@code text}, from the cache when it is there. */
  public String svg(String text) {
    String key = Hashing.sha256Hex(text).substring(0, 24);
    used.add(key);
    Path file = dir.resolve(key + ".svg");
    if (mayHave) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        // not cached yet (or unreadable): make it
      }
    }
    String svg = QrCodes.svg(text);
    try {
      AtomicFiles.write(file, svg);
    } catch (IOException e) {
      // no cache this time
    }
    return svg;
  }

  /** Deletes cached codes that this build did not ask for, and stray temporary files. */
  public void prune() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.toList();
    } catch (IOException e) {
      return;
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String key = name.endsWith(".svg") ? name.substring(0, name.length() - 4) : null;
      if (key == null || !used.contains(key)) {
        try {
          Files.deleteIfExists(f);
        } catch (IOException e) {
          // left for the next build
        }
      }
    }
  }
}
