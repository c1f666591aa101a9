/**
 * Freemarker templates: one locked-down {@link vn.camnang.template.TemplateEngine} per build
 * (auto-escaping, no {@code ?new}/{@code ?api}, errors with template file and line; a JBake
 * project's engine leaves escaping to its templates), {@link vn.camnang.template.ModelBuilder}, the
 * model templates see, built from records into read-only maps with our names and JBake's ({@code
 * content}, {@code config}, {@code published_posts}, {@code tags}, {@code data} …), and {@link
 * vn.camnang.template.TemplateFields}, the front-matter fields a site's own templates read.
 */
package vn.camnang.template;
