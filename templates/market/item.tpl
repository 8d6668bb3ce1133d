{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<div class="item-summary">
  <h1 class="h4">{{VARIETY}} <small class="text-muted">{{SPEC}}</small> <span class="badge {{STATUS_CSS}}">{{STATUS}}</span></h1>
  <dl class="row">
    <dt class="col-4 col-md-2">采购数量</dt><dd class="col-8 col-md-4">{{QUANTITY}}{{UNIT}}</dd>
    <dt class="col-4 col-md-2">限价</dt><dd class="col-8 col-md-4">{{PRICE}}</dd>
    <dt class="col-4 col-md-2">产地要求</dt><dd class="col-8 col-md-4">{{ORIGIN}}</dd>
    <dt class="col-4 col-md-2">交货地</dt><dd class="col-8 col-md-4">{{AREA}}</dd>
    <dt class="col-4 col-md-2">质量要求</dt><dd class="col-8 col-md-10 pre-line">{{QUALITY:pre_escape}}</dd>
  </dl>
  {{#HAS_PHOTO}}<figure class="figure item-photo"><img class="figure-img img-fluid rounded" src="{{PHOTO_URL}}" alt="{{VARIETY}} 照片"></figure>{{/HAS_PHOTO}}
  <div class="buyer-stats small border rounded p-2 mb-3">
    采购商：<strong>{{BUYER}}</strong> {{>BUYER_BADGE}} · 已发布 {{STAT_ITEMS}} 个品种 · 回复率 {{STAT_REPLY_RATE}}% · 已认可 {{STAT_ACCEPTED}} 个品种
    · <a href="/purchase/{{PURCHASE_ID}}">查看采购单</a>
  </div>
</div>
<dl class="row small">
  <dt class="col-4 col-md-2">发票</dt><dd class="col-8 col-md-4">{{INVOICE}}</dd>
  <dt class="col-4 col-md-2">付款方式</dt><dd class="col-8 col-md-4">{{PAYMENT}}</dd>
  <dt class="col-4 col-md-2">资质要求</dt><dd class="col-8 col-md-4">{{QUALIFICATIONS}}</dd>
  <dt class="col-4 col-md-2">报价截止</dt><dd class="col-8 col-md-4">{{DEADLINE}}</dd>
  <dt class="col-4 col-md-2">备注</dt><dd class="col-8 col-md-10 pre-line">{{REMARK:pre_escape}}</dd>
</dl>
<p class="small text-muted">浏览 <span{{#VIEW_BEACON}} data-view-beacon="/item/{{ID}}/view"{{/VIEW_BEACON}}>{{VIEWS}}</span> 次 · 共 {{QUOTES}} 个报价</p>
{{#QUOTE_BUTTON}}<p class="quote-action">
  {{#CAN_QUOTE}}<a class="btn btn-success" href="/item/{{ID}}/quote">我要报价</a>{{#QUOTA_LEFT}} <span class="small text-muted ms-2">本周还剩 {{LEFT}} 次</span>{{/QUOTA_LEFT}}{{/CAN_QUOTE}}
  {{#CANNOT_QUOTE}}<button type="button" class="btn btn-secondary" disabled aria-describedby="quote-why">我要报价</button> <span class="small text-muted ms-2" id="quote-why">{{REASON}}</span>{{/CANNOT_QUOTE}}
</p>{{/QUOTE_BUTTON}}
{{#SHOW_BUYER_PHONE}}<div class="alert alert-success">采购商已认可您的报价，联系电话：<a class="buyer-phone fw-bold" href="tel:{{BUYER_PHONE}}">{{BUYER_PHONE}}</a></div>{{/SHOW_BUYER_PHONE}}
{{#MY_QUOTE}}
<div class="my-quote border rounded p-2 mb-2">我的报价：¥{{QPRICE}}/{{PRICE_UNIT}} <span class="badge {{QSTATE_CSS}}">{{QSTATE}}</span> {{QTIME}}
  {{#REJECTED}}<span class="text-muted">（{{REASONS}}）</span>{{/REJECTED}} <a href="/quote/{{QID}}">详情</a></div>
{{/MY_QUOTE}}
{{#PUBLIC_VIEW}}
<h2 class="h6">报价记录</h2>
<ul class="list-unstyled quoters">
  {{#QUOTER}}<li>{{SUPPLIER}} 于 {{QTIME}} 报价</li>{{/QUOTER}}
</ul>
{{#NO_QUOTES}}<p class="text-muted">还没有报价。</p>{{/NO_QUOTES}}
{{/PUBLIC_VIEW}}
{{#BUYER_VIEW}}
{{#CAN_CLOSE}}<form method="post" action="/item/{{ID}}/close" class="mb-3"><input type="hidden" name="csrf_token" value="{{CSRF}}">
  <button class="btn btn-outline-danger btn-sm" type="submit">关闭此品种</button></form>{{/CAN_CLOSE}}
<h2 class="h6">收到的报价</h2>
{{#NO_QUOTES}}<p class="text-muted">还没有报价。</p>{{/NO_QUOTES}}
<form method="post" action="/quotes/reply" class="batch-reply">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="table-responsive">
  <table class="table align-middle table-cards">
    <thead><tr><th><input type="checkbox" class="check-all" aria-label="全选"></th><th>供应商</th><th>电话</th><th>报价</th><th>货品描述</th><th>状态</th><th>时间</th></tr></thead>
    <tbody>
    {{#QUOTE}}
    <tr>
      <td>{{#PENDING}}<input type="checkbox" name="ids" value="{{QID}}" aria-label="选择 {{SUPPLIER}} 的报价">{{/PENDING}}</td>
      <td class="card-title"><a href="/supplier/{{SUPPLIER_ID}}">{{SUPPLIER}}</a> {{>VERIFIED_BADGE}}</td>
      <td class="quoter-phone" data-label="电话"><a href="tel:{{PHONE}}">{{PHONE}}</a></td>
      <td data-label="报价">¥{{QPRICE}}/{{PRICE_UNIT}}{{#LOWEST}} <span class="badge bg-danger lowest" title="有效报价中的最低价，不含未采纳的报价">最低价</span>{{/LOWEST}}</td>
      <td class="pre-line" data-label="货品描述">{{QQUALITY:pre_escape}}</td>
      <td data-label="状态"><span class="badge {{QSTATE_CSS}}">{{QSTATE}}</span>{{#REJECTED}} {{REASONS}}{{/REJECTED}}</td>
      <td data-label="时间">{{QTIME}} <a href="/quote/{{QID}}">详情</a></td>
    </tr>
    {{/QUOTE}}
    </tbody>
  </table>
  </div>
  <fieldset class="border rounded p-2"><legend class="h6 float-none w-auto px-1">批量回复选中的报价</legend>
    <label><input type="radio" name="state" value="accept" checked> 认可（意向供应商）</label>
    <label><input type="radio" name="state" value="reject"> 不采纳：</label>
    <label><input type="checkbox" name="reasons" value="price"> 价格偏高</label>
    <label><input type="checkbox" name="reasons" value="quality"> 质量不符</label>
    <label><input type="checkbox" name="reasons" value="qualification"> 资质不符</label>
    <textarea class="form-control mt-1" name="message" rows="2" placeholder="给供应商留言（可选）" aria-label="留言"></textarea>
    <button class="btn btn-success btn-sm mt-2" type="submit">回复</button>
  </fieldset>
</form>
{{/BUYER_VIEW}}
