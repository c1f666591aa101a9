package vn.camnang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.camnang.diag.BuildException;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.DiagnosticPrinter;
import vn.camnang.site.BuildOptions;
import vn.camnang.site.BuildRequest;
import vn.camnang.site.BuildResult;
import vn.camnang.site.Project;
import vn.camnang.site.Site;

/** {@code camnang build}: builds a site folder into an output folder. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Builds the site (default: the current folder into output/).")
final class BuildCommand implements Callable<Integer> {
  @Option(
      names = {"-s", "--source"},
      paramLabel = "DIR",
      description = "Site folder holding content/ (default: current folder).")
  Path source;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where to write the site (default: <source>/output).")
  Path output;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Absolute URL the site is published at (overrides site.yaml baseUrl).")
  String baseUrl;

  @Option(
      names = "--production",
      description = "Build for publishing: a missing baseUrl is an error, since share previews need it.")
  boolean production;

  @Option(names = "--force", description = "Build every page again, even those (or everything) unchanged since the last build.")
  boolean force;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print each build step with its time, and stack traces of internal errors.")
  boolean verbose;

  @Mixin LangOption langOption = new LangOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path workingDir;

  BuildCommand(PrintWriter out, PrintWriter err, Path workingDir) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir;
  }

  @Override
  public Integer call() {
    Path src = LangOption.siteDir(spec, workingDir, source);
    Path dest = output == null ? src.resolve("output") : workingDir.resolve(output);
    DiagnosticPrinter printer = new DiagnosticPrinter(err, workingDir, langOption.messages(src));
    try {
      BuildOptions options = new BuildOptions(src, dest, baseUrl, production);
      if (!force && Site.upToDate(options)) {
        out.println("Không có gì thay đổi kể từ lần tạo trước: giữ nguyên " + dest.getFileName() + "/ (nothing changed)");
        return Main.OK;
      }
      Project site = Project.load(options);
      TerminalProgress progress = TerminalProgress.forTerminal(out);
      BuildResult result = site.build(new BuildRequest(null, force, progress));
      progress.done();
      printer.print(result.diagnostics());
      if (!vn.camnang.cms.CmsAdmin.writeIfEnabled(src, dest, baseUrl).isEmpty()) {
        out.println("Trang biên tập (cms: admin: true): " + dest.getFileName() + "/admin/");
      }
      if (verbose) {
        for (BuildResult.Step s : result.steps()) {
          out.printf("  %-8s %6d ms%n", s.name(), s.millis());
        }
      }
      long warnings = result.diagnostics().size();
      out.printf(
          "Đã tạo %d trang%s, %d tệp, ảnh: %d mới + %d từ bộ nhớ đệm, trong %s (%d ms)%s%n",
          result.pages(),
          result.reused() == 0 ? "" : " (giữ nguyên " + result.reused() + " trang không đổi)",
          result.files(),
          result.imagesProcessed(),
          result.imagesCached(),
          workingDir.toAbsolutePath().normalize().relativize(dest.toAbsolutePath().normalize()),
          result.totalMillis(),
          warnings == 0 ? "" : ", " + warnings + " cảnh báo (warnings)");
      return Main.OK;
    } catch (BuildException e) {
      List<Diagnostic> ds = e.diagnostics();
      printer.print(ds);
      long errors = ds.stream().filter(Diagnostic::isError).count();
      long warnings = ds.size() - errors;
      err.printf(
          "Không tạo được trang: %d lỗi (errors), %d cảnh báo (warnings). Trang cũ vẫn giữ nguyên.%n",
          errors, warnings);
      if (verbose && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      return Main.CONTENT_ERRORS;
    } catch (IOException e) {
      err.println("camnang: không ghi được trang biên tập (admin/): " + e.getMessage());
      return Main.INTERNAL;
    } catch (RuntimeException e) {
      err.println("camnang: internal error: " + e);
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("Run again with --verbose for details, and please report it.");
      }
      return Main.INTERNAL;
    } finally {
      err.flush();
      out.flush();
    }
  }
}
