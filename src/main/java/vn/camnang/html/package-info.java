/**
 * HTML post-processing with Jsoup: an ordered list of small {@link vn.camnang.html.HtmlTransformer}s
 * (heading ids, table scroll boxes, external-link {@code rel}, image loading hints) applied to each
 * page body. Writes no files.
 */
package vn.camnang.html;
