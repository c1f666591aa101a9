package vn.camnang.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.camnang.diag.Messages;

/** {@code --lang vi|en}, shared by every command: the language of the messages. */
final class LangOption {
  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      description = "Language of the messages: vi (for editors) or en (for developers). Default: language in site.yaml, else vi.")
  String lang;

  /** The messages for a command run on {@code siteDir}. */
  Messages messages(Path siteDir) {
    return Messages.of(Messages.Lang.resolve(lang, siteDir));
  }

  /**
   * The site folder of a command: a wrong {@code --source} is a usage error (one line, exit 2),
   * not a build that fails later.
   */
  static Path siteDir(picocli.CommandLine.Model.CommandSpec spec, Path workingDir, Path source) {
    Path src = workingDir.resolve(source == null ? Path.of("") : source).toAbsolutePath().normalize();
    if (source != null && !java.nio.file.Files.isDirectory(src)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "folder not found: '" + source.toString().replace('\\', '/') + "'");
    }
    return src;
  }
}
