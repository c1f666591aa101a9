package vn.camnang.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a 1200×630 share card, the picture a Zalo or Facebook link preview shows: the page title in
 * large type on the site's colour, the topic above it, the site's icon, name and address in a band
 * at the bottom, and, for a guide with an infographic, the whole infographic as a thumbnail on the
 * right (scaled to fit, never cropped).
 *
 * <pre>
 * ┌────────────────────────────────────────────┬──────────┐
 * │ VssID – Bảo hiểm xã hội số        (kicker) │ ┌──────┐ │
 * │ Cài đặt VssID trên                 (title, │ │ info │ │
 * │ điện thoại                      ≤ 3 lines) │ │ graph│ │
 * │                                            │ └──────┘ │
 * ├──── accent strip ──────────────────────────┴──────────┤
 * │ [icon] Cẩm nang số                camnang.example.org │
 * └───────────────────────────────────────────────────────┘
 * </pre>
 *
 * <p>The title is never cut: it is set at {@value #TITLE_MAX} px when it fits in three lines, else
 * smaller, down to {@value #TITLE_MIN} px (cap height 39 px: about 10 px when the card is shown
 * 300 px wide in a chat), and only a title too long for three lines even then ends in "…". Lines
 * are balanced (no lone word on the last line). Characters the font lacks (emoji) are left out.
 * Thread-safe; drawing is deterministic (same inputs and JDK, same bytes).
 */
public final class CardRenderer {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 630;

  /** Part of every card's cache key and file name: raise it when the drawing changes. */
  public static final int VERSION = 1;

  static final float TITLE_MAX = 84f;
  static final float TITLE_MIN = 56f;
  static final int MAX_LINES = 3;
  static final float LINE_HEIGHT = 1.2f;

  static final int MARGIN = 64;
  static final int BAND_TOP = 536;
  static final int STRIP = 8;
  static final int KICKER_SIZE = 40;
  static final int SUBTITLE_SIZE = 38;

  /** The thumbnail's box (right column, above the band). */
  static final int THUMB_MAX_W = 330;

  static final int THUMB_TOP = 52;
  static final int THUMB_BOTTOM = BAND_TOP - STRIP - 40;
  static final int THUMB_PAD = 10;

  /** The title column's width beside the widest thumbnail (a title too long for it goes without the thumbnail). */
  public static final int MIN_TEXT_WIDTH = WIDTH - MARGIN + 8 - THUMB_MAX_W - 48 - MARGIN;

  /** Largest JPEG (Zalo drops bigger previews). */
  public static final int MAX_BYTES = 200_000;

  private static final float[] QUALITIES = {0.88f, 0.8f, 0.7f, 0.6f};

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /**
   * What a card shows.
   *
   * @param title the page title (required)
   * @param kicker the line above the title (topic, or "Dịch vụ công thiết yếu số 3 / 25"); may be
   *     null
   * @param subtitle a line under the title (the site's description on the home card); may be null
   * @param siteName the site's name, in the band
   * @param host the site's address, in the band (null: none)
   * @param icon the site's icon (null: none)
   * @param thumbnail a picture shown whole on the right (null: the text takes the whole width)
   */
  public record Card(
      String title,
      String kicker,
      String subtitle,
      String siteName,
      String host,
      BufferedImage icon,
      BufferedImage thumbnail) {}

  /** How a title was set: size in px, its lines, and whether it had to end in "…". */
  public record TitleLayout(float size, List<String> lines, boolean ellipsized) {}

  private final CardFonts fonts;
  private final CardPalette palette;

  public CardRenderer(CardFonts fonts, CardPalette palette) {
    this.fonts = fonts;
    this.palette = palette;
  }

  public CardPalette palette() {
    return palette;
  }

  /** The card as a JPEG of at most {@value #MAX_BYTES} bytes. */
  public byte[] jpeg(Card card) throws IOException {
    BufferedImage img = draw(card);
    byte[] out = null;
    for (float q : QUALITIES) {
      out = encode(img, q);
      if (out.length <= MAX_BYTES) {
        break;
      }
    }
    return out;
  }

  /** The card's pixels (RGB, 1200×630). */
  public BufferedImage draw(Card card) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setColor(new Color(palette.background()));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(new Color(palette.accent()));
      g.fillRect(0, BAND_TOP - STRIP, WIDTH, STRIP);
      g.setColor(new Color(palette.band()));
      g.fillRect(0, BAND_TOP, WIDTH, HEIGHT - BAND_TOP);

      int textWidth = WIDTH - 2 * MARGIN;
      if (showsThumbnail(card)) {
        int left = drawThumbnail(g, card.thumbnail());
        textWidth = left - 48 - MARGIN;
      }
      drawText(g, card, textWidth);
      drawBand(g, card);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Size and lines of a title in a column {@code width} px wide. */
  public TitleLayout layoutTitle(String title, double width) {
    String text = displayable(title, fonts.bold(TITLE_MAX));
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new TitleLayout(TITLE_MAX, List.of(), false);
    }
    for (float size = TITLE_MAX; size >= TITLE_MIN; size -= 2f) {
      Font f = fonts.bold(size);
      List<String> lines = wrap(words, f, width, false);
      if (lines != null && lines.size() <= MAX_LINES) {
        return new TitleLayout(size, balance(words, f, width, lines.size()), false);
      }
    }
    // last resort: the smallest size, words broken if one alone is too wide, "…" after three lines
    Font f = fonts.bold(TITLE_MIN);
    List<String> lines = wrap(words, f, width, true);
    if (lines.size() <= MAX_LINES) {
      return new TitleLayout(TITLE_MIN, lines, false);
    }
    List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
    kept.add(ellipsize(String.join(" ", lines.subList(MAX_LINES - 1, lines.size())), f, width));
    return new TitleLayout(TITLE_MIN, kept, true);
  }

  // ---- parts ----------------------------------------------------------------------------------

  private void drawText(Graphics2D g, Card card, int width) {
    int y = MARGIN;
    int areaBottom = BAND_TOP - STRIP - 36;
    if (card.kicker() != null && !card.kicker().isBlank()) {
      Font kf = fonts.medium(KICKER_SIZE);
      String k = fitOneLine(card.kicker(), kf, width);
      g.setColor(new Color(palette.kicker()));
      TextLayout tl = new TextLayout(k, kf, FRC);
      tl.draw(g, MARGIN, y + tl.getAscent());
      y += (int) Math.ceil(tl.getAscent() + tl.getDescent()) + 24;
      // a short accent rule under the topic, as the infographics have
      g.setColor(new Color(palette.accent()));
      g.fillRect(MARGIN, y - 12, 72, 6);
      y += 12;
    }
    TitleLayout title = layoutTitle(card.title(), width);
    Font tf = fonts.bold(title.size());
    float lineH = title.size() * LINE_HEIGHT;
    List<String> sub = List.of();
    Font sf = fonts.medium(SUBTITLE_SIZE);
    if (card.subtitle() != null && !card.subtitle().isBlank()) {
      sub = wrapAtMost(card.subtitle(), sf, width, 2);
    }
    float subH = sub.isEmpty() ? 0 : 20 + sub.size() * SUBTITLE_SIZE * 1.3f;
    float blockH = title.lines().size() * lineH + subH;
    // the title block sits in the middle of the space left, never above the kicker
    float top = Math.max(y, y + (areaBottom - y - blockH) / 2f);
    g.setColor(new Color(palette.title()));
    float baseline = top;
    for (String line : title.lines()) {
      TextLayout tl = new TextLayout(line, tf, FRC);
      // the line box: ascent padded to the line height, so stacked diacritics never touch the line above
      baseline += (lineH - title.size()) / 2f + title.size() * 0.93f;
      tl.draw(g, MARGIN, baseline);
      baseline += title.size() * 0.07f + (lineH - title.size()) / 2f;
    }
    if (!sub.isEmpty()) {
      g.setColor(new Color(palette.kicker()));
      baseline += 20;
      for (String line : sub) {
        baseline += SUBTITLE_SIZE * 1.3f;
        new TextLayout(line, sf, FRC).draw(g, MARGIN, baseline - SUBTITLE_SIZE * 0.3f);
      }
    }
  }

  private void drawBand(Graphics2D g, Card card) {
    int bandH = HEIGHT - BAND_TOP;
    int x = MARGIN;
    if (card.icon() != null) {
      int s = 60;
      int iy = BAND_TOP + (bandH - s) / 2;
      g.drawImage(scaled(card.icon(), s, s), x, iy, null);
      x += s + 20;
    }
    Font nf = fonts.bold(40f);
    String name = card.siteName() == null ? "" : displayable(card.siteName(), nf);
    TextLayout nl = name.isEmpty() ? null : new TextLayout(name, nf, FRC);
    float baseline = BAND_TOP + bandH / 2f + 14;
    if (nl != null) {
      g.setColor(new Color(palette.title()));
      nl.draw(g, x, baseline);
      x += (int) Math.ceil(nl.getAdvance());
    }
    if (card.host() != null && !card.host().isBlank()) {
      Font hf = fonts.medium(32f);
      TextLayout hl = new TextLayout(displayable(card.host(), hf), hf, FRC);
      float hx = WIDTH - MARGIN - hl.getAdvance();
      if (hx > x + 40) { // drawn only when it does not crowd the name
        g.setColor(new Color(palette.kicker()));
        hl.draw(g, hx, baseline - 2);
      }
    }
  }

  /**
   * Whether the card shows its thumbnail: only when the title still fits beside it without an
   * ellipsis (the title wins), and the picture is not so flat or so tall that it would be a sliver.
   */
  boolean showsThumbnail(Card card) {
    BufferedImage t = card.thumbnail();
    if (t == null) {
      return false;
    }
    int[] size = thumbnailSize(t);
    if (size[0] < 80 || size[1] < 80) {
      return false;
    }
    int width = frameLeft(size[0]) - 48 - MARGIN;
    return !layoutTitle(card.title(), width).ellipsized();
  }

  /** The thumbnail's size on the card: the whole picture, scaled to fit its box. */
  private static int[] thumbnailSize(BufferedImage src) {
    int maxH = THUMB_BOTTOM - THUMB_TOP - 2 * THUMB_PAD;
    int maxW = THUMB_MAX_W - 2 * THUMB_PAD;
    double scale = Math.min(maxW / (double) src.getWidth(), maxH / (double) src.getHeight());
    return new int[] {
      Math.max(1, (int) Math.round(src.getWidth() * scale)), Math.max(1, (int) Math.round(src.getHeight() * scale))
    };
  }

  private static int frameLeft(int thumbWidth) {
    return WIDTH - MARGIN + 8 - (thumbWidth + 2 * THUMB_PAD);
  }

  /** Draws the thumbnail in a white frame at the right; returns the frame's left edge. */
  private int drawThumbnail(Graphics2D g, BufferedImage src) {
    int[] size = thumbnailSize(src);
    int w = size[0];
    int h = size[1];
    int frameW = w + 2 * THUMB_PAD;
    int frameH = h + 2 * THUMB_PAD;
    int fx = frameLeft(w);
    int fy = THUMB_TOP + (THUMB_BOTTOM - THUMB_TOP - frameH) / 2;
    g.setColor(new Color(0, 0, 0, 60)); // a soft shadow
    g.fill(new RoundRectangle2D.Float(fx + 6, fy + 8, frameW, frameH, 18, 18));
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Float(fx, fy, frameW, frameH, 18, 18));
    g.drawImage(scaled(src, w, h), fx + THUMB_PAD, fy + THUMB_PAD, null);
    return fx;
  }

  /**
   * Smooth downscaling: bilinear halving steps (an exact half is a 2×2 average), then one bicubic
   * step to the size; a single jump from 1080 to 200 px would alias.
   */
  static BufferedImage scaled(BufferedImage src, int w, int h) {
    BufferedImage cur = src;
    while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
      cur = copy(cur, cur.getWidth() / 2, cur.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
    return cur.getWidth() == w && cur.getHeight() == h
        ? cur
        : copy(cur, w, h, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static BufferedImage copy(BufferedImage src, int w, int h, Object interpolation) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /**
   * How many source pixels a thumbnail decoder may skip in each direction: half of the final
   * reduction, so the halving steps still average what is left.
   */
  public static int thumbnailSubsampling(int width, int height) {
    double scale =
        Math.min((THUMB_MAX_W - 2.0 * THUMB_PAD) / width, (THUMB_BOTTOM - THUMB_TOP - 2.0 * THUMB_PAD) / height);
    return scale >= 1 ? 1 : Math.max(1, (int) (1 / scale / 2));
  }

  // ---- text -----------------------------------------------------------------------------------

  /** NFC, whitespace collapsed, characters the font cannot draw left out. */
  static String displayable(String s, Font f) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(t.length());
    t.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || cp == 0xA0) {
        sb.append(' ');
      } else if (f.canDisplay(cp)) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString().replaceAll(" {2,}", " ").strip();
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static double width(String s, Font f) {
    return s.isEmpty() ? 0 : new TextLayout(s, f, FRC).getAdvance();
  }

  /**
   * Greedy wrap; null when a single word is wider than the line and {@code breakWords} is false,
   * else such a word is broken between characters.
   */
  private static List<String> wrap(List<String> words, Font f, double width, boolean breakWords) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, f) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String w = word;
      if (width(w, f) > width) {
        if (!breakWords) {
          return null;
        }
        while (width(w, f) > width && w.length() > 1) {
          int cut = w.length() - 1;
          while (cut > 1 && width(w.substring(0, cut), f) > width) {
            cut--;
          }
          lines.add(w.substring(0, cut));
          w = w.substring(cut);
        }
      }
      line.append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The narrowest column that still wraps into {@code n} lines: lines of even length. */
  private static List<String> balance(List<String> words, Font f, double width, int n) {
    List<String> best = wrap(words, f, width, false);
    if (n < 2) {
      return best;
    }
    double lo = width / n;
    double hi = width;
    for (int i = 0; i < 12; i++) {
      double mid = (lo + hi) / 2;
      List<String> l = wrap(words, f, mid, false);
      if (l != null && l.size() <= n) {
        hi = mid;
        best = l;
      } else {
        lo = mid;
      }
    }
    return best;
  }

  private static List<String> wrapAtMost(String text, Font f, double width, int max) {
    List<String> lines = wrap(words(displayable(text, f)), f, width, true);
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max - 1));
    kept.add(ellipsize(String.join(" ", lines.subList(max - 1, lines.size())), f, width));
    return kept;
  }

  private static String fitOneLine(String text, Font f, double width) {
    String t = displayable(text, f);
    return width(t, f) <= width ? t : ellipsize(t, f, width);
  }

  /** The longest start of {@code text} (whole words when possible) that fits with "…" after it. */
  static String ellipsize(String text, Font f, double width) {
    String t = text.strip();
    if (width(t, f) <= width) {
      return t;
    }
    while (!t.isEmpty()) {
      int space = t.lastIndexOf(' ');
      String shorter = space > 0 ? t.substring(0, space) : t.substring(0, t.length() - 1);
      t = shorter.replaceAll("[\\s,.;:–-]+$", "");
      if (width(t + "…", f) <= width) {
        return t + "…";
      }
    }
    return "…";
  }

  // ---- JPEG -----------------------------------------------------------------------------------

  private static byte[] encode(BufferedImage img, float quality) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    try {
      ImageWriteParam p = w.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * 1024);
      try (MemoryCacheImageOutputStream os = new MemoryCacheImageOutputStream(bytes)) {
        w.setOutput(os);
        w.write(null, new IIOImage(img, null, null), p);
      }
      return bytes.toByteArray();
    } finally {
      w.dispose();
    }
  }
}
