{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">已保存</div>{{/DONE}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<p class="text-muted small">入驻企业显示在每个页面底部，按“排序”从小到大排列。</p>
<div class="table-responsive" tabindex="0" role="region" aria-label="入驻企业列表">
<table class="table table-sm align-middle">
  <thead><tr><th>标志</th><th>名称 / 链接 / 排序</th><th>状态</th><th></th></tr></thead>
  <tbody>
  {{#PARTNER}}<tr>
    <td>{{#HAS_LOGO}}<img class="partner-logo" src="{{LOGO}}" alt="{{NAME}}">{{/HAS_LOGO}}</td>
    <td>
      <form class="row g-1" method="post" action="/admin/partners" enctype="multipart/form-data">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="id" value="{{ID}}">
        <input type="hidden" name="action" value="save">
        <div class="col-md-3"><input class="form-control form-control-sm" name="name" value="{{NAME}}" required maxlength="100" aria-label="名称"></div>
        <div class="col-md-4"><input class="form-control form-control-sm" name="link" value="{{LINK}}" aria-label="链接"></div>
        <div class="col-md-1"><input class="form-control form-control-sm" name="sort" value="{{SORT}}" inputmode="numeric" aria-label="排序"></div>
        <div class="col-md-3"><input class="form-control form-control-sm" type="file" name="logo" accept="image/jpeg,image/png,image/gif,image/webp" aria-label="标志"></div>
        <div class="col-md-1"><button class="btn btn-success btn-sm" type="submit">保存</button></div>
      </form>
    </td>
    <td>{{#HIDDEN}}<span class="badge bg-secondary">已隐藏</span>{{/HIDDEN}}{{#SHOWN}}显示中{{/SHOWN}}</td>
    <td>
      <form class="d-inline" method="post" action="/admin/partners">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="id" value="{{ID}}">
        {{#SHOWN}}<button class="btn btn-outline-secondary btn-sm" name="action" value="hide" type="submit">隐藏</button>{{/SHOWN}}
        {{#HIDDEN}}<button class="btn btn-outline-success btn-sm" name="action" value="show" type="submit">显示</button>{{/HIDDEN}}
        <button class="btn btn-outline-danger btn-sm" name="action" value="delete" type="submit">删除</button>
      </form>
    </td>
  </tr>{{/PARTNER}}
  </tbody>
</table>
</div>
<h2 class="h6">添加企业</h2>
<form class="row g-2" method="post" action="/admin/partners" enctype="multipart/form-data">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <input type="hidden" name="action" value="save">
  <div class="col-md-3"><label class="form-label" for="p-name">名称</label><input class="form-control" id="p-name" name="name" value="{{NEW_NAME}}" required maxlength="100"></div>
  <div class="col-md-4"><label class="form-label" for="p-link">链接</label><input class="form-control" id="p-link" name="link" value="{{NEW_LINK}}" placeholder="https://"></div>
  <div class="col-md-1"><label class="form-label" for="p-sort">排序</label><input class="form-control" id="p-sort" name="sort" value="0" inputmode="numeric"></div>
  <div class="col-md-3"><label class="form-label" for="p-logo">标志图片</label><input class="form-control" id="p-logo" type="file" name="logo" accept="image/jpeg,image/png,image/gif,image/webp"></div>
  <div class="col-md-1 d-flex align-items-end"><button class="btn btn-success" type="submit">添加</button></div>
</form>
