{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">供应商 <small class="text-muted">共 {{TOTAL}} 家</small></h1>
{{#EMPTY}}<p class="text-muted">暂无供应商。</p>{{/EMPTY}}
<div class="row g-3">
{{#SUPPLIER}}
  <div class="col-12 col-md-6 col-lg-4"><div class="card h-100"><div class="card-body">
    <h2 class="h6"><a href="/supplier/{{SID}}">{{NAME}}</a> {{>VERIFIED_BADGE}}</h2>
    <p class="small mb-1">{{TYPE}} · 报价 {{QUOTE_COUNT}} 次</p>
    <p class="small text-muted mb-0">主营：{{VARIETIES}}</p>
  </div></div></div>
{{/SUPPLIER}}
</div>
<nav class="mt-3 d-flex gap-2" aria-label="分页">
  {{#PREV}}<a class="btn btn-outline-secondary btn-sm" href="/suppliers?page={{PREV_PAGE}}">上一页</a>{{/PREV}}
  {{#NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/suppliers?page={{NEXT_PAGE}}">下一页</a>{{/NEXT}}
</nav>
