package vn.camnang;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.camnang.cli.Main;

/**
 * Builds fixture sites the way an editor does — through the command line — into temporary folders,
 * and gives the tests the output to parse with Jsoup.
 */
public final class TestSites {
  /** The repository root (the bundled site). */
  public static final Path REPO = Path.of("").toAbsolutePath();

  public static final Path FIXTURES = REPO.resolve("src/test/resources/sites");

  private TestSites() {}

  /** Copies {@code src/test/resources/sites/<name>} into {@code tmp} and returns the copy. */
  public static Path copy(String name, Path tmp) {
    Path target = tmp.resolve(name.replace('/', '_'));
    copyTree(FIXTURES.resolve(name), target);
    return target;
  }

  public static void copyTree(Path from, Path to) {
    try {
      Files.walkFileTree(
          from,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Path rel = from.relativize(dir);
              if (rel.toString().equals("output") || rel.toString().equals("target")
                  || rel.toString().startsWith(".git")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(to.resolve(rel.toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
              Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code camnang <args>} with {@code workingDir} as the current folder. Messages are in
   * English ({@code --lang en}, the catalog's keys) unless the arguments choose a language.
   */
  public static Run run(Path workingDir, String... args) {
    if (args.length > 0
        && Set.of("build", "check", "serve", "new").contains(args[0])
        && Arrays.stream(args).noneMatch(a -> a.startsWith("--lang"))) {
      String[] with = new String[args.length + 2];
      with[0] = args[0];
      with[1] = "--lang";
      with[2] = "en";
      System.arraycopy(args, 1, with, 3, args.length - 1);
      args = with;
    }
    return runAsIs(workingDir, args);
  }

  /** Runs {@code camnang <args>} exactly as given (the language from site.yaml or --lang). */
  public static Run runAsIs(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e, workingDir);
    }
    return new Run(code, out.toString(), err.toString());
  }

  /** Writes a small site held inline in a test: file path (relative to {@code site}) → text. */
  public static Path write(Path site, Map<String, String> files) {
    files.forEach(
        (name, text) -> {
          try {
            Path f = site.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return site;
  }

  /** Builds {@code site} into {@code output}. */
  public static Run build(Path site, Path output) {
    return run(site, "build", "--source", site.toString(), "--output", output.toString());
  }

  /** The result of one command. */
  public record Run(int exitCode, String out, String err) {}

  /** Parses a page of a built site: {@code page(out, "vssid/dang-ky/")}. */
  public static Document page(Path output, String url) {
    Path file = output.resolve(url.isEmpty() ? "index.html" : url + "index.html");
    try {
      return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), "https://test.invalid/" + url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML file of a built site, relative to the output root, sorted. */
  public static List<String> htmlFiles(Path output) {
    try (Stream<Path> s = Files.walk(output)) {
      List<String> out = new ArrayList<>();
      s.filter(p -> p.toString().endsWith(".html"))
          .sorted()
          .forEach(p -> out.add(output.relativize(p).toString().replace('\\', '/')));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
