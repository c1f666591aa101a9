package vn.camnang.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {
  @ParameterizedTest
  @CsvSource({
    "Chữ ký số, chu ki so",
    "ĐĂNG KÝ, dang ki",
    "dang ky, dang ki",
    "kĩ năng, ki nang",
    "Kỳ họp, ki hop",
    "tỷ đồng, ti dong",
    "ngày, ngay",
    "quý, quy",
    "thuỷ, thuy",
    "khuya, khuya",
    "y tế, y te",
    "MyViettel, myviettel",
    "đường, duong",
    "Dương, duong",
    "Ỵ, y",
    "VssID, vssid",
  })
  void foldDropsMarksCaseAndTheStrokeOfD(String in, String expected) {
    assertEquals(expected, Folding.fold(in));
  }

  @Test
  void composedAndDecomposedTextFoldAndSplitAlike() {
    for (String s : SearchFixtures.FOLDING_TABLE) {
      String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
      String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
      assertEquals(Folding.fold(nfc), Folding.fold(nfd), s);
      assertEquals(Folding.words(nfc), Folding.words(nfd), s);
    }
  }

  @Test
  void wordsAreLowerCaseComposedAndKeepTheirMarks() {
    assertEquals(List.of("đăng", "ký", "tài", "khoản", "vssid"), Folding.words("Đăng ký tài khoản VssID"));
    assertEquals(List.of("06", "qđ", "ttg"), Folding.words("06/QĐ-TTg"));
    assertEquals(
        List.of("chữ", "ký", "số"), Folding.words(Normalizer.normalize("Chữ  ký—số", Normalizer.Form.NFD)));
  }

  @Test
  void shardKeysAreAsciiLettersAndDigits() {
    assertEquals("duong", Folding.shardKey(Folding.fold("đường")));
    assertEquals("stra_e", Folding.shardKey(Folding.fold("Straße")));
  }
}
