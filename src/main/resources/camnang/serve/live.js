// Cẩm nang số — live reload and error overlay, injected only by `camnang serve`.
// The box shows what the terminal prints: file:line, the message, the source line with a caret
// under the column, and the hint; warnings are listed below the errors, collapsed.
(function () {
  'use strict';
  var box = null;
  var vi = true;
  function t(viText, enText) { return vi ? viText : enText; }
  function hide() { if (box) { box.remove(); box = null; } }
  function el(tag, cls, css, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (css) { e.style.cssText = css; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function item(d, error) {
    var it = el('div', error ? 'camnang-error' : 'camnang-warning',
      'margin:12px 0;padding:12px;border-left:4px solid ' + (error ? '#ff6b57' : '#ffd166') +
      ';background:#2b2b2b;word-break:break-word');
    it.appendChild(el('div', 'camnang-error-where', 'font-family:ui-monospace,monospace;color:#9fd3ff',
      (d.file || 'camnang') + (d.line ? ':' + d.line + (d.column ? ':' + d.column : '') : '') + ': ' + d.severity));
    it.appendChild(el('div', 'camnang-error-message', '', d.message));
    if (d.source !== null && d.source !== undefined) {
      var pre = el('pre', 'camnang-error-source',
        'margin:6px 0;padding:6px 8px;background:#111;color:#eee;overflow:auto;font:14px/1.4 ui-monospace,monospace');
      var text = d.source;
      if (d.column) { text += '\n' + new Array(Math.min(d.column, d.source.length + 1)).join(' ') + '^'; }
      pre.textContent = text;
      it.appendChild(pre);
    }
    if (d.hint) {
      it.appendChild(el('div', 'camnang-error-hint', 'color:#c8e6c9;margin-top:4px;white-space:pre-wrap',
        t('Cách sửa: ', 'Hint: ') + d.hint));
    }
    return it;
  }
  function warningList(ws, open) {
    var det = el('details', 'camnang-warnings', 'margin-top:8px');
    if (open) { det.open = true; }
    det.appendChild(el('summary', '', 'cursor:pointer;color:#ffd166',
      t('Cảnh báo (' + ws.length + '): nên sửa, trang vẫn tạo được', 'Warnings (' + ws.length + ')')));
    ws.forEach(function (w) { det.appendChild(item(w, false)); });
    return det;
  }
  function show(status) {
    hide();
    if (!status) { return; }
    vi = status.lang !== 'en';
    var errors = status.ok ? [] : (status.errors || []);
    var warnings = status.warnings || [];
    if (!errors.length && !warnings.length) { return; }
    if (!errors.length) {
      // warnings only: a small strip at the bottom that does not hide the page
      box = el('div', '', 'position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;' +
        'background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 system-ui,sans-serif;padding:4px 12px');
      box.id = 'camnang-warning-strip';
      box.appendChild(warningList(warnings, false));
      document.body.appendChild(box);
      return;
    }
    box = el('div', '', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);' +
      'color:#fff;font:16px/1.5 system-ui,sans-serif;padding:16px');
    box.id = 'camnang-error-overlay';
    box.setAttribute('role', 'alert');
    box.appendChild(el('h2', '', 'margin:0 0 8px;color:#ffb4a9;font-size:20px',
      t('Lỗi khi tạo trang (' + errors.length + ')', 'Build errors (' + errors.length + ')')));
    box.appendChild(el('p', '', '', t('Sửa tệp rồi lưu lại: trang sẽ tự tải lại. Trang đang xem là bản đúng gần nhất.',
      'Fix the file and save: the page reloads. The page shown is the last good build.')));
    errors.forEach(function (e) { box.appendChild(item(e, true)); });
    if (warnings.length) { box.appendChild(warningList(warnings, false)); }
    document.body.appendChild(box);
  }
  var build = null;
  var es = new EventSource('/__camnang/events');
  es.addEventListener('hello', function (ev) {
    var s = JSON.parse(ev.data);
    if (build !== null && s.ok && s.build !== build) { location.reload(); return; }
    build = s.build;
    show(s);
  });
  es.addEventListener('reload', function () { location.reload(); });
  es.addEventListener('status', function (ev) { show(JSON.parse(ev.data)); });
  window.camnangLive = { lastBuild: function () { return build; } };
})();
