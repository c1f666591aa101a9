package vn.camnang.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.Set;

class SlugsTest {
  @ParameterizedTest
  @CsvSource({
    "Chữ ký số, chu-ky-so",
    "Đăng ký thường trú, dang-ky-thuong-tru",
    "ĐỀ ÁN 06, de-an-06",
    "  Thanh toán   số!! , thanh-toan-so",
    "VssID – Bảo hiểm xã hội số, vssid-bao-hiem-xa-hoi-so",
    "Mobile_Money 2026, mobile-money-2026",
    "Ờ ờ ỡ ợ Ứ ữ, o-o-o-o-u-u",
  })
  void slugifyFoldsVietnameseToAscii(String in, String expected) {
    assertEquals(expected, Slugs.slugify(in));
  }

  @Test
  void decomposedInputFoldsTheSameAsComposed() {
    String nfd = Normalizer.normalize("Chữ ký số điện tử", Normalizer.Form.NFD);
    assertEquals("chu-ky-so-dien-tu", Slugs.slugify(nfd));
  }

  @Test
  void fileNamesKeepTheirExtension() {
    assertEquals("anh-buoc-1.png", Slugs.fileName("Ảnh bước 1.PNG"));
    assertEquals("file.jpg", Slugs.fileName("ảnh.jpg".replace("ảnh", "!!")));
  }

  @Test
  void closestSuggestsMisspelledFields() {
    assertEquals("title", Strings.closest("tittle", Set.of("title", "tags", "date")));
    assertEquals(null, Strings.closest("hoanh", Set.of("title", "tags", "date")));
  }
}
