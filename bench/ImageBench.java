import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import vn.camnang.imaging.ImageProcessor;
import vn.camnang.imaging.ProcessStats;
import vn.camnang.imaging.ResponsiveImage;
import vn.camnang.imaging.Variant;

/**
 * Image throughput of {@code vn.camnang.imaging.ImageProcessor} against Hugo's image processing, on
 * the same deterministic source images, cold (empty caches) and cached (a no-change rebuild). Run it
 * through {@code bench/images.sh}, which compiles it against {@code target/classes} and the
 * dependency classpath.
 *
 * <pre>
 * ImageBench gen   --out W [--seed S] [--photos 20] [--infographics 10] [--screenshots 10]
 *     W/src/            the source images (same seed → same pixels; text uses the machine's DejaVu Sans)
 *     W/hugo/           a Hugo site: one page bundle per image, whose template makes the same widths
 *                       and formats as ours (WebP + the fallback ours chooses: JPEG or PNG)
 *     W/plan.tsv        image, fallback, widths, expected outputs
 * ImageBench run   --src W/src --cache C --out O      one build of ours; prints one JSON line
 * ImageBench bench --work W --rounds R --java JAVA --cp CP --hugo HUGO --report FILE
 *     R rounds of: ours cold, Hugo cold, ours cached, Hugo cached (interleaved), each a fresh
 *     process; checks output counts; writes the Markdown tables to FILE
 * </pre>
 *
 * Settings on both sides: WebP quality 80 (ours: lossy for photos, lossless for flat art, which
 * Hugo 0.111 cannot write; Hugo: lossy for all), JPEG quality 82, PNG at default/maximum deflate.
 */
public final class ImageBench {
  static final String FONT = "DejaVu Sans";

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    Map<String, String> opt = options(Arrays.copyOfRange(args, 1, args.length));
    switch (args[0]) {
      case "gen" -> gen(opt);
      case "run" -> run(opt);
      case "bench" -> bench(opt);
      default -> usage();
    }
  }

  static void usage() {
    System.err.println(
        "usage: ImageBench gen --out W | run --src S --cache C --out O | bench --work W --rounds R"
            + " --java JAVA --cp CP --hugo HUGO --report FILE");
    System.exit(2);
  }

  static Map<String, String> options(String[] a) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < a.length; i++) {
      if (!a[i].startsWith("--") || i + 1 >= a.length) {
        throw new IllegalArgumentException("bad argument " + a[i]);
      }
      m.put(a[i].substring(2), a[++i]);
    }
    return m;
  }

  // ---- gen --------------------------------------------------------------------------------------

  static void gen(Map<String, String> opt) throws Exception {
    Path out = Path.of(opt.get("out"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "20261129"));
    int photos = Integer.parseInt(opt.getOrDefault("photos", "20"));
    int infos = Integer.parseInt(opt.getOrDefault("infographics", "10"));
    int shots = Integer.parseInt(opt.getOrDefault("screenshots", "10"));
    Path src = out.resolve("src");
    deleteTree(src);
    deleteTree(out.resolve("hugo"));
    Files.createDirectories(src);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < photos; i++) {
      Path f = src.resolve(String.format("anh-%02d.jpg", i + 1));
      writeJpeg(photo(4000, 3000, seed * 31 + i), f, 0.92f);
      files.add(f);
    }
    for (int i = 0; i < infos; i++) {
      Path f = src.resolve(String.format("infographic-%02d.png", i + 1));
      ImageIO.write(infographic(1080, 4000, seed * 37 + i), "png", f.toFile());
      files.add(f);
    }
    for (int i = 0; i < shots; i++) {
      Path f = src.resolve(String.format("man-hinh-%02d.png", i + 1));
      ImageIO.write(screenshot(1080, 2340, seed * 41 + i), "png", f.toFile());
      files.add(f);
    }

    // Ask ours (header only, nothing decoded) which fallback and widths each image gets, so the
    // Hugo template makes exactly the same set of outputs.
    Path scratch = Files.createTempDirectory("imagebench-plan");
    ImageProcessor plan = new ImageProcessor(scratch);
    Path hugo = out.resolve("hugo");
    Files.createDirectories(hugo.resolve("layouts/_default"));
    Files.writeString(
        hugo.resolve("hugo.toml"),
        """
        baseURL = "http://127.0.0.1/"
        languageCode = "vi"
        title = "ImageBench"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [imaging]
          quality = 80
          resampleFilter = "box"
        """);
    Files.writeString(hugo.resolve("layouts/index.html"), "<!doctype html><title>home</title>\n");
    Files.writeString(hugo.resolve("layouts/_default/list.html"), "<!doctype html><title>list</title>\n");
    // Each page processes its own image: Hugo renders pages in parallel, as it would a real site.
    Files.writeString(
        hugo.resolve("layouts/_default/single.html"),
        """
        {{- $img := (.Resources.ByType "image").GetMatch "*" -}}
        {{- $fb := .Params.fallback -}}
        <!doctype html><title>{{ .Title }}</title>
        <picture>
        {{- range $w := .Params.widths }}
        {{- $webp := $img.Resize (printf "%dx webp q80" $w) }}
        {{- $fall := $img.Resize (printf "%dx %s" $w $fb) }}
        <source srcset="{{ $webp.RelPermalink }} {{ $webp.Width }}w"><img src="{{ $fall.RelPermalink }}" width="{{ $fall.Width }}">
        {{- end }}
        </picture>
        """);
    StringBuilder tsv = new StringBuilder("image\tfallback\twidths\toutputs\n");
    int expected = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      String base = name.substring(0, name.lastIndexOf('.'));
      ResponsiveImage r = plan.enqueue(f, "img/" + base);
      String mime = r.fallbackMime();
      String fb = mime.equals("image/png") ? "png" : "jpg q82";
      String widths =
          r.fallback().stream().map(v -> Integer.toString(v.width())).collect(Collectors.joining(","));
      int outputs = r.webp().size() + r.fallback().size();
      expected += outputs;
      tsv.append(name).append('\t').append(mime).append('\t').append(widths).append('\t')
          .append(outputs).append('\n');
      Path page = hugo.resolve("content").resolve(base);
      Files.createDirectories(page);
      Files.copy(f, page.resolve(name));
      Files.writeString(
          page.resolve("index.md"),
          "---\ntitle: \"" + base + "\"\n_build:\n  publishResources: false\nfallback: \"" + fb + "\"\nwidths: [" + widths + "]\n---\n");
    }
    Files.writeString(out.resolve("plan.tsv"), tsv.toString());
    Files.writeString(out.resolve("expected-outputs.txt"), expected + "\n");
    Files.writeString(out.resolve("set.txt"), String.format(Locale.ROOT,
        "%d JPEG photos 4000×3000, %d PNG infographics 1080×4000, %d PNG screenshots 1080×2340;"
            + " %.1f MB, seed %d%n", photos, infos, shots, totalBytes(files) / 1e6, seed));
    deleteTree(scratch);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(
        Locale.ROOT,
        "generated %d images (%.1f MB) in %s; expected outputs per tool: %d%n",
        files.size(), bytes / 1e6, src, expected);
    System.out.print(tsv);
  }

  /** A phone-like photo: sky/ground gradients, soft shapes, sensor noise. */
  static BufferedImage photo(int w, int h, long seed) {
    Random rnd = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Color sky1 = hsb(rnd, 0.55f, 0.65f, 0.35f, 0.9f);
    Color sky2 = hsb(rnd, 0.5f, 0.6f, 0.1f, 1f);
    int horizon = h / 3 + rnd.nextInt(h / 4);
    g.setPaint(new GradientPaint(0, 0, sky1, 0, horizon, sky2));
    g.fillRect(0, 0, w, horizon);
    Color g1 = hsb(rnd, 0.2f, 0.38f, 0.5f, 0.55f);
    Color g2 = hsb(rnd, 0.08f, 0.2f, 0.4f, 0.3f);
    g.setPaint(new GradientPaint(0, horizon, g1, w / 3f, h, g2));
    g.fillRect(0, horizon, w, h - horizon);
    for (int i = 0; i < 40; i++) {
      int cx = rnd.nextInt(w);
      int cy = horizon - h / 10 + rnd.nextInt(h - horizon + h / 10);
      int rw = 80 + rnd.nextInt(700);
      int rh = 60 + rnd.nextInt(500);
      Color a = hsb(rnd, 0f, 1f, 0.3f, 0.9f);
      Color b = hsb(rnd, 0f, 1f, 0.1f, 0.6f);
      g.setPaint(new GradientPaint(cx - rw, cy - rh, a, cx + rw, cy + rh, b));
      if (rnd.nextBoolean()) {
        g.fillOval(cx - rw / 2, cy - rh / 2, rw, rh);
      } else {
        g.fillRoundRect(cx - rw / 2, cy - rh / 2, rw, rh, 40, 40);
      }
    }
    // Foliage, gravel, fabric: small details that survive downscaling to 1080 px.
    for (int i = 0; i < 60_000; i++) {
      int cx = rnd.nextInt(w);
      int cy = horizon + rnd.nextInt(h - horizon);
      int r = 3 + rnd.nextInt(10 + 30 * (cy - horizon) / (h - horizon));
      g.setColor(hsb(rnd, 0.08f, 0.4f, 0.15f, 0.8f));
      g.fillOval(cx - r, cy - r / 2, 2 * r, r + 1 + rnd.nextInt(r + 1));
    }
    g.dispose();
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    // Texture: value noise on a 6-px grid (±14, bilinear), plus per-pixel sensor noise (±8).
    int cell = 6;
    int gw = w / cell + 2;
    int gh = h / cell + 2;
    int[] grid = new int[gw * gh];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = rnd.nextInt(29) - 14;
    }
    long s = seed * 0x9E3779B97F4A7C15L | 1;
    for (int y = 0; y < h; y++) {
      int gy = y / cell;
      int fy = y % cell;
      for (int x = 0; x < w; x++) {
        int gx = x / cell;
        int fx = x % cell;
        int a = grid[gy * gw + gx];
        int b0 = grid[gy * gw + gx + 1];
        int c = grid[(gy + 1) * gw + gx];
        int d = grid[(gy + 1) * gw + gx + 1];
        int t = ((a * (cell - fx) + b0 * fx) * (cell - fy) + (c * (cell - fx) + d * fx) * fy)
            / (cell * cell);
        s ^= s << 13;
        s ^= s >>> 7;
        s ^= s << 17;
        int n = t + (int) (s & 0xF) - 8;
        int nc = (int) ((s >>> 8) & 0x7) - 4; // chroma noise, ±4
        int i = y * w + x;
        int p = px[i];
        int r = clamp(((p >> 16) & 0xFF) + n + nc);
        int gg = clamp(((p >> 8) & 0xFF) + n);
        int b = clamp((p & 0xFF) + n - nc);
        px[i] = r << 16 | gg << 8 | b;
      }
    }
    return img;
  }

  static Color hsb(Random rnd, float h0, float h1, float b0, float b1) {
    float hue = h0 + rnd.nextFloat() * (h1 - h0);
    return Color.getHSBColor(hue, 0.3f + rnd.nextFloat() * 0.5f, b0 + rnd.nextFloat() * (b1 - b0));
  }

  static int clamp(int v) {
    return v < 0 ? 0 : Math.min(255, v);
  }

  static final String[] STEPS = {
    "Mở ứng dụng VssID trên điện thoại",
    "Chọn “Đăng ký” và nhập mã số BHXH",
    "Chụp ảnh CCCD hai mặt, đủ sáng",
    "Chọn cơ quan BHXH nơi cư trú",
    "Nhận mật khẩu qua tin nhắn SMS",
    "Không bao giờ đưa mã OTP cho người khác",
    "Kiểm tra nhà phát triển: Bảo hiểm xã hội Việt Nam",
    "Quét mã VietQR để chuyển khoản đúng người nhận",
    "Đăng nhập Cổng dịch vụ công bằng VNeID",
    "Ký số hồ sơ bằng chữ ký số công cộng",
  };

  /** A tall infographic: flat colour bands, numbered steps, text with diacritics, simple icons. */
  static BufferedImage infographic(int w, int h, long seed) {
    Random rnd = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Color[] palette = {
      new Color(0x0B5394), new Color(0xE69138), new Color(0x38761D), new Color(0xCC0000),
      new Color(0x674EA7), new Color(0x45818E)
    };
    Color main = palette[rnd.nextInt(palette.length)];
    g.setColor(new Color(0xFFF8E7));
    g.fillRect(0, 0, w, h);
    g.setColor(main);
    g.fillRect(0, 0, w, 420);
    g.setColor(Color.WHITE);
    g.setFont(new Font(FONT, Font.BOLD, 64));
    g.drawString("Cẩm nang số", 60, 140);
    g.setFont(new Font(FONT, Font.PLAIN, 44));
    g.drawString("Hướng dẫn từng bước – bài " + (1 + rnd.nextInt(99)), 60, 230);
    g.drawString("Dành cho Tổ công nghệ số cộng đồng", 60, 300);
    int y = 500;
    int step = 1;
    while (y < h - 420) {
      Color c = palette[(step + rnd.nextInt(2)) % palette.length];
      g.setColor(Color.WHITE);
      g.fillRoundRect(40, y, w - 80, 300, 36, 36);
      g.setColor(c);
      g.setStroke(new BasicStroke(6));
      g.drawRoundRect(40, y, w - 80, 300, 36, 36);
      g.fillOval(80, y + 40, 120, 120);
      g.setColor(Color.WHITE);
      g.setFont(new Font(FONT, Font.BOLD, 64));
      g.drawString(Integer.toString(step), step < 10 ? 120 : 100, y + 124);
      g.setColor(new Color(0x222222));
      g.setFont(new Font(FONT, Font.BOLD, 40));
      String s = STEPS[rnd.nextInt(STEPS.length)];
      g.drawString(s.length() > 26 ? s.substring(0, 26) + "…" : s, 240, y + 100);
      g.setFont(new Font(FONT, Font.PLAIN, 34));
      g.drawString("Bấm nút, chờ màn hình hiện ra, rồi làm tiếp.", 240, y + 170);
      g.drawString("Nếu sai, bấm “Quay lại” và kiểm tra từng chữ số.", 240, y + 220);
      // a phone icon
      g.setColor(c);
      g.fillRoundRect(w - 200, y + 60, 90, 170, 18, 18);
      g.setColor(Color.WHITE);
      g.fillRect(w - 190, y + 80, 70, 120);
      y += 360;
      step++;
    }
    g.setColor(new Color(0xCC0000));
    g.fillRect(0, h - 320, w, 320);
    g.setColor(Color.WHITE);
    g.setFont(new Font(FONT, Font.BOLD, 48));
    g.drawString("Không bao giờ đưa mã OTP cho người khác!", 60, h - 180);
    g.dispose();
    return img;
  }

  /** A phone screenshot: status bar, app bar, cards with text, buttons, bottom navigation. */
  static BufferedImage screenshot(int w, int h, long seed) {
    Random rnd = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Color app = Color.getHSBColor(rnd.nextFloat(), 0.7f, 0.6f);
    g.setColor(new Color(0xF2F2F2));
    g.fillRect(0, 0, w, h);
    g.setColor(app.darker());
    g.fillRect(0, 0, w, 90);
    g.setColor(Color.WHITE);
    g.setFont(new Font(FONT, Font.PLAIN, 36));
    g.drawString(String.format("%d:%02d", 7 + rnd.nextInt(12), rnd.nextInt(60)), 40, 60);
    g.drawString((40 + rnd.nextInt(60)) + "%", w - 140, 60);
    g.setColor(app);
    g.fillRect(0, 90, w, 190);
    g.setColor(Color.WHITE);
    g.setFont(new Font(FONT, Font.BOLD, 52));
    g.drawString(new String[] {"VssID", "Dịch vụ công", "Ví điện tử", "VNeID"}[rnd.nextInt(4)], 60, 210);
    int y = 320;
    while (y < h - 400) {
      g.setColor(Color.WHITE);
      g.fillRoundRect(30, y, w - 60, 230, 28, 28);
      g.setColor(Color.getHSBColor(rnd.nextFloat(), 0.5f, 0.85f));
      g.fillOval(60, y + 45, 140, 140);
      g.setColor(new Color(0x202124));
      g.setFont(new Font(FONT, Font.BOLD, 40));
      g.drawString(STEPS[rnd.nextInt(STEPS.length)].substring(0, 20), 240, y + 95);
      g.setColor(new Color(0x5F6368));
      g.setFont(new Font(FONT, Font.PLAIN, 32));
      g.drawString("Cập nhật lúc " + (1 + rnd.nextInt(28)) + "/11/2026 · đã xác thực", 240, y + 155);
      y += 260;
    }
    g.setColor(app);
    g.fillRoundRect(60, h - 380, w - 120, 130, 65, 65);
    g.setColor(Color.WHITE);
    g.setFont(new Font(FONT, Font.BOLD, 44));
    g.drawString("Tiếp tục", w / 2 - 90, h - 300);
    g.setColor(Color.WHITE);
    g.fillRect(0, h - 200, w, 200);
    g.setColor(new Color(0xDADCE0));
    g.fillRect(0, h - 200, w, 3);
    for (int i = 0; i < 4; i++) {
      g.setColor(i == 0 ? app : new Color(0x80868B));
      g.fillRoundRect(90 + i * 250, h - 160, 70, 70, 20, 20);
    }
    g.dispose();
    return img;
  }

  static void writeJpeg(BufferedImage img, Path f, float q) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(q);
    Files.deleteIfExists(f);
    try (FileImageOutputStream out = new FileImageOutputStream(f.toFile())) {
      w.setOutput(out);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
  }

  // ---- run (one build of ours, in a fresh JVM) ---------------------------------------------------

  static void run(Map<String, String> opt) throws Exception {
    long t0 = System.nanoTime();
    Path src = Path.of(opt.get("src"));
    Path cache = Path.of(opt.get("cache"));
    Path out = Path.of(opt.get("out"));
    List<Path> files;
    try (Stream<Path> s = Files.list(src)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    ImageProcessor images = new ImageProcessor(cache);
    if (!images.webpAvailable()) {
      throw new IllegalStateException("WebP unavailable: " + ImageProcessor.webpProblem());
    }
    long t1 = System.nanoTime();
    for (Path f : files) {
      String name = f.getFileName().toString();
      images.enqueue(f, "img/" + name.substring(0, name.lastIndexOf('.')));
    }
    long t2 = System.nanoTime();
    long[] bytes = new long[2]; // webp, fallbacks
    int[] count = new int[2];
    ProcessStats stats =
        images.processAll(
            (path, file) -> {
              try {
                Path target = out.resolve(path);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                int k = path.endsWith(".webp") ? 0 : 1;
                bytes[k] += Files.size(target);
                count[k]++;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    long t3 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "{\"images\":%d,\"published\":%d,\"webp\":%d,\"fallback\":%d,\"webpBytes\":%d,"
            + "\"fallbackBytes\":%d,\"processed\":%d,\"fromCache\":%d,\"failures\":%d,"
            + "\"setupMs\":%.1f,\"enqueueMs\":%.1f,\"processMs\":%.1f}%n",
        files.size(), count[0] + count[1], count[0], count[1], bytes[0], bytes[1],
        stats.processed(), stats.fromCache(), stats.failures().size(),
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    if (!stats.ok()) {
      stats.failures().forEach(f -> System.err.println("failure: " + f));
      System.exit(1);
    }
  }

  // ---- bench (the interleaved comparison) --------------------------------------------------------

  record Sample(double wallMs, double innerMs, int outputs, int webp, int fallback,
      long webpBytes, long fallbackBytes, String detail, double cpuS, long rssKb) {}

  /** CPU seconds (user + sys) and peak RSS of the last {@link #exec}, from GNU time; -1 without it. */
  static double lastCpu = -1;

  static long lastRss = -1;

  static void bench(Map<String, String> opt) throws Exception {
    Path work = Path.of(opt.get("work")).toAbsolutePath();
    int rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
    String java = opt.getOrDefault("java", "java");
    String cp = opt.get("cp");
    String hugoBin = opt.getOrDefault("hugo", "hugo");
    Path report = Path.of(opt.get("report"));
    Path src = work.resolve("src");
    Path hugo = work.resolve("hugo");
    int images;
    try (Stream<Path> s = Files.list(src)) {
      images = (int) s.count();
    }
    int expected = Integer.parseInt(Files.readString(work.resolve("expected-outputs.txt")).trim());
    Path cache = work.resolve("ours-cache");
    Path out = work.resolve("ours-out");
    Path logs = work.resolve("logs");
    Files.createDirectories(logs);

    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (String k : List.of("ours cold", "hugo cold", "ours cached", "hugo cached")) {
      samples.put(k, new ArrayList<>());
    }
    for (int r = 1; r <= rounds; r++) {
      // Alternate who goes first, so neither always runs right after the other's cold build.
      boolean oursFirst = r % 2 == 1;
      for (String tool : oursFirst ? List.of("ours", "hugo") : List.of("hugo", "ours")) {
        if (tool.equals("ours")) {
          deleteTree(cache);
          deleteTree(out);
          samples.get("ours cold").add(ours(java, cp, src, cache, out, logs, "r" + r + "-cold"));
        } else {
          deleteTree(hugo.resolve("resources/_gen"));
          deleteTree(hugo.resolve("public"));
          samples.get("hugo cold").add(hugo(hugoBin, hugo, logs, "r" + r + "-cold"));
        }
      }
      for (String tool : oursFirst ? List.of("ours", "hugo") : List.of("hugo", "ours")) {
        if (tool.equals("ours")) {
          samples.get("ours cached").add(ours(java, cp, src, cache, out, logs, "r" + r + "-cached"));
        } else {
          samples.get("hugo cached").add(hugo(hugoBin, hugo, logs, "r" + r + "-cached"));
        }
      }
      System.out.printf(Locale.ROOT, "round %d/%d:", r, rounds);
      samples.forEach((k, v) -> {
        Sample s = v.get(v.size() - 1);
        System.out.printf(Locale.ROOT, "  %s %.0f ms (%d outputs)", k, s.wallMs(), s.outputs());
      });
      System.out.println();
    }

    // Checks: every run produced the expected outputs.
    List<String> problems = new ArrayList<>();
    samples.forEach((k, v) -> v.forEach(s -> {
      if (s.outputs() != expected) {
        problems.add(k + ": " + s.outputs() + " outputs, expected " + expected + " (" + s.detail() + ")");
      }
    }));
    problems.forEach(p -> System.err.println("CHECK FAILED: " + p));

    Map<String, Double> wall = new LinkedHashMap<>();
    Map<String, Double> inner = new LinkedHashMap<>();
    samples.forEach((k, v) -> {
      wall.put(k, median(v.stream().mapToDouble(Sample::wallMs).toArray()));
      inner.put(k, median(v.stream().mapToDouble(Sample::innerMs).toArray()));
    });
    StringBuilder md = new StringBuilder();
    md.append("Images: ").append(images).append(" sources (")
        .append(Files.readString(work.resolve("set.txt")).trim()).append("), ").append(expected)
        .append(" outputs per build and tool (checked on every run: ")
        .append(problems.isEmpty() ? "all matched" : "**" + problems.size() + " mismatches**")
        .append("). Rounds: ").append(rounds)
        .append(", interleaved (ours cold, Hugo cold, ours cached, Hugo cached; who goes first alternates).")
        .append(" Times are medians of wall time of the whole process (JVM start included for ours).\n\n");
    md.append("| run | median wall (ms) | all runs (ms) | images/s | outputs/s | median CPU s (user+sys) | median peak RSS (MB) |\n|---|---:|---|---:|---:|---:|---:|\n");
    samples.forEach((k, v) -> {
      double ms = wall.get(k);
      md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.2f | %.1f | %.1f | %.0f |%n", k, ms,
          v.stream().map(s -> String.format(Locale.ROOT, "%.0f", s.wallMs())).collect(Collectors.joining(", ")),
          images * 1000 / ms, expected * 1000 / ms,
          median(v.stream().mapToDouble(Sample::cpuS).toArray()),
          median(v.stream().mapToDouble(s -> s.rssKb() / 1024.0).toArray())));
    });
    md.append("\nOurs in-process (enqueue: header + SHA-256 of every source; processAll: decode, resize, encode,"
        + " cache, copy to the output folder), medians:\n\n");
    md.append("| run | median in-process (ms) | all runs (ms) | images/s | outputs/s |\n|---|---:|---|---:|---:|\n");
    for (String k : List.of("ours cold", "ours cached")) {
      double ms = inner.get(k);
      md.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.1f | %.1f |%n", k, ms,
          samples.get(k).stream().map(s -> String.format(Locale.ROOT, "%.0f", s.innerMs())).collect(Collectors.joining(", ")),
          images * 1000 / ms, expected * 1000 / ms));
    }
    md.append("\n| ratio | value |\n|---|---:|\n");
    md.append(String.format(Locale.ROOT, "| cold: Hugo time / ours time (>1 = ours faster) | %.2f× |%n",
        wall.get("hugo cold") / wall.get("ours cold")));
    md.append(String.format(Locale.ROOT, "| cold: median of the per-round paired ratios Hugo / ours (%s) | %.2f× |%n",
        paired(samples.get("hugo cold"), samples.get("ours cold"), Sample::wallMs).stream()
            .map(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(", ")),
        median(paired(samples.get("hugo cold"), samples.get("ours cold"), Sample::wallMs).stream()
            .mapToDouble(Double::doubleValue).toArray())));
    md.append(String.format(Locale.ROOT, "| cold: CPU seconds Hugo / ours (medians; less sensitive to other tenants) | %.2f× |%n",
        median(samples.get("hugo cold").stream().mapToDouble(Sample::cpuS).toArray())
            / median(samples.get("ours cold").stream().mapToDouble(Sample::cpuS).toArray())));
    md.append(String.format(Locale.ROOT, "| cached: Hugo time / ours time, whole process | %.2f× |%n",
        wall.get("hugo cached") / wall.get("ours cached")));
    md.append(String.format(Locale.ROOT, "| ours: cold / cached, whole process (JVM start included) | %.1f× |%n",
        wall.get("ours cold") / wall.get("ours cached")));
    md.append(String.format(Locale.ROOT, "| ours: cold / cached, in-process (enqueue + processAll) | %.1f× |%n",
        inner.get("ours cold") / inner.get("ours cached")));
    md.append(String.format(Locale.ROOT, "| Hugo: cold / cached, whole process | %.1f× |%n",
        wall.get("hugo cold") / wall.get("hugo cached")));
    // Bytes (from the last cold run of each; every run writes the same bytes).
    Sample o = samples.get("ours cold").get(rounds - 1);
    Sample h = samples.get("hugo cold").get(rounds - 1);
    md.append("\n| output bytes | WebP (count) | WebP bytes | fallbacks (count) | fallback bytes | total |\n|---|---:|---:|---:|---:|---:|\n");
    md.append(String.format(Locale.ROOT, "| ours | %d | %s | %d | %s | %s |%n", o.webp(), mb(o.webpBytes()),
        o.fallback(), mb(o.fallbackBytes()), mb(o.webpBytes() + o.fallbackBytes())));
    md.append(String.format(Locale.ROOT, "| Hugo | %d | %s | %d | %s | %s |%n", h.webp(), mb(h.webpBytes()),
        h.fallback(), mb(h.fallbackBytes()), mb(h.webpBytes() + h.fallbackBytes())));
    md.append(String.format(Locale.ROOT, "| ours / Hugo | | %.2f | | %.2f | %.2f |%n",
        o.webpBytes() / (double) h.webpBytes(), o.fallbackBytes() / (double) h.fallbackBytes(),
        (o.webpBytes() + o.fallbackBytes()) / (double) (h.webpBytes() + h.fallbackBytes())));
    md.append("\nPer kind (bytes of the last cold run):\n\n");
    md.append(perKind(out, hugo.resolve("public")));
    md.append("\nRun at ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append('\n');
    Files.writeString(report, md.toString());
    System.out.println();
    System.out.print(md);
    if (!problems.isEmpty()) {
      System.exit(1);
    }
  }

  static long totalBytes(List<Path> files) throws IOException {
    long b = 0;
    for (Path f : files) {
      b += Files.size(f);
    }
    return b;
  }

  static List<Double> paired(List<Sample> a, List<Sample> b, java.util.function.ToDoubleFunction<Sample> f) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      out.add(f.applyAsDouble(a.get(i)) / f.applyAsDouble(b.get(i)));
    }
    return out;
  }

  static String mb(long b) {
    return String.format(Locale.ROOT, "%.2f MB", b / 1e6);
  }

  /** Bytes per source kind (photos, infographics, screenshots) and format. */
  static String perKind(Path ours, Path hugoPublic) throws IOException {
    StringBuilder sb = new StringBuilder(
        "| kind | ours WebP | Hugo WebP | ours fallback | Hugo fallback |\n|---|---:|---:|---:|---:|\n");
    for (String kind : List.of("anh-", "infographic-", "man-hinh-")) {
      long[] o = kindBytes(ours, kind);
      long[] h = kindBytes(hugoPublic, kind);
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n",
          switch (kind) { case "anh-" -> "photos (JPEG 4000×3000)"; case "infographic-" -> "infographics (PNG 1080×4000)"; default -> "screenshots (PNG 1080×2340)"; },
          mb(o[0]), mb(h[0]), mb(o[1]), mb(h[1])));
    }
    return sb.toString();
  }

  static long[] kindBytes(Path root, String prefix) throws IOException {
    long[] b = new long[2];
    for (Path f : outputs(root)) {
      String rel = root.relativize(f).toString();
      if (!rel.contains(prefix)) {
        continue;
      }
      b[f.toString().endsWith(".webp") ? 0 : 1] += Files.size(f);
    }
    return b;
  }

  static List<Path> outputs(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(webp|jpg|jpeg|png)$"))
          .sorted()
          .toList();
    }
  }

  static Sample ours(String java, String cp, Path src, Path cache, Path out, Path logs, String tag)
      throws Exception {
    Path log = logs.resolve("ours-" + tag + ".log");
    long t0 = System.nanoTime();
    int rc = exec(List.of(java, "-cp", cp, "ImageBench", "run", "--src", src.toString(), "--cache",
        cache.toString(), "--out", out.toString()), null, log);
    double wall = (System.nanoTime() - t0) / 1e6;
    String text = Files.readString(log);
    if (rc != 0) {
      throw new IllegalStateException("ours failed (" + rc + "), see " + log + ":\n" + text);
    }
    String json = text.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
    // Count what is on disk, not only what the run says it published.
    int webp = 0, fallback = 0;
    long wb = 0, fb = 0;
    for (Path f : outputs(out)) {
      if (f.toString().endsWith(".webp")) {
        webp++;
        wb += Files.size(f);
      } else {
        fallback++;
        fb += Files.size(f);
      }
    }
    double inner = num(json, "enqueueMs") + num(json, "processMs");
    return new Sample(wall, inner, webp + fallback, webp, fallback, wb, fb, json, lastCpu, lastRss);
  }

  static Sample hugo(String hugoBin, Path site, Path logs, String tag) throws Exception {
    Path log = logs.resolve("hugo-" + tag + ".log");
    long t0 = System.nanoTime();
    int rc = exec(List.of(hugoBin, "--source", site.toString(), "--quiet"), null, log);
    double wall = (System.nanoTime() - t0) / 1e6;
    if (rc != 0) {
      throw new IllegalStateException("hugo failed (" + rc + "), see " + log + ":\n" + Files.readString(log));
    }
    int webp = 0, fallback = 0;
    long wb = 0, fb = 0;
    for (Path f : outputs(site.resolve("public"))) {
      if (f.toString().endsWith(".webp")) {
        webp++;
        wb += Files.size(f);
      } else {
        fallback++;
        fb += Files.size(f);
      }
    }
    long gen = outputs(site.resolve("resources/_gen/images")).size();
    return new Sample(wall, wall, webp + fallback, webp, fallback, wb, fb,
        "public " + (webp + fallback) + ", resources/_gen " + gen, lastCpu, lastRss);
  }

  static double num(String json, String key) {
    int i = json.indexOf("\"" + key + "\":");
    int j = i + key.length() + 3;
    int k = j;
    while (k < json.length() && "0123456789.-".indexOf(json.charAt(k)) >= 0) {
      k++;
    }
    return Double.parseDouble(json.substring(j, k));
  }

  static int exec(List<String> command, Path dir, Path log) throws Exception {
    List<String> cmd = new ArrayList<>();
    Path timeFile = Path.of(log + ".time");
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    if (gnuTime) {
      cmd.addAll(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", timeFile.toString()));
    }
    cmd.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process p = pb.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + cmd);
    }
    lastCpu = -1;
    lastRss = -1;
    if (gnuTime && Files.exists(timeFile)) {
      String[] t = Files.readAllLines(timeFile).stream().filter(l -> l.matches("[0-9. ]+"))
          .reduce((a, b) -> b).orElse("").trim().split(" ");
      if (t.length == 3) {
        lastCpu = Double.parseDouble(t[0]) + Double.parseDouble(t[1]);
        lastRss = Long.parseLong(t[2]);
      }
    }
    return p.exitValue();
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
