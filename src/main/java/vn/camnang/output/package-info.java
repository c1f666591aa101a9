/**
 * Where a build's files go, behind one interface ({@link vn.camnang.output.OutputSink}): {@link
 * vn.camnang.output.StagedOutput} writes into a fresh staging folder (or one filled with hard links
 * to the live output, for an incremental build) that replaces the output folder only when the build
 * succeeded; {@link vn.camnang.output.SyncedOutput} updates a served folder in place, rewriting only
 * changed bytes and pruning orphans; {@link vn.camnang.output.MemoryOutput} and {@link
 * vn.camnang.output.DiscardOutput} keep or drop everything (tests, {@code check}). Every path is
 * checked to stay inside the output. Build steps do not see the sink: they return {@link
 * vn.camnang.output.OutputFile}s, which the build's orchestrator writes.
 * {@link vn.camnang.output.OutputClaims} records who writes which path, for native sites and JBake
 * projects alike: a second claim is one error naming both.
 */
package vn.camnang.output;
