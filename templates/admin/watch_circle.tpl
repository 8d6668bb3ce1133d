{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">已完成</div>{{/DONE}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<h2 class="h5 mb-3">{{NAME}} <small class="text-muted">{{ID}}</small></h2>
<h3 class="h6">成员</h3>
<div class="table-responsive"><table class="table table-sm align-middle">
  <thead><tr><th>称呼</th><th>手机号</th><th>位置</th><th></th></tr></thead>
  <tbody>{{#MEMBER}}<tr><td>{{NAME}}{{#OWNER}} <span class="badge text-bg-light">创建者</span>{{/OWNER}}</td><td>{{PHONE}}</td><td>{{SHARES}}</td>
    <td class="text-end"><form method="post" action="/admin/watch/circles/{{ID}}/members/{{UID}}/remove">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <button class="btn btn-outline-danger btn-sm" type="submit">移除</button></form></td></tr>{{/MEMBER}}</tbody>
</table></div>
<h3 class="h6">手表</h3>
<div class="table-responsive"><table class="table table-sm align-middle">
  <thead><tr><th>名称</th><th>IMEI</th><th>号码</th><th>状态</th><th>最后通信</th><th></th></tr></thead>
  <tbody>{{#WATCH}}<tr><td><a href="/admin/watch/watches/{{IMEI}}">{{NAME}}</a></td><td>{{IMEI}}</td><td>{{PHONE}}</td>
    <td>{{#ONLINE}}<span class="badge text-bg-success">在线</span>{{/ONLINE}}{{#OFFLINE}}<span class="badge text-bg-secondary">离线</span>{{/OFFLINE}}</td><td class="text-nowrap">{{LAST_SEEN}}</td>
    <td class="text-end"><form method="post" action="/admin/watch/watches/{{IMEI}}/unbind">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <button class="btn btn-outline-danger btn-sm" type="submit">解绑</button></form></td></tr>{{/WATCH}}</tbody>
</table></div>
<h3 class="h6">通讯录联系人</h3>
<div class="table-responsive"><table class="table table-sm">
  <thead><tr><th>称呼</th><th>号码</th></tr></thead>
  <tbody>{{#CONTACT}}<tr><td>{{NAME}}</td><td>{{PHONE}}</td></tr>{{/CONTACT}}</tbody>
</table></div>
