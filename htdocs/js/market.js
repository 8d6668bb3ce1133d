// Marketplace helpers: variety suggest with spec/unit pickers, the area cascade, adding item
// rows, copying the share link and selecting all quotes. The forms work without it.
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

  var add = $('#add-item');
  if (add) add.addEventListener('click', function () {
    var rows = $$('.item-row');
    if (rows.length >= 20) { add.disabled = true; return; }
    var last = rows[rows.length - 1], n = rows.length;
    var copy = last.cloneNode(true);
    copy.dataset.index = n;
    $$('input, textarea', copy).forEach(function (el) {
      el.name = el.name.replace(/items\[\d+\]/, 'items[' + n + ']');
      el.id = el.id.replace(/\d+$/, n);
      if (!el.classList.contains('unit-input')) el.value = '';
      el.classList.remove('is-invalid');
    });
    $$('label', copy).forEach(function (l) { l.htmlFor = l.htmlFor.replace(/\d+$/, n); });
    $$('.invalid-feedback', copy).forEach(function (e) { e.remove(); });
    var dl = $('datalist', copy);
    if (dl) { dl.id = 'spec-list-' + n; $('.spec-input', copy).setAttribute('list', dl.id); }
    $('legend', copy).textContent = '品种 ' + (n + 1);
    last.parentNode.appendChild(copy);
    bindVariety($('.variety-input', copy));
  });

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

  var copyBtn = $('#copy-link');
  if (copyBtn) copyBtn.addEventListener('click', function () {
    var input = document.getElementById(copyBtn.dataset.target);
    input.select();
    var done = function () { copyBtn.textContent = '已复制'; };
    if (navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand('copy'); done(); });
    else { document.execCommand('copy'); done(); }
  });

  $$('.check-all').forEach(function (box) {
    box.addEventListener('change', function () {
      $$('input[name="ids"]', box.closest('form')).forEach(function (c) { c.checked = box.checked; });
    });
  });
})();
