{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<div class="published text-center py-4">
  <h1 class="h4 text-success">采购单发布成功</h1>
  <p>把链接分享给供应商，收到报价后我们会通知您。</p>
  <div class="input-group share-link mx-auto">
    <input class="form-control" id="share-link" value="{{LINK}}" readonly aria-label="分享链接">
    <button class="btn btn-outline-success" type="button" id="copy-link" data-target="share-link">复制链接</button>
  </div>
  <p class="mt-3"><img src="/purchase/{{PID}}/qr.png" alt="采购单二维码" width="200" height="200"></p>
  <p class="text-muted small">微信扫一扫，查看采购单</p>
  <p><a class="btn btn-success" href="/purchase/{{PID}}">查看采购单</a> <a class="btn btn-outline-secondary" href="/my/purchases">我的采购</a></p>
</div>
