/**
 * Markdown to HTML with flexmark-java, built once per build and shared by all render threads:
 * tables, strikethrough, autolinks, attributes, admonitions as accessible callouts; {@link
 * vn.camnang.markdown.MarkdownEngine#forJBake} is the flavour a JBake project gets (tables,
 * strikethrough, autolinks, optional hard wraps). Every link and image passes through a {@link
 * vn.camnang.markdown.LinkRewriter} with its line. Touches no files or templates.
 */
package vn.camnang.markdown;
