{{%AUTOESCAPE context="HTML"}}
<div class="row justify-content-center">
<div class="col-md-6 col-lg-5">
<div class="card my-4"><div class="card-body">
  <h1 class="h5 mb-3">退订推送消息</h1>
  {{#ASK}}
  <p>退订后，手机号 {{PHONE}} 将不再收到药材求购的推送短信和消息（验证码等账户短信不受影响）。</p>
  <p class="text-muted small">本次推送：{{VARIETY}}</p>
  <form method="post" action="/t/{{TOKEN}}/optout">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <button class="btn btn-danger w-100" type="submit">确认退订</button>
  </form>
  {{/ASK}}
  {{#DONE}}
  <p class="mb-0">已退订。手机号 {{PHONE}} 不会再收到推送消息。</p>
  {{/DONE}}
</div></div>
</div>
</div>
