// Cẩm nang số: additions to Decap CMS for this site's content model, then start it.
(function () {
  var CMS = window.CMS;
  var KINDS = [
    { label: 'Cảnh báo', value: 'warning' },
    { label: 'Nguy hiểm', value: 'danger' },
    { label: 'Mẹo', value: 'tip' },
    { label: 'Lưu ý', value: 'note' }
  ];
  var NAMES = { warning: 'Cảnh báo', danger: 'Nguy hiểm', tip: 'Mẹo', note: 'Lưu ý' };

  // Callouts, as the build reads them:  !!! warning "Tiêu đề"  then lines indented by 4 spaces.
  CMS.registerEditorComponent({
    id: 'callout',
    label: 'Hộp cảnh báo',
    fields: [
      { name: 'kind', label: 'Loại', widget: 'select', options: KINDS, default: 'warning' },
      { name: 'title', label: 'Tiêu đề', widget: 'string', required: false },
      { name: 'text', label: 'Nội dung', widget: 'text' }
    ],
    pattern: /^!!! (warning|danger|tip|note)(?:[ \t]+"([^"\n]*)")?[ \t]*\n((?: {4}[^\n]*(?:\n|$)|\n(?= {4}))+)/,
    fromBlock: function (m) {
      var text = m[3].split('\n').map(function (l) { return l.replace(/^ {4}/, ''); }).join('\n').trim();
      return { kind: m[1], title: m[2] || '', text: text };
    },
    toBlock: function (d) {
      var title = (d.title || '').trim().replace(/"/g, '”');
      var body = (d.text || '').trim().split('\n').map(function (l) { return l.trim() ? '    ' + l : ''; }).join('\n');
      return '!!! ' + (d.kind || 'warning') + (title ? ' "' + title + '"' : '') + '\n' + body;
    },
    toPreview: function (d) {
      var esc = function (s) {
        return String(s || '').replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
      };
      return '<div style="border-left:4px solid #b45309;padding:.5em 1em;margin:1em 0;background:#fff7ed">'
        + '<strong>' + esc(d.title || NAMES[d.kind] || '') + '</strong><p>' + esc(d.text) + '</p></div>';
    }
  });

  // Leave out what the editor left empty (an empty date, an unfilled "Đã kiểm tra"): the build
  // reads an empty value as a wrong one.
  function empty(v) {
    if (v === null || v === undefined) return true;
    if (typeof v === 'string') return v.trim() === '';
    if (Array.isArray(v)) return v.every(empty);
    if (typeof v === 'object') return Object.keys(v).every(function (k) { return empty(v[k]); });
    return false;
  }
  function emptyPaths(v, path, out) {
    if (path.length && empty(v)) { out.push(path); return; }
    if (Array.isArray(v)) {
      for (var i = v.length - 1; i >= 0; i--) emptyPaths(v[i], path.concat([i]), out);
    } else if (v && typeof v === 'object') {
      Object.keys(v).forEach(function (k) { if (k !== 'body') emptyPaths(v[k], path.concat([k]), out); });
    }
  }
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (ev) {
      var data = ev.entry.get('data');
      var paths = [];
      emptyPaths(data.toJS(), [], paths);
      paths.forEach(function (p) { data = data.deleteIn(p); });
      return data;
    }
  });

  CMS.init();
})();
