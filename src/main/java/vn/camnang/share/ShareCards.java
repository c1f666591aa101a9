package vn.camnang.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.camnang.config.DataPageSpec;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.DataItem;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.content.Topic;
import vn.camnang.output.OutputFile;
import vn.camnang.util.AtomicFiles;
import vn.camnang.util.Hashing;

/**
 * One share card per page, drawn at build time by {@link CardRenderer} and kept between builds in
 * {@code <site>/.camnang/cache/cards/} by a hash of everything drawn on it (title, topic line, site
 * name, address and icon, colours, font, {@link CardRenderer#VERSION}, the thumbnail's bytes): a
 * rebuild draws only the cards whose inputs changed. The same hash names the published file
 * ({@code vssid/cai-dat/the-chia-se.3fa9c1d2e4.jpg}), so a changed card gets a new URL and Zalo,
 * which keeps previews by image URL, shows the new one.
 *
 * <pre>{@code
 * ShareCards cards = new ShareCards(config, content, iconBytes, cssText, site.resolve(".camnang/cache/cards"));
 * ShareImage img = cards.plan(page, infographicOrNull);  // at once, from the inputs: while rendering
 * ShareCards.Stats s = cards.make(f -> out.write(f.path(), f.bytes())); // after rendering: draws what is missing
 * cards.prune();                                         // after a full build
 * }</pre>
 *
 * <p>The topic line: a guide's topic; "Chủ đề · N bài hướng dẫn" on a topic; for a page made from
 * data, the {@code card:} pattern of its {@code dataPages} entry in site.yaml ({@code {field}} from
 * the item, {@code {count}} the number of items: "Dịch vụ công thiết yếu số {number} / {count}"),
 * else its parent page's title. Home and standalone pages show their description under the title.
 * {@link #plan} is thread-safe; {@link #make} and {@link #prune} run on one thread.
 */
public final class ShareCards {
  /** The published file's name: {@code the-chia-se.<10 hex>.jpg} in the page's folder. */
  public static final String FILE_PREFIX = "the-chia-se.";

  /** A thumbnail source larger than this (pixels) is not decoded: the card is drawn without it. */
  static final long MAX_THUMB_PIXELS = 40_000_000L;

  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

  private final SiteConfig config;
  private final SiteContent content;
  private final Path cacheDir;
  private final CardRenderer renderer;
  private final byte[] icon;
  private final String iconHash;
  private final String host;
  private final Map<String, Planned> planned = new ConcurrentHashMap<>();
  private final Map<Path, String> thumbHashes = new ConcurrentHashMap<>();
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();

  /** A card to publish: where, under which key, and what it shows. */
  private record Planned(String path, String key, String title, String kicker, String subtitle, Path thumbnail) {}

  /** What {@link #make} did. */
  public record Stats(int drawn, int fromCache) {}

  /**
   * @param icon the bytes of the site's icon (PNG), or null (as the assets step read them: no file
   *     is read twice)
   * @param css the site's stylesheet, for its colours (null: the default palette)
   */
  public ShareCards(SiteConfig config, SiteContent content, byte[] icon, String css, Path cacheDir) {
    this.config = config;
    this.content = content;
    this.cacheDir = cacheDir;
    this.renderer = new CardRenderer(CardFonts.get(), CardPalette.fromCss(css));
    this.icon = icon == null ? null : icon.clone();
    this.iconHash = icon == null ? "-" : Hashing.sha256Hex(icon);
    this.host = host(config.baseUrl());
  }

  /**
   * The card of {@code page}: its URL, size and alt text, known before it is drawn.
   *
   * @param thumbnail a picture of the page (its infographic) to show whole beside the title, or
   *     null; only PNG and JPEG are used
   */
  public ShareImage plan(Page page, Path thumbnail) {
    String title = page.title() == null || page.title().isBlank() ? config.title() : page.title();
    String kicker = kicker(page);
    String subtitle = page.kind() == Page.Kind.HOME || page.kind() == Page.Kind.PAGE ? page.meta().description() : null;
    Path thumb = thumbnail != null && usableThumbnail(thumbnail) ? thumbnail : null;
    String thumbHash = thumb == null ? "-" : thumbHashes.computeIfAbsent(thumb, ShareCards::hashFile);
    String key =
        Hashing.sha256Hex(
            String.join(
                "\n",
                "card v" + CardRenderer.VERSION,
                CardFonts.get().fingerprint(),
                renderer.palette().fingerprint(),
                config.title(),
                host == null ? "-" : host,
                iconHash,
                title,
                kicker == null ? "-" : kicker,
                subtitle == null ? "-" : subtitle,
                thumbHash));
    String path = page.url() + FILE_PREFIX + key.substring(0, 10) + ".jpg";
    planned.putIfAbsent(path, new Planned(path, key, title, kicker, subtitle, thumb));
    usedKeys.add(key.substring(0, 32));
    String alt = title + (kicker == null ? "" : " – " + kicker) + " · " + config.title();
    return new ShareImage(path, CardRenderer.WIDTH, CardRenderer.HEIGHT, "image/jpeg", alt);
  }

  /**
   * Makes every planned card not made yet: from the cache, or drawn (in parallel) and cached. Each
   * card is handed to {@code to} as soon as it exists (from several threads), so the build can
   * write it without keeping every card in memory. A card that cannot be drawn is an {@link
   * UncheckedIOException} (a build error).
   */
  public Stats make(Consumer<OutputFile> to) {
    List<Planned> todo = new ArrayList<>();
    for (Planned p : new TreeMap<>(planned).values()) {
      if (!written.contains(p.path())) {
        todo.add(p);
      }
    }
    AtomicInteger drawn = new AtomicInteger();
    AtomicInteger cached = new AtomicInteger();
    BufferedImage icon = todo.isEmpty() ? null : icon();
    todo.parallelStream()
        .forEach(
            p -> {
              byte[] bytes = readCache(p.key());
              if (bytes == null) {
                byte[] made = draw(p, icon);
                bytes = made;
                drawn.incrementAndGet();
                try {
                  AtomicFiles.write(cacheFile(p.key()), o -> o.write(made));
                } catch (IOException e) {
                  // no cache this time: drawn again next build
                }
              } else {
                cached.incrementAndGet();
              }
              to.accept(new OutputFile(p.path(), bytes));
              written.add(p.path());
            });
    return new Stats(drawn.get(), cached.get());
  }

  /** Deletes cached cards this build did not ask for. Call only after a build that planned every page. */
  public void prune() {
    if (!Files.isDirectory(cacheDir)) {
      return;
    }
    try (Stream<Path> s = Files.list(cacheDir)) {
      for (Iterator<Path> it = s.iterator(); it.hasNext(); ) {
        Path f = it.next();
        String name = f.getFileName().toString();
        int dot = name.indexOf('.');
        String key = dot < 0 ? name : name.substring(0, dot);
        if (!usedKeys.contains(key)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      // left for the next build
    }
  }

  /** The card's JPEG bytes as {@link #make} would publish them (tests, benchmarks). */
  public byte[] draw(Page page, Path thumbnail) {
    ShareImage img = plan(page, thumbnail);
    return draw(planned.get(img.url()), icon());
  }

  // ---- inputs ---------------------------------------------------------------------------------

  /** The line above the title, or null. */
  String kicker(Page page) {
    return switch (page.kind()) {
      case GUIDE -> content.topicOf(page).map(Topic::title).orElse(null);
      case TOPIC -> {
        for (Topic t : content.topics()) {
          if (t.page().url().equals(page.url())) {
            yield "Chủ đề · " + t.guides().size() + " bài hướng dẫn";
          }
        }
        yield null;
      }
      case DATA -> dataKicker(page);
      default -> null;
    };
  }

  private String dataKicker(Page page) {
    DataItem item = page.data();
    if (item == null) {
      return null;
    }
    for (DataPageSpec spec : config.dataPages()) {
      if (("data/" + spec.data()).equals(page.sourcePath()) && spec.card() != null) {
        long count = content.pages().stream().filter(p -> p.kind() == Page.Kind.DATA && p.sourcePath().equals(page.sourcePath())).count();
        Matcher m = FIELD.matcher(spec.card());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
          Object v = m.group(1).equals("count") ? count : item.item().get(m.group(1));
          m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : String.valueOf(v)));
        }
        m.appendTail(sb);
        return sb.toString().strip();
      }
    }
    if (item.parent() != null) {
      Page p = content.byUrl().get(item.parent().replaceAll("^/+", ""));
      if (p != null) {
        return p.title();
      }
    }
    return null;
  }

  private static boolean usableThumbnail(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg")) && Files.isRegularFile(file);
  }

  static String host(String baseUrl) {
    if (baseUrl == null) {
      return null;
    }
    try {
      String h = URI.create(baseUrl).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String hashFile(Path file) {
    try {
      return Hashing.sha256Hex(Files.readAllBytes(file));
    } catch (IOException e) {
      return "unreadable";
    }
  }

  // ---- drawing --------------------------------------------------------------------------------

  private byte[] draw(Planned p, BufferedImage icon) {
    BufferedImage thumb = p.thumbnail() == null ? null : readThumbnail(p.thumbnail());
    try {
      return renderer.jpeg(
          new CardRenderer.Card(p.title(), p.kicker(), p.subtitle(), config.title(), host, icon, thumb));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the share card " + p.path(), e);
    }
  }

  private BufferedImage icon() {
    if (icon == null) {
      return null;
    }
    try {
      return ImageIO.read(new ByteArrayInputStream(icon));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The picture, subsampled while decoding (a thumbnail needs a fraction of its pixels); null if unusable. */
  static BufferedImage readThumbnail(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader r = readers.next();
      try {
        r.setInput(in, true, true);
        int w = r.getWidth(0);
        int h = r.getHeight(0);
        if ((long) w * h > MAX_THUMB_PIXELS || w < 1 || h < 1) {
          return null;
        }
        int step = CardRenderer.thumbnailSubsampling(w, h);
        ImageReadParam param = r.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return r.read(0, param);
      } finally {
        r.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ---- cache ----------------------------------------------------------------------------------

  private Path cacheFile(String key) {
    return cacheDir.resolve(key.substring(0, 32) + ".jpg");
  }

  /** A cached card, or null; a truncated file (no JPEG end marker) counts as missing. */
  private byte[] readCache(String key) {
    try {
      byte[] b = Files.readAllBytes(cacheFile(key));
      int n = b.length;
      boolean whole = n > 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[n - 2] & 0xff) == 0xff && (b[n - 1] & 0xff) == 0xd9;
      return whole ? b : null;
    } catch (IOException e) {
      return null;
    }
  }
}
