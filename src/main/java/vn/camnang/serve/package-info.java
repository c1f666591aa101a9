/**
 * The editor's preview: {@link vn.camnang.serve.ServeSession} keeps a built folder up to date
 * (body edits re-render one page; other changes rebuild in place, rewriting only changed files),
 * {@link vn.camnang.serve.SourceWatcher} batches file changes, {@link vn.camnang.serve.DevServer}
 * serves the folder with live reload and an error overlay. No pipeline logic lives here.
 */
package vn.camnang.serve;
