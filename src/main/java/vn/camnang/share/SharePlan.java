package vn.camnang.share;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputClaims;
import vn.camnang.util.Slugs;

/**
 * What each page needs to be shared: its canonical and short URLs, the preview image, the QR code
 * file and a ready-to-paste Zalo message; and the redirect pages that keep old ({@code aliases})
 * and short ({@code code} → {@code /g/<code>/}) links working. Computed once per build.
 */
public final class SharePlan {
  /** Where short links live: {@code /g/<code>/}. */
  public static final String SHORT_PREFIX = "g/";

  private final SiteConfig config;
  private final SiteContent content;
  private final Function<Page, ShareImage> images;
  private final List<Redirect> redirects;

  public SharePlan(
      SiteConfig config, SiteContent content, Function<Page, ShareImage> images, Diagnostics diagnostics) {
    this.config = config;
    this.content = content;
    this.images = images;
    this.redirects = collectRedirects(diagnostics);
  }

  public List<Redirect> redirects() {
    return redirects;
  }

  /** The short code URL of a page ({@code "g/khai-sinh/"}), or null when it has none. */
  public static String shortUrl(Page page) {
    Object code = page.meta().fields().get("code");
    if (code == null) {
      return null;
    }
    String slug = Slugs.slugify(String.valueOf(code));
    return slug.isEmpty() ? null : SHORT_PREFIX + slug + "/";
  }

  /** The QR code file of a page, site-relative, or null without QR codes ({@link SiteConfig#qrCodes}). */
  public String qrPath(Page page) {
    return config.qrCodes() ? page.url() + "qr.svg" : null;
  }

  /** The text a QR code of this page encodes: its short link if it has one, else its canonical URL. */
  public String qrTarget(Page page) {
    String s = shortUrl(page);
    return config.absolute(s != null ? s : page.url());
  }

  /**
   * The {@code share} map templates see for a page. Its preview picture ({@code image…} keys) is
   * looked up when a template first reads it, not before: a guide's card shows the first picture of
   * its body, known once the page has rendered (lists that show other pages' short links and QR
   * codes do not ask for it).
   */
  public Map<String, Object> forPage(Page page) {
    Map<String, Object> m = new LinkedHashMap<>();
    String canonical = config.absolute(page.url());
    String shortUrl = shortUrl(page);
    m.put("canonical", canonical == null ? "" : canonical);
    m.put("shortUrl", shortUrl == null ? (canonical == null ? "" : canonical) : config.absolute(shortUrl));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("type", page.kind() == Page.Kind.GUIDE ? "article" : "website");
    after.put("qr", qrPath(page));
    String title = page.title() == null ? config.title() : page.title();
    String desc = page.meta().description();
    String link = (String) m.get("shortUrl");
    after.put("zalo", title + (desc == null ? "" : "\n" + desc) + (link.isEmpty() ? "" : "\n" + link));
    return new ShareMap(m, () -> imageKeys(images.apply(page)), after);
  }

  private Map<String, Object> imageKeys(ShareImage img) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (img != null) {
      m.put("image", config.hasBaseUrl() ? config.absolute(img.url()) : "");
      m.put("imagePath", img.url());
      m.put("imageWidth", img.width());
      m.put("imageHeight", img.height());
      m.put("imageType", img.mime());
      if (img.alt() != null) {
        m.put("imageAlt", img.alt());
      }
    }
    return m;
  }

  /**
   * A page's share data, read-only: the {@code image…} keys made on first read (once), the others
   * at once; in the order they have always had.
   */
  private static final class ShareMap extends AbstractMap<String, Object> {
    private final Map<String, Object> before;
    private final Supplier<Map<String, Object>> imageKeys;
    private final Map<String, Object> after;
    private Map<String, Object> image;

    ShareMap(Map<String, Object> before, Supplier<Map<String, Object>> imageKeys, Map<String, Object> after) {
      this.before = before;
      this.imageKeys = imageKeys;
      this.after = after;
    }

    private synchronized Map<String, Object> image() {
      if (image == null) {
        image = imageKeys.get();
      }
      return image;
    }

    private Map<String, Object> part(Object key) {
      if (before.containsKey(key)) {
        return before;
      }
      return key instanceof String k && k.startsWith("image") ? image() : after;
    }

    @Override
    public Object get(Object key) {
      return part(key).get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return part(key).containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      Map<String, Object> all = new LinkedHashMap<>(before);
      all.putAll(image());
      all.putAll(after);
      return Collections.unmodifiableMap(all).entrySet();
    }
  }

  /**
   * A redirect a page asks for.
   *
   * @param written as the header has it (an alias as written; a code as its short URL)
   * @param from the URL it would take, or null when the alias is not a usable path
   * @param line where the header asks for it
   */
  private record Wanted(Redirect.Kind kind, String written, String from, int line) {}

  private List<Redirect> collectRedirects(Diagnostics diagnostics) {
    OutputClaims claimed = content.claims();
    List<Redirect> out = new ArrayList<>();
    for (Page p : content.pages()) {
      List<Wanted> wanted = new ArrayList<>();
      List<String> aliases = p.meta().aliases();
      for (int i = 0; i < aliases.size(); i++) {
        String alias = aliases.get(i);
        wanted.add(new Wanted(Redirect.Kind.ALIAS, alias, normalise(alias), p.meta().lines().item("aliases", aliases.indexOf(alias))));
      }
      String code = shortUrl(p);
      if (code != null) {
        wanted.add(new Wanted(Redirect.Kind.CODE, code, code, p.meta().line("code")));
      }
      for (Wanted w : wanted) {
        String raw = w.written();
        String from = w.from();
        int line = w.line();
        if (from == null) {
          diagnostics.add(
              Diagnostic.error(
                  p.source(), line, "alias '" + raw + "' is not a usable path",
                  "write an old address of this page, e.g. /vssid/dang-ky-cu/"));
          continue;
        }
        Page owner = content.byUrl().get(from);
        if (owner != null) {
          diagnostics.add(
              Diagnostic.error(
                  p.source(), line,
                  w.kind().word() + " '" + raw + "' is the address of another page: content/" + owner.sourcePath(),
                  "an alias must be an old address that no page uses any more"));
          continue;
        }
        if (claimed.owner(from).filter(o -> p.source().equals(o.file())).isPresent()) {
          continue; // the page's alias and short code are one address
        }
        OutputClaims.Source who = new OutputClaims.Source("content/" + p.sourcePath(), p.source(), line);
        if (!claimed.claim(from, who, "keep the alias or code on one page only", diagnostics)) {
          continue;
        }
        out.add(new Redirect(from, p, w.kind()));
      }
    }
    out.sort(Comparator.comparing(Redirect::fromUrl));
    return List.copyOf(out);
  }

  /** {@code "/Vssid/Đăng ký cũ"} → {@code "vssid/dang-ky-cu/"}; keeps {@code .html} file names. */
  static String normalise(String alias) {
    String a = alias.strip();
    if (a.startsWith("http://") || a.startsWith("https://")) {
      int slash = a.indexOf('/', a.indexOf("//") + 2);
      a = slash < 0 ? "" : a.substring(slash);
    }
    boolean html = a.toLowerCase(Locale.ROOT).endsWith(".html");
    List<String> parts = new ArrayList<>();
    for (String seg : a.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        return null;
      }
      parts.add(seg);
    }
    if (parts.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      sb.append(last && html ? Slugs.fileName(parts.get(i)) : Slugs.slugify(parts.get(i)));
      if (!(last && html)) {
        sb.append('/');
      }
    }
    return sb.toString();
  }

}
