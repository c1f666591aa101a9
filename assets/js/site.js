// Cẩm nang số — small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  var doc = document;

  // Opened from disk (file://, e.g. a USB stick): folder links would show a file listing, so point
  // them at the folder's index.html instead.
  if (location.protocol === 'file:') {
    var links = doc.querySelectorAll('a[href], form[action]');
    for (var i = 0; i < links.length; i++) {
      var attr = links[i].tagName === 'FORM' ? 'action' : 'href';
      var href = links[i].getAttribute(attr);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === '#') continue;
      var parts = href.split('#');
      if (parts[0] === '') continue;
      if (parts[0].slice(-1) === '/') parts[0] += 'index.html';
      links[i].setAttribute(attr, parts.join('#'));
    }
  }

  // Search: search.js and its index load only once the reader uses the box (or arrives with ?q=).
  var form = doc.querySelector('form[role="search"][data-js]');
  if (form) {
    var load = function () {
      if (load.done) return;
      load.done = true;
      var sc = doc.createElement('script');
      sc.src = form.getAttribute('data-js');
      doc.head.appendChild(sc);
    };
    form.addEventListener('focusin', load);
    form.addEventListener('input', load);
    if (/[?&]q=[^&]/.test(location.search)) load();
  }

  // Offline reading and "Thêm vào màn hình chính": the web-app manifest, and sw.js at the site's
  // root, which saves the site's frame and every page read, with its pictures. Only over http(s):
  // a site opened from disk (file://) has neither. A site built with offline reading off
  // (data-offline="off") has neither either, and removes the worker an earlier build installed:
  // it would go on answering with the pages it saved.
  var root = doc.documentElement.getAttribute('data-root') || './';
  var offline = doc.documentElement.getAttribute('data-offline') !== 'off';
  if (!offline && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    var scope = new URL(root, location.href).href;
    navigator.serviceWorker.getRegistrations().then(function (all) {
      all.forEach(function (r) { if (r.scope === scope) r.unregister(); });
    }).catch(function () {});
    // and the pages it saved (its caches are named "camnang-… <root>"): space on a small phone
    if (window.caches) {
      caches.keys().then(function (names) {
        names.forEach(function (n) {
          if (n.indexOf('camnang-') === 0 && n.slice(-scope.length - 1) === ' ' + scope) caches.delete(n);
        });
      }).catch(function () {});
    }
  }
  if (offline && /^https?:$/.test(location.protocol) && !doc.querySelector('link[rel="manifest"]')) {
    var manifest = doc.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = root + 'manifest.webmanifest';
    doc.head.appendChild(manifest);
  }
  if (offline && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    var sw = navigator.serviceWorker;
    sw.register(root + 'sw.js', { updateViaCache: 'none' })
      .catch(function () {});
    // What loaded before the worker took over (a first visit) did not pass through it: ask it to
    // save this page and its pictures. Pictures of the article that wait to be scrolled to load now.
    var keep = function () {
      var worker = sw.controller;
      if (!worker || keep.done) return;
      keep.done = true;
      var urls = [location.href.split('#')[0]];
      var imgs = doc.querySelectorAll('main img');
      for (var m = 0; m < imgs.length; m++) {
        var img = imgs[m];
        if (img.complete && img.naturalWidth) {
          urls.push(img.currentSrc || img.src);
        } else if (img.closest('.prose')) {
          img.addEventListener('load', function (e) {
            worker.postMessage({ keep: [e.target.currentSrc || e.target.src] });
          });
          img.loading = 'eager';
        }
      }
      worker.postMessage({ keep: urls });
    };
    if (doc.readyState === 'complete') keep();
    else window.addEventListener('load', keep);
    sw.addEventListener('controllerchange', keep);
  }

  function status(el, text) {
    var region = el.closest('.share-bar, main');
    var out = region && region.querySelector('.share-status');
    if (out) {
      out.textContent = '';
      setTimeout(function () { out.textContent = text; }, 30);
    }
  }

  function copyText(text, button) {
    function done() { status(button, 'Đã sao chép. Mở Zalo và dán vào tin nhắn.'); }
    function fallback() {
      var area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      doc.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
      doc.body.removeChild(area);
      if (ok) done();
      else status(button, 'Không tự sao chép được: hãy giữ ngón tay trên ô liên kết để sao chép.');
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  // Copy buttons: one listener for all. Buttons in a closed list (the link hub has a hundred) are
  // revealed when the list is opened, so a page load does not restyle what nobody sees yet.
  function reveal(root) {
    var copies = root.querySelectorAll('.js-copy[hidden]');
    for (var c = 0; c < copies.length; c++) {
      if (root.tagName === 'DETAILS' || !copies[c].closest('details:not([open])')) copies[c].hidden = false;
    }
  }
  reveal(doc);
  doc.addEventListener('toggle', function (e) {
    if (e.target.open) reveal(e.target);
  }, true);
  doc.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('.js-copy') : null;
    if (!b) return;
    var text = b.getAttribute('data-copy');
    if (text === null) { // the link hub: the text is on the page once, not again in the button
      var from = doc.getElementById(b.getAttribute('data-copy-of'));
      text = from ? from.textContent : '';
    }
    copyText(text, b);
  });

  var shares = doc.querySelectorAll('.js-share');
  for (var s = 0; s < shares.length; s++) {
    if (!navigator.share) continue;
    shares[s].hidden = false;
    shares[s].addEventListener('click', function (e) {
      var b = e.currentTarget;
      navigator.share({
        title: b.getAttribute('data-title'),
        text: b.getAttribute('data-text'),
        url: b.getAttribute('data-url')
      }).catch(function () {});
    });
  }

  var prints = doc.querySelectorAll('.js-print');
  for (var p = 0; p < prints.length; p++) {
    prints[p].hidden = false;
    prints[p].addEventListener('click', function () { window.print(); });
  }

  // YouTube clips: load the player (and anything from YouTube) only when the reader taps.
  var clips = doc.querySelectorAll('a.video-yt[data-yt]');
  for (var v = 0; v < clips.length; v++) {
    clips[v].addEventListener('click', function (e) {
      if (location.protocol === 'file:') return; // let the link open YouTube
      e.preventDefault();
      var a = e.currentTarget;
      var frame = doc.createElement('iframe');
      frame.src = 'https://www.youtube-nocookie.com/embed/' + encodeURIComponent(a.getAttribute('data-yt')) + '?autoplay=1&rel=0';
      frame.title = a.querySelector('.video-title').textContent;
      frame.allow = 'autoplay; encrypted-media; picture-in-picture';
      frame.setAttribute('allowfullscreen', '');
      a.replaceWith(frame);
      frame.className = 'video-frame';
    });
  }

  var urls = doc.querySelectorAll('.share-url');
  for (var u = 0; u < urls.length; u++) {
    urls[u].addEventListener('focus', function (e) { e.currentTarget.select(); });
  }
})();
