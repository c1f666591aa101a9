package vn.camnang.site;

/** Relative URLs between site-relative paths. */
final class Urls {
  private Urls() {}

  /**
   * The relative URL from the page at {@code fromUrl} (a folder URL ending in '/', or "" for the
   * root) to the site-relative {@code target} (a page URL ending in '/' or a file path).
   *
   * <pre>relative("vssid/dang-ky/", "dich-vu-cong/vneid/") = "../../dich-vu-cong/vneid/"
   * relative("vssid/dang-ky/", "vssid/dang-ky/buoc-1.png") = "buoc-1.png"
   * relative("vssid/dang-ky/", "vssid/dang-ky/") = "./"</pre>
   */
  static String relative(String fromUrl, String target) {
    String[] from = fromUrl.isEmpty() ? new String[0] : fromUrl.split("/");
    String[] to = target.isEmpty() ? new String[0] : target.split("/", -1);
    // 'to' ends with "" when target ends with '/'
    int common = 0;
    int toDirs = to.length - 1; // the last element is the file name (or "" for a folder)
    while (common < from.length && common < toDirs && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("../".repeat(from.length - common));
    for (int i = common; i < to.length; i++) {
      sb.append(to[i]);
      if (i < to.length - 1) {
        sb.append('/');
      }
    }
    return sb.length() == 0 ? "./" : sb.toString();
  }
}
