{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<form class="row g-2 mb-3" method="get" action="/admin/users">
  <div class="col-auto"><input class="form-control" type="search" name="q" value="{{Q}}" placeholder="手机号、用户名或姓名"></div>
  <div class="col-auto"><button class="btn btn-success" type="submit">搜索</button></div>
</form>
<div class="table-responsive">
<table class="table table-sm table-hover align-middle">
  <thead><tr><th>ID</th><th>手机号</th><th>用户名</th><th>经营主体/姓名</th><th>称呼</th><th>类型</th><th>角色</th><th>状态</th><th>注册时间</th></tr></thead>
  <tbody>
  {{#USER}}<tr>
    <td><a href="/admin/users/{{ID}}">{{ID}}</a></td><td>{{PHONE}}</td><td>{{USERNAME}}</td>
    <td><a href="/admin/users/{{ID}}">{{NAME}}</a>{{#VERIFIED}} <span class="badge bg-success">身份真实</span>{{/VERIFIED}}</td>
    <td>{{NICKNAME}}</td><td>{{TYPE}}</td><td>{{ROLES}}</td>
    <td>{{#DISABLED}}<span class="badge bg-secondary">已停用</span>{{/DISABLED}}</td><td>{{CREATED}}</td>
  </tr>{{/USER}}
  {{#NONE}}<tr><td colspan="9" class="text-muted">没有找到用户</td></tr>{{/NONE}}
  </tbody>
</table>
</div>
<nav class="d-flex gap-2">
  {{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="/admin/users?q={{Q:u}}&amp;page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/admin/users?q={{Q:u}}&amp;page={{NEXT}}">下一页</a>{{/HAS_NEXT}}
</nav>
