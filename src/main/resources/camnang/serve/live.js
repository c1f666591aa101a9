// Cẩm nang số — live reload and error overlay, injected only by `camnang serve`.
(function () {
  'use strict';
  var box = null;
  function hide() { if (box) { box.remove(); box = null; } }
  function show(status) {
    if (!status || status.ok || !status.errors || !status.errors.length) { hide(); return; }
    hide();
    box = document.createElement('div');
    box.id = 'camnang-error-overlay';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);' +
      'color:#fff;font:16px/1.5 system-ui,sans-serif;padding:16px';
    var h = document.createElement('h2');
    h.textContent = 'Lỗi khi tạo trang (' + status.errors.length + ')';
    h.style.cssText = 'margin:0 0 8px;color:#ffb4a9;font-size:20px';
    box.appendChild(h);
    var p = document.createElement('p');
    p.textContent = 'Sửa tệp rồi lưu lại: trang sẽ tự tải lại. Trang đang xem là bản đúng gần nhất.';
    box.appendChild(p);
    status.errors.forEach(function (e) {
      var item = document.createElement('div');
      item.className = 'camnang-error';
      item.style.cssText = 'margin:12px 0;padding:12px;border-left:4px solid #ff6b57;background:#2b2b2b;word-break:break-word';
      var where = document.createElement('div');
      where.className = 'camnang-error-where';
      where.style.cssText = 'font-family:ui-monospace,monospace;color:#9fd3ff';
      where.textContent = e.file + (e.line ? ':' + e.line : '');
      var msg = document.createElement('div');
      msg.className = 'camnang-error-message';
      msg.textContent = e.message;
      item.appendChild(where);
      item.appendChild(msg);
      if (e.hint) {
        var hint = document.createElement('div');
        hint.style.cssText = 'color:#c8e6c9;margin-top:4px';
        hint.textContent = 'Gợi ý: ' + e.hint;
        item.appendChild(hint);
      }
      box.appendChild(item);
    });
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
