// Admin statistics: Chart.js charts (Debian's, /javascript/chart.js/) drawn from the canvases'
// data-* attributes, because the CSP forbids inline script.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') return;
  function data(el, name) { return JSON.parse(el.dataset[name] || '[]'); }
  var volume = document.getElementById('stats-volume');
  if (volume) {
    new window.Chart(volume, {
      type: 'bar',
      data: { labels: data(volume, 'labels'), datasets: [
        { label: '新用户', data: data(volume, 'users'), backgroundColor: '#0d6efd' },
        { label: '新采购品种', data: data(volume, 'items'), backgroundColor: '#198754' }] }
    });
  }
  var rates = document.getElementById('stats-rates');
  if (rates) {
    new window.Chart(rates, {
      type: 'line',
      data: { labels: data(rates, 'labels'), datasets: [
        { label: '有报价的品种 %', data: data(rates, 'quoted'), borderColor: '#fd7e14' },
        { label: '有认可的品种 %', data: data(rates, 'accepted'), borderColor: '#6f42c1' }] },
      options: { scales: { y: { min: 0, max: 100 } } }
    });
  }
  var path = document.getElementById('stats-path');
  if (path) {
    new window.Chart(path, {
      type: 'bar',
      data: { labels: data(path, 'labels'), datasets: [
        { label: '人数', data: data(path, 'counts'), backgroundColor: '#20c997' }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } }
    });
  }
})();
