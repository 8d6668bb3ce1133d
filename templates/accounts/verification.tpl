{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form">
  <h1 class="h4">身份认证 {{>VERIFIED_BADGE}}</h1>
  <p class="text-muted">通过认证的会员在采购大厅、采购单和报价中显示“身份真实”标识，更容易获得信任。</p>
  {{#SENT}}<div class="alert alert-success" role="status">材料已提交，我们会尽快审核。</div>{{/SENT}}
  {{#VERIFIED}}<div class="alert alert-success">您的身份已认证。</div>{{/VERIFIED}}
  {{#PENDING}}<div class="alert alert-info text-dark" id="verification-status">审核中：您于 {{SUBMITTED}} 提交的材料正在审核。</div>{{/PENDING}}
  {{#REFUSED}}<div class="alert alert-warning" id="verification-status">上次申请未通过：{{REASON}}。请按要求重新提交。</div>{{/REFUSED}}
  {{#CAN_SUBMIT}}
  <form method="post" action="/my/verification" enctype="multipart/form-data">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <label class="form-label" for="document">营业执照或身份证照片（JPEG/PNG，最多4张）</label>
    <input class="form-control mb-3" type="file" id="document" name="document" accept="image/jpeg,image/png,image/gif,image/webp" multiple required>
    <button class="btn btn-success" type="submit">提交认证</button>
  </form>
  {{/CAN_SUBMIT}}
  <p class="mt-3"><a href="/my/settings">返回我的设置</a></p>
</section>
