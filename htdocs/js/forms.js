// Small helpers every page's forms may use (loaded by the layout): a "select all" box
// (.check-all ticks the form's name="ids" boxes), and a question before a form whose step is
// hard to undo (data-confirm="…" on the form). The forms work without it.
(function () {
  'use strict';
  document.querySelectorAll('.check-all').forEach(function (box) {
    box.addEventListener('change', function () {
      box.closest('form').querySelectorAll('input[name="ids"]').forEach(function (c) {
        c.checked = box.checked;
      });
    });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
    });
  });
})();
