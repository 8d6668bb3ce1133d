{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<div class="row row-cols-2 row-cols-md-4 g-2 mb-4">
  <div class="col"><div class="card"><div class="card-body"><div class="small text-muted">在线手表</div><div class="fs-4" id="watch-online">{{ONLINE}}</div><div class="small text-muted">共 {{WATCHES}} 块，已绑定 {{BOUND}}</div></div></div></div>
  <div class="col"><div class="card"><div class="card-body"><div class="small text-muted">24 小时事件</div><div class="fs-4" id="watch-events">{{EVENTS}}</div></div></div></div>
  <div class="col"><div class="card"><div class="card-body"><div class="small text-muted">家庭圈</div><div class="fs-4">{{CIRCLES}}</div><div class="small text-muted">成员 {{MEMBERS}}</div></div></div></div>
  <div class="col"><div class="card"><div class="card-body"><div class="small text-muted">待送达指令</div><div class="fs-4">{{WAITING}}</div></div></div></div>
</div>
<h2 class="h6">最近 24 小时的事件</h2>
<table class="table table-sm w-auto">
  <thead><tr><th>类型</th><th class="text-end">次数</th></tr></thead>
  <tbody>{{#EVENT_TYPE}}<tr><td>{{TYPE}}</td><td class="text-end">{{COUNT}}</td></tr>{{/EVENT_TYPE}}</tbody>
</table>
<p><a class="btn btn-outline-primary btn-sm" href="/admin/watch/watches">查找手表</a>
  <a class="btn btn-outline-primary btn-sm" href="/admin/watch/circles">查找家庭圈</a></p>
