{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<form class="d-flex gap-2 mb-3" method="get" action="/admin/watch/watches" role="search">
  <input class="form-control" name="q" value="{{Q}}" placeholder="IMEI、名称、手表号码或家庭圈号" aria-label="搜索手表">
  <button class="btn btn-primary text-nowrap" type="submit">搜索</button>
</form>
<div class="table-responsive">
<table class="table table-sm align-middle">
  <thead><tr><th>IMEI</th><th>名称</th><th>状态</th><th>电量</th><th>最后通信</th><th>家庭圈</th></tr></thead>
  <tbody>{{#WATCH}}<tr>
    <td><a href="/admin/watch/watches/{{IMEI}}">{{IMEI}}</a></td>
    <td>{{NAME}}</td>
    <td>{{#ONLINE}}<span class="badge text-bg-success">在线</span>{{/ONLINE}}{{#OFFLINE}}<span class="badge text-bg-secondary">离线</span>{{/OFFLINE}}</td>
    <td>{{#HAS_BATTERY}}{{BATTERY}}%{{/HAS_BATTERY}}</td>
    <td class="text-nowrap">{{LAST_SEEN}}</td>
    <td>{{#IN_CIRCLE}}<a href="/admin/watch/circles/{{CIRCLE_ID}}">{{CIRCLE_NAME}}</a>{{/IN_CIRCLE}}</td>
  </tr>{{/WATCH}}</tbody>
</table>
</div>
{{#NONE}}<p class="text-muted">没有找到手表。</p>{{/NONE}}
<nav class="d-flex gap-2">{{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="/admin/watch/watches?q={{Q}}&amp;page={{PREV}}">上一页</a>{{/HAS_PREV}}
{{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/admin/watch/watches?q={{Q}}&amp;page={{NEXT}}">下一页</a>{{/HAS_NEXT}}</nav>
