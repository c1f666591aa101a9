package vn.camnang.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fonts share cards are drawn with: Be Vietnam Pro (Bold and Medium, SIL Open Font License
 * 1.1, {@code camnang/fonts/OFL.txt}), shipped inside the jar so a card is the same on every
 * machine and every Vietnamese letter has its glyph: no system font is ever looked up.
 *
 * <pre>{@code
 * Font title = CardFonts.get().bold(72f);
 * CardFonts.get().fingerprint()   // part of every card's cache key
 * }</pre>
 */
public final class CardFonts {
  /** Where the font files live on the classpath (also {@code src/main/resources/} in the repo). */
  public static final String RESOURCE_DIR = "/camnang/fonts/";

  private static volatile CardFonts instance;

  private final Font bold;
  private final Font medium;
  private final String fingerprint;

  private CardFonts(Font bold, Font medium, String fingerprint) {
    this.bold = bold;
    this.medium = medium;
    this.fingerprint = fingerprint;
  }

  /** The fonts, loaded once per JVM. */
  public static CardFonts get() {
    CardFonts f = instance;
    if (f == null) {
      synchronized (CardFonts.class) {
        f = instance;
        if (f == null) {
          f = instance = load();
        }
      }
    }
    return f;
  }

  public Font bold(float size) {
    return bold.deriveFont(size);
  }

  public Font medium(float size) {
    return medium.deriveFont(size);
  }

  /** A hash of the font files' bytes: a new font version draws every card again. */
  public String fingerprint() {
    return fingerprint;
  }

  private static CardFonts load() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] b = read("BeVietnamPro-Bold.ttf");
      byte[] m = read("BeVietnamPro-Medium.ttf");
      sha.update(b);
      sha.update(m);
      return new CardFonts(
          Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(b)),
          Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(m)),
          HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the share card fonts", e);
    } catch (FontFormatException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("the share card fonts are damaged", e);
    }
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = CardFonts.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IOException("font " + RESOURCE_DIR + name + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
