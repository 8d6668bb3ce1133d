// "获取验证码" buttons: POST /sms/code with the form's phone and CSRF token, then count down.
(function () {
  'use strict';
  document.querySelectorAll('.js-sms-send').forEach(function (button) {
    var form = button.closest('form');
    var status = form.querySelector('.js-sms-status');
    var label = button.textContent;
    function countdown(seconds) {
      button.disabled = true;
      var timer = setInterval(function () {
        seconds -= 1;
        button.textContent = seconds + '秒后重发';
        if (seconds <= 0) {
          clearInterval(timer);
          button.disabled = false;
          button.textContent = label;
        }
      }, 1000);
    }
    button.addEventListener('click', function () {
      var body = new URLSearchParams();
      body.set('phone', form.querySelector('[name="phone"]').value.trim());
      body.set('purpose', button.dataset.purpose);
      body.set('csrf_token', form.querySelector('[name="csrf_token"]').value);
      button.disabled = true;
      fetch('/sms/code', {method: 'POST', body: body, headers: {'Accept': 'application/json'},
                          credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (j) {
          // A registered phone on the publish form: no code is sent; the form offers to log
          // in and keeps the draft (POST login_first, see market/purchase_new).
          var loginFirst = form.querySelector('.js-login-first');
          if (j.error === 'phone_taken' && loginFirst) {
            status.textContent = '';
            loginFirst.hidden = false;
            button.disabled = false;
            return;
          }
          status.textContent = j.message || '';
          if (j.ok) countdown(j.resend_after || 60);
          else button.disabled = false;
        })
        .catch(function () {
          status.textContent = '网络错误，请稍后再试';
          button.disabled = false;
        });
    });
  });

  document.querySelectorAll('.js-login-first-go').forEach(function (go) {
    go.addEventListener('click', function () {
      var form = go.closest('form');
      var flag = document.createElement('input');
      flag.type = 'hidden';
      flag.name = 'login_first';
      flag.value = '1';
      form.appendChild(flag);
      form.submit();
    });
  });
})();
