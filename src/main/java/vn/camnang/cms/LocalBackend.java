package vn.camnang.cms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.camnang.config.SafeYaml;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Header;
import vn.camnang.content.HeaderSplitter;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.diag.Messages;
import vn.camnang.util.Slugs;

/**
 * Decap CMS's local backend protocol (what npm {@code decap-server} 3.x answers on {@code POST
 * /api/v1}, its "local_fs" mode), in Java, on a site folder. Same actions, same request and
 * response shapes; stricter about where it writes ({@link SitePaths}) and about what: a page must
 * pass the build's header checks (refused with the build's message otherwise), a data file must be
 * valid YAML. Every write goes to a temporary file in the same folder, then is renamed over the
 * target, so a save never leaves half a file; the serve watcher sees the result and rebuilds.
 */
public final class LocalBackend {
  /** Largest media file accepted (the build warns from 8 MB on). */
  static final long MAX_MEDIA_BYTES = 25L * 1024 * 1024;

  private final SitePaths paths;
  private final Path site;
  private final BiFunction<String, Integer, Map<String, Object>> collections;

  /**
   * @param collections the current CMS configuration's collection of a folder, by folder, or null
   *     and depth (used to list only the files a collection's {@code path} pattern matches, as Decap's search does)
   */
  public LocalBackend(Path site, BiFunction<String, Integer, Map<String, Object>> collections) {
    this.paths = new SitePaths(site);
    this.site = site;
    this.collections = collections;
  }

  /** The HTTP status and JSON body answering one request. */
  public record Reply(int status, Object body) {}

  /** Answers one JSON request body. Never throws: refusals and errors become {@code {error}}. */
  public Reply handle(String requestBody) {
    Object parsed;
    try {
      parsed = JsonValue.parse(requestBody);
    } catch (IllegalArgumentException e) {
      return new Reply(422, Map.of("error", "request is not JSON: " + e.getMessage()));
    }
    if (!(parsed instanceof Map<?, ?> req)) {
      return new Reply(422, Map.of("error", "request must be an object with an action"));
    }
    Object action = req.get("action");
    Map<?, ?> params = req.get("params") instanceof Map<?, ?> p ? p : Map.of();
    try {
      synchronized (this) {
        return new Reply(200, act(String.valueOf(action), params));
      }
    } catch (Refusal r) {
      return new Reply(r.status, Map.of("error", r.getMessage()));
    } catch (IOException | RuntimeException e) {
      return new Reply(500, Map.of("error", "Lỗi khi đọc/ghi tệp: " + e.getMessage()));
    }
  }

  private Object act(String action, Map<?, ?> params) throws Refusal, IOException {
    switch (action) {
      case "info" -> {
        return map("repo", paths.site().getFileName().toString(), "publish_modes", List.of("simple"), "type", "local_fs");
      }
      case "entriesByFolder" -> {
        String folder = str(params, "folder");
        String extension = str(params, "extension");
        int depth = params.get("depth") instanceof Number n ? n.intValue() : 1;
        List<String> files = list(folder, extension, Math.max(1, Math.min(depth, 4)));
        Map<String, Object> col = collections == null ? null : collections.apply(folder.replaceAll("/+$", ""), depth);
        if (col != null && col.get("path") != null) {
          Pattern rx = pathPattern(String.valueOf(col.get("folder")), String.valueOf(col.get("path")), extension);
          files = files.stream().filter(f -> rx.matcher(f).matches()).toList();
        }
        List<Object> out = new ArrayList<>();
        for (String f : files) {
          out.add(entry(f, null));
        }
        return out;
      }
      case "entriesByFiles" -> {
        List<Object> out = new ArrayList<>();
        if (params.get("files") instanceof List<?> fs) {
          for (Object o : fs) {
            if (o instanceof Map<?, ?> f) {
              out.add(entry(str(f, "path"), f.get("label") == null ? null : String.valueOf(f.get("label"))));
            }
          }
        }
        return out;
      }
      case "getEntry" -> {
        return entry(str(params, "path"), null);
      }
      case "persistEntry" -> {
        persistEntry(params);
        return map("message", "entry persisted");
      }
      case "getMedia" -> {
        String folder = str(params, "mediaFolder");
        List<Object> out = new ArrayList<>();
        List<String> files;
        try {
          files = list(folder, "", 1);
        } catch (Refusal r) {
          return out; // the site-wide media folder: nothing may live there, so nothing to show
        }
        for (String f : files) {
          String name = f.substring(f.lastIndexOf('/') + 1);
          String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
          if (SitePaths.MEDIA.contains(ext)) {
            out.add(mediaFile(f));
          }
        }
        return out;
      }
      case "getMediaFile" -> {
        return mediaFile(str(params, "path"));
      }
      case "persistMedia" -> {
        Map<?, ?> asset = params.get("asset") instanceof Map<?, ?> a ? a : Map.of();
        String path = str(asset, "path");
        byte[] bytes = decode(asset);
        checkMedia(path, bytes, List.of());
        write(paths.forWrite(path), bytes);
        return mediaFile(path);
      }
      case "deleteFile" -> {
        String p = str(params, "path");
        delete(p);
        return map("message", "deleted file " + p);
      }
      case "deleteFiles" -> {
        List<String> ps = new ArrayList<>();
        if (params.get("paths") instanceof List<?> l) {
          for (Object o : l) {
            ps.add(String.valueOf(o));
          }
        }
        for (String p : ps) {
          deletable(p);
        }
        for (String p : ps) {
          delete(p);
        }
        return map("message", "deleted files " + String.join(", ", ps));
      }
      case "getDeployPreview" -> {
        String url = previewUrl(str(params, "collection"), str(params, "slug"));
        return url == null ? null : map("url", url, "status", "SUCCESS");
      }
      default -> throw new Refusal(422, "Unknown action " + action);
    }
  }

  /**
   * The preview page of an entry ("Xem trước" in the editor): its URL as the build gives it
   * (folders folded to ASCII, a {@code slug:} field wins), relative to the server; null if unknown.
   */
  String previewUrl(String collection, String slug) {
    try {
      String file;
      String topic = null;
      if (collection.equals(CmsConfig.PAGES)) {
        file = "content/" + slug + ".md";
      } else if (collection.equals(CmsConfig.TOPICS)) {
        file = "content/" + slug + ".md";
        topic = slug.substring(0, slug.indexOf('/'));
      } else if (collection.startsWith(CmsConfig.GUIDES)) {
        String name = collection.substring(CmsConfig.GUIDES.length());
        topic =
            CmsConfig.topics(paths.site()).stream()
                .map(CmsConfig.TopicInfo::dir)
                .filter(d -> CmsConfig.collectionName(d).equals(name))
                .findFirst()
                .orElse(null);
        if (topic == null) {
          return null;
        }
        file = "content/" + topic + "/" + slug + ".md";
      } else {
        return null;
      }
      Path p = paths.forRead(file);
      if (!Files.isRegularFile(p)) {
        return null;
      }
      String topicSlug = topic == null ? null : Slugs.slugify(topic);
      if (collection.equals(CmsConfig.TOPICS)) {
        return "/" + topicSlug + "/";
      }
      Object own = HeaderSplitter.split(Files.readString(p), p).fields().get("slug");
      String base = slug.endsWith("/index") ? slug.substring(0, slug.length() - "/index".length()) : slug;
      if (base.equals("index") && topic == null) {
        return "/";
      }
      String s = Slugs.slugify(own != null ? String.valueOf(own) : base);
      return "/" + (topicSlug == null ? "" : topicSlug + "/") + s + "/";
    } catch (Refusal | IOException | RuntimeException e) {
      return null;
    }
  }

  /** Decap's collection pattern: {@code folder/{{slug}}/index} matches {@code folder/x/index.md}. */
  static Pattern pathPattern(String folder, String path, String extension) {
    String[] parts = path.split("\\{\\{[^}]*\\}\\}", -1);
    StringBuilder rx = new StringBuilder(Pattern.quote(folder + "/"));
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        rx.append("[^/]+");
      }
      if (!parts[i].isEmpty()) {
        rx.append(Pattern.quote(parts[i]));
      }
    }
    rx.append(Pattern.quote("." + extension));
    return Pattern.compile(rx.toString());
  }

  // ---- reading --------------------------------------------------------------------------------

  private List<String> list(String folder, String extension, int depth) throws Refusal, IOException {
    Path dir;
    try {
      dir = paths.forRead(folder);
    } catch (Refusal r) {
      throw r;
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Path realSite = paths.site().toRealPath();
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir, depth)) {
      for (Path f : s.sorted().toList()) {
        String rel = paths.relative(f);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || !rel.endsWith(extension)) {
          continue;
        }
        try {
          paths.segments(rel);
          if (!f.toRealPath().startsWith(realSite)) {
            continue;
          }
        } catch (Refusal r) {
          continue; // hidden or _ files: not part of the site
        }
        out.add(rel);
      }
    }
    return out;
  }

  private Map<String, Object> entry(String rel, String label) throws Refusal {
    Path p = paths.forRead(rel);
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("path", rel);
    if (label != null) {
      file.put("label", label);
    }
    try {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("missing");
      }
      byte[] bytes = Files.readAllBytes(p);
      file.put("id", sha256(bytes));
      return map("data", new String(bytes, StandardCharsets.UTF_8), "file", file);
    } catch (IOException e) {
      file.put("id", null);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("data", null);
      m.put("file", file);
      return m;
    }
  }

  private Map<String, Object> mediaFile(String rel) throws Refusal, IOException {
    Path p = paths.forRead(rel);
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refusal(404, "Không có tệp " + rel);
    }
    byte[] bytes = Files.readAllBytes(p);
    return map(
        "id", sha256(bytes),
        "content", Base64.getEncoder().encodeToString(bytes),
        "encoding", "base64",
        "path", rel,
        "name", p.getFileName().toString());
  }

  // ---- writing --------------------------------------------------------------------------------

  private void persistEntry(Map<?, ?> params) throws Refusal, IOException {
    List<Map<?, ?>> dataFiles = new ArrayList<>();
    if (params.get("dataFiles") instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          dataFiles.add(m);
        }
      }
    } else if (params.get("entry") instanceof Map<?, ?> m) {
      dataFiles.add(m);
    }
    if (dataFiles.isEmpty()) {
      throw new Refusal(422, "persistEntry needs dataFiles");
    }
    List<String> entryPaths = new ArrayList<>();
    List<Object[]> writes = new ArrayList<>();
    for (Map<?, ?> df : dataFiles) {
      if (df.get("newPath") != null && !String.valueOf(df.get("newPath")).equals(str(df, "path"))) {
        throw new Refusal(
            422, "Không đổi được tên thư mục bài từ trang biên tập: đổi tên thư mục trên máy rồi ghi địa chỉ cũ vào “Địa chỉ cũ”.");
      }
      String rel = str(df, "path");
      Path target = paths.forWrite(rel);
      String raw = df.get("raw") == null ? "" : String.valueOf(df.get("raw"));
      SitePaths.Kind kind = paths.kindOf(rel);
      if (kind == SitePaths.Kind.MEDIA) {
        throw new Refusal(403, "Không được phép: '" + rel + "' không phải là một trang");
      }
      validate(rel, target, raw, kind);
      entryPaths.add(rel);
      writes.add(new Object[] {target, raw.getBytes(StandardCharsets.UTF_8)});
    }
    List<Object[]> media = new ArrayList<>();
    if (params.get("assets") instanceof List<?> as) {
      for (Object o : as) {
        if (o instanceof Map<?, ?> a) {
          String rel = str(a, "path");
          byte[] bytes = decode(a);
          checkMedia(rel, bytes, entryPaths);
          media.add(new Object[] {paths.forWrite(rel), bytes});
        }
      }
    }
    // Media first, so the rebuild triggered by the page finds its images.
    for (Object[] w : media) {
      write((Path) w[0], (byte[]) w[1]);
    }
    for (Object[] w : writes) {
      write((Path) w[0], (byte[]) w[1]);
    }
  }

  /** The build's own checks on a page header: refused with the build's message. */
  private void validate(String rel, Path target, String raw, SitePaths.Kind kind) throws Refusal {
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    if (kind == SitePaths.Kind.DATA) {
      try {
        Object data = SafeYaml.load(raw, target, 1, "data file");
        if (data != null && !(data instanceof Map)) {
          throw new Refusal(422, rel + ":1: error: data file must be a list of 'key: value' fields");
        }
      } catch (BuildException e) {
        throw refusal(rel, e.diagnostics());
      }
      return;
    }
    if (bytes.length > ContentLoader.MAX_MARKDOWN_BYTES) {
      throw new Refusal(422, rel + ": error: file is too large for a guide");
    }
    try {
      Header h = HeaderSplitter.split(raw, target);
      Diagnostics d = new Diagnostics();
      FrontMatter fm = FrontMatter.of(h, target, d, null);
      List<Diagnostic> errors = new ArrayList<>(d.sorted().stream().filter(Diagnostic::isError).toList());
      boolean home = rel.equals("content/index.md");
      if (fm.title() == null && !home) {
        errors.add(Diagnostic.error(target, 1, "the page has no title", "add a line title: \"Tên hướng dẫn\" to the header"));
      }
      if (!errors.isEmpty()) {
        throw refusal(rel, errors);
      }
    } catch (BuildException e) {
      throw refusal(rel, e.diagnostics());
    }
    String[] parts = rel.split("/");
    boolean topicPage = parts.length == 3 && parts[2].equals("index.md");
    if (parts.length >= 3 && !topicPage && !Files.isRegularFile(paths.site().resolve("content").resolve(parts[1]).resolve("index.md"))) {
      throw new Refusal(
          422,
          rel + ": error: unknown topic: folder 'content/" + parts[1] + "/' has no index.md");
    }
  }

  /** The build's refusals, in the site's language (the editor reads them in the form). */
  private Refusal refusal(String rel, List<Diagnostic> ds) {
    Messages messages = Messages.of(Messages.Lang.resolve(null, site));
    StringBuilder sb = new StringBuilder();
    for (Diagnostic raw : ds) {
      Diagnostic d = messages.localize(raw);
      if (!d.isError()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(rel).append(':').append(d.line()).append(": ").append(messages.label(d.severity())).append(": ")
          .append(d.message());
      if (d.hint() != null) {
        sb.append(" (").append(d.hint().replace('\n', ' ')).append(')');
      }
    }
    return new Refusal(422, sb.toString());
  }

  /** A media file must go into a guide's bundle: one whose index.md exists or is being saved. */
  private void checkMedia(String rel, byte[] bytes, List<String> savedWithIt) throws Refusal {
    if (paths.kindOf(rel) != SitePaths.Kind.MEDIA) {
      throw new Refusal(403, "Không được phép: '" + rel + "' không phải là ảnh trong thư mục một bài");
    }
    String bundle = rel.substring(0, rel.lastIndexOf('/'));
    String index = bundle + "/index.md";
    if (!savedWithIt.contains(index) && !Files.isRegularFile(paths.site().resolve(index))) {
      throw new Refusal(
          403,
          "Không được phép: '" + bundle + "/' không phải thư mục của một bài (no index.md): ảnh chỉ được đặt cạnh bài");
    }
    if (bytes.length > MAX_MEDIA_BYTES) {
      throw new Refusal(413, "Tệp quá lớn (" + bytes.length / (1024 * 1024) + " MB, tối đa " + MAX_MEDIA_BYTES / (1024 * 1024) + " MB)");
    }
  }

  private void deletable(String rel) throws Refusal {
    SitePaths.Kind kind = paths.kindOf(rel);
    String[] parts = paths.segments(rel);
    boolean topicOrHome = kind == SitePaths.Kind.PAGE
        && (rel.equals("content/index.md") || (parts.length == 3 && parts[2].equals("index.md")));
    if (kind == SitePaths.Kind.DATA || topicOrHome) {
      throw new Refusal(403, "Không được phép xóa '" + rel + "' từ trang biên tập");
    }
    paths.forWrite(rel);
  }

  private void delete(String rel) throws Refusal, IOException {
    deletable(rel);
    Files.deleteIfExists(paths.forWrite(rel));
  }

  private static byte[] decode(Map<?, ?> asset) throws Refusal {
    if (!"base64".equals(asset.get("encoding")) || asset.get("content") == null) {
      throw new Refusal(422, "asset must be base64");
    }
    try {
      return Base64.getDecoder().decode(String.valueOf(asset.get("content")));
    } catch (IllegalArgumentException e) {
      throw new Refusal(422, "asset is not valid base64");
    }
  }

  /**
   * Writes into a temporary file beside the target (hidden, so neither the watcher nor the build
   * looks at it), forces it to disk, then renames it over the target. The temporary file is made
   * with the process's normal permissions (umask), not the 0600 of a temp-file API.
   */
  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static String str(Map<?, ?> m, String key) throws Refusal {
    Object v = m.get(key);
    if (v == null) {
      throw new Refusal(422, "\"" + key + "\" is required");
    }
    return String.valueOf(v);
  }

  private static Map<String, Object> map(Object... kv) {
    return CmsConfig.map(kv);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
