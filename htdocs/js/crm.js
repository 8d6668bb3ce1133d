// CRM pages: the per-student score chart (Chart.js from /javascript/chart.js/), drawn from
// the canvas's data-labels / data-scores attributes because the CSP forbids inline script.
(function () {
  'use strict';
  var canvas = document.getElementById('crm-score-chart');
  if (!canvas || typeof window.Chart === 'undefined') return;
  var labels = JSON.parse(canvas.dataset.labels || '[]');
  var scores = JSON.parse(canvas.dataset.scores || '[]');
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: labels,
      datasets: [{ label: '成绩', data: scores, borderColor: '#198754', spanGaps: true, tension: 0.2 }]
    },
    options: { maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
  });
})();
