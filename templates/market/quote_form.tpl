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
  <div class="buyer-stats small border rounded p-2 mb-3">
    采购商：<strong>{{BUYER}}</strong> {{>BUYER_BADGE}} · 已发布 {{STAT_ITEMS}} 个品种 · 回复率 {{STAT_REPLY_RATE}}% · 已认可 {{STAT_ACCEPTED}} 个品种
    · <a href="/purchase/{{PURCHASE_ID}}">查看采购单</a>
  </div>
</div>
<h2 class="h5">我要报价</h2>
{{#CANNOT_QUOTE}}<div class="alert alert-warning" role="alert">{{REASON}}</div>
<p><a class="btn btn-outline-secondary" href="/item/{{ID}}">返回采购品种</a> <a class="btn btn-outline-secondary" href="/my/quotes">我的报价</a></p>{{/CANNOT_QUOTE}}
{{#CAN_QUOTE}}
{{#HAS_ERRORS}}<div class="alert alert-danger" role="alert" id="error-summary" tabindex="-1">
  <p class="mb-1">请修改以下内容后再提交：</p>
  <ul class="mb-0">{{#SUMMARY}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/SUMMARY}}</ul>
  {{#FORM_HAS_ERROR}}<p class="mb-0">{{FORM_ERROR}}</p>{{/FORM_HAS_ERROR}}
</div>{{/HAS_ERRORS}}
<p class="quota-left small">本周还剩 <strong>{{LEFT}}</strong> 次报价机会（每周 {{QUOTA}} 次）。</p>
<form method="post" action="/item/{{ID}}/quote" class="quote-form" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="mb-2"><label class="form-label" for="price">报价（元/{{PRICE_UNIT}}）</label>
    <input class="form-control {{PRICE_INVALID}}" id="price" name="price" value="{{F_PRICE}}" inputmode="decimal" required{{#PRICE_HAS_ERROR}} aria-describedby="price-error"{{/PRICE_HAS_ERROR}}>
    {{#PRICE_HAS_ERROR}}<div class="invalid-feedback" id="price-error">{{PRICE_ERROR}}</div>{{/PRICE_HAS_ERROR}}</div>
  <div class="mb-2"><label class="form-label" for="quality">货品描述</label>
    <textarea class="form-control {{QUALITY_INVALID}}" id="quality" name="quality" rows="4" required{{#QUALITY_HAS_ERROR}} aria-describedby="quality-error"{{/QUALITY_HAS_ERROR}}>{{F_QUALITY:pre_escape}}</textarea>
    {{#QUALITY_HAS_ERROR}}<div class="invalid-feedback" id="quality-error">{{QUALITY_ERROR}}</div>{{/QUALITY_HAS_ERROR}}</div>
  <div class="mb-2"><label class="form-label" for="explain">价格说明（可选）</label>
    <textarea class="form-control {{EXPLAIN_INVALID}}" id="explain" name="explain" rows="2"{{#EXPLAIN_HAS_ERROR}} aria-describedby="explain-error"{{/EXPLAIN_HAS_ERROR}}>{{F_EXPLAIN:pre_escape}}</textarea>
    {{#EXPLAIN_HAS_ERROR}}<div class="invalid-feedback" id="explain-error">{{EXPLAIN_ERROR}}</div>{{/EXPLAIN_HAS_ERROR}}</div>
  <fieldset class="mb-2"><legend class="h6">货品照片（可选，JPEG/PNG）</legend>
    <div class="row g-2 photo-slots">
    {{#PHOTO_SLOT}}
      <div class="col-6 col-md-4">
        <label class="form-label small" for="photo{{SLOT}}">{{LABEL}}</label>
        <input class="form-control form-control-sm {{SLOT_INVALID}}" type="file" id="photo{{SLOT}}" name="photo{{SLOT}}" accept="image/jpeg,image/png,image/webp,image/gif">
        {{#SLOT_HAS_ERROR}}<div class="invalid-feedback">{{SLOT_ERROR}}</div>{{/SLOT_HAS_ERROR}}
      </div>
    {{/PHOTO_SLOT}}
    </div>
  </fieldset>
  <button class="btn btn-success" type="submit">提交报价</button>
</form>
{{/CAN_QUOTE}}
