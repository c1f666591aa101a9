package vn.camnang.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Messages;
import vn.camnang.diag.SourceText;
import vn.camnang.util.Json;

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

  /** JSON for the browser overlay, in English. */
  public String toJson(Path base) {
    return toJson(base, Messages.of(Messages.Lang.EN));
  }

  /**
   * JSON for the browser overlay, with the same text the terminal prints: {@code
   * {"build":3,"ok":false,"errors":[{"file":…,"line":…,"column":…,"message":…,"hint":…,"source":…}],
   * "warnings":[…],"labels":{…}}}.
   */
  public String toJson(Path base, Messages messages) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"build\":").append(build).append(",\"ok\":").append(ok).append(",\"millis\":").append(millis);
    sb.append(",\"lang\":").append(Json.str(messages.lang().name().toLowerCase(Locale.ROOT)));
    sb.append(",\"errors\":");
    list(sb, base, messages, true);
    sb.append(",\"warnings\":");
    list(sb, base, messages, false);
    sb.append('}');
    return sb.toString();
  }

  private void list(StringBuilder sb, Path base, Messages messages, boolean errors) {
    sb.append('[');
    boolean first = true;
    for (Diagnostic original : diagnostics) {
      if (original.isError() != errors) {
        continue;
      }
      Diagnostic d = messages.localize(original);
      if (!first) {
        sb.append(',');
      }
      first = false;
      String file = d.file() == null ? "" : relative(base, d.file());
      String source = SourceText.line(d.file(), d.line());
      sb.append("{\"file\":").append(Json.str(file))
          .append(",\"line\":").append(d.line())
          .append(",\"column\":").append(d.column())
          .append(",\"severity\":").append(Json.str(messages.label(d.severity())))
          .append(",\"message\":").append(Json.str(d.message()))
          .append(",\"hint\":").append(d.hint() == null ? "null" : Json.str(d.hint()))
          .append(",\"source\":").append(source == null ? "null" : Json.str(source))
          .append('}');
    }
    sb.append(']');
  }

  static String relative(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : file).toString().replace('\\', '/');
  }

}
