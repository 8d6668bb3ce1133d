{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<nav class="nav nav-pills small mb-3 my-nav" aria-label="我的">
  <a class="nav-link" href="/my/purchases">我的采购</a>
  <a class="nav-link" href="/my/quotes">我的报价</a>
  <a class="nav-link" href="/my/notifications">我的通知</a>
  <a class="nav-link" href="/purchase/new">发布采购</a>
</nav>
<h1 class="h4">我的采购 <a class="btn btn-success btn-sm" href="/purchase/new">发布采购</a></h1>
<ul class="nav nav-tabs mb-3">
  {{#TAB}}<li class="nav-item"><a class="nav-link {{ACTIVE}}" href="/my/purchases?tab={{KEY}}">{{NAME}} <span class="badge bg-secondary tab-count">{{COUNT}}</span></a></li>{{/TAB}}
</ul>
{{#EMPTY}}<p class="text-muted">暂无采购单。</p>{{/EMPTY}}
{{#ORDER}}
<div class="card mb-3">
  <div class="card-header d-flex justify-content-between"><a href="/purchase/{{PID}}">采购单 #{{PID}}</a>
    <span>{{CREATED}} <span class="badge {{PSTATUS_CSS}}">{{PSTATUS}}</span></span></div>
  <div class="table-responsive"><table class="table mb-0 align-middle">
    <thead><tr><th>品种</th><th>数量</th><th>状态</th><th>报价</th><th>最低价</th><th>已认可</th><th>未读</th></tr></thead>
    <tbody>
    {{#ITEM}}<tr><td><a href="/item/{{ID}}">{{VARIETY}}</a> {{SPEC}}</td><td>{{QUANTITY}}{{UNIT}}</td>
      <td><span class="badge {{STATUS_CSS}}">{{STATUS}}</span></td><td>{{QUOTES}}</td><td>{{LOWEST}}</td><td>{{ACCEPTED}}</td>
      <td>{{#HAS_UNREAD}}<span class="badge bg-danger">{{UNREAD}}</span>{{/HAS_UNREAD}}</td></tr>{{/ITEM}}
    </tbody>
  </table></div>
</div>
{{/ORDER}}
