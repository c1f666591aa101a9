package vn.camnang.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** A small set of pages with the traps Vietnamese search must get right, and the queries that probe them. */
public final class SearchFixtures {
  private SearchFixtures() {}

  public static final List<SearchDoc> DOCS =
      List.of(
          doc(
              "chu-ky-so/chu-ky-so-la-gi/",
              "Chữ ký số công cộng là gì",
              "Chữ ký số",
              "Chữ ký số thay chữ ký tay khi nộp hồ sơ trực tuyến.",
              List.of("Ai cần chữ ký số?", "Giá bao nhiêu?"),
              List.of("chữ ký số"),
              "Chữ ký số là con dấu điện tử của bạn. Nhà cung cấp được cấp phép cấp chứng thư số."),
          doc(
              "chu-ky-so/ky-ho-so/",
              "Ký hồ sơ dịch vụ công bằng SmartCA",
              "Chữ ký số",
              "Dùng ứng dụng SmartCA để ký hồ sơ trên điện thoại.",
              List.of("Các bước", "Nếu gặp lỗi"),
              List.of(),
              "Mở ứng dụng, chọn hồ sơ cần ký, nhập mã PIN chữ ký số. Hồ sơ đã ký được gửi đi."),
          doc(
              "vssid/dang-ky-tai-khoan/",
              "Đăng ký tài khoản VssID",
              "VssID – Bảo hiểm xã hội số",
              "Tự đăng ký tài khoản VssID trên điện thoại bằng VNeID.",
              List.of("Cần chuẩn bị", "Các bước"),
              List.of("vssid", "bhxh"),
              "Bài này giúp bạn đăng ký tài khoản. Chuẩn bị số điện thoại và mã số BHXH."),
          doc(
              "vssid/cai-dat/",
              "Cài đặt VssID",
              "VssID – Bảo hiểm xã hội số",
              "Tải ứng dụng VssID từ CH Play hoặc App Store.",
              List.of("Tải ứng dụng"),
              List.of("vssid"),
              "Ứng dụng đang được cập nhật thường xuyên. Chỉ tải từ kho ứng dụng chính thức."),
          doc(
              "thanh-toan-so/duong-day-nong/",
              "Đường dây nóng của ngân hàng",
              "Thanh toán số",
              "Gọi số nào khi bị lừa chuyển tiền.",
              List.of("Khi nào gọi"),
              List.of(),
              "Gọi ngay đường dây nóng in trên thẻ ngân hàng để khóa tài khoản."),
          doc(
              "dich-vu-cong/duong-lich/",
              "Dương lịch và âm lịch trong giấy khai sinh",
              "Dịch vụ công",
              "Ghi ngày sinh theo dương lịch.",
              List.of("Cách ghi ngày"),
              List.of(),
              "Giấy khai sinh ghi ngày theo dương lịch; âm lịch chỉ để tham khảo."),
          doc(
              "thanh-toan-so/chuyen-khoan/",
              "Chuyển khoản an toàn",
              "Thanh toán số",
              "Kiểm tra số tài khoản, tên người nhận trước khi chuyển.",
              List.of("Kiểm tra số tài khoản"),
              List.of(),
              "Đọc kỹ từng chữ của tên người nhận. Không ký giấy tờ lạ. Ghi lại số tiền và số tài khoản."),
          doc(
              "dich-vu-cong/dang-nhap-vneid/",
              "Đăng nhập Cổng Dịch vụ công bằng VNeID",
              "Dịch vụ công",
              "Đăng nhập dichvucong.gov.vn bằng tài khoản định danh điện tử.",
              List.of("Các bước"),
              List.of("vneid"),
              "Khi cổng đang bảo trì, hãy thử lại sau. Không cần đăng ký tài khoản riêng."));

  /** Strings on which Folding (Java) and search.js must agree: SearchJsTest, FoldingTest. */
  public static final List<String> FOLDING_TABLE =
      List.of(
          "Chữ ký số",
          "CHỮ KÝ SỐ",
          Normalizer.normalize("Chữ ký số điện tử", Normalizer.Form.NFD),
          "Đăng ký tài khoản VssID",
          "đường dương đương dưỡng",
          "ĐỀ ÁN 06/QĐ-TTg ngày 06/01/2022",
          "Ờ ờ ỡ ợ Ứ ữ ỳ Ỵ ỹ ỷ",
          "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ",
          "è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị",
          "ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ",
          "ù ú ủ ũ ụ ư ừ ứ ử ữ ự",
          "hoà hòa  thuỷ thủy",
          "e-mail: an.toan@vd.vn, 0912.345.678",
          "Mobile Money (tiền di động) — 100 triệu đồng/tháng",
          "naïve café Ñandú Straße",
          "İstanbul ΣΊΣΥΦΟΣ",
          "“Tìm trong trang” … ‘đúng’",
          "Zalo\u00a0OTP\u2028dòng mới",
          "kỹ năng kĩ năng, lý do lí do, tỷ đồng tỉ đồng, hy vọng, Kỳ họp",
          "ngày quý thuỷ khuya nguyên, y tế, Y TẾ, MyViettel, Money, kyc",
          "khoẻ khỏe hoá hóa Hoà HÒA tuỳ tùy quả qủa người ngừơi giặt hoạ họa thuở thủơ",
          Normalizer.normalize("Thuỷ lợi, hoà giải, khoẻ mạnh", Normalizer.Form.NFD),
          "élève naïve ǹ ḿ 12ạ");

  /** Query → URL that must come first. */
  public static final Map<String, String> TOP =
      Map.ofEntries(
          Map.entry("chu ky so", "chu-ky-so/chu-ky-so-la-gi/"),
          Map.entry("chu ki so", "chu-ky-so/chu-ky-so-la-gi/"),
          Map.entry("chữ kí số", "chu-ky-so/chu-ky-so-la-gi/"),
          Map.entry("dang ki vssid", "vssid/dang-ky-tai-khoan/"),
          Map.entry("CHU KY SO", "chu-ky-so/chu-ky-so-la-gi/"),
          Map.entry("chữ ký số", "chu-ky-so/chu-ky-so-la-gi/"),
          Map.entry("Chữ Ký Số ", "chu-ky-so/chu-ky-so-la-gi/"),
          Map.entry("dang k", "vssid/dang-ky-tai-khoan/"),
          Map.entry("đăng ký vssid", "vssid/dang-ky-tai-khoan/"),
          Map.entry("dang ky vssid", "vssid/dang-ky-tai-khoan/"),
          Map.entry("đường", "thanh-toan-so/duong-day-nong/"),
          Map.entry("dương", "dich-vu-cong/duong-lich/"),
          Map.entry("đuong", "thanh-toan-so/duong-day-nong/"),
          Map.entry("đăng nhập", "dich-vu-cong/dang-nhap-vneid/"),
          Map.entry("duong day", "thanh-toan-so/duong-day-nong/"),
          Map.entry("smart", "chu-ky-so/ky-ho-so/"),
          Map.entry("cài đặt", "vssid/cai-dat/"),
          Map.entry(Normalizer.normalize("chữ ký số", Normalizer.Form.NFD), "chu-ky-so/chu-ky-so-la-gi/"));

  static SearchDoc doc(
      String url, String title, String topic, String desc, List<String> headings, List<String> tags, String text) {
    return new SearchDoc(url, title, topic, desc, headings, tags, text);
  }

  /**
   * The index files of {@link #DOCS} as a big site's: meta carries the title words ({@code "tw"},
   * {@code "df"}), which search.js draws its first list from while the word shards load.
   */
  public static Map<String, byte[]> indexWithTitleWords() {
    return SearchIndex.build(DOCS, SearchIndex.Extras.NONE, SearchIndex.SHARD_BYTES, SearchIndex.CHUNK_DOCS, 0);
  }

  public static int gzipSize(byte[] bytes) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos) {
          {
            def.setLevel(9);
          }
        }) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bos.size();
  }
}
