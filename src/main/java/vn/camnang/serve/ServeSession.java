package vn.camnang.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Header;
import vn.camnang.content.HeaderSplitter;
import vn.camnang.content.Page;
import vn.camnang.content.SiteContent;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;
import vn.camnang.output.SyncedOutput;
import vn.camnang.search.SearchDoc;
import vn.camnang.site.BuildOptions;
import vn.camnang.site.BuildRequest;
import vn.camnang.site.BuildResult;
import vn.camnang.site.PageRenderer;
import vn.camnang.site.Project;
import vn.camnang.site.Site;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps a site built in a folder while its sources change. An edit to a guide's body re-renders
 * only that guide; an edit to a header, a template, an asset or the config rebuilds in place,
 * rewriting only the files whose bytes changed. A failed build keeps the last good pages and
 * reports its diagnostics; the next good build recovers by itself.
 */
public final class ServeSession {
  private final BuildOptions options;
  private final Consumer<BuildStatus> listener;
  /** The last good build's pages and its renderer (null for a JBake project): not a whole Site. */
  private SiteContent content;

  private PageRenderer renderer;
  /** Every page's search text as the last good build, and the body edits since, left it. */
  private Map<String, SearchDoc> searchDocs = Map.of();

  private long builds;
  private BuildStatus status = new BuildStatus(0, false, List.of(), List.of(), 0);

  /**
   * @param options source and the folder served (options.output(), updated in place)
   * @param listener told about every build, good or bad
   */
  public ServeSession(BuildOptions options, Consumer<BuildStatus> listener) {
    this.options = options;
    this.listener = listener;
  }

  public synchronized BuildStatus status() {
    return status;
  }

  public Path output() {
    return options.output();
  }

  /** Builds everything (first start, or after a change that is not a body edit). */
  public synchronized BuildStatus fullBuild() {
    long t0 = System.nanoTime();
    try {
      Project s = Project.load(options);
      SyncedOutput out = new SyncedOutput(options.output(), true);
      BuildResult r;
      if (s instanceof Site site) {
        Site.Served served = site.serve(out, BuildRequest.ALL);
        r = served.result();
        content = site.content();
        renderer = served.renderer();
        searchDocs = served.searchDocs();
      } else { // a JBake project is rebuilt whole on every change
        r = s.build(out);
        content = null;
        renderer = null;
        searchDocs = Map.of();
      }
      return publish(true, r.diagnostics(), new ArrayList<>(out.changed()), t0);
    } catch (BuildException e) {
      return publish(false, e.diagnostics(), List.of(), t0);
    } catch (IOException | RuntimeException e) {
      return publish(
          false,
          List.of(Diagnostic.error(options.source(), 0, "internal error: " + e, "please report it")),
          List.of(),
          t0);
    }
  }

  /** Rebuilds what {@code changed} (absolute paths under the source) affects. */
  public synchronized BuildStatus onChange(Collection<Path> changed) {
    if (renderer != null && status.ok()) {
      List<BodyEdit> edits = bodyOnlyEdits(changed);
      if (edits != null) {
        long t0 = System.nanoTime();
        try {
          SyncedOutput out = new SyncedOutput(options.output(), false);
          List<Diagnostic> ds = new ArrayList<>();
          Map<String, SearchDoc> docs = new HashMap<>(searchDocs);
          for (BodyEdit e : edits) {
            PageRenderer.Rerendered page = renderer.rerender(e.indexed(), e.edited());
            ds.addAll(page.diagnostics());
            page.files().forEach(f -> out.write(f.path(), f.bytes()));
            page.images().forEach((path, file) -> out.copy(file, path));
            if (page.searchDoc() != null) { // the index is written by the next build that renders some pages
              docs.put(page.searchDoc().url(), page.searchDoc());
            }
          }
          searchDocs = Map.copyOf(docs);
          boolean ok = ds.stream().noneMatch(Diagnostic::isError);
          if (ok) {
            return publish(true, ds, new ArrayList<>(out.changed()), t0);
          }
          return publish(false, ds, List.of(), t0);
        } catch (IOException | RuntimeException e) {
          // fall through to a full build
        }
      }
    }
    if (content != null && status.ok()) {
      BuildStatus partial = headerEdit(changed);
      if (partial != null) {
        return partial;
      }
    }
    return fullBuild();
  }

  /**
   * A header edit of existing pages that keeps every URL: re-render those pages and the pages that
   * list them (home, their topics, their neighbours, standalone and data pages); the rest keep their
   * files. Null when the change needs a full build.
   */
  private BuildStatus headerEdit(Collection<Path> changed) {
    List<Page> edited = new ArrayList<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.toString().toLowerCase(Locale.ROOT).endsWith(".md") || !Files.isRegularFile(abs)) {
        return null;
      }
      Page old = content.bySource().get(abs);
      if (old == null) {
        return null;
      }
      edited.add(old);
    }
    long t0 = System.nanoTime();
    try {
      Site next = Site.load(options);
      if (!next.content().byUrl().keySet().equals(content.byUrl().keySet())) {
        return null; // a slug, draft or new page: every list may change
      }
      Set<String> affected = new HashSet<>();
      affected.add("");
      for (Page old : edited) {
        for (SiteContent c : List.of(content, next.content())) {
          Page p = c.bySource().get(old.source().toAbsolutePath().normalize());
          if (p == null) {
            continue;
          }
          affected.add(p.url());
          c.topicOf(p).ifPresent(t -> affected.add(t.page().url()));
          c.previous(p).ifPresent(n -> affected.add(n.url()));
          c.next(p).ifPresent(n -> affected.add(n.url()));
        }
      }
      for (Page p : next.content().pages()) {
        if (p.kind() == Page.Kind.PAGE || p.kind() == Page.Kind.DATA) {
          affected.add(p.url());
        }
      }
      SyncedOutput out = new SyncedOutput(options.output(), false);
      Site.Served served = next.serve(out, BuildRequest.only(affected), searchDocs);
      BuildResult r = served.result();
      content = next.content();
      renderer = served.renderer();
      searchDocs = served.searchDocs();
      return publish(true, r.diagnostics(), new ArrayList<>(out.changed()), t0);
    } catch (BuildException e) {
      return publish(false, e.diagnostics(), List.of(), t0);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * For each changed file that is a published page whose header is unchanged: {indexed, edited}.
   * Null when any change needs a full build.
   */
  private List<BodyEdit> bodyOnlyEdits(Collection<Path> changed) {
    List<BodyEdit> out = new ArrayList<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.toString().toLowerCase(Locale.ROOT).endsWith(".md") || !Files.isRegularFile(abs)) {
        return null;
      }
      Page indexed = content.bySource().get(abs);
      if (indexed == null) {
        return null;
      }
      try {
        Header h = HeaderSplitter.split(Files.readString(abs), abs);
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatter.of(h, abs, d, null);
        if (d.hasErrors() || !fm.equals(indexed.meta())) {
          return null;
        }
        out.add(
            new BodyEdit(
                indexed,
                new Page(
                    indexed.kind(), indexed.source(), indexed.sourcePath(), indexed.url(),
                    indexed.topic(), indexed.slug(), indexed.meta(), h.body(), h.bodyFirstLine())));
      } catch (IOException | BuildException e) {
        return null;
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** A page as the last build indexed it, and the same page with its edited body. */
  private record BodyEdit(Page indexed, Page edited) {}

  private BuildStatus publish(boolean ok, List<Diagnostic> ds, List<String> changed, long t0) {
    long millis = (System.nanoTime() - t0) / 1_000_000;
    BuildStatus s = new BuildStatus(ok ? ++builds : builds, ok, ds, changed, millis);
    status = s;
    listener.accept(s);
    return s;
  }
}
