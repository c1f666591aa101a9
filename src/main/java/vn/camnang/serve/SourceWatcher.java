package vn.camnang.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's sources ({@code content/}, {@code templates/}, {@code assets/}, {@code data/}
 * and the config file) and reports changed files in batches: a burst of saves within {@code
 * debounceMillis} of each other becomes one batch, so one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {
  static final List<String> FOLDERS = List.of("content", "templates", "assets", "data");
  static final List<String> CONFIG_FILES = List.of("site.yaml", "jbake.properties");

  private final Path source;
  private final WatchService watch;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final long debounceMillis;
  private final Thread thread;
  private volatile boolean running = true;

  public SourceWatcher(Path source, long debounceMillis, Consumer<Set<Path>> onBatch) throws IOException {
    this.source = source.toAbsolutePath().normalize();
    this.debounceMillis = debounceMillis;
    this.watch = FileSystems.getDefault().newWatchService();
    keys.put(this.source.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), this.source);
    for (String f : FOLDERS) {
      Path dir = this.source.resolve(f);
      if (Files.isDirectory(dir)) {
        registerTree(dir);
      }
    }
    thread = new Thread(() -> loop(onBatch), "camnang-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path d : s.filter(Files::isDirectory).toList()) {
        keys.put(d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), d);
      }
    }
  }

  private boolean relevant(Path p) {
    Path rel = source.relativize(p);
    if (rel.getNameCount() == 1) {
      String name = rel.toString();
      return CONFIG_FILES.contains(name) || FOLDERS.contains(name);
    }
    String name = p.getFileName().toString();
    return FOLDERS.contains(rel.getName(0).toString())
        && !name.startsWith(".")
        && !name.endsWith("~")
        && !name.endsWith(".swp")
        && !name.endsWith(".tmp");
  }

  private void loop(Consumer<Set<Path>> onBatch) {
    while (running) {
      try {
        WatchKey key = watch.take();
        Set<Path> batch = new LinkedHashSet<>();
        collect(key, batch);
        // debounce: keep collecting while events keep coming
        WatchKey more;
        while ((more = watch.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
          collect(more, batch);
        }
        if (!batch.isEmpty()) {
          onBatch.accept(batch);
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        // never let the watcher die on one bad event
      }
    }
  }

  private void collect(WatchKey key, Set<Path> batch) {
    Path dir = keys.get(key);
    for (WatchEvent<?> ev : key.pollEvents()) {
      if (ev.kind() == OVERFLOW || dir == null) {
        batch.add(source.resolve("content"));
        continue;
      }
      Path p = dir.resolve((Path) ev.context());
      if (!relevant(p)) {
        continue;
      }
      if (ev.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
        try {
          registerTree(p);
        } catch (IOException e) {
          // the next full build reports unreadable folders
        }
      }
      batch.add(p);
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    running = false;
    watch.close();
    thread.interrupt();
  }
}
