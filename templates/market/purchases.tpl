{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">采购大厅</h1>
{{#TABS}}<ul class="nav nav-tabs mb-3">
  <li class="nav-item"><a class="nav-link {{ALL_ACTIVE}}" aria-current="{{ALL_CURRENT}}" href="/purchases">全部采购</a></li>
  <li class="nav-item"><a class="nav-link {{FOLLOWED_ACTIVE}}" aria-current="{{FOLLOWED_CURRENT}}" href="/purchases?tab=followed">我关注的品种</a></li>
</ul>{{/TABS}}
<form class="row g-2 mb-3" method="get" action="/purchases" role="search" aria-label="筛选采购">
  {{#IN_FOLLOWED}}<input type="hidden" name="tab" value="{{TAB}}">
  <p class="col-12 small text-muted mb-0">只显示您关注的品种，关注的品种可在<a href="/my/settings">账号设置</a>中管理（报价过的品种会自动关注）。</p>{{/IN_FOLLOWED}}
  <div class="col-12 col-md-4"><input class="form-control" type="search" name="q" value="{{Q}}" placeholder="品种名称、别名或拼音首字母（如 hq）" aria-label="品种"></div>
  <input type="hidden" name="variety" value="{{VARIETY_FILTER}}">
  <div class="col-6 col-md-2"><select class="form-select" name="category" aria-label="品种分类">
    <option value="">全部分类</option>
    {{#CATEGORY}}<option value="{{VALUE}}" {{SELECTED}}>{{NAME}}</option>{{/CATEGORY}}
  </select></div>
  <div class="col-6 col-md-2"><input class="form-control" name="origin" value="{{ORIGIN}}" placeholder="产地，如 甘肃" aria-label="产地"></div>
  <div class="col-6 col-md-2"><select class="form-select" name="province" aria-label="交货省份">
    <option value="">全部省份</option>
    {{#PROVINCE}}<option value="{{CODE}}" {{SELECTED}}>{{NAME}}</option>{{/PROVINCE}}
  </select></div>
  <div class="col-6 col-md-2"><select class="form-select" name="status" aria-label="状态">
    <option value="">全部状态</option>
    {{#STATE}}<option value="{{VALUE}}" {{SELECTED}}>{{NAME}}</option>{{/STATE}}
  </select></div>
  <div class="col-6 col-md-2"><select class="form-select" name="sort" aria-label="排序">
    {{#SORT}}<option value="{{VALUE}}" {{SELECTED}}>{{NAME}}</option>{{/SORT}}
  </select></div>
  <div class="col-6 col-md-2"><button class="btn btn-success w-100" type="submit">筛选</button></div>
</form>
<p class="text-muted small">共 {{TOTAL}} 条</p>
<div class="table-responsive">
<table class="table table-hover align-middle market-list table-cards">
  <thead><tr><th>品种</th><th>规格</th><th>数量</th><th>限价</th><th>交货地</th><th>状态</th><th>报价</th><th>采购商</th><th>发布</th></tr></thead>
  <tbody>
  {{#ITEM}}
    <tr>
      <td class="card-title"><a href="/item/{{ID}}">{{VARIETY}}</a></td><td data-label="规格">{{SPEC}}</td><td data-label="数量">{{QUANTITY}}{{UNIT}}</td>
      <td data-label="限价">{{PRICE}}</td><td data-label="交货地">{{AREA}}</td>
      <td data-label="状态"><span class="badge {{STATUS_CSS}}">{{STATUS}}</span></td><td data-label="报价">{{QUOTES}}</td>
      <td data-label="采购商">{{BUYER}} {{>BUYER_BADGE}}</td><td data-label="发布">{{CREATED}}</td>
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
