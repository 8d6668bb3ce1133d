{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<div class="table-responsive" tabindex="0" role="region" aria-label="操作日志">
<table class="table table-sm">
  <thead><tr><th>时间</th><th>管理员</th><th>操作</th><th>对象</th><th>详情</th></tr></thead>
  <tbody>{{#LOG}}<tr><td>{{AT}}</td><td>{{ADMIN}}</td><td>{{ACTION}}</td>
    <td>{{OBJECT}}{{#USER_LINK}} <a href="/admin/users/{{OBJECT_ID}}">#{{OBJECT_ID}}</a>{{/USER_LINK}}{{#PLAIN_ID}} #{{OBJECT_ID}}{{/PLAIN_ID}}</td><td>{{DETAIL}}</td></tr>{{/LOG}}</tbody>
</table>
</div>
<nav class="d-flex gap-2" aria-label="分页">
  {{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="/admin/log?page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/admin/log?page={{NEXT}}">下一页</a>{{/HAS_NEXT}}
</nav>
