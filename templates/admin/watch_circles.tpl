{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<form class="d-flex gap-2 mb-3" method="get" action="/admin/watch/circles" role="search">
  <input class="form-control" name="q" value="{{Q}}" placeholder="家庭圈号、名称、成员手机号或称呼" aria-label="搜索家庭圈">
  <button class="btn btn-primary text-nowrap" type="submit">搜索</button>
</form>
<div class="table-responsive">
<table class="table table-sm align-middle">
  <thead><tr><th>家庭圈号</th><th>名称</th><th class="text-end">成员</th><th class="text-end">手表</th><th>创建时间</th></tr></thead>
  <tbody>{{#CIRCLE}}<tr><td><a href="/admin/watch/circles/{{ID}}">{{ID}}</a></td><td>{{NAME}}</td><td class="text-end">{{MEMBERS}}</td><td class="text-end">{{WATCHES}}</td><td class="text-nowrap">{{CREATED}}</td></tr>{{/CIRCLE}}</tbody>
</table>
</div>
{{#NONE}}<p class="text-muted">没有找到家庭圈。</p>{{/NONE}}
<nav class="d-flex gap-2">{{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="/admin/watch/circles?q={{Q}}&amp;page={{PREV}}">上一页</a>{{/HAS_PREV}}
{{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/admin/watch/circles?q={{Q}}&amp;page={{NEXT}}">下一页</a>{{/HAS_NEXT}}</nav>
