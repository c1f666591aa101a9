package vn.camnang.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * QR codes made at build time with ZXing, as small standalone SVG files: one path of unit squares,
 * crisp at any size and printable in black and white.
 *
 * <pre>{@code <svg xmlns=… viewBox="0 0 33 33"><rect … fill="#fff"/><path d="M4 4h1v1h-1z…"/></svg>}</pre>
 */
public final class QrCodes {
  /** Quiet zone, in modules, around the code (the standard asks for 4). */
  static final int MARGIN = 4;

  private QrCodes() {}

  /** The SVG document for {@code text} (UTF-8, error correction M: survives a smudged print). */
  public static String svg(String text) {
    BitMatrix m = matrix(text);
    int w = m.getWidth();
    int h = m.getHeight();
    StringBuilder path = new StringBuilder(w * h);
    for (int y = 0; y < h; y++) {
      int x = 0;
      while (x < w) {
        if (!m.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < w && m.get(x, y)) {
          x++;
        }
        // one horizontal run of dark modules
        path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
            .append(x - start).append('z');
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h
        + "\" shape-rendering=\"crispEdges\"><rect width=\"" + w + "\" height=\"" + h
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
  }

  static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.CHARACTER_SET, "UTF-8",
                  EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN, MARGIN));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot make a QR code for: " + text, e);
    }
  }
}
