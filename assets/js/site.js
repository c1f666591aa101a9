// Cẩm nang số — small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  // Opened from disk (file://, e.g. a USB stick): folder links would show a file listing, so point
  // them at the folder's index.html instead.
  if (location.protocol === 'file:') {
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && href.charAt(0) !== '#') {
        var parts = href.split('#');
        if (parts[0] === '' ) continue;
        if (parts[0].slice(-1) === '/') parts[0] += 'index.html';
        else if (parts[0] === '.' || parts[0] === '..') parts[0] += '/index.html';
        links[i].setAttribute('href', parts.join('#'));
      }
    }
  }
})();
