package vn.camnang.config;

/**
 * One entry of {@code dataPages} in {@code site.yaml}: pages made from the items of a data file.
 *
 * @param data the file in {@code data/}, e.g. {@code dich-vu-cong.yaml}
 * @param list the list inside it; one page per item
 * @param url the page URL pattern, {@code {field}} replaced by the item's field folded to ASCII
 * @param template the template of every page
 * @param title the title pattern ({@code "{name}"} when not given)
 * @param description the description pattern ({@code ""} when not given)
 * @param parent the URL of the page shown as the breadcrumb parent, or null
 * @param walkthrough whether an item without a {@code walkthrough} is a warning
 * @param card the kicker pattern of each page's share card ({@code {field}} from the item, {@code
 *     {count}} the number of pages of the entry), or null for the parent page's title
 * @param line the 1-based line of the entry in {@code site.yaml}
 * @param dataLine the line of the entry's {@code data:} key
 */
public record DataPageSpec(
    String data,
    String list,
    String url,
    String template,
    String title,
    String description,
    String parent,
    boolean walkthrough,
    String card,
    int line,
    int dataLine) {}
