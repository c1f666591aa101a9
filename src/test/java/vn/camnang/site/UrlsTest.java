package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
  @ParameterizedTest
  @CsvSource({
    "vssid/dang-ky/, dich-vu-cong/vneid/, ../../dich-vu-cong/vneid/",
    "vssid/dang-ky/, vssid/dang-ky/buoc-1.png, buoc-1.png",
    "vssid/dang-ky/, vssid/cai-dat/, ../cai-dat/",
    "vssid/dang-ky/, vssid/dang-ky/, ./",
    "vssid/dang-ky/, '', ../../",
    "'', vssid/, vssid/",
    "vssid/, vssid/so-do.png, so-do.png",
  })
  void relativeUrlsBetweenPages(String from, String to, String expected) {
    assertEquals(expected, Urls.relative(from, to));
  }
}
