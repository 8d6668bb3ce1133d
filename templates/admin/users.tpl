{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<form class="row g-2 mb-3" method="get" action="/admin/users">
  <div class="col-auto"><input class="form-control" type="search" name="q" value="{{Q}}" placeholder="手机号、用户名或姓名" aria-label="手机号、用户名或姓名"></div>
  <div class="col-auto"><button class="btn btn-success" type="submit">搜索</button></div>
</form>
{{#HAS_PENDING}}<section class="alert alert-warning" aria-labelledby="pending-title">
  <h2 class="h6" id="pending-title">待审核的身份认证</h2>
  <ul class="mb-0">{{#PENDING}}<li><a href="/admin/users/{{ID}}">{{NAME}}</a> {{PHONE}} · 提交于 {{SUBMITTED}}</li>{{/PENDING}}</ul>
</section>{{/HAS_PENDING}}
<div class="table-responsive">
<table class="table table-sm table-hover align-middle table-cards">
  <thead><tr><th>ID</th><th>手机号</th><th>用户名</th><th>经营主体/姓名</th><th>称呼</th><th>类型</th><th>角色</th><th>状态</th><th>注册时间</th></tr></thead>
  <tbody>
  {{#USER}}<tr>
    <td class="card-hide"><a href="/admin/users/{{ID}}">{{ID}}</a></td><td data-label="手机号">{{PHONE}}</td><td data-label="用户名">{{USERNAME}}</td>
    <td class="card-title"><a href="/admin/users/{{ID}}">{{NAME}}</a> {{>VERIFIED_BADGE}}</td>
    <td data-label="称呼">{{NICKNAME}}</td><td data-label="类型">{{TYPE}}</td><td data-label="角色">{{ROLES}}</td>
    <td data-label="状态">{{#DISABLED}}<span class="badge bg-secondary">已停用</span>{{/DISABLED}}</td><td data-label="注册时间">{{CREATED}}</td>
  </tr>{{/USER}}
  {{#NONE}}<tr><td colspan="9" class="text-muted">没有找到用户</td></tr>{{/NONE}}
  </tbody>
</table>
</div>
<nav class="d-flex gap-2" aria-label="分页">
  {{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="/admin/users?q={{Q:u}}&amp;page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/admin/users?q={{Q:u}}&amp;page={{NEXT}}">下一页</a>{{/HAS_NEXT}}
</nav>
