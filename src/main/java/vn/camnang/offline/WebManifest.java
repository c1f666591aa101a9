package vn.camnang.offline;

import vn.camnang.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.camnang.config.SiteConfig;

/**
 * {@code manifest.webmanifest}: what a phone needs to put the site on its home screen ("Thêm vào
 * màn hình chính") and open it like an app. Every URL is relative to the manifest, which sits at the
 * site's root, so it works under a sub-path.
 */
final class WebManifest {
  static final String FILE = "manifest.webmanifest";
  static final String THEME_COLOR = "#0b5d6b";
  static final String BACKGROUND_COLOR = "#ffffff";

  /** Icons of the built-in theme: logical asset path, size, purpose. */
  private static final List<String[]> ICONS =
      List.of(
          new String[] {"icons/icon-192.png", "192x192", "any"},
          new String[] {"icons/icon-512.png", "512x512", "any"},
          new String[] {"icons/icon-maskable-512.png", "512x512", "maskable"});

  private WebManifest() {}

  /**
   * The manifest of a site. {@code shortName} in site.yaml names the icon on the home screen (at
   * most about 12 characters show); without it, the title when short enough.
   *
   * @param assets logical asset path → written path; icons the site lacks are left out
   */
  static String json(SiteConfig config, Map<String, String> assets) {
    String name = config.title() == null ? "Cẩm nang số" : config.title();
    String shortName = config.shortName();
    String lang = config.language() == null ? "vi" : config.language();
    List<String> icons = new ArrayList<>();
    for (String[] icon : ICONS) {
      String path = assets.get(icon[0]);
      if (path != null) {
        icons.add(
            "    {\"src\": " + Json.str(path) + ", \"sizes\": \"" + icon[1]
                + "\", \"type\": \"image/png\", \"purpose\": \"" + icon[2] + "\"}");
      }
    }
    StringBuilder sb = new StringBuilder("{\n");
    field(sb, "name", name);
    field(sb, "short_name", shortName == null ? shortName(name) : shortName);
    if (config.description() != null) {
      field(sb, "description", config.description());
    }
    field(sb, "lang", lang);
    field(sb, "dir", "ltr");
    field(sb, "id", "./");
    field(sb, "start_url", "./");
    field(sb, "scope", "./");
    field(sb, "display", "standalone");
    field(sb, "theme_color", THEME_COLOR);
    field(sb, "background_color", BACKGROUND_COLOR);
    sb.append("  \"icons\": [\n").append(String.join(",\n", icons)).append("\n  ]\n}\n");
    return sb.toString();
  }

  /** The title if it fits under a home-screen icon, else its first words that do. */
  static String shortName(String title) {
    if (title.codePointCount(0, title.length()) <= 12) {
      return title;
    }
    StringBuilder sb = new StringBuilder();
    for (String word : title.split("\\s+")) {
      if (sb.length() > 0 && sb.length() + 1 + word.length() > 12) {
        break;
      }
      sb.append(sb.length() > 0 ? " " : "").append(word);
    }
    return sb.length() > 12 ? sb.substring(0, 12) : sb.toString();
  }

  private static void field(StringBuilder sb, String key, String value) {
    sb.append("  \"").append(key).append("\": ").append(Json.str(value)).append(",\n");
  }
}
