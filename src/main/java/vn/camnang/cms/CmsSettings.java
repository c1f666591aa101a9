package vn.camnang.cms;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code cms:} block of site.yaml: whether {@code build} writes the editing page into the
 * output, and which git host publishes (the same collections work with either).
 *
 * <pre>
 * cms:
 *   admin: true            # build writes output/admin/ (never without this line)
 *   backend: gitlab        # or github
 *   repo: "to-cong-nghe-so/cam-nang-so"
 *   branch: main
 *   app_id: "…"            # GitLab: the OAuth application's id (login without a server)
 *   base_url: "https://…"  # GitHub: the OAuth helper's address; GitLab: a self-hosted GitLab
 *   api_root: "https://…"  # GitLab on your own server: https://gitlab.example.org/api/v4
 * </pre>
 */
public record CmsSettings(
    boolean admin, String backend, String repo, String branch, String appId, String baseUrl, String apiRoot) {

  public static final CmsSettings NONE = new CmsSettings(false, "github", null, "main", null, null, null);

  /** Reads {@code cms:} from the raw site config; absent or malformed parts take their defaults. */
  public static CmsSettings from(Map<String, Object> rawConfig) {
    Object v = rawConfig == null ? null : rawConfig.get("cms");
    if (!(v instanceof Map<?, ?> m)) {
      return NONE;
    }
    String backend = str(m.get("backend"), "github").toLowerCase(Locale.ROOT);
    return new CmsSettings(
        Boolean.TRUE.equals(m.get("admin")) || "true".equals(String.valueOf(m.get("admin"))),
        backend.equals("gitlab") ? "gitlab" : "github",
        str(m.get("repo"), null),
        str(m.get("branch"), "main"),
        str(m.get("app_id"), null),
        str(m.get("base_url"), null),
        str(m.get("api_root"), null));
  }

  private static String str(Object o, String d) {
    return o == null || String.valueOf(o).isBlank() ? d : String.valueOf(o).strip();
  }

  /** Hosts the browser must reach to publish with this backend (for the admin page's CSP). */
  public List<String> publishingHosts() {
    List<String> out = new ArrayList<>();
    if (backend.equals("gitlab")) {
      out.add(origin(apiRoot != null ? apiRoot : "https://gitlab.com"));
      if (baseUrl != null) {
        out.add(origin(baseUrl));
      }
    } else {
      out.add("https://api.github.com");
      if (baseUrl != null) {
        out.add(origin(baseUrl));
      }
    }
    return out.stream().distinct().toList();
  }

  private static String origin(String url) {
    try {
      URI u = URI.create(url);
      return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    } catch (IllegalArgumentException e) {
      return "'none'";
    }
  }
}
