{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">报价详情 <span class="badge {{QSTATE_CSS}}">{{QSTATE}}</span></h1>
<p>采购品种：<a href="/item/{{ID}}">{{VARIETY}}</a> {{SPEC}} {{QUANTITY}}{{UNIT}} · 采购商 {{BUYER}} {{>BUYER_BADGE}} · <span class="badge {{STATUS_CSS}}">{{STATUS}}</span></p>
<dl class="row">
  <dt class="col-4 col-md-2">供应商</dt><dd class="col-8 col-md-10">{{SUPPLIER}} {{>VERIFIED_BADGE}}</dd>
  {{#SUPPLIER_PHONE}}<dt class="col-4 col-md-2">供应商电话</dt><dd class="col-8 col-md-10 quoter-phone"><a href="tel:{{PHONE}}">{{PHONE}}</a></dd>{{/SUPPLIER_PHONE}}
  <dt class="col-4 col-md-2">报价</dt><dd class="col-8 col-md-10">¥{{QPRICE}}/{{PRICE_UNIT}}{{#LOWEST}} <span class="badge bg-danger lowest">最低价</span>{{/LOWEST}}</dd>
  <dt class="col-4 col-md-2">货品描述</dt><dd class="col-8 col-md-10 pre-line">{{QQUALITY:pre_escape}}</dd>
  <dt class="col-4 col-md-2">价格说明</dt><dd class="col-8 col-md-10 pre-line">{{QEXPLAIN:pre_escape}}</dd>
  <dt class="col-4 col-md-2">报价时间</dt><dd class="col-8 col-md-10">{{QTIME}}</dd>
  {{#REJECTED}}<dt class="col-4 col-md-2">不采纳原因</dt><dd class="col-8 col-md-10">{{REASONS}}</dd>{{/REJECTED}}
  {{#HAS_MESSAGE}}<dt class="col-4 col-md-2">采购商留言</dt><dd class="col-8 col-md-10 pre-line">{{REPLY_MESSAGE:pre_escape}}</dd>{{/HAS_MESSAGE}}
</dl>
{{#PHOTO}}<figure class="figure quote-photo me-2"><a href="{{FULL}}"><img class="figure-img img-thumbnail" src="{{THUMB}}" alt="{{LABEL}}" width="150" height="150"></a><figcaption class="figure-caption text-center">{{LABEL}}</figcaption></figure>{{/PHOTO}}
{{#SHOW_BUYER_PHONE}}<div class="alert alert-success">采购商已认可您的报价，联系电话：<a class="buyer-phone fw-bold" href="tel:{{BUYER_PHONE}}">{{BUYER_PHONE}}</a></div>{{/SHOW_BUYER_PHONE}}
{{#REPLY_FORM}}
<form method="post" action="/quote/{{QID}}/reply" class="border rounded p-2">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <label><input type="radio" name="state" value="accept" checked> 认可（意向供应商）</label>
  <label><input type="radio" name="state" value="reject"> 不采纳：</label>
  <label><input type="checkbox" name="reasons" value="price"> 价格偏高</label>
  <label><input type="checkbox" name="reasons" value="quality"> 质量不符</label>
  <label><input type="checkbox" name="reasons" value="qualification"> 资质不符</label>
  <textarea class="form-control mt-1" name="message" rows="2" placeholder="给供应商留言（可选）" aria-label="留言"></textarea>
  <button class="btn btn-success btn-sm mt-2" type="submit">回复</button>
</form>
{{/REPLY_FORM}}
