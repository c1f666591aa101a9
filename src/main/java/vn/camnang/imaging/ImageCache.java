package vn.camnang.imaging;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Processed images on disk, kept across builds.
 *
 * <pre>
 * cacheDir/3f/3fa9c1…(64 hex key).9b2e0c4d1a7f3e55.webp   an entry: key, then the first 16 hex of
 *                                                         the SHA-256 of the entry's own bytes
 * cacheDir/3f/.3fa9c1….12345.tmp                          being written; renamed when complete
 * </pre>
 *
 * Every entry is written to a temporary file and renamed into place, and its bytes are hashed and
 * compared with its name before each use: a truncated or damaged entry (full disk, killed process,
 * power loss, a stray edit) is deleted and rebuilt, never served.
 */
final class ImageCache {
  static final int CONTENT_HASH_LENGTH = 16;

  /** Temporary files older than this belong to a killed process. */
  private static final Duration STALE_TEMP = Duration.ofHours(1);

  private final Path dir;

  ImageCache(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  /** The verified entry for {@code key}, or empty; damaged entries found on the way are deleted. */
  Optional<Path> find(String key) throws IOException {
    Path shard = dir.resolve(key.substring(0, 2));
    if (!Files.isDirectory(shard)) {
      return Optional.empty();
    }
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(shard, key + ".*")) {
      ds.forEach(candidates::add);
    }
    candidates.sort(null);
    for (Path entry : candidates) {
      if (verify(entry)) {
        return Optional.of(entry);
      }
      Files.deleteIfExists(entry);
    }
    return Optional.empty();
  }

  /** Stores {@code bytes} as the entry for {@code key}, atomically; returns the entry. */
  Path store(String key, String extension, byte[] bytes) throws IOException {
    Path shard = dir.resolve(key.substring(0, 2));
    Files.createDirectories(shard);
    String hash = contentHash(bytes);
    Path target = shard.resolve(key + "." + hash + "." + extension);
    Path tmp = Files.createTempFile(shard, "." + key + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /**
   * Deletes every entry whose key is not in {@code keep}, and temporary files left by killed
   * processes. Returns the number of entries deleted.
   */
  int prune(Set<String> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int deleted = 0;
    Instant staleBefore = Instant.now().minus(STALE_TEMP);
    List<Path> shards;
    try (Stream<Path> s = Files.list(dir)) {
      shards = s.filter(Files::isDirectory).filter(ImageCache::isShard).sorted().toList();
    }
    for (Path shard : shards) {
      List<Path> files;
      try (Stream<Path> s = Files.list(shard)) {
        files = s.sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.startsWith(".")) {
          if (name.endsWith(".tmp") && modifiedBefore(f, staleBefore)) {
            Files.deleteIfExists(f);
          }
          continue;
        }
        int dot = name.indexOf('.');
        String key = dot < 0 ? name : name.substring(0, dot);
        if (!keep.contains(key) && Files.deleteIfExists(f)) {
          deleted++;
        }
      }
      try (Stream<Path> s = Files.list(shard)) {
        if (s.findAny().isEmpty()) {
          Files.deleteIfExists(shard);
        }
      }
    }
    return deleted;
  }

  private static boolean isShard(Path p) {
    return p.getFileName().toString().matches("[0-9a-f]{2}");
  }

  private static boolean modifiedBefore(Path f, Instant t) throws IOException {
    try {
      FileTime m = Files.getLastModifiedTime(f);
      return m.toInstant().isBefore(t);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** True when the entry's bytes hash to the value in its name. */
  private static boolean verify(Path entry) throws IOException {
    String name = entry.getFileName().toString();
    String[] parts = name.split("\\.");
    if (parts.length != 3 || parts[1].length() != CONTENT_HASH_LENGTH) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry);
    } catch (NoSuchFileException e) {
      return false;
    }
    return contentHash(bytes).equals(parts[1]);
  }

  static String contentHash(byte[] bytes) {
    return HexFormat.of()
        .formatHex(SourceFile.newSha256().digest(bytes))
        .substring(0, CONTENT_HASH_LENGTH);
  }
}
