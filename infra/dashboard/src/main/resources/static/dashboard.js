'use strict';
// The dashboard: today's figures pushed by the server as they change; any past date (and what was known on
// any past day) on request; a child's timeline. No framework: the page is a few tables and its charts.
// The published comparators and the forecast are in outlook.js, which is handed the dates and the helpers below.
// Longer than 300 lines because the rest of the page shares one state (live, or a past date as known at a time)
// and the same few helpers, which split files would pass back and forth.
(function () {
  const $ = (id) => document.getElementById(id);
  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
  const moneyPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
  const count = new Intl.NumberFormat('en-GB');
  // Millions in a tile would not fit: "£14.29m", the whole figure in the tile's title.
  const moneyShort = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact', maximumFractionDigits: 2 });
  const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  /** live: today's figures, updated by push. past: the figures of the chosen dates, which pushes leave alone. */
  const state = { mode: 'live', asAt: null, asKnownAt: null, alerts: [], charts: {}, trendFor: null, reloads: 0 };
  window.placementLedger = { state, renders: 0, firstPaintAt: null, lastRenderAt: null };

  const pounds = (v) => (v == null ? '–' : money.format(Number(v)));
  const poundsPence = (v) => (v == null ? '–' : moneyPence.format(Number(v)));
  const poundsTile = (v) => (v == null ? '–' : Math.abs(Number(v)) >= 1e6 ? moneyShort.format(Number(v)).replace('M', 'm') : money.format(Number(v)));
  const percent = (v) => (v == null ? '–' : Number(v).toFixed(1) + '%');
  const day = (iso) => longDate.format(new Date(iso + 'T00:00:00'));

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      location.assign('/login');
      throw new Error('signed out');
    }
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try {
        const problem = await response.json();
        if (problem.detail) detail = problem.detail;
      } catch (notJson) { /* the status says enough */ }
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message || '';
    box.hidden = !message;
  }

  function setText(id, text) {
    const element = $(id);
    if (element.textContent === text) return;
    element.textContent = text;
    const tile = element.closest('li');
    if (tile && window.placementLedger.renders > 0) {
      tile.classList.remove('changed');
      void tile.offsetWidth; // restarts the highlight
      tile.classList.add('changed');
    }
  }

  function fillRows(tableId, rows, footer) {
    const table = $(tableId);
    const body = table.tBodies[0];
    body.replaceChildren(...rows.map((cells) => row(cells, 'td')));
    if (table.tFoot) table.tFoot.replaceChildren(...(footer ? [row(footer, 'td')] : []));
  }

  function row(cells, tag) {
    const tr = document.createElement('tr');
    cells.forEach((cell, i) => {
      const c = document.createElement(i === 0 && tag === 'td' ? 'th' : tag);
      if (i === 0 && tag === 'td') c.scope = 'row';
      const value = typeof cell === 'object' && cell !== null ? cell : { text: cell };
      const text = value.text == null ? '' : String(value.text);
      if (value.drill) {
        // A count that opens the list of the children behind it.
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'drill';
        button.dataset.measure = value.drill[0];
        if (value.drill[1] != null) button.dataset.cell = value.drill[1];
        button.title = 'Which children are these?';
        button.textContent = text;
        c.appendChild(button);
      } else if (value.href) {
        const link = document.createElement('a');
        link.href = value.href;
        link.textContent = text;
        c.appendChild(link);
      } else {
        c.textContent = text;
      }
      if (value.num) c.className = 'num';
      if (value.title) c.title = value.title;
      if (value.cls) c.className = (c.className + ' ' + value.cls).trim();
      tr.appendChild(c);
    });
    return tr;
  }

  function render(report) {
    setText('tile-in-care', count.format(report.inCare));
    setText('tile-short-breaks', report.shortBreaks ? count.format(report.shortBreaks) + ' more on short breaks' : '');
    setText('tile-weekly-spend', poundsTile(report.spend.weeklyTotal));
    setText('tile-cost-unknown', report.spend.costNotKnown ? count.format(report.spend.costNotKnown) + ' with no cost recorded' : 'a week, placements active on the day');
    setText('tile-ytd', poundsTile(report.spend.yearToDate));
    $('tile-ytd').title = pounds(report.spend.yearToDate);
    setText('tile-forecast', poundsTile(report.spend.forecastFullYear));
    $('tile-forecast').title = pounds(report.spend.forecastFullYear);
    setText('tile-forecast-note', 'of which ' + pounds(report.spend.forecastToYearEnd) + ' still to come');
    const shortTerm = report.shortTermStability;
    setText('tile-three-plus', percent(shortTerm.percent));
    setText('tile-three-plus-note', count.format(shortTerm.threeOrMorePlacements) + ' of ' + count.format(shortTerm.children) + ' children');
    const longTerm = report.longTermStability;
    setText('tile-long-term', percent(longTerm.percent));
    setText('tile-long-term-note', count.format(longTerm.samePlacementTwoYears) + ' of ' + count.format(longTerm.eligible) + ' in care 2½ years, under 16');
    const distance = report.distance;
    setText('tile-distance', percent(distance.percentOver20));
    setText('tile-distance-note', count.format(distance.over20Miles) + ' children; ' + count.format(distance.notKnown) + ' not known');

    const categories = report.byCategory.filter((c) => c.children > 0);
    const totalChildren = categories.reduce((sum, c) => sum + c.children, 0);
    fillRows('t-category', categories.map((c) => [c.category, { text: count.format(c.children), num: true, drill: ['byCategory', c.category] },
      { text: poundsPence(c.weeklyCostAverage), num: true }, { text: pounds(c.weeklyCostTotal), num: true }]),
    ['Total', { text: count.format(totalChildren), num: true, drill: ['inCare', 'all'] }, { text: '', num: true },
      { text: pounds(report.spend.weeklyTotal), num: true, drill: ['spend', 'weeklyTotal'] }]);
    fillRows('t-age', report.byAgeBand.map((a) => [a.ageBand, { text: count.format(a.children), num: true, drill: ['byAgeBand', a.ageBand] }]));
    fillRows('t-residential', report.residentialCostBands.map((b) => [b.band,
      { text: count.format(b.children), num: true, drill: ['residentialCostBands', b.band] }]));
    const fostering = report.inHouseFostering;
    fillRows('t-inhouse', [['In house', { text: count.format(fostering.inHouse), num: true, drill: ['inHouseFostering', 'inHouse'] }],
      ['External (agency and other councils)', { text: count.format(fostering.external), num: true, drill: ['inHouseFostering', 'external'] }]]);
    const line = $('inhouse-line');
    line.textContent = '';
    if (fostering.percentInHouse != null) {
      const share = document.createElement('strong');
      const below = fostering.targetPercent != null && Number(fostering.percentInHouse) < Number(fostering.targetPercent);
      share.className = below ? 'below' : 'above';
      share.textContent = percent(fostering.percentInHouse) + ' in house';
      line.append(share, ' against a target of ' + percent(fostering.targetPercent) + (below ? ': below target' : ': on or above target'));
    }
    const asAtText = 'Figures as at ' + day(report.asAt) + (state.mode === 'past' && state.asKnownAt ? ', as known at ' + dateTime.format(new Date(state.asKnownAt)) : '');
    $('as-at-line').textContent = asAtText;
    renderAlerts();
    window.placementLedger.renders++;
    window.placementLedger.lastRenderAt = Date.now();
    if (window.placementLedger.firstPaintAt == null) {
      window.placementLedger.firstPaintAt = performance.now();
      performance.mark('figures-painted');
    }
  }

  /** The query of the figures on screen: today's, or the chosen date as known at the chosen time. */
  function figuresQuery() {
    const query = new URLSearchParams();
    if (state.mode === 'past') {
      query.set('asAt', state.asAt);
      if (state.asKnownAt) query.set('asKnownAt', state.asKnownAt);
    }
    return query;
  }

  /** The children behind a figure, at the figures' own date and as known at the same time. */
  async function showMembers(button) {
    const query = figuresQuery();
    query.set('measure', button.dataset.measure);
    if (button.dataset.cell) query.set('cell', button.dataset.cell);
    const tile = button.closest('li');
    const tr = button.closest('tr');
    const label = tile ? tile.querySelector('.label').textContent
      : tr.cells[0].textContent + ' (' + tr.closest('table').tHead.rows[0].cells[button.closest('td').cellIndex].textContent.toLowerCase() + ')';
    const panel = $('members');
    panel.hidden = false;
    $('members-caption').textContent = 'Reading the children behind "' + label + '"…';
    $('t-members').tBodies[0].replaceChildren();
    $('members-csv').href = '/api/measures/members?' + query + '&format=csv';
    panel.scrollIntoView({ block: 'start' });
    try {
      const answer = await getJson('/api/measures/members?' + query);
      fillRows('t-members', answer.rows.map((m) => [m.history ? { text: m.child, href: '#/child/' + encodeURIComponent(m.child) } : m.child,
        { text: m.age, num: true }, m.placementType || '', m.provider || '', m.placementStart ? day(m.placementStart) : '',
        { text: m.distanceMiles == null ? 'not known' : Number(m.distanceMiles).toFixed(1), num: true },
        { text: m.weeklyCost == null ? 'not recorded' : poundsPence(m.weeklyCost), num: true }]));
      $('members-caption').textContent = '"' + label + '": ' + count.format(answer.children) + (answer.children === 1 ? ' child' : ' children')
        + ', as at ' + day(answer.asAt) + (answer.asKnownAt ? ', as known at ' + dateTime.format(new Date(answer.asKnownAt)) : '')
        + (answer.pseudonymised ? '. Children are shown by pseudonym: your account may not see their ids.' : '.');
    } catch (e) {
      $('members-caption').textContent = e.status === 403 ? 'Your role does not let you see the children behind the figures.'
        : 'The children behind this figure could not be read: ' + e.message;
    }
  }

  function renderAlerts() {
    let alerts = state.alerts;
    if (state.mode === 'past') {
      const limit = state.asKnownAt ? new Date(state.asKnownAt) : new Date(state.asAt + 'T23:59:59');
      alerts = alerts.filter((a) => new Date(a.raisedAt) <= limit);
    }
    fillRows('t-alerts', alerts.map((a) => [dateTime.format(new Date(a.raisedAt)), a.childId, a.message]));
  }

  async function loadAlerts() {
    try {
      state.alerts = await getJson('/api/alerts?limit=50');
      renderAlerts();
    } catch (e) {
      if (e.status !== 403) showError('The alerts could not be read: ' + e.message);
    }
  }

  async function loadLive() {
    const report = await getJson('/api/dashboard/now');
    if (state.mode === 'live') render(report);
  }

  async function loadPast() {
    const query = new URLSearchParams({ asAt: state.asAt });
    if (state.asKnownAt) query.set('asKnownAt', state.asKnownAt);
    const report = await getJson('/api/measures?' + query);
    if (state.mode === 'past') render(report);
  }

  async function loadTrends() {
    const query = new URLSearchParams();
    if (state.mode === 'past') {
      query.set('to', state.asAt);
      if (state.asKnownAt) query.set('asKnownAt', state.asKnownAt);
    }
    const key = query.toString();
    $('trend-status').textContent = 'Loading the trends…';
    try {
      const trend = await getJson('/api/measures/trend?' + key);
      state.trendFor = key;
      drawTrends(trend);
      $('trend-status').textContent = 'Month ends from ' + day(trend.months[0].asAt) + ' to ' + day(trend.to) + '.';
    } catch (e) {
      $('trend-status').textContent = 'The trends could not be read: ' + e.message;
    }
  }

  function drawTrends(trend) {
    fillRows('t-trend-months', trend.months.map((m) => [m.asAt, { text: count.format(m.inCare), num: true }, { text: pounds(m.weeklySpend), num: true }]));
    fillRows('t-trend-quarters', trend.quarters.map((q) => [q.asAt, { text: percent(q.threeOrMorePlacementsPercent), num: true },
      { text: percent(q.longTermStablePercent), num: true }]));
    if (!window.uPlot) return; // the tables above carry the same figures
    const seconds = (points) => points.map((p) => new Date(p.asAt + 'T12:00:00Z').getTime() / 1000);
    const value = (v) => (v == null ? null : Number(v));
    chart('chart-in-care', [seconds(trend.months), trend.months.map((m) => m.inCare)], [{ label: 'Children in care', stroke: '#1d4ed8', width: 2 }]);
    chart('chart-spend', [seconds(trend.months), trend.months.map((m) => value(m.weeklySpend))],
      [{ label: 'Weekly spend', stroke: '#8a4b00', width: 2, value: (u, v) => (v == null ? '–' : money.format(v)) }]);
    chart('chart-stability', [seconds(trend.quarters), trend.quarters.map((q) => value(q.threeOrMorePlacementsPercent)), trend.quarters.map((q) => value(q.longTermStablePercent))],
      [{ label: '3+ placements %', stroke: '#9b1c1c', width: 2 }, { label: 'Long-term stable %', stroke: '#1b6b3a', width: 2, dash: [6, 4] }]);
  }

  /** What council papers put beside the figures (outlook.js): the published comparators, and the forecast. */
  function loadOutlook() {
    if (window.placementLedgerOutlook) {
      window.placementLedgerOutlook.load(figuresQuery(), { $, getJson, fillRows, chart, count, money, pounds, percent, day });
    }
  }

  /** A uPlot chart; {@code more} adds options, such as the bands of a fan. */
  function chart(id, data, series, more) {
    const holder = $(id);
    if (state.charts[id]) state.charts[id].destroy();
    const options = Object.assign({
      width: Math.max(280, holder.clientWidth || 360), height: 220,
      series: [{ label: 'As at', value: (u, v) => (v == null ? '' : new Date(v * 1000).toISOString().slice(0, 10)) }].concat(series),
      axes: [{}, { size: 60 }],
      scales: { x: { time: true } },
    }, more || {});
    state.charts[id] = new window.uPlot(options, data, holder);
  }

  function resizeCharts() {
    for (const [id, plot] of Object.entries(state.charts)) plot.setSize({ width: Math.max(280, $(id).clientWidth), height: 220 });
  }

  function setLive(up, text) {
    $('live').className = 'live ' + (up ? 'up' : 'down');
    $('live-text').textContent = text;
  }

  function connect() {
    if (!window.EventSource) {
      setLive(false, 'This browser cannot keep a live link; reload for new figures');
      return;
    }
    const source = new EventSource('/api/dashboard/stream');
    source.addEventListener('hello', () => setLive(true, 'Live · up to date at ' + time.format(new Date())));
    source.addEventListener('measures', (event) => {
      const report = JSON.parse(event.data);
      setLive(true, 'Live · updated ' + time.format(new Date()));
      if (state.mode === 'live') render(report);
      loadAlerts();
    });
    source.onerror = () => {
      // EventSource tries again by itself; a 401 or 403 ends it for good.
      if (source.readyState === EventSource.CLOSED) setLive(false, 'Live link closed: reload the page to reconnect');
      else setLive(false, 'Live link down · reconnecting…');
    };
  }

  function showHistoricalBanner() {
    const banner = $('historical');
    if (state.mode !== 'past') {
      banner.hidden = true;
      $('back-to-live').hidden = true;
      return;
    }
    banner.textContent = 'Historical view: figures as at ' + day(state.asAt)
      + (state.asKnownAt ? ', as the record stood at ' + dateTime.format(new Date(state.asKnownAt)) : ', as known now')
      + '. Live updates are paused.';
    banner.hidden = false;
    $('back-to-live').hidden = false;
  }

  async function travel(event) {
    event.preventDefault();
    const asAt = $('as-at').value;
    const knownLocal = $('as-known-at').value;
    if (!asAt) {
      backToLive();
      return;
    }
    state.mode = 'past';
    state.asAt = asAt;
    $('members').hidden = true; // its children were those of the figures before
    state.asKnownAt = knownLocal ? new Date(knownLocal).toISOString() : null;
    showHistoricalBanner();
    showError('');
    try {
      await loadPast();
    } catch (e) {
      showError('These figures could not be read: ' + e.message);
    }
    loadTrends();
    loadOutlook();
  }

  async function backToLive() {
    state.mode = 'live';
    state.asAt = null;
    $('members').hidden = true;
    state.asKnownAt = null;
    $('as-at').value = '';
    $('as-known-at').value = '';
    showHistoricalBanner();
    showError('');
    try {
      await loadLive();
    } catch (e) {
      showError('Today\'s figures could not be read: ' + e.message);
    }
    loadTrends();
    loadOutlook();
  }

  // A child's timeline.
  const stateAfter = (e) => e.stateAfter || {};
  function whatHappened(e) {
    const names = {
      CareStarted: 'Care started', PlacementChanged: 'Moved', PlacementCostChanged: 'Cost changed', LegalStatusChanged: 'Legal status changed',
      HomePostcodeChanged: 'Home postcode changed', CareCeased: 'Care ceased', ChildDetailsRecorded: 'Details recorded', EventCorrected: 'Correction',
      EventRetracted: 'Retraction', PersonalDataErased: 'Personal data erased',
    };
    let text = names[e.type] || e.type;
    const fact = e.event || {};
    if (e.type === 'CareCeased' && fact.reason) text += ' (' + fact.reason + ')';
    if (e.type === 'PlacementChanged' && fact.reason) text += ' (' + fact.reason + ')';
    if (e.type === 'EventCorrected' && fact.reason) text += ': ' + fact.reason;
    if (e.type === 'EventRetracted' && fact.reason) text += ': ' + fact.reason;
    return text;
  }

  async function showChild(event) {
    if (event) event.preventDefault();
    const id = $('child-id').value.trim();
    const table = $('t-child');
    if (!id) return;
    location.hash = '#/child/' + encodeURIComponent(id);
    $('child-message').textContent = 'Reading the record of ' + id + '…';
    try {
      const history = await getJson('/api/children/' + encodeURIComponent(id) + '/history');
      const rows = history.events.map((e) => {
        const s = stateAfter(e);
        const notes = [];
        if (e.corrects) notes.push('corrects #' + e.corrects);
        if (e.retracts) notes.push('retracts ' + e.retracts);
        if (e.correctedBy && e.correctedBy.length) notes.push('corrected later');
        if (e.retractedBy) notes.push('retracted later');
        return [{ text: e.sequence, num: true }, e.effectiveDate, whatHappened(e),
          s.placementId ? s.placementId + ' (' + s.placementType + (s.provider ? ', ' + s.provider : '') + ')' : (s.inCare === false ? 'not in care' : ''),
          { text: s.weeklyCost == null ? '' : poundsPence(s.weeklyCost), num: true }, s.legalStatus || '', e.recordedBy || '',
          dateTime.format(new Date(e.recordedAt)), { text: notes.join('; '), cls: e.retractedBy ? 'retracted' : '' }];
      });
      fillRows('t-child', rows);
      const n = history.events.length;
      $('child-caption').textContent = 'The record of child ' + history.childId + ': ' + n + (n === 1 ? ' event' : ' events') + ', oldest first';
      table.hidden = false;
      $('child-csv').hidden = false;
      $('child-message').textContent = '';
    } catch (e) {
      table.hidden = true;
      $('child-csv').hidden = true;
      $('child-message').textContent = e.status === 403 ? 'Your role does not let you see children\'s records.'
        : e.status === 404 ? 'Nothing is recorded of child ' + id + '.' : 'The record could not be read: ' + e.message;
    }
  }

  function route() {
    if (!$('password-view').hidden) return;
    const child = location.hash.startsWith('#/child');
    $('dashboard-view').hidden = child;
    $('child-view').hidden = !child;
    $('nav-dashboard').toggleAttribute('aria-current', !child);
    $('nav-child').toggleAttribute('aria-current', child);
    if (child) {
      $('nav-child').setAttribute('aria-current', 'page');
      const id = decodeURIComponent(location.hash.slice('#/child/'.length));
      if (location.hash.startsWith('#/child/') && id && id !== $('child-id').value) {
        $('child-id').value = id;
        showChild();
      }
    } else {
      $('nav-dashboard').setAttribute('aria-current', 'page');
    }
  }

  /** Text a recorder typed (a reason, a child id) must not run as a formula in the spreadsheet that opens the file. */
  function spreadsheetSafe(text) {
    return /^[=+\-@\t\r]/.test(text) && !/^-?[\d.,]+%?$/.test(text) ? "'" + text : text;
  }

  function downloadCsv(button) {
    const table = $(button.dataset.table);
    const lines = [];
    for (const tr of table.querySelectorAll('tr')) {
      lines.push([...tr.children].map((cell) => '"' + spreadsheetSafe(cell.textContent).replace(/"/g, '""') + '"').join(','));
    }
    const stamp = state.mode === 'past' ? state.asAt : new Date().toISOString().slice(0, 10);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
    link.download = button.dataset.name + '-' + stamp + '.csv';
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  function csrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
  }

  /** A password made for the user (the first administrator's, a new user's, a reset) is changed before anything else. */
  function askForOwnPassword() {
    $('dashboard-view').hidden = true;
    $('child-view').hidden = true;
    $('password-view').hidden = false;
    setLive(false, 'Choose your password to see the figures');
    $('password-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const message = $('password-message');
      if ($('new-password').value !== $('repeat-password').value) {
        message.textContent = 'The two new passwords are not the same.';
        return;
      }
      const response = await fetch('/api/account/password', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
        body: JSON.stringify({ currentPassword: $('current-password').value, newPassword: $('new-password').value }),
      });
      if (response.ok) {
        location.reload();
        return;
      }
      let text = 'The password was not changed (' + response.status + ').';
      try {
        const problem = await response.json();
        text = (problem.errors && problem.errors[0] && problem.errors[0].message) || problem.detail || text;
      } catch (notJson) { /* the status says enough */ }
      message.textContent = text;
    });
    $('current-password').focus();
  }

  async function start() {
    $('travel').addEventListener('submit', travel);
    $('back-to-live').addEventListener('click', backToLive);
    $('print').addEventListener('click', () => window.print());
    $('child-search').addEventListener('submit', showChild);
    $('sign-out').addEventListener('submit', () => { $('sign-out-token').value = csrfToken(); });
    document.addEventListener('click', (event) => {
      const button = event.target.closest('button.csv');
      if (button) downloadCsv(button);
      const figure = event.target.closest('button.drill');
      if (figure) showMembers(figure);
    });
    $('members-close').addEventListener('click', () => { $('members').hidden = true; });
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', resizeCharts);
    window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    route();
    try {
      const me = await getJson('/api/account');
      $('user').textContent = '(' + me.username + ')';
      if (me.mustChangePassword) {
        askForOwnPassword();
        return;
      }
    } catch (e) {
      // The figures below say what is wrong, if anything is.
    }
    try {
      await loadLive();
    } catch (e) {
      if (e.status === 403) {
        // Not a manager's or performance team's account: no figures to keep live, but a child's timeline may be open to it.
        setLive(false, 'No live figures for this account');
        showError(e.message + ' (the dashboard\'s figures are for managers and performance teams)');
        return;
      }
      showError('Today\'s figures could not be read: ' + e.message);
    }
    connect();
    loadAlerts();
    loadTrends();
    loadOutlook();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
