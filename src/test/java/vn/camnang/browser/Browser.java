package vn.camnang.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Selenium at a phone's size (390×844), offline-safe: both binary
 * paths are given, so Selenium never tries to download a browser. Without Chromium installed the
 * browser tests are skipped locally, but fail in CI (where {@code .ci/run} installs it).
 */
final class Browser {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final int WIDTH = 390;
  static final int HEIGHT = 844;

  private Browser() {}

  static ChromeDriver start(Path userDataDir) throws IOException {
    return start(userDataDir, true);
  }

  /** @param phone false: a 1280×900 desktop window (the editing page is a desktop tool) */
  static ChromeDriver start(Path userDataDir, boolean phone) throws IOException {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      if (System.getenv("CI") != null) {
        Assertions.fail("CI must install chromium and chromium-driver (see .ci/run)");
      }
      Assumptions.abort("chromium / chromium-driver not installed: apt-get install -y chromium chromium-driver");
    }
    Files.createDirectories(userDataDir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--hide-scrollbars",
        phone ? "--window-size=390,844" : "--window-size=1280,900",
        "--user-data-dir=" + userDataDir.toAbsolutePath());
    // Chrome windows cannot be narrower than ~500 px: emulate the phone's viewport instead.
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2.0, "touch", true),
              "userAgent",
              "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/156.0 Mobile Safari/537.36"));
    }
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
