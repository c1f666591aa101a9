package vn.camnang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;

/**
 * README's first command goes through {@code ./camnang}: after {@code mvn package} the launcher
 * must run the jar as it is (no rebuild), build a site, stop early when nothing changed, and
 * re-render only an edited page.
 */
class LauncherIT {
  @TempDir Path tmp;

  private record Result(int code, String out) {}

  /** The JVM running this test: Java 17 in CI, as the `java` on PATH is. */
  private static final String TEST_JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private static Result camnang(String... args) throws IOException, InterruptedException {
    return camnang(Map.of(), args);
  }

  private static Result camnang(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(TestSites.REPO.resolve("camnang").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(TestSites.REPO.toFile()).redirectErrorStream(true);
    pb.environment().remove("CAMNANG_JAVA");
    pb.environment().remove("CAMNANG_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
    return new Result(p.exitValue(), out);
  }

  /** A JDK 25+ in /usr/lib/jvm (CI machines carry Temurin 25), or null. */
  private static String jdk25() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (Stream<Path> s = Files.list(jvms)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("release")) && Files.isExecutable(d.resolve("bin/java")))
          .filter(d -> {
            try {
              Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)")
                  .matcher(Files.readString(d.resolve("release")));
              return m.find() && Integer.parseInt(m.group(1)) >= 25;
            } catch (IOException e) {
              return false;
            }
          })
          .map(d -> d.resolve("bin/java").toString())
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * Java 17 (the JVM running the tests) with its CDS archive and, when the machine has one, Java 25 with
   * its AOT cache (both chosen with CAMNANG_JAVA) build the same site byte for byte, each twice (the
   * first run after a jar build writes the JDK's class cache, the second uses it).
   */
  @Test
  void everyJdkBuildsTheSameBytes() throws Exception {
    Path site = TestSites.copy("basic", tmp);
    String java25 = jdk25();
    List<String> jdks = java25 == null ? List.of(TEST_JAVA) : List.of(TEST_JAVA, java25);
    Map<String, Path> outs = new LinkedHashMap<>();
    for (String jdk : jdks) {
      Result pick = camnang(Map.of("CAMNANG_JAVA", jdk, "CAMNANG_LAUNCHER_VERBOSE", "1"), "--version");
      assertEquals(0, pick.code(), pick.out());
      if (jdk.equals(java25)) {
        assertTrue(pick.out().contains("-Xlog:aot=off"), "Java 25 runs with its AOT cache settings: " + pick.out());
      } else {
        assertTrue(pick.out().contains("-Xshare:auto"), "Java 17 runs with its CDS settings: " + pick.out());
      }
      for (int run = 1; run <= 2; run++) {
        Path out = tmp.resolve("out-" + outs.size());
        deleteTree(site.resolve(".camnang"));
        Result r = camnang(Map.of("CAMNANG_JAVA", jdk), "build", "--source", site.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Đã tạo"), r.out());
        assertTrue(!r.out().contains("AOT") && !r.out().contains("CDS") && !r.out().contains("WARNING"),
            "nothing from the JVM around the output: " + r.out());
        outs.put(jdk + " run " + run, out);
      }
    }
    Map<String, String> first = null;
    String firstName = null;
    for (Map.Entry<String, Path> e : outs.entrySet()) {
      Map<String, String> files = digests(e.getValue());
      if (first == null) {
        first = files;
        firstName = e.getKey();
      } else {
        assertEquals(first, files, e.getKey() + " vs " + firstName);
      }
    }
  }

  @Test
  void buildsASiteThenDoesOnlyWhatChanged() throws Exception {
    Path jar = TestSites.REPO.resolve("target/camnang.jar");
    long jarTime = Files.getLastModifiedTime(jar).toMillis();
    Path site = TestSites.copy("basic", tmp);
    Path out = tmp.resolve("out");

    Result first = camnang("build", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, first.code(), first.out());
    assertTrue(first.out().contains("Đã tạo"), first.out());
    assertEquals("Cài đặt VssID", TestSites.page(out, "vssid/cai-dat/").selectFirst("h1").text());
    assertEquals(jarTime, Files.getLastModifiedTime(jar).toMillis(), "a fresh jar is not rebuilt");

    Result again = camnang("build", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, again.code(), again.out());
    assertTrue(again.out().contains("Không có gì thay đổi"), again.out());

    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide) + "\nMang theo căn cước khi ra bưu điện.\n");
    Result edited = camnang("build", "--source", site.toString(), "--output", out.toString());
    assertEquals(0, edited.code(), edited.out());
    assertTrue(edited.out().contains("Đã tạo 1 trang (giữ nguyên"), edited.out());
    assertTrue(TestSites.page(out, "vssid/cai-dat/").text().contains("Mang theo căn cước"));

    Result version = camnang("--version");
    assertEquals(0, version.code(), version.out());
    assertTrue(version.out().startsWith("Cẩm nang số"), "no JVM or CDS warnings around the output: " + version.out());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Relative path → SHA-256 of every file under dir. */
  private static Map<String, String> digests(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        try {
          byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          m.put(dir.relativize(p).toString(), HexFormat.of().formatHex(d));
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return m;
  }
}
