// Cẩm nang số — small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  // Opened from disk (file://, e.g. a USB stick): folder links would show a file listing, so point
  // them at the folder's index.html instead.
  if (location.protocol === 'file:') {
    var links = document.querySelectorAll('a[href], form[action]');
    for (var i = 0; i < links.length; i++) {
      var attr = links[i].tagName === 'FORM' ? 'action' : 'href';
      var href = links[i].getAttribute(attr);
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && href.charAt(0) !== '#') {
        var parts = href.split('#');
        if (parts[0] === '' ) continue;
        if (parts[0].slice(-1) === '/') parts[0] += 'index.html';
        else if (parts[0] === '.' || parts[0] === '..') parts[0] += '/index.html';
        links[i].setAttribute(attr, parts.join('#'));
      }
    }
  }
  // Search: search.js and its index load only once the reader uses the box (or arrives with ?q=).
  var form = document.querySelector('form[role="search"][data-js]');
  if (form) {
    var load = function () {
      if (load.done) return;
      load.done = true;
      var s = document.createElement('script');
      s.src = form.getAttribute('data-js');
      document.head.appendChild(s);
    };
    form.addEventListener('focusin', load);
    form.addEventListener('input', load);
    if (/[?&]q=[^&]/.test(location.search)) load();
  }
})();
