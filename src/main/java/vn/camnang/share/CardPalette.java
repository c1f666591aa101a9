package vn.camnang.share;

import java.awt.Color;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of a share card, taken from the site's CSS variables ({@code --brand},
 * {@code --brand-dark}, and {@code --accent} when a theme defines it) so a site that changes its
 * colours gets cards to match; the defaults are the bundled theme's and the infographics' palette.
 *
 * @param background the card (CSS {@code --brand}, infographic header {@code #0b5d6b})
 * @param band the footer band (CSS {@code --brand-dark})
 * @param accent the strip above the band (infographic accent {@code #f2a900})
 * @param title title text (white on the brand colour: contrast 7.6:1)
 * @param kicker the topic line and the site's address (pale brand tint)
 */
public record CardPalette(int background, int band, int accent, int title, int kicker) {
  public static final CardPalette DEFAULT = new CardPalette(0x0b5d6b, 0x084652, 0xf2a900, 0xffffff, 0xcfe9ee);

  private static final Pattern VAR = Pattern.compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\b");

  /** The palette for a theme's CSS text (null: the defaults). */
  public static CardPalette fromCss(String css) {
    if (css == null) {
      return DEFAULT;
    }
    int bg = DEFAULT.background;
    int band = DEFAULT.band;
    int accent = DEFAULT.accent;
    Matcher m = VAR.matcher(css);
    boolean bgSet = false;
    boolean bandSet = false;
    boolean accentSet = false;
    while (m.find()) { // the first definition of each (the :root block comes first)
      int rgb = Integer.parseInt(m.group(2), 16);
      switch (m.group(1)) {
        case "brand" -> {
          if (!bgSet) {
            bg = rgb;
            bgSet = true;
          }
        }
        case "brand-dark" -> {
          if (!bandSet) {
            band = rgb;
            bandSet = true;
          }
        }
        case "accent" -> {
          if (!accentSet) {
            accent = rgb;
            accentSet = true;
          }
        }
        default -> {}
      }
    }
    return new CardPalette(bg, band, accent, DEFAULT.title, DEFAULT.kicker);
  }

  Color color(int rgb) {
    return new Color(rgb);
  }

  /** For cache keys. */
  String fingerprint() {
    return String.format("%06x.%06x.%06x.%06x.%06x", background, band, accent, title, kicker);
  }
}
