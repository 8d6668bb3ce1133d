{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">全部客户</h1>
{{#EMPTY}}<p class="crm-empty">暂无客户。</p>{{/EMPTY}}
<table class="table table-sm crm-table">
  <thead><tr><th>姓名</th><th>联系方式</th><th>来源</th><th>课程顾问</th><th>接单</th><th>最后跟进</th><th>状态</th></tr></thead>
  <tbody>
  {{#CUSTOMER}}
  <tr>
    <td><a href="/crm/customers/{{ID}}">{{NAME}}</a></td>
    <td>{{CONTACT}}</td><td>{{SOURCE}}</td><td>{{CONSULTANT}}</td><td>{{TAKEN}}</td>
    <td>{{LAST}}</td><td>{{STATUS}}</td>
  </tr>
  {{/CUSTOMER}}
  </tbody>
</table>
<nav class="crm-pager">
  {{#HAS_PREV}}<a href="{{BASE}}?page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a href="{{BASE}}?page={{NEXT_PAGE}}">下一页</a>{{/HAS_NEXT}}
</nav>
