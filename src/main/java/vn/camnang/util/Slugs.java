package vn.camnang.util;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese-aware ASCII folding for URLs, ids and search.
 *
 * <p>{@code "Chữ ký số"} → {@code "chu-ky-so"}; {@code "Đăng ký"} → {@code "dang-ky"}. Unicode
 * decomposition (NFD) splits a letter from its tone and vowel marks, which are dropped; {@code đ}
 * and {@code Đ} have no decomposition and are mapped by hand.
 */
public final class Slugs {
  private Slugs() {}

  /** Folds to lower-case ASCII letters and digits, keeping other characters as they are. */
  public static String fold(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        sb.append('d');
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A URL segment: folded, every run of characters other than {@code a-z0-9} becomes one hyphen,
   * no hyphen at either end. Returns an empty string when nothing usable is left.
   */
  public static String slugify(String text) {
    String folded = fold(text);
    StringBuilder sb = new StringBuilder(folded.length());
    boolean hyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return sb.toString();
  }

  /**
   * A file name made ASCII but keeping its extension: {@code "Ảnh bước 1.PNG"} → {@code
   * "anh-buoc-1.png"}.
   */
  public static String fileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      String s = slugify(name);
      return s.isEmpty() ? "file" : s;
    }
    String stem = slugify(name.substring(0, dot));
    String ext = slugify(name.substring(dot + 1));
    return (stem.isEmpty() ? "file" : stem) + (ext.isEmpty() ? "" : "." + ext);
  }
}
