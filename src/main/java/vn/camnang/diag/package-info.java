/**
 * Diagnostics as data: {@link vn.camnang.diag.Diagnostic} (file, line, column, severity, message,
 * hint), a thread-safe collector for one build, the exception that carries them out of a stage, the
 * compiler-style printer with the source line under each location ({@link
 * vn.camnang.diag.SourceText}, which also shows lines of files that are not UTF-8), and {@link
 * vn.camnang.diag.Messages}, the catalog that turns the English messages (written at their call
 * sites, and the keys) into Vietnamese. Depends on nothing else in the generator.
 */
package vn.camnang.diag;
