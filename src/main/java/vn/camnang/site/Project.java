package vn.camnang.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.jbake.JBakeConfig;
import vn.camnang.output.OutputSink;

/**
 * A loaded site, ready to build: our native layout ({@link Site}: {@code site.yaml}, topics and
 * guides) or a JBake project ({@link JBakeSite}: {@code jbake.properties}, JBake's documents and
 * templates). Both are built through the same output sinks, diagnostics, timed steps and swap;
 * {@code build}, {@code serve} and {@code check} differ only in the sink they pass.
 */
public sealed interface Project permits Site, JBakeSite {

  /** Reads a site folder: a JBake project when it has jbake.properties and no site.yaml. */
  static Project load(BuildOptions options) {
    Path src = options.source();
    if (!Files.isDirectory(src)) {
      throw new BuildException(
          Diagnostic.error(src, 0, "site folder not found", "use --source to point at the site"));
    }
    return JBakeConfig.isJBakeProject(src) ? JBakeSite.load(options) : Site.load(options);
  }

  /**
   * True when the last clean build of this site into this output read exactly these inputs and
   * its output is untouched: the caller can skip loading and building entirely.
   */
  static boolean upToDate(BuildOptions options) {
    if (!Files.isRegularFile(BuildManifest.file(options))) {
      return false; // no clean build recorded: no need to walk the site
    }
    try {
      return BuildManifest.upToDate(options, BuildManifest.inputs(options));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Builds into a staging folder and swaps it in ({@code build}); nothing is written to the output
   * folder unless every step succeeded.
   */
  BuildResult build(BuildRequest request);

  /**
   * Builds into {@code out} and commits it if there was no error: {@code serve} passes a {@link
   * vn.camnang.output.SyncedOutput}, {@code check} a {@link vn.camnang.output.DiscardOutput}.
   */
  BuildResult build(OutputSink out, BuildRequest request);

  /** Builds every page, into a staging folder swapped in. */
  default BuildResult build() {
    return build(BuildRequest.ALL);
  }

  /** Builds every page into {@code out}. */
  default BuildResult build(OutputSink out) {
    return build(out, BuildRequest.ALL);
  }
}
