package vn.camnang;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The checkers the tests run over built sites, installed from npm into {@code tools/checks} by
 * {@code npm ci --ignore-scripts} ({@code .ci/run} does it): the Nu HTML checker ({@code vnu.jar}, run
 * with this JVM) and axe-core. Like Chromium for the browser tests, a missing checker skips the test
 * on a developer machine and fails it in CI.
 */
public final class CheckTools {
  public static final Path DIR = TestSites.REPO.resolve("tools/checks");
  private static final String INSTALL = "cd tools/checks && npm ci --ignore-scripts";

  private CheckTools() {}

  /** {@code vnu.jar} from the npm package {@code vnu-jar}. */
  public static Path vnuJar() {
    return require(DIR.resolve("node_modules/vnu-jar/build/dist/vnu.jar"));
  }

  /** {@code axe.min.js} from the npm package {@code axe-core}. */
  public static Path axe() {
    return require(DIR.resolve("node_modules/axe-core/axe.min.js"));
  }

  /** The {@code java} running the tests, to run {@code vnu.jar} with. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path require(Path file) {
    if (!Files.isRegularFile(file)) {
      if (System.getenv("CI") != null) {
        Assertions.fail(file + " is missing: CI must install it (" + INSTALL + ", see .ci/run)");
      }
      Assumptions.abort(file + " is not installed: " + INSTALL);
    }
    return file;
  }
}
