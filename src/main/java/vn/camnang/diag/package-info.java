/**
 * Diagnostics as data: {@link vn.camnang.diag.Diagnostic} (file, line, column, severity, message,
 * hint), a thread-safe collector for one build, the exception that carries them out of a stage, and
 * the compiler-style printer. Depends on nothing else in the generator.
 */
package vn.camnang.diag;
