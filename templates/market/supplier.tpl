{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">{{NAME}} {{>VERIFIED_BADGE}}</h1>
<dl class="row">
  <dt class="col-4 col-md-2">经营主体</dt><dd class="col-8 col-md-10">{{TYPE}}</dd>
  <dt class="col-4 col-md-2">主营品种</dt><dd class="col-8 col-md-10">{{VARIETIES}}</dd>
  <dt class="col-4 col-md-2">报价次数</dt><dd class="col-8 col-md-10">{{QUOTE_COUNT}}</dd>
  <dt class="col-4 col-md-2">入驻时间</dt><dd class="col-8 col-md-10">{{SINCE}}</dd>
</dl>
