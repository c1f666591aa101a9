package vn.camnang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camnang.util.Slugs;
import java.nio.file.StandardOpenOption;

/**
 * {@code camnang new <topic>/<slug>} scaffolds a guide; {@code camnang new topic <slug>} a topic.
 * Never overwrites anything.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a guide:  new <topic>/<slug>   e.g. new vssid/doi-so-dien-thoai",
      "Creates a topic:  new topic <slug>     e.g. new topic an-toan-mang"
    })
final class NewCommand implements Callable<Integer> {
  @Parameters(arity = "1..2", paramLabel = "WHAT", description = "<topic>/<slug>, or: topic <slug>")
  List<String> what;

  @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "Site folder (default: current folder).")
  Path source;

  @Option(names = {"-t", "--title"}, description = "Title (default: a placeholder to replace).")
  String title;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path workingDir;
  /** Today's date; a field so tests can pin it. */
  LocalDate today = LocalDate.now();

  NewCommand(PrintWriter out, PrintWriter err, Path workingDir) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() throws IOException {
    Path src = workingDir.resolve(source == null ? Path.of("") : source).toAbsolutePath().normalize();
    Path content = src.resolve("content");
    if (what.size() == 2 && what.get(0).equals("topic")) {
      return newTopic(content, what.get(1));
    }
    if (what.size() != 1 || !what.get(0).contains("/")) {
      err.println("camnang new: write new <topic>/<slug> (e.g. new vssid/doi-so-dien-thoai) or new topic <slug>");
      err.flush();
      return Main.USAGE;
    }
    String[] parts = what.get(0).split("/", 2);
    return newGuide(content, parts[0], parts[1].replaceAll("/+$", ""));
  }

  private Integer newGuide(Path content, String topic, String slug) throws IOException {
    if (!validSlug(slug) || !validSlug(topic)) {
      return Main.USAGE;
    }
    if (!Files.isRegularFile(content.resolve(topic).resolve("index.md"))) {
      err.printf("camnang new: error: topic '%s' does not exist (no content/%s/index.md)%n", topic, topic);
      err.printf("    gợi ý / hint: create it first: camnang new topic %s%n", topic);
      err.flush();
      return Main.CONTENT_ERRORS;
    }
    Path folder = content.resolve(topic).resolve(slug);
    Path single = content.resolve(topic).resolve(slug + ".md");
    if (Files.exists(folder) || Files.exists(single)) {
      Path existing = Files.exists(folder) ? folder : single;
      err.printf("camnang new: error: %s already exists; nothing was changed%n", show(existing));
      err.println("    gợi ý / hint: choose another name, or edit the existing guide");
      err.flush();
      return Main.CONTENT_ERRORS;
    }
    Files.createDirectories(folder);
    Path file = folder.resolve("index.md");
    Files.writeString(file, guideTemplate(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    out.printf("Đã tạo %s — mở tệp, thay phần trong [ ] bằng nội dung thật.%n", show(file));
    out.flush();
    return Main.OK;
  }

  private Integer newTopic(Path content, String slug) throws IOException {
    if (!validSlug(slug)) {
      return Main.USAGE;
    }
    Path file = content.resolve(slug).resolve("index.md");
    if (Files.exists(content.resolve(slug))) {
      err.printf("camnang new: error: %s already exists; nothing was changed%n", show(content.resolve(slug)));
      err.flush();
      return Main.CONTENT_ERRORS;
    }
    Files.createDirectories(file.getParent());
    String t = title != null ? title : "[Tên chủ đề]";
    Files.writeString(
        file,
        "---\ntitle: \"" + t.replace("\"", "\\\"") + "\"\n"
            + "description: \"[Một câu giới thiệu chủ đề, tối đa 160 ký tự.]\"\n"
            + "order: 10\n"
            + "icon: dich-vu-cong\n"
            + "---\n\n[Một đoạn ngắn: chủ đề này giúp người dân làm được gì.]\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW);
    out.printf("Đã tạo chủ đề %s%n", show(file));
    out.flush();
    return Main.OK;
  }

  private boolean validSlug(String slug) {
    String s = Slugs.slugify(slug);
    if (!s.equals(slug)) {
      err.printf("camnang new: error: '%s' is not a valid name for a web address%n", slug);
      err.printf("    gợi ý / hint: use lower-case letters without accents and hyphens, e.g. %s%n",
          s.isEmpty() ? "ten-bai" : s);
      err.flush();
      return false;
    }
    return true;
  }

  private String guideTemplate() {
    String t = title != null ? title : "[Tên bài hướng dẫn]";
    return "---\n"
        + "title: \"" + t.replace("\"", "\\\"") + "\"\n"
        + "description: \"[Một câu, tối đa 160 ký tự: hiện trong thẻ xem trước khi chia sẻ Zalo.]\"\n"
        + "date: " + today + "\n"
        + "updated: " + today + "\n"
        + "order: 10\n"
        + "tags: []\n"
        + "level: Cơ bản\n"
        + "duration: \"5 phút\"\n"
        + "sources:\n"
        + "  - title: \"[Tên trang chính thức mà bài dựa vào]\"\n"
        + "    url: \"https://dichvucong.gov.vn\"\n"
        + "    read: " + today + "\n"
        + "---\n\n"
        + "[Một hai câu: bài này dành cho ai, làm xong được gì.]\n\n"
        + "## Cần chuẩn bị\n\n"
        + "- [Điện thoại đã cài ứng dụng … từ CH Play hoặc App Store]\n"
        + "- [Thẻ căn cước hoặc CCCD gắn chip]\n\n"
        + "## Các bước\n\n"
        + "1. **[Việc cần làm ở bước 1.]** Màn hình hiện [điều người dân sẽ thấy].\n"
        + "2. **[Việc cần làm ở bước 2.]** Màn hình hiện [điều người dân sẽ thấy].\n"
        + "3. **[Việc cần làm ở bước 3.]** Màn hình hiện [điều người dân sẽ thấy].\n\n"
        + "!!! warning \"Không bao giờ đưa mã OTP cho người khác\"\n"
        + "    Công an, ngân hàng, BHXH hay cán bộ xã không bao giờ hỏi mã OTP qua điện thoại hay Zalo.\n\n"
        + "## Nếu gặp lỗi\n\n"
        + "- **[Lỗi hay gặp]** → [cách xử lý].\n";
  }

  private String show(Path p) {
    Path base = workingDir.toAbsolutePath().normalize();
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : p).toString().replace('\\', '/');
  }
}
