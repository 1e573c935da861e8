// GridLoop console: dates in the user's own time zone, and ECharts line charts from JSON embedded in the page.
(function () {
  function localTimes(root) {
    var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { dateStyle: 'medium', timeStyle: 'short' });
    root.querySelectorAll('time[datetime]').forEach(function (el) {
      var d = new Date(el.getAttribute('datetime'));
      if (!isNaN(d)) { el.textContent = format.format(d); el.title = el.getAttribute('datetime'); }
    });
  }
  function charts(root) {
    if (!window.echarts) { return; }
    var shortTime = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    root.querySelectorAll('[data-chart=lines]').forEach(function (el) {
      var source = document.getElementById(el.getAttribute('data-source'));
      if (!source) { return; }
      var data = JSON.parse(source.textContent);
      if (!data) { return; }
      var chart = echarts.init(el, null, { renderer: 'svg' });
      // Two or three lines: the accent against greys; many lines (one per segment): a quiet palette, all solid.
      var colours = data.many ? ['#00706b', '#5b8db8', '#c28b3a', '#8c6bb1', '#4f9d69', '#b8555a', '#6b7a8f',
        '#d0a92f', '#3f8f9a', '#a0668f'] : ['#00706b', '#8c939b', '#c0c5ca'];
      var x = data.xTime ? data.x.map(function (t) { return shortTime.format(new Date(t)); }) : data.x;
      chart.setOption({
        animation: false,
        grid: { left: 48, right: 16, top: 36, bottom: 32 },
        legend: { top: 0, type: data.many ? 'scroll' : 'plain' },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: x },
        yAxis: { type: 'value', scale: true, name: data.unit || '' },
        series: data.series.map(function (s, i) {
          var line = { name: s.name, type: data.bar ? 'bar' : 'line', stack: data.stack ? 'all' : undefined,
            barMaxWidth: 24, data: s.data, smooth: false, connectNulls: false,
            showSymbol: !!data.many, lineStyle: { width: i === 0 || data.many ? 3 : 2, type: i === 0 || data.many ? 'solid' : 'dashed' },
            color: colours[i % colours.length] };
          // A marked x value (a launch day) as a vertical line on the first series.
          if (i === 0 && data.mark) {
            line.markLine = { symbol: 'none', silent: true, label: { formatter: data.mark },
              lineStyle: { color: '#5f6670', type: 'dotted' }, data: [{ xAxis: data.mark }] };
          }
          return line;
        })
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-rendered', 'true');
    });
  }
  document.addEventListener('DOMContentLoaded', function () { localTimes(document); charts(document); });
  // Swapped-in parts (the wizard's preview) may bring a chart of their own.
  document.addEventListener('htmx:afterSwap', function (e) { localTimes(e.target); charts(e.target); });
  // The upload's progress, as the browser sends the file.
  document.addEventListener('htmx:xhr:progress', function (e) {
    var bar = e.target.querySelector && e.target.querySelector('progress');
    if (bar && e.detail.lengthComputable) { bar.value = Math.round(e.detail.loaded / e.detail.total * 100); }
  });
})();
