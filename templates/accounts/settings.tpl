{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/accounts.css">
<section class="account-form-wide">
  <h1 class="h3 mb-3">我的设置 {{>VERIFIED_BADGE}}</h1>
  <p class="text-muted">手机号：{{PHONE}}{{#USERNAME}}　用户名：{{USERNAME}}{{/USERNAME}}</p>
  <p><a href="/my/verification">身份认证（营业执照、身份证）</a>：通过后显示“身份真实”标识。</p>

  <div class="card mb-4" id="avatar">
    <div class="card-header">头像</div>
    <div class="card-body d-flex align-items-center gap-3">
      {{#AVATAR}}<img class="settings-avatar" src="{{AVATAR_URL}}" alt="我的头像" width="96" height="96">{{/AVATAR}}
      {{#NO_AVATAR}}<img class="settings-avatar" src="/img/avatar.svg" alt="尚未上传头像" width="96" height="96">{{/NO_AVATAR}}
      <form method="post" action="/my/avatar" enctype="multipart/form-data" class="flex-grow-1">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <div class="mb-2">
          <label class="form-label" for="avatar_file">上传新头像（JPEG、PNG、GIF 或 WebP）</label>
          <input class="form-control" id="avatar_file" name="avatar" type="file" accept="image/jpeg,image/png,image/gif,image/webp" required>
        </div>
        <button class="btn btn-outline-success" type="submit">上传头像</button>
      </form>
    </div>
  </div>

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
  <div class="card mb-4" id="follow">
    <div class="card-header">关注品种</div>
    <div class="card-body">
      {{#FOLLOW_SAVED}}<div class="alert alert-success">关注品种已更新</div>{{/FOLLOW_SAVED}}
      {{#FOLLOW_ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/FOLLOW_ERROR}}
      <ul class="list-inline followed-varieties">
      {{#FOLLOWED}}
        <li class="list-inline-item mb-2">
          <form method="post" action="/my/settings" class="d-inline">
            <input type="hidden" name="csrf_token" value="{{CSRF}}">
            <input type="hidden" name="action" value="unfollow">
            <input type="hidden" name="variety_id" value="{{VARIETY_ID}}">
            <span class="badge bg-success">{{VARIETY_NAME}}</span>
            <button class="btn btn-link btn-sm p-0" type="submit" aria-label="取消关注{{VARIETY_NAME}}">取消</button>
          </form>
        </li>
      {{/FOLLOWED}}
      </ul>
      <form method="post" action="/my/settings" class="d-flex gap-2">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="action" value="follow">
        <input class="form-control" name="variety" value="{{FOLLOW_VARIETY}}" placeholder="品种名称，如 黄芪" aria-label="关注品种">
        <button class="btn btn-success text-nowrap" type="submit">关注</button>
      </form>
      <p class="form-text">报价时会自动关注该品种。</p>
    </div>
  </div>
  <div class="card mb-4" id="wechat">
    <div class="card-header">微信绑定</div>
    <div class="card-body">
      {{#WECHAT_UNBOUND_NOW}}<div class="alert alert-success">已解除微信绑定</div>{{/WECHAT_UNBOUND_NOW}}
      {{#WECHAT_BOUND}}
      <p class="mb-3">已绑定微信，可以用微信直接登录。</p>
      <form method="post" action="/my/settings">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="action" value="wechat_unbind">
        <button class="btn btn-outline-danger" type="submit">解除绑定</button>
      </form>
      {{/WECHAT_BOUND}}
      {{#WECHAT_UNBOUND}}
      <p class="mb-3">未绑定微信。绑定后可以用微信直接登录，并接收报价提醒。</p>
      <a class="btn btn-success" href="/wechat/login?next=/my/settings">绑定微信</a>
      {{/WECHAT_UNBOUND}}
    </div>
  </div>
</section>
