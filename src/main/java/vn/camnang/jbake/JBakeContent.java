package vn.camnang.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.camnang.config.SafeYaml;
import vn.camnang.content.ContentLoader;
import vn.camnang.content.Dates;
import vn.camnang.content.Header;
import vn.camnang.content.HeaderSplitter;
import vn.camnang.content.SourceTree;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.OutputClaims;
import vn.camnang.util.Slugs;

/**
 * The content of a JBake project, walked the JBake way: every folder under {@code content/} at any
 * depth (hidden files and folders holding {@code .jbakeignore} left out), {@code .md} and {@code
 * .html} files with a {@code key=value … ~~~~~~} header are documents, other files are copied.
 *
 * <pre>
 * content/about.html                   → about.html
 * content/blog/2026/first-post.md      → blog/2026/first-post.html
 *   with uri.noExtension=true and uri.noExtension.prefix=/blog/
 *                                      → blog/2026/first-post/index.html (link: blog/2026/first-post/)
 * content/blog/2026/Bài viết đầu tiên.md → blog/2026/bai-viet-dau-tien.html
 * </pre>
 *
 * Where JBake percent-encodes a name into a file name that servers cannot find ({@code
 * B%C3%A0i+vi%E1%BA%BFt….html}), we fold it to ASCII; names already safe in a URL are kept as they
 * are. Tag pages keep the tag's text as their name, as in JBake (see {@link #tagUri}). Documents
 * are in JBake's order: newest date first (then by URI, so the order is stable).
 */
public final class JBakeContent {
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");
  private static final Set<String> UNSUPPORTED =
      Set.of("ad", "adoc", "asciidoc", "yml", "yaml", "texy");

  private final Path contentDir;
  private final List<JBakeDocument> documents;
  private final Map<Path, JBakeDocument> bySource;
  private final Map<Path, String> files;
  private final List<JBakeDocument> written;
  private final List<JBakeDocument> published;
  private final Map<String, List<JBakeDocument>> tags;
  private final Map<String, List<JBakeDocument>> publishedByType = new ConcurrentHashMap<>();
  private final Map<String, List<JBakeDocument>> byType = new ConcurrentHashMap<>();

  private JBakeContent(
      Path contentDir,
      List<JBakeDocument> documents,
      Map<Path, JBakeDocument> bySource,
      Map<Path, String> files) {
    this.contentDir = contentDir;
    this.documents = List.copyOf(documents);
    this.bySource = Map.copyOf(bySource);
    this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    this.written = this.documents.stream().filter(JBakeDocument::isWritten).toList();
    this.published = this.documents.stream().filter(JBakeDocument::isPublished).toList();
    this.tags = tagsOf(published);
  }

  /**
   * Reads {@code content/}. Files that cannot be read or have a bad header are errors with their
   * line; files JBake would skip (no type, unknown type, no header) are skipped with a warning.
   *
   * @param now when {@code status=published-date} posts become published (JBake's rule)
   */
  public static JBakeContent load(JBakeConfig config, Diagnostics diagnostics, Instant now) {
    return new Loader(config, diagnostics, now).load();
  }

  public Path contentDir() {
    return contentDir;
  }

  /**
   * The output paths the documents and copied files take, each with its source; the site's other
   * pages (index, tags, archive, feed, assets) claim theirs in it. Conflicts among these were
   * reported when the content was loaded.
   */
  public OutputClaims claims() {
    return claims(new Diagnostics(), null);
  }

  private OutputClaims claims(Diagnostics diagnostics, String hint) {
    OutputClaims claims = new OutputClaims();
    for (JBakeDocument d :
        written.stream().sorted(Comparator.comparing(JBakeDocument::sourcePath)).toList()) {
      claims.claim(
          d.uri(), new OutputClaims.Source("content/" + d.sourcePath(), d.source(), 0), hint, diagnostics);
    }
    files.forEach(
        (f, out) -> {
          String rel = contentDir.relativize(f).toString().replace('\\', '/');
          claims.claim(out, new OutputClaims.Source("content/" + rel, f, 0), hint, diagnostics);
        });
    return claims;
  }

  /** Every document read, drafts included, newest first. */
  public List<JBakeDocument> documents() {
    return documents;
  }

  /** The documents written to the output, newest first. */
  public List<JBakeDocument> written() {
    return written;
  }

  /** Published documents of every type, newest first. */
  public List<JBakeDocument> published() {
    return published;
  }

  /** Published documents of one type, newest first ({@code published_posts}). */
  public List<JBakeDocument> published(String type) {
    return publishedByType.computeIfAbsent(
        type, t -> published.stream().filter(d -> d.type().equals(t)).toList());
  }

  /** Documents of one type whatever their status, newest first ({@code posts}). */
  public List<JBakeDocument> ofType(String type) {
    return byType.computeIfAbsent(
        type, t -> documents.stream().filter(d -> d.type().equals(t)).toList());
  }

  /** The document read from {@code file} (absolute, normalised), drafts included. */
  public Optional<JBakeDocument> bySource(Path file) {
    return Optional.ofNullable(bySource.get(file));
  }

  /** Other files under {@code content/} (images, PDFs …): source → output path, ASCII. */
  public Map<Path, String> files() {
    return files;
  }

  /**
   * Tags of published documents (JBake's {@code db.getAllTags()}), each with its published
   * documents of every type, newest first; tags in alphabetical order.
   */
  public Map<String, List<JBakeDocument>> tags() {
    return tags;
  }

  private static Map<String, List<JBakeDocument>> tagsOf(List<JBakeDocument> published) {
    Map<String, List<JBakeDocument>> byTag =
        new TreeMap<>(Comparator.comparing(Slugs::fold).thenComparing(Comparator.naturalOrder()));
    for (JBakeDocument d : published) {
      if (d.tags() != null) {
        for (String t : d.tags()) {
          byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
        }
      }
    }
    byTag.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(byTag);
  }

  /**
   * A URL segment: kept when it is already safe in a URL ({@code first-post}, {@code 2026}, {@code
   * About}), else folded to ASCII ({@code Bài viết đầu tiên} → {@code bai-viet-dau-tien}).
   */
  public static String segment(String name) {
    if (URL_SAFE.matcher(name).matches() && !name.startsWith(".")) {
      return name;
    }
    String s = Slugs.slugify(name);
    return s.isEmpty() ? "x" : s;
  }

  /**
   * The file of a tag page, named by the tag as JBake names it ({@code tags/java.html}, {@code
   * tags/hướng dẫn.html}): templates build tag links from the tag's text ({@code
   * ${config.tag_path}/${tag}.html}), and such links work, so the name is kept. Only a tag that
   * would leave its folder ({@code a/b}, {@code ..}) is folded.
   */
  public static String tagUri(JBakeConfig config, String tag) {
    String path = config.tagPath();
    String name =
        tag.contains("/") || tag.contains("\\") || tag.equals(".") || tag.equals("..")
            ? Slugs.slugify(tag)
            : tag;
    return (path.isEmpty() ? "" : path + "/")
        + (name.isEmpty() ? "tag" : name)
        + config.outputExtension();
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** Walks and reads; one instance per load. */
  private static final class Loader {
    private final JBakeConfig config;
    private final Diagnostics diagnostics;
    private final Instant now;
    private final Path contentDir;

    Loader(JBakeConfig config, Diagnostics diagnostics, Instant now) {
      this.config = config;
      this.diagnostics = diagnostics;
      this.now = now;
      this.contentDir = config.contentDir().toAbsolutePath().normalize();
    }

    JBakeContent load() {
      if (!Files.isDirectory(contentDir)) {
        throw new BuildException(
            Diagnostic.error(
                contentDir,
                0,
                "content folder not found",
                "a JBake project needs content/ (or the folder named by content.folder in"
                    + " jbake.properties)"));
      }
      List<Path> all = walk();
      List<Path> candidates = new ArrayList<>();
      Map<Path, String> files = new LinkedHashMap<>();
      Map<String, List<String>> unsupported = new TreeMap<>();
      for (Path f : all) {
        String rel = rel(f);
        String ext = extension(f.getFileName().toString());
        if (ext.equals("md") || ext.equals("html")) {
          candidates.add(f);
        } else if (UNSUPPORTED.contains(ext)) {
          unsupported.computeIfAbsent(ext, k -> new ArrayList<>()).add(rel);
        } else {
          files.put(f, outputPath(rel));
        }
      }
      unsupported.forEach(this::reportUnsupported);
      List<JBakeDocument> docs =
          candidates.parallelStream().map(this::read).filter(Objects::nonNull).toList();
      List<JBakeDocument> sorted = new ArrayList<>(docs);
      sorted.sort(
          Comparator.comparing(JBakeDocument::date, Comparator.reverseOrder())
              .thenComparing(JBakeDocument::uri));
      Map<Path, JBakeDocument> bySource = new HashMap<>();
      for (JBakeDocument d : sorted) {
        bySource.put(d.source(), d);
      }
      JBakeContent content = new JBakeContent(contentDir, sorted, bySource, files);
      content.claims(
          diagnostics,
          "names are made ASCII for the web (Bài viết.md → bai-viet.html); rename one of them");
      return content;
    }

    private void reportUnsupported(String ext, List<String> rels) {
      String kind =
          switch (ext) {
            case "ad", "adoc", "asciidoc" -> "AsciiDoc (." + ext + ")";
            case "yml", "yaml" -> "YAML content documents (." + ext + ")";
            default -> "." + ext;
          };
      String folder = config.get("content.folder") + "/";
      String list =
          String.join(
                  ", ",
                  rels.subList(0, Math.min(3, rels.size())).stream().map(folder::concat).toList())
              + (rels.size() > 3 ? " and " + (rels.size() - 3) + " more" : "");
      diagnostics.warning(
          contentDir.resolve(rels.get(0)),
          0,
          kind
              + " is not supported: "
              + rels.size()
              + (rels.size() == 1 ? " file" : " files")
              + " skipped ("
              + list
              + ")",
          ext.startsWith("a")
              ? "convert them to Markdown (.md) or HTML (.html) with a JBake header"
              : "put data in data/ and read it with data.get('name.yaml')");
    }

    /** {@link SourceTree}'s rules, and folders holding JBake's ignore file are left out. */
    private List<Path> walk() {
      String ignore = config.ignoreFile();
      try {
        return SourceTree.of(contentDir)
            .skipFolders(dir -> !ignore.isBlank() && Files.exists(dir.resolve(ignore)))
            .files(config.get("content.folder"), diagnostics);
      } catch (IOException e) {
        throw new BuildException(
            Diagnostic.error(contentDir, 0, "cannot list content folder: " + e.getMessage()));
      }
    }

    private String rel(Path f) {
      return contentDir.relativize(f).toString().replace('\\', '/');
    }

    /**
     * A copied file's output path: each folder a URL segment, the name ASCII with its extension.
     */
    private static String outputPath(String rel) {
      String[] parts = rel.split("/");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        boolean last = i == parts.length - 1;
        sb.append(URL_SAFE.matcher(p).matches() ? p : last ? Slugs.fileName(p) : segment(p));
        if (!last) {
          sb.append('/');
        }
      }
      return sb.toString();
    }

    /** JBake's URI of a document, ASCII. */
    private String uriOf(String rel) {
      String[] parts = rel.split("/");
      StringBuilder dirs = new StringBuilder();
      for (int i = 0; i < parts.length - 1; i++) {
        dirs.append(segment(parts[i])).append('/');
      }
      String base = segment(stem(parts[parts.length - 1]));
      String prefix = config.noExtensionPrefix();
      boolean noExtension =
          config.uriNoExtension()
              && prefix.startsWith("/")
              && (("/" + rel).startsWith(prefix) || ("/" + dirs + base).startsWith(prefix));
      String ext = config.outputExtension();
      return noExtension ? dirs + base + "/index" + ext : dirs + base + ext;
    }

    private JBakeDocument read(Path file) {
      String rel = rel(file);
      try {
        String text = ContentLoader.readUtf8(file);
        Header header = HeaderSplitter.split(text, file);
        boolean hasHeader = header.format() != Header.Format.NONE;
        Map<String, Object> fields = new LinkedHashMap<>();
        header.fields().forEach((k, v) -> fields.put(k, jbakeValue(header, file, k, v)));
        String type = text(fields.get("type"));
        if (type == null) {
          type = config.defaultType().isEmpty() ? null : config.defaultType();
        }
        if (type == null) {
          diagnostics.warning(
              file,
              hasHeader ? header.headerFirstLine() : 1,
              hasHeader
                  ? "no type= in the header and no default.type: skipped (JBake skips it too)"
                  : "no JBake header (key=value lines ending with ~~~~~~): skipped (JBake skips it"
                      + " too)",
              hasHeader
                  ? "add type=post or type=page to the header"
                  : "start the file with title=…, type=page, status=published and a line ~~~~~~");
          return null;
        }
        if (!config.documentTypes().contains(type)) {
          diagnostics.warning(
              file,
              line(header, "type"),
              "unknown type '" + type + "': skipped (JBake skips it too)",
              "use type=post or type=page, or add template."
                  + type
                  + ".file="
                  + type
                  + ".ftl to jbake.properties");
          return null;
        }
        String status = text(fields.get("status"));
        if (status == null) {
          status = config.defaultStatus();
          if (!config.isSet("default.status") && JBakeDocument.DRAFT.equals(status)) {
            diagnostics.warning(
                file,
                hasHeader ? header.headerFirstLine() : 1,
                "no status= in the header: a draft (JBake's default.status), not published",
                "add status=published to the header");
          }
        }
        Instant date = date(header, file, fields.get("date"));
        boolean fromFile = false;
        if (date == null && !fields.containsKey("date")) {
          date = Files.getLastModifiedTime(file).toInstant();
          fromFile = true;
        } else if (date == null) {
          return null; // reported
        }
        if (JBakeDocument.PUBLISHED_DATE.equals(status) && !date.isAfter(now)) {
          status = JBakeDocument.PUBLISHED;
        }
        if (fromFile && !JBakeDocument.DRAFT.equals(status)) {
          diagnostics.warning(
              file,
              hasHeader ? header.headerFirstLine() : 1,
              "no date= in the header: the file's modification time is used (as JBake does), which"
                  + " changes with every checkout",
              "add date=" + LocalDate.ofInstant(date, ZoneOffset.UTC) + " to the header");
        }
        List<String> tags = tags(fields.get("tags"));
        if (tags != null) {
          fields.put("tags", tags);
        }
        fields.remove("date");
        String uri = uriOf(rel);
        String noExt =
            config.uriNoExtension() ? uri.replace("/index" + config.outputExtension(), "/") : null;
        return new JBakeDocument(
            file,
            rel,
            extension(rel).equals("html")
                ? JBakeDocument.Format.HTML
                : JBakeDocument.Format.MARKDOWN,
            type,
            status,
            date,
            fromFile,
            tags,
            fields,
            header.body(),
            header.bodyFirstLine(),
            uri,
            noExt);
      } catch (BuildException e) {
        diagnostics.addAll(e.diagnostics());
        return null;
      } catch (IOException e) {
        diagnostics.error(file, 0, "cannot read: " + e.getMessage(), null);
        return null;
      }
    }

    /**
     * A header value as JBake keeps it: the text as written ({@link Header#written()}, not converted
     * back from {@link Header#fields()}), or a map for a JSON object ({@code {…}}); tags as a list.
     */
    private Object jbakeValue(Header header, Path file, String key, Object v) {
      if (header.format() != Header.Format.JBAKE || key.equals("tags")) {
        return v;
      }
      String s = header.written().get(key);
      if (s.startsWith("{") && s.endsWith("}")) {
        Object parsed =
            SafeYaml.load(s, file, line(header, key), "JBake header '" + key + "' (JSON)");
        if (parsed instanceof Map<?, ?>) {
          return parsed;
        }
      }
      return s;
    }

    private List<String> tags(Object v) {
      if (v == null) {
        return null;
      }
      List<String> out = new ArrayList<>();
      Collection<?> items =
          v instanceof Collection<?> c ? c : List.of(String.valueOf(v).split(","));
      for (Object o : items) {
        String t = String.valueOf(o).strip();
        if (config.tagSanitize()) {
          t = t.replace(' ', '-');
        }
        if (!t.isEmpty() && !out.contains(t)) {
          out.add(t);
        }
      }
      return out;
    }

    private Instant date(Header header, Path file, Object v) {
      Dates.When when =
          Dates.jbake(config.dateFormat())
              .parse(
                  v,
                  file,
                  line(header, "date"),
                  "JBake header: 'date'",
                  "write it as date.format says ("
                      + config.get("date.format")
                      + "), e.g. date="
                      + LocalDate.of(2026, 3, 1).format(config.dateFormat()),
                  diagnostics);
      return when == null ? null : when.instant();
    }

    private static int line(Header header, String key) {
      return header.lines().line(key);
    }

    private static String text(Object v) {
      if (v == null) {
        return null;
      }
      String s = String.valueOf(v).strip();
      return s.isEmpty() ? null : s;
    }
  }
}
