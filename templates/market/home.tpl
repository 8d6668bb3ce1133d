{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<section class="home-banners d-flex gap-2 overflow-auto" aria-label="横幅">
{{#BANNER}}
  {{#HAS_LINK}}<a class="home-banner" href="{{LINK}}"><img src="{{IMAGE}}" alt="{{TITLE}}" class="img-fluid rounded"></a>{{/HAS_LINK}}
  {{#NO_LINK}}<span class="home-banner"><img src="{{IMAGE}}" alt="{{TITLE}}" class="img-fluid rounded"></span>{{/NO_LINK}}
{{/BANNER}}
</section>
<section class="market-hero py-4">
  <h1 class="h3">{{SITE_NAME}}：中药材采购平台</h1>
  <p class="lead">采购商发布采购单，供应商在线报价。</p>
  <p class="totals">已有<strong>{{PURCHASES}}</strong>批次采购，收到<strong>{{QUOTE_TOTAL}}</strong>个报价</p>
  <p><a class="btn btn-success" href="/purchase/new">发布采购</a>
     <a class="btn btn-outline-success" href="/purchases">查看采购大厅</a>
     <a class="btn btn-link" href="/my/purchases">我的采购</a>
     <a class="btn btn-link" href="/my/quotes">我的报价</a></p>
</section>
<section class="live-feed">
  <h2 class="h5">采购直播</h2>
  <ul class="list-group">
  {{#ITEM}}
    <li class="list-group-item d-flex flex-wrap justify-content-between gap-2">
      <span><a href="/item/{{ID}}"><strong>{{VARIETY}}</strong></a> {{SPEC}} {{QUANTITY}}{{UNIT}}
        <span class="text-muted">{{AREA}}</span></span>
      <span><span class="badge {{STATUS_CSS}}">{{STATUS}}</span> {{QUOTES}}个报价 · {{BUYER}} {{>BUYER_BADGE}} · {{CREATED}}</span>
    </li>
  {{/ITEM}}
  </ul>
</section>
