package vn.camnang.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The card's drawing: whole titles, legible at chat size, Vietnamese glyphs, thumbnails never cropped. */
class CardRendererTest {
  static final CardRenderer R = new CardRenderer(CardFonts.get(), CardPalette.DEFAULT);

  static CardRenderer.Card card(String title, BufferedImage thumb) {
    return new CardRenderer.Card(title, "VssID – Bảo hiểm xã hội số", null, "Cẩm nang số", "camnang.example.org", null, thumb);
  }

  @Test
  void everyVietnameseLetterHasAGlyphInBothFonts() {
    String lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
    String all = lower + lower.toUpperCase(Locale.ROOT) + "0123456789–…“”‘’·/()%:,.!?";
    for (Font f : List.of(CardFonts.get().bold(20f), CardFonts.get().medium(20f))) {
      assertEquals(-1, f.canDisplayUpTo(all), f.getFontName() + " lacks a glyph");
      assertTrue(f.getFamily().startsWith("Be Vietnam Pro"), f.getFamily());
    }
  }

  @Test
  void shortTitlesAreSetLargeAndLongOnesShrinkBeforeAnyEllipsis() {
    CardRenderer.TitleLayout shortOne = R.layoutTitle("Cài đặt VssID", CardRenderer.MIN_TEXT_WIDTH);
    assertEquals(CardRenderer.TITLE_MAX, shortOne.size());
    String longest = "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân cho người dân ở xa";
    CardRenderer.TitleLayout l = R.layoutTitle(longest, CardRenderer.WIDTH - 2 * CardRenderer.MARGIN);
    assertTrue(l.size() < CardRenderer.TITLE_MAX && l.size() >= CardRenderer.TITLE_MIN, "shrunk: " + l.size());
    assertTrue(l.lines().size() <= 3);
    assertFalse(l.ellipsized());
    assertEquals(longest, String.join(" ", l.lines()), "every word is on the card");
  }

  @Test
  void anEllipsisOnlyWhenThreeLinesAtTheSmallestSizeCannotHoldTheTitle() {
    String huge = "Hướng dẫn ".repeat(30).strip();
    CardRenderer.TitleLayout l = R.layoutTitle(huge, CardRenderer.MIN_TEXT_WIDTH);
    assertTrue(l.ellipsized());
    assertEquals(CardRenderer.TITLE_MIN, l.size());
    assertEquals(3, l.lines().size());
    assertTrue(l.lines().get(2).endsWith("…"));
    for (String line : l.lines()) {
      assertTrue(CardRenderer.width(line, CardFonts.get().bold(l.size())) <= CardRenderer.MIN_TEXT_WIDTH, line);
    }
  }

  @Test
  void aTitleTooLongToSitBesideTheThumbnailGoesWithoutIt() {
    BufferedImage wide = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
    String longest = "Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân cho người dân ở xa";
    assertFalse(R.showsThumbnail(card(longest, wide)), "the title wins");
    assertTrue(R.showsThumbnail(card("Cài đặt VssID đúng ứng dụng chính thức", wide)));
    assertFalse(R.showsThumbnail(card("Cài đặt VssID", new BufferedImage(1080, 20000, BufferedImage.TYPE_INT_RGB))), "a sliver");
  }

  @Test
  void linesAreBalancedWithoutALoneLastWord() {
    CardRenderer.TitleLayout l = R.layoutTitle("Cài đặt VssID đúng ứng dụng chính thức", 1072);
    assertTrue(l.lines().size() >= 2);
    assertTrue(l.lines().get(l.lines().size() - 1).contains(" "), l.lines().toString());
  }

  /**
   * The bar: a title's capital letters at least 9.5 px tall when the card is shown 300 px wide, as
   * a Zalo chat preview is. 9.5 px of cap height is a font of about 13–14 px, the smallest body text
   * phone platforms use (Android 14 sp, iOS footnote 13 pt); checked on the worst case, a title long
   * enough to be set at the smallest size, beside a thumbnail.
   */
  @Test
  void theTitleStaysLegibleWhenTheCardIsShown300PixelsWide() throws Exception {
    BufferedImage thumb = new BufferedImage(1080, 2400, BufferedImage.TYPE_INT_RGB);
    String title = "HHHHH HHHH HHHHH HHHH HHHHH HHHH HHHHH HHHH HHHHH HHHH HHHHH HHHH";
    CardRenderer.TitleLayout l = R.layoutTitle(title, CardRenderer.MIN_TEXT_WIDTH);
    assertEquals(CardRenderer.TITLE_MIN, l.size(), "the worst case: the smallest size");
    BufferedImage card = ImageIO.read(new ByteArrayInputStream(R.jpeg(card(title, thumb))));
    BufferedImage small = scale(card, 300);
    double cap = capHeight(small);
    assertTrue(cap >= 9.5, "cap height at 300 px: " + cap);
    // and a typical title, set large
    BufferedImage typical = scale(ImageIO.read(new ByteArrayInputStream(R.jpeg(card("HUONG DAN CAI DAT", null)))), 300);
    assertTrue(capHeight(typical) >= 13.5, "typical: " + capHeight(typical));
  }

  @Test
  void aTallInfographicIsShownWholeNeverCropped() throws Exception {
    BufferedImage tall = new BufferedImage(1080, 3000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = tall.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1080, 3000);
    g.setColor(new Color(0xd00000)); // a red band at the very top, a blue one at the very bottom
    g.fillRect(0, 0, 1080, 120);
    g.setColor(new Color(0x0000d0));
    g.fillRect(0, 2880, 1080, 120);
    g.dispose();
    BufferedImage card = R.draw(card("Đăng ký tài khoản VssID", tall));
    assertEquals(1200, card.getWidth());
    assertEquals(630, card.getHeight());
    int redTop = -1;
    int blueBottom = -1;
    for (int y = 0; y < 630; y++) {
      for (int x = 800; x < 1200; x++) {
        Color c = new Color(card.getRGB(x, y));
        if (c.getRed() > 180 && c.getGreen() < 60 && c.getBlue() < 60 && redTop < 0) {
          redTop = y;
        }
        if (c.getBlue() > 180 && c.getRed() < 60 && c.getGreen() < 60) {
          blueBottom = y;
        }
      }
    }
    assertTrue(redTop > 0 && blueBottom > redTop, "both ends visible: " + redTop + ", " + blueBottom);
    assertTrue(blueBottom < CardRenderer.BAND_TOP, "above the band");
  }

  @Test
  void cardsAreSmallJpegsAndTheSameInputsGiveTheSameBytes() throws Exception {
    byte[] a = R.jpeg(card("Tra cứu quá trình đóng BHXH", null));
    byte[] b = R.jpeg(card("Tra cứu quá trình đóng BHXH", null));
    assertTrue(a.length < CardRenderer.MAX_BYTES, "bytes: " + a.length);
    assertTrue(Arrays.equals(a, b));
    assertFalse(Arrays.equals(a, R.jpeg(card("Tra cứu thẻ BHYT", null))));
  }

  @Test
  void coloursComeFromTheSiteCss() {
    CardPalette p = CardPalette.fromCss(":root { --brand: #123456; --brand-dark: #0a0b0c; }\n.x { --brand: #ffffff; }");
    assertEquals(0x123456, p.background());
    assertEquals(0x0a0b0c, p.band());
    assertEquals(CardPalette.DEFAULT.accent(), p.accent());
    assertEquals(CardPalette.DEFAULT, CardPalette.fromCss(null));
  }

  static BufferedImage scale(BufferedImage src, int w) {
    int h = (int) Math.round(src.getHeight() * (double) w / src.getWidth());
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    // what a phone's browser does when it shows a large image small: smooth downscaling
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    BufferedImage cur = src;
    while (cur.getWidth() / 2 >= w) {
      BufferedImage half = new BufferedImage(cur.getWidth() / 2, cur.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
      Graphics2D hg = half.createGraphics();
      hg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      hg.drawImage(cur, 0, 0, half.getWidth(), half.getHeight(), null);
      hg.dispose();
      cur = half;
    }
    g.drawImage(cur, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /**
   * The height of the first title line's capitals in a scaled card, in px with sub-pixel coverage:
   * the sum, over rows, of how far each row's brightest pixel in the title column goes from the
   * background towards white (partly covered edge rows count partly).
   */
  static double capHeight(BufferedImage small) {
    double scale = small.getWidth() / 1200.0;
    int x0 = (int) (CardRenderer.MARGIN * scale);
    int x1 = (int) ((CardRenderer.MARGIN + 300) * scale);
    int bg = CardPalette.DEFAULT.background();
    double bgLum = lum(bg);
    // skip the kicker and its rule: start below the accent rule
    int yStart = (int) (200 * scale);
    double total = 0;
    boolean inLine = false;
    for (int y = yStart; y < small.getHeight(); y++) {
      double best = 0;
      for (int x = x0; x < x1; x++) {
        best = Math.max(best, (lum(small.getRGB(x, y)) - bgLum) / (255 - bgLum));
      }
      best = Math.max(0, Math.min(1, best));
      if (best > 0.15) {
        inLine = true;
        total += best;
      } else if (inLine) {
        break;
      }
    }
    return total;
  }

  static double lum(int rgb) {
    return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
  }
}
