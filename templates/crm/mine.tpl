{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">我的客户</h1>
<p class="text-muted small">私户 {{HELD}} / {{CAP}}。超过跟进期限或成单期限的客户会在夜间释放到公户。</p>
{{#HAS_DUE}}<section class="crm-due alert alert-warning" aria-labelledby="due-title">
  <h2 class="h6" id="due-title">今日待跟进</h2>
  <ul class="mb-0">{{#DUE}}<li><a href="/crm/customers/{{ID}}">{{NAME}}</a> <span class="small">计划 {{DATE}}{{#OVERDUE}}（已过期）{{/OVERDUE}}</span></li>{{/DUE}}</ul>
</section>{{/HAS_DUE}}
{{>FILTER}}
{{#EMPTY}}<p class="crm-empty">暂无分配给你的客户。</p>{{/EMPTY}}
<table class="table table-sm crm-table table-cards">
  <thead><tr><th>姓名</th><th>联系方式</th><th>来源</th><th>获得</th><th>最后跟进</th><th>下次跟进</th><th>意向</th><th>状态</th><th>释放倒计时</th></tr></thead>
  <tbody>
  {{#ROW}}
  <tr class="crm-status-{{STATUS_CODE}}">
    <td class="card-title">{{#OPEN}}<a href="/crm/customers/{{ID}}">{{NAME}}</a>{{/OPEN}}{{#CLOSED}}{{NAME}}{{/CLOSED}}</td>
    <td data-label="联系方式">{{CONTACT}}</td><td data-label="来源">{{SOURCE}}</td><td data-label="获得">{{ASSIGNED}} {{HOW}}</td><td data-label="最后跟进">{{LAST}}</td><td data-label="下次跟进">{{NEXT}}</td><td data-label="意向">{{INTENTION}}</td>
    <td data-label="状态">{{STATUS}}</td>
    <td data-label="释放倒计时">{{#COUNTDOWN}}<span class="crm-countdown{{#URGENT}} crm-urgent{{/URGENT}}" title="{{RELEASE}} 释放">剩 {{DAYS}} 天</span>{{/COUNTDOWN}}</td>
  </tr>
  {{/ROW}}
  </tbody>
</table>
