{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">采购大厅</h1>
<form class="row g-2 mb-3" method="get" action="/purchases">
  <div class="col-12 col-md-4"><input class="form-control" type="search" name="q" value="{{Q}}" placeholder="品种名称或别名"></div>
  <input type="hidden" name="variety" value="{{VARIETY_FILTER}}">
  <div class="col-6 col-md-3"><select class="form-select" name="province" aria-label="省份">
    <option value="">全部省份</option>
    {{#PROVINCE}}<option value="{{CODE}}" {{SELECTED}}>{{NAME}}</option>{{/PROVINCE}}
  </select></div>
  <div class="col-6 col-md-3"><select class="form-select" name="status" aria-label="状态">
    <option value="">全部状态</option>
    {{#STATE}}<option value="{{VALUE}}" {{SELECTED}}>{{NAME}}</option>{{/STATE}}
  </select></div>
  <div class="col-12 col-md-2"><button class="btn btn-success w-100" type="submit">筛选</button></div>
</form>
<p class="text-muted small">共 {{TOTAL}} 条</p>
<div class="table-responsive">
<table class="table table-hover align-middle market-list">
  <thead><tr><th>品种</th><th>规格</th><th>数量</th><th>限价</th><th>交货地</th><th>状态</th><th>报价</th><th>采购商</th><th>发布</th></tr></thead>
  <tbody>
  {{#ITEM}}
    <tr>
      <td><a href="/item/{{ID}}">{{VARIETY}}</a></td><td>{{SPEC}}</td><td>{{QUANTITY}}{{UNIT}}</td>
      <td>{{PRICE}}</td><td>{{AREA}}</td>
      <td><span class="badge {{STATUS_CSS}}">{{STATUS}}</span></td><td>{{QUOTES}}</td>
      <td>{{BUYER}}</td><td>{{CREATED}}</td>
    </tr>
  {{/ITEM}}
  </tbody>
</table>
</div>
{{#EMPTY}}<p class="text-muted">没有符合条件的采购。</p>{{/EMPTY}}
<nav class="d-flex gap-3 align-items-center" aria-label="分页">
  {{#PREV}}<a class="btn btn-outline-secondary btn-sm" href="{{PREV_URL}}">上一页</a>{{/PREV}}
  <span>第 {{PAGE}} / {{PAGES}} 页</span>
  {{#NEXT}}<a class="btn btn-outline-secondary btn-sm" href="{{NEXT_URL}}">下一页</a>{{/NEXT}}
</nav>
