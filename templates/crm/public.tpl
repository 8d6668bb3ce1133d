{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">公户客户</h1>
<p class="text-muted small">超过跟进期限或成单期限的客户进入公户，任何课程顾问都可以抢单。</p>
{{#EMPTY}}<p class="crm-empty">公户暂无客户。</p>{{/EMPTY}}
<table class="table table-sm crm-table table-cards">
  <thead><tr><th>姓名</th><th>联系方式</th><th>来源</th><th>原顾问</th><th>最后跟进</th><th><span class="visually-hidden">操作</span></th></tr></thead>
  <tbody>
  {{#CUSTOMER}}
  <tr>
    <td class="card-title"><a href="/crm/customers/{{ID}}">{{NAME}}</a></td>
    <td data-label="联系方式">{{CONTACT}}</td><td data-label="来源">{{SOURCE}}</td><td data-label="原顾问">{{CONSULTANT}}</td><td data-label="最后跟进">{{LAST}}</td>
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
<nav class="crm-pager" aria-label="分页">
  {{#HAS_PREV}}<a href="{{BASE}}?page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a href="{{BASE}}?page={{NEXT_PAGE}}">下一页</a>{{/HAS_NEXT}}
</nav>
