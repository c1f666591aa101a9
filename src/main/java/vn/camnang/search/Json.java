package vn.camnang.search;

/** Just enough JSON writing for the index: strings and integers, compact, UTF-8 as is. */
final class Json {
  private Json() {}

  /**
   * Appends {@code s} as a JSON string. U+2028 and U+2029 are escaped too, so the output is also a
   * valid JavaScript literal in engines older than ES2019.
   */
  static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }

  static String string(String s) {
    return string(new StringBuilder(s.length() + 2), s).toString();
  }
}
