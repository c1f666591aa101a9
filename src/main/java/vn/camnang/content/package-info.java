/**
 * The content model: walks {@code content/}, splits each file's header (YAML front matter or JBake's
 * {@code key=value … ~~~~~~}) from its Markdown, keeping the line of every field ({@link
 * vn.camnang.content.FieldLines}), reads the typed {@link vn.camnang.content.FrontMatter}, and
 * builds the immutable {@link vn.camnang.content.SiteContent} index — URLs, slugs, drafts, topics in
 * order, neighbours. A page made from a data item carries a typed {@link
 * vn.camnang.content.DataItem}. Shared with JBake projects: {@link vn.camnang.content.SourceTree}
 * (the one walker of source folders: sorted, hidden names skipped, links leaving the folder
 * refused), {@link vn.camnang.content.DataDirectory} ({@code data/}), {@link
 * vn.camnang.content.Dates} (the one date parser) and {@link vn.camnang.content.Header} (header
 * values typed once, and as written). It does not render or write anything.
 */
package vn.camnang.content;
