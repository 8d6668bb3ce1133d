{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form">
  <h1 class="h3 mb-3">重置密码</h1>
  {{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
  <form method="post" action="/password/reset" class="js-sms-form">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <div class="mb-3">
      <label class="form-label" for="phone">注册手机号</label>
      <input class="form-control{{#ERR_PHONE}} is-invalid{{/ERR_PHONE}}" id="phone" name="phone" value="{{PHONE}}" inputmode="numeric" maxlength="11" autocomplete="tel" required>
      {{#ERR_PHONE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_PHONE}}
    </div>
    <div class="mb-3">
      <label class="form-label" for="sms_code">短信验证码</label>
      <div class="input-group">
        <input class="form-control{{#ERR_SMS_CODE}} is-invalid{{/ERR_SMS_CODE}}" id="sms_code" name="sms_code" inputmode="numeric" maxlength="6" autocomplete="one-time-code" required>
        <button class="btn btn-outline-success js-sms-send" type="button" data-purpose="reset">获取验证码</button>
        {{#ERR_SMS_CODE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_SMS_CODE}}
      </div>
      <div class="form-text js-sms-status" aria-live="polite"></div>
    </div>
    <div class="mb-3">
      <label class="form-label" for="password">新密码</label>
      <input class="form-control{{#ERR_PASSWORD}} is-invalid{{/ERR_PASSWORD}}" id="password" name="password" type="password" minlength="6" autocomplete="new-password" required>
      {{#ERR_PASSWORD}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_PASSWORD}}
    </div>
    <button class="btn btn-success w-100" type="submit">重置密码</button>
  </form>
  <p class="mt-3"><a href="/login">返回登录</a></p>
</section>
