{{%AUTOESCAPE context="HTML"}}
<section class="error-page text-center py-5">
  <p class="display-4 text-muted">{{STATUS}}</p>
  <h1 class="h3">{{HEADING}}</h1>
  <p class="lead">{{MESSAGE}}</p>
  {{#RELOAD}}<p>为了您的账户安全，表单需要从本站页面提交。</p>{{/RELOAD}}
  <p class="d-flex flex-wrap justify-content-center gap-2">{{#HAS_BACK}}<a class="btn btn-outline-success" href="{{BACK_URL}}">返回上一页</a>{{/HAS_BACK}}
    <a class="btn btn-success" href="/">返回首页</a> <a class="btn btn-outline-secondary" href="/purchases">去采购大厅</a></p>
</section>
