package vn.camnang.config;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The site configuration, read once per build from {@code site.yaml} (our native format) or JBake's
 * {@code jbake.properties}.
 *
 * @param baseUrl absolute base URL ending in '/', e.g. {@code https://camnang.example.org/}; {@code
 *     null} when not configured (then sitemap, canonical and share URLs cannot be absolute)
 * @param raw every key as written, for templates ({@code config.*}) only; JBake's dotted keys are
 *     also reachable with underscores ({@code config.site_host})
 * @param dataPages the {@code dataPages} entries, checked and with their lines
 * @param image the site's preview image ({@code image}), or null for the default
 * @param shortName the name under the home-screen icon ({@code shortName}), or null
 * @param dateFormat an extra header date pattern ({@code date.format}), or null
 * @param recheckAfterMonths {@code recheckAfterMonths}, or {@link #DEFAULT_RECHECK_MONTHS}
 * @param fields the header fields the site declares its own ({@code fields:}, a list or one
 *     name), so a page using them is not warned about an unknown field; its line is {@code
 *     line("fields", …)}
 * @param features the switches of {@code features:} that are set (true or false); see {@link
 *     #feature}
 * @param keyLines the 1-based line of each top-level key in {@code file}
 */
public record SiteConfig(
    Path file,
    String title,
    String description,
    String baseUrl,
    String language,
    String locale,
    String author,
    Map<String, Object> raw,
    List<DataPageSpec> dataPages,
    String image,
    String shortName,
    DateTimeFormatter dateFormat,
    int recheckAfterMonths,
    List<String> fields,
    Map<String, Boolean> features,
    Map<String, Integer> keyLines) {

  public SiteConfig {
    raw = Map.copyOf(raw);
    fields = List.copyOf(fields);
    features = Map.copyOf(features);
    dataPages = List.copyOf(dataPages);
    keyLines = Map.copyOf(keyLines);
  }

  /** Guides last checked on the live service longer ago than this are listed by {@code check}. */
  public static final int DEFAULT_RECHECK_MONTHS = 6;

  /** The 1-based line of a top-level key of the config file, or {@code fallback}. */
  public int line(String key, int fallback) {
    return keyLines.getOrDefault(key, fallback);
  }

  /**
   * The switches of {@code features:} in site.yaml, with their defaults: {@code shareCards} (a card
   * per page), {@code qrCodes} (a {@code qr.svg} per page, needs {@code baseUrl}), {@code offline}
   * ({@code sw.js}, the web manifest and the offline page).
   */
  public static final Map<String, Boolean> FEATURES = Map.of("shareCards", true, "qrCodes", true, "offline", true);

  /**
   * A switch of the {@code features:} block ({@code features: {shareCards: false}}), or its
   * default from {@link #FEATURES}.
   */
  public boolean feature(String name) {
    return features.getOrDefault(name, FEATURES.getOrDefault(name, false));
  }

  public boolean hasBaseUrl() {
    return baseUrl != null;
  }

  /** True when pages get QR codes: a base URL (a code holds an absolute address) and {@code qrCodes} on. */
  public boolean qrCodes() {
    return hasBaseUrl() && feature("qrCodes");
  }

  /** The absolute URL of a site-relative URL ({@code "vssid/dang-ky/"}), or null without a base. */
  public String absolute(String siteUrl) {
    return baseUrl == null ? null : baseUrl + siteUrl;
  }
}
