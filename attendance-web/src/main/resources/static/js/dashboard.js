// Doughnut of today's attendance; data comes from the canvas's data attributes.
(function () {
  'use strict';
  const canvas = document.getElementById('todayChart');
  if (!canvas || !window.Chart) { return; }
  const values = canvas.dataset.values.split(',').map(Number);
  new window.Chart(canvas, {
    type: 'doughnut',
    data: {
      labels: canvas.dataset.labels.split(','),
      datasets: [{ data: values, backgroundColor: ['#16a34a', '#d97706', '#dc2626', '#8592a6'] }]
    },
    options: { plugins: { legend: { position: 'bottom' } }, cutout: '62%' }
  });
})();
