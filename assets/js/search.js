// Cẩm nang số — search box. site.js loads this file the first time the search box is used.
// Index format: see vn.camnang.search (package-info.java). Folding and word rules must stay equal to
// vn.camnang.search.Folding; SearchJsTest compares both on a table of strings.
(function (w, d) {
  'use strict';
  var form = d.querySelector('form[role="search"]');
  var input = form && form.querySelector('input[type="search"]');
  if (!input || !''.normalize || w.camnangSearch) return; // no box, or too old: the form goes to tim-kiem/

  var SHOW = 20;
  var WORD = '[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]+';
  var FILE = location.protocol === 'file:';
  var root = d.documentElement.getAttribute('data-root') || './';
  var store = {}, waiting = {}, version = '', seq = 0, broken = false, timer;

  function fold(s) {
    // as vn.camnang.search.Folding: marks off, đ → d, lower case, consonant + final y → i (ký = kí)
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
      .replace(/([bcdghklmnpqrstvx])y(?![a-z0-9])/g, '$1i');
  }
  function words(s) {
    return s.toLowerCase().normalize('NFC').match(new RegExp(WORD, 'g')) || [];
  }
  function href(url) {
    return root + url + (FILE && /\/$|^$/.test(url) ? 'index.html' : '');
  }

  // Index files are scripts calling put(): they load from file:// too, where fetch() cannot.
  function put(key, data) {
    store[key] = data;
    if (key === 'meta' && !FILE) version = '?v=' + data.id;
    var todo = waiting[key] || [];
    delete waiting[key];
    todo.forEach(function (f) { f(); });
  }
  function load(keys, done) {
    var left = 1;
    function one() { if (--left === 0) done(); }
    keys.forEach(function (k) {
      if (store[k]) return;
      left++;
      if (waiting[k]) return waiting[k].push(one);
      waiting[k] = [one];
      var s = d.createElement('script');
      s.src = root + 'search/' + k + '.js' + version;
      s.onerror = function () { broken = true; status('Không tải được dữ liệu tìm kiếm. ', true); };
      d.head.appendChild(s);
    });
    one();
  }

  // The shards holding words that fold to f (or start with f, for the word being typed).
  function shards(f, prefix) {
    var k = f.replace(/[^a-z0-9]/g, '_'), best = '', out = [];
    store.meta.shards.forEach(function (p) {
      if (prefix && (p.indexOf(k) === 0 || k.indexOf(p) === 0)) out.push('t/' + p);
      else if (!prefix && k.indexOf(p) === 0 && p.length > best.length) best = p;
    });
    return prefix ? out : best ? ['t/' + best] : [];
  }

  // Does the indexed word v carry every mark the reader typed in q? ("đuong" fits "đường", not "dương")
  function fits(q, v) {
    for (var i = 0; i < q.length; i++) {
      if (q[i] !== v[i] && q[i] !== fold(q[i]) && iy(q[i]) !== iy(v[i])) return false;
    }
    return true;
  }

  // y as i, keeping the tone mark: "kí" fits "ký" (the folded words already agree, so only a
  // final y after a consonant can stand here)
  function iy(c) {
    var k = 'yýỳỷỹỵ'.indexOf(c);
    return k < 0 ? c : 'iíìỉĩị'[k];
  }

  function matches(f, fs, prefix) {
    for (var i = 0; i < fs.length; i++) {
      if (f === fs[i] || (prefix && i === fs.length - 1 && f.indexOf(fs[i]) === 0)) return true;
    }
    return false;
  }

  // Question words a reader adds ("cách đăng ký vssid"): they add to the score but are not required.
  var FILLER = ' cách làm sao thế nào gì là như hướng dẫn muốn tôi mình thì ạ ơi của và để được cho ';
  var FILLER_FOLDED = fold(FILLER);
  function filler(q) {
    return FILLER.indexOf(' ' + q + ' ') >= 0 || (q === fold(q) && FILLER_FOLDED.indexOf(' ' + q + ' ') >= 0);
  }

  // Ranks the pages for the query words qs. Every word but fillers must match (else, for 3 words or
  // more, the pages matching most of them).
  function rank(qs, prefix) {
    var meta = store.meta, n = meta.docs.length, last = qs.length - 1;
    var fs = qs.map(fold), score = [], hits = [], most = 0, out = [];
    var req = qs.map(function (q, i) { return !filler(q) || (prefix && i === last); });
    var need = req.filter(Boolean).length;
    if (!need) req = req.map(function () { need++; return true; });
    qs.forEach(function (q, i) {
      var f = fs[i], p = prefix && i === last, best = [], df = 0;
      shards(f, p).forEach(function (s) {
        var t = store[s];
        for (var k in t) {
          if (k !== f && !(p && k.indexOf(f) === 0)) continue;
          for (var v in t[k]) {
            // Accents as typed: full weight; only equal when folded: a quarter. Unfinished word: half.
            var a = t[k][v], m = (fits(q, v) ? 1 : 0.25) * (k === f ? 1 : 0.5), doc = 0;
            for (var j = 0; j < a.length; j += 2) {
              doc += a[j];
              if (best[doc] === undefined) df++;
              if (!(best[doc] >= a[j + 1] * m)) best[doc] = a[j + 1] * m;
            }
          }
        }
      });
      var idf = Math.log(1 + n / (df || 1));
      best.forEach(function (b, doc) {
        score[doc] = (score[doc] || 0) + b * idf;
        hits[doc] = (hits[doc] || 0) + (req[i] ? 1 : 0);
        if (hits[doc] > most) most = hits[doc];
      });
    });
    if (most < need && most < 2) most = -1;
    var phrase = ' ' + fs.filter(function (f, i) { return req[i]; }).join(' ') + (prefix ? '' : ' ');
    hits.forEach(function (h, doc) {
      if (h !== most) return;
      var title = ' ' + words(meta.docs[doc][1]).map(fold).join(' ') + ' ';
      out.push({ doc: doc, score: score[doc] * (title.indexOf(phrase) >= 0 ? 2 : 1) });
    });
    out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { all: most === need, list: out, fs: fs };
  }

  // Runs a query; done(result) gets {all, list: [{doc, score, url, title}], fs}. Exposed for tests.
  function query(text, done) {
    var qs = words(text), prefix = !/\s$/.test(text);
    if (!qs.length) return done({ all: true, list: [], fs: [] });
    load(['meta'], function () {
      var need = [];
      qs.forEach(function (q, i) { need = need.concat(shards(fold(q), prefix && i === qs.length - 1)); });
      load(need, function () {
        var r = rank(qs, prefix);
        r.prefix = prefix;
        r.list.forEach(function (x) { x.url = store.meta.docs[x.doc][0]; x.title = store.meta.docs[x.doc][1]; });
        done(r);
      });
    });
  }

  // The sentence (or heading, or description) with the most query words, cut to ~200 characters.
  function snippet(x, fs, prefix) {
    var segs = [x[0]].concat(x[1].match(/[^.!?…]+[.!?…]*/g) || [], x[2]), best = x[0] || x[1], top = 0;
    segs.forEach(function (s) {
      var seen = {}, c = 0;
      words(s).forEach(function (v) {
        var f = fold(v);
        if (!seen[f] && matches(f, fs, prefix)) { seen[f] = 1; c++; }
      });
      if (c > top) { top = c; best = s; }
    });
    best = best.trim();
    if (best.length > 200) {
      var re = new RegExp(WORD, 'gi'), m, at = 0;
      while ((m = re.exec(best))) if (matches(fold(m[0]), fs, prefix)) { at = m.index; break; }
      at = Math.max(0, best.lastIndexOf(' ', Math.max(0, at - 40)));
      best = (at ? '…' : '') + best.slice(at, at + 200).trim() + (at + 200 < best.length ? '…' : '');
    }
    return best;
  }

  // Appends text to el with the matched words in <mark>.
  function highlight(el, text, fs, prefix) {
    var re = new RegExp(WORD, 'gi'), m, at = 0;
    while ((m = re.exec(text))) {
      if (!matches(fold(m[0]), fs, prefix)) continue;
      el.appendChild(d.createTextNode(text.slice(at, m.index)));
      el.appendChild(d.createElement('mark')).textContent = m[0];
      at = re.lastIndex;
    }
    el.appendChild(d.createTextNode(text.slice(at)));
    return el;
  }

  var box = d.getElementById('ket-qua-tim');
  if (!box) {
    box = d.createElement('section'); // a landmark: results are never outside one
    box.id = 'ket-qua-tim';
    box.className = 'search-results';
    box.setAttribute('aria-label', 'Kết quả tìm kiếm');
    box.innerHTML = '<p class="search-status" role="status" aria-live="polite"></p>';
    form.parentNode.insertBefore(box, form.nextSibling);
  }
  var live = box.firstElementChild, list = d.createElement('ol');
  list.className = 'guide-list search-list';
  box.appendChild(list);

  function el(tag, cls, parent) {
    var e = d.createElement(tag);
    e.className = cls;
    return parent.appendChild(e);
  }
  function status(text, linkToAll) {
    live.textContent = text;
    if (linkToAll) {
      var a = el('a', '', live);
      a.href = href('tim-kiem/');
      a.textContent = 'Xem tất cả bài hướng dẫn';
    }
  }

  function show(text, r) {
    list.textContent = '';
    if (!text.trim()) return status('');
    var n = r.list.length, top = r.list.slice(0, SHOW), meta = store.meta;
    if (!n) return status('Không tìm thấy bài nào có “' + text.trim() + '”. ', true);
    status((r.all ? n + ' kết quả' : 'Không có bài nào có đủ các từ; ' + n + ' bài có gần đủ')
      + (n > SHOW ? ', đây là ' + SHOW + ' bài đầu.' : '.'));
    top.forEach(function (x) {
      var doc = meta.docs[x.doc], ex = store['x/' + Math.floor(x.doc / meta.chunk)][x.doc % meta.chunk];
      var a = el('a', '', el('li', 'card', list));
      a.href = href(doc[0]);
      highlight(el('span', 'card-title', a), doc[1], r.fs, r.prefix);
      if (meta.topics[doc[2]]) el('span', 'card-meta', a).textContent = meta.topics[doc[2]];
      highlight(el('span', 'card-desc', a), snippet(ex, r.fs, r.prefix), r.fs, r.prefix);
    });
  }

  function run() {
    var text = input.value, mine = ++seq;
    if (!text.trim()) return show('', null);
    query(text, function (r) {
      var need = [];
      r.list.slice(0, SHOW).forEach(function (x) {
        var k = 'x/' + Math.floor(x.doc / store.meta.chunk);
        if (need.indexOf(k) < 0) need.push(k);
      });
      load(need, function () { if (mine === seq) show(text, r); });
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', function (e) {
    if (broken) return; // let the browser go to tim-kiem/
    e.preventDefault();
    clearTimeout(timer);
    run();
    input.blur(); // closes the phone keyboard so the results show
  });
  // Arrow keys: from the box into the results and between them; Escape empties the box.
  d.addEventListener('keydown', function (e) {
    var links = [].slice.call(list.querySelectorAll('a')), i = links.indexOf(d.activeElement);
    var up = e.key === 'ArrowUp';
    if (e.target === input && e.key === 'Escape') return (input.value = '', run());
    if ((!up && e.key !== 'ArrowDown') || !links.length) return;
    if (e.target === input) {
      if (up) return;
    } else if (i < 0) return;
    (links[up ? i - 1 : i + 1] || (up ? input : links[i])).focus();
    e.preventDefault();
  });

  w.camnangSearch = { put: put, query: query, fold: fold, words: words };
  load(['meta'], function () {});
  var q = /[?&]q=([^&]*)/.exec(location.search);
  if (q && !input.value) input.value = decodeURIComponent(q[1].replace(/\+/g, ' '));
  if (input.value) run();
})(window, document);
