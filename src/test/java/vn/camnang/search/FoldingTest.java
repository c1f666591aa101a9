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

  @ParameterizedTest
  @CsvSource({
    "hoà, hòa",
    "thuỷ, thủy",
    "khoẻ, khỏe",
    "hoá, hóa",
    "tuỳ, tùy",
    "qủa, quả",
    "ngừơi, người",
  })
  void bothPlacesOfTheToneMarkGiveTheSameAccentedWord(String oldStyle, String newStyle) {
    assertEquals(Folding.accents(newStyle), Folding.accents(oldStyle));
    assertEquals(Folding.fold(newStyle), Folding.fold(Folding.accents(oldStyle)));
  }

  @Test
  void accentsKeepsWordsWithoutAToneAndTellsTonesApart() {
    assertEquals("dương", Folding.accents("dương"));
    assertEquals("vssid", Folding.accents("vssid"));
    assertEquals(false, Folding.accents("đường").equals(Folding.accents("đương")));
    assertEquals(false, Folding.accents("hoà").equals(Folding.accents("hoả")));
  }

  @Test
  void composedAndDecomposedTextFoldAndSplitAlike() {
    for (String s : SearchFixtures.FOLDING_TABLE) {
      String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
      String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
      assertEquals(Folding.fold(nfc), Folding.fold(nfd), s);
      assertEquals(Folding.words(nfc), Folding.words(nfd), s);
      assertEquals(
          Folding.words(nfc).stream().map(Folding::accents).toList(),
          Folding.words(nfd).stream().map(Folding::accents).toList(), s);
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
