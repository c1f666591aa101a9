package vn.camnang.util;

/**
 * JSON string literals for everything the generator writes as JSON or JavaScript (search index,
 * service worker list, web-app manifest, {@code check --format json}, the serve overlay). Escapes
 * quotes, backslashes, control characters, U+2028/U+2029 (so the output is also a valid JavaScript
 * literal) and {@code <} (so it can sit inside HTML without closing a script).
 */
public final class Json {
  private Json() {}

  public static String str(String s) {
    return append(new StringBuilder(s.length() + 2), s).toString();
  }

  public static StringBuilder append(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }
}
