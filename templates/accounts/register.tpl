{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form">
  <h1 class="h3 mb-3">注册</h1>
  {{#WECHAT_PENDING}}<div class="alert alert-info">注册后，您的微信将与新账号绑定，以后可用微信直接登录。</div>{{/WECHAT_PENDING}}
  {{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
  <form method="post" action="/register" class="js-sms-form">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <input type="hidden" name="next" value="{{NEXT}}">
    <div class="mb-3">
      <label class="form-label" for="phone">手机号</label>
      <input class="form-control{{#ERR_PHONE}} is-invalid{{/ERR_PHONE}}" id="phone" name="phone" value="{{PHONE}}" inputmode="numeric" maxlength="11" autocomplete="tel" required>
      {{#ERR_PHONE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_PHONE}}
    </div>
    <div class="mb-3">
      <label class="form-label" for="sms_code">短信验证码</label>
      <div class="input-group">
        <input class="form-control{{#ERR_SMS_CODE}} is-invalid{{/ERR_SMS_CODE}}" id="sms_code" name="sms_code" inputmode="numeric" maxlength="6" autocomplete="one-time-code" required>
        <button class="btn btn-outline-success js-sms-send" type="button" data-purpose="register">获取验证码</button>
        {{#ERR_SMS_CODE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_SMS_CODE}}
      </div>
      <div class="form-text js-sms-status" aria-live="polite"></div>
    </div>
    <div class="mb-3">
      <label class="form-label" for="password">密码</label>
      <input class="form-control{{#ERR_PASSWORD}} is-invalid{{/ERR_PASSWORD}}" id="password" name="password" type="password" minlength="6" autocomplete="new-password" required>
      {{#ERR_PASSWORD}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_PASSWORD}}
      <div class="form-text">至少6位</div>
    </div>
    <div class="mb-3">
      <label class="form-label" for="name">经营主体/姓名</label>
      <input class="form-control{{#ERR_NAME}} is-invalid{{/ERR_NAME}}" id="name" name="name" value="{{NAME}}" maxlength="100" required>
      {{#ERR_NAME}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_NAME}}
    </div>
    <div class="mb-3">
      <label class="form-label" for="nickname">称呼</label>
      <input class="form-control{{#ERR_NICKNAME}} is-invalid{{/ERR_NICKNAME}}" id="nickname" name="nickname" value="{{NICKNAME}}" maxlength="50" placeholder="如：王经理">
      {{#ERR_NICKNAME}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_NICKNAME}}
    </div>
    <div class="mb-3">
      <label class="form-label" for="user_type">经营主体类型</label>
      <select class="form-select{{#ERR_USER_TYPE}} is-invalid{{/ERR_USER_TYPE}}" id="user_type" name="user_type" required>
        <option value="">请选择</option>
        {{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
        {{/TYPE}}
      </select>
      {{#ERR_USER_TYPE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_USER_TYPE}}
    </div>
    <div class="form-check mb-3">
      <input class="form-check-input{{#ERR_AGREE}} is-invalid{{/ERR_AGREE}}" id="agree" name="agree" type="checkbox" value="1"{{#AGREED}} checked{{/AGREED}} required>
      <label class="form-check-label" for="agree">我已阅读并同意<a href="/terms" target="_blank" rel="noopener">《服务条款》</a></label>
      {{#ERR_AGREE}}<div class="invalid-feedback">{{MESSAGE}}</div>{{/ERR_AGREE}}
    </div>
    <button class="btn btn-success w-100" type="submit">注册</button>
  </form>
  <p class="mt-3">已有账号？<a href="/login?next={{NEXT:u}}">登录</a></p>
</section>
