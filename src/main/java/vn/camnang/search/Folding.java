package vn.camnang.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text rules shared by the index (Java) and the browser ({@code assets/js/search.js}); both must
 * give the same answer for every string, which {@code SearchJsTest} checks on a table.
 *
 * <ul>
 *   <li>{@link #words}: lower-case, NFC, then runs of Latin letters, digits and combining marks
 *       ({@code [0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]}). Written
 *       as explicit ranges, not {@code \p{L}}, so the same expression works in old phone browsers.
 *   <li>{@link #fold}: NFD, drop the combining diacritical marks U+0300–U+036F, {@code đ}/{@code Đ}
 *       → {@code d}, lower-case, then a word-final {@code y} after a consonant → {@code i}: {@code
 *       "Đường"} → {@code "duong"}, {@code "ký"} → {@code "ki"}. NFC and NFD inputs fold alike.
 *   <li>{@link #shardKey}: a folded word with every character outside {@code a-z0-9} replaced by
 *       {@code _}; shard files are named by a prefix of it.
 * </ul>
 */
public final class Folding {
  /** The characters of a word, as a regular-expression class (also used verbatim in search.js). */
  public static final String WORD_CHARS =
      "0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff";

  private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

  private Folding() {}

  /** Lower-case, NFC: the accented form of a word as the index keeps it ({@code "Đường"} → {@code "đường"}). */
  public static String lower(String text) {
    return nfc(text.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code text} in NFC: itself when it is so already (the common case: checking is a scan, while
   * normalising copies every character).
   */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * A word-final {@code y} right after a consonant: Vietnamese writes it either way ({@code ký/kí,
   * lý/lí, kỹ/kĩ, tỷ/tỉ, hy/hi}), so both fold to {@code i}. Not after a vowel ({@code ngày, quý,
   * thuỷ}) and not alone ({@code y tế}).
   */
  private static final Pattern FINAL_Y = Pattern.compile("([bcdghklmnpqrstvx])y(?![a-z0-9])");

  /**
   * Folds away tone and vowel marks and case, and spells a consonant + final {@code y} with
   * {@code i}: {@code "Chữ Ký Số"} → {@code "chu ki so"}, as is {@code "chu ky so"} and {@code "chữ
   * kí số"}.
   */
  public static String fold(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = MARKS.matcher(nfd).replaceAll("");
    String lower = bare.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    return FINAL_Y.matcher(lower).replaceAll("$1i");
  }

  /** The tone marks: grave, acute, tilde, hook above, dot below (NFD). */
  private static final Pattern TONE = Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");

  /** The first run of vowels (with their marks) of a word without its tone mark (NFD). */
  private static final Pattern VOWELS = Pattern.compile("[aeiouy][aeiouy\\u0300-\\u036f]*");

  /**
   * A word ({@link #words}) with its tone mark put in one fixed place, so the old and new ways of
   * placing it meet: {@code hoà} and {@code hòa}, {@code thuỷ} and {@code thủy}, {@code khoẻ} and
   * {@code khỏe} give the same string. The mark goes after the last vowel of the word's first run
   * of vowels (not always where either style puts it: this is a key, not a spelling); the first
   * tone mark is kept, any other dropped. Words without a tone mark, or without a vowel, are
   * returned as they are (NFC). The index keeps accented words in this form; search.js applies the
   * same rule (its {@code accents}) to what the reader typed.
   */
  public static String accents(String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    Matcher tone = TONE.matcher(nfd);
    if (!tone.find()) {
      return Normalizer.normalize(word, Normalizer.Form.NFC);
    }
    String mark = tone.group();
    String bare = TONE.matcher(nfd).replaceAll("");
    Matcher run = VOWELS.matcher(bare);
    if (!run.find()) {
      return Normalizer.normalize(word, Normalizer.Form.NFC);
    }
    String placed = bare.substring(0, run.end()) + mark + bare.substring(run.end());
    return Normalizer.normalize(placed, Normalizer.Form.NFC);
  }

  /**
   * The words of a text in their accented form ({@link #lower}), in order: the runs of {@link
   * #WORD_CHARS}, found by a plain scan (the same runs as the regular expression gives).
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String lower = lower(text);
    int length = lower.length();
    int start = -1;
    for (int i = 0; i < length; i++) {
      if (isWordChar(lower.charAt(i))) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(lower.substring(start, length));
    }
    return out;
  }

  /** True for a character of {@link #WORD_CHARS} (every range lies in the BMP: no surrogate is one). */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    return (c >= 0x00c0 && c <= 0x00d6)
        || (c >= 0x00d8 && c <= 0x00f6)
        || (c >= 0x00f8 && c <= 0x024f)
        || (c >= 0x0300 && c <= 0x036f)
        || (c >= 0x1e00 && c <= 0x1eff);
  }

  /** {@code fold(word)} with characters outside {@code a-z0-9} replaced by {@code _}. */
  public static String shardKey(String folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      sb.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
    }
    return sb.toString();
  }
}
