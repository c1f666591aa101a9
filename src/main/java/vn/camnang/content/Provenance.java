package vn.camnang.content;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a page's facts come from and whether anyone checked them against the live service.
 *
 * <p>{@code updated} (in {@link FrontMatter}) is the day the text last changed in substance; a
 * {@link Verification} is a separate, explicit record of a check: the date, how it was done and by
 * whom. A page claims "Đã kiểm tra" only when it has one.
 *
 * @param sources the official pages and legal texts the page rests on, in the author's order
 * @param verified the last check against the live service, or null when none is recorded
 */
public record Provenance(List<Source> sources, Verification verified) {
  public static final Provenance NONE = new Provenance(List.of(), null);

  public Provenance {
    sources = List.copyOf(sources);
  }

  /**
   * One source of a page.
   *
   * @param read the day the author read it, or null when not given
   */
  public record Source(String title, String url, LocalDate read) {}

  /**
   * A check of a page against the live service.
   *
   * @param how e.g. "trên ứng dụng VNeID" or "trên trang dichvucong.gov.vn"
   * @param by who checked (a person or a team)
   */
  public record Verification(LocalDate date, String how, String by) {}
}
