/**
 * The editor's preview: {@link vn.camnang.serve.ServeSession} keeps a built folder up to date
 * (body edits re-render one page; other changes rebuild in place, rewriting only changed files),
 * {@link vn.camnang.serve.SourceWatcher} batches file changes, {@link vn.camnang.serve.DevServer}
 * serves the folder with live reload and an error overlay fed by {@link
 * vn.camnang.serve.BuildStatus}, and lets other handlers (the CMS) take routes of their own. No
 * pipeline logic lives here: the session calls the same build as {@code build}.
 */
package vn.camnang.serve;
