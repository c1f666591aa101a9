/**
 * Offline reading: the {@code offline} build step ({@link vn.camnang.offline.Offline}) makes a
 * service worker ({@code sw.js}, at the site's root so its scope is the whole site), a web-app
 * manifest ({@code manifest.webmanifest}, so a phone can "Thêm vào màn hình chính") and the page
 * shown for a page that is not saved when there is no network ({@code khong-co-mang/}, from {@code
 * offline.ftl}; {@code assets/js/offline.js} lists the saved pages from the Cache API). It returns
 * them ({@link vn.camnang.offline.Offline.Files}) for the build to write, and hashes the shell from
 * the bytes the earlier steps returned, never by reading the output back.
 *
 * <h2>What is saved, and when</h2>
 *
 * <ul>
 *   <li>At install, the shell ({@link vn.camnang.offline.Precache}): home, topic pages, the search
 *       page and the offline page, the manifest, CSS, JS and icons, and every search index file
 *       while the index weighs at most 512 KB; above that only {@code search/meta.js} (the list
 *       and the sizes come from the {@code search} step, not from reading its files back). Word
 *       shards and excerpt files not in the shell are saved when first read, by the build id in
 *       their URL ({@code ?v=<id>}), in {@code camnang-search-<version>}.
 *       Link-preview pictures ({@code assets/images/}) are left out.
 *   <li>Each page when it is read, with its pictures: the worker saves what passes through it, and
 *       {@code site.js} posts {@code {keep: [urls]}} for what the page loaded before the worker took
 *       over (the first visit) and makes the lazy pictures of the article load at once.
 * </ul>
 *
 * <h2>How requests are answered</h2>
 *
 * Pages: network first, so a page is never stale while the network works; the saved copy when the
 * network fails, or after 3.5 s without an answer; the offline page if the page was never saved.
 * Content-hashed files ({@code site.1a2b3c4d5e.css}, {@code anh.800.1a2b3c4d5e.webp}) and the shell:
 * cache first. Other pictures: the saved copy, refreshed in the background. Anything else goes to
 * the network untouched.
 *
 * <h2>Versions</h2>
 *
 * Cache names hold a hash of the shell's URLs and bytes and of the worker's own code, so the same
 * site gives the same {@code sw.js}, and any change to the shell gives a new one — the search index
 * is part of the shell, so nearly every change of text does. The browser installs the new worker:
 * it fetches the shell again and the pages the reader had saved (what is gone from the site is
 * dropped), then deletes the old caches. Cache names also hold the site's root URL, so two sites on
 * one host (different sub-paths) never delete each other's caches.
 *
 * <p>All URLs in {@code sw.js} and the manifest are relative to the file, so the site works under
 * any sub-path; from {@code file://} there is no worker at all ({@code site.js} registers it only
 * over http and https).
 */
package vn.camnang.offline;
