// Marketplace helpers: variety suggest with spec/unit pickers, the area cascade, adding item
// rows and copying the share link (selecting all quotes: forms.js). The forms work without it.
(function () {
  'use strict';
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function getJSON(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); });
  }
  function fillOptions(list, values) {
    list.textContent = '';
    values.forEach(function (v) { var o = document.createElement('option'); o.value = v; list.appendChild(o); });
  }

  // Variety suggest: one shared datalist, refreshed as the user types; specs follow the choice.
  var known = {};
  function bindVariety(input) {
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) return;
      timer = setTimeout(function () {
        getJSON('/varieties/suggest.json?q=' + encodeURIComponent(q)).then(function (j) {
          if (!j.ok) return;
          j.varieties.forEach(function (v) { known[v.name] = v; });
          fillOptions($('#variety-list'), j.varieties.map(function (v) { return v.name; }));
        });
      }, 200);
    });
    input.addEventListener('change', function () {
      var v = known[input.value.trim()];
      var row = input.closest('.item-row');
      if (!v || !row) return;
      var specs = $('datalist[id^="spec-list-"]', row);
      if (specs) fillOptions(specs, v.specs);
      var spec = $('.spec-input', row);
      if (spec && !spec.value && v.specs.length) spec.value = v.specs[0];
    });
  }
  $$('.variety-input').forEach(bindVariety);

  // Item rows: add one (a fresh index, never one a removed row had), remove any but the last
  // one left; the legends count 品种 1, 2, … again after each change.
  var add = $('#add-item');
  function renumber() {
    var rows = $$('.item-row');
    rows.forEach(function (row, i) {
      $('legend', row).textContent = '品种 ' + (i + 1);
      $('.remove-item', row).hidden = rows.length < 2;
    });
    if (add) add.disabled = rows.length >= 20;
  }
  function bindRemove(row) {
    $('.remove-item', row).addEventListener('click', function () {
      if ($$('.item-row').length < 2) return;
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber();
      var focus = next && $('.variety-input', next);
      if (focus) focus.focus();
    });
  }
  $$('.item-row').forEach(bindRemove);
  if (add) add.addEventListener('click', function () {
    var rows = $$('.item-row');
    if (rows.length >= 20) return;
    var last = rows[rows.length - 1], n = 0;
    rows.forEach(function (r) { n = Math.max(n, Number(r.dataset.index) + 1); });
    var copy = last.cloneNode(true);
    copy.dataset.index = n;
    $$('input, textarea', copy).forEach(function (el) {
      el.name = el.name.replace(/items\[\d+\]/, 'items[' + n + ']');
      el.id = el.id.replace(/\d+$/, n);
      if (el.type === 'checkbox') el.checked = false;
      else if (!el.classList.contains('unit-input')) el.value = '';
      el.classList.remove('is-invalid');
    });
    $$('label', copy).forEach(function (l) { l.htmlFor = l.htmlFor.replace(/\d+$/, n); });
    $$('.invalid-feedback', copy).forEach(function (e) { e.remove(); });
    $$('img, .form-text', copy).forEach(function (e) { (e.closest('.d-flex') || e).remove(); });
    var dl = $('datalist', copy);
    if (dl) { dl.id = 'spec-list-' + n; $('.spec-input', copy).setAttribute('list', dl.id); }
    last.parentNode.appendChild(copy);
    bindVariety($('.variety-input', copy));
    bindRemove(copy);
    renumber();
    $('.variety-input', copy).focus();
  });
  renumber();

  // Area cascade: province → city → district; the hidden field gets the deepest choice.
  var province = $('#area-province');
  if (province) {
    var city = $('#area-city'), district = $('#area-district'), area = $('#area');
    var load = function (parent, select, label) {
      select.textContent = '';
      var first = document.createElement('option'); first.value = ''; first.textContent = label;
      select.appendChild(first);
      if (!parent) return;
      getJSON('/areas/children.json?parent=' + parent).then(function (j) {
        (j.areas || []).forEach(function (a) {
          var o = document.createElement('option'); o.value = a.code; o.textContent = a.name; select.appendChild(o);
        });
      });
    };
    province.addEventListener('change', function () { area.value = province.value; load(province.value, city, '城市'); load('', district, '区县'); });
    city.addEventListener('change', function () { area.value = city.value || province.value; load(city.value, district, '区县'); });
    district.addEventListener('change', function () { area.value = district.value || city.value; });
  }

  // An item page served as a copy to a visitor without a session counts its view here, once
  // per page load, and shows the count with it (cgi-bin/market/item_view.cc).
  var views = $('[data-view-beacon]');
  if (views) {
    fetch(views.dataset.viewBeacon, { method: 'POST', credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (j) { if (j.ok) views.textContent = j.views; })
      .catch(function () {});
  }

  var copyBtn = $('#copy-link');
  if (copyBtn) copyBtn.addEventListener('click', function () {
    var input = document.getElementById(copyBtn.dataset.target);
    input.select();
    var done = function () { copyBtn.textContent = '已复制'; };
    if (navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand('copy'); done(); });
    else { document.execCommand('copy'); done(); }
  });

})();
