{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<nav class="nav nav-pills small mb-3 my-nav" aria-label="我的">
  <a class="nav-link" href="/my/purchases">我的采购</a>
  <a class="nav-link" href="/my/quotes">我的报价</a>
  <a class="nav-link" href="/my/notifications">我的通知</a>
  <a class="nav-link" href="/purchase/new">发布采购</a>
</nav>
<h1 class="h4">我的报价</h1>
{{#EMPTY}}<p class="text-muted">还没有报价，去<a href="/purchases">采购大厅</a>看看。</p>{{/EMPTY}}
<div class="table-responsive"><table class="table align-middle table-cards">
  <thead><tr><th>品种</th><th>采购商</th><th>我的报价</th><th>回复</th><th>品种状态</th><th>时间</th></tr></thead>
  <tbody>
  {{#ROW}}<tr><td class="card-title"><a href="/item/{{ID}}">{{VARIETY}}</a> {{SPEC}} {{QUANTITY}}{{UNIT}}</td><td data-label="采购商">{{BUYER}} {{>BUYER_BADGE}}</td>
    <td data-label="我的报价"><a href="/quote/{{QID}}">¥{{QPRICE}}/{{PRICE_UNIT}}</a></td>
    <td data-label="回复"><span class="badge {{QSTATE_CSS}}">{{QSTATE}}</span>{{#REJECTED}} {{REASONS}}{{/REJECTED}}</td>
    <td data-label="品种状态"><span class="badge {{STATUS_CSS}}">{{STATUS}}</span></td><td data-label="时间">{{QTIME}}</td></tr>{{/ROW}}
  </tbody>
</table></div>
{{>PAGER}}
