/**
 * The content model: walks {@code content/}, splits each file's header (YAML front matter or JBake's
 * {@code key=value … ~~~~~~}) from its Markdown, and builds the immutable {@link
 * vn.camnang.content.SiteContent} index — URLs, slugs, drafts, topics in order, neighbours. It does
 * not render or write anything.
 */
package vn.camnang.content;
