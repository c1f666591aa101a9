import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic Cẩm nang số site of N Vietnamese guides for the search
 * benchmark ({@code bench/search-latency.sh}). Same N and seed → byte-identical files.
 *
 * <pre>
 * java bench/SearchGenSite.java --n 1000 [--seed 7] --out DIR
 *   DIR/site.yaml, DIR/content/index.md,
 *   DIR/content/&lt;topic&gt;/index.md            (50 guides per topic)
 *   DIR/content/&lt;topic&gt;/&lt;guide&gt;/index.md    title, description, date, tags; ~450 words
 * </pre>
 *
 * Text: Vietnamese with diacritics, from three sources mixed per sentence — 55% function words
 * (và, của, bấm, số, chữ, …), 15% the domain's phrases (chữ ký số, đăng ký, VssID, mật khẩu, đường
 * link, …; 70% of them from the 5 phrases of the guide's topic, 30% from all ~115) and 30% a
 * Zipf-distributed pool of 6,000 made-up syllables built from Vietnamese initials, rhymes and tones
 * (place and product names: the long tail that makes an index grow with N). Topics cycle through 8
 * themes (chữ ký số, VssID, dịch vụ công, …), so each theme holds 1/8 of the guides.
 */
public final class SearchGenSite {
  static final int GUIDES_PER_TOPIC = 50;

  static final String[] FUNCTION = (
      "và của là có được cho không người những một các trong khi để này với đã sẽ bạn bà con nếu"
          + " thì rồi chọn bấm nhập mở xem kiểm tra màn hình hiện ra tiếp theo ngay trên dưới sau"
          + " trước đó đây nào cũng vẫn còn phải nên đúng sai mới cần chờ vài phút lần nữa hãy"
          + " luôn chỉ mỗi từng bước nút ô số chữ tên ngày tháng năm nhà mình họ gia đình")
      .split(" ");

  static final String[] DOMAIN = {
    "chữ ký số", "ký số", "đăng ký", "tài khoản", "mật khẩu", "VssID", "bảo hiểm xã hội",
    "bảo hiểm y tế", "thẻ BHYT", "căn cước công dân", "CCCD", "dịch vụ công", "chuyển khoản",
    "mã OTP", "ví điện tử", "Mobile Money", "ngân hàng", "điện thoại", "ứng dụng", "đường dây nóng",
    "đường link", "tin nhắn", "xác thực", "sinh trắc học", "VNeID", "giấy phép lái xe", "khai sinh",
    "thường trú", "tạm trú", "nộp phạt", "phạt nguội", "gian hàng số", "sản phẩm OCOP", "thanh toán",
    "mã QR", "VietQR", "hồ sơ", "trực tuyến", "cổng dịch vụ công", "lừa đảo", "an toàn", "bảo mật",
    "đăng nhập", "đặt lại", "quên mật khẩu", "số điện thoại", "email", "Zalo", "CH Play",
    "App Store", "cài đặt", "cập nhật", "tra cứu", "quá trình đóng", "lương hưu", "trợ cấp",
    "hóa đơn điện", "tiền nước", "học phí", "viện phí", "bưu điện", "Postmart", "Voso", "shipper",
    "giao hàng", "đơn hàng", "khách hàng", "mô tả sản phẩm", "chụp ảnh", "giá bán", "chứng thư số",
    "nhà cung cấp", "USB token", "ký từ xa", "hợp đồng", "chính quyền", "ủy ban nhân dân", "công an",
    "tổ công nghệ số", "người cao tuổi", "nông dân", "hợp tác xã", "đường quốc lộ", "con đường",
    "Bình Dương", "đại dương", "dương lịch", "âm lịch", "mạng 4G", "Wi-Fi", "pin", "bộ nhớ",
    "sao lưu", "khôi phục", "mã PIN", "vân tay", "khuôn mặt", "định danh điện tử", "mức 2",
    "giấy tờ", "bản sao", "chứng thực", "lệ phí", "biên lai", "tem", "thời hạn", "gia hạn",
  };

  /** Topic names (title, folded slug comes from it) and the phrases each favours. */
  static final String[][] TOPICS = {
    {"Chữ ký số công cộng", "chữ ký số", "ký số", "chứng thư số", "USB token", "ký từ xa", "nhà cung cấp"},
    {"VssID – Bảo hiểm xã hội số", "VssID", "bảo hiểm xã hội", "mật khẩu", "thẻ BHYT", "quá trình đóng"},
    {"Dịch vụ công trực tuyến", "dịch vụ công", "hồ sơ", "cổng dịch vụ công", "lệ phí", "khai sinh"},
    {"Thanh toán số", "chuyển khoản", "VietQR", "mã QR", "ngân hàng", "thanh toán"},
    {"Mobile Money", "Mobile Money", "ví điện tử", "số điện thoại", "mã PIN", "thanh toán"},
    {"Gian hàng số OCOP", "gian hàng số", "sản phẩm OCOP", "đơn hàng", "giao hàng", "chụp ảnh"},
    {"An toàn trên mạng", "lừa đảo", "mã OTP", "đường link", "bảo mật", "an toàn"},
    {"Định danh điện tử VNeID", "VNeID", "định danh điện tử", "mức 2", "căn cước công dân", "xác thực"},
  };

  static final String[] VERBS = {
    "Đăng ký", "Cài đặt", "Lấy lại", "Kiểm tra", "Thanh toán", "Nộp", "Tra cứu", "Hủy", "Đổi", "Mở",
    "Khóa", "Xác thực", "Cập nhật", "Gia hạn", "Dùng", "Tìm", "Sửa", "Chia sẻ", "Bảo vệ", "Nhận",
  };

  static final String[] CONTEXTS = {
    "trên điện thoại", "tại nhà", "cho người cao tuổi", "khi đi khám", "qua Zalo", "bằng VNeID",
    "không cần ra bưu điện", "trong 5 phút", "khi mất điện thoại", "cho hộ kinh doanh", "ở xã",
    "ở phường", "cho học sinh", "khi đổi số điện thoại", "lần đầu", "an toàn",
  };

  static final String[] INITIALS =
      "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(" ");
  static final String[] RHYMES = (
      "a ai am an ang anh ao au ay ac ach at ap e em en eng eo et ep i ia im in inh iu it ich ip o oi om on"
          + " ong oc ot op u ua ui um un ung uc ut up ư ưa ưi ưng ươi ươn ương ươc ươt ơ ơi ơm ơn ơt ơp ô ôi"
          + " ôm ôn ông ôc ôt ôp ê êm ên ênh êu êt ênh ich iêm iên iêng iêu iêt oa oai oan oang oanh oat oac"
          + " uân uât uy uyên uyêt ăm ăn ăng ăc ăt ăp âm ân âng âu ây âc ât âp").split(" ");

  public static void main(String[] args) throws IOException {
    int n = 0;
    long seed = 7;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (n <= 0 || out == null) {
      System.err.println("usage: java bench/SearchGenSite.java --n N [--seed S] --out DIR");
      System.exit(2);
    }
    deleteTree(out);
    Files.createDirectories(out.resolve("content"));
    new SearchGenSite(seed).write(n, out);
  }

  final Random rnd;
  final List<String> pool;
  final double[] zipf;

  SearchGenSite(long seed) {
    rnd = new Random(seed);
    Set<String> syl = new LinkedHashSet<>();
    Random r = new Random(seed ^ 0x5EED);
    while (syl.size() < 6000) {
      String s = INITIALS[r.nextInt(INITIALS.length)] + RHYMES[r.nextInt(RHYMES.length)];
      syl.add(Normalizer.normalize(tone(s, r.nextInt(6)), Normalizer.Form.NFC));
    }
    pool = new ArrayList<>(syl);
    zipf = new double[pool.size()];
    double sum = 0;
    for (int i = 0; i < zipf.length; i++) {
      sum += 1.0 / Math.pow(i + 1, 1.05);
      zipf[i] = sum;
    }
    for (int i = 0; i < zipf.length; i++) {
      zipf[i] /= sum;
    }
  }

  /** Puts tone mark t (0 = none) on the main vowel of syllable s. */
  static String tone(String s, int t) {
    if (t == 0) {
      return s;
    }
    String mark = new String[] {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}[t];
    String vowels = "aăâeêioôơuưy";
    int at = -1;
    for (int i = 0; i < s.length(); i++) {
      if (vowels.indexOf(s.charAt(i)) >= 0) {
        at = i;
        if ("ăâêôơư".indexOf(s.charAt(i)) >= 0) {
          break;
        }
      }
    }
    return at < 0 ? s : s.substring(0, at + 1) + mark + s.substring(at + 1);
  }

  String pooled() {
    double x = rnd.nextDouble();
    int lo = 0;
    int hi = zipf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (zipf[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return pool.get(lo);
  }

  String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  String domain(String[] topic) {
    return rnd.nextInt(10) < 7 ? topic[1 + rnd.nextInt(topic.length - 1)] : pick(DOMAIN);
  }

  String sentence(String[] topic, int words) {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    while (count < words) {
      int k = rnd.nextInt(100);
      String w = k < 55 ? pick(FUNCTION) : k < 70 ? domain(topic) : pooled();
      if (sb.length() > 0) {
        sb.append(rnd.nextInt(12) == 0 ? ", " : " ");
      }
      sb.append(w);
      count += w.split(" ").length;
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.append('.').toString();
  }

  String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  void write(int n, Path out) throws IOException {
    int topics = Math.max(1, (n + GUIDES_PER_TOPIC - 1) / GUIDES_PER_TOPIC);
    Files.writeString(
        out.resolve("site.yaml"),
        "title: \"Cẩm nang số – " + n + " bài\"\n"
            + "description: \"Trang thử tìm kiếm với " + n + " bài hướng dẫn tổng hợp.\"\n"
            + "baseUrl: \"https://camnang.example.org/\"\nlanguage: vi\nlocale: vi_VN\n"
            + "author: \"Tổ công nghệ số cộng đồng\"\n");
    Files.writeString(
        out.resolve("content/index.md"),
        "---\ntitle: \"Cẩm nang số\"\ndescription: \"Hướng dẫn từng bước dùng dịch vụ số.\"\n---\n\n"
            + "Trang thử tìm kiếm: " + n + " bài hướng dẫn, " + topics + " chủ đề.\n");
    LocalDate day = LocalDate.of(2026, 1, 1);
    int guide = 0;
    long words = 0;
    for (int t = 0; t < topics && guide < n; t++) {
      String[] topic = TOPICS[t % TOPICS.length];
      String place = capitalized(pooled()) + " " + capitalized(pooled());
      String title = topic[0] + (t < TOPICS.length ? "" : " – " + place);
      String slug = slug(title) + "-" + (t + 1);
      Path dir = out.resolve("content").resolve(slug);
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("index.md"),
          "---\ntitle: \"" + title + "\"\ndescription: \"" + sentence(topic, 18).replace("\"", "")
              + "\"\norder: " + (t + 1) + "\n---\n\n" + sentence(topic, 40) + "\n");
      for (int g = 0; g < GUIDES_PER_TOPIC && guide < n; g++, guide++) {
        String gt = pick(VERBS) + " " + domain(topic) + " " + pick(CONTEXTS)
            + (rnd.nextInt(3) == 0 ? " " + capitalized(pooled()) : "");
        StringBuilder body = new StringBuilder();
        body.append(sentence(topic, 20)).append(' ').append(sentence(topic, 22)).append("\n\n");
        body.append("## Cần chuẩn bị\n\n");
        for (int i = 0; i < 3; i++) {
          body.append("- ").append(sentence(topic, 12)).append('\n');
        }
        body.append("\n## Các bước\n\n");
        for (int i = 1; i <= 6; i++) {
          body.append(i).append(". **").append(capitalized(pick(VERBS).toLowerCase(Locale.ROOT)))
              .append(' ').append(domain(topic)).append(".** ").append(sentence(topic, 22)).append('\n');
        }
        body.append("\n## ").append(capitalized(domain(topic))).append(": lưu ý\n\n")
            .append(sentence(topic, 25)).append(' ').append(sentence(topic, 25)).append(' ')
            .append(sentence(topic, 20)).append("\n\n");
        body.append("!!! warning \"Không bao giờ đưa mã OTP cho người khác\"\n    ")
            .append(sentence(topic, 20)).append("\n\n");
        body.append("## Hỏi đáp\n\n").append(sentence(topic, 30)).append(' ')
            .append(sentence(topic, 30)).append('\n');
        String text = body.toString();
        words += text.split("\\s+").length;
        String desc = sentence(topic, 22).replace("\"", "");
        if (desc.length() > 155) {
          desc = desc.substring(0, desc.lastIndexOf(' ', 150)) + ".";
        }
        String tags = "[" + domain(topic) + ", " + domain(topic) + "]";
        Path gdir = dir.resolve(slug(gt) + "-" + (guide + 1));
        Files.createDirectories(gdir);
        Files.writeString(
            gdir.resolve("index.md"),
            "---\ntitle: \"" + gt + "\"\ndescription: \"" + desc + "\"\ndate: "
                + day.plusDays(guide % 330) + "\ntags: " + tags + "\n---\n\n" + text,
            StandardCharsets.UTF_8);
      }
    }
    System.out.printf(
        Locale.ROOT, "wrote %d guides in %d topics to %s (%.0f words per guide)%n",
        guide, topics, out, words / (double) guide);
  }

  static String slug(String s) {
    String f = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return f.length() > 60 ? f.substring(0, 60).replaceAll("-$", "") : f;
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
