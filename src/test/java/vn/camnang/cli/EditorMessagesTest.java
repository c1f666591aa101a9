package vn.camnang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Messages;
import vn.camnang.serve.BuildStatus;
import vn.camnang.site.EditorChecks;

/**
 * What a commune editor reads: every mistake of the editor trial (2026-12-03) in Vietnamese, with
 * file:line, the hint and the exit code; and the catalog covers every diagnostic these cases and
 * the invalid fixtures produce (checked last).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorMessagesTest {
  @TempDir Path tmp;

  private static final String GUIDE = "content/vssid/moi/index.md";

  @BeforeAll
  static void clear() {
    Messages.clearUntranslated();
  }

  /** The basic site plus one guide at content/vssid/moi/index.md with this text. */
  private Path siteWith(String guide) throws IOException {
    Path site = TestSites.copy("basic", tmp);
    Path file = site.resolve(GUIDE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, guide, StandardCharsets.UTF_8);
    return site;
  }

  private static String header(String extra) {
    return "---\ntitle: \"Bài mới\"\ndescription: \"Một câu.\"\nupdated: 2026-12-03\n" + extra + "---\n\nNội dung.\n\n";
  }

  /** Runs {@code check} on the site, which must fail (exit code 1), and returns what it printed. */
  private static String checkFails(Path site) {
    TestSites.Run run = TestSites.runAsIs(site, "check");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    return run.out();
  }

  private static void has(String out, String... parts) {
    for (String p : parts) {
      assertTrue(out.contains(p), "expected «" + p + "» in:\n" + out);
    }
  }

  @Test
  void unclosedHeaderIsVietnameseWithLineAndHint() throws IOException {
    Path site = siteWith("---\ntitle: \"Bài mới\"\ndescription: \"x\"\n\nNội dung.\n");
    String out = checkFails(site);
    has(out,
        GUIDE + ":1: lỗi: Phần đầu bài mở bằng dòng '---' nhưng không có dòng '---' đóng lại",
        "    cách sửa: Thêm một dòng chỉ có --- ngay sau trường cuối cùng",
        "1 lỗi (errors)");
    assertFalse(out.contains("never closed"), out);
  }

  @Test
  void tabAtTheStartOfALineAndAfterAColon() throws IOException {
    Path site = siteWith("---\ntitle: \"Bài mới\"\n\tlevel: Cơ bản\n---\nx\n");
    has(checkFails(site), GUIDE + ":3:1: lỗi: Dòng 3 có phím Tab (cột 1); phần đầu bài không nhận phím Tab: xoá Tab, dùng dấu cách",
        "     level: Cơ bản\n    ^");

    Files.writeString(site.resolve(GUIDE), "---\ntitle: \"Bài mới\"\nlevel:\tCơ bản\n---\nx\n");
    String out = checkFails(site);
    has(out, GUIDE + ":3:7: lỗi: Dòng 3 có phím Tab (cột 7)", "xoá Tab, dùng dấu cách");
    assertFalse(out.contains("indentation"), out);
  }

  @Test
  void fileNotSavedAsUtf8ShowsLineColumnCharacterAndCause() throws IOException {
    Path site = siteWith("");
    Files.write(
        site.resolve(GUIDE),
        "---\ntitle: \"Đăng ký\"\n---\nx\n".getBytes(Charset.forName("windows-1258")));
    has(checkFails(site),
        GUIDE + ":2:9: lỗi: Dòng 2, cột 9: có ký tự \"Đ\" không đọc được — tệp không lưu ở dạng UTF-8",
        "    title: \"Đăng k?\"\n            ^", // 'ý' has no byte in Windows-1258: the editor already lost it
        "Save with encoding",
        "dấu ? thay cho chữ có dấu");
    TestSites.Run en = TestSites.run(site, "check");
    has(en.out(), GUIDE + ":2:9: error: file is not valid UTF-8 text (byte 13)");
  }

  @Test
  void newWritesADraftAndLeftoverPlaceholdersAreAnErrorOncePublished() throws IOException {
    Path site = TestSites.copy("basic", tmp);
    TestSites.Run made = TestSites.runAsIs(site, "new", "vssid/thu-nghiem");
    assertEquals(0, made.exitCode(), made.err());
    Path file = site.resolve("content/vssid/thu-nghiem/index.md");
    String text = Files.readString(file);
    assertTrue(text.contains("\ndraft: true\n") && text.contains("# Bài mới, còn là bản nháp"), text);
    for (String bracket : bracketed(text)) {
      assertTrue(EditorChecks.SCAFFOLD_PLACEHOLDERS.contains(bracket),
          "every placeholder of the scaffold is known to check: " + bracket);
    }
    assertEquals(0, TestSites.runAsIs(site, "check").exitCode(), "a draft scaffold is fine");

    Files.writeString(file, text.replace("draft: true\n", ""));
    has(checkFails(site),
        "content/vssid/thu-nghiem/index.md:4: lỗi: Bài đã xuất bản còn chữ mẫu của lệnh new: '[Tên bài hướng dẫn]'",
        "cách sửa: Thay mọi chữ trong [ ] bằng nội dung thật");
    TestSites.Run build =
        TestSites.runAsIs(site, "build", "--production", "--base-url", "https://camnang.gov.vn/", "--output", tmp.resolve("o").toString());
    assertEquals(1, build.exitCode(), build.err());
    has(build.err(), "chữ mẫu của lệnh new");
  }

  private static List<String> bracketed(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\[[^\\]\\[]{3,}\\]").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void linksToThisComputerOrAPrivateAddressAreErrors() throws IOException {
    Path site = siteWith(header("")
        + "[a](http://127.0.0.1:8080/vssid/dang-ky/)\n\n"
        + "[b](http://localhost:8080/)\n\n"
        + "[c](http://192.168.1.20/)\n\n"
        + "[d](https://10.0.0.5/x)\n\n"
        + "[e](http://172.20.3.4/)\n\n"
        + "[f](http://172.32.0.1/)\n");
    has(checkFails(site),
        GUIDE + ":9: lỗi: Liên kết 'http://127.0.0.1:8080/vssid/dang-ky/' trỏ vào một máy tính",
        "cách sửa: Bài trong trang này thì viết đường dẫn, ví dụ /vssid/dang-ky/",
        GUIDE + ":11: lỗi: Liên kết 'http://localhost:8080/'",
        GUIDE + ":13: lỗi: Liên kết 'http://192.168.1.20/'",
        GUIDE + ":15: lỗi: Liên kết 'https://10.0.0.5/x'",
        GUIDE + ":17: lỗi: Liên kết 'http://172.20.3.4/'",
        "5 lỗi (errors)");
  }

  @Test
  void linksToTheSitesOwnAddressAreCheckedAndMadeRelative() throws IOException {
    Path site = siteWith(header("") + "[tốt](https://thu.example.org/camnang/vssid/dang-ky/)\n");
    Path out = tmp.resolve("out");
    TestSites.Run ok = TestSites.runAsIs(site, "build", "--output", out.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(Files.readString(out.resolve("vssid/moi/index.html")).contains("href=\"../dang-ky/\""));

    Files.writeString(site.resolve(GUIDE), header("") + "[sai](https://thu.example.org/camnang/vssid/dang-kyy/)\n");
    has(checkFails(site),
        GUIDE + ":9: lỗi: Liên kết tới một bài không có: 'https://thu.example.org/camnang/vssid/dang-kyy/'",
        "cách sửa: Có phải bạn muốn viết '../dang-ky/index.md'?");
  }

  @Test
  void windowsPathsForImagesAndLinksAreErrorsNamingTheRightWay() throws IOException {
    Path site = siteWith(header("")
        + "![Màn hình](C:\\Users\\ToCNS\\Downloads\\IMG_1.jpg)\n\n"
        + "[tệp](file:///C:/Users/ToCNS/bai.md)\n\n"
        + "[bài](..\\dang-ky\\index.md)\n");
    has(checkFails(site),
        GUIDE + ":9: lỗi: Ảnh 'C:\\Users\\ToCNS\\Downloads\\IMG_1.jpg' là đường dẫn trên máy tính của bạn",
        "cách sửa: Chép tệp ảnh vào cùng thư mục với bài rồi chỉ viết tên ảnh, ví dụ: ![Bước 1](IMG_1.jpg)",
        GUIDE + ":11: lỗi: Liên kết 'file:///C:/Users/ToCNS/bai.md' là đường dẫn trên máy tính",
        GUIDE + ":13: lỗi: Liên kết '..\\dang-ky\\index.md' là đường dẫn trên máy tính",
        "dùng dấu / (không dùng \\)");
  }

  @Test
  void curlyQuotesAroundTheTitleAreRemovedWithAWarning() throws IOException {
    Path site = siteWith("---\ntitle: “Tra cứu tiền điện”\ndescription: \"x\"\nupdated: 2026-12-03\n---\nx\n");
    Path out = tmp.resolve("out");
    TestSites.Run run = TestSites.runAsIs(site, "build", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    has(run.err(),
        GUIDE + ":2: cảnh báo: Tên bài nằm trong ngoặc kép cong “ ” của Word: đã bỏ hai dấu đó",
        "cách sửa: Viết ngoặc kép bao ngoài bằng dấu thẳng: title: \"Tra cứu tiền điện\"");
    String html = Files.readString(out.resolve("vssid/moi/index.html"));
    assertTrue(html.contains(">Tra cứu tiền điện<") && !html.contains("“Tra cứu"), html);
  }

  @Test
  void aMissingGuideOrImageNamesTheClosestOne() throws IOException {
    Path site = siteWith(header("") + "[x](../dang-kyy/index.md)\n\n![Bước 1](../dang-ky/buoc-2.png)\n\n[y](../zzzzzzzzzzzz/index.md)\n");
    String out = checkFails(site);
    has(out,
        GUIDE + ":9: lỗi: Liên kết tới một bài không có: '../dang-kyy/index.md'",
        "cách sửa: Có phải bạn muốn viết '../dang-ky/index.md'?",
        GUIDE + ":11: lỗi: Không thấy ảnh '../dang-ky/buoc-2.png'",
        "cách sửa: Có phải bạn muốn viết '../dang-ky/buoc-1.png'?",
        GUIDE + ":13: lỗi: Liên kết tới một bài không có: '../zzzzzzzzzzzz/index.md'");
    // nothing close: the example is a real guide, written from this folder
    Matcher m = Pattern.compile("ví dụ: \\[xem thêm\\]\\(([^)]+)\\)").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Files.isRegularFile(site.resolve("content/vssid/moi").resolve(m.group(1)).normalize()), m.group(1));
  }

  @Test
  void newWithAMistypedTopicNamesTheClosestTopic() {
    Path site = TestSites.copy("basic", tmp);
    TestSites.Run near = TestSites.runAsIs(site, "new", "vssi/bai-moi");
    assertEquals(1, near.exitCode());
    has(near.err(),
        "camnang new: lỗi: Chưa có chủ đề 'vssi' (không có content/vssi/index.md)",
        "cách sửa: Có phải chủ đề 'vssid'? Gõ: ./camnang new vssid/bai-moi (các chủ đề: Chữ ký số, vssid)");
    assertFalse(near.err().contains("new topic"), near.err());
    TestSites.Run far = TestSites.runAsIs(site, "new", "qqqqqqqq/bai-moi");
    assertEquals(1, far.exitCode());
    has(far.err(), "Các chủ đề hiện có: Chữ ký số, vssid. Nếu thật sự cần chủ đề mới, tạo trước: ./camnang new topic qqqqqqqq");
  }

  @Test
  void productionRefusesAnExampleOrLocalBaseUrl() {
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    for (String base : List.of("https://camnang.example.org/", "https://example.com/", "http://example.net/", "http://localhost:8080/")) {
      TestSites.Run run = TestSites.runAsIs(site, "build", "--production", "--base-url", base, "--output", out.toString());
      assertEquals(1, run.exitCode(), base);
      has(run.err(), "lỗi: Bản xuất bản chính thức không được dùng địa chỉ mẫu hay địa chỉ máy cục bộ: baseUrl '" + base + "'",
          "cách sửa: Ghi địa chỉ thật của trang vào baseUrl");
    }
    TestSites.Run real = TestSites.runAsIs(site, "build", "--production", "--base-url", "https://camnang.gov.vn/", "--output", out.toString());
    assertEquals(0, real.exitCode(), real.err());
    assertEquals(0, TestSites.runAsIs(site, "build", "--output", out.toString()).exitCode(), "not --production: example.org is fine");
  }

  @Test
  void aWrongCommandLineValueIsOneVietnameseLine() {
    Path site = TestSites.copy("basic", tmp);
    TestSites.Run port = TestSites.runAsIs(site, "serve", "--port", "80800");
    assertEquals(2, port.exitCode());
    assertEquals("camnang: lỗi: --port 80800 không phải số cổng: dùng số từ 1 đến 65535, ví dụ --port 8081 (xem ./camnang serve --help)\n",
        port.err().replace("\r", ""));
    TestSites.Run notInt = TestSites.runAsIs(site, "serve", "--port", "abc");
    assertEquals(2, notInt.exitCode());
    assertEquals(1, notInt.err().strip().lines().count(), notInt.err());
    has(notInt.err(), "Giá trị của --port phải là một số: 'abc'");
    TestSites.Run folder = TestSites.runAsIs(site, "build", "--source", "khong-co");
    assertEquals(2, folder.exitCode());
    assertEquals("camnang: lỗi: Không thấy thư mục 'khong-co' (xem ./camnang build --help)", folder.err().strip());
    TestSites.Run none = TestSites.runAsIs(site, "new");
    assertEquals(2, none.exitCode());
    assertEquals(1, none.err().strip().lines().count(), none.err());
    has(none.err(), "camnang: lỗi: Thiếu phần ghi sau tên lệnh");
    for (TestSites.Run r : List.of(port, notInt, folder, none)) {
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }
    TestSites.Run en = TestSites.runAsIs(site, "serve", "--lang", "en", "--port", "80800");
    has(en.err(), "camnang: --port 80800 is not a port number");
  }

  @Test
  void englishForDevelopersAndBothInJson() throws IOException {
    Path site = siteWith(header("") + "[x](../dang-kyy/index.md)\n");
    Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml")) + "language: en\n");
    TestSites.Run en = TestSites.runAsIs(site, "check");
    has(en.out(), GUIDE + ":9: error: link to a missing page: '../dang-kyy/index.md'", "    hint: did you mean '../dang-ky/index.md'?");
    TestSites.Run vi = TestSites.runAsIs(site, "check", "--lang", "vi", "--format", "json");
    has(vi.out(), "\"message\":\"Liên kết tới một bài không có: '../dang-kyy/index.md'\"",
        "\"message_en\":\"link to a missing page: '../dang-kyy/index.md'\"");
  }

  @Test
  void theBrowserBoxGetsTheTerminalsTextSourceLineAndWarnings() throws IOException {
    Path site = siteWith(header("") + "[x](../dang-kyy/index.md)\n");
    Path file = site.resolve(GUIDE);
    BuildStatus status =
        new BuildStatus(
            3, false,
            List.of(
                Diagnostic.error(file, 9, "link to a missing page: '../dang-kyy/index.md'", "did you mean '../dang-ky/index.md'?"),
                Diagnostic.warning(file, 3, "description is 307 characters; Zalo previews show about 160",
                    "shorten it to one sentence of at most 160 characters")),
            List.of(), 5);
    String json = status.toJson(site, Messages.of(Messages.Lang.VI));
    has(json,
        "\"errors\":[{\"file\":\"" + GUIDE + "\",\"line\":9,",
        "\"message\":\"Liên kết tới một bài không có: '../dang-kyy/index.md'\"",
        "\"hint\":\"Có phải bạn muốn viết '../dang-ky/index.md'?\"",
        "\"source\":\"[x](../dang-kyy/index.md)\"",
        "\"warnings\":[{\"file\":\"" + GUIDE + "\",\"line\":3,",
        "\"message\":\"Câu mô tả dài 307 ký tự; Zalo chỉ hiện khoảng 160\"");
  }

  static Stream<Path> invalidFixtures() throws IOException {
    try (Stream<Path> s = Files.list(TestSites.FIXTURES.resolve("invalid"))) {
      return s.sorted().toList().stream();
    }
  }

  /** Last: every diagnostic of the cases above and of every invalid fixture has its Vietnamese. */
  @Test
  @Order(Integer.MAX_VALUE)
  void everyDiagnosticTheTestsProduceHasAVietnameseTranslation() throws IOException {
    for (Path fixture : invalidFixtures().toList()) {
      Path site = TestSites.copy("invalid/" + fixture.getFileName(), tmp.resolve(fixture.getFileName().toString()));
      Path out = tmp.resolve("out-" + fixture.getFileName());
      List<String> args = new ArrayList<>(List.of("build", "--lang", "vi", "--output", out.toString()));
      if (Files.exists(site.resolve("args.txt"))) {
        args.addAll(List.of(Files.readString(site.resolve("args.txt")).trim().split("\\s+")));
      }
      TestSites.Run build = TestSites.runAsIs(site, args.toArray(String[]::new));
      assertEquals(1, build.exitCode(), fixture + "\n" + build.err());
      TestSites.runAsIs(site, "check", "--lang", "vi");
      TestSites.runAsIs(site, "check", "--lang", "vi", "--format", "json");
    }
    assertEquals(Set.of(), Messages.untranslated(),
        "add these to src/main/resources/vn/camnang/diag/messages-vi.tsv");
  }

  @AfterAll
  static void done() {
    Messages.clearUntranslated();
  }
}
