package vn.camnang.site;

import java.nio.file.Path;

/**
 * What one build is asked to do.
 *
 * @param source the site folder (holding {@code content/}, optionally {@code templates/}, {@code
 *     assets/}, {@code data/}, {@code site.yaml})
 * @param output where the site is written (replaced as a whole on success)
 * @param baseUrl overrides the configured base URL, or null
 * @param production a build for publishing: a missing base URL is an error (previews, sitemap and
 *     QR codes need it), not a warning
 */
public record BuildOptions(Path source, Path output, String baseUrl, boolean production) {
  public BuildOptions {
    source = source.toAbsolutePath().normalize();
    output = output.toAbsolutePath().normalize();
  }

  public static BuildOptions of(Path source, Path output) {
    return new BuildOptions(source, output, null, false);
  }
}
