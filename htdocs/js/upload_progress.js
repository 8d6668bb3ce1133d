// Upload forms marked data-progress: the file goes up by XHR so the page can show a progress
// bar (bytes sent), then the server's answer (the import report page) replaces the page.
// Without JavaScript the form posts as usual.
(function () {
  'use strict';
  document.querySelectorAll('form[data-progress]').forEach(function (form) {
    form.addEventListener('submit', function (ev) {
      if (!window.FormData || !window.XMLHttpRequest) return;
      ev.preventDefault();
      var box = form.querySelector('.progress');
      var bar = box && box.querySelector('.progress-bar');
      var button = form.querySelector('button[type=submit]');
      if (bar) bar.style.width = '0%';
      if (box) box.classList.remove('d-none');
      if (button) button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable || !bar) return;
        var pct = Math.round((e.loaded / e.total) * 100);
        bar.style.width = pct + '%';
        bar.textContent = pct < 100 ? pct + '%' : '正在导入…';
      });
      xhr.addEventListener('load', function () {
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener('error', function () {
        if (button) button.disabled = false;
        if (bar) bar.textContent = '上传失败，请重试';
      });
      xhr.send(new FormData(form));
    });
  });
})();
