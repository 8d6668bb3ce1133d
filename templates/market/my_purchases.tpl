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
<p class="small text-muted">最低有效价：待回复和已认可报价中的最低单价，不含未采纳的报价。</p>
{{#EMPTY}}<p class="text-muted">暂无采购单。</p>{{/EMPTY}}
{{#ORDER}}
<div class="card mb-3">
  <div class="card-header d-flex justify-content-between"><a href="/purchase/{{PID}}">采购单 #{{PID}}</a>
    <span>{{CREATED}} <span class="badge {{PSTATUS_CSS}}">{{PSTATUS}}</span></span></div>
  <div class="table-responsive"><table class="table mb-0 align-middle table-cards">
    <thead><tr><th>品种</th><th>数量</th><th>状态</th><th>报价</th><th>最低有效价</th><th>已认可</th><th>未读</th></tr></thead>
    <tbody>
    {{#ITEM}}<tr><td class="card-title"><a href="/item/{{ID}}">{{VARIETY}}</a> {{SPEC}}</td><td data-label="数量">{{QUANTITY}}{{UNIT}}</td>
      <td data-label="状态"><span class="badge {{STATUS_CSS}}">{{STATUS}}</span></td><td data-label="报价">{{QUOTES}}</td><td data-label="最低有效价">{{LOWEST}}</td><td data-label="已认可">{{ACCEPTED}}</td>
      <td data-label="未读">{{#HAS_UNREAD}}<span class="badge bg-danger">{{UNREAD}}</span>{{/HAS_UNREAD}}</td></tr>{{/ITEM}}
    </tbody>
  </table></div>
</div>
{{/ORDER}}
{{>PAGER}}
