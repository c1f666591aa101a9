import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import java.text.Normalizer;
import javax.imageio.*;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the site's default share card (1200×630, the size Zalo and Open Graph previews use):
 * {@code java tools/infographics/ShareCard.java assets/images/the-chia-se.jpg}
 */
public class ShareCard {
  public static void main(String[] args) throws Exception {
    String out = args.length > 0 ? args[0] : "assets/images/the-chia-se.jpg";
    Font bold = Font.createFont(Font.TRUETYPE_FONT, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    Font regular = Font.createFont(Font.TRUETYPE_FONT, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    BufferedImage img = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setColor(new Color(0x0b5d6b));
    g.fillRect(0, 0, 1200, 630);
    g.setColor(new Color(0xf0a500));
    g.fillRect(0, 560, 1200, 10);
    g.setColor(new Color(0x08434d));
    g.fillRect(0, 570, 1200, 60);
    // open book
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D book = new Path2D.Double();
    book.moveTo(90, 150); book.quadTo(150, 125, 210, 150); book.lineTo(210, 290); book.quadTo(150, 265, 90, 290); book.closePath();
    book.moveTo(210, 150); book.quadTo(270, 125, 330, 150); book.lineTo(330, 290); book.quadTo(270, 265, 210, 290);
    g.draw(book);
    g.setFont(bold.deriveFont(96f));
    g.drawString(nfc("Cẩm nang số"), 380, 250);
    g.setFont(regular.deriveFont(44f));
    g.setColor(new Color(0xe6f2f4));
    g.drawString(nfc("Hướng dẫn từng bước dùng dịch vụ số"), 90, 400);
    g.drawString(nfc("trên điện thoại, cho mọi người dân"), 90, 462);
    g.setFont(regular.deriveFont(28f));
    g.setColor(Color.WHITE);
    g.drawString(nfc("Tổ công nghệ số cộng đồng"), 90, 610);
    g.dispose();
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(0.85f);
    try (ImageOutputStream os = ImageIO.createImageOutputStream(new File(out))) {
      w.setOutput(os);
      w.write(null, new IIOImage(img, null, null), p);
    }
    w.dispose();
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
