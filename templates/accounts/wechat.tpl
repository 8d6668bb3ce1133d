{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form text-center py-4">
  <h1 class="h3 mb-3">{{HEADING}}</h1>
  <p class="lead">{{MESSAGE}}</p>
  {{#CHOOSE}}
  <p class="d-flex gap-2 justify-content-center">
    <a class="btn btn-success" href="/login?next={{NEXT:u}}">登录已有账号</a>
    <a class="btn btn-outline-success" href="/register?next={{NEXT:u}}">注册新账号</a>
  </p>
  {{/CHOOSE}}
  {{#RETRY}}
  <p class="d-flex gap-2 justify-content-center">
    <a class="btn btn-success" href="/wechat/login">重新微信登录</a>
    <a class="btn btn-outline-success" href="/login">手机号登录</a>
  </p>
  {{/RETRY}}
  {{#PHONE_LOGIN}}<p><a class="btn btn-success" href="/login">手机号登录</a></p>{{/PHONE_LOGIN}}
</section>
