{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form-wide">
  <h1 class="h3 mb-3">我的设置</h1>
  <p class="text-muted">手机号：{{PHONE}}{{#VERIFIED}} <span class="badge bg-success">身份已认证</span>{{/VERIFIED}}{{#USERNAME}}　用户名：{{USERNAME}}{{/USERNAME}}</p>

  <!-- One card per setting; each form posts its own action. -->
  <div class="card mb-4" id="profile">
    <div class="card-header">基本资料</div>
    <div class="card-body">
      {{#PROFILE_SAVED}}<div class="alert alert-success">资料已保存</div>{{/PROFILE_SAVED}}
      {{#PROFILE_ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/PROFILE_ERROR}}
      <form method="post" action="/my/settings">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="action" value="profile">
        <div class="mb-3">
          <label class="form-label" for="name">经营主体/姓名</label>
          <input class="form-control" id="name" name="name" value="{{NAME}}" maxlength="100" required>
        </div>
        <div class="mb-3">
          <label class="form-label" for="nickname">称呼</label>
          <input class="form-control" id="nickname" name="nickname" value="{{NICKNAME}}" maxlength="50">
        </div>
        <div class="mb-3">
          <label class="form-label" for="user_type">经营主体类型</label>
          <select class="form-select" id="user_type" name="user_type">
            {{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
            {{/TYPE}}
          </select>
        </div>
        <button class="btn btn-success" type="submit">保存资料</button>
      </form>
    </div>
  </div>

  <div class="card mb-4" id="password">
    <div class="card-header">修改密码</div>
    <div class="card-body">
      {{#PASSWORD_SAVED}}<div class="alert alert-success">密码已修改</div>{{/PASSWORD_SAVED}}
      {{#PASSWORD_ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/PASSWORD_ERROR}}
      <form method="post" action="/my/settings">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="action" value="password">
        <div class="mb-3">
          <label class="form-label" for="old_password">原密码</label>
          <input class="form-control" id="old_password" name="old_password" type="password" autocomplete="current-password" required>
        </div>
        <div class="mb-3">
          <label class="form-label" for="new_password">新密码</label>
          <input class="form-control" id="new_password" name="password" type="password" minlength="6" autocomplete="new-password" required>
        </div>
        <button class="btn btn-success" type="submit">修改密码</button>
      </form>
    </div>
  </div>
</section>
