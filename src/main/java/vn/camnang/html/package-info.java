/**
 * HTML post-processing with Jsoup: an ordered chain of small {@link
 * vn.camnang.html.HtmlTransformer}s applied to each page body: raw HTML an editor wrote is cleaned
 * to what is allowed ({@link vn.camnang.html.RawHtml}), then heading ids, YouTube clips that load
 * on tap, responsive images ({@link vn.camnang.html.ImageSet}), table scroll boxes, external-link
 * {@code rel}, printed link addresses and image loading hints. A body of plain Markdown (no raw
 * HTML, no pictures) takes the same chain in one pass over flexmark's HTML, without Jsoup ({@link
 * vn.camnang.html.OnePass}, same bytes). Knows a page only through {@link
 * vn.camnang.html.PageContext}; writes no files.
 */
package vn.camnang.html;
