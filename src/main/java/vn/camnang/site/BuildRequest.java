package vn.camnang.site;

import java.util.Objects;
import java.util.Set;

/**
 * What one build is asked to render, immutable and passed to {@link Project#build(BuildRequest)}.
 *
 * @param only the URLs of the pages to render (serve: a header edit re-renders the edited guide and
 *     the pages that list it; every other step runs as usual); null renders every page
 * @param force render every page even when the last clean build's pages could be kept ({@code
 *     build --force})
 * @param progress where long steps report how far they are (a terminal shows it; CI and pipes do not)
 */
public record BuildRequest(Set<String> only, boolean force, Progress progress) {
  /** Every page, pages kept from the last clean build where that gives the same bytes, no progress. */
  public static final BuildRequest ALL = new BuildRequest(null, false, Progress.NONE);

  public BuildRequest {
    only = only == null ? null : Set.copyOf(only);
    Objects.requireNonNull(progress, "progress");
  }

  /** Only the pages with these URLs. */
  public static BuildRequest only(Set<String> urls) {
    return new BuildRequest(urls, false, Progress.NONE);
  }

  public BuildRequest forced() {
    return new BuildRequest(only, true, progress);
  }

  public BuildRequest withProgress(Progress p) {
    return new BuildRequest(only, force, p);
  }
}
