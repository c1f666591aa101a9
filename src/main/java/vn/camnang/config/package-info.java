/**
 * Site configuration: {@code site.yaml} (or JBake's {@code jbake.properties}) read once into an
 * immutable {@link vn.camnang.config.SiteConfig}, and {@link vn.camnang.config.SafeYaml}, the one
 * safe way to read YAML. Does not read content.
 */
package vn.camnang.config;
