import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import vn.camnang.share.CardFonts;
import vn.camnang.share.CardPalette;
import vn.camnang.share.CardRenderer;

/**
 * Draws the site's default share card (1200×630), the one every page shows when per-page cards are
 * switched off ({@code features: shareCards: false} in site.yaml), with the generator's own card
 * renderer and its bundled font (Be Vietnam Pro, in {@code src/main/resources/camnang/fonts/}): no
 * system font is used, so every machine draws the same picture.
 *
 * <pre>
 * mvn -B -q -o compile        # once: target/classes
 * java -cp target/classes tools/infographics/ShareCard.java assets/images/the-chia-se.jpg
 * </pre>
 */
public class ShareCard {
  public static void main(String[] args) throws Exception {
    String out = args.length > 0 ? args[0] : "assets/images/the-chia-se.jpg";
    Path css = Path.of("assets/css/site.css");
    CardRenderer renderer =
        new CardRenderer(CardFonts.get(), CardPalette.fromCss(Files.isRegularFile(css) ? Files.readString(css) : null));
    Path iconFile = Path.of("assets/icons/icon-192.png");
    CardRenderer.Card card =
        new CardRenderer.Card(
            "Cẩm nang số",
            "Tổ công nghệ số cộng đồng",
            "Hướng dẫn từng bước dùng dịch vụ số trên điện thoại, cho mọi người dân",
            "Cẩm nang số",
            null,
            Files.isRegularFile(iconFile) ? ImageIO.read(iconFile.toFile()) : null,
            null);
    Files.write(new File(out).toPath(), renderer.jpeg(card));
  }
}
