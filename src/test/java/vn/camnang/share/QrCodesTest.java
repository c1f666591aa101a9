package vn.camnang.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Draws the generated SVG back into pixels and decodes it with ZXing: the code must scan. */
class QrCodesTest {
  private static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://camnang.example.org/vssid/dang-ky-tai-khoan/",
        "https://camnang.example.org/g/khai-sinh/",
        "https://camnang.example.org/dich-vu/dang-ky-thuong-tru/?q=đăng ký"
      })
  void generatedSvgDecodesBackToTheUrl(String url) throws Exception {
    String svg = QrCodes.svg(url);
    assertEquals(url, decode(svg, 4));
  }

  static String decode(String svg, int scale) throws Exception {
    Matcher vb = VIEWBOX.matcher(svg);
    vb.find();
    int w = Integer.parseInt(vb.group(1));
    int h = Integer.parseInt(vb.group(2));
    int[] pixels = new int[w * scale * h * scale];
    Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher m = RUN.matcher(svg);
    int runs = 0;
    while (m.find()) {
      runs++;
      int x0 = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      int len = Integer.parseInt(m.group(3));
      for (int x = x0; x < x0 + len; x++) {
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            pixels[(y * scale + dy) * w * scale + x * scale + dx] = 0xFF000000;
          }
        }
      }
    }
    if (runs == 0) {
      throw new AssertionError("no modules in " + svg);
    }
    RGBLuminanceSource source = new RGBLuminanceSource(w * scale, h * scale, pixels);
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(source)),
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))
        .getText();
  }
}
