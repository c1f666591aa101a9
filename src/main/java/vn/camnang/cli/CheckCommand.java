package vn.camnang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.camnang.config.SiteConfig;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.DiagnosticPrinter;
import vn.camnang.diag.Messages;
import vn.camnang.output.DiscardOutput;
import vn.camnang.site.BuildOptions;
import vn.camnang.site.Checks;
import vn.camnang.site.Project;
import vn.camnang.site.Site;
import vn.camnang.template.ModelBuilder;
import vn.camnang.util.Json;

/** {@code camnang check}: everything the build would complain about, and more, without writing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Lists every problem in the site without writing it. Exit code 0: clean, 1: errors.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "Site folder (default: current folder).")
  Path source;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(
      names = "--recheck",
      description = "Also list every guide to try again on the live service (never checked, or checked too long ago).")
  boolean recheck;

  @Mixin LangOption langOption = new LangOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path workingDir;

  CheckCommand(PrintWriter out, PrintWriter err, Path workingDir) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    Path src = LangOption.siteDir(spec, workingDir, source);
    List<Diagnostic> all = new ArrayList<>();
    List<Checks.Recheck> rechecks = List.of();
    int months = 0;
    try {
      Project site = Project.load(new BuildOptions(src, src.resolve("output"), null, false));
      LocalDate today = LocalDate.now();
      months = SiteConfig.DEFAULT_RECHECK_MONTHS;
      if (site instanceof Site ours) { // editorial checks are about our content model
        all.addAll(Checks.run(ours.config(), ours.content(), Site.knownFields(src, ours.config()), today));
        rechecks = Checks.recheck(ours.config(), ours.content(), today);
        months = ours.config().recheckAfterMonths();
      }
      try {
        all.addAll(site.build(new DiscardOutput()).diagnostics());
      } catch (BuildException e) {
        all.addAll(e.diagnostics());
      }
    } catch (BuildException e) {
      all.addAll(e.diagnostics());
    }
    List<Diagnostic> unique = all.stream().distinct().sorted(Comparator
        .comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
        .thenComparingInt(Diagnostic::line).thenComparing(Diagnostic::message)).toList();
    long errors = unique.stream().filter(Diagnostic::isError).count();
    long warnings = unique.size() - errors;
    Messages messages = langOption.messages(src);
    if (format == Format.json) {
      out.println(json(unique, errors, warnings, messages));
    } else {
      new DiagnosticPrinter(out, workingDir, messages).print(unique);
      printRechecks(rechecks, months);
      out.printf("%d lỗi (errors), %d cảnh báo (warnings)%n", errors, warnings);
    }
    out.flush();
    return errors == 0 ? Main.OK : Main.CONTENT_ERRORS;
  }

  private String json(List<Diagnostic> ds, long errors, long warnings, Messages messages) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"errors\":").append(errors).append(",\"warnings\":").append(warnings).append(",\"diagnostics\":[");
    for (int i = 0; i < ds.size(); i++) {
      Diagnostic english = ds.get(i);
      Diagnostic d = messages.localize(english);
      if (i > 0) {
        sb.append(',');
      }
      String file = d.file() == null ? "" : relative(d.file());
      sb.append("{\"file\":").append(Json.str(file))
          .append(",\"line\":").append(d.line())
          .append(",\"column\":").append(d.column())
          .append(",\"severity\":").append(Json.str(d.severity().label()))
          .append(",\"message\":").append(Json.str(d.message()))
          .append(",\"hint\":").append(d.hint() == null ? "null" : Json.str(d.hint()))
          .append(",\"message_en\":").append(Json.str(english.message()))
          .append(",\"hint_en\":").append(english.hint() == null ? "null" : Json.str(english.hint()))
          .append('}');
    }
    return sb.append("]}").toString();
  }

  /**
   * Which guides the teams should try on the real apps: a count always (so nobody forgets), the
   * list with {@code --recheck}.
   */
  private void printRechecks(List<Checks.Recheck> rechecks, int months) {
    long never = rechecks.stream().filter(r -> r.lastVerified() == null).count();
    if (rechecks.isEmpty()) {
      return;
    }
    out.printf(
        "Cần thử lại trên dịch vụ thật: %d bài (%d bài chưa kiểm tra lần nào, %d bài kiểm tra đã quá %d tháng)%n",
        rechecks.size(), never, rechecks.size() - never, months);
    if (!recheck) {
      out.println(
          "  xem danh sách: check --recheck; cách ghi lại một lần kiểm tra: HUONG-DAN-BIEN-TAP.md,"
              + " mục \"Ngày cập nhật, kiểm tra và nguồn\"");
      return;
    }
    for (Checks.Recheck r : rechecks) {
      out.printf(
          "  %s — %s%n",
          relative(r.page().source()),
          r.lastVerified() == null
              ? "chưa kiểm tra lần nào"
              : "kiểm tra lần cuối " + ModelBuilder.VN_DATE.format(r.lastVerified()));
    }
  }

  private String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = workingDir.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : file).toString().replace('\\', '/');
  }
}
