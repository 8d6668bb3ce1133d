{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h2 class="h5 mb-0 me-auto">关键指标 · {{MONTH}}</h2>
  <a class="btn btn-outline-secondary btn-sm" href="{{BASE}}?month={{PREV}}">上个月</a>
  <a class="btn btn-outline-secondary btn-sm" href="{{BASE}}?month={{NEXT}}">下个月</a>
  <a class="btn btn-outline-success btn-sm" href="/admin/stats/path?month={{MONTH}}">业务路径</a>
</div>
<div class="row g-3 mb-3">
  <div class="col-md-6"><canvas id="stats-volume" data-labels="{{WEEKS}}" data-users="{{USERS}}" data-items="{{ITEMS}}" role="img" aria-label="新用户与新采购品种"></canvas></div>
  <div class="col-md-6"><canvas id="stats-rates" data-labels="{{WEEKS}}" data-quoted="{{QUOTED}}" data-accepted="{{ACCEPTED}}" role="img" aria-label="报价率与认可率"></canvas></div>
</div>
<div class="table-responsive" tabindex="0" role="region" aria-label="关键指标">
<table class="table table-sm align-middle text-nowrap">
  <thead><tr><th>周</th><th>日期</th><th class="text-end">新用户</th><th class="text-end">发布人</th><th class="text-end">报价人</th>
    <th class="text-end">新品种</th><th class="text-end">有报价%</th><th class="text-end">每品种报价</th><th class="text-end">首报价(小时)</th>
    <th class="text-end">有认可%</th><th class="text-end">报价已回复%</th><th class="text-end">报价被认可%</th><th class="text-end">回复(小时)</th></tr></thead>
  <tbody>{{#WEEK}}<tr><td>{{LABEL}}</td><td>{{RANGE}}</td><td class="text-end">{{NEW_USERS}}</td><td class="text-end">{{PUBLISHERS}}</td>
    <td class="text-end">{{QUOTERS}}</td><td class="text-end">{{NEW_ITEMS}}</td><td class="text-end">{{ITEMS_QUOTED}}</td>
    <td class="text-end">{{QUOTES_PER_ITEM}}</td><td class="text-end">{{HOURS_TO_QUOTE}}</td><td class="text-end">{{ITEMS_ACCEPTED}}</td>
    <td class="text-end">{{QUOTES_REPLIED}}</td><td class="text-end">{{QUOTES_ACCEPTED}}</td><td class="text-end">{{HOURS_TO_REPLY}}</td></tr>{{/WEEK}}</tbody>
</table>
</div>
