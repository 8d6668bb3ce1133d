{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">已保存</div>{{/DONE}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<h2 class="h5">{{DISPLAY}} {{>VERIFIED_BADGE}} {{#DISABLED}}<span class="badge bg-secondary">已停用</span>{{/DISABLED}}</h2>
<dl class="row">
  <dt class="col-sm-2">ID</dt><dd class="col-sm-10">{{ID}}</dd>
  <dt class="col-sm-2">手机号</dt><dd class="col-sm-10"><a href="tel:{{PHONE}}">{{PHONE}}</a></dd>
  <dt class="col-sm-2">用户名</dt><dd class="col-sm-10">{{USERNAME}}</dd>
  <dt class="col-sm-2">经营主体/姓名</dt><dd class="col-sm-10">{{NAME}}</dd>
  <dt class="col-sm-2">称呼</dt><dd class="col-sm-10">{{NICKNAME}}</dd>
</dl>
<div class="row g-4">
  <div class="col-md-6">
    <h3 class="h6">账号状态</h3>
    <form method="post" action="/admin/users/{{ID}}">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      {{#ENABLED}}<button class="btn btn-outline-danger btn-sm" name="action" value="disable" type="submit">停用账号</button>{{/ENABLED}}
      {{#DISABLED}}<button class="btn btn-outline-success btn-sm" name="action" value="enable" type="submit">启用账号</button>{{/DISABLED}}
    </form>
    <h3 class="h6 mt-3">经营主体类型</h3>
    <form class="d-flex gap-2" method="post" action="/admin/users/{{ID}}">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <input type="hidden" name="action" value="user_type">
      <select class="form-select form-select-sm w-auto" name="user_type" aria-label="经营主体类型">
        {{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}
      </select>
      <button class="btn btn-success btn-sm" type="submit">保存</button>
    </form>
    <h3 class="h6 mt-3">角色</h3>
    <form method="post" action="/admin/users/{{ID}}">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <input type="hidden" name="action" value="roles">
      {{#ROLE}}<label class="form-check form-check-inline"><input class="form-check-input" type="checkbox" name="roles" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label>{{/ROLE}}
      <button class="btn btn-success btn-sm" type="submit">保存角色</button>
    </form>
  </div>
  <div class="col-md-6">
    <h3 class="h6">身份认证</h3>
    {{#REQUEST_PENDING}}<div class="alert alert-warning py-2">会员于 {{SUBMITTED}} 提交了认证材料，待审核。
      <form class="d-flex flex-wrap gap-1 mt-2" method="post" action="/admin/users/{{ID}}">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="action" value="refuse_verification">
        <label class="visually-hidden" for="refuse-reason">未通过的原因</label>
        <input class="form-control form-control-sm w-auto" id="refuse-reason" name="reason" maxlength="200" required placeholder="未通过的原因（告诉会员）">
        <button class="btn btn-outline-danger btn-sm" type="submit">不通过</button>
      </form></div>{{/REQUEST_PENDING}}
    {{#REQUEST_REFUSED}}<p class="small text-muted">上次申请（{{SUBMITTED}}）未通过：{{REASON}}</p>{{/REQUEST_REFUSED}}
    <div class="d-flex flex-wrap gap-2 mb-2">
      {{#DOC}}<a href="{{FULL}}" rel="noopener"><img class="img-thumbnail admin-doc" src="{{THUMB}}" alt="身份证明 {{AT}}"></a>{{/DOC}}
    </div>
    <form class="mb-2" method="post" action="/admin/users/{{ID}}" enctype="multipart/form-data">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <input type="hidden" name="action" value="document">
      <input class="form-control form-control-sm mb-2" type="file" name="document" aria-label="身份证明照片" accept="image/jpeg,image/png,image/gif,image/webp" multiple>
      <button class="btn btn-outline-secondary btn-sm" type="submit">上传证明材料</button>
    </form>
    <form method="post" action="/admin/users/{{ID}}">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      {{#UNVERIFIED}}<button class="btn btn-success btn-sm" name="action" value="verify" type="submit">认证为身份真实</button>{{/UNVERIFIED}}
      {{#VERIFIED}}<button class="btn btn-outline-danger btn-sm" name="action" value="unverify" type="submit">取消身份认证</button>{{/VERIFIED}}
    </form>
  </div>
</div>
<h3 class="h6 mt-4">操作记录</h3>
<table class="table table-sm">
  <tbody>{{#LOG}}<tr><td>{{AT}}</td><td>{{ADMIN}}</td><td>{{ACTION}}</td><td>{{DETAIL}}</td></tr>{{/LOG}}</tbody>
</table>
