{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<div class="d-flex flex-wrap justify-content-between align-items-center gap-2">
  <h1 class="h4">全部客户</h1>
  <a class="btn btn-outline-success btn-sm" href="/crm/customers/export.xlsx?x=1{{FILTER_QUERY}}">导出 Excel</a>
</div>
{{>FILTER}}
{{#EMPTY}}<p class="crm-empty">暂无客户。</p>{{/EMPTY}}
<table class="table table-sm crm-table table-cards">
  <thead><tr><th>姓名</th><th>联系方式</th><th>来源</th><th>课程顾问</th><th>接单</th><th>最后跟进</th><th>意向</th><th>状态</th></tr></thead>
  <tbody>
  {{#CUSTOMER}}
  <tr>
    <td class="card-title"><a href="/crm/customers/{{ID}}">{{NAME}}</a></td>
    <td data-label="联系方式">{{CONTACT}}</td><td data-label="来源">{{SOURCE}}</td><td data-label="课程顾问">{{CONSULTANT}}</td><td data-label="接单">{{TAKEN}}</td>
    <td data-label="最后跟进">{{LAST}}</td><td data-label="意向">{{INTENTION}} <span class="small text-muted">{{TAGS}}</span></td><td data-label="状态">{{STATUS}}</td>
  </tr>
  {{/CUSTOMER}}
  </tbody>
</table>
<nav class="crm-pager" aria-label="分页">
  {{#HAS_PREV}}<a href="{{BASE}}?page={{PREV}}{{FILTER_QUERY}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a href="{{BASE}}?page={{NEXT_PAGE}}{{FILTER_QUERY}}">下一页</a>{{/HAS_NEXT}}
</nav>
