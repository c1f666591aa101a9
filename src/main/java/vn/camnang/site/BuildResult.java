package vn.camnang.site;

import java.util.List;
import vn.camnang.diag.Diagnostic;

/**
 * What a successful build did.
 *
 * @param pages pages written
 * @param reused pages an incremental build kept from the previous output (their bodies and
 *     everything they depend on were unchanged)
 * @param files media and asset files written
 * @param imagesProcessed image outputs made in this build
 * @param imagesCached image outputs taken from the cache
 * @param diagnostics warnings (a build with errors throws instead)
 * @param steps the named steps with their time, in order
 */
public record BuildResult(
    int pages, int reused, int files, int imagesProcessed, int imagesCached, List<Diagnostic> diagnostics, List<Step> steps) {
  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    steps = List.copyOf(steps);
  }

  /** One named, timed step of the build. */
  public record Step(String name, long millis) {}

  public long totalMillis() {
    return steps.stream().mapToLong(Step::millis).sum();
  }
}
