/**
 * Small pure helpers shared by several stages, depending on nothing else in the generator:
 * Vietnamese ASCII folding for slugs ({@link vn.camnang.util.Slugs}), SHA-256 names and keys
 * ({@link vn.camnang.util.Hashing}), JSON string literals safe inside HTML and JavaScript ({@link
 * vn.camnang.util.Json}), writes that readers never see half done ({@link
 * vn.camnang.util.AtomicFiles}), and text helpers for diagnostics ({@link vn.camnang.util.Strings}:
 * "did you mean" suggestions, a byte order mark, a YAML key's line).
 */
package vn.camnang.util;
