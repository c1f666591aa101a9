// Cẩm nang số — service worker, written by `camnang build` (edit the generator, not this file).
//
//   pages (HTML)             network first; the saved copy when offline, or after SLOW_MS without
//                            an answer (a very slow village network); the offline page if none
//   content-hashed files     cache first (a new file has a new name)
//   the site shell           precached at install, served from the cache of this version
//   search index files       the shell holds meta.js (all files for a small site); the others are
//                            saved when first read, by the build id in their URL (?v=<id>)
//   other pictures           the saved copy at once, refreshed in the background
//
// A page and its pictures are saved when read (site.js posts {keep: [urls]} for what was loaded
// before this worker took over). Cache names hold VERSION, a hash of the shell's files: a new
// deploy installs a new shell, fetches again the pages the reader had saved, and deletes the old
// caches. Every URL is relative to this file, so the site works under a sub-path.
'use strict';

var VERSION = @VERSION@;
var OFFLINE_PAGE = @OFFLINE@;
var PRECACHE = @PRECACHE@;
var SLOW_MS = 3500;

var ROOT = new URL('./', self.location).href;
var SHELL = 'camnang-shell-' + VERSION + ' ' + ROOT;
var PAGES = 'camnang-pages-' + VERSION + ' ' + ROOT;
var SEARCH = 'camnang-search-' + VERSION + ' ' + ROOT;
var SEARCH_FILE = /\/search\/[tx]\/[^\/]+\.js$/;
var SHELL_URLS = PRECACHE.map(function (u) { return new URL(u, ROOT).href; });
var HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
var IMAGE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

function noop() {}

function isPage(url) {
  return /\/$|\.html$/.test(url.pathname);
}

// The cache key of a URL: no fragment, no query (?v=…, ?fbclid=…), folder pages without index.html.
function key(href) {
  var url = new URL(href);
  url.hash = '';
  url.search = '';
  url.pathname = url.pathname.replace(/\/index\.html$/, '/');
  return url.href;
}

function fromCache(k) {
  return caches.open(SHELL).then(function (c) { return c.match(k); }).then(function (hit) {
    return hit || caches.open(PAGES).then(function (c) { return c.match(k); });
  });
}

function store(k, response) {
  var name = SHELL_URLS.indexOf(k) >= 0 ? SHELL : PAGES;
  return caches.open(name).then(function (c) { return c.put(k, response); });
}

function saveable(response, k) {
  var type = response.headers.get('content-type') || '';
  return response.ok && response.type === 'basic' && (!isPage(new URL(k)) || /html/.test(type));
}

// Fetches a request and saves a good answer under k (the save outlives the answer).
function fetchAndStore(event, request, k) {
  return fetch(request).then(function (response) {
    if (saveable(response, k)) event.waitUntil(store(k, response.clone()).catch(noop));
    return response;
  });
}

// Saves what is not saved yet: the pages a reader opened, their pictures.
function keep(urls) {
  return Promise.all(urls.map(function (u) {
    var k;
    return Promise.resolve(u).then(function () {
      k = key(u);
      return k.indexOf(ROOT) === 0 ? fromCache(k) : 'not ours';
    }).then(function (hit) {
      if (hit) return null;
      return fetch(u, { cache: isPage(new URL(k)) ? 'no-cache' : 'default' }).then(function (response) {
        if (saveable(response, k)) return store(k, response);
      });
    }).catch(noop);
  }));
}

function savedPageUrls(names) {
  var old = names.filter(function (n) { return n.indexOf('camnang-pages-') === 0 && n.slice(-ROOT.length - 1) === ' ' + ROOT && n !== PAGES; });
  return Promise.all(old.map(function (n) {
    return caches.open(n).then(function (c) { return c.keys(); });
  })).then(function (lists) {
    var urls = [];
    lists.forEach(function (requests) { requests.forEach(function (r) { urls.push(r.url); }); });
    return urls;
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(SHELL)
      .then(function (c) { return c.addAll(SHELL_URLS.map(function (u) { return new Request(u, { cache: 'no-cache' }); })); })
      .then(function () { return caches.keys(); })
      .then(savedPageUrls)
      .then(keep)
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) {
        return n.indexOf('camnang-') === 0 && n.slice(-ROOT.length - 1) === ' ' + ROOT
          && n !== SHELL && n !== PAGES && n !== SEARCH;
      }).map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  var urls = event.data && event.data.keep;
  if (Array.isArray(urls)) event.waitUntil(keep(urls.map(String)));
});

function offline(request) {
  var page = OFFLINE_PAGE && new URL(OFFLINE_PAGE, ROOT).href;
  if (request.mode === 'navigate' && page && key(request.url) !== page) {
    return Response.redirect(page + '?trang=' + encodeURIComponent(request.url), 302);
  }
  return Response.error();
}

function networkFirst(event, k) {
  var network = fetchAndStore(event, event.request, k);
  event.waitUntil(network.catch(noop));
  return new Promise(function (resolve) {
    var useCache = function (fallback) {
      return fromCache(k).then(function (hit) { if (hit) resolve(hit); else if (fallback) resolve(fallback()); });
    };
    var timer = setTimeout(function () { useCache(null); }, SLOW_MS);
    network.then(function (response) {
      clearTimeout(timer);
      if (response.status >= 500) useCache(function () { return response; });
      else resolve(response);
    }, function () {
      clearTimeout(timer);
      useCache(function () { return offline(event.request); });
    });
  });
}

function cacheFirst(event, k) {
  return fromCache(k).then(function (hit) {
    return hit || fetchAndStore(event, event.request, k);
  });
}

// A word shard or excerpt file of one build (?v=<build id>): the same URL never changes, so it is
// served saved once read; a new build has a new id, and a new worker drops the old cache.
function searchFile(event) {
  var k = event.request.url.split('#')[0];
  return caches.open(SEARCH).then(function (c) {
    return c.match(k).then(function (hit) {
      return hit || fetch(event.request).then(function (response) {
        if (response.ok && response.type === 'basic') event.waitUntil(c.put(k, response.clone()).catch(noop));
        return response;
      });
    });
  });
}

function staleWhileRevalidate(event, k) {
  var network = fetchAndStore(event, event.request, k);
  event.waitUntil(network.catch(noop));
  return fromCache(k).then(function (hit) { return hit || network; });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.headers.has('range') || request.url.indexOf(ROOT) !== 0) return;
  var url = new URL(request.url);
  var k = key(request.url);
  if (request.mode === 'navigate' || isPage(url)) {
    event.respondWith(networkFirst(event, k));
  } else if (HASHED.test(url.pathname) || SHELL_URLS.indexOf(k) >= 0) {
    event.respondWith(cacheFirst(event, k));
  } else if (SEARCH_FILE.test(url.pathname) && /[?&]v=/.test(url.search)) {
    event.respondWith(searchFile(event));
  } else if (IMAGE.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event, k));
  }
});
