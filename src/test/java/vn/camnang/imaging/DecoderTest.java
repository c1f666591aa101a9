package vn.camnang.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static ImageHeader jpeg(int w, int h) {
    return new ImageHeader(Format.JPEG, w, h, 1, false, false, false, 0);
  }

  private static OutputSpec fit(int w, int h) {
    return new OutputSpec("x", "k", OutputSpec.Kind.FIT, Encoding.JPEG, Format.JPEG, w, h);
  }

  private static OutputSpec card() {
    return new OutputSpec(
        "x", "k", OutputSpec.Kind.COVER_CENTER, Encoding.SHARE_JPEG, Format.JPEG, 1200, 630);
  }

  @Test
  void bigPhotosAreDecodedAtAFractionButStayTwiceTheOutputSize() {
    // 6000×4000 for 360/720/1080: every 2nd pixel → 3000×2000, still ≥ 2 × 1080.
    assertEquals(2, Decoder.subsampling(jpeg(6000, 4000), List.of(fit(360, 240), fit(1080, 720))));
    assertEquals(5, Decoder.subsampling(jpeg(12000, 3000), List.of(fit(1080, 270))));
    assertEquals(1, Decoder.subsampling(jpeg(2000, 1500), List.of(fit(1080, 810))));
    assertEquals(1, Decoder.subsampling(jpeg(1080, 5000), List.of(fit(1080, 5000))));
    // A share card needs both sides: 6000×4000 covers 1200×630 5× over, so every 2nd pixel.
    assertEquals(2, Decoder.subsampling(jpeg(6000, 4000), List.of(card())));
    assertEquals(1, Decoder.subsampling(jpeg(6000, 4000), List.of(card(), fit(6000, 4000))));
  }

  @Test
  void theJpegDecoderHonoursSubsampling() throws Exception {
    byte[] bytes = Fixtures.jpeg(Fixtures.photo(4000, 3000, 1));
    BufferedImage img = Decoder.decode(bytes, jpeg(4000, 3000), 2);
    assertEquals(2000, img.getWidth(), "decoded at half size: a quarter of the memory");
    assertEquals(1500, img.getHeight());
    assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
  }

  @Test
  void decodedImagesAreNormalisedToIntRgbOrArgb() throws Exception {
    BufferedImage gray = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY);
    byte[] png = Fixtures.encode(gray, "png");
    ImageHeader h = new ImageHeader(Format.PNG, 30, 20, 1, false, true, false, 0);
    assertEquals(BufferedImage.TYPE_INT_RGB, Decoder.decode(png, h, 1).getType());
    byte[] alpha = Fixtures.encode(Fixtures.transparentLogo(30, 20), "png");
    assertEquals(BufferedImage.TYPE_INT_ARGB, Decoder.decode(alpha, h, 1).getType());
  }
}
