{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success" role="status">采购单已关闭，已通知采购商。</div>{{/DONE}}
<form class="row g-2 mb-3" method="get" action="/admin/purchases" role="search">
  <div class="col-auto"><input class="form-control" type="search" name="q" value="{{Q}}" placeholder="采购单号、采购商手机号或名称" aria-label="搜索采购单"></div>
  <div class="col-auto"><button class="btn btn-success" type="submit">搜索</button></div>
</form>
<div class="table-responsive">
<table class="table table-sm align-middle table-cards">
  <thead><tr><th>采购单</th><th>采购商</th><th>品种</th><th>发布时间</th><th>状态</th><th>关闭</th></tr></thead>
  <tbody>
  {{#PURCHASE}}<tr>
    <td class="card-title"><a href="/purchase/{{ID}}">采购单 #{{ID}}</a></td>
    <td data-label="采购商"><a href="/admin/users/{{BUYER_ID}}">{{BUYER}}</a> <a href="tel:{{PHONE}}">{{PHONE}}</a></td>
    <td data-label="品种">{{VARIETIES}}（{{ITEMS}}个）</td>
    <td data-label="发布时间">{{CREATED}}</td><td data-label="状态">{{STATE}}</td>
    <td>{{#OPEN}}<form method="post" action="/admin/purchases/{{ID}}/close" class="d-flex flex-wrap gap-1" data-confirm="确定关闭采购单 #{{ID}} 吗？采购商会收到关闭原因。">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <label class="visually-hidden" for="reason-{{ID}}">采购单 #{{ID}} 的关闭原因</label>
      <input class="form-control form-control-sm w-auto" id="reason-{{ID}}" name="reason" maxlength="200" required placeholder="关闭原因（通知采购商）">
      <button class="btn btn-outline-danger btn-sm" type="submit">关闭</button>
    </form>{{/OPEN}}</td>
  </tr>{{/PURCHASE}}
  {{#NONE}}<tr><td colspan="6" class="text-muted">没有找到采购单</td></tr>{{/NONE}}
  </tbody>
</table>
</div>
<nav class="d-flex gap-2" aria-label="分页">
  {{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="/admin/purchases?q={{Q:u}}&amp;page={{PREV}}">上一页</a>{{/HAS_PREV}}
  {{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="/admin/purchases?q={{Q:u}}&amp;page={{NEXT}}">下一页</a>{{/HAS_NEXT}}
</nav>
