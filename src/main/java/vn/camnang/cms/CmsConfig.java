package vn.camnang.cms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.camnang.config.SafeYaml;
import vn.camnang.content.Header;
import vn.camnang.content.HeaderSplitter;
import vn.camnang.site.Checks;
import vn.camnang.util.Slugs;

/**
 * The Decap CMS configuration of a site, generated from its folders each time it is asked for, so
 * a topic an editor adds is a collection at the next page load, without anyone editing a config
 * file. Collections follow the content model:
 *
 * <ul>
 *   <li>one collection per topic: guides as bundles {@code content/<topic>/<slug>/index.md}, their
 *       images beside them ({@code media_folder: ""});
 *   <li>{@code chu-de}: the topics' own pages {@code content/<topic>/index.md} (new topics too);
 *   <li>{@code trang}: standalone pages {@code content/*.md};
 *   <li>{@code dich-vu-cong}: the 25 services of {@code data/dich-vu-cong.yaml}.
 * </ul>
 */
public final class CmsConfig {
  /** Prefix of the name of a topic's guide collection: {@code bai-vssid}. */
  static final String GUIDES = "bai-";
  static final String TOPICS = "chu-de";
  static final String PAGES = "trang";
  static final String SERVICES_FILE = "data/dich-vu-cong.yaml";

  private CmsConfig() {}

  /** A topic folder with its title and order, as the site lists it. */
  record TopicInfo(String dir, String title, int order) {}

  /**
   * @param backend the {@code backend:} block ({@code proxy} for serve, github/gitlab when deployed)
   * @param siteUrl where the site is seen (links from the CMS to the page), or null
   */
  public static Map<String, Object> generate(Path site, Map<String, Object> backend, String siteUrl) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("locale", "vi");
    c.put("backend", backend);
    // Images belong to a guide (media_folder "" below); this folder only receives what the CMS
    // would put outside one, which the local server refuses.
    c.put("media_folder", "content/_anh-chung");
    c.put("public_folder", "/");
    if (siteUrl != null) {
      c.put("site_url", siteUrl);
      c.put("display_url", siteUrl);
    }
    c.put("slug", map("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
    List<Object> collections = new ArrayList<>();
    for (TopicInfo t : topics(site)) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("name", GUIDES + collectionName(t.dir()));
      col.put("label", t.title());
      col.put("label_singular", "bài hướng dẫn");
      col.put(
          "description",
          "Các bài của chủ đề “" + t.title() + "”. Mỗi bài là một thư mục content/" + t.dir()
              + "/<tên-bài>/ gồm index.md và các ảnh đặt cạnh.");
      col.put("folder", "content/" + t.dir());
      col.put("path", "{{slug}}/index");
      col.put("media_folder", "");
      col.put("public_folder", "");
      col.put("extension", "md");
      col.put("format", "yaml-frontmatter");
      col.put("create", true);
      col.put("slug", "{{slug}}");
      col.put("summary", "{{title}}");
      col.put("sortable_fields", List.of("order", "title", "updated"));
      col.put("fields", guideFields());
      collections.add(col);
    }
    collections.add(topicCollection());
    collections.add(pageCollection());
    if (Files.isRegularFile(site.resolve(SERVICES_FILE))) {
      collections.add(servicesCollection(site));
    }
    c.put("collections", collections);
    return c;
  }

  /** The configuration as YAML, the form Decap reads from {@code config.yml}. */
  public static String yaml(Map<String, Object> config) {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setAllowUnicode(true);
    o.setWidth(120);
    return "# Sinh tự động từ các thư mục của trang (camnang): đừng sửa tay.\n" + new Yaml(o).dump(config);
  }

  static String collectionName(String dir) {
    String s = Slugs.slugify(dir);
    return s.isEmpty() ? "chu-de-" + Integer.toHexString(dir.hashCode()) : s;
  }

  /** Topic folders (content/<dir>/index.md), in the site's order. */
  static List<TopicInfo> topics(Path site) {
    Path content = site.resolve("content");
    List<TopicInfo> out = new ArrayList<>();
    if (!Files.isDirectory(content)) {
      return out;
    }
    try (Stream<Path> s = Files.list(content)) {
      for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
        String name = d.getFileName().toString();
        Path index = d.resolve("index.md");
        if (name.startsWith(".") || name.startsWith("_") || !Files.isRegularFile(index)) {
          continue;
        }
        String title = name;
        int order = Integer.MAX_VALUE;
        try {
          Header h = HeaderSplitter.split(Files.readString(index), index);
          Object t = h.fields().get("title");
          if (t != null && !String.valueOf(t).isBlank()) {
            title = String.valueOf(t).strip();
          }
          Object o = h.fields().get("order");
          if (o instanceof Integer i) {
            order = i;
          }
        } catch (IOException | RuntimeException e) {
          // a broken topic page still gets its collection, named after its folder
        }
        out.add(new TopicInfo(name, title, order));
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(Comparator.comparingInt(TopicInfo::order).thenComparing(TopicInfo::dir));
    return out;
  }

  // ---- fields ---------------------------------------------------------------------------------

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> field(String name, String label, String widget, boolean required, String hint) {
    Map<String, Object> f = map("name", name, "label", label, "widget", widget);
    if (!required) {
      f.put("required", false);
    }
    if (hint != null) {
      f.put("hint", hint);
    }
    return f;
  }

  private static Map<String, Object> date(String name, String label, boolean required, String hint) {
    Map<String, Object> f = field(name, label, "datetime", required, hint);
    f.put("format", "YYYY-MM-DD");
    f.put("date_format", "DD/MM/YYYY");
    f.put("time_format", false);
    f.put("picker_utc", true);
    return f;
  }

  static Map<String, Object> title(String hint) {
    return field("title", "Tên bài", "string", true, hint);
  }

  static Map<String, Object> description() {
    Map<String, Object> f =
        field(
            "description", "Giới thiệu ngắn", "text", false,
            "Một câu, tối đa " + Checks.MAX_DESCRIPTION + " ký tự: câu hiện trong thẻ xem trước khi gửi link"
                + " qua Zalo và dưới tên bài trong danh sách.");
    f.put(
        "pattern",
        List.of(
            "^[\\s\\S]{0," + Checks.MAX_DESCRIPTION + "}$",
            "Tối đa " + Checks.MAX_DESCRIPTION + " ký tự (Zalo previews show about "
                + Checks.MAX_DESCRIPTION + "): rút lại thành một câu."));
    return f;
  }

  static Map<String, Object> body() {
    return field(
        "body", "Nội dung", "markdown", true,
        "Viết theo khung: Cần chuẩn bị, Các bước, Nếu gặp lỗi. Hộp cảnh báo: nút “+” → “Hộp cảnh báo”.");
  }

  static Map<String, Object> draft() {
    Map<String, Object> f =
        field("draft", "Bản nháp", "boolean", false, "Bật = chưa xuất bản. Xong bài thì tắt.");
    f.put("default", false);
    return f;
  }

  static List<Object> guideFields() {
    List<Object> fs = new ArrayList<>();
    fs.add(title("Hiện to ở đầu trang và trong danh sách bài. Bắt buộc."));
    fs.add(description());
    fs.add(date("date", "Ngày đăng", false, "Ngày đăng bài lần đầu."));
    fs.add(
        date(
            "updated", "Ngày cập nhật", false,
            "Ngày nội dung thay đổi gần nhất (sửa bước, số liệu, lưu ý). Bỏ trống thì lấy ngày đăng."));
    Map<String, Object> sources =
        field(
            "sources", "Nguồn chính thức", "list", false,
            "Các trang, văn bản chính thức mà bài dựa vào. Trang tự in mục “Nguồn tham khảo”.");
    sources.put("label_singular", "nguồn");
    sources.put("summary", "{{fields.title}}");
    sources.put("collapsed", true);
    Map<String, Object> url = field("url", "Địa chỉ", "string", true, "Địa chỉ đầy đủ, bắt đầu bằng https://");
    url.put("pattern", List.of("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]+\\.[^\\s]*$", "has no web address: write the full address, starting with https://"));
    sources.put(
        "fields",
        List.of(
            field("title", "Tên trang hoặc văn bản", "string", true, null),
            url,
            date("read", "Ngày đọc", false, "Ngày bạn đọc trang đó.")));
    fs.add(sources);
    Map<String, Object> verified =
        field(
            "verified", "Đã kiểm tra trên dịch vụ thật", "object", false,
            "Chỉ điền khi đã làm thử thật các bước. Có đủ ngày, cách thử và người thử thì trang mới hiện “Đã kiểm tra”.");
    verified.put("collapsed", true);
    verified.put(
        "fields",
        List.of(
            date("date", "Ngày thử", false, null),
            field("how", "Thử ở đâu", "string", false, "Ví dụ: trên ứng dụng VNeID"),
            field("by", "Ai thử", "string", false, "Ví dụ: Tổ công nghệ số xã …")));
    fs.add(verified);
    Map<String, Object> order =
        field("order", "Thứ tự", "number", false, "Số nhỏ đứng trước trong chủ đề. Bỏ trống: xếp cuối, theo tên.");
    order.put("value_type", "int");
    fs.add(order);
    Map<String, Object> tags = field("tags", "Từ khóa", "list", false, "Ngăn cách bằng dấu phẩy: vssid, đăng ký");
    fs.add(tags);
    fs.add(
        field(
            "image", "Ảnh xem trước Zalo", "image", false,
            "Ảnh đặt cạnh bài, dùng trong thẻ xem trước khi chia sẻ (thường là infographic)."));
    fs.add(field("level", "Mức độ", "string", false, "Ví dụ: Cơ bản"));
    fs.add(field("duration", "Thời gian làm", "string", false, "Ví dụ: 10 phút"));
    Map<String, Object> code =
        field("code", "Mã ngắn", "string", false, "Tạo đường dẫn ngắn /g/<mã>/. Chữ thường, không dấu.");
    code.put("pattern", List.of("^[a-z0-9-]*$", "Chỉ chữ thường không dấu, số và dấu gạch ngang."));
    fs.add(code);
    fs.add(
        field(
            "aliases", "Địa chỉ cũ", "list", false,
            "Khi đổi tên hay chuyển bài, ghi địa chỉ cũ để link đã gửi vẫn mở được."));
    fs.add(draft());
    fs.add(body());
    return fs;
  }

  private static Map<String, Object> topicCollection() {
    Map<String, Object> col = new LinkedHashMap<>();
    col.put("name", TOPICS);
    col.put("label", "Chủ đề");
    col.put("label_singular", "chủ đề");
    col.put(
        "description",
        "Trang mở đầu của mỗi chủ đề (content/<chủ-đề>/index.md). Thêm một chủ đề ở đây: danh mục bài"
            + " của nó hiện ra khi mở lại trang biên tập.");
    col.put("folder", "content");
    col.put("path", "{{slug}}/index");
    col.put("extension", "md");
    col.put("format", "yaml-frontmatter");
    col.put("create", true);
    col.put("delete", false);
    col.put("summary", "{{title}}");
    Map<String, Object> order = field("order", "Thứ tự", "number", false, "Số nhỏ đứng trước trên trang chủ.");
    order.put("value_type", "int");
    col.put(
        "fields",
        List.of(
            field("title", "Tên chủ đề", "string", true, null),
            description(),
            order,
            field("icon", "Biểu tượng", "string", false, "Tên tệp assets/icons/<tên>.svg, không có .svg"),
            draft(),
            field("body", "Lời giới thiệu", "markdown", false, null)));
    return col;
  }

  private static Map<String, Object> pageCollection() {
    Map<String, Object> col = new LinkedHashMap<>();
    col.put("name", PAGES);
    col.put("label", "Trang riêng");
    col.put("label_singular", "trang");
    col.put("description", "Trang chủ (index) và các trang đứng riêng như Giới thiệu, Từ điển (content/*.md).");
    col.put("folder", "content");
    col.put("extension", "md");
    col.put("format", "yaml-frontmatter");
    col.put("create", true);
    col.put("summary", "{{title}}");
    col.put(
        "fields",
        List.of(
            field("title", "Tên trang", "string", false, "Bắt buộc, trừ trang chủ (index)."),
            description(),
            date("date", "Ngày đăng", false, null),
            date("updated", "Ngày cập nhật", false, null),
            draft(),
            field("body", "Nội dung", "markdown", false, null)));
    return col;
  }

  private static Map<String, Object> servicesCollection(Path site) {
    List<Object> groupIds = new ArrayList<>();
    try {
      Object data = SafeYaml.load(Files.readString(site.resolve(SERVICES_FILE)), site.resolve(SERVICES_FILE), 1, "data file");
      if (data instanceof Map<?, ?> m && m.get("groups") instanceof List<?> gs) {
        for (Object g : gs) {
          if (g instanceof Map<?, ?> gm && gm.get("id") != null) {
            groupIds.add(String.valueOf(gm.get("id")));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // the form still opens; the group becomes free text
    }
    Map<String, Object> group =
        groupIds.isEmpty()
            ? field("group", "Nhóm", "string", true, "Một id trong phần Nhóm.")
            : field("group", "Nhóm", "select", true, "Một trong các nhóm ở trên.");
    if (!groupIds.isEmpty()) {
      group.put("options", groupIds);
    }
    Map<String, Object> number = field("number", "Số thứ tự", "number", true, "Số trong danh mục 25 dịch vụ.");
    number.put("value_type", "int");
    Map<String, Object> id =
        field("id", "Mã", "string", true,
            "Chữ thường không dấu, nối gạch ngang; thành địa chỉ /dich-vu/<mã>/. Đừng đổi sau khi đã gửi link.");
    id.put("pattern", List.of("^[a-z0-9]+(-[a-z0-9]+)*$", "Chỉ chữ thường không dấu, số và dấu gạch ngang."));
    Map<String, Object> services = field("services", "Dịch vụ", "list", true, null);
    services.put("label_singular", "dịch vụ");
    services.put("summary", "{{fields.number}}. {{fields.name}}");
    services.put("collapsed", true);
    services.put(
        "fields",
        List.of(
            id,
            number,
            field("name", "Tên dịch vụ", "string", true, "Tên chính thức; là tiêu đề trang."),
            group,
            field("agency", "Cơ quan thực hiện", "string", false, null),
            field("who", "Ai cần làm", "string", false, "Một câu, không có dấu chấm cuối."),
            field("prepare", "Cần chuẩn bị", "list", false, "Mỗi ý một dòng."),
            field("where", "Làm ở đâu", "list", true, "“dichvucong.gov.vn” và “VNeID” được hiện kèm hướng dẫn."),
            field("guides", "Bài liên quan", "list", false, "<chủ-đề>/<bài>, ví dụ dich-vu-cong/dang-ky-khai-sinh"),
            field("walkthrough", "Làm từng bước", "string", false, "<chủ-đề>/<bài>#<mục>, ví dụ dich-vu-cong/dang-ky-khai-sinh#cac-buoc"),
            field("note", "Lưu ý", "text", false, null)));
    Map<String, Object> groups = field("groups", "Nhóm", "list", true, null);
    groups.put("collapsed", true);
    groups.put("summary", "{{fields.name}}");
    groups.put("fields", List.of(field("id", "Mã nhóm", "string", true, null), field("name", "Tên nhóm", "string", true, null)));
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("name", "dich-vu-cong");
    file.put("label", "25 dịch vụ công thiết yếu");
    file.put("file", SERVICES_FILE);
    file.put("fields", List.of(date("updated", "Ngày cập nhật danh mục", false, null), groups, services));
    Map<String, Object> col = new LinkedHashMap<>();
    col.put("name", "du-lieu");
    col.put("label", "Danh mục dịch vụ công");
    col.put("description", "Mỗi dịch vụ có một trang /dich-vu/<mã>/. Lưu ý: lưu ở đây thì các dòng ghi chú (#) đầu tệp bị bỏ.");
    col.put("extension", "yaml");
    col.put("format", "yaml");
    col.put("files", List.of(file));
    return col;
  }
}
