// Cẩm nang số — the offline page (khong-co-mang/) only: lists the pages this phone has saved, read
// from the caches that sw.js fills. The page also says what is always saved, without this file.
(function () {
  'use strict';
  var doc = document;
  var list = doc.querySelector('.offline-saved');
  var status = doc.querySelector('.offline-status');
  if (!list || !status) return;
  var root = new URL(doc.documentElement.getAttribute('data-root') || './', location.href).href;
  var here = new URL('./', location.href).href;

  // The page the reader wanted (?trang=…, set by sw.js): a button to open it again.
  var wanted = /[?&]trang=([^&]*)/.exec(location.search);
  var retry = doc.querySelector('.offline-retry');
  if (wanted && retry) {
    try {
      var url = new URL(decodeURIComponent(wanted[1]));
      if (url.href.indexOf(root) === 0) {
        retry.querySelector('a').href = url.href;
        retry.hidden = false;
      }
    } catch (e) { /* not a URL: no button */ }
  }

  if (!window.caches || !/^https?:$/.test(location.protocol)) {
    status.textContent = 'Trình duyệt này không lưu bài để đọc khi không có mạng.';
    return;
  }

  // A saved page as {url, title, topic}, or null for what is not a page to list.
  function describe(url, response) {
    if (!response || url === here || !/html/.test(response.headers.get('content-type') || '')) return null;
    return response.text().then(function (html) {
      var page = new DOMParser().parseFromString(html, 'text/html');
      if (page.querySelector('meta[http-equiv="refresh"]')) return null;
      var h1 = page.querySelector('main h1') || page.querySelector('h1');
      var topic = page.querySelector('.breadcrumb li:nth-child(2)');
      var title = (h1 ? h1.textContent : page.title).trim();
      return title ? { url: url, title: title, topic: topic ? topic.textContent.trim() : '' } : null;
    });
  }

  function savedIn(name) {
    return caches.open(name).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (r) {
          return cache.match(r).then(function (response) { return describe(r.url, response); });
        }));
      });
    });
  }

  caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf('camnang-pages-') === 0 && n.slice(-root.length - 1) === ' ' + root;
    }).map(savedIn));
  }).then(function (groups) {
    var seen = {};
    var pages = [];
    groups.forEach(function (g) {
      g.forEach(function (p) {
        if (p && !seen[p.url]) { seen[p.url] = true; pages.push(p); }
      });
    });
    pages.sort(function (a, b) { return a.title.localeCompare(b.title, 'vi'); });
    pages.forEach(function (p) {
      var li = doc.createElement('li');
      var a = doc.createElement('a');
      a.href = p.url;
      a.textContent = p.title;
      li.appendChild(a);
      if (p.topic) {
        var t = doc.createElement('span');
        t.className = 'saved-topic';
        t.textContent = p.topic;
        li.appendChild(t);
      }
      list.appendChild(li);
    });
    status.textContent = pages.length
      ? 'Có ' + pages.length + ' bài đọc được khi không có mạng:'
      : 'Chưa có bài nào được lưu. Khi có mạng, mỗi bài bạn mở sẽ được lưu lại để đọc sau.';
  }).catch(function () {
    status.textContent = 'Không đọc được danh sách bài đã lưu.';
  });
})();
