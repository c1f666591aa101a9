/**
 * Editing in the browser with Decap CMS: {@link vn.camnang.cms.CmsAdmin} (the {@code /admin/} page,
 * Decap bundled in the jar), {@link vn.camnang.cms.CmsConfig} (its configuration, generated from
 * the site's folders at every load), {@link vn.camnang.cms.CmsSettings} (the {@code cms:} block of
 * site.yaml, for publishing through GitHub or GitLab), and, inside {@code serve}, {@link
 * vn.camnang.cms.CmsServer} with {@link vn.camnang.cms.LocalBackend}: Decap's local backend
 * protocol on {@code POST /api/v1}, same-origin and loopback only (a token for another device),
 * writing only where {@link vn.camnang.cms.SitePaths} allows, only pages that pass the build's
 * header checks, and always through a temporary file renamed over the target. The serve watcher
 * rebuilds after a save like after any file edit.
 */
package vn.camnang.cms;
