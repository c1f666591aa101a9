package vn.camnang.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.Arrays;

class OrientationTest {
  /**
   * A 3×2 image with pixels 1..6, turned by each EXIF orientation; expected upright rows written by
   * hand from the EXIF definition (e.g. 6: the stored top row becomes the right column).
   */
  @ParameterizedTest(name = "orientation {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1; 3; 1 2 3 4 5 6",
        "2; 3; 3 2 1 6 5 4",
        "3; 3; 6 5 4 3 2 1",
        "4; 3; 4 5 6 1 2 3",
        "5; 2; 1 4 2 5 3 6",
        "6; 2; 4 1 5 2 6 3",
        "7; 2; 6 3 5 2 4 1",
        "8; 2; 3 6 2 5 1 4",
      })
  void everyOrientationTurnsThePixelsAsExifDefinesIt(int orientation, int width, String expected) {
    BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 6; i++) {
      stored.setRGB(i % 3, i / 3, i + 1);
    }
    BufferedImage upright = Orientation.apply(stored, orientation);
    assertEquals(width, upright.getWidth());
    assertEquals(6 / width, upright.getHeight());
    int[] actual = new int[6];
    for (int i = 0; i < 6; i++) {
      actual[i] = upright.getRGB(i % width, i / width) & 0xffffff;
    }
    int[] want = Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertArrayEquals(want, actual);
  }

  @Test
  void uprightImagesAreNotCopied() {
    BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
    assertSame(img, Orientation.apply(img, 1));
  }

  @Test
  void readsOrientationInBothByteOrders() {
    byte[] big = Fixtures.exifJpeg(Fixtures.jpeg(Fixtures.photo(8, 8, 1)), 8);
    assertEquals(8, Orientation.fromExif(app1Payload(big)));
    assertEquals(3, Orientation.fromExif(littleEndianExif(3)));
  }

  @Test
  void brokenExifMeansUpright() {
    assertEquals(1, Orientation.fromExif(new byte[0]));
    assertEquals(1, Orientation.fromExif("Exif\0\0II*\0\u00ff\u00ff\u00ff\u007f".getBytes()));
    byte[] wrongValue = littleEndianExif(9);
    assertEquals(1, Orientation.fromExif(wrongValue));
    byte[] cut = Arrays.copyOf(littleEndianExif(6), 20);
    assertEquals(1, Orientation.fromExif(cut));
  }

  private static byte[] littleEndianExif(int orientation) {
    ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
    b.put("Exif\0\0".getBytes());
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    b.putShort((short) 1);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    b.putInt(0);
    return b.array();
  }

  /** The payload of the first APP1 segment of a JPEG. */
  private static byte[] app1Payload(byte[] jpeg) {
    int pos = 2;
    while (true) {
      int marker = jpeg[pos + 1] & 0xff;
      int len = (jpeg[pos + 2] & 0xff) << 8 | (jpeg[pos + 3] & 0xff);
      if (marker == 0xE1) {
        return Arrays.copyOfRange(jpeg, pos + 4, pos + 2 + len);
      }
      pos += 2 + len;
    }
  }
}
