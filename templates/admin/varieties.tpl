{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
{{#REPORT}}
<div class="alert alert-success" role="status" id="import-report">导入完成：新增 {{INSERTED}} 个品种，更新 {{UPDATED}} 个，失败 {{FAILED}} 行。</div>
{{#ROW_ERROR}}{{#ROW_ERROR_first}}<ul class="text-danger small" id="import-errors">{{/ROW_ERROR_first}}<li>第{{LINE}}行：{{MESSAGE}}</li>{{#ROW_ERROR_last}}</ul>{{/ROW_ERROR_last}}{{/ROW_ERROR}}
{{/REPORT}}
<form method="post" action="/admin/varieties" enctype="multipart/form-data" class="mb-3">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="mb-2">
    <label class="form-label" for="v-file">品种文件（CSV 或 XLSX）</label>
    <input class="form-control" type="file" id="v-file" name="file" accept=".csv,.xlsx" required>
  </div>
  <p class="small text-muted">第一行为表头：分类, 品种, 别名, 规格, 单位, 产地（可选：拼音）。同名品种会被更新，不会重复添加；一个格子里的多个值用 / 、 ， 或 ; 分隔。</p>
  <button class="btn btn-success" type="submit">导入</button>
</form>
