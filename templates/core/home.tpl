{{%AUTOESCAPE context="HTML"}}
<section class="py-4">
  <h1 class="h3">{{SITE_NAME}}：中药材采购平台</h1>
  <p class="lead">采购商发布采购单，供应商在线报价。</p>
  <p><a class="btn btn-success" href="/purchase/new">发布采购</a>
     <a class="btn btn-outline-success" href="/purchases">查看采购大厅</a></p>
</section>
