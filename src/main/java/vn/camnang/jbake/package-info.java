/**
 * JBake projects built without JBake: a folder with {@code jbake.properties} (and no {@code
 * site.yaml}) is read the JBake way. {@link vn.camnang.jbake.JBakeConfig} reads the properties with
 * JBake 2.7's defaults and reports every key it cannot honour with its line; {@link
 * vn.camnang.jbake.JBakeContent} walks {@code content/} at any depth ({@code .md} and {@code .html}
 * with {@code key=value … ~~~~~~} headers) and computes URLs as JBake does, but ASCII, with the
 * parts native sites use too (the source walker, output claims, date parser, header values); {@link
 * vn.camnang.jbake.JBakeModel} gives templates JBake's names ({@code content}, {@code config},
 * {@code published_posts}, {@code tags}, {@code db}, {@code data} …). The build steps live in
 * {@code vn.camnang.site.JBakeSite}; this package writes nothing.
 */
package vn.camnang.jbake;
