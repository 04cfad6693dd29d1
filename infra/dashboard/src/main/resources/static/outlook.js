'use strict';
// What council papers put beside their own figures: the DfE's published figures for England, the region and the
// statistical neighbours, and a forecast of children in care and spend with how well it did when made before.
// Both follow the dates of the figures on screen; dashboard.js calls load() with them and its helpers.
(function () {
  const state = { forecastFor: null };
  let ui;

  const figure = (v, unit) => (v == null ? '–' : unit === '%' ? ui.percent(v) : Number(v).toFixed(1));
  const value = (v) => (v == null ? null : Number(v));
  const seconds = (iso) => new Date(iso + 'T12:00:00Z').getTime() / 1000;
  const CHARTED = { IN_CARE_PER_10000: 'chart-cmp-rate', THREE_OR_MORE_PLACEMENTS: 'chart-cmp-short',
    LONG_TERM_STABILITY: 'chart-cmp-long', NEW_PLACEMENTS_OVER_20_MILES: 'chart-cmp-distance' };

  function load(query, helpers) {
    ui = helpers;
    loadComparators(query);
    loadForecast(query);
  }

  // The council beside England, its region and its statistical neighbours.
  async function loadComparators(query) {
    const $ = ui.$;
    $('comparators-status').textContent = 'Loading the published figures…';
    try {
      const answer = await ui.getJson('/api/measures/comparators?' + query);
      const region = (answer.measures[0].matchingYear || answer.measures[0].latestYear || {}).region || {};
      ui.fillRows('t-comparators', answer.measures.map((line) => {
        const c = line.matchingYear || line.latestYear;
        const neighbours = c == null || c.neighboursAverage == null ? '–'
          : figure(c.neighboursAverage, line.unit) + (c.neighboursPublished < 10 ? ' (' + c.neighboursPublished + ' of 10)' : '');
        return [line.label, { text: line.council == null ? 'not measured' : figure(line.council, line.unit), num: true, title: line.councilNote || '' },
          { text: c == null ? '–' : String(c.year), num: true },
          { text: c == null ? '–' : figure(c.england.value, line.unit), num: true, title: c == null ? '' : c.england.notPublished || '' },
          { text: c == null ? '–' : figure(c.region.value, line.unit), num: true, title: c == null ? '' : c.region.notPublished || '' },
          { text: neighbours, num: true }];
      }));
      $('comparators-caption').textContent = (answer.council.name || answer.council.code) + ' as at ' + ui.day(answer.asAt)
        + ' beside England, ' + (region.name || 'its region') + ' and its ten statistical neighbours'
        + (answer.matchingYear ? '' : ' (the DfE\'s latest published year, ' + answer.latestYear + ')');
      $('comparators-summary').textContent = summary(answer, region);
      $('comparators-attribution').textContent = answer.attribution;
      $('comparators-status').textContent = answer.population
        ? 'Rates per 10,000 use ' + ui.count.format(answer.population.children) + ' children aged 0 to 17 (' + answer.population.source + ').'
        : 'No child population is known for the council, so its rates are not given.';
      const years = new URLSearchParams();
      if (query.get('asKnownAt')) years.set('asKnownAt', query.get('asKnownAt'));
      drawComparatorYears(await ui.getJson('/api/measures/comparators/years?' + years));
    } catch (e) {
      $('comparators-status').textContent = 'The published figures could not be read: ' + e.message;
    }
  }

  /** The sentence a council paper opens with: "56.0 per 10,000 children, compared with 60 in England...". */
  function summary(answer, region) {
    const rate = answer.measures.find((m) => m.measure === 'IN_CARE_PER_10000');
    const c = rate && (rate.matchingYear || rate.latestYear);
    if (!rate || rate.council == null || !c) return '';
    const others = [];
    if (c.england.value != null) others.push(figure(c.england.value) + ' in England');
    const where = !region.name ? 'the region' : region.name === 'London' ? 'London' : 'the ' + region.name;
    if (c.region.value != null) others.push(figure(c.region.value) + ' in ' + where);
    if (c.neighboursAverage != null) others.push(figure(c.neighboursAverage) + ' among its statistical neighbours');
    const list = others.length > 1 ? others.slice(0, -1).join(', ') + ' and ' + others[others.length - 1] : others.join('');
    return (answer.council.name || answer.council.code) + ' looks after ' + figure(rate.council) + ' children per 10,000 as at '
      + ui.day(answer.asAt) + (list ? ', compared with ' + list + ' (year ending 31 March ' + c.year + ').' : '.');
  }

  function drawComparatorYears(history) {
    const rows = [];
    history.measures.forEach((m) => m.years.forEach((y) => rows.push([m.label, { text: String(y.year), num: true },
      { text: figure(y.council, m.unit), num: true }, { text: figure(y.england, m.unit), num: true },
      { text: figure(y.region, m.unit), num: true }, { text: figure(y.neighboursAverage, m.unit), num: true }])));
    ui.fillRows('t-comparator-years', rows);
    if (!window.uPlot) return; // the table carries the same figures
    history.measures.filter((m) => CHARTED[m.measure]).forEach((m) => {
      const x = m.years.map((y) => Date.UTC(y.year, 2, 31) / 1000);
      ui.chart(CHARTED[m.measure], [x, m.years.map((y) => value(y.council)), m.years.map((y) => value(y.england)),
        m.years.map((y) => value(y.region)), m.years.map((y) => value(y.neighboursAverage))],
      [{ label: 'This council', stroke: '#1d4ed8', width: 3 }, { label: 'England', stroke: '#374151', width: 2, dash: [6, 4] },
        { label: 'Region', stroke: '#8a4b00', width: 2, dash: [2, 3] }, { label: 'Statistical neighbours', stroke: '#1b6b3a', width: 2 }]);
    });
  }

  // The forecast from the figures' date as known then, continuing the recorded line, and its back-test.
  async function loadForecast(query) {
    const $ = ui.$;
    const key = query.toString();
    if (state.forecastFor === key) return; // a push of today's figures does not move the forecast's start
    const forecastQuery = new URLSearchParams();
    if (query.get('asAt')) forecastQuery.set('from', query.get('asAt'));
    if (query.get('asKnownAt')) forecastQuery.set('asKnownAt', query.get('asKnownAt'));
    $('forecast-status').textContent = 'Simulating the next three years…';
    try {
      const answer = await ui.getJson('/api/measures/forecast?' + forecastQuery);
      state.forecastFor = key;
      drawForecast(answer);
      const f = answer.forecast;
      const last = f.months[f.months.length - 1];
      $('forecast-status').textContent = 'From ' + ui.day(f.from) + ', ' + f.runs + ' simulated futures of the rates counted over the '
        + answer.lookBackMonths + ' months before it. By ' + ui.day(last.asAt) + ': ' + ui.count.format(last.inCare.median)
        + ' children in care (80% between ' + ui.count.format(last.inCare.low) + ' and ' + ui.count.format(last.inCare.high) + ').';
    } catch (e) {
      $('forecast-status').textContent = 'The forecast could not be made: ' + e.message;
      return;
    }
    const backtestQuery = new URLSearchParams();
    if (query.get('asAt')) backtestQuery.set('to', query.get('asAt'));
    try {
      const tested = await ui.getJson('/api/measures/forecast/backtest?' + backtestQuery);
      // A forecast made from nothing (the record was loaded after that day) has no error worth showing: say why.
      ui.fillRows('t-backtest', tested.tests.map((t) => (t.note
        ? [ui.day(t.madeAt), { text: String(t.months), num: true }, { text: '–', num: true }, { text: '–', num: true }, 'Not tested: ' + t.note]
        : [ui.day(t.madeAt), { text: String(t.months), num: true }, { text: ui.percent(t.meanAbsolutePercentageError), num: true },
          { text: t.monthsInsideInterval + ' of ' + t.months, num: true },
          Object.entries(t.meanAbsolutePercentageErrorByCategory).map(([c, e]) => c + ' ' + ui.percent(e)).join(', ') || '–'])));
    } catch (e) {
      ui.fillRows('t-backtest', [['The back-test could not be made: ' + e.message, '', '', '', '']]);
    }
  }

  /**
   * One x axis for the record and the forecast: the recorded month ends, then the forecast's. The recorded line stops
   * where the forecast starts, and the median and its bands start from that same point, so the fan continues the line.
   */
  function drawForecast(answer) {
    const months = answer.forecast.months;
    const actual = answer.actual;
    const x = actual.map((a) => seconds(a.asAt)).concat(months.slice(1).map((m) => seconds(m.asAt)));
    const join = actual.length - 1;
    const recorded = (pick) => x.map((_, i) => (i <= join ? value(pick(actual[i])) : null));
    const forecast = (pick) => x.map((_, i) => (i < join ? null : value(pick(months[i - join]))));
    const rows = actual.slice(0, join).map((a) => [a.asAt, { text: ui.count.format(a.inCare), num: true }, '', '', '', { text: ui.pounds(a.weeklySpend), num: true }, ''])
      .concat(months.map((m, i) => [m.asAt, { text: i === 0 ? ui.count.format(actual[join].inCare) : '', num: true },
        { text: ui.count.format(m.inCare.median), num: true },
        { text: ui.count.format(m.inCare.low) + '–' + ui.count.format(m.inCare.high), num: true },
        { text: ui.count.format(m.inCare.lowest) + '–' + ui.count.format(m.inCare.highest), num: true },
        { text: ui.pounds(i === 0 ? actual[join].weeklySpend : m.weeklySpend.median), num: true },
        { text: ui.pounds(m.weeklySpend.low) + '–' + ui.pounds(m.weeklySpend.high), num: true }]));
    ui.fillRows('t-forecast', rows);
    if (!window.uPlot) return; // the table carries the same figures
    fan('chart-forecast-in-care', x, recorded((a) => a.inCare), (pick) => forecast((m) => pick(m.inCare)), 'Children in care', (v) => ui.count.format(v));
    fan('chart-forecast-spend', x, recorded((a) => a.weeklySpend), (pick) => forecast((m) => pick(m.weeklySpend)), 'Weekly spend', (v) => ui.money.format(v),
      (v) => '£' + Math.round(v / 1000) + 'k');
  }

  function fan(id, x, recorded, forecast, label, format, tick) {
    const shown = (u, v) => (v == null ? '–' : format(v));
    // Series 2 to 6: the median, then the 95% and 80% bounds; bands fill between each pair of bounds.
    ui.chart(id, [x, recorded, forecast((b) => b.median), forecast((b) => b.highest), forecast((b) => b.lowest),
      forecast((b) => b.high), forecast((b) => b.low)],
    [{ label: label + ' (recorded)', stroke: '#1d4ed8', width: 3, value: shown },
      { label: 'Forecast median', stroke: '#1d4ed8', width: 2, dash: [6, 4], value: shown },
      { label: '95% high', stroke: 'rgba(29,78,216,0.25)', width: 1, value: shown },
      { label: '95% low', stroke: 'rgba(29,78,216,0.25)', width: 1, value: shown },
      { label: '80% high', stroke: 'rgba(29,78,216,0.45)', width: 1, value: shown },
      { label: '80% low', stroke: 'rgba(29,78,216,0.45)', width: 1, value: shown }],
    { bands: [{ series: [3, 4], fill: 'rgba(29,78,216,0.10)' }, { series: [5, 6], fill: 'rgba(29,78,216,0.22)' }],
      axes: [{}, { size: 60, values: tick ? (u, ticks) => ticks.map(tick) : undefined }] });
  }

  window.placementLedgerOutlook = { load };
})();
