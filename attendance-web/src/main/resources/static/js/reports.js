// Report charts; each canvas carries its data as JSON in data-chart (no inline script under the CSP).
(function () {
  'use strict';
  if (!window.Chart) { return; }
  function data(id) {
    const canvas = document.getElementById(id);
    return canvas ? { canvas: canvas, chart: JSON.parse(canvas.dataset.chart) } : null;
  }
  const percentAxis = { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } };
  const trend = data('trendChart');
  if (trend) {
    new window.Chart(trend.canvas, {
      type: 'line',
      data: { labels: trend.chart.labels, datasets: [{ label: trend.canvas.dataset.label, data: trend.chart.values,
        borderColor: '#1e88e5', backgroundColor: 'rgba(30,136,229,.15)', fill: true, spanGaps: true, tension: 0.25 }] },
      options: { scales: { y: percentAxis }, plugins: { legend: { display: false } } }
    });
  }
  const classes = data('classChart');
  if (classes) {
    new window.Chart(classes.canvas, {
      type: 'bar',
      data: { labels: classes.chart.labels, datasets: [{ label: classes.canvas.dataset.label, data: classes.chart.values,
        backgroundColor: '#1e88e5' }] },
      options: { scales: { y: percentAxis }, plugins: { legend: { display: false } } }
    });
  }
  const status = data('statusChart');
  if (status) {
    new window.Chart(status.canvas, {
      type: 'doughnut',
      data: { labels: status.chart.labels, datasets: [{ data: status.chart.values,
        backgroundColor: ['#16a34a', '#d97706', '#dc2626', '#64748b'] }] },
      options: { plugins: { legend: { position: 'bottom' } }, cutout: '62%' }
    });
  }
})();
