package vn.camnang.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.camnang.TestSites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One fixture per error message under {@code sites/invalid/<case>/}, each with {@code
 * expected.txt}: the {@code path:line} the error must point at, then the message it must contain.
 * Each case is built over a good site, which must survive untouched.
 */
class InvalidSitesTest {
  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(TestSites.FIXTURES.resolve("invalid"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsFileLineAndMessageAndKeepsThePreviousSite(String name) throws IOException {
    Path good = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");
    assertEquals(0, TestSites.build(good, out).exitCode());
    byte[] homeBefore = Files.readAllBytes(out.resolve("index.html"));
    List<String> filesBefore = TestSites.htmlFiles(out);

    Path site = TestSites.copy("invalid/" + name, tmp);
    List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("build", "--output", out.toString()));
    if (Files.exists(site.resolve("args.txt"))) {
      args.addAll(List.of(Files.readString(site.resolve("args.txt")).trim().split("\\s+")));
    }
    TestSites.Run run = TestSites.run(site, args.toArray(String[]::new));

    assertEquals(1, run.exitCode(), run.err());
    String wanted = expected.get(0) + "[:col]: error: ";
    Pattern pattern = Pattern.compile("^" + Pattern.quote(expected.get(0)) + "(:\\d+)?: error: .*");
    String line =
        run.err().lines().filter(l -> pattern.matcher(l).matches()).findFirst().orElse(null);
    assertTrue(line != null, "expected a line starting with '" + wanted + "' in:\n" + run.err());
    assertTrue(line.contains(expected.get(1)), "expected '" + expected.get(1) + "' in: " + line);
    assertFalse(run.err().contains("Exception"), "no stack trace without --verbose:\n" + run.err());
    assertFalse(run.err().contains("\tat "), run.err());

    assertTrue(Files.exists(out.resolve("index.html")), "previous site still in place");
    assertEquals(filesBefore, TestSites.htmlFiles(out));
    assertTrue(Arrays.equals(homeBefore, Files.readAllBytes(out.resolve("index.html"))));
    try (Stream<Path> left = Files.list(tmp)) {
      assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".out.staging-")), "no staging left");
    }
  }
}
