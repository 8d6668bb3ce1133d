{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">已加入推送队列，稍后刷新查看新的轮次。</div>{{/DONE}}
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h2 class="h5 mb-0 me-auto">{{VARIETY}} {{QUANTITY}}
    <a class="small" href="/item/{{ITEM}}">采购品种 #{{ITEM}}</a></h2>
  <form method="post" action="/admin/push/items/{{ITEM}}">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <button class="btn btn-success btn-sm" type="submit">推送</button>
  </form>
</div>
{{>PUSH_ROUNDS}}
