// A form refused for an ordinary mistake came back to this page (lib/web/back.h): put back
// what was typed, mark the field the message is about, and move focus to the message.
(function () {
  'use strict';
  var box = document.getElementById('back-message');
  if (!box) return;
  var sent = {};  // name → the values submitted, in order
  try {
    JSON.parse(box.getAttribute('data-fields') || '[]').forEach(function (p) {
      (sent[p[0]] = sent[p[0]] || []).push(p[1]);
    });
  } catch (e) { sent = {}; }
  Object.keys(sent).forEach(function (name) {
    var values = sent[name], nth = 0;
    var els = document.querySelectorAll('form [name="' + CSS.escape(name) + '"]');
    Array.prototype.forEach.call(els, function (el) {
      if (el.type === 'hidden' || el.type === 'file' || el.type === 'submit') return;
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = values.indexOf(el.value) >= 0;
      else if (nth < values.length) el.value = values[nth++];
    });
  });
  var field = box.getAttribute('data-field');
  var target = field && document.querySelector('form [name="' + CSS.escape(field) + '"]');
  if (target && target.type !== 'hidden') {
    target.classList.add('is-invalid');
    target.setAttribute('aria-describedby', 'back-message');
  }
  box.tabIndex = -1;
  box.focus();
})();
