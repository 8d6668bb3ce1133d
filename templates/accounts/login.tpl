{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form">
  <h1 class="h3 mb-3">登录</h1>
  {{#RESET_DONE}}<div class="alert alert-success">密码已重置，请用新密码登录。</div>{{/RESET_DONE}}
  {{#WECHAT_PENDING}}<div class="alert alert-info">登录后，您的微信将与此账号绑定，以后可用微信直接登录。</div>{{/WECHAT_PENDING}}
  {{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
  <form method="post" action="/login">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <input type="hidden" name="next" value="{{NEXT}}">
    <div class="mb-3">
      <label class="form-label" for="login">手机号或用户名</label>
      <input class="form-control" id="login" name="login" value="{{LOGIN}}" autocomplete="username" required>
    </div>
    <div class="mb-3">
      <label class="form-label" for="password">密码</label>
      <input class="form-control" id="password" name="password" type="password" autocomplete="current-password" required>
    </div>
    <div class="form-check mb-3">
      <input class="form-check-input" id="remember" name="remember" type="checkbox" value="1"{{#REMEMBER}} checked{{/REMEMBER}}>
      <label class="form-check-label" for="remember">记住我（7天内免登录）</label>
    </div>
    <button class="btn btn-success w-100" type="submit">登录</button>
  </form>
  <p class="mt-3 d-flex justify-content-between">
    <a href="/register?next={{NEXT:u}}">注册新账号</a>
    <a href="/password/reset">忘记密码？</a>
    <a href="/wechat/login?next={{NEXT:u}}">微信登录</a>
  </p>
</section>
