package vn.camnang.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

class ImageProcessorTest {
  @TempDir Path dir;

  private ImageProcessor processor() {
    return new ImageProcessor(dir.resolve("cache"));
  }

  /** processAll, collecting what was published (path → bytes) and the stats. */
  private record Run(ProcessStats stats, Map<String, byte[]> published) {}

  private static Run process(ImageProcessor p) {
    Map<String, byte[]> out = new TreeMap<>();
    ProcessStats stats =
        p.processAll(
            (path, file) -> {
              try {
                out.put(path, Files.readAllBytes(file));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return new Run(stats, out);
  }

  private static Map<String, byte[]> processOk(ImageProcessor p) {
    Run run = process(p);
    assertTrue(run.stats().ok(), () -> "failures: " + run.stats().failures());
    return run.published();
  }

  private static List<Integer> widths(List<Variant> vs) {
    return vs.stream().map(Variant::width).toList();
  }

  /** Every variant was published, decodes in its declared format and has its declared size. */
  private static void assertOutputsMatch(List<Variant> variants, Map<String, byte[]> published) {
    for (Variant v : variants) {
      byte[] bytes = published.get(v.path());
      assertTrue(bytes != null, "not published: " + v.path());
      Fixtures.Decoded d = Fixtures.decode(bytes);
      assertEquals(v.mime(), "image/" + d.format(), v.path());
      assertEquals(v.width(), d.image().getWidth(), v.path() + " width");
      assertEquals(v.height(), d.image().getHeight(), v.path() + " height");
    }
  }

  private static List<Variant> all(ResponsiveImage img) {
    List<Variant> all = new ArrayList<>(img.webp());
    all.addAll(img.fallback());
    return all;
  }

  private static boolean reddish(int rgb) {
    int r = rgb >> 16 & 0xff;
    int g = rgb >> 8 & 0xff;
    int b = rgb & 0xff;
    return r > 200 && g < 80 && b < 80;
  }

  // ---- what comes out ------------------------------------------------------------------------

  @Test
  void exifRotatedJpegComesOutUprightWithNoExifOrGps() throws Exception {
    // Stored as the sensor saw it: 400×300 with a red top-left quadrant; EXIF 6 = turn 90°
    // clockwise.
    BufferedImage stored = Fixtures.photo(400, 300, 1);
    for (int y = 0; y < 150; y++) {
      for (int x = 0; x < 200; x++) {
        stored.setRGB(x, y, 0xff0000);
      }
    }
    byte[] source = Fixtures.exifJpeg(Fixtures.jpeg(stored), 6);
    assertTrue(Fixtures.contains(source, "Exif\0\0"), "fixture has EXIF");
    assertTrue(Fixtures.contains(source, Fixtures.CAMERA_MAKE), "fixture has the camera make");
    Path file = Fixtures.write(dir.resolve("photo.jpg"), source);

    ImageProcessor p = processor();
    ResponsiveImage img = p.enqueue(file, "a/photo");
    assertEquals(300, img.width(), "upright width reported before any pixel is decoded");
    assertEquals(400, img.height());
    assertEquals("image/jpeg", img.fallbackMime());
    assertEquals(List.of(300), widths(img.fallback()));

    Map<String, byte[]> out = processOk(p);
    assertOutputsMatch(all(img), out);
    for (Variant v : all(img)) {
      byte[] bytes = out.get(v.path());
      BufferedImage upright = Fixtures.decode(bytes).image();
      // The stored top-left quadrant is now top-right.
      assertTrue(reddish(upright.getRGB(250, 50)), v.path() + ": red at top right");
      assertFalse(reddish(upright.getRGB(50, 50)), v.path() + ": not red at top left");
      assertFalse(reddish(upright.getRGB(250, 350)), v.path() + ": not red at bottom right");
      // No metadata of the source survives, in any format.
      assertFalse(Fixtures.contains(bytes, "Exif"), v.path() + " has no Exif");
      assertFalse(Fixtures.contains(bytes, Fixtures.CAMERA_MAKE), v.path() + " has no camera make");
      if (v.mime().equals("image/jpeg")) {
        assertFalse(Fixtures.jpegMarkers(bytes).contains(0xE1), v.path() + " has no APP1 segment");
      } else {
        List<String> chunks = Fixtures.webpChunks(bytes);
        assertFalse(chunks.contains("EXIF") || chunks.contains("XMP "), v.path() + " " + chunks);
      }
    }
  }

  @Test
  void transparentPngKeepsItsAlphaInPngAndWebp() throws Exception {
    Path file =
        Fixtures.write(
            dir.resolve("logo.png"), Fixtures.encode(Fixtures.transparentLogo(600, 400), "png"));
    ImageProcessor p = processor();
    ResponsiveImage img = p.enqueue(file, "logo");

    assertEquals("image/png", img.fallbackMime());
    assertEquals(List.of(360, 600), widths(img.fallback()));
    assertEquals(List.of(240, 400), img.fallback().stream().map(Variant::height).toList());
    assertEquals(List.of(360, 600), widths(img.webp()));
    assertEquals(img.fallback().get(1), img.original());

    Map<String, byte[]> out = processOk(p);
    assertOutputsMatch(all(img), out);
    for (Variant v : all(img)) {
      BufferedImage d = Fixtures.decode(out.get(v.path())).image();
      assertEquals(0, d.getRGB(2, 2) >>> 24, v.path() + ": corner stays transparent");
      int centre = d.getRGB(d.getWidth() / 2, d.getHeight() / 2);
      assertEquals(255, centre >>> 24, v.path() + ": disc stays opaque");
      assertTrue(reddish(centre), v.path() + ": disc stays red");
    }
  }

  @Test
  void tallInfographicGetsThreeWidthsAndTheOriginalIsTheWidestFallback() throws Exception {
    Path file =
        Fixtures.write(
            dir.resolve("infographic.png"),
            Fixtures.encode(Fixtures.infographic(1080, 5000), "png"));
    ImageProcessor p = processor();
    ResponsiveImage img = p.enqueue(file, "vssid/dang-ky/infographic");

    assertEquals(1080, img.width());
    assertEquals(5000, img.height());
    assertEquals("image/png", img.fallbackMime(), "flat art keeps PNG");
    assertEquals(List.of(360, 720, 1080), widths(img.webp()));
    assertEquals(List.of(360, 720, 1080), widths(img.fallback()));
    assertEquals(List.of(1667, 3333, 5000), img.fallback().stream().map(Variant::height).toList());
    assertEquals(new Variant(img.original().path(), 1080, 5000, "image/png"), img.original());
    assertTrue(
        img.webp().get(1).path().matches("vssid/dang-ky/infographic\\.720\\.[0-9a-f]{10}\\.webp"),
        img.webp().get(1).path());
    assertTrue(
        img.original().path().matches("vssid/dang-ky/infographic\\.1080\\.[0-9a-f]{10}\\.png"),
        img.original().path());

    assertOutputsMatch(all(img), processOk(p));
  }

  @Test
  void neverUpscales() throws Exception {
    ImageProcessor p = processor();
    Path w500 = Fixtures.write(dir.resolve("w500.jpg"), Fixtures.jpeg(Fixtures.photo(500, 250, 2)));
    Path w300 = Fixtures.write(dir.resolve("w300.jpg"), Fixtures.jpeg(Fixtures.photo(300, 200, 3)));
    ResponsiveImage a = p.enqueue(w500, "w500");
    ResponsiveImage b = p.enqueue(w300, "w300");

    assertEquals(List.of(360, 500), widths(a.fallback()));
    assertEquals(List.of(360, 500), widths(a.webp()));
    assertEquals(List.of(180, 250), a.fallback().stream().map(Variant::height).toList());
    assertEquals(List.of(300), widths(b.fallback()));
    assertEquals(500, a.original().width());

    Map<String, byte[]> out = processOk(p);
    assertOutputsMatch(all(a), out);
    assertOutputsMatch(all(b), out);
  }

  @Test
  void widthStepsForEverySourceWidth() {
    assertEquals(List.of(360, 720, 1080), ImageProcessor.widths(6000));
    assertEquals(List.of(360, 720, 1080), ImageProcessor.widths(1080));
    assertEquals(List.of(360, 720, 1000), ImageProcessor.widths(1000));
    assertEquals(List.of(360, 750), ImageProcessor.widths(750), "720 is within 10% of 750");
    assertEquals(List.of(360, 500), ImageProcessor.widths(500));
    assertEquals(List.of(370), ImageProcessor.widths(370), "360 is within 10% of 370");
    assertEquals(List.of(1), ImageProcessor.widths(1));
  }

  @Test
  void namesFollowTheContentNotTheFileOrTheClock() throws Exception {
    Path file = dir.resolve("img.jpg");
    Fixtures.write(file, Fixtures.jpeg(Fixtures.photo(800, 600, 4)));
    ResponsiveImage first = processor().enqueue(file, "x/img");
    ResponsiveImage again = new ImageProcessor(dir.resolve("other-cache")).enqueue(file, "x/img");
    assertEquals(first, again, "same bytes, same names, whatever the cache or processor");

    Path copy = Fixtures.write(dir.resolve("copy.jpg"), Files.readAllBytes(file));
    Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
    assertEquals(first, processor().enqueue(copy, "x/img"), "mtime and file name do not matter");

    Fixtures.write(file, Fixtures.jpeg(Fixtures.photo(800, 600, 5)));
    ResponsiveImage changed = processor().enqueue(file, "x/img");
    for (int i = 0; i < first.fallback().size(); i++) {
      assertNotEquals(first.fallback().get(i).path(), changed.fallback().get(i).path());
      assertNotEquals(first.webp().get(i).path(), changed.webp().get(i).path());
    }
  }

  @Test
  void aProcessorNoticesAFileChangedSinceItWasFirstEnqueued() throws Exception {
    Path file = Fixtures.write(dir.resolve("img.jpg"), Fixtures.jpeg(Fixtures.photo(400, 300, 6)));
    ImageProcessor p = processor();
    ResponsiveImage before = p.enqueue(file, "img");
    Fixtures.write(file, Fixtures.jpeg(Fixtures.photo(400, 300, 7)));
    Files.setLastModifiedTime(file, FileTime.fromMillis(123_000));
    assertNotEquals(before.original().path(), p.enqueue(file, "img").original().path());
  }

  // ---- cache ---------------------------------------------------------------------------------

  @Test
  void secondRunOverUnchangedInputsIsServedFromTheCache() throws Exception {
    Path photo = Fixtures.write(dir.resolve("p.jpg"), Fixtures.jpeg(Fixtures.photo(900, 600, 8)));
    Path logo =
        Fixtures.write(
            dir.resolve("l.png"), Fixtures.encode(Fixtures.transparentLogo(400, 400), "png"));
    ImageProcessor first = processor();
    first.enqueue(photo, "p");
    first.enqueue(logo, "l");
    first.enqueueShareCard(photo, "p");
    Run one = process(first);
    int outputs = one.published().size();
    assertEquals(outputs, one.stats().processed());
    assertEquals(0, one.stats().fromCache());

    ImageProcessor second = processor();
    second.enqueue(photo, "p");
    second.enqueue(logo, "l");
    second.enqueueShareCard(photo, "p");
    Run two = process(second);
    assertEquals(0, two.stats().processed(), "nothing re-encoded");
    assertEquals(outputs, two.stats().fromCache());
    assertEquals(one.published().keySet(), two.published().keySet());
    one.published().forEach((k, v) -> assertArrayEquals(v, two.published().get(k), k));
  }

  @Test
  void aDamagedCacheEntryIsRebuiltNeverServed() throws Exception {
    Path photo = Fixtures.write(dir.resolve("p.jpg"), Fixtures.jpeg(Fixtures.photo(800, 500, 9)));
    ImageProcessor first = processor();
    ResponsiveImage img = first.enqueue(photo, "p");
    Map<String, byte[]> good = processOk(first);

    List<Path> entries = cacheEntries();
    assertEquals(good.size(), entries.size());
    Path victim = entries.get(0);
    byte[] bytes = Files.readAllBytes(victim);
    Files.write(victim, Arrays.copyOf(bytes, bytes.length / 2)); // truncated in place

    ImageProcessor second = processor();
    assertEquals(img, second.enqueue(photo, "p"));
    Run run = process(second);
    assertTrue(run.stats().ok());
    assertEquals(1, run.stats().processed(), "the damaged entry was rebuilt");
    assertEquals(good.size() - 1, run.stats().fromCache());
    good.forEach((k, v) -> assertArrayEquals(v, run.published().get(k), k));
  }

  @Test
  void pruneDeletesEntriesOfImagesThisBuildNoLongerUses() throws Exception {
    Path kept =
        Fixtures.write(dir.resolve("kept.jpg"), Fixtures.jpeg(Fixtures.photo(500, 300, 10)));
    Path gone =
        Fixtures.write(dir.resolve("gone.jpg"), Fixtures.jpeg(Fixtures.photo(500, 300, 11)));
    ImageProcessor first = processor();
    first.enqueue(kept, "kept");
    first.enqueue(gone, "gone");
    processOk(first);
    assertEquals(8, cacheEntries().size(), "2 images × 2 widths × (WebP + JPEG)");
    Path stale = dir.resolve("cache/ab/.abcd.123.tmp");
    Files.createDirectories(stale.getParent());
    Files.write(stale, new byte[10]);
    Files.setLastModifiedTime(stale, FileTime.fromMillis(0));

    ImageProcessor second = processor();
    assertThrows(IllegalStateException.class, second::pruneCache, "prune needs processAll first");
    second.enqueue(kept, "kept");
    processOk(second);
    assertEquals(4, second.pruneCache());
    assertEquals(4, cacheEntries().size());
    assertFalse(Files.exists(stale), "a killed build's temp file is removed");

    ImageProcessor third = processor();
    third.enqueue(kept, "kept");
    assertEquals(0, process(third).stats().processed(), "what was kept still serves");
  }

  private List<Path> cacheEntries() throws IOException {
    try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  // ---- share cards ---------------------------------------------------------------------------

  @Test
  void shareCardsAreExactly1200x630JpegsOfAtMost200KB() throws Exception {
    ImageProcessor p = processor();
    List<Variant> cards = new ArrayList<>();
    cards.add(
        p.enqueueShareCard(
            Fixtures.write(dir.resolve("photo.jpg"), Fixtures.jpeg(Fixtures.photo(2000, 1500, 12))),
            "photo"));
    cards.add(
        p.enqueueShareCard(
            Fixtures.write(
                dir.resolve("noise.png"), Fixtures.encode(Fixtures.noise(1400, 800, 13), "png")),
            "noise"));
    cards.add(
        p.enqueueShareCard(
            Fixtures.write(dir.resolve("small.jpg"), Fixtures.jpeg(Fixtures.photo(200, 150, 14))),
            "small"));
    cards.add(
        p.enqueueShareCard(
            Fixtures.write(
                dir.resolve("tall.png"), Fixtures.encode(Fixtures.infographic(1080, 5000), "png")),
            "tall"));
    cards.add(
        p.enqueueShareCard(
            Fixtures.write(
                dir.resolve("logo.png"),
                Fixtures.encode(Fixtures.transparentLogo(1200, 630), "png")),
            "logo"));
    Map<String, byte[]> out = processOk(p);
    for (Variant card : cards) {
      assertTrue(card.path().matches("[a-z]+\\.share\\.[0-9a-f]{10}\\.jpg"), card.path());
      assertEquals(new Variant(card.path(), 1200, 630, "image/jpeg"), card);
      byte[] bytes = out.get(card.path());
      assertTrue(bytes.length <= 200_000, card.path() + " is " + bytes.length + " bytes");
      Fixtures.Decoded d = Fixtures.decode(bytes);
      assertEquals("jpeg", d.format());
      assertEquals(1200, d.image().getWidth());
      assertEquals(630, d.image().getHeight());
    }
    BufferedImage logo = Fixtures.decode(out.get(cards.get(4).path())).image();
    assertEquals(0xffffff, logo.getRGB(5, 5) & 0xffffff, "transparency becomes white, not black");
  }

  @Test
  void anSvgCannotBeAShareCard() {
    Path svg =
        Fixtures.write(
            dir.resolve("i.svg"),
            "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>".getBytes());
    ImageException e =
        assertThrows(ImageException.class, () -> processor().enqueueShareCard(svg, "i"));
    assertTrue(e.getMessage().contains("SVG"), e.getMessage());
  }

  // ---- passed through ------------------------------------------------------------------------

  @Test
  void svgAndGifAreCopiedUnchangedUnderAContentHashedName() throws Exception {
    byte[] svgBytes =
        ("<?xml version=\"1.0\"?>\n"
                + "<!-- icon -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" stroke-width=\"2\" viewBox=\"0 0 48"
                + " 24\"><rect width=\"4\" height=\"4\"/></svg>")
            .getBytes(StandardCharsets.UTF_8);
    Path svg = Fixtures.write(dir.resolve("icon.svg"), svgBytes);
    byte[] gifBytes = Fixtures.encode(Fixtures.infographic(120, 80), "gif");
    Path gif = Fixtures.write(dir.resolve("anim.gif"), gifBytes);

    ImageProcessor p = processor();
    ResponsiveImage s = p.enqueue(svg, "icons/icon");
    ResponsiveImage g = p.enqueue(gif, "anim");
    assertTrue(s.passthrough() && g.passthrough());
    assertEquals(List.of(), s.webp());
    assertEquals(List.of(s.original()), s.fallback());
    assertEquals("image/svg+xml", s.fallbackMime());
    assertEquals(48, s.width(), "size from the viewBox");
    assertEquals(24, s.height());
    assertTrue(s.original().path().matches("icons/icon\\.[0-9a-f]{10}\\.svg"), s.original().path());
    assertEquals(new Variant(g.original().path(), 120, 80, "image/gif"), g.original());
    assertTrue(g.original().path().matches("anim\\.[0-9a-f]{10}\\.gif"), g.original().path());

    Map<String, byte[]> out = processOk(p);
    assertArrayEquals(svgBytes, out.get(s.original().path()));
    assertArrayEquals(gifBytes, out.get(g.original().path()));
  }

  // ---- bad input -----------------------------------------------------------------------------

  private ImageException refused(String name, byte[] bytes) {
    Path file = bytes == null ? dir.resolve(name) : Fixtures.write(dir.resolve(name), bytes);
    return assertThrows(ImageException.class, () -> processor().enqueue(file, "x"), name);
  }

  private static void assertMessage(ImageException e, String expected) {
    assertTrue(
        e.getMessage().contains(expected), "'" + e.getMessage() + "' contains '" + expected + "'");
    assertTrue(e.hint() == null || !e.hint().isBlank());
  }

  @Test
  void badFilesAreRefusedWithAMessageForTheEditor() throws Exception {
    byte[] png = Fixtures.encode(Fixtures.infographic(300, 200), "png");
    byte[] jpeg = Fixtures.jpeg(Fixtures.photo(300, 200, 15));

    assertMessage(refused("missing.png", null), "image not found");
    assertMessage(refused("empty.png", new byte[0]), "empty");
    ImageException text = refused("text.png", "Xin chào, đây không phải ảnh\n".getBytes("UTF-8"));
    assertMessage(text, "not an image or corrupt");
    assertTrue(text.hint().contains("text"), text.hint());
    assertMessage(
        refused("random.jpg", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}), "not an image or corrupt");
    assertMessage(refused("cut.png", Arrays.copyOf(png, png.length / 2)), "truncated");
    assertMessage(
        refused("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3)), "truncated");
    assertMessage(refused("header-only.jpg", Arrays.copyOf(jpeg, 100)), "truncated");
    assertMessage(
        refused("shot.bmp", Fixtures.encode(Fixtures.photo(20, 20, 16), "bmp")),
        "unsupported format BMP");
    assertMessage(
        refused("scan.tiff", Fixtures.encode(Fixtures.photo(20, 20, 16), "tiff")),
        "unsupported format TIFF");
    byte[] heic = new byte[64];
    System.arraycopy(
        new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, heic, 0, 12);
    ImageException iphone = refused("IMG_0001.HEIC", heic);
    assertMessage(iphone, "unsupported format HEIC");
    assertTrue(iphone.hint().contains("JPEG"), iphone.hint());
    assertTrue(Files.isDirectory(dir));
    assertMessage(
        assertThrows(ImageException.class, () -> processor().enqueue(dir, "x")), "folder");
  }

  @Test
  void decompressionBombsAreRefusedFromTheHeader() {
    ImageException e = refused("bomb.png", Fixtures.pngClaiming(100_000, 100_000));
    assertMessage(e, "image is 100000×100000 pixels (limit 40 MP)");
    assertMessage(refused("tall.png", Fixtures.pngClaiming(2, 100_000)), "longest side limit");
    assertMessage(refused("zero.png", Fixtures.pngClaiming(0, 10)), "not an image or corrupt");
  }

  @Test
  void damagedPixelDataIsAFailureOfProcessAllNotAnException() throws Exception {
    // The header is fine, so enqueue (which never decodes) accepts it; decoding finds the damage.
    Path bad = Fixtures.write(dir.resolve("bad.png"), Fixtures.pngWithDamagedData(640, 480));
    Path good =
        Fixtures.write(dir.resolve("good.jpg"), Fixtures.jpeg(Fixtures.photo(400, 300, 17)));
    ImageProcessor p = processor();
    ResponsiveImage badImg = p.enqueue(bad, "bad");
    ResponsiveImage goodImg = p.enqueue(good, "good");

    Run run = process(p);
    assertFalse(run.stats().ok());
    assertEquals(all(badImg).size(), run.stats().failures().size());
    for (ImageFailure f : run.stats().failures()) {
      assertEquals(bad, f.source());
      assertTrue(f.message().contains("damaged"), f.message());
      assertFalse(run.published().containsKey(f.outputPath()), "a failed output is not published");
    }
    assertOutputsMatch(all(goodImg), run.published());
  }

  @Test
  void aSourceChangedBetweenEnqueueAndProcessingFailsRatherThanLie() throws Exception {
    Path file = Fixtures.write(dir.resolve("img.jpg"), Fixtures.jpeg(Fixtures.photo(400, 300, 18)));
    ImageProcessor p = processor();
    p.enqueue(file, "img");
    Fixtures.write(file, Fixtures.jpeg(Fixtures.photo(400, 300, 19)));
    Run run = process(p);
    assertTrue(run.published().isEmpty());
    assertTrue(run.stats().failures().get(0).message().contains("changed"));
  }

  @Test
  void outputBaseMustBeACleanRelativePath() throws Exception {
    Path file = Fixtures.write(dir.resolve("img.jpg"), Fixtures.jpeg(Fixtures.photo(40, 30, 20)));
    ImageProcessor p = processor();
    for (String bad : List.of("", "/abs", "a/../b", "a//b", "a\\b", "a/", "C:x")) {
      assertThrows(IllegalArgumentException.class, () -> p.enqueue(file, bad), bad);
    }
  }

  // ---- WebP off, threads ---------------------------------------------------------------------

  @Test
  void withoutWebpTheSameApiGivesFallbacksOnly() throws Exception {
    Path file = Fixtures.write(dir.resolve("img.jpg"), Fixtures.jpeg(Fixtures.photo(800, 600, 21)));
    ImageProcessor p = new ImageProcessor(dir.resolve("cache"), 1, false);
    ResponsiveImage img = p.enqueue(file, "img");
    assertEquals(List.of(), img.webp());
    assertEquals(List.of(360, 720, 800), widths(img.fallback()));
    assertOutputsMatch(img.fallback(), processOk(p));
  }

  @Test
  void webpWorksOnThisMachine() {
    assertEquals(null, ImageProcessor.webpProblem());
    assertTrue(processor().webpAvailable());
  }

  @Test
  void enqueueFromManyThreadsGivesOneAnswerAndOneSetOfOutputs() throws Exception {
    Path file = Fixtures.write(dir.resolve("img.jpg"), Fixtures.jpeg(Fixtures.photo(800, 600, 22)));
    ImageProcessor p = processor();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ResponsiveImage>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(pool.submit(() -> p.enqueue(file, "img")));
      }
      ResponsiveImage first = answers.get(0).get();
      for (Future<ResponsiveImage> f : answers) {
        assertEquals(first, f.get());
      }
      Run run = process(p);
      assertEquals(all(first).size(), run.published().size());
      assertEquals(all(first).size(), run.stats().processed());
    } finally {
      pool.shutdownNow();
    }
  }
}
