{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">采购单 #{{PID}} <span class="badge {{PSTATUS_CSS}}">{{PSTATUS}}</span></h1>
<dl class="row purchase-header">
  <dt class="col-4 col-md-2">采购商</dt><dd class="col-8 col-md-10">{{BUYER}} {{>BUYER_BADGE}}</dd>
  <dt class="col-4 col-md-2">交货地</dt><dd class="col-8 col-md-10">{{AREA}}</dd>
  <dt class="col-4 col-md-2">发票</dt><dd class="col-8 col-md-10">{{INVOICE}}</dd>
  <dt class="col-4 col-md-2">付款方式</dt><dd class="col-8 col-md-10">{{PAYMENT}}</dd>
  <dt class="col-4 col-md-2">寄样</dt><dd class="col-8 col-md-10">{{SAMPLE}}</dd>
  <dt class="col-4 col-md-2">资质要求</dt><dd class="col-8 col-md-10">{{QUALIFICATIONS}}</dd>
  <dt class="col-4 col-md-2">验收包装</dt><dd class="col-8 col-md-10 pre-line">{{ACCEPTANCE:pre_escape}}</dd>
  <dt class="col-4 col-md-2">备注</dt><dd class="col-8 col-md-10 pre-line">{{REMARK:pre_escape}}</dd>
  <dt class="col-4 col-md-2">发布时间</dt><dd class="col-8 col-md-10">{{CREATED}}</dd>
  <dt class="col-4 col-md-2">报价截止</dt><dd class="col-8 col-md-10">{{DEADLINE}}</dd>
</dl>
<div class="table-responsive">
<table class="table align-middle table-cards">
  <thead><tr><th>品种</th><th>规格</th><th>数量</th><th>质量要求</th><th>产地</th><th>限价</th><th>状态</th><th>报价</th><th><span class="visually-hidden">操作</span></th></tr></thead>
  <tbody>
  {{#ITEM}}
  <tr>
    <td class="card-title"><a href="/item/{{ID}}">{{VARIETY}}</a></td><td data-label="规格">{{SPEC}}</td><td data-label="数量">{{QUANTITY}}{{UNIT}}</td>
    <td class="pre-line" data-label="质量要求">{{QUALITY:pre_escape}}</td><td data-label="产地">{{ORIGIN}}</td><td data-label="限价">{{PRICE}}</td>
    <td data-label="状态"><span class="badge {{STATUS_CSS}}">{{STATUS}}</span></td><td data-label="报价">{{QUOTES}}</td>
    <td>{{#QUOTABLE}}<a class="btn btn-sm btn-success" href="/item/{{ID}}/quote">报价</a>{{/QUOTABLE}}</td>
  </tr>
  {{/ITEM}}
  </tbody>
</table>
</div>
{{#MINE}}{{#CAN_CHANGE}}
<div class="d-flex gap-2">
  <form method="post" action="/purchase/{{PID}}/success"><input type="hidden" name="csrf_token" value="{{CSRF}}">
    <button class="btn btn-warning" type="submit">标记采购成功</button></form>
  <form method="post" action="/purchase/{{PID}}/close"><input type="hidden" name="csrf_token" value="{{CSRF}}">
    <button class="btn btn-outline-danger" type="submit">关闭采购单</button></form>
  <a class="btn btn-outline-secondary" href="/purchase/{{PID}}/edit">修改</a>
  <a class="btn btn-outline-secondary" href="/purchase/{{PID}}/published">分享</a>
</div>
{{/CAN_CHANGE}}{{/MINE}}
{{#ADMIN}}<p class="small"><a href="/admin/purchases?q={{PID}}">在后台管理此采购单（关闭并通知采购商）</a></p>{{/ADMIN}}
