package vn.camnang.site;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.camnang.config.SiteConfig;
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
    for (Page p : pages) {
      if (p != null && p.source() != null && seen.add(p.source()) && !p.meta().draft()) {
        placeholders(p).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The first scaffold placeholder left in a published page, with its line. */
  static Optional<Diagnostic> placeholders(Page page) {
    String text;
    try {
      text = Files.readString(page.source(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (noPlaceholder(text)) {
      return Optional.empty(); // the usual case: no need to look at each line
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].stripLeading().startsWith("#") && i < 5) {
        continue; // the scaffold's own comment in the header
      }
      for (String ph : SCAFFOLD_PLACEHOLDERS) {
        int at = lines[i].indexOf(ph);
        int after = at + ph.length();
        // the same words as a link's text ([Thẻ căn cước …](../tu-dien.md)) are the editor's own
        if (at >= 0 && (after >= lines[i].length() || "([:".indexOf(lines[i].charAt(after)) < 0)) {
          return Optional.of(
              Diagnostic.error(
                  page.source(),
                  i + 1,
                  "placeholder text from 'camnang new' is still in a published page: '" + ph + "'",
                  "replace every text in [ ] with the real content; until the guide is ready keep draft: true in its header"));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean noPlaceholder(String text) {
    for (String ph : SCAFFOLD_PLACEHOLDERS) {
      if (text.contains(ph)) {
        return false;
      }
    }
    return true;
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
