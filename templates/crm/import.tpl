{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">批量导入客户</h1>
{{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}
  <ul class="crm-problems mb-0">{{#PROBLEM_ROW}}<li>{{TEXT}}</li>{{/PROBLEM_ROW}}</ul></div>{{/ERROR}}
{{#DONE}}
<div class="alert alert-success" role="status">导入完成：共 <strong class="crm-imported">{{IMPORTED}}</strong> 位客户已录入并分配。</div>
<ul>{{#PER}}<li>{{NAME}}：{{N}} 位</li>{{/PER}}</ul>
<table class="table table-sm crm-table">
  <thead><tr><th>行号</th><th>客户</th><th>分配说明</th></tr></thead>
  <tbody>{{#IMPORTED_ROW}}<tr><td>{{ROW}}</td><td><a href="/crm/customers/{{ID}}">{{NAME}}</a></td><td>{{REASON}}</td></tr>{{/IMPORTED_ROW}}</tbody>
</table>
{{/DONE}}
{{#PREVIEW}}
<div class="alert alert-info" role="status">预览：以下 {{COUNT}} 行均已通过校验，尚未写入。确认后将一次性全部导入并按权重分配（导入时若分配情况有变化，以实际分配为准）。</div>
<table class="table table-sm crm-table">
  <thead><tr><th>行号</th><th>姓名</th><th>联系方式</th><th>来源</th><th>将分配给</th></tr></thead>
  <tbody>{{#PLAN}}<tr><td>{{ROW}}</td><td>{{NAME}}</td><td>{{CONTACT}}</td><td>{{SOURCE}}</td><td>{{TO}}</td></tr>{{/PLAN}}</tbody>
</table>
<form method="post" action="/crm/customers/import" class="mb-4">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  <button type="submit" class="btn btn-success">确认导入</button>
  <a class="btn btn-link" href="/crm/customers/import">取消</a>
</form>
{{/PREVIEW}}
<p class="text-muted small">请下载 <a href="/crm/customers/import/template.xlsx">导入模板（Excel）</a>或 <a href="/crm/customers/import/template.csv">导入模板（CSV）</a>，填写后直接上传.xlsx文件，或“另存为 CSV UTF-8”上传。表头必须与模板完全一致；行号与Excel一致（表头为第1行）。所有行校验通过后才会写入，有任何错误则不导入任何数据。性别填 男/女/未知；多门咨询课程用“、”分隔。</p>
<form method="post" action="/crm/customers/import" enctype="multipart/form-data" class="row g-3">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="col-md-6"><label class="form-label" for="file">Excel（.xlsx）或CSV文件</label>
    <input class="form-control" type="file" id="file" name="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required></div>
  <div class="col-12">
    <button type="submit" class="btn btn-success" name="dry_run" value="1">预览</button>
    <button type="submit" class="btn btn-outline-success">直接导入</button>
  </div>
</form>
