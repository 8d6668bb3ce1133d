{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">我的客户</h1>
<p class="text-muted small">私户 {{HELD}} / {{CAP}}。超过跟进期限或成单期限的客户会在夜间释放到公户。</p>
{{#EMPTY}}<p class="crm-empty">暂无分配给你的客户。</p>{{/EMPTY}}
<table class="table table-sm crm-table">
  <thead><tr><th>姓名</th><th>联系方式</th><th>来源</th><th>获得</th><th>最后跟进</th><th>状态</th><th>释放倒计时</th></tr></thead>
  <tbody>
  {{#ROW}}
  <tr class="crm-status-{{STATUS_CODE}}">
    <td>{{#OPEN}}<a href="/crm/customers/{{ID}}">{{NAME}}</a>{{/OPEN}}{{#CLOSED}}{{NAME}}{{/CLOSED}}</td>
    <td>{{CONTACT}}</td><td>{{SOURCE}}</td><td>{{ASSIGNED}} {{HOW}}</td><td>{{LAST}}</td>
    <td>{{STATUS}}</td>
    <td>{{#COUNTDOWN}}<span class="crm-countdown{{#URGENT}} crm-urgent{{/URGENT}}" title="{{RELEASE}} 释放">剩 {{DAYS}} 天</span>{{/COUNTDOWN}}</td>
  </tr>
  {{/ROW}}
  </tbody>
</table>
