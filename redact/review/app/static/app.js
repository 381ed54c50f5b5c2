/* woo-redact review app: behaviour on top of the server-rendered pages. Every change goes through
   the JSON API under /api/ with the X-Woo-Review header (the server refuses state changes without
   it); after a change the page reloads, so what is shown is always what the manifests say. */
(function () {
  'use strict';
  var body = document.body;
  var msg = document.getElementById('msg');

  function say(text, ok) { msg.textContent = text; msg.className = ok ? 'ok' : ''; }
  (function () {  // a message left by the action before the reload
    var m = sessionStorage.getItem('woo-msg');
    if (m) { sessionStorage.removeItem('woo-msg'); say(m, true); }
  })();

  function api(method, url, data) {
    return fetch(url, {
      method: method, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-Woo-Review': '1'},
      body: data === undefined ? undefined : JSON.stringify(data)
    }).then(function (r) {
      return r.json().then(function (j) { return {status: r.status, json: j}; });
    });
  }

  // Post a change; reload on success or on a conflict (the state changed under us).
  function change(url, data, done) {
    return api('POST', url, data).then(function (r) {
      if (r.status === 200) { sessionStorage.setItem('woo-msg', done); location.reload(); return; }
      if (r.status === 409) {
        sessionStorage.setItem('woo-msg', 'Not saved: ' + r.json.error + ' — reloaded the current state.');
        location.reload(); return;
      }
      say('Not saved: ' + (r.json.error || r.status));
    }, function (e) { say('Not saved: ' + e); });
  }

  // -- page view -------------------------------------------------------------------------------
  var pageEl = document.getElementById('page');
  var itemsEl = document.getElementById('items');
  if (itemsEl) {
    var items = JSON.parse(itemsEl.textContent);
    var byId = {};
    items.forEach(function (it) { byId[it.id] = it; });
    var boxes = Array.prototype.slice.call(document.querySelectorAll('#page .box'));
    var order = items.map(function (it) { return it.id; });
    var selected = null;
    var file = body.dataset.file, version = parseInt(body.dataset.version, 10);
    var pageNo = parseInt(body.dataset.page, 10);
    var bRedact = document.getElementById('btn-redact'), bKeep = document.getElementById('btn-keep');

    function select(id) {
      selected = byId[id] || null;
      boxes.forEach(function (b) { b.classList.toggle('selected', b.dataset.id === id); });
      document.querySelectorAll('#page-findings tr').forEach(function (tr) {
        tr.classList.toggle('selected', tr.dataset.id === id);
      });
      var d = document.getElementById('details');
      d.hidden = !selected;
      var area = selected && selected.entity === 'AREA';
      bRedact.disabled = bKeep.disabled = !selected || area;
      document.getElementById('btn-remove-area').hidden = !area;
      if (!selected) return;
      var show = {id: selected.id, text: selected.text, entity: selected.entity,
                  decision: selected.decision + (selected.suggested ? ' (suggested)' : ''),
                  ground: selected.ground || '', rules: (selected.rules || []).join(', '),
                  detectors: (selected.detectors || []).join(', '), score: selected.score,
                  origin: selected.origin, reason: selected.reason || ''};
      Object.keys(show).forEach(function (k) { document.getElementById('d-' + k).textContent = show[k]; });
      if (selected.ground) document.getElementById('ground').value = selected.ground;
    }
    boxes.forEach(function (b) {
      b.addEventListener('click', function (ev) { ev.stopPropagation(); if (!drawing) select(b.dataset.id); });
    });
    document.querySelectorAll('#page-findings tr[data-id]').forEach(function (tr) {
      tr.addEventListener('click', function () { select(tr.dataset.id); });
    });

    function decide(decision) {
      if (!selected) { say('Click a box or a row first.'); return; }
      change('/api/decisions', {
        file: file, version: version, id: selected.id, decision: decision,
        ground: decision === 'redact' ? document.getElementById('ground').value : '',
        scope: document.getElementById('scope').value, reason: document.getElementById('reason').value
      }, selected.text + ': ' + decision + ' (' + document.getElementById('scope').value + ')');
    }
    bRedact.addEventListener('click', function () { decide('redact'); });
    document.getElementById('btn-remove-area').addEventListener('click', function () {
      if (selected) change('/api/areas/remove', {file: file, version: version, id: selected.id}, 'area removed');
    });
    bKeep.addEventListener('click', function () { decide('keep'); });

    function toggleChecked() {
      var now = body.dataset.checked !== 'true';
      change('/api/checked', {file: file, version: version, page: pageNo, checked: now},
             'page ' + pageNo + (now ? ' checked' : ' unchecked'));
    }
    document.getElementById('btn-checked').addEventListener('click', toggleChecked);

    // drawing an area: drag a rectangle on the page; it is sent in percent of the page
    var drawing = false, start = null, rubber = null;
    var bArea = document.getElementById('btn-area');
    function setDrawing(on) {
      if (!pageEl) return;
      drawing = on; pageEl.classList.toggle('drawing', on);
      bArea.textContent = on ? 'cancel drawing' : 'draw area';
    }
    bArea.addEventListener('click', function () { setDrawing(!drawing); });
    function pct(ev) {
      var r = pageEl.getBoundingClientRect();
      return [Math.min(100, Math.max(0, 100 * (ev.clientX - r.left) / r.width)),
              Math.min(100, Math.max(0, 100 * (ev.clientY - r.top) / r.height))];
    }
    if (pageEl) {
      pageEl.addEventListener('mousedown', function (ev) {
        if (!drawing) return;
        ev.preventDefault();
        start = pct(ev);
        rubber = document.createElement('div'); rubber.className = 'rubber'; pageEl.appendChild(rubber);
      });
      pageEl.addEventListener('mousemove', function (ev) {
        if (!drawing || !start) return;
        var p = pct(ev);
        rubber.style.left = Math.min(start[0], p[0]) + '%'; rubber.style.top = Math.min(start[1], p[1]) + '%';
        rubber.style.width = Math.abs(p[0] - start[0]) + '%'; rubber.style.height = Math.abs(p[1] - start[1]) + '%';
      });
      pageEl.addEventListener('mouseup', function (ev) {
        if (!drawing || !start) return;
        var p = pct(ev), s = start; start = null;
        var rect = [Math.min(s[0], p[0]), Math.min(s[1], p[1]), Math.max(s[0], p[0]), Math.max(s[1], p[1])];
        if (rect[2] - rect[0] < 0.5 || rect[3] - rect[1] < 0.5) { rubber.remove(); return; }
        change('/api/areas', {file: file, version: version, page: pageNo, rect_pct: rect,
                              ground: document.getElementById('ground').value,
                              reason: document.getElementById('reason').value}, 'area added on page ' + pageNo);
      });
    }

    // selecting words: the page's words are laid over the image; click them, then redact the phrase
    var bWords = document.getElementById('btn-words'), picked = [], wordEls = null;
    function showPicked() {
      var text = picked.map(function (w) { return w.text; }).join(' ');
      document.getElementById('words-picked').textContent = text;
      document.getElementById('btn-redact-words').disabled = !text;
    }
    function setWords(on) {
      if (!pageEl) return;
      document.getElementById('words-bar').hidden = !on;
      bWords.textContent = on ? 'stop selecting' : 'select words';
      pageEl.classList.toggle('selecting', on);
      if (!on) { if (wordEls) wordEls.forEach(function (e) { e.remove(); }); wordEls = null; picked = []; showPicked(); return; }
      var q = '/api/pages?words=1&file=' + encodeURIComponent(file) + '&page=' + pageNo;
      api('GET', q).then(function (r) {
        wordEls = r.json.words.map(function (w, i) {
          var e = document.createElement('div');
          e.className = 'word'; e.dataset.i = i; e.title = w.text;
          e.style.left = w.percent[0] + '%'; e.style.top = w.percent[1] + '%';
          e.style.width = w.percent[2] + '%'; e.style.height = w.percent[3] + '%';
          e.addEventListener('click', function (ev) {
            ev.stopPropagation();
            var at = picked.indexOf(w);
            if (at >= 0) picked.splice(at, 1); else picked.push(w);
            picked.sort(function (a, b) { return r.json.words.indexOf(a) - r.json.words.indexOf(b); });
            e.classList.toggle('picked', at < 0);
            showPicked();
          });
          pageEl.appendChild(e);
          return e;
        });
      });
    }
    bWords.addEventListener('click', function () { setWords(!wordEls); });
    document.getElementById('btn-redact-words').addEventListener('click', function () {
      var text = picked.map(function (w) { return w.text; }).join(' ');
      change('/api/terms', {file: file, version: version, text: text, ground: document.getElementById('ground').value,
                            reason: document.getElementById('reason').value}, '"' + text + '" will be redacted');
    });

    function step(d) {
      if (!order.length) return;
      var i = selected ? order.indexOf(selected.id) : -1;
      select(order[(i + d + order.length) % order.length]);
    }
    document.addEventListener('keydown', function (ev) {
      var t = ev.target.tagName;
      if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var link = null;
      switch (ev.key) {
        case 'n': step(1); break;
        case 'p': step(-1); break;
        case 'r': if (!bRedact.disabled) decide('redact'); break;
        case 'k': if (!bKeep.disabled) decide('keep'); break;
        case 'c': toggleChecked(); break;
        case 'a': setDrawing(!drawing); break;
        case 'w': setWords(!wordEls); break;
        case 'Escape': setDrawing(false); select(null); break;
        case 'ArrowRight': link = document.getElementById('next-page'); break;
        case 'ArrowLeft': link = document.getElementById('prev-page'); break;
        default: return;
      }
      if (link) location.href = link.href;
      ev.preventDefault();
    });
  }

  // -- search: redact the term in the chosen documents ------------------------------------------
  var hitsForm = document.getElementById('redact-hits');
  if (hitsForm) {
    hitsForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var chosen = Array.prototype.filter.call(document.querySelectorAll('.hit-doc'), function (c) { return c.checked; });
      var text = hitsForm.dataset.text, done = 0, failed = [];
      Promise.all(chosen.map(function (c) {
        return api('POST', '/api/terms', {file: c.dataset.file, version: parseInt(c.dataset.version, 10), text: text,
                                          ground: document.getElementById('ground').value,
                                          reason: document.getElementById('reason').value})
          .then(function (r) { if (r.status === 200) done++; else failed.push(c.dataset.file + ': ' + r.json.error); });
      })).then(function () {
        say(done + ' document(s) will redact "' + text + '" when published.' +
            (failed.length ? ' Not saved: ' + failed.join('; ') : ''), !failed.length);
      });
    });
  }

  // -- publish ---------------------------------------------------------------------------------
  var bPublish = document.getElementById('btn-publish');
  if (bPublish) {
    var stateEl = document.getElementById('publish-state');
    var show = function (s) {
      stateEl.dataset.state = s.state;
      stateEl.textContent = s.state === 'running' ? 'publishing… ' + s.done + ' / ' + s.files + ' files'
        : s.state === 'failed' ? 'failed: ' + s.error : s.state;
      if (s.state === 'done') {
        document.getElementById('diff').textContent = s.diff_text;
        var tb = document.querySelector('#publish-files tbody');
        tb.textContent = '';
        s.files.forEach(function (f) {
          var tr = document.createElement('tr');
          [f.key, f.status, f.redactions, f.reason].forEach(function (v) {
            var td = document.createElement('td'); td.textContent = v === undefined ? '' : v; tr.appendChild(td);
          });
          tb.appendChild(tr);
        });
        document.getElementById('publish-files').hidden = false;
      }
      bPublish.disabled = s.state === 'running';
      if (s.state === 'running') setTimeout(poll, 500);
    };
    var poll = function () { api('GET', '/api/publish').then(function (r) { show(r.json); }); };
    bPublish.addEventListener('click', function () {
      api('POST', '/api/publish', {}).then(function (r) {
        if (r.status === 202 || r.status === 409) show(r.json); else say('Not started: ' + r.json.error);
      });
    });
    poll();
  }
})();
