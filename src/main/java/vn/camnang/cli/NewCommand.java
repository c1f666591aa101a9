package vn.camnang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Messages;
import vn.camnang.util.Slugs;
import vn.camnang.util.Strings;

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

  @Mixin LangOption langOption = new LangOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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
    Path src = LangOption.siteDir(spec, workingDir, source);
    Path content = src.resolve("content");
    if (what.size() == 2 && what.get(0).equals("topic")) {
      return newTopic(content, what.get(1));
    }
    messages = langOption.messages(src);
    if (what.size() != 1 || !what.get(0).contains("/")) {
      return fail(
          Main.USAGE,
          "write new <topic>/<slug> (e.g. new vssid/doi-so-dien-thoai) or new topic <slug>",
          null);
    }
    String[] parts = what.get(0).split("/", 2);
    return newGuide(content, parts[0], parts[1].replaceAll("/+$", ""));
  }

  private Integer newGuide(Path content, String topic, String slug) throws IOException {
    if (!validSlug(slug) || !validSlug(topic)) {
      return Main.USAGE;
    }
    if (!Files.isRegularFile(content.resolve(topic).resolve("index.md"))) {
      List<String> topics = topics(content);
      String guess = Strings.nearestName(topic, topics);
      String list = topics.isEmpty() ? "(none)" : String.join(", ", topics);
      return fail(
          Main.CONTENT_ERRORS,
          "topic '" + topic + "' does not exist (no content/" + topic + "/index.md)",
          guess != null
              ? "did you mean '" + guess + "'? ./camnang new " + guess + "/" + slug + " (topics: " + list + ")"
              : "the topics are: " + list + "; to make a new topic first: ./camnang new topic " + topic);
    }
    Path folder = content.resolve(topic).resolve(slug);
    Path single = content.resolve(topic).resolve(slug + ".md");
    if (Files.exists(folder) || Files.exists(single)) {
      Path existing = Files.exists(folder) ? folder : single;
      return fail(
          Main.CONTENT_ERRORS,
          show(existing) + " already exists; nothing was changed",
          "choose another name, or edit the existing guide");
    }
    Files.createDirectories(folder);
    Path file = folder.resolve("index.md");
    Files.writeString(file, guideTemplate(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    out.printf(
        "Đã tạo %s — mở tệp, thay mọi chữ trong [ ] bằng nội dung thật; khi bài xong, xoá dòng draft: true.%n",
        show(file));
    out.flush();
    return Main.OK;
  }

  private Integer newTopic(Path content, String slug) throws IOException {
    if (!validSlug(slug)) {
      return Main.USAGE;
    }
    Path file = content.resolve(slug).resolve("index.md");
    if (Files.exists(content.resolve(slug))) {
      return fail(Main.CONTENT_ERRORS, show(content.resolve(slug)) + " already exists; nothing was changed", null);
    }
    Files.createDirectories(file.getParent());
    String t = title != null ? title : "[Tên chủ đề]";
    Files.writeString(
        file,
        "---\n# Thay mọi chữ trong [ ] bằng nội dung thật.\ntitle: \"" + t.replace("\"", "\\\"") + "\"\n"
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
      fail(
          Main.USAGE,
          "'" + slug + "' is not a valid name for a web address",
          "use lower-case letters without accents and hyphens, e.g. " + (s.isEmpty() ? "ten-bai" : s));
      return false;
    }
    return true;
  }

  private Messages messages = Messages.of(Messages.Lang.VI);

  /** Prints one error the way the other commands do, in the chosen language; returns {@code code}. */
  private int fail(int code, String message, String hint) {
    Diagnostic d = messages.localize(Diagnostic.error(null, 0, message, hint));
    err.println("camnang new: " + messages.label(d.severity()) + ": " + d.message());
    if (d.hint() != null) {
      err.println("    " + messages.hintLabel() + ": " + d.hint());
    }
    err.flush();
    return code;
  }

  /** The topics of the site: folders of content/ with an index.md. */
  private static List<String> topics(Path content) throws IOException {
    if (!Files.isDirectory(content)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(content)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("index.md")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private String guideTemplate() {
    String t = title != null ? title : "[Tên bài hướng dẫn]";
    return "---\n"
        + "# Bài mới, còn là bản nháp (draft: true): thay mọi chữ trong [ ] bằng nội dung thật,\n"
        + "# rồi xoá dòng draft: true để xuất bản. Chữ [ ] còn sót trong bài đã xuất bản là lỗi.\n"
        + "title: \"" + t.replace("\"", "\\\"") + "\"\n"
        + "draft: true\n"
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
