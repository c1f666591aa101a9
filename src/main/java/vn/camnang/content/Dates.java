package vn.camnang.content;

import java.nio.file.Path;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.camnang.diag.Diagnostic;
import vn.camnang.diag.Diagnostics;

/**
 * The one date parser of header fields (native and JBake) and data files. Its rule: a YAML date is
 * taken as it is; a text is read with the first format whose shape it has (the whole text), and a
 * text of that shape naming no real day ({@code 2026-02-31}) is an error, not re-read in another
 * format; a text in no format's shape may be a date followed by more text (as JBake's {@code
 * SimpleDateFormat} reads it). The formats, in order, are the site's:
 *
 * <ul>
 *   <li>a native site ({@link #site}): {@code yyyy-mm-dd} (any time after it ignored), {@code
 *       dd/mm/yyyy}, then {@code date.format} from site.yaml if given;
 *   <li>a JBake project ({@link #jbake}): {@code date.format} first, then ISO date-times with and
 *       without offset and ISO dates.
 * </ul>
 */
public final class Dates {
  /** Day first, as Vietnamese write it: {@code 1/10/2026}. */
  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /**
   * A date as read.
   *
   * @param date the day as written (where an offset is written, the day at that offset)
   * @param instant the moment: the written offset, else the start of the day or the time in UTC
   */
  public record When(LocalDate date, Instant instant) {}

  private final List<DateTimeFormatter> formats;
  private final List<DateTimeFormatter> prefixes;

  private Dates(List<DateTimeFormatter> formats, List<DateTimeFormatter> prefixes) {
    this.formats = List.copyOf(formats);
    this.prefixes = List.copyOf(prefixes);
  }

  /** A native site's dates; {@code extra} is site.yaml's {@code date.format}, or null. */
  public static Dates site(DateTimeFormatter extra) {
    List<DateTimeFormatter> formats = new ArrayList<>(List.of(DateTimeFormatter.ISO_LOCAL_DATE, DMY));
    if (extra != null) {
      formats.add(extra);
    }
    return new Dates(formats, List.of(DateTimeFormatter.ISO_LOCAL_DATE));
  }

  /** A JBake project's dates; {@code format} is its {@code date.format}. */
  public static Dates jbake(DateTimeFormatter format) {
    return new Dates(
        List.of(
            format,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE),
        List.of(format));
  }

  /** {@code value} read as a date, or empty if it is none (null included). */
  public Optional<When> parse(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Date d) {
      Instant i = d.toInstant();
      return Optional.of(new When(i.atZone(ZoneOffset.UTC).toLocalDate(), i));
    }
    String s = String.valueOf(value).strip();
    for (DateTimeFormatter f : formats) {
      ParsePosition pos = new ParsePosition(0);
      if (shaped(f, s, pos) && pos.getIndex() == s.length()) {
        return resolve(f, s); // this format's shape: its day or none
      }
    }
    for (DateTimeFormatter f : prefixes) {
      ParsePosition pos = new ParsePosition(0);
      if (shaped(f, s, pos)) {
        return resolve(f, s.substring(0, pos.getIndex()));
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #parse(Object)}; a value that is no date is reported as an error at the field's line
   * and gives null.
   *
   * @param what how the message names the field, e.g. {@code front matter: 'updated'}
   */
  public When parse(
      Object value, Path file, int line, String what, String hint, Diagnostics diagnostics) {
    if (value == null) {
      return null;
    }
    Optional<When> when = parse(value);
    if (when.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              file,
              line,
              what + " is not a valid date: '" + String.valueOf(value).strip() + "'",
              hint));
    }
    return when.orElse(null);
  }

  private static boolean shaped(DateTimeFormatter f, String s, ParsePosition pos) {
    try {
      return f.parseUnresolved(s, pos) != null && pos.getErrorIndex() < 0;
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  private static Optional<When> resolve(DateTimeFormatter f, String s) {
    try {
      TemporalAccessor t = f.parseBest(s, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
      if (t instanceof ZonedDateTime z) {
        return Optional.of(new When(z.toLocalDate(), z.toInstant()));
      }
      if (t instanceof LocalDateTime l) {
        return Optional.of(new When(l.toLocalDate(), l.toInstant(ZoneOffset.UTC)));
      }
      LocalDate d = (LocalDate) t;
      return Optional.of(new When(d, d.atStartOfDay(ZoneOffset.UTC).toInstant()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
