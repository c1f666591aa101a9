/**
 * Wires the stages into a build. {@link vn.camnang.site.Project#load} reads a site folder into one
 * of two implementations of {@link vn.camnang.site.Project}: {@link vn.camnang.site.Site} (our
 * layout: config, content, data, data pages; load only) or {@link vn.camnang.site.JBakeSite} (a
 * JBake project). A build is asked for by an immutable {@link vn.camnang.site.BuildRequest} (which
 * pages, force, progress); {@code SiteBuild} is one build of a {@code Site}: it stages and swaps
 * ({@code build(request)}) or writes into a given sink ({@code build(out, request)}), runs the
 * named, timed steps (assets, model, render, share, search, images, media, feeds, offline, cards,
 * swap) and is the only code that writes to the sink: each step takes values and returns a record
 * of what it made ({@code AssetFiles}, {@code RenderStep.RenderedPages}, {@code ShareFiles}, {@code
 * SearchPages.SearchFiles}, {@code Feeds.files}, {@code Offline.Files}; pages, images and cards are
 * handed over as they are made, since they are many or large). {@code build}, {@code serve} and
 * {@code check} differ only in the sink they pass; serve keeps the {@link
 * vn.camnang.site.PageRenderer} of its last build ({@link vn.camnang.site.Site.Served}) to
 * re-render an edited body (a {@code Rerendered} record it writes), and every page's search text, so
 * that no build reads a kept page back from its output. Also here: links between pages and files
 * ({@code PageLinks}, {@code JBakeLinks} over one rule, {@code LinkTargets}; {@code ContentPaths},
 * {@code HeaderFiles}), media planning ({@code MediaPlan}), the preview picture of each page
 * ({@code ShareImages}: a guide's first picture as its render found it in flexmark's tree, or as the
 * last clean build recorded it), data pages ({@code DataPages}), editorial
 * checks ({@code Checks}, {@code EditorChecks}) and the records of the last clean build ({@code
 * BuildManifest}, {@code PageManifest}, {@code SearchDocStore}). Parses and renders nothing by
 * itself.
 */
package vn.camnang.site;
