package vn.camnang.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.FieldLines;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Severity;

/**
 * Beginners' mistakes that would otherwise reach citizens: the scaffold's placeholder texts left in
 * a published page, and a production build whose base URL is an example or local address.
 */
public final class EditorChecks {
  private EditorChecks() {}

  /**
   * The bracketed texts {@code camnang new} writes into a scaffold. A published (non-draft) page
   * that still holds one of them is an error.
   */
  public static final List<String> SCAFFOLD_PLACEHOLDERS =
      List.of(
          "[Tên bài hướng dẫn]",
          "[Tên chủ đề]",
          "[Một câu, tối đa 160 ký tự: hiện trong thẻ xem trước khi chia sẻ Zalo.]",
          "[Một câu giới thiệu chủ đề, tối đa 160 ký tự.]",
          "[Một đoạn ngắn: chủ đề này giúp người dân làm được gì.]",
          "[Tên trang chính thức mà bài dựa vào]",
          "[Một hai câu: bài này dành cho ai, làm xong được gì.]",
          "[Điện thoại đã cài ứng dụng … từ CH Play hoặc App Store]",
          "[Thẻ căn cước hoặc CCCD gắn chip]",
          "[Việc cần làm ở bước 1.]",
          "[Việc cần làm ở bước 2.]",
          "[Việc cần làm ở bước 3.]",
          "[điều người dân sẽ thấy]",
          "[Lỗi hay gặp]",
          "[cách xử lý]");

  /** Everything this class checks, for one build. */
  static List<Diagnostic> run(SiteConfig config, SiteContent content, boolean production) {
    List<Diagnostic> out = new ArrayList<>();
    if (production) {
      exampleBaseUrl(config).ifPresent(out::add);
    }
    List<Page> pages = new ArrayList<>();
    if (content.home() != null) {
      pages.add(content.home());
    }
    content.topics().forEach(t -> pages.add(t.page()));
    pages.addAll(content.pages());
    pages.addAll(content.standalone());
    Set<Path> seen = new HashSet<>();
    List<Page> published = new ArrayList<>();
    for (Page p : pages) {
      if (p != null && p.source() != null && seen.add(p.source()) && !p.meta().draft()) {
        published.add(p);
      }
    }
    // on all cores, in page order
    published.parallelStream().map(EditorChecks::placeholders).flatMap(Optional::stream).forEachOrdered(out::add);
    return out;
  }

  /**
   * The first scaffold placeholder left in a published page, with its line: from what the loader
   * kept (the header's fields with their lines, the body with its first line), without reading the
   * file again. A placeholder in the header comes before one in the body, as in the file.
   */
  static Optional<Diagnostic> placeholders(Page page) {
    Hit hit = null;
    FrontMatter meta = page.meta();
    for (Map.Entry<String, Object> field : meta.fields().entrySet()) {
      hit = first(hit, inValue(field.getValue(), field.getKey(), meta.line(field.getKey()), meta.lines()));
    }
    if (hit == null && mayHold(page.markdown())) {
      String[] lines = page.markdown().split("\n", -1);
      for (int i = 0; i < lines.length && hit == null; i++) {
        int line = page.bodyLine() + i;
        if (lines[i].stripLeading().startsWith("#") && line <= 5) {
          continue; // the scaffold's own comment in the header
        }
        String ph = placeholderIn(lines[i]);
        hit = ph == null ? null : new Hit(line, ph);
      }
    }
    if (hit == null) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            page.source(),
            hit.line(),
            "placeholder text from 'camnang new' is still in a published page: '" + hit.placeholder() + "'",
            "replace every text in [ ] with the real content; until the guide is ready keep draft: true in its header"));
  }

  /**
   * False when no placeholder starts at any {@code [} of {@code text} (each begins with one): then
   * no line of it needs a look.
   */
  private static boolean mayHold(String text) {
    for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
      for (String ph : SCAFFOLD_PLACEHOLDERS) {
        if (text.startsWith(ph, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A placeholder found at a line of the page's file. */
  private record Hit(int line, String placeholder) {}

  private static Hit first(Hit a, Hit b) {
    return a == null || (b != null && b.line() < a.line()) ? b : a;
  }

  /** The first placeholder in a header value (a text, or a list or map of them) at its line. */
  private static Hit inValue(Object value, String key, int line, FieldLines lines) {
    if (value instanceof String text) {
      String ph = placeholderIn(text);
      return ph == null ? null : new Hit(line, ph);
    }
    Hit hit = null;
    if (value instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        hit = first(hit, inValue(items.get(i), key, lines.item(key, i), lines));
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        hit = first(hit, inValue(v, key, line, lines));
      }
    }
    return hit;
  }

  /**
   * The first of {@link #SCAFFOLD_PLACEHOLDERS} in a line of text, or null. The same words as a
   * link's text ({@code [Thẻ căn cước …](../tu-dien.md)}) are the editor's own.
   */
  private static String placeholderIn(String text) {
    for (String ph : SCAFFOLD_PLACEHOLDERS) {
      int at = text.indexOf(ph);
      int after = at + ph.length();
      if (at >= 0 && (after >= text.length() || "([:".indexOf(text.charAt(after)) < 0)) {
        return ph;
      }
    }
    return null;
  }

  /** {@code --production} with a base URL on an example domain or on this computer. */
  static Optional<Diagnostic> exampleBaseUrl(SiteConfig config) {
    String base = config.baseUrl();
    if (base == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(base).getHost();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    boolean example =
        h.matches("(.*\\.)?example\\.(org|com|net)") || h.endsWith(".example") || h.endsWith(".test")
            || Links.isLocal(h);
    if (!example) {
      return Optional.empty();
    }
    Path file = config.file();
    int line = file == null ? 0 : config.line("baseUrl", 1);
    return Optional.of(
        new Diagnostic(
            file,
            line,
            0,
            Severity.ERROR,
            "baseUrl '" + base + "' is an example or local address, not the published site",
            "set baseUrl in site.yaml to the site's real address, or pass --base-url https://<real-domain>/"));
  }

  /** Addresses that only exist on the editor's computer or network. */
  static final class Links {
    private Links() {}

    static boolean isLocal(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      if (h.startsWith("[") && h.endsWith("]")) {
        h = h.substring(1, h.length() - 1);
      }
      if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("0.0.0.0") || h.equals("::1") || h.endsWith(".local")) {
        return true;
      }
      String[] p = h.split("\\.");
      if (p.length != 4) {
        return false;
      }
      int[] n = new int[4];
      try {
        for (int i = 0; i < 4; i++) {
          n[i] = Integer.parseInt(p[i]);
        }
      } catch (NumberFormatException e) {
        return false;
      }
      return n[0] == 127 || n[0] == 10 || (n[0] == 192 && n[1] == 168) || (n[0] == 172 && n[1] >= 16 && n[1] <= 31)
          || (n[0] == 169 && n[1] == 254);
    }
  }
}
