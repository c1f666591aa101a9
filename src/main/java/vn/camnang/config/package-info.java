/**
 * Site configuration: {@code site.yaml} read once into an immutable {@link
 * vn.camnang.config.SiteConfig} with typed fields ({@code dataPages} as {@link
 * vn.camnang.config.DataPageSpec}s, the preview image, the short name, an extra date format, the
 * recheck interval, the site's own header {@code fields}, the {@code features} switches) and the
 * line of every key; the raw map is kept only for templates (and the CMS settings). {@link
 * vn.camnang.config.SafeYaml} is the one safe way to read YAML, and keeps SnakeYAML's node marks
 * ({@link vn.camnang.config.SafeYaml.Lines}) so diagnostics point at lines without a second look at
 * the file. A JBake project's {@code jbake.properties} is read by {@code vn.camnang.jbake}. Does not
 * read content.
 */
package vn.camnang.config;
