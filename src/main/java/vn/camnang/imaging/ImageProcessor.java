package vn.camnang.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Responsive images for one build. Pages {@linkplain #enqueue register} their images while they
 * render and get the final names and sizes at once (from the file header; no pixel is decoded);
 * {@link #processAll} then makes every output in parallel, from the cache when it can, and {@link
 * #pruneCache} forgets what this build no longer uses.
 *
 * <pre>{@code
 * ImageProcessor images = new ImageProcessor(site.resolve(".camnang/cache/images"));
 * ResponsiveImage img = images.enqueue(page.dir().resolve("infographic.png"),
 *     "vssid/dang-ky/infographic");          // throws ImageException for a bad image
 * // ... render <picture> from img.webp(), img.fallback(), img.original() ...
 * ProcessStats stats = images.processAll((path, file) -> output.copy(file, path));
 * stats.failures()                           // damaged pixel data found only while decoding
 * images.pruneCache();
 * }</pre>
 *
 * <p><b>Outputs.</b> Widths 360, 720 and 1080 px, never upscaled (a 500 px image gets 360 and 500;
 * a step within 10% of the widest is dropped as a near-duplicate), heights keeping the aspect
 * ratio. Each width is written as WebP and as a fallback, chosen from the header so names are known
 * before pixels exist: JPEG for photos; PNG for transparency and flat art (palette or lossless
 * sources, and PNGs that compress to at most 4 bits per pixel, such as screenshots and
 * infographics), whose WebP is lossless. EXIF orientation is applied; no metadata (EXIF, GPS, XMP)
 * reaches any output. SVG, GIF and animated PNG/WebP are copied through unchanged under a
 * content-hashed name.
 *
 * <p><b>Names and cache.</b> Every output name holds 10 hex of the SHA-256 of (source bytes'
 * SHA-256, operation, encoding, {@link #PIPELINE_VERSION}); the full hash is the cache key. Cache
 * entries are written to a temporary file and renamed, carry a hash of their own bytes in their
 * name and are verified before every use; a damaged entry is rebuilt.
 *
 * <p><b>Limits.</b> At most {@value #MAX_PIXELS} pixels and {@value #MAX_FILE_BYTES} bytes, checked
 * from the header before any decoding (decompression bombs are refused). Decoding subsamples large
 * sources, runs on a pool of one thread per core, and waits for a share of the heap before
 * decoding.
 *
 * <p><b>Threads.</b> {@link #enqueue} and {@link #enqueueShareCard} may be called from many threads
 * at once. {@link #processAll} and {@link #pruneCache} are called once all pages are rendered, from
 * one thread.
 */
public final class ImageProcessor {
  /** Part of every output name and cache key: raise it when the pipeline's output bytes change. */
  public static final int PIPELINE_VERSION = 2;

  /** Output widths, narrowest first; none is wider than the source. */
  public static final List<Integer> WIDTHS = List.of(360, 720, 1080);

  /** Largest source, in pixels, checked from the header (40 MP). */
  public static final long MAX_PIXELS = 40_000_000L;

  /** Largest source side in pixels (JPEG's own limit is 65535). */
  public static final int MAX_SIDE = 65_000;

  /** Largest source file (100 MiB). */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  /** Share card size (Zalo, Facebook and Open Graph previews). */
  public static final int SHARE_WIDTH = 1200;

  public static final int SHARE_HEIGHT = 630;

  /** Share cards are at most this many bytes (Zalo drops larger previews). */
  public static final int SHARE_MAX_BYTES = 200_000;

  /** WebP cannot be taller or wider than this; such variants get the fallback only. */
  static final int WEBP_MAX_SIDE = 16_383;

  private final ImageCache cache;
  private final int threads;
  private final boolean webp;
  private final long memoryBudgetMiB;
  private final ConcurrentMap<String, Queued> queue = new ConcurrentHashMap<>();

  /** Output paths an earlier {@link #processAll} already handled (serve calls it again per edit). */
  private final Set<String> published = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<Path, SourceFile> sources = new ConcurrentHashMap<>();
  private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
  private volatile boolean processed;

  /** An output waiting for {@link #processAll}. */
  private record Queued(SourceFile source, OutputSpec spec) {}

  /** What one source's task produced. */
  private record Outcome(
      Map<String, Path> published, int processed, int fromCache, List<ImageFailure> failures) {}

  /**
   * @param cacheDir survives builds, e.g. {@code <site>/.camnang/cache/images}; created when first
   *     written
   */
  public ImageProcessor(Path cacheDir) {
    this(cacheDir, Runtime.getRuntime().availableProcessors(), WebpSupport.available());
  }

  /** For tests: a given number of threads, WebP on or off. */
  ImageProcessor(Path cacheDir, int threads, boolean webp) {
    this.cache = new ImageCache(Objects.requireNonNull(cacheDir, "cacheDir"));
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.webp = webp;
    this.memoryBudgetMiB = Math.max(64, Runtime.getRuntime().maxMemory() * 6 / 10 >> 20);
  }

  /** True when WebP variants are written (see {@link #webpProblem()} when not). */
  public boolean webpAvailable() {
    return webp;
  }

  /** Why WebP cannot be written on this machine, or {@code null} when it can. */
  public static String webpProblem() {
    return WebpSupport.problem();
  }

  /**
   * Registers a content image; returns at once (reading only the file header and EXIF orientation,
   * and hashing the bytes; never decoding pixels) the final output names and sizes of its variants,
   * so the page can be rendered before pixels exist. Registering the same image again returns the
   * same answer.
   *
   * @param source the image file
   * @param outputBase where outputs go relative to the site output root, without extension, e.g.
   *     {@code vssid/dang-ky/infographic}
   * @throws ImageException for a content editor: "image not found", "not an image or corrupt: …",
   *     "unsupported format HEIC (iPhone photo)", "image is 20000×20000 pixels (limit 40 MP)", "the
   *     image file is truncated …"; with a {@linkplain ImageException#hint() hint}
   * @throws IllegalArgumentException when {@code outputBase} is not a clean relative path
   */
  public ResponsiveImage enqueue(Path source, String outputBase) throws ImageException {
    checkOutputBase(outputBase);
    SourceFile src = source(source);
    ImageHeader h = src.header();
    if (h.passthrough()) {
      OutputSpec copy =
          OutputSpec.of(
              src,
              outputBase,
              "",
              OutputSpec.Kind.COPY,
              Encoding.COPY,
              h.format(),
              h.width(),
              h.height());
      Variant v = register(src, copy).variant();
      return new ResponsiveImage(h.width(), h.height(), List.of(), List.of(v), v.mime(), v);
    }
    Encoding fallback = h.prefersPng() ? Encoding.PNG : Encoding.JPEG;
    Encoding webpEncoding = h.prefersPng() ? Encoding.WEBP_GRAPHIC : Encoding.WEBP_PHOTO;
    List<Variant> webps = new ArrayList<>();
    List<Variant> fallbacks = new ArrayList<>();
    for (int w : widths(h.width())) {
      int ht = heightFor(h, w);
      String label = Integer.toString(w);
      if (webp && w <= WEBP_MAX_SIDE && ht <= WEBP_MAX_SIDE) {
        webps.add(
            register(
                    src,
                    OutputSpec.of(
                        src,
                        outputBase,
                        label,
                        OutputSpec.Kind.FIT,
                        webpEncoding,
                        Format.WEBP,
                        w,
                        ht))
                .variant());
      }
      fallbacks.add(
          register(
                  src,
                  OutputSpec.of(
                      src,
                      outputBase,
                      label,
                      OutputSpec.Kind.FIT,
                      fallback,
                      fallback.format,
                      w,
                      ht))
              .variant());
    }
    return new ResponsiveImage(
        h.width(),
        h.height(),
        webps,
        fallbacks,
        fallback.format.mime,
        fallbacks.get(fallbacks.size() - 1));
  }

  /**
   * Registers a 1200×630 JPEG share card (scaled to cover, cropped around the centre — from the top
   * for images taller than wide, where titles are; at most {@value #SHARE_MAX_BYTES} bytes) for
   * Zalo and Open Graph previews, named {@code <outputBase>.share.<hash>.jpg}. GIF and animated PNG
   * give their first frame.
   *
   * @throws ImageException as for {@link #enqueue}, and for SVG or animated WebP sources
   */
  public Variant enqueueShareCard(Path source, String outputBase) throws ImageException {
    checkOutputBase(outputBase);
    SourceFile src = source(source);
    ImageHeader h = src.header();
    if (h.format() == Format.SVG || h.format() == Format.WEBP && h.animated()) {
      throw new ImageException(
          "a share card cannot be made from "
              + (h.format() == Format.SVG ? "an SVG" : "an animated WebP"),
          "use a PNG or JPEG image for the share card");
    }
    OutputSpec.Kind kind =
        h.height() > h.width() ? OutputSpec.Kind.COVER_TOP : OutputSpec.Kind.COVER_CENTER;
    return register(
            src,
            OutputSpec.of(
                src,
                outputBase,
                "share",
                kind,
                Encoding.SHARE_JPEG,
                Format.JPEG,
                SHARE_WIDTH,
                SHARE_HEIGHT))
        .variant();
  }

  /**
   * Produces every queued output that no earlier call produced (serve calls it again after each
   * edit), in parallel on all cores (one task per distinct source, on a
   * bounded pool; decoding waits for a share of the heap), from the cache when possible. Then, on
   * the calling thread and in path order, calls {@code publish(outputRelPath, cachedFile)} for each
   * output that exists; {@code cachedFile} is a verified cache entry to copy (not move) into the
   * site. Outputs that could not be made are not published and are listed in {@link
   * ProcessStats#failures()}.
   *
   * @throws CancellationException when the calling thread is interrupted
   */
  public ProcessStats processAll(BiConsumer<String, Path> publish) {
    Objects.requireNonNull(publish, "publish");
    long start = System.nanoTime();
    Map<String, List<Queued>> bySource = new TreeMap<>();
    for (Queued q : queue.values()) {
      if (!published.contains(q.spec().path())) { // a later call makes only what was enqueued since
        bySource.computeIfAbsent(q.source().sha256(), k -> new ArrayList<>()).add(q);
      }
    }
    bySource.values().forEach(l -> l.forEach(q -> published.add(q.spec().path())));
    bySource.values().forEach(l -> l.sort(Comparator.comparing(q -> q.spec().path())));

    List<Outcome> outcomes = new ArrayList<>();
    if (!bySource.isEmpty()) {
      Semaphore memory = new Semaphore((int) Math.min(Integer.MAX_VALUE, memoryBudgetMiB), true);
      ExecutorService pool =
          Executors.newFixedThreadPool(Math.min(threads, bySource.size()), new Workers());
      try {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (List<Queued> group : bySource.values()) {
          futures.add(pool.submit(() -> process(group, memory)));
        }
        for (Future<Outcome> f : futures) {
          outcomes.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("image processing was interrupted");
      } catch (ExecutionException e) {
        throw new IllegalStateException("image processing failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    processed = true;

    Map<String, Path> files = new TreeMap<>();
    List<ImageFailure> failures = new ArrayList<>();
    int made = 0;
    int cached = 0;
    for (Outcome o : outcomes) {
      files.putAll(o.published());
      failures.addAll(o.failures());
      made += o.processed();
      cached += o.fromCache();
    }
    failures.sort(Comparator.comparing(ImageFailure::outputPath));
    files.forEach(publish);
    return new ProcessStats(made, cached, (System.nanoTime() - start) / 1_000_000, failures);
  }

  /**
   * Deletes cache entries not used since this processor was created — those of no image registered
   * with it — and temporary files left by killed builds. Call it after {@link #processAll}, and
   * only when every page was rendered (an unfinished build has not registered everything it uses).
   *
   * @return the number of entries deleted
   * @throws IllegalStateException when {@link #processAll} has not run
   * @throws UncheckedIOException when the cache folder cannot be read
   */
  public int pruneCache() {
    if (!processed) {
      throw new IllegalStateException(
          "pruneCache() needs processAll() first: it keeps only the entries this build used");
    }
    try {
      return cache.prune(Set.copyOf(usedKeys));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune the image cache " + cache.dir(), e);
    }
  }

  // ---- planning ---------------------------------------------------------------------------------

  /**
   * The output widths for an image {@code width} px wide: every step of {@link #WIDTHS} narrower
   * than it, then the image's own width capped at the widest step; a step within 10% of that last
   * width is left out (a near-duplicate download).
   */
  static List<Integer> widths(int width) {
    int max = Math.min(width, WIDTHS.get(WIDTHS.size() - 1));
    List<Integer> out = new ArrayList<>();
    for (int step : WIDTHS) {
      if (step < max && step * 11L < max * 10L) {
        out.add(step);
      }
    }
    out.add(max);
    return out;
  }

  private static int heightFor(ImageHeader h, int width) {
    return (int) Math.max(1, Math.round(h.height() * (double) width / h.width()));
  }

  private SourceFile source(Path file) throws ImageException {
    Objects.requireNonNull(file, "source");
    Path key = file.toAbsolutePath().normalize();
    SourceFile known = sources.get(key);
    if (known != null && unchanged(known)) {
      return known;
    }
    SourceFile fresh = SourceFile.read(file);
    sources.put(key, fresh);
    return fresh;
  }

  /** Same file as registered earlier in this build (a memo only; cache keys never use mtimes). */
  private static boolean unchanged(SourceFile f) {
    try {
      return Files.size(f.path()) == f.size()
          && Files.getLastModifiedTime(f.path()).toMillis() == f.lastModified();
    } catch (IOException e) {
      return false;
    }
  }

  private OutputSpec register(SourceFile src, OutputSpec spec) {
    queue.putIfAbsent(spec.path(), new Queued(src, spec));
    usedKeys.add(spec.key());
    return spec;
  }

  private static void checkOutputBase(String base) {
    Objects.requireNonNull(base, "outputBase");
    boolean ok = !base.isEmpty() && !base.contains("\\") && !base.contains(":");
    if (ok) {
      for (String segment : base.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          ok = false;
          break;
        }
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "outputBase must be a relative path like 'vssid/dang-ky/infographic', was '"
              + base
              + "'");
    }
  }

  // ---- processing -------------------------------------------------------------------------------

  /** Makes the missing outputs of one source; never throws. */
  private Outcome process(List<Queued> group, Semaphore memory) {
    SourceFile src = group.get(0).source();
    Map<String, Path> entries = new HashMap<>();
    Map<String, OutputSpec> missing = new LinkedHashMap<>();
    Set<String> made = new HashSet<>();
    ImageException error = null;
    try {
      for (Queued q : group) {
        String key = q.spec().key();
        if (entries.containsKey(key) || missing.containsKey(key)) {
          continue;
        }
        Optional<Path> hit = cache.find(key);
        if (hit.isPresent()) {
          entries.put(key, hit.get());
        } else {
          missing.put(key, q.spec());
        }
      }
      if (!missing.isEmpty()) {
        byte[] bytes = readUnchanged(src);
        List<OutputSpec> pixels = new ArrayList<>();
        for (OutputSpec spec : missing.values()) {
          if (spec.kind() == OutputSpec.Kind.COPY) {
            entries.put(spec.key(), cache.store(spec.key(), spec.format().extension, bytes));
            made.add(spec.key());
          } else {
            pixels.add(spec);
          }
        }
        if (!pixels.isEmpty()) {
          produce(src, bytes, pixels, memory, entries, made);
        }
      }
    } catch (ImageException e) {
      error = e;
    } catch (IOException e) {
      error =
          new ImageException(
              "the image could not be processed: " + e.getMessage(),
              "check that the file and the cache folder "
                  + cache.dir()
                  + " are readable and writable",
              e);
    } catch (OutOfMemoryError e) {
      error =
          new ImageException(
              "not enough memory to process this image",
              "make the image smaller, or give the build more memory (java -Xmx2g)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = new ImageException("image processing was interrupted", null);
    } catch (RuntimeException e) {
      error =
          new ImageException(
              "the image could not be processed (" + e + ")",
              "open it in an image editor and save it again as JPEG or PNG",
              e);
    }

    Map<String, Path> published = new HashMap<>();
    List<ImageFailure> failures = new ArrayList<>();
    int fresh = 0;
    int cached = 0;
    for (Queued q : group) {
      Path entry = entries.get(q.spec().key());
      if (entry != null) {
        published.put(q.spec().path(), entry);
        if (made.contains(q.spec().key())) {
          fresh++;
        } else {
          cached++;
        }
      } else {
        ImageException e =
            error != null ? error : new ImageException("the image was not produced", null);
        failures.add(new ImageFailure(src.path(), q.spec().path(), e.getMessage(), e.hint()));
      }
    }
    return new Outcome(published, fresh, cached, failures);
  }

  /**
   * The source's bytes, checked to be the ones hashed at enqueue time (the names depend on them).
   */
  private static byte[] readUnchanged(SourceFile src) throws IOException, ImageException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(src.path());
    } catch (NoSuchFileException e) {
      throw new ImageException("the image was deleted during the build", "build again");
    }
    String sha = HexFormat.of().formatHex(SourceFile.newSha256().digest(bytes));
    if (!sha.equals(src.sha256())) {
      throw new ImageException("the image changed during the build", "build again");
    }
    return bytes;
  }

  /** Decodes once (subsampled), then renders and encodes every spec. */
  private void produce(
      SourceFile src,
      byte[] bytes,
      List<OutputSpec> specs,
      Semaphore memory,
      Map<String, Path> entries,
      Set<String> made)
      throws IOException, ImageException, InterruptedException {
    ImageHeader h = src.header();
    int subsampling = Decoder.subsampling(h, specs);
    int permits =
        (int)
            Math.max(
                1,
                Math.min(
                    memoryBudgetMiB, estimateBytes(h, subsampling, specs, bytes.length) >> 20));
    memory.acquire(permits);
    try {
      BufferedImage upright = Decoder.decode(bytes, h, subsampling);
      Map<String, BufferedImage> rendered = new HashMap<>();
      for (OutputSpec spec : specs) {
        String op = spec.kind() + "-" + spec.width() + "x" + spec.height();
        BufferedImage img = rendered.get(op);
        if (img == null) {
          img = render(upright, spec);
          rendered.put(op, img);
        }
        byte[] out = Encoders.encode(img, spec.encoding());
        entries.put(spec.key(), cache.store(spec.key(), spec.format().extension, out));
        made.add(spec.key());
      }
    } finally {
      memory.release(permits);
    }
  }

  /** Decoded pixels (plus their normalised and rotated copies), rendered outputs, the file. */
  private static long estimateBytes(
      ImageHeader h, int subsampling, List<OutputSpec> specs, long fileBytes) {
    long decoded =
        (long) Math.ceil(h.storedWidth() / (double) subsampling)
            * (long) Math.ceil(h.storedHeight() / (double) subsampling);
    long out = 0;
    for (OutputSpec s : specs) {
      out += (long) s.width() * s.height();
    }
    return fileBytes + decoded * 4 * 3 + out * 4 * 2;
  }

  /** The pixels of one output, from the upright decoded source. */
  static BufferedImage render(BufferedImage upright, OutputSpec spec) throws IOException {
    int w = spec.width();
    int h = spec.height();
    BufferedImage region = upright;
    if (spec.kind() == OutputSpec.Kind.COVER_CENTER || spec.kind() == OutputSpec.Kind.COVER_TOP) {
      int sw = upright.getWidth();
      int sh = upright.getHeight();
      double aspect = w / (double) h;
      int cw = sw;
      int ch = sh;
      if (sw / (double) sh > aspect) {
        cw = (int) Math.max(1, Math.round(sh * aspect));
      } else {
        ch = (int) Math.max(1, Math.round(sw / aspect));
      }
      int x = (sw - cw) / 2;
      int y = spec.kind() == OutputSpec.Kind.COVER_TOP ? 0 : (sh - ch) / 2;
      region = upright.getSubimage(x, y, cw, ch);
    }
    if (region.getWidth() == w && region.getHeight() == h) {
      return region;
    }
    return Thumbnails.of(region).forceSize(w, h).asBufferedImage();
  }

  /** Named daemon threads for the pool of one {@link #processAll}. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "camnang-images-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
