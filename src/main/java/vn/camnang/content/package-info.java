/**
 * The content model: walks {@code content/}, splits each file's header (YAML front matter or JBake's
 * {@code key=value … ~~~~~~}) from its Markdown, keeping the line of every field ({@link
 * vn.camnang.content.FieldLines}), reads the typed {@link vn.camnang.content.FrontMatter}, and
 * builds the immutable {@link vn.camnang.content.SiteContent} index — URLs, slugs, drafts, topics in
 * order, neighbours. A page made from a data item carries a typed {@link
 * vn.camnang.content.DataItem}. {@link vn.camnang.content.DataDirectory} reads {@code data/} for
 * both native sites and JBake projects. It does not render or write anything.
 */
package vn.camnang.content;
