package vn.camnang.site;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Page;
import vn.camnang.content.Provenance;
import vn.camnang.content.SiteContent;
import vn.camnang.content.StaticFile;
import vn.camnang.diag.Diagnostic;
import vn.camnang.template.ModelBuilder;
import vn.camnang.util.Strings;

/**
 * Editorial checks that {@code check} adds to what the build reports: every unknown field, missing
 * {@code updated} or {@code description}, a description too long for a Zalo preview, oversized
 * media files.
 */
public final class Checks {
  /** Zalo and Facebook cut previews around here. */
  public static final int MAX_DESCRIPTION = 160;
  /** Media files larger than this are worth a look (they are still processed). */
  public static final long LARGE_FILE = 8L * 1024 * 1024;

  private Checks() {}

  public static List<Diagnostic> run(SiteConfig config, SiteContent content) {
    return run(config, content, FrontMatter.KNOWN, LocalDate.now());
  }

  /**
   * @param known the fields the site uses ({@link Site#knownFields}): the generator's, those its
   *     templates read and those site.yaml declares
   */
  public static List<Diagnostic> run(SiteConfig config, SiteContent content, Set<String> known) {
    return run(config, content, known, LocalDate.now());
  }

  /**
   * A guide that needs a new check on the live service.
   *
   * @param lastVerified the day of its last recorded check, or null when it was never checked
   */
  public record Recheck(Page page, LocalDate lastVerified) {}

  /**
   * The guides to try again on the real apps: never checked, or last checked more than {@code
   * recheckAfterMonths} (site.yaml, default 6) before {@code today}; never-checked first.
   */
  public static List<Recheck> recheck(SiteConfig config, SiteContent content, LocalDate today) {
    LocalDate limit = today.minusMonths(config.recheckAfterMonths());
    List<Recheck> out = new ArrayList<>();
    for (Page p : content.guides()) {
      Provenance.Verification v = p.meta().provenance().verified();
      if (v == null || v.date().isBefore(limit)) {
        out.add(new Recheck(p, v == null ? null : v.date()));
      }
    }
    out.sort(
        Comparator.comparing((Recheck r) -> r.lastVerified() == null ? LocalDate.MIN : r.lastVerified())
            .thenComparing(r -> r.page().sourcePath()));
    return out;
  }

  public static List<Diagnostic> run(
      SiteConfig config, SiteContent content, Set<String> known, LocalDate today) {
    List<Diagnostic> out = new ArrayList<>();
    for (Recheck r : recheck(config, content, today)) {
      if (r.lastVerified() != null) {
        out.add(
            Diagnostic.warning(
                r.page().source(), r.page().meta().line("verified"),
                "last checked on the live service on " + ModelBuilder.VN_DATE.format(r.lastVerified())
                    + ", more than " + config.recheckAfterMonths() + " months ago",
                "try the steps again on the real app or page, then update verified: (date, how, by)"));
      }
    }
    for (Page p : content.pages()) {
      if (p.kind() == Page.Kind.DATA) {
        continue;
      }
      FrontMatter fm = p.meta();
      for (String key : fm.fields().keySet()) {
        String name = key.replace('-', '_');
        if (known.contains(key) || known.contains(name) || FrontMatter.RESERVED.contains(name)) {
          continue; // used, or already warned as reserved by the build
        }
        if (Strings.closest(key, known) != null) {
          continue; // the build warns it as a likely misspelling, with the suggestion
        }
        out.add(
            Diagnostic.warning(
                p.source(), fm.line(key),
                "front matter: '" + key + "' is not a field the site uses (no template reads it)",
                "the closest known field is '" + Strings.nearest(key, known) + "'; if the field is"
                    + " meant for a template, add it to fields: in site.yaml, else remove it"));
      }
      Provenance.Verification v = fm.provenance().verified();
      if (v != null && v.date().isAfter(today)) {
        out.add(
            Diagnostic.warning(
                p.source(), fm.line("verified"),
                "verified on " + ModelBuilder.VN_DATE.format(v.date()) + ", a day that has not come yet",
                "write the day the steps were really tried"));
      }
      if (p.kind() == Page.Kind.GUIDE) {
        if (fm.provenance().sources().isEmpty()) {
          out.add(
              Diagnostic.warning(
                  p.source(), 1, "no sources: readers cannot see what the steps rest on",
                  "list the official pages and legal texts under sources: (title, url, read)"));
        }
        if (fm.updated() == null) {
          out.add(
              Diagnostic.warning(
                  p.source(), 1, "no 'updated' date: readers cannot see when the text last changed",
                  "add updated: yyyy-mm-dd"));
        }
      }
      if (fm.description() != null && fm.description().length() > MAX_DESCRIPTION) {
        out.add(
            Diagnostic.warning(
                p.source(), fm.line("description"),
                "description is " + fm.description().length() + " characters; Zalo previews show about "
                    + MAX_DESCRIPTION,
                "shorten it to one sentence of at most " + MAX_DESCRIPTION + " characters"));
      }
    }
    for (StaticFile f : content.files().values()) {
      try {
        long size = Files.size(f.source());
        if (size > LARGE_FILE) {
          out.add(
              Diagnostic.warning(
                  f.source(), 0,
                  "file is " + size / (1024 * 1024) + " MB; it is published as is if it is not an image",
                  "make clips shorter or compress them before adding them"));
        }
      } catch (IOException e) {
        out.add(Diagnostic.error(f.source(), 0, "cannot read: " + e.getMessage()));
      }
    }
    return out;
  }
}
