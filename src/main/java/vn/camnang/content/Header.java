package vn.camnang.content;

import java.util.Map;

/**
 * A content file split into its header and its Markdown body.
 *
 * @param format which header form the file used
 * @param fields the header fields as loaded (insertion order kept); empty without a header
 * @param lines where each field is written (from the parser's marks, kept while splitting)
 * @param headerFirstLine 1-based line of the first header field in the file
 * @param body the Markdown after the header, line endings normalised to {@code \n}
 * @param bodyFirstLine 1-based line in the file where {@code body} starts
 * @param written for a {@code key=value} header, each value as written (stripped), which is what
 *     JBake's templates see; {@code fields} holds the same values converted once for this program
 *     ({@code true}/{@code false} a boolean, {@code tags} and {@code aliases} a list). Empty for
 *     YAML front matter, whose values are typed by YAML itself.
 */
public record Header(
    Format format,
    Map<String, Object> fields,
    FieldLines lines,
    int headerFirstLine,
    String body,
    int bodyFirstLine,
    Map<String, String> written) {

  /** The header forms we read. */
  public enum Format {
    NONE,
    YAML,
    JBAKE
  }
}
