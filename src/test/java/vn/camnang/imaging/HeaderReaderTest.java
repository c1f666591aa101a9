package vn.camnang.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import java.util.TreeMap;

class HeaderReaderTest {
  @TempDir Path dir;

  private ImageHeader header(String name, byte[] bytes) throws Exception {
    Path f = Fixtures.write(dir.resolve(name), bytes);
    return HeaderReader.read(f, Files.size(f));
  }

  @Test
  void theBundledInfographicIsFlatArtThatKeepsPng() throws Exception {
    Path f = Path.of("content/vssid/dang-ky-tai-khoan/infographic.png");
    ImageHeader h = HeaderReader.read(f, Files.size(f));
    assertEquals(Format.PNG, h.format());
    assertEquals(1080, h.width());
    assertTrue(h.height() > h.width(), "a tall infographic: " + h.height()); // its height follows its text
    assertFalse(h.hasAlpha());
    assertTrue(h.graphic() && h.prefersPng());
  }

  @Test
  void aPhotoSavedAsPngGetsJpegFallbacks() throws Exception {
    ImageHeader h = header("photo.png", Fixtures.encode(Fixtures.noise(300, 200, 1), "png"));
    assertFalse(h.graphic());
    assertFalse(h.prefersPng());
    ImageProcessor p = new ImageProcessor(dir.resolve("cache"));
    assertEquals("image/jpeg", p.enqueue(dir.resolve("photo.png"), "photo").fallbackMime());
  }

  @Test
  void jpegOrientationSwapsTheReportedSides() throws Exception {
    byte[] jpeg = Fixtures.exifJpeg(Fixtures.jpeg(Fixtures.photo(64, 32, 2)), 6);
    ImageHeader h = header("r.jpg", jpeg);
    assertEquals(6, h.orientation());
    assertEquals(64, h.storedWidth());
    assertEquals(32, h.width());
    assertEquals(64, h.height());
  }

  @Test
  void webpHeadersOfAllThreeKinds() throws Exception {
    BufferedImage photo = Fixtures.photo(321, 123, 3);
    ImageHeader lossy = header("a.webp", Encoders.encode(photo, Encoding.WEBP_PHOTO));
    assertEquals(
        List.of(321, 123, false, false),
        List.of(lossy.width(), lossy.height(), lossy.hasAlpha(), lossy.graphic()));
    ImageHeader lossless = header("b.webp", Encoders.encode(photo, Encoding.WEBP_GRAPHIC));
    assertEquals(
        List.of(321, 123, true), List.of(lossless.width(), lossless.height(), lossless.graphic()));
    ImageHeader alpha =
        header("c.webp", Encoders.encode(Fixtures.transparentLogo(200, 100), Encoding.WEBP_PHOTO));
    assertEquals(List.of(200, 100, true), List.of(alpha.width(), alpha.height(), alpha.hasAlpha()));
  }

  @Test
  void aWebpSourceIsProcessedLikeAnyOther() throws Exception {
    Path f =
        Fixtures.write(
            dir.resolve("in.webp"),
            Encoders.encode(Fixtures.photo(800, 400, 4), Encoding.WEBP_PHOTO));
    ImageProcessor p = new ImageProcessor(dir.resolve("cache"));
    ResponsiveImage img = p.enqueue(f, "in");
    assertEquals("image/jpeg", img.fallbackMime());
    Map<String, Path> out = new TreeMap<>();
    ProcessStats stats = p.processAll(out::put);
    assertTrue(stats.ok(), stats.failures().toString());
    BufferedImage d = Fixtures.decode(Files.readAllBytes(out.get(img.original().path()))).image();
    assertEquals(List.of(800, 400), List.of(d.getWidth(), d.getHeight()));
  }

  @Test
  void jpegVariantsTheJdkCannotDecodeAreRefusedFromTheHeader() throws Exception {
    byte[] jpeg = Fixtures.jpeg(Fixtures.photo(40, 30, 5));
    int sof = indexOfSof(jpeg);
    byte[] cmyk = jpeg.clone();
    cmyk[sof + 9] = 4; // number of components
    ImageException e = assertThrows(ImageException.class, () -> header("cmyk.jpg", cmyk));
    assertTrue(e.getMessage().contains("CMYK"), e.getMessage());
    byte[] lossless = jpeg.clone();
    lossless[sof + 1] = (byte) 0xC3;
    e = assertThrows(ImageException.class, () -> header("lossless.jpg", lossless));
    assertTrue(e.getMessage().contains("unsupported JPEG variant"), e.getMessage());
  }

  @Test
  void animatedPngIsPassedThrough() throws Exception {
    byte[] png = Fixtures.encode(Fixtures.infographic(50, 40), "png");
    byte[] apng = Fixtures.insertAfterIhdr(png, Fixtures.chunk("acTL", new byte[8]));
    ImageHeader h = header("a.png", apng);
    assertTrue(h.animated() && h.passthrough());
  }

  @Test
  void svgSizeFromWidthAndHeightOrViewBox() throws Exception {
    assertEquals(
        List.of(120, 80),
        size(
            header(
                "a.svg", "<svg width=\"120px\" height=\"80\" viewBox=\"0 0 12 8\"/>".getBytes())));
    assertEquals(
        List.of(12, 8),
        size(
            header(
                "b.svg",
                "\uFEFF  <svg width=\"100%\" viewBox=\"0,0,12,8\"></svg>".getBytes("UTF-8"))));
    assertEquals(List.of(0, 0), size(header("c.svg", "<svg xmlns=\"x\"></svg>".getBytes())));
    assertThrows(
        ImageException.class, () -> header("d.svg", "<?xml version=\"1.0\"?><html/>".getBytes()));
  }

  private static List<Integer> size(ImageHeader h) {
    return List.of(h.width(), h.height());
  }

  private static int indexOfSof(byte[] jpeg) {
    for (int i = 2; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
        return i;
      }
    }
    throw new AssertionError("no SOF0");
  }
}
