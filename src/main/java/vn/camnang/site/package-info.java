/**
 * Wires the stages into a build. {@link vn.camnang.site.Project#load} reads a site folder into one
 * of two implementations of {@link vn.camnang.site.Project}: {@link vn.camnang.site.Site} (our
 * layout: config, content, data, data pages) or {@link vn.camnang.site.JBakeSite} (a JBake
 * project). {@code build()} stages and swaps; {@code build(OutputSink)} runs the named, timed steps
 * (assets, model, render, share, search, images, media, feeds, offline, swap), and only it writes
 * to the sink: the steps return values ({@code RenderPlan} in, {@code RenderedPages}, {@code
 * SearchPages.SearchFiles}, rendered pages from {@link vn.camnang.site.PageRenderer}). {@code
 * build}, {@code serve} and {@code check} differ only in the sink they pass; serve keeps a {@link
 * vn.camnang.site.PageRenderer} to re-render an edited body. Also here: links between pages and
 * files ({@code PageLinks}, {@code JBakeLinks}, over one rule: {@code LinkTargets}), media and share-card planning ({@code MediaPlan}),
 * data pages ({@code DataPages}), editorial checks ({@code Checks}) and the records of the last
 * clean build ({@code BuildManifest}, {@code PageManifest}, {@code SearchDocStore}). Parses and
 * renders nothing by itself.
 */
package vn.camnang.site;
