package vn.camnang.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.util.Hashing;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.SortedMap;
import vn.camnang.util.AtomicFiles;

/**
 * What decides whether a build may re-render only some pages: a <em>site key</em> — a hash of
 * everything a page's HTML can depend on except page bodies (the generator, the build options,
 * every file of the site other than the Markdown of pages, and every page's URL, place and header)
 * — and the hash of each page's body. Kept in {@code <site>/.camnang/pages} after each clean build,
 * with the fingerprint of the output that build left.
 *
 * <p>When the site key and the output are as the last clean build left them, only pages whose body
 * changed need rendering: a body shows on its own page only (lists, feeds, handouts and share data
 * come from headers). Anything else — a header, a template, an image, a data file, a page added or
 * removed — changes the site key, and the build is a full one.
 *
 * <pre>
 * line 1: site key
 * line 2: output fingerprint ({@link BuildManifest#outputs})
 * then:   &lt;body hash&gt; &lt;media key&gt; &lt;first image&gt; &lt;page URL&gt;   one line per page
 * </pre>
 *
 * <p>The media key ({@link PageLinks#mediaKey}) is what the page asked of the media step: images
 * shown, files linked. Which originals are published and which image versions exist depend on it,
 * so an incremental build whose re-rendered page asks for other files is abandoned for a full one.
 * The first image ({@link PageLinks#firstImage}, URL-encoded, {@code !} for none) is the picture of
 * the page's share card: a kept page's comes from here (its body is unchanged), never from a second
 * parse; a re-rendered page whose first image changed abandons the incremental build too (its old
 * card would stay in the kept output).
 */
final class PageManifest {
  private final String siteKey;
  private final Map<String, String> bodies; // page URL → body hash
  private final Map<String, String> recordedMedia = new HashMap<>(); // page URL → media key, last build
  private final Map<String, String> recordedImages = new HashMap<>(); // page URL → first image, "" none

  private PageManifest(String siteKey, Map<String, String> bodies) {
    this.siteKey = siteKey;
    this.bodies = bodies;
  }

  static Path file(BuildOptions options) {
    return options.source().resolve(".camnang").resolve("pages");
  }

  /**
   * The manifest of this site as loaded.
   *
   * @param sourceFiles the site's files ({@link BuildManifest#sourceFiles}), walked once per build
   */
  static PageManifest of(BuildOptions options, SortedMap<String, BasicFileAttributes> sourceFiles, SiteContent content)
      throws IOException {
    Set<String> pageSources = new HashSet<>(); // as BuildManifest#sourceFiles names them
    for (Page p : content.pages()) {
      pageSources.add(options.source().relativize(p.source()).toString().replace('\\', '/'));
    }
    MessageDigest md = BuildManifest.sha256();
    BuildManifest.update(md, BuildManifest.inputs(options, sourceFiles, pageSources::contains));
    // each page's place and header, and the hash of its body, on all cores; then in page order
    List<String[]> pages = content.pages().parallelStream().map(PageManifest::fingerprint).toList();
    Map<String, String> bodies = new LinkedHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      BuildManifest.update(md, pages.get(i)[0]);
      bodies.put(content.pages().get(i).url(), pages.get(i)[1]);
    }
    return new PageManifest(HexFormat.of().formatHex(md.digest()), bodies);
  }

  /** One page's part of the site key (its place and header) and the hash of its body. */
  private static String[] fingerprint(Page p) {
    String header =
        String.join(
            "\u0000",
            p.kind().name(), p.sourcePath(), p.url(), String.valueOf(p.topic()), String.valueOf(p.slug()),
            String.valueOf(p.meta()),
            // a page made from data: its item (the data file is not among the inputs above)
            String.valueOf(p.data()));
    return new String[] {header, Hashing.sha256Hex(p.markdown())};
  }

  /**
   * The URLs of the pages whose body changed since the last clean build, or null when this build
   * must be a full one (no record, another site key, or an output changed or removed since).
   */
  /** The output fingerprint the last clean build recorded (valid once {@link #changedSince} gave a set). */
  private String recordedOutput;

  String recordedOutput() {
    return recordedOutput;
  }

  Set<String> changedSince(BuildOptions options) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file(options), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    if (lines.size() < 2 || !lines.get(0).equals(siteKey)) {
      return null;
    }
    Map<String, String> before = new LinkedHashMap<>();
    Map<String, String> media = new HashMap<>();
    Map<String, String> images = new HashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] parts = line.split(" ", 4);
      if (parts.length != 4) {
        return null; // an older record
      }
      before.put(parts[3], parts[0]);
      media.put(parts[3], parts[1]);
      images.put(parts[3], parts[2].equals(NO_IMAGE) ? "" : URLDecoder.decode(parts[2], StandardCharsets.UTF_8));
    }
    if (!before.keySet().equals(bodies.keySet())) {
      return null;
    }
    try {
      if (!lines.get(1).equals(BuildManifest.outputs(options.output()))) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    recordedOutput = lines.get(1);
    recordedMedia.putAll(media);
    recordedImages.putAll(images);
    Set<String> changed = new HashSet<>();
    bodies.forEach((url, hash) -> {
      if (!hash.equals(before.get(url))) {
        changed.add(url);
      }
    });
    return changed;
  }

  /** The media key a page had in the last clean build (after {@link #changedSince} gave a set). */
  String recordedMedia(String url) {
    return recordedMedia.get(url);
  }

  /** The first body image a page had in the last clean build, "" for none (after {@link #changedSince}). */
  String recordedImage(String url) {
    return recordedImages.get(url);
  }

  /** Every page's first body image in the last clean build, "" for none (after {@link #changedSince}). */
  Map<String, String> recordedImages() {
    return Map.copyOf(recordedImages);
  }

  private static final String NO_IMAGE = "!"; // never in a URL-encoded string

  /**
   * Records this manifest with the fingerprint of the output the build just committed.
   *
   * @param media each page's media key; pages without one (kept by an incremental build) keep the
   *     recorded one
   * @param images each rendered page's first body image, "" for none; kept pages keep the recorded one
   */
  void record(BuildOptions options, String outputFingerprint, Map<String, String> media, Map<String, String> images) {
    StringBuilder sb = new StringBuilder();
    sb.append(siteKey).append('\n').append(outputFingerprint).append('\n');
    bodies.forEach((url, hash) -> {
      String key = media.getOrDefault(url, recordedMedia.get(url));
      String image = images.getOrDefault(url, recordedImages.get(url));
      if (key != null && image != null) { // not rendered, not recorded → its next edit means a full build
        String token = image.isEmpty() ? NO_IMAGE : URLEncoder.encode(image, StandardCharsets.UTF_8);
        sb.append(hash).append(' ').append(key).append(' ').append(token).append(' ').append(url).append('\n');
      }
    });
    try {
      AtomicFiles.write(file(options), sb);
    } catch (IOException e) {
      // no record: the next build is a full one
    }
  }

  /** Forgets the record (a build that was not clean: the next one must be full, to show everything). */
  static void forget(BuildOptions options) {
    try {
      Files.deleteIfExists(file(options));
    } catch (IOException e) {
      // a stale record with another output fingerprint is never used anyway
    }
  }
}
