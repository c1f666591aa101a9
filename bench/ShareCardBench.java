import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javax.imageio.ImageIO;
import vn.camnang.share.CardFonts;
import vn.camnang.share.CardPalette;
import vn.camnang.share.CardRenderer;

/**
 * The cost of drawing one share card (layout, Java2D drawing, JPEG encoding), in CPU time of one
 * thread after a warm-up, with and without an infographic thumbnail; and the cost of reading a cached card back.
 *
 * <pre>
 * mvn -B -q -o compile
 * java -cp target/classes bench/ShareCardBench.java [cards per round, default 100] [rounds, default 5]
 * </pre>
 *
 * Titles are the bundled site's guide titles (content/**&#47;index.md), cycled; the thumbnail is
 * content/vssid/cai-dat-vssid/infographic.png, decoded once per card as the build does (subsampled).
 */
public class ShareCardBench {
  /** CPU time of this thread: the machine is shared, so wall time measures the neighbours too. */
  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> titles = titles();
    CardRenderer r = new CardRenderer(CardFonts.get(), CardPalette.fromCss(Files.readString(Path.of("assets/css/site.css"))));
    BufferedImage icon = ImageIO.read(Path.of("assets/icons/icon-192.png").toFile());
    Path info = Path.of("content/vssid/cai-dat-vssid/infographic.png");
    for (int i = 0; i < 30; i++) { // warm-up (JIT, font rasteriser caches)
      r.jpeg(card(titles.get(i % titles.size()), icon, i % 2 == 0 ? thumb(info) : null));
    }
    double[] plain = new double[rounds];
    double[] withThumb = new double[rounds];
    double[] cached = new double[rounds];
    long bytes = 0;
    Path tmp = Files.createTempDirectory("cards");
    for (int k = 0; k < rounds; k++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        byte[] b = r.jpeg(card(titles.get(i % titles.size()), icon, null));
        bytes += b.length;
        if (k == 0) {
          Files.write(tmp.resolve(i + ".jpg"), b);
        }
      }
      plain[k] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / n;
      t0 = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        r.jpeg(card(titles.get(i % titles.size()), icon, thumb(info)));
      }
      withThumb[k] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / n;
      t0 = CPU.getCurrentThreadCpuTime();
      long sum = 0;
      for (int i = 0; i < n; i++) {
        sum += Files.readAllBytes(tmp.resolve(i + ".jpg")).length;
      }
      cached[k] = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / n;
      if (sum == 0) {
        throw new IllegalStateException();
      }
    }
    System.out.printf("cards per round: %d, rounds: %d, titles: %d, cores: %d%n", n, rounds, titles.size(), Runtime.getRuntime().availableProcessors());
    System.out.printf("draw + encode, text only:       median %.1f ms CPU/card  (rounds: %s)%n", median(plain), Arrays.toString(round(plain)));
    System.out.printf("draw + encode, with thumbnail:  median %.1f ms CPU/card  (rounds: %s)%n", median(withThumb), Arrays.toString(round(withThumb)));
    System.out.printf("cached (read the JPEG back):    median %.2f ms CPU/card%n", median(cached));
    System.out.printf("average card size (text only):  %.0f KB%n", bytes / (double) (n * rounds) / 1024);
  }

  static CardRenderer.Card card(String title, BufferedImage icon, BufferedImage thumb) {
    return new CardRenderer.Card(title, "VssID – Bảo hiểm xã hội số", null, "Cẩm nang số", "camnang.example.org", icon, thumb);
  }

  static BufferedImage thumb(Path p) throws Exception {
    try (var in = ImageIO.createImageInputStream(p.toFile())) {
      var reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in, true, true);
      int step = CardRenderer.thumbnailSubsampling(reader.getWidth(0), reader.getHeight(0));
      var param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage img = reader.read(0, param);
      reader.dispose();
      return img;
    }
  }

  static List<String> titles() throws Exception {
    List<String> out = new ArrayList<>();
    try (var s = Files.walk(Path.of("content"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        for (String line : Files.readAllLines(p)) {
          if (line.startsWith("title:")) {
            out.add(line.substring(6).strip().replaceAll("^\"|\"$", ""));
            break;
          }
        }
      }
    }
    return out;
  }

  static double median(double[] a) {
    double[] c = a.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }

  static String[] round(double[] a) {
    return Arrays.stream(a).mapToObj(d -> String.format("%.1f", d)).toArray(String[]::new);
  }
}
