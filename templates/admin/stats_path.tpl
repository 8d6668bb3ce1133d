{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h2 class="h5 mb-0 me-auto">业务路径 · {{MONTH}}</h2>
  <a class="btn btn-outline-secondary btn-sm" href="{{BASE}}?month={{PREV}}">上个月</a>
  <a class="btn btn-outline-secondary btn-sm" href="{{BASE}}?month={{NEXT}}">下个月</a>
  <a class="btn btn-outline-success btn-sm" href="/admin/stats?month={{MONTH}}">关键指标</a>
</div>
<p class="text-muted small">本月推送轮次的接收人：从推送到报价被认可的每一步。</p>
<div class="mb-3"><canvas id="stats-path" data-labels="{{LABELS}}" data-counts="{{COUNTS}}" role="img" aria-label="业务路径"></canvas></div>
<div class="table-responsive" tabindex="0" role="region" aria-label="业务路径">
<table class="table table-sm align-middle">
  <thead><tr><th>步骤</th><th class="text-end">人数</th><th class="text-end">占推送</th></tr></thead>
  <tbody>{{#STEP}}<tr><td>{{LABEL}}</td><td class="text-end">{{COUNT}}</td><td class="text-end">{{SHARE}}</td></tr>{{/STEP}}</tbody>
</table>
</div>
