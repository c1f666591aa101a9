/**
 * Freemarker templates: one locked-down {@link vn.camnang.template.TemplateEngine} per build
 * (auto-escaping, no {@code ?new}/{@code ?api}, errors with template file and line) and the model
 * templates see, built from records into read-only maps with our names and JBake's ({@code content},
 * {@code config}, {@code published_posts}, {@code tags}, {@code data} …).
 */
package vn.camnang.template;
