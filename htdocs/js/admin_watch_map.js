// The watch detail page's map (/admin/watch/watches/{imei}): the day's track points from the
// element's data-points (JSON) on Leaflet (Debian's libjs-leaflet), with tiles from
// data-tiles ([watch] tile_url); without a tile URL the track is drawn on a blank map.
(function () {
  var el = document.getElementById('watch-map');
  if (!el || typeof L === 'undefined') return;
  var points = [];
  try { points = JSON.parse(el.dataset.points || '[]'); } catch (e) { points = []; }
  // A zoom limit of its own: without tiles no layer sets one, and fitting the bounds of a
  // single track point (a day's first fix) would zoom without end and draw nothing.
  var map = L.map(el, { scrollWheelZoom: false, maxZoom: 19 });
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: '© OpenStreetMap' }).addTo(map);
  }
  if (!points.length) {
    map.setView([35.0, 105.0], 4);
    el.classList.add('watch-map-empty');
    return;
  }
  var line = points.map(function (p) { return [p.lat, p.lon]; });
  L.polyline(line, { color: '#0d6efd', weight: 3 }).addTo(map);
  points.forEach(function (p, i) {
    L.circle([p.lat, p.lon], { radius: p.r, weight: 1, fillOpacity: 0.08 }).addTo(map);
    L.circleMarker([p.lat, p.lon], { radius: i === points.length - 1 ? 7 : 4, weight: 2 })
      .bindTooltip(p.t).addTo(map);
  });
  map.fitBounds(L.latLngBounds(line).pad(0.2));
})();
