package vn.camnang.imaging;

import java.util.List;

/**
 * The outcome of {@link ImageProcessor#processAll}, counted per output file.
 *
 * @param processed outputs encoded in this run
 * @param fromCache outputs served from a verified cache entry
 * @param millis wall time
 * @param failures outputs that could not be produced (not published); empty when all went well
 */
public record ProcessStats(int processed, int fromCache, long millis, List<ImageFailure> failures) {
  public ProcessStats {
    failures = List.copyOf(failures);
  }

  /** True when every queued output was published. */
  public boolean ok() {
    return failures.isEmpty();
  }
}
