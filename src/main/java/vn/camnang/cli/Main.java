package vn.camnang.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.camnang.diag.Messages;

/**
 * The {@code camnang} command. Thin: parses arguments, calls the library, maps the result to an
 * exit code. The only {@code System.exit} of the generator is here.
 *
 * <pre>java -jar target/camnang.jar build [--source DIR] [--output DIR] [--verbose]</pre>
 */
@Command(
    name = "camnang",
    mixinStandardHelpOptions = true,
    version = "Cẩm nang số 0.1.0",
    description = "Builds the Cẩm nang số training site from Markdown guides.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      NewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** Exit codes, stable and documented (never enum ordinals). */
  public static final int OK = 0;

  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, Path.of("")));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDir) {
    CommandLine cl = new CommandLine(new Main(), new Factory(out, err, workingDir));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println(usageLine(ex, a));
          err.flush();
          return USAGE;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A mistyped command line as one line, never a stack trace: in Vietnamese unless {@code --lang en}
   * is among the arguments (the site's language is not known before the command line is).
   */
  static String usageLine(CommandLine.ParameterException ex, String[] args) {
    boolean en = false;
    for (int i = 0; i < args.length; i++) {
      en |= args[i].equals("--lang=en") || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].startsWith("en"));
    }
    String message = ex.getMessage() == null ? "" : ex.getMessage().replaceAll("\\s+", " ").strip();
    String command = ex.getCommandLine() == null ? "camnang" : ex.getCommandLine().getCommandName();
    String help = "./camnang" + (command.equals("camnang") ? "" : " " + command) + " --help";
    if (en) {
      return "camnang: " + message + " (see " + help + ")";
    }
    return "camnang: lỗi: " + Messages.of(Messages.Lang.VI).text(message) + " (xem " + help + ")";
  }

  /** Gives commands the injected streams and working directory. */
  private record Factory(PrintWriter out, PrintWriter err, Path workingDir)
      implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == BuildCommand.class) {
        return cls.cast(new BuildCommand(out, err, workingDir));
      }
      if (cls == ServeCommand.class) {
        return cls.cast(new ServeCommand(out, err, workingDir));
      }
      if (cls == CheckCommand.class) {
        return cls.cast(new CheckCommand(out, err, workingDir));
      }
      if (cls == NewCommand.class) {
        return cls.cast(new NewCommand(out, err, workingDir));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
