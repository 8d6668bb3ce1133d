{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">公户客户</h1>
<p class="text-muted small">超过跟进期限或成单期限的客户进入公户，任何课程顾问都可以抢单。</p>
{{#EMPTY}}<p class="crm-empty">公户暂无客户。</p>{{/EMPTY}}
<table class="table table-sm crm-table">
  <thead><tr><th>姓名</th><th>联系方式</th><th>来源</th><th>原顾问</th><th>最后跟进</th><th></th></tr></thead>
  <tbody>
  {{#CUSTOMER}}
  <tr>
    <td><a href="/crm/customers/{{ID}}">{{NAME}}</a></td>
    <td>{{CONTACT}}</td><td>{{SOURCE}}</td><td>{{CONSULTANT}}</td><td>{{LAST}}</td>
    <td>
      <form method="post" action="/crm/customers/{{ID}}/grab">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <button type="submit" class="btn btn-sm btn-success">抢单</button>
      </form>
    </td>
  </tr>
  {{/CUSTOMER}}
  </tbody>
</table>
<nav class="crm-pager">
  {{#HAS_PREV}}<a href="{{BASE}}?page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a href="{{BASE}}?page={{NEXT_PAGE}}">下一页</a>{{/HAS_NEXT}}
</nav>
