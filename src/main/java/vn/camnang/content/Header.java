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
 */
public record Header(
    Format format,
    Map<String, Object> fields,
    FieldLines lines,
    int headerFirstLine,
    String body,
    int bodyFirstLine) {

  /** The header forms we read. */
  public enum Format {
    NONE,
    YAML,
    JBAKE
  }
}
