import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import javax.imageio.ImageIO;

/**
 * Writes a deterministic synthetic site of N Vietnamese guides twice: in Cẩm nang số's layout and as
 * an equivalent Hugo site. Same seed and N → byte-identical files.
 *
 * <pre>
 * java bench/GenSite.java --n 1000 --seed 42 --out bench/work/n1000 [--theme-assets DIR]
 *   OUT/camnang/  site.yaml, content/index.md, content/&lt;topic&gt;/index.md, content/&lt;topic&gt;/&lt;guide&gt;/index.md (+ images)
 *   OUT/hugo/     hugo.toml, content/_index.md, content/&lt;topic&gt;/_index.md, content/&lt;topic&gt;/&lt;guide&gt;/index.md (+ images),
 *                 layouts/, assets/ (the built-in theme's CSS and JS, so both sites ship the same bytes)
 *   OUT/manifest.json  guides, topics, images, the known guide and phrase, the guide that rebuilds edit
 * </pre>
 *
 * Guides per topic: 50 (at least 5 topics). Images: N/20 (at least 1), alternating PNG (flat art) and
 * JPEG (photo-like), 640×400, drawn with Java2D (shapes only: no fonts, so no machine dependence).
 */
public final class GenSite {
  static final int GUIDES_PER_TOPIC = 50;
  static final String KNOWN_PHRASE = "đèn lồng phố Hội sáng rực đêm rằm tháng Giêng";

  public static void main(String[] args) throws IOException {
    int n = 0;
    long seed = 42;
    Path out = null;
    Path themeAssets = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--theme-assets" -> themeAssets = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (n <= 0 || out == null) {
      System.err.println("usage: java bench/GenSite.java --n N [--seed S] --out DIR [--theme-assets DIR]");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    long t0 = System.nanoTime();
    new GenSite(n, seed, out, themeAssets).generate();
    System.out.printf(Locale.ROOT, "generated N=%d seed=%d in %s (%d ms)%n", n, seed, out, (System.nanoTime() - t0) / 1_000_000);
  }

  // ---------------------------------------------------------------- vocabulary (Vietnamese)

  static final String[] TOPICS = {
    "Thanh toán số", "Bảo hiểm xã hội số", "Dịch vụ công trực tuyến", "Chữ ký số công cộng",
    "Gian hàng số OCOP", "Định danh điện tử VNeID", "Y tế số", "Giáo dục số", "Nông nghiệp số",
    "An toàn trên mạng", "Ngân hàng trên điện thoại", "Điện nước và hóa đơn", "Giao thông và phạt nguội",
    "Đất đai và nhà ở", "Việc làm và học nghề", "Du lịch cộng đồng", "Bưu điện số", "Thuế điện tử",
    "Hộ tịch và cư trú", "Mạng xã hội an toàn"
  };
  static final String[] ACTIONS = {
    "Cách nộp hồ sơ", "Hướng dẫn đăng ký", "Cách tra cứu", "Cách thanh toán", "Cách cài đặt",
    "Hướng dẫn cập nhật", "Cách lấy lại mật khẩu cho", "Cách kiểm tra", "Hướng dẫn ký số cho",
    "Cách nhận kết quả", "Cách bảo vệ tài khoản", "Hướng dẫn chụp ảnh cho", "Cách đổi thông tin",
    "Cách tải biên lai", "Những lỗi thường gặp khi dùng"
  };
  static final String[] SERVICES = {
    "giấy khai sinh", "thẻ bảo hiểm y tế", "ứng dụng VssID", "ví điện tử Mobile Money",
    "tài khoản định danh mức 2", "giấy phép lái xe", "đăng ký thường trú", "hóa đơn tiền điện",
    "học phí của con", "gian hàng trên Postmart", "chữ ký số trên điện thoại", "mã VietQR",
    "lý lịch tư pháp", "trợ cấp thất nghiệp", "sổ hộ nghèo", "phí đường bộ", "thuế hộ kinh doanh",
    "đăng ký tạm trú", "phiếu khám bệnh", "sản phẩm OCOP"
  };
  static final String[] SUBJECTS = {
    "Bà con", "Người dân", "Cán bộ xã", "Thành viên Tổ công nghệ số", "Người bán hàng",
    "Chủ hộ kinh doanh", "Người cao tuổi", "Phụ huynh học sinh", "Người lao động", "Bạn",
    "Nhân viên bưu điện", "Hợp tác xã", "Người nhận tiền", "Thanh niên tình nguyện", "Chị em phụ nữ"
  };
  static final String[] VERBS = {
    "mở ứng dụng", "đăng nhập bằng tài khoản định danh điện tử", "kiểm tra lại từng thông tin",
    "chụp ảnh căn cước công dân", "nhập mã xác thực gồm sáu chữ số", "chọn đúng dịch vụ cần làm",
    "nộp hồ sơ trực tuyến", "thanh toán lệ phí", "quét mã QR in trên tờ hướng dẫn", "lưu lại biên nhận",
    "đổi mật khẩu mới", "cập nhật số điện thoại chính chủ", "tra cứu kết quả giải quyết",
    "tải giấy tờ lên hệ thống", "ký số vào tờ khai", "chuyển khoản cho người bán", "nhận tiền vào ví",
    "đặt hàng trên sàn thương mại điện tử", "viết mô tả sản phẩm thật ngắn gọn",
    "gọi tổng đài hỗ trợ miễn phí", "bật xác thực sinh trắc học", "đọc kỹ điều khoản sử dụng",
    "chụp màn hình thông báo", "ghi lại mã hồ sơ vào sổ tay"
  };
  static final String[] COMPLEMENTS = {
    "trên điện thoại", "ngay tại nhà", "ở bưu điện xã", "trong vòng năm phút", "trước khi bấm gửi",
    "khi mạng chậm", "vào buổi sáng sớm", "mà không cần ra ủy ban", "theo hướng dẫn của cán bộ",
    "bằng sinh trắc học khuôn mặt", "qua Cổng dịch vụ công quốc gia", "trên ứng dụng VNeID",
    "khi đi khám bệnh", "để tránh bị lừa đảo", "cho người thân ở xa", "tại nhà văn hóa thôn",
    "trong giờ hành chính", "với sự giúp đỡ của con cháu"
  };
  static final String[] PROBLEMS = {
    "ứng dụng báo lỗi", "không nhận được mã OTP", "ảnh chụp bị mờ", "mạng yếu", "quên mật khẩu",
    "hồ sơ bị trả lại", "tài khoản bị tạm khóa", "số dư không đủ", "màn hình đứng im",
    "tên người nhận hiện sai", "điện thoại hết dung lượng"
  };
  static final String[] SCREENS = {
    "thông báo thành công", "mã hồ sơ gồm mười hai chữ số", "danh sách giấy tờ cần nộp",
    "ô nhập mã xác thực", "biên lai điện tử", "lịch hẹn trả kết quả", "số tiền cần thanh toán"
  };
  static final String[] WARNINGS = {
    "không bao giờ đưa mã OTP cho người lạ", "cơ quan nhà nước không gọi điện đòi chuyển tiền",
    "chỉ tải ứng dụng từ kho ứng dụng chính thức", "giữ kín mật khẩu như giữ chìa khóa nhà",
    "kiểm tra kỹ tên người nhận trước khi chuyển tiền", "không bấm vào đường dẫn lạ gửi qua tin nhắn"
  };
  static final String[] PLACES = {
    "Hà Giang", "Lào Cai", "Điện Biên", "Sơn La", "Nghệ An", "Quảng Trị", "Đắk Lắk", "Gia Lai",
    "Kon Tum", "Cà Mau", "Bạc Liêu", "An Giang", "Đồng Tháp", "Thanh Hóa", "Hà Tĩnh", "Quảng Ngãi",
    "Bình Định", "Lâm Đồng", "Sóc Trăng", "Trà Vinh", "Tuyên Quang", "Yên Bái", "Hòa Bình", "Phú Yên"
  };
  static final String[] TAGS = {
    "thanh toán", "bảo hiểm", "dịch vụ công", "chữ ký số", "OCOP", "VNeID", "an toàn", "mật khẩu",
    "hộ tịch", "y tế", "giáo dục", "nông sản", "ngân hàng", "bưu điện", "thuế", "người cao tuổi",
    "điện thoại", "hóa đơn", "cư trú", "lừa đảo"
  };

  // ---------------------------------------------------------------- model

  record Guide(int index, int topic, int order, String slug, String title, String description,
      LocalDate date, LocalDate updated, List<String> tags, String image, boolean jpeg) {
    String path(List<Topic> topics) {
      return topics.get(topic).slug + "/" + slug;
    }
  }

  record Topic(int index, String slug, String title, String description, List<Integer> guides) {}

  private final int n;
  private final long seed;
  private final Path out;
  private final Path themeAssets;
  private final List<Topic> topics = new ArrayList<>();
  private final List<Guide> guides = new ArrayList<>();

  GenSite(int n, long seed, Path out, Path themeAssets) {
    this.n = n;
    this.seed = seed;
    this.out = out;
    this.themeAssets = themeAssets;
  }

  Random rng(long salt) {
    return new Random(seed * 1_000_003L + salt * 7_919L + 17);
  }

  static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  static String slugify(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return d.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  void plan() {
    int topicCount = Math.max(5, (n + GUIDES_PER_TOPIC - 1) / GUIDES_PER_TOPIC);
    for (int t = 0; t < topicCount; t++) {
      String name = TOPICS[t % TOPICS.length] + (t >= TOPICS.length ? " – nhóm " + (t / TOPICS.length + 1) : "");
      String slug = String.format(Locale.ROOT, "cd%03d-%s", t + 1, slugify(name));
      Random r = rng(1_000_000 + t);
      String desc = "Các bài hướng dẫn về " + name.toLowerCase(Locale.ROOT) + ": " + pick(r, VERBS) + ", "
          + pick(r, VERBS) + " và " + pick(r, VERBS) + " " + pick(r, COMPLEMENTS) + ".";
      topics.add(new Topic(t, slug, name, desc, new ArrayList<>()));
    }
    int imageEvery = 20;
    int images = 0;
    LocalDate base = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < n; i++) {
      int t = i % topicCount;
      Topic topic = topics.get(t);
      int order = topic.guides.size() + 1;
      Random r = rng(i);
      String action = pick(r, ACTIONS);
      String service = pick(r, SERVICES);
      String title = action + " " + service + " (bài " + (i + 1) + ")";
      String slug = String.format(Locale.ROOT, "bai-%05d-%s", i + 1, slugify(action + " " + service));
      if (slug.length() > 60) {
        slug = slug.substring(0, 60).replaceAll("-+$", "");
      }
      String description = cap(pick(r, SUBJECTS).toLowerCase(Locale.ROOT)) + " " + pick(r, VERBS) + " "
          + pick(r, COMPLEMENTS) + ", rồi " + pick(r, VERBS) + ". Bài " + (i + 1) + " hướng dẫn từng bước.";
      if (description.length() > 160) {
        description = description.substring(0, 157) + "…";
      }
      LocalDate date = base.plusDays(r.nextInt(700));
      LocalDate updated = date.plusDays(r.nextInt(200));
      Set<String> tags = new LinkedHashSet<>();
      int tc = 2 + r.nextInt(2);
      while (tags.size() < tc) {
        tags.add(pick(r, TAGS));
      }
      String image = null;
      boolean jpeg = false;
      if (i % imageEvery == 7 || (n < imageEvery && i == 0)) {
        jpeg = images % 2 == 1;
        image = jpeg ? "anh-minh-hoa.jpg" : "anh-minh-hoa.png";
        images++;
      }
      topic.guides.add(i);
      guides.add(new Guide(i, t, order, slug, title, description, date, updated, List.copyOf(tags), image, jpeg));
    }
  }

  int knownGuide() {
    return 0;
  }

  int editGuide() {
    return Math.min(n - 1, topics.size() + 3); // second guide of topic 3 (or so): not the known one
  }

  // ---------------------------------------------------------------- text

  String sentence(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, COMPLEMENTS) + ".";
      case 1 -> "Trước khi " + pick(r, VERBS) + ", " + pick(r, SUBJECTS).toLowerCase(Locale.ROOT) + " nên "
          + pick(r, VERBS) + " " + pick(r, COMPLEMENTS) + ".";
      case 2 -> "Nếu " + pick(r, PROBLEMS) + ", " + pick(r, SUBJECTS).toLowerCase(Locale.ROOT) + " hãy "
          + pick(r, VERBS) + " rồi thử lại " + pick(r, COMPLEMENTS) + ".";
      case 3 -> "Sau khi " + pick(r, VERBS) + ", màn hình hiện " + pick(r, SCREENS) + ".";
      case 4 -> "Ở " + pick(r, PLACES) + ", nhiều " + pick(r, SUBJECTS).toLowerCase(Locale.ROOT) + " đã "
          + pick(r, VERBS) + " " + pick(r, COMPLEMENTS) + " chỉ sau " + (2 + r.nextInt(9)) + " buổi tập huấn.";
      case 5 -> "Lưu ý: " + pick(r, WARNINGS) + ".";
      case 6 -> cap(pick(r, VERBS)) + " " + pick(r, COMPLEMENTS) + " giúp tiết kiệm thời gian và tiền đi lại.";
      case 7 -> "Khi thấy " + pick(r, SCREENS) + ", " + pick(r, SUBJECTS).toLowerCase(Locale.ROOT) + " "
          + pick(r, VERBS) + " và giữ lại để đối chiếu về sau.";
      default -> "Mỗi lần " + pick(r, VERBS) + ", hãy nhớ rằng " + pick(r, WARNINGS) + ".";
    };
  }

  String paragraph(Random r, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(sentence(r));
    }
    return sb.toString();
  }

  static int words(String s) {
    int c = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) {
        c++;
      }
      in = letter;
    }
    return c;
  }

  /** The guide's Markdown body; {@code hugo} switches links and callouts to Hugo's forms. */
  String body(Guide g, boolean hugo) {
    Random r = rng(g.index * 31L + 5);
    int target = 500 + r.nextInt(301);
    StringBuilder sb = new StringBuilder();
    sb.append(paragraph(r, 2)).append("\n\n").append(paragraph(r, 2)).append("\n\n");
    if (g.index == knownGuide()) {
      sb.append("Cụm từ kiểm tra của bộ đo: ").append(KNOWN_PHRASE).append(".\n\n");
    }
    sb.append("## Cần chuẩn bị\n\n");
    for (int i = 0; i < 4; i++) {
      sb.append("- ").append(cap(pick(r, VERBS))).append(" ").append(pick(r, COMPLEMENTS)).append(".\n");
    }
    sb.append("\n## Các bước\n\n");
    int steps = 5 + r.nextInt(3);
    for (int i = 1; i <= steps; i++) {
      sb.append(i).append(". **").append(cap(pick(r, VERBS))).append(".** ").append(sentence(r));
      if (r.nextBoolean()) {
        sb.append(' ').append(sentence(r));
      }
      sb.append('\n');
    }
    sb.append('\n');
    if (g.image != null) {
      sb.append("![Ảnh minh họa các bước ").append(g.title.toLowerCase(Locale.ROOT)).append("](")
          .append(g.image).append(")\n\n");
    }
    String warn = cap(pick(r, WARNINGS));
    String warnText = sentence(r) + " " + sentence(r);
    if (hugo) {
      sb.append("> **Cảnh báo: ").append(warn).append("**\n>\n> ").append(warnText).append("\n\n");
    } else {
      sb.append("!!! warning \"").append(warn).append("\"\n    ").append(warnText).append("\n\n");
    }
    sb.append("## Bảng tóm tắt\n\n| Việc cần làm | Ở đâu | Thời gian |\n|---|---|---|\n");
    for (int i = 0; i < 4; i++) {
      sb.append("| ").append(cap(pick(r, VERBS))).append(" | ").append(cap(pick(r, COMPLEMENTS))).append(" | ")
          .append(2 + r.nextInt(28)).append(" phút |\n");
    }
    sb.append("\n## Nếu gặp lỗi\n\n");
    for (int i = 0; i < 3; i++) {
      sb.append("- **").append(cap(pick(r, PROBLEMS))).append("** → ").append(sentence(r)).append('\n');
    }
    sb.append("\n## Xem thêm\n\n");
    List<Guide> links = crossLinks(g, r);
    sb.append("Đọc tiếp các bài liên quan: ");
    for (int i = 0; i < links.size(); i++) {
      Guide o = links.get(i);
      String href = "../../" + o.path(topics) + (hugo ? "/" : "/index.md");
      sb.append(i == 0 ? "" : i == links.size() - 1 ? " và " : ", ")
          .append('[').append(o.title.toLowerCase(Locale.ROOT)).append("](").append(href).append(')');
    }
    sb.append(".\n\n");
    sb.append("## Kinh nghiệm từ cơ sở\n\n");
    do {
      sb.append(paragraph(r, 2 + r.nextInt(3))).append("\n\n");
    } while (words(sb.toString()) < target);
    return sb.toString();
  }

  List<Guide> crossLinks(Guide g, Random r) {
    List<Guide> out = new ArrayList<>();
    Topic t = topics.get(g.topic);
    int pos = g.order - 1;
    if (pos + 1 < t.guides.size()) {
      out.add(guides.get(t.guides.get(pos + 1)));
    } else if (pos > 0) {
      out.add(guides.get(t.guides.get(pos - 1)));
    }
    int tries = 0;
    while (out.size() < 3 && tries++ < 20 && n > 1) {
      Guide o = guides.get(r.nextInt(n));
      if (o.index != g.index && !out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  String yamlList(List<String> tags) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < tags.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(tags.get(i)).append('"');
    }
    return sb.append(']').toString();
  }

  String guideFile(Guide g, boolean hugo) {
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("title: \"").append(g.title).append("\"\n");
    sb.append("description: \"").append(g.description).append("\"\n");
    sb.append("date: ").append(g.date).append('\n');
    sb.append("updated: ").append(g.updated).append('\n');
    if (hugo) {
      sb.append("lastmod: ").append(g.updated).append('\n');
      sb.append("weight: ").append(g.order).append('\n');
    }
    sb.append("order: ").append(g.order).append('\n');
    sb.append("tags: ").append(yamlList(g.tags)).append('\n');
    if (g.image != null) {
      sb.append("image: ").append(g.image).append('\n');
    }
    sb.append("---\n\n");
    sb.append(body(g, hugo));
    return sb.toString();
  }

  String topicFile(Topic t, boolean hugo) {
    Random r = rng(2_000_000 + t.index);
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("title: \"").append(t.title).append("\"\n");
    sb.append("description: \"").append(t.description).append("\"\n");
    sb.append(hugo ? "weight: " : "order: ").append(t.index + 1).append('\n');
    sb.append("---\n\n").append(paragraph(r, 3)).append("\n\n").append(paragraph(r, 2)).append('\n');
    return sb.toString();
  }

  String homeFile() {
    Random r = rng(3_000_000);
    return "---\ntitle: \"Cẩm nang số (bộ đo " + n + " bài)\"\n"
        + "description: \"Trang thử hiệu năng: " + n + " bài hướng dẫn tổng hợp bằng tiếng Việt.\"\n---\n\n"
        + paragraph(r, 3) + "\n\n" + paragraph(r, 2) + "\n";
  }

  // ---------------------------------------------------------------- images

  byte[] image(Guide g) {
    Random r = rng(4_000_000 + g.index);
    int w = 640;
    int h = 400;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D gr = img.createGraphics();
    try {
      if (g.jpeg) { // photo-like: gradients, soft shapes
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        gr.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), w, h, new Color(r.nextInt(0xFFFFFF))));
        gr.fillRect(0, 0, w, h);
        for (int i = 0; i < 40; i++) {
          gr.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 40 + r.nextInt(100)));
          int s = 20 + r.nextInt(160);
          gr.fillOval(r.nextInt(w), r.nextInt(h), s, s);
        }
      } else { // flat art: a phone with a few blocks, palette colours
        gr.setColor(new Color(0xF4F1EA));
        gr.fillRect(0, 0, w, h);
        gr.setColor(new Color(0x0B5D6B));
        gr.fillRoundRect(240, 30, 160, 340, 24, 24);
        gr.setColor(Color.WHITE);
        gr.fillRect(252, 60, 136, 270);
        Color[] palette = {new Color(0xE07A1F), new Color(0x2E8540), new Color(0xC62828), new Color(0x0B5D6B)};
        for (int i = 0; i < 6; i++) {
          gr.setColor(palette[r.nextInt(palette.length)]);
          gr.fillRect(262, 70 + i * 42, 40 + r.nextInt(76), 28);
        }
        gr.setStroke(new BasicStroke(6));
        gr.setColor(new Color(0xE07A1F));
        gr.drawLine(60, 200, 220, 200);
        gr.drawLine(420, 200, 580, 200);
      }
    } finally {
      gr.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, g.jpeg ? "jpg" : "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // ---------------------------------------------------------------- writing

  void write(Path p, String s) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  void generate() throws IOException {
    plan();
    Path ours = out.resolve("camnang");
    Path hugo = out.resolve("hugo");
    deleteTree(ours);
    deleteTree(hugo);
    write(ours.resolve("site.yaml"),
        "title: \"Cẩm nang số – bộ đo\"\n"
            + "description: \"Trang tổng hợp để đo hiệu năng trình tạo trang.\"\n"
            + "baseUrl: \"https://camnang.example.org/\"\n"
            + "language: vi\nlocale: vi_VN\nauthor: \"Tổ công nghệ số cộng đồng\"\n");
    write(ours.resolve("content/index.md"), homeFile());
    write(hugo.resolve("content/_index.md"), homeFile());
    writeHugoScaffold(hugo);
    for (Topic t : topics) {
      write(ours.resolve("content/" + t.slug + "/index.md"), topicFile(t, false));
      write(hugo.resolve("content/" + t.slug + "/_index.md"), topicFile(t, true));
    }
    int imageCount = 0;
    for (Guide g : guides) {
      String rel = "content/" + g.path(topics) + "/";
      write(ours.resolve(rel + "index.md"), guideFile(g, false));
      write(hugo.resolve(rel + "index.md"), guideFile(g, true));
      if (g.image != null) {
        byte[] b = image(g);
        Files.write(ours.resolve(rel + g.image), b);
        Files.write(hugo.resolve(rel + g.image), b);
        imageCount++;
      }
    }
    StringBuilder m = new StringBuilder("{\n");
    m.append("  \"n\": ").append(n).append(",\n  \"seed\": ").append(seed).append(",\n");
    m.append("  \"topics\": ").append(topics.size()).append(",\n  \"images\": ").append(imageCount).append(",\n");
    m.append("  \"knownGuide\": \"").append(guides.get(knownGuide()).path(topics)).append("\",\n");
    m.append("  \"knownPhrase\": \"").append(KNOWN_PHRASE).append("\",\n");
    m.append("  \"editGuide\": \"").append(guides.get(editGuide()).path(topics)).append("\",\n");
    m.append("  \"topicPaths\": [");
    for (int i = 0; i < topics.size(); i++) {
      m.append(i == 0 ? "" : ", ").append('"').append(topics.get(i).slug).append('"');
    }
    m.append("],\n  \"guidePaths\": [\n");
    for (int i = 0; i < guides.size(); i++) {
      m.append("    \"").append(guides.get(i).path(topics)).append('"').append(i + 1 < guides.size() ? ",\n" : "\n");
    }
    m.append("  ]\n}\n");
    write(out.resolve("manifest.json"), m.toString());
  }

  void writeHugoScaffold(Path hugo) throws IOException {
    write(hugo.resolve("hugo.toml"), String.join("\n",
        "# Hugo side of the benchmark: what our generator makes, and nothing Hugo does beyond it.",
        "baseURL = \"https://camnang.example.org/\"",
        "languageCode = \"vi\"",
        "title = \"Cẩm nang số – bộ đo\"",
        "# We build no tag pages: no taxonomies.",
        "disableKinds = [\"taxonomy\", \"term\"]",
        "enableRobotsTXT = true",
        "# One feed for the site (ours: feed.xml); JSON = a whole-site search index (ours: search/).",
        "[outputs]",
        "  home = [\"HTML\", \"RSS\", \"JSON\"]",
        "  section = [\"HTML\"]",
        "  page = [\"HTML\"]",
        "[params]",
        "  description = \"Trang tổng hợp để đo hiệu năng trình tạo trang.\"",
        "[markup.goldmark.renderer]",
        "  unsafe = false",
        ""));
    write(hugo.resolve("layouts/_default/baseof.html"), """
        <!doctype html>
        <html lang="{{ site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
        {{ $desc := .Description | default site.Params.description }}
        <meta name="description" content="{{ $desc }}">
        <link rel="canonical" href="{{ .Permalink }}">
        <meta property="og:url" content="{{ .Permalink }}">
        <meta property="og:type" content="{{ if .IsPage }}article{{ else }}website{{ end }}">
        <meta property="og:title" content="{{ .Title }}">
        <meta property="og:description" content="{{ $desc }}">
        <meta property="og:site_name" content="{{ site.Title }}">
        <meta property="og:locale" content="vi_VN">
        <meta name="twitter:card" content="summary_large_image">
        <meta name="twitter:title" content="{{ .Title }}">
        <meta name="theme-color" content="#0b5d6b">
        {{ with .Resources.GetMatch "*.{png,jpg}" }}{{ $card := .Fill "1200x630 center jpg q82" }}<meta property="og:image" content="{{ $card.Permalink }}">{{ end }}
        {{ $css := resources.Get "css/site.css" | fingerprint "sha256" }}
        <link rel="stylesheet" href="{{ $css.RelPermalink }}">
        <link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ "index.xml" | relURL }}">
        </head>
        <body class="kind-{{ .Kind }}">
        <a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
        <header class="site-header">
          <a class="brand" href="{{ "/" | relURL }}"><span>{{ site.Title }}</span></a>
          <form class="search" role="search" action="{{ "tim-kiem/" | relURL }}" method="get">
            <label class="visually-hidden" for="tim">Tìm bài hướng dẫn</label>
            <input id="tim" type="search" name="q" placeholder="Tìm: chu ky so, vssid…" autocomplete="off">
            <button type="submit">Tìm</button>
          </form>
        </header>
        <main id="noi-dung" tabindex="-1">
        {{ block "main" . }}{{ end }}
        </main>
        <footer class="site-footer">
          <nav aria-label="Chủ đề">
            <ul class="footer-topics">
            {{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            </ul>
          </nav>
          <p>{{ site.Title }} — tài liệu tập huấn của Tổ công nghệ số cộng đồng.</p>
        </footer>
        {{ $js := resources.Get "js/site.js" | fingerprint "sha256" }}
        <script src="{{ $js.RelPermalink }}" defer></script>
        </body>
        </html>
        """);
    // The same image work as ours: WebP and original-format variants at 360 and 640 px wide
    // (ours: ResponsiveImage widths; no upscaling, so 640 wide images give 360 and 640) and a
    // 1200x630 JPEG share card (in baseof above). Ours also makes a QR code per page; Hugo 0.111
    // has no QR function, so that work is ours alone.
    write(hugo.resolve("layouts/_default/_markup/render-image.html"), """
        {{- $img := .Page.Resources.GetMatch .Destination -}}
        {{- if $img -}}
        {{- $w360 := $img.Resize "360x webp q80" -}}{{- $w640 := $img.Resize "640x webp q80" -}}
        {{- $f360 := $img.Resize "360x" -}}{{- $f640 := $img.Resize "640x" -}}
        <figure class="figure"><a class="zoom" href="{{ $f640.RelPermalink }}"><picture><source type="image/webp" srcset="{{ $w360.RelPermalink }} 360w, {{ $w640.RelPermalink }} 640w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)"><img src="{{ $f640.RelPermalink }}" alt="{{ .Text }}" width="{{ $f640.Width }}" height="{{ $f640.Height }}" srcset="{{ $f360.RelPermalink }} 360w, {{ $f640.RelPermalink }} 640w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)"></picture></a></figure>
        {{- else -}}
        <img src="{{ .Destination | safeURL }}" alt="{{ .Text }}">
        {{- end -}}
        """);
    write(hugo.resolve("layouts/partials/card.html"), """
        <li class="card guide-card">
          <a href="{{ .RelPermalink }}">
            <h3 class="card-title">{{ .Title }}</h3>
            {{ with .Description }}<p class="card-desc">{{ . }}</p>{{ end }}
            <p class="card-meta"><span>Cập nhật {{ .Lastmod.Format "02/01/2006" }}</span></p>
          </a>
        </li>
        """);
    write(hugo.resolve("layouts/_default/single.html"), """
        {{ define "main" }}
        <nav class="breadcrumb" aria-label="Đường dẫn">
          <ol>
            <li><a href="{{ "/" | relURL }}">Trang chủ</a></li>
            {{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
          </ol>
        </nav>
        <article class="guide">
          <header class="page-head">
            <h1>{{ .Title }}</h1>
            {{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
            <p class="guide-meta"><span>Cập nhật <time datetime="{{ .Lastmod.Format "2006-01-02" }}">{{ .Lastmod.Format "02/01/2006" }}</time></span></p>
          </header>
          <div class="prose">{{ .Content }}</div>
        </article>
        <nav class="pager" aria-label="Hướng dẫn trước và sau">
          {{ with .PrevInSection }}<a class="pager-prev" href="{{ .RelPermalink }}" rel="prev"><span class="pager-label">‹ Bài trước</span><span class="pager-title">{{ .Title }}</span></a>{{ end }}
          {{ with .NextInSection }}<a class="pager-next" href="{{ .RelPermalink }}" rel="next"><span class="pager-label">Bài tiếp ›</span><span class="pager-title">{{ .Title }}</span></a>{{ end }}
        </nav>
        {{ with .Parent }}<p class="back"><a class="button" href="{{ .RelPermalink }}">Tất cả hướng dẫn: {{ .Title }}</a></p>{{ end }}
        {{ end }}
        """);
    write(hugo.resolve("layouts/_default/list.html"), """
        {{ define "main" }}
        <nav class="breadcrumb" aria-label="Đường dẫn"><ol><li><a href="{{ "/" | relURL }}">Trang chủ</a></li></ol></nav>
        <header class="page-head">
          <h1>{{ .Title }}</h1>
          {{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}
        </header>
        <div class="prose">{{ .Content }}</div>
        <h2 id="huong-dan">Các hướng dẫn ({{ len .Pages }})</h2>
        <ol class="guide-list numbered">
        {{ range .Pages }}{{ partial "card.html" . }}{{ end }}
        </ol>
        {{ end }}
        """);
    write(hugo.resolve("layouts/index.html"), """
        {{ define "main" }}
        <section class="hero">
          <h1>{{ .Title }}</h1>
          <div class="prose">{{ .Content }}</div>
        </section>
        <section aria-labelledby="chu-de">
          <h2 id="chu-de">Chọn chủ đề</h2>
          <ul class="topic-grid">
          {{ range site.Sections }}
            <li class="card topic-card"><a href="{{ .RelPermalink }}"><span class="topic-text">
              <span class="card-title">{{ .Title }}</span>
              {{ with .Description }}<span class="card-desc">{{ . }}</span>{{ end }}
              <span class="card-meta">{{ len .Pages }} hướng dẫn</span>
            </span></a></li>
          {{ end }}
          </ul>
        </section>
        <section aria-labelledby="moi-cap-nhat">
          <h2 id="moi-cap-nhat">Mới cập nhật</h2>
          <ul class="guide-list">
          {{ range first 6 site.RegularPages.ByLastmod.Reverse }}{{ partial "card.html" . }}{{ end }}
          </ul>
        </section>
        {{ end }}
        """);
    write(hugo.resolve("layouts/index.json"), """
        [{{- range $i, $p := site.RegularPages -}}
        {{- if $i }},{{ end -}}
        {{- dict "t" .Title "u" .RelPermalink "d" .Description "c" .Plain | jsonify -}}
        {{- end -}}]
        """);
    write(hugo.resolve("layouts/404.html"), """
        {{ define "main" }}<h1>Không tìm thấy trang</h1><p><a href="{{ "/" | relURL }}">Về trang chủ</a></p>{{ end }}
        """);
    if (themeAssets != null) {
      for (String f : List.of("css/site.css", "js/site.js")) {
        Path src = themeAssets.resolve(f);
        Path dst = hugo.resolve("assets/" + f);
        Files.createDirectories(dst.getParent());
        Files.copy(src, dst);
      }
    } else {
      write(hugo.resolve("assets/css/site.css"), "body{font-family:sans-serif}\n");
      write(hugo.resolve("assets/js/site.js"), "\n");
    }
  }
}
