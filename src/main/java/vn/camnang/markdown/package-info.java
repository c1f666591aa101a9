/**
 * Markdown to HTML with flexmark-java, built once per build and shared by all render threads:
 * tables, strikethrough, autolinks, attributes, admonitions as accessible callouts. Every link and
 * image passes through a {@link vn.camnang.markdown.LinkRewriter}. Touches no files or templates.
 */
package vn.camnang.markdown;
