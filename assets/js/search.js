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
  var store = {}, waiting = {}, version = '', seq = 0, broken = false, timer, slow;

  function fold(s) {
    // as vn.camnang.search.Folding: marks off, đ → d, lower case, consonant + final y → i (ký = kí)
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
      .replace(/([bcdghklmnpqrstvx])y(?![a-z0-9])/g, '$1i');
  }
  var WORDS = new RegExp(WORD, 'g');
  function words(s) {
    return s.toLowerCase().normalize('NFC').match(WORDS) || [];
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
  var shardsOf = {};
  function shards(f, prefix) {
    var key = f + ' ' + !!prefix;
    return shardsOf[key] || (shardsOf[key] = shardsFor(f, prefix));
  }
  function shardsFor(f, prefix) {
    var k = f.replace(/[^a-z0-9]/g, '_'), best = '', out = [];
    store.meta.shards.forEach(function (p) {
      if (prefix && (p.indexOf(k) === 0 || k.indexOf(p) === 0)) out.push('t/' + p);
      else if (!prefix && k.indexOf(p) === 0 && p.length > best.length) best = p;
    });
    return prefix ? out : best ? ['t/' + best] : [];
  }

  // The tone mark after the last vowel of the first run of vowels, as Folding.accents: the old and
  // new places of the mark meet ("hoà" = "hòa", "thuỷ" = "thủy"). A key, not a spelling.
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  function accents(word) {
    var s = word.normalize('NFD'), m = s.match(TONES);
    if (!m) return word.normalize('NFC');
    s = s.replace(TONES, '');
    var r = /[aeiouy][aeiouy\u0300-\u036f]*/.exec(s);
    if (!r) return word.normalize('NFC');
    var at = r.index + r[0].length;
    return (s.slice(0, at) + m[0] + s.slice(at)).normalize('NFC');
  }

  // Does the indexed word v (accents() form) carry every mark the reader typed in q (same form)?
  // ("đuong" fits "đường", not "dương")
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

  // One edit apart (a letter added, dropped, changed, or two swapped): a typo.
  function near(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
    var i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // A posting value's weight: title 12, heading 6, description or tag 3, topic 2, + body count.
  function weight(v) {
    var f = v >> 2;
    return (f & 1 ? 12 : 0) + (f & 2 ? 6 : 0) + (f & 4 ? 3 : 0) + (f & 8 ? 2 : 0) + (v & 3);
  }

  function matches(f, r) {
    for (var i = 0; i < r.fs.length; i++) {
      if (f === r.fs[i] || (r.prefix && i === r.fs.length - 1 && f.indexOf(r.fs[i]) === 0)) return true;
    }
    return r.more.indexOf(f) >= 0;
  }

  // Question words a reader adds ("cách đăng ký vssid"): they add to the score but are not required.
  var FILLER = ' cách làm sao thế nào gì là như hướng dẫn muốn tôi mình thì ạ ơi của và để được cho ';
  var FILLER_FOLDED = fold(FILLER);
  function filler(q) {
    return FILLER.indexOf(' ' + q + ' ') >= 0 || (q === fold(q) && FILLER_FOLDED.indexOf(' ' + q + ' ') >= 0);
  }

  // Terms: a word, or a synonym phrase ("bằng lái") any phrase of its group matches. A term: a list
  // of alternatives, each of words {q: typed, f: folded, p: may start a longer word}.
  function terms(qs, prefix) {
    var fs = qs.map(fold), last = qs.length - 1, syn = store.meta.syn || [], out = [];
    for (var i = 0; i < qs.length;) {
      var len = 0, phrases = [];
      syn.forEach(function (g) {
        g.forEach(function (ph) {
          var ws = ph.split(' ');
          if (ws.length < len || i + ws.length > qs.length) return;
          for (var j = 0; j < ws.length; j++) if (ws[j] !== fs[i + j]) return;
          if (ws.length > len) phrases = [];
          len = ws.length;
          g.forEach(function (x) { if (phrases.indexOf(x) < 0) phrases.push(x); });
        });
      });
      if (len) {
        var typed = fs.slice(i, i + len).join(' '), alts = [[]];
        for (var j = i; j < i + len; j++) alts[0].push({ q: qs[j], f: fs[j], p: prefix && j === last });
        phrases.forEach(function (ph) {
          if (ph !== typed) alts.push(ph.split(' ').map(function (f) { return { q: f, f: f, p: false }; }));
        });
        out.push({ alts: alts, req: true });
        i += len;
      } else {
        var p = prefix && i === last;
        out.push({ alts: [[{ q: qs[i], f: fs[i], p: p }]], req: !filler(qs[i]) || p });
        i++;
      }
    }
    return out;
  }

  // Pages holding word w: best[doc] its weight (¼ without a mark typed, ½ longer word or typo),
  // exact[doc]/any[doc] its fields as typed/in any form. first: from meta's title words ("tw").
  var own = Object.prototype.hasOwnProperty;

  // meta's title words starting with f: a binary search in their sorted list.
  var sorted;
  function starting(f) {
    var ks = sorted || (sorted = Object.keys(store.meta.tw).sort()), lo = 0, hi = ks.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (ks[mid] < f) lo = mid + 1; else hi = mid;
    }
    for (hi = lo; hi < ks.length && ks[hi].indexOf(f) === 0; hi++);
    return ks.slice(lo, hi);
  }
  function look(w, first) {
    var meta = store.meta, n = meta.docs.length, q = accents(w.q), df = 0, r = {
      best: new Float64Array(n), exact: new Uint8Array(n), any: new Uint8Array(n), list: [], fuzzy: false
    };
    function add(vs, m, k) {
      if (first) df += meta.df[k] || 0;
      for (var v in vs) {
        var ok = fits(q, v), mm = m * (ok ? 1 : 0.25), a = vs[v], doc = 0;
        for (var j = 0; j < a.length; j += 2) {
          doc += a[j];
          var x = weight(a[j + 1]) * mm, fl = a[j + 1] >> 2;
          if (!r.best[doc]) r.list.push(doc);
          if (x > r.best[doc]) r.best[doc] = x;
          r.any[doc] |= fl;
          if (ok && m === 1) r.exact[doc] |= fl;
        }
      }
    }
    function from(f, prefix) {
      return first ? [meta.tw] : shards(f, prefix).map(function (s) { return store[s]; });
    }
    from(w.f, w.p).forEach(function (t) {
      if (!w.p) {
        if (own.call(t, w.f)) add(t[w.f], 1, w.f);
        return;
      }
      (first ? starting(w.f) : Object.keys(t)).forEach(function (k) {
        if (k === w.f) add(t[k], 1, k);
        else if (k.indexOf(w.f) === 0) add(t[k], 0.5, k);
      });
    });
    if (!r.list.length && w.f.length >= 4) { // nothing: a typo? words one edit away, same shard
      r.fuzzy = true;
      from(w.f, false).forEach(function (t) {
        var p = first && shards(w.f, false)[0];
        (p && !/_/.test(p) ? starting(p.slice(2)) : Object.keys(t)).forEach(function (k) {
          if (near(k, w.f)) add(t[k], 0.5, k);
        });
      });
    }
    r.idf = Math.log(1 + n / ((first ? Math.min(n, df) : r.list.length) || 1));
    return r;
  }

  // A title's words, folded and in accents() form (kept: titles are asked again and again).
  var titles = [];
  function title(doc) {
    var t = titles[doc];
    if (!t) {
      var ws = words(store.meta.docs[doc][1]);
      t = titles[doc] = { f: ws.map(fold), a: ws.map(accents) };
    }
    return t;
  }

  // 4: the query's words in a row in the title; 3: all in the title, two of them side by side;
  // 2: all in the title; 1: all in headings; 0: elsewhere. ws: [{w, r}] the words and their look().
  function tier(doc, ws) {
    var i, j, k = ws.length, inTitle = true, inHeadings = true;
    for (i = 0; i < k; i++) {
      inTitle = inTitle && (ws[i].r.any[doc] & 1);
      inHeadings = inHeadings && (ws[i].r.exact[doc] & 2);
    }
    if (inTitle) {
      var t = title(doc), at = ws.map(function (x) {
        var w = x.w, q = accents(w.q), out = [];
        t.f.forEach(function (f, j) {
          if ((f === w.f || (w.p && f.indexOf(w.f) === 0) || (x.r.fuzzy && near(f, w.f))) && fits(q, t.a[j])) out.push(j);
        });
        return out;
      });
      var all = at.every(function (l) { return l.length; });
      if (all) {
        for (j = 0; j < at[0].length; j++) {
          for (i = 1; i < k && at[i].indexOf(at[0][j] + i) >= 0; i++);
          if (i === k) return 4;
        }
        for (i = 0; i + 1 < k; i++) {
          for (j = 0; j < at[i].length; j++) {
            if (at[i + 1].indexOf(at[i][j] + 1) >= 0 || at[i + 1].indexOf(at[i][j] - 1) >= 0) return 3;
          }
        }
        return 2;
      }
    }
    return inHeadings ? 1 : 0;
  }

  // Every term but question words must match (3+ terms: else the most); by tier, then score
  // (Σ weight × idf); a service page right after its guide.
  function rank(qs, prefix, first) {
    var meta = store.meta, n = meta.docs.length, ts = terms(qs, prefix), cache = {};
    var score = new Float64Array(n), hits = new Uint8Array(n), seen = [], most = 0, need = 0;
    var chosen = ts.map(function () { return null; });
    ts.forEach(function (t) { if (t.req) need++; });
    if (!need) ts.forEach(function (t) { t.req = true; need++; });
    ts.forEach(function (t, ti) {
      var best = new Float64Array(n), alt = new Int8Array(n), docs = [];
      t.alts.forEach(function (a, ai) {
        var ls = a.map(function (w) {
          var key = w.q + ' ' + w.f + ' ' + w.p;
          return cache[key] || (cache[key] = look(w, first));
        });
        var small = ls.reduce(function (x, y) { return y.list.length < x.list.length ? y : x; });
        small.list.forEach(function (doc) {
          var s = 0;
          for (var i = 0; i < ls.length; i++) {
            if (!ls[i].best[doc]) return;
            s += ls[i].best[doc] * ls[i].idf;
          }
          if (!best[doc]) docs.push(doc);
          if (s > best[doc]) { best[doc] = s; alt[doc] = ai; }
        });
        a.r = ls;
      });
      chosen[ti] = alt;
      docs.forEach(function (doc) {
        if (!score[doc]) seen.push(doc);
        score[doc] += best[doc];
        if (t.req && ++hits[doc] > most) most = hits[doc];
      });
    });
    if (most < need && most < 2) most = -1;
    // a first list is shown only when some page has every term: no need to rank the others
    if (first && most !== need) return { all: false, list: [], fs: [], more: [] };
    function has(a, doc) { return a.r.every(function (r) { return r.best[doc]; }); }
    function tierOf(doc, choice) {
      var ws = [];
      ts.forEach(function (t, ti) {
        var a = t.alts[choice[ti]];
        if (t.req && has(a, doc)) a.forEach(function (w, i) { ws.push({ w: w, r: a.r[i] }); });
      });
      return ws.length ? tier(doc, ws) : 0;
    }
    var out = [];
    seen.forEach(function (doc) {
      if (hits[doc] !== most) return;
      // the tier of the best-scoring phrases, or of another phrase of a synonym group if higher
      var choice = chosen.map(function (alt) { return alt[doc]; }), best = tierOf(doc, choice);
      ts.forEach(function (t, ti) {
        if (!t.req) return;
        t.alts.forEach(function (a, ai) {
          if (ai === choice[ti] || !has(a, doc)) return;
          var c = choice.slice(), tc;
          c[ti] = ai;
          if ((tc = tierOf(doc, c)) > best) { best = tc; choice = c; }
        });
      });
      out.push({ doc: doc, score: score[doc], tier: best });
    });
    // a service page goes with its guide: the group's best (tier, score), the guide first
    var top = {};
    function head(x) { var g = meta.docs[x.doc][3]; return g === undefined ? x.doc : g; }
    function better(a, b) { return a.tier - b.tier || a.score - b.score; }
    out.forEach(function (x) {
      var g = head(x);
      if (!top[g] || better(x, top[g]) > 0) top[g] = x;
    });
    out.sort(function (a, b) {
      var ga = head(a), gb = head(b);
      return better(top[gb], top[ga]) || ga - gb || (a.doc === ga ? -1 : b.doc === gb ? 1 : 0)
        || better(b, a) || a.doc - b.doc;
    });
    var more = [];
    ts.forEach(function (t) {
      t.alts.slice(1).forEach(function (a) { a.forEach(function (w) { if (more.indexOf(w.f) < 0) more.push(w.f); }); });
    });
    return { all: most === need, list: out, fs: qs.map(fold), more: more };
  }

  // done(result): {all, list: [{doc, score, tier, url, title}], fs, more}. early(result): a big
  // site's first list, from the titles (result.early). later(): called instead of loading shards.
  function query(text, done, early, later) {
    var qs = words(text), prefix = !/\s$/.test(text);
    if (!qs.length) return done({ all: true, list: [], fs: [], more: [], prefix: prefix });
    function finish(r) {
      r.prefix = prefix;
      r.list.forEach(function (x) { x.url = store.meta.docs[x.doc][0]; x.title = store.meta.docs[x.doc][1]; });
      return r;
    }
    load(['meta'], function () {
      var need = [];
      terms(qs, prefix).forEach(function (t) {
        t.alts.forEach(function (a) {
          a.forEach(function (w) {
            shards(w.f, w.p).forEach(function (s) { if (need.indexOf(s) < 0) need.push(s); });
          });
        });
      });
      // the first list before the shards are asked for (quick when no title has every word)
      var missing = need.some(function (s) { return !store[s]; });
      if (early && store.meta.tw && missing) {
        var r = rank(qs, prefix, true);
        r.early = true;
        if (r.all && r.list.length) early(finish(r));
      }
      if (later && missing) return later();
      load(need, function () { done(finish(rank(qs, prefix))); });
    });
  }

  // The sentence (or heading, or description) with the most query words, cut to ~200 characters.
  function snippet(x, r) {
    var segs = [x[0]].concat(x[1].match(/[^.!?…]+[.!?…]*/g) || [], x[2]), best = x[0] || x[1], top = 0;
    segs.forEach(function (s) {
      var seen = {}, c = 0;
      words(s).forEach(function (v) {
        var f = fold(v);
        if (!seen[f] && matches(f, r)) { seen[f] = 1; c++; }
      });
      if (c > top) { top = c; best = s; }
    });
    best = best.trim();
    if (best.length > 200) {
      var re = new RegExp(WORD, 'gi'), m, at = 0;
      while ((m = re.exec(best))) if (matches(fold(m[0]), r)) { at = m.index; break; }
      at = Math.max(0, best.lastIndexOf(' ', Math.max(0, at - 40)));
      best = (at ? '…' : '') + best.slice(at, at + 200).trim() + (at + 200 < best.length ? '…' : '');
    }
    return best;
  }

  // Appends text to el with the matched words in <mark>.
  function highlight(el, text, r) {
    var re = new RegExp(WORD, 'gi'), m, at = 0;
    while ((m = re.exec(text))) {
      if (!matches(fold(m[0]), r)) continue;
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
    if (r.early) status('Các bài có đủ các từ trong tên; đang tìm tiếp…');
    else status((r.all ? n + ' kết quả' : 'Không có bài nào có đủ các từ; ' + n + ' bài có gần đủ')
      + (n > SHOW ? ', đây là ' + SHOW + ' bài đầu.' : '.'));
    top.forEach(function (x) {
      var doc = meta.docs[x.doc];
      var a = el('a', '', el('li', 'card', list));
      a.href = href(doc[0]);
      highlight(el('span', 'card-title', a), doc[1], r);
      if (meta.topics[doc[2]]) el('span', 'card-meta', a).textContent = meta.topics[doc[2]];
      el('span', 'card-desc', a).setAttribute('data-doc', x.doc);
    });
    snippets(r);
  }

  // Fills the cards' snippets whose excerpt file is in (the list shows before they arrive).
  function snippets(r) {
    [].forEach.call(list.querySelectorAll('.card-desc[data-doc]'), function (span) {
      var doc = +span.getAttribute('data-doc'), ex = store['x/' + Math.floor(doc / store.meta.chunk)];
      if (!ex) return;
      span.removeAttribute('data-doc');
      highlight(span, snippet(ex[doc % store.meta.chunk], r), r);
    });
  }

  // paused (typing), big site, last word of 1–2 letters ("dang k", whose shards weigh 100 KB+):
  // the first list only; the whole query after a longer pause
  function run(paused) {
    var text = input.value, mine = ++seq;
    if (!text.trim()) return show('', null);
    var qs = words(text), last = qs.length ? fold(qs[qs.length - 1]) : '';
    var wait = paused && store.meta && store.meta.tw && TYPING.test(text.toLowerCase()) && last.length < 3
      ? function () { slow = setTimeout(run, LONG_PAUSE); } : null;
    query(text, function (r) {
      var need = [];
      r.list.slice(0, SHOW).forEach(function (x) {
        var k = 'x/' + Math.floor(x.doc / store.meta.chunk);
        if (need.indexOf(k) < 0) need.push(k);
      });
      if (mine !== seq) return;
      show(text, r); // titles at once, from meta; snippets when their files are in
      setTimeout(function () { // once the list is drawn: starting the loads takes the main thread too
        if (mine === seq) load(need, function () { if (mine === seq) snippets(r); });
      }, 0);
    }, function (r) {
      if (mine === seq) show(text, r); // a first list from the titles while the word shards load
    }, wait);
  }

  var LONG_PAUSE = 450; // after the short pause: 600 ms after the last key
  input.addEventListener('input', function () {
    clearTimeout(timer);
    clearTimeout(slow);
    timer = setTimeout(function () { run(true); }, 150);
    prefetch(input.value);
  });

  // While typing: the shards of the words typed, and of the last once it has 3 letters.
  var TYPING = new RegExp(WORD + '$');
  function prefetch(text) {
    if (!store.meta) return;
    var qs = words(text), done = !TYPING.test(text.toLowerCase()), need = [];
    qs.forEach(function (q, i) {
      var f = fold(q), last = i === qs.length - 1 && !done;
      if (last && f.length < 3) return;
      shards(f, last).forEach(function (s) { if (!store[s] && need.indexOf(s) < 0) need.push(s); });
    });
    if (need.length) load(need, function () {});
  }
  form.addEventListener('submit', function (e) {
    if (broken) return; // let the browser go to tim-kiem/
    e.preventDefault();
    clearTimeout(timer);
    clearTimeout(slow);
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

  w.camnangSearch = { put: put, query: query, fold: fold, words: words, accents: accents };
  load(['meta'], function () {});
  var q = /[?&]q=([^&]*)/.exec(location.search);
  if (q && !input.value) input.value = decodeURIComponent(q[1].replace(/\+/g, ' '));
  if (input.value) run();
})(window, document);
