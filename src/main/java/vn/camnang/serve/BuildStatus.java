package vn.camnang.serve;

import vn.camnang.util.Json;
import java.util.List;
import vn.camnang.diag.Diagnostic;
import java.nio.file.Path;

/**
 * The state the browser is told about after each (re)build: a build number that changes on every
 * successful build, and the diagnostics of the last failed one.
 *
 * @param changed output paths rewritten by the last successful build
 */
public record BuildStatus(long build, boolean ok, List<Diagnostic> diagnostics, List<String> changed, long millis) {
  public BuildStatus {
    diagnostics = List.copyOf(diagnostics);
    changed = List.copyOf(changed);
  }

  /** JSON for the browser overlay: {@code {"build":3,"ok":false,"errors":[{"file":…,"line":…}]}}. */
  public String toJson(Path base) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"build\":").append(build).append(",\"ok\":").append(ok).append(",\"millis\":").append(millis);
    sb.append(",\"errors\":[");
    boolean first = true;
    for (Diagnostic d : diagnostics) {
      if (!d.isError()) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      String file = d.file() == null ? "" : relative(base, d.file());
      sb.append("{\"file\":").append(Json.str(file))
          .append(",\"line\":").append(d.line())
          .append(",\"column\":").append(d.column())
          .append(",\"message\":").append(Json.str(d.message()))
          .append(",\"hint\":").append(d.hint() == null ? "null" : Json.str(d.hint()))
          .append('}');
    }
    sb.append("]}");
    return sb.toString();
  }

  static String relative(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : file).toString().replace('\\', '/');
  }

}
