/*
 * Dashboard of the MPP Integration Hub: plain JavaScript, no framework, nothing loaded from outside
 * the hub (the page's Content-Security-Policy allows 'self' only). It reads the admin API
 * (GET /api/v1/admin/connectors every 3 s, and the open agency's drill-down) with the API key the
 * user typed, kept in this tab's sessionStorage, and draws its charts as inline SVG.
 */
(function () {
  'use strict';

  var API = '/api/v1/admin/connectors';
  var KEY_STORE = 'mpp-dashboard-api-key';
  /** Poll period: the issue asks for at most 5 s between updates. */
  var POLL_MS = 3000;
  /** A poll that has not answered by then counts as "hub unreachable". */
  var TIMEOUT_MS = 4000;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  var STATES = {
    UP: 'NORMAL (UP)',
    DEGRADED: 'TERGANGGU (DEGRADED)',
    DOWN: 'MATI (DOWN)',
    CLOSED: 'TUTUP (CLOSED)',
    DISABLED: 'NONAKTIF (DISABLED)'
  };
  var STATE_COLOURS = {
    UP: '#1b7f3b', DEGRADED: '#a35f00', DOWN: '#b3261e', CLOSED: '#36598a', DISABLED: '#5f6368'
  };

  var session = {
    key: null,
    role: null,
    timer: null,
    lastOk: null,
    agency: null,        // the agency whose drill-down is open
    pending: null        // the admin action waiting for confirmation
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function show(node, on) { node.hidden = !on; }

  // ---- formatting -------------------------------------------------------------------------------

  var timeFormat = (function () {
    try {
      return new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit',
        second: '2-digit', hour12: false });
    } catch (e) {
      return null;
    }
  })();
  var dateTimeFormat = (function () {
    try {
      return new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: '2-digit', month: 'short',
        hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    } catch (e) {
      return null;
    }
  })();

  /** A time of day in Jakarta (WIB), whatever the browser's own zone. */
  function clock(value) {
    if (value === null || value === undefined) { return '–'; }
    var d = value instanceof Date ? value : new Date(value);
    if (isNaN(d.getTime())) { return String(value); }
    return (timeFormat ? timeFormat.format(d) : d.toISOString().substring(11, 19)) + ' WIB';
  }

  function dateTime(value) {
    if (value === null || value === undefined) { return '–'; }
    var d = new Date(value);
    if (isNaN(d.getTime())) { return String(value); }
    return (dateTimeFormat ? dateTimeFormat.format(d) : d.toISOString()) + ' WIB';
  }

  /** A count from the API: -1 means the broker could not tell. */
  function count(n) {
    if (n === null || n === undefined) { return '–'; }
    return n < 0 ? '?' : String(n);
  }

  function ms(n) {
    if (n === null || n === undefined) { return '–'; }
    return (n >= 100 ? Math.round(n) : Math.round(n * 10) / 10) + ' ms';
  }

  /** Seconds as "2 j 5 mnt", "4 mnt 10 dtk" or "12 dtk". */
  function duration(seconds) {
    if (seconds === null || seconds === undefined || seconds < 0) { return '–'; }
    var s = Math.round(seconds);
    if (s >= 3600) { return Math.floor(s / 3600) + ' j ' + Math.floor(s % 3600 / 60) + ' mnt'; }
    if (s >= 60) { return Math.floor(s / 60) + ' mnt ' + s % 60 + ' dtk'; }
    return s + ' dtk';
  }

  function stateLabel(state) {
    return STATES[state] || ('TIDAK DIKETAHUI (' + (state || 'UNKNOWN') + ')');
  }

  // ---- talking to the hub -----------------------------------------------------------------------

  /** The outcome of one call: {ok, status, body} or {ok:false, status:0, network:true}. */
  function call(method, path) {
    var controller = new AbortController();
    var timeout = setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    // Problems come as application/problem+json, which the page reads as JSON too.
    var headers = { 'X-API-Key': session.key, 'Accept': 'application/json, application/problem+json' };
    if (method !== 'GET') {
      // The actions take no body; a POST still declares JSON, as the API's own clients do.
      headers['Content-Type'] = 'application/json';
    }
    return fetch(path, {
      method: method,
      headers: headers,
      cache: 'no-store',
      signal: controller.signal
    }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        return { ok: response.ok, status: response.status, body: body };
      });
    }, function () {
      return { ok: false, status: 0, network: true, body: null };
    }).finally(function () { clearTimeout(timeout); });
  }

  /** What a failed call tells the user, in Indonesian with the technical term. */
  function failureText(result) {
    if (result.network) {
      return 'Hub tidak dapat dihubungi (unreachable)';
    }
    var detail = result.body && (result.body.detail || result.body.title);
    if (result.status === 401) {
      return 'Kunci API tidak dikenal (401 Unauthorized)' + (detail ? ': ' + detail : '');
    }
    if (result.status === 403) {
      return 'Kunci API ini tidak berhak (403 Forbidden): gunakan kunci integrator atau admin'
        + (detail ? ' — ' + detail : '');
    }
    return 'Hub menjawab HTTP ' + result.status + (detail ? ': ' + detail : '');
  }

  // ---- sign-in ----------------------------------------------------------------------------------

  function signIn(key) {
    session.key = key;
    try { sessionStorage.setItem(KEY_STORE, key); } catch (e) { /* private mode: kept in memory only */ }
    show($('signin-error'), false);
    $('signin-button').disabled = true;
    refresh();
  }

  function signOut(message) {
    clearTimeout(session.timer);
    session.timer = null;
    session.key = null;
    session.role = null;
    session.lastOk = null;
    try { sessionStorage.removeItem(KEY_STORE); } catch (e) { /* nothing kept */ }
    closeDetail();
    $('tiles').textContent = '';
    show($('board'), false);
    show($('offline'), false);
    show($('who'), false);
    show($('signout'), false);
    $('updated').textContent = 'Belum diperbarui';
    show($('signin'), true);
    $('signin-button').disabled = false;
    $('api-key').value = '';
    var error = $('signin-error');
    error.textContent = message || '';
    show(error, !!message);
    $('api-key').focus();
  }

  // ---- the board --------------------------------------------------------------------------------

  function schedule() {
    clearTimeout(session.timer);
    if (session.key) {
      session.timer = setTimeout(refresh, POLL_MS);
    }
  }

  function refresh() {
    if (!session.key) { return; }
    call('GET', API).then(function (result) {
      if (!session.key) { return; }
      if (result.status === 401 || result.status === 403) {
        signOut(failureText(result));
        return;
      }
      if (!result.ok || !result.body || !Array.isArray(result.body.agencies)) {
        unreachable(result.ok ? 'Jawaban hub tidak dapat dibaca (unexpected answer)' : failureText(result));
        schedule();
        return;
      }
      session.lastOk = new Date();
      show($('offline'), false);
      $('tiles').classList.remove('stale');
      showSignedIn(result.body.you || {});
      renderTiles(result.body.agencies);
      $('updated').textContent = 'Terakhir diperbarui: ' + clock(session.lastOk);
      var next = session.agency ? refreshDetail() : Promise.resolve();
      next.then(schedule, schedule);
    });
  }

  function unreachable(text) {
    var banner = $('offline');
    banner.textContent = '⚠ ' + text + '. '
      + (session.lastOk ? 'Data di layar dari ' + clock(session.lastOk) + '; ' : '')
      + 'dicoba lagi tiap ' + (POLL_MS / 1000) + ' detik.';
    show(banner, true);
    $('tiles').classList.add('stale');
    if (!session.lastOk) {
      // Signed in but never answered: keep the key, show the (empty) board under the warning.
      show($('signin'), false);
      show($('board'), true);
      show($('signout'), true);
    }
  }

  function showSignedIn(you) {
    session.role = you.role || null;
    show($('signin'), false);
    show($('board'), true);
    show($('signout'), true);
    var who = $('who');
    who.textContent = (you.client || 'klien') + ' · ' + (you.role || '?');
    show(who, true);
    // Admins act on every agency; an agency's own team on its own (the only tile it is shown).
    show($('actions'), session.role === 'ADMIN' || session.role === 'AGENCY');
  }

  function renderTiles(agencies) {
    var grid = $('tiles');
    var existing = {};
    Array.prototype.forEach.call(grid.children, function (t) { existing[t.getAttribute('data-agency')] = t; });
    var counts = {};
    agencies.forEach(function (a, i) {
      var tile = existing[a.agency];
      if (!tile) {
        tile = el('article', 'tile');
        tile.setAttribute('data-agency', a.agency);
        tile.setAttribute('tabindex', '0');
        tile.setAttribute('role', 'button');
        tile.addEventListener('click', function () { openDetail(a.agency); });
        tile.addEventListener('keydown', function (ev) {
          if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); openDetail(a.agency); }
        });
      }
      delete existing[a.agency];
      if (grid.children[i] !== tile) {
        grid.insertBefore(tile, grid.children[i] || null);
      }
      fillTile(tile, a);
      counts[a.state] = (counts[a.state] || 0) + 1;
    });
    Object.keys(existing).forEach(function (slug) { grid.removeChild(existing[slug]); });
    renderSummary(agencies.length, counts);
  }

  function fillTile(tile, a) {
    tile.setAttribute('data-state', a.state || 'UNKNOWN');
    tile.setAttribute('aria-label', (a.name || a.agency) + ': ' + stateLabel(a.state));
    tile.textContent = '';
    // The full name and the slug on hover: a long name is cut to keep the grid at three rows.
    tile.title = (a.name || a.agency) + ' (' + a.agency + ')';
    tile.appendChild(el('h3', null, a.shortName || a.name || a.agency));
    tile.appendChild(el('p', 'state', stateLabel(a.state)));
    var latency = a.latencyMs || {};
    var dl = el('dl');
    [
      ['Sirkuit (circuit)', a.circuit || '–'],
      ['Antrean (queue)', count(a.queueDepth)],
      ['Ditahan (held)', count(a.held)],
      ['DLQ', count(a.deadLetters)],
      ['Latensi p50 / p95', latency.p50 === null || latency.p50 === undefined ? '–'
        : Math.round(latency.p50) + ' / ' + Math.round(latency.p95) + ' ms'],
      ['Panggilan 5 mnt', latency.calls === undefined ? '–' : latency.calls + ' · gagal ' + (latency.failures || 0)]
    ].forEach(function (row) {
      dl.appendChild(el('dt', null, row[0]));
      dl.appendChild(el('dd', null, row[1]));
    });
    tile.appendChild(dl);
    if (a.deliveries && a.deliveries.held) {
      tile.appendChild(el('span', 'flag', 'Pengiriman ditahan: ' + (a.deliveries.reasons || []).join(', ')));
    }
  }

  function renderSummary(total, counts) {
    var box = $('summary');
    box.textContent = '';
    box.appendChild(el('span', null, total + ' instansi'));
    Object.keys(STATES).forEach(function (s) {
      if (counts[s]) { box.appendChild(el('span', 'count-' + s.toLowerCase(), stateLabel(s) + ': ' + counts[s])); }
    });
  }

  // ---- drill-down -------------------------------------------------------------------------------

  function openDetail(agency) {
    session.agency = agency;
    $('detail-title').textContent = agency;
    $('detail-state').textContent = '';
    $('detail-figures').textContent = '';
    show($('detail-error'), false);
    show($('action-result'), false);
    cancelConfirm();
    show($('detail'), true);
    $('detail-close').focus();
    refreshDetail();
  }

  function closeDetail() {
    session.agency = null;
    cancelConfirm();
    show($('detail'), false);
  }

  function refreshDetail() {
    var agency = session.agency;
    if (!agency) { return Promise.resolve(); }
    return call('GET', API + '/' + encodeURIComponent(agency)).then(function (result) {
      if (session.agency !== agency) { return; }
      var error = $('detail-error');
      if (!result.ok || !result.body) {
        error.textContent = failureText(result);
        show(error, true);
        return;
      }
      show(error, false);
      renderDetail(result.body);
    });
  }

  function renderDetail(a) {
    $('detail-title').textContent = (a.name || a.agency) + ' (' + a.agency + ')';
    var badge = $('detail-state');
    badge.textContent = stateLabel(a.state);
    badge.setAttribute('data-state', a.state || 'UNKNOWN');
    $('detail').setAttribute('data-agency', a.agency);

    var latency = a.latencyMs || {};
    var deliveries = a.deliveries || {};
    var figures = $('detail-figures');
    figures.textContent = '';
    [
      ['Sirkuit (circuit)', a.circuit || '–'],
      ['Antrean (queue)', count(a.queueDepth)],
      ['Ditahan (held)', count(a.held)],
      ['Sedang berjalan (in flight)', count(a.inFlight)],
      ['DLQ (dead letters)', count(a.deadLetters)],
      ['Latensi p50', ms(latency.p50)],
      ['Latensi p95', ms(latency.p95)],
      ['Panggilan 5 menit (calls)', latency.calls === undefined ? '–' : latency.calls],
      ['Gagal 5 menit (failures)', latency.failures === undefined ? '–' : latency.failures],
      ['Tunggu terlama (oldest waiting)', a.oldestWaitingSeconds === undefined ? '–' : duration(a.oldestWaitingSeconds)],
      ['Lewat SLA (SLA overdue)', a.slaOverdue === undefined ? '–' : count(a.slaOverdue)],
      ['Sukses terakhir (last success)', dateTime(a.lastSuccessAt)],
      ['Pengiriman (deliveries)', deliveries.held
        ? 'DITAHAN (held): ' + (deliveries.reasons || []).join(', ') : 'berjalan (flowing)']
    ].forEach(function (row) {
      var line = el('div');
      line.appendChild(el('span', null, row[0]));
      line.appendChild(el('span', null, row[1]));
      figures.appendChild(line);
    });
    if (a.lastError) {
      var err = el('div', 'wide');
      err.appendChild(el('span', null, 'Galat terakhir (last error): '));
      err.appendChild(el('span', null, dateTime(a.lastError.at) + ' — ' + (a.lastError.reason || '')));
      figures.appendChild(err);
    }

    var history = Array.isArray(a.history) ? a.history : [];
    lineChart($('chart-latency'), history, [
      { key: 'p50', name: 'p50', colour: '#2f5d8a' },
      { key: 'p95', name: 'p95', colour: '#c25e00' }
    ], 'ms');
    lineChart($('chart-queue'), history, [
      { key: 'queueDepth', name: 'antrean (queue)', colour: '#2f5d8a' },
      { key: 'held', name: 'ditahan (held)', colour: '#a35f00' },
      { key: 'deadLetters', name: 'DLQ', colour: '#b3261e' }
    ], '');
    stateStrip($('chart-states'), history);
    renderFailures(Array.isArray(a.recentFailures) ? a.recentFailures : []);
  }

  function renderFailures(failures) {
    var body = $('failures').tBodies[0];
    body.textContent = '';
    if (!failures.length) {
      var empty = el('tr');
      var cell = el('td', null, 'Tidak ada kegagalan tercatat (no recent failures).');
      cell.colSpan = 5;
      empty.appendChild(cell);
      body.appendChild(empty);
      return;
    }
    failures.forEach(function (f) {
      var row = el('tr');
      row.appendChild(el('td', null, dateTime(f.at)));
      row.appendChild(el('td', 'mono', f.requestId || '–'));
      row.appendChild(el('td', null, (f.service || '–') + (f.mode ? ' (' + f.mode + ')' : '')));
      row.appendChild(el('td', null, f.kind || '–'));
      row.appendChild(el('td', null, f.reason || ''));
      body.appendChild(row);
    });
  }

  // ---- charts (inline SVG) ----------------------------------------------------------------------

  /** A value of a sample for the chart: null for none, and -1 ("unknown") as none too. */
  function sampleValue(sample, key) {
    var v = sample[key];
    return typeof v === 'number' && v >= 0 ? v : null;
  }

  /** A round upper bound for the y axis. */
  function niceMax(max) {
    if (!(max > 0)) { return 1; }
    var magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * magnitude >= max) { return steps[i] * magnitude; }
    }
    return 10 * magnitude;
  }

  /** An axis label: hours and minutes, with seconds when the chart spans less than 10 minutes. */
  function axisTime(t, spanMs) {
    var text = clock(t).replace(/ WIB$/, '');
    return spanMs < 10 * 60 * 1000 ? text : text.replace(/[.:]\d\d$/, '');
  }

  function lineChart(container, history, series, unit) {
    var width = Math.max(container.clientWidth || 0, 300);
    var height = 170;
    var pad = { left: 44, right: 10, top: 18, bottom: 20 };
    var plotW = width - pad.left - pad.right;
    var plotH = height - pad.top - pad.bottom;
    var root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img' });

    var times = history.map(function (s) { return Date.parse(s.at); });
    var max = 0;
    history.forEach(function (s) {
      series.forEach(function (line) {
        var v = sampleValue(s, line.key);
        if (v !== null && v > max) { max = v; }
      });
    });
    var top = niceMax(max);
    var t0 = times.length ? times[0] : 0;
    var t1 = times.length ? times[times.length - 1] : 1;
    var span = t1 > t0 ? t1 - t0 : 1;
    function x(i) { return pad.left + (times.length > 1 ? (times[i] - t0) / span * plotW : plotW / 2); }
    function y(v) { return pad.top + plotH - v / top * plotH; }

    [0, 0.5, 1].forEach(function (f) {
      var gy = pad.top + plotH - f * plotH;
      root.appendChild(svg('line', { x1: pad.left, x2: pad.left + plotW, y1: gy, y2: gy, 'class': 'grid' }));
      var label = Math.round(top * f * 10) / 10;
      root.appendChild(svg('text', { x: pad.left - 4, y: gy + 3, 'text-anchor': 'end', 'class': 'axis' },
        label + (unit && f === 1 ? ' ' + unit : '')));
    });

    if (!history.length) {
      root.appendChild(svg('text', { x: pad.left + plotW / 2, y: pad.top + plotH / 2, 'text-anchor': 'middle',
        'class': 'empty' }, 'Belum ada data (no samples yet)'));
    } else {
      [0, Math.floor((history.length - 1) / 2), history.length - 1].forEach(function (i, n, all) {
        if (n > 0 && i === all[n - 1]) { return; }
        var anchor = n === 0 ? 'start' : n === 2 ? 'end' : 'middle';
        root.appendChild(svg('text', { x: x(i), y: height - 5, 'text-anchor': anchor, 'class': 'axis' },
          axisTime(history[i].at, t1 - t0)));
      });
      series.forEach(function (line) {
        var points = [];
        function flush() {
          if (points.length > 1) {
            root.appendChild(svg('polyline', { points: points.join(' '), fill: 'none', stroke: line.colour,
              'stroke-width': 2, 'stroke-linejoin': 'round', 'class': 'series-' + line.key }));
          } else if (points.length === 1) {
            var xy = points[0].split(',');
            root.appendChild(svg('circle', { cx: xy[0], cy: xy[1], r: 2.5, fill: line.colour,
              'class': 'series-' + line.key }));
          }
          points = [];
        }
        history.forEach(function (s, i) {
          var v = sampleValue(s, line.key);
          if (v === null) { flush(); } else { points.push(x(i).toFixed(1) + ',' + y(v).toFixed(1)); }
        });
        flush();
      });
    }

    var lx = pad.left + 6;
    series.forEach(function (line) {
      root.appendChild(svg('rect', { x: lx, y: 4, width: 10, height: 8, fill: line.colour }));
      var text = svg('text', { x: lx + 14, y: 12, 'class': 'axis legend' }, line.name);
      root.appendChild(text);
      lx += 24 + line.name.length * 6;
    });

    container.textContent = '';
    container.appendChild(root);
  }

  function stateStrip(container, history) {
    var width = Math.max(container.clientWidth || 0, 300);
    var root = svg('svg', { viewBox: '0 0 ' + width + ' 22', preserveAspectRatio: 'none', role: 'img' });
    var n = history.length;
    history.forEach(function (s, i) {
      var rect = svg('rect', { x: (i / n * width).toFixed(2), y: 0, width: (width / n + 0.5).toFixed(2), height: 22,
        fill: STATE_COLOURS[s.state] || '#999' });
      rect.appendChild(svg('title', {}, clock(s.at) + ': ' + stateLabel(s.state)));
      root.appendChild(rect);
    });
    container.textContent = '';
    container.appendChild(root);
  }

  // ---- admin actions ----------------------------------------------------------------------------

  var ACTIONS = {
    suspend: {
      path: '/deliveries/suspend',
      ask: 'Tangguhkan pengiriman ke {a}? Permohonan tetap diterima dan menunggu (HELD).',
      done: function (b) { return 'Pengiriman ke ' + b.agency + ' ditangguhkan (held: ' + b.held + ', alasan: ' + (b.reasons || []).join(', ') + ').'; }
    },
    resume: {
      path: '/deliveries/resume',
      ask: 'Lanjutkan pengiriman ke {a}?',
      done: function (b) {
        return b.held ? 'Penangguhan dicabut, tetapi pengiriman masih ditahan (held) karena: ' + (b.reasons || []).join(', ') + '.'
          : 'Pengiriman ke ' + b.agency + ' berjalan lagi (resumed).';
      }
    },
    replay: {
      path: '/dead-letters/replay',
      ask: 'Kirim ulang semua pesan DLQ (dead letters) {a}?',
      done: function (b) { return (b.replayed === undefined ? 'Pesan DLQ' : b.replayed + ' pesan DLQ') + ' dikirim ulang (replayed).'; }
    }
  };

  function askConfirm(name) {
    if (!session.agency) { return; }
    session.pending = name;
    $('confirm-text').textContent = ACTIONS[name].ask.replace('{a}', session.agency);
    show($('confirm'), true);
    show($('action-result'), false);
    $('confirm-yes').focus();
  }

  function cancelConfirm() {
    session.pending = null;
    show($('confirm'), false);
  }

  function runAction() {
    var name = session.pending;
    var agency = session.agency;
    cancelConfirm();
    if (!name || !agency) { return; }
    var action = ACTIONS[name];
    var result = $('action-result');
    result.className = 'message';
    result.textContent = 'Mengirim… (sending)';
    show(result, true);
    call('POST', API + '/' + encodeURIComponent(agency) + action.path).then(function (r) {
      if (session.agency !== agency) { return; }
      if (r.ok) {
        result.className = 'message message-ok';
        result.textContent = '✓ ' + action.done(r.body || { agency: agency });
        refreshDetail();
      } else {
        result.className = 'message message-error';
        result.textContent = '✗ Gagal: ' + failureText(r);
      }
    });
  }

  // ---- start ------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', function () {
    $('signin-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var key = $('api-key').value.trim();
      if (key) { signIn(key); }
    });
    $('signout').addEventListener('click', function () { signOut(null); });
    $('detail-close').addEventListener('click', closeDetail);
    $('detail').addEventListener('click', function (ev) { if (ev.target === $('detail')) { closeDetail(); } });
    document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { closeDetail(); } });
    Array.prototype.forEach.call(document.querySelectorAll('#actions [data-action]'), function (b) {
      b.addEventListener('click', function () { askConfirm(b.getAttribute('data-action')); });
    });
    $('confirm-yes').addEventListener('click', runAction);
    $('confirm-no').addEventListener('click', cancelConfirm);

    var kept = null;
    try { kept = sessionStorage.getItem(KEY_STORE); } catch (e) { kept = null; }
    if (kept) {
      signIn(kept);
    } else {
      $('api-key').focus();
    }
  });
})();
