{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
{{#HAS_DONE}}<div class="alert alert-success" role="status">{{DONE_TEXT}}</div>{{/HAS_DONE}}
{{#REPORT}}
<div class="alert alert-success" role="status" id="import-report">导入完成：新增 {{INSERTED}}，合并 {{MERGED}}，重复 {{DUPLICATES}}，已导入过 {{SKIPPED}}，失败 {{FAILED}} 行。</div>
{{#ROW_ERROR}}{{#ROW_ERROR_first}}<ul class="text-danger small" id="import-errors">{{/ROW_ERROR_first}}<li>第{{LINE}}行：{{MESSAGE}}</li>{{#ROW_ERROR_last}}</ul>{{/ROW_ERROR_last}}{{/ROW_ERROR}}
{{/REPORT}}
<div class="row g-3 mb-4">
  <div class="col-md-6">
    <form method="post" action="/admin/leads" enctype="multipart/form-data" data-progress class="card card-body">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <input type="hidden" name="action" value="buy">
      <label class="form-label" for="buy-file">导入求购线索（CSV、XLSX 或 JSON 行）</label>
      <input class="form-control mb-2" type="file" id="buy-file" name="file" accept=".csv,.xlsx,.json,.jsonl" required>
      <p class="small text-muted">表头：手机, 姓名, 品种, 规格, 数量（如 5吨）, 质量, 产地, 日期。同一手机号、同一品种 3 天内重复的记为重复。</p>
      <div class="progress mb-2 d-none" role="progressbar" aria-label="上传进度"><div class="progress-bar">0%</div></div>
      <button class="btn btn-success" type="submit">导入</button>
    </form>
  </div>
  <div class="col-md-6">
    <form method="post" action="/admin/leads" enctype="multipart/form-data" data-progress class="card card-body">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <input type="hidden" name="action" value="supplier">
      <label class="form-label" for="supplier-file">导入供应商线索（CSV、XLSX 或 JSON 行）</label>
      <input class="form-control mb-2" type="file" id="supplier-file" name="file" accept=".csv,.xlsx,.json,.jsonl" required>
      <p class="small text-muted">表头：手机, 姓名, 公司, 地区, 经营品种（多个用 、 或 / 分隔）。同一手机号合并为一条，品种合并。</p>
      <div class="progress mb-2 d-none" role="progressbar" aria-label="上传进度"><div class="progress-bar">0%</div></div>
      <button class="btn btn-success" type="submit">导入</button>
    </form>
  </div>
</div>
<ul class="nav nav-tabs mb-3">
  <li class="nav-item"><a class="nav-link{{#BUY_LIST}} active{{/BUY_LIST}}" href="/admin/leads">求购线索 {{BUY_TOTAL}}</a></li>
  <li class="nav-item"><a class="nav-link{{#SUPPLIER_LIST}} active{{/SUPPLIER_LIST}}" href="/admin/leads?list=suppliers">供应商线索 {{SUPPLIERS}}</a></li>
</ul>
{{#BUY_LIST}}
<div class="d-flex flex-wrap align-items-center gap-2 mb-2">
  <nav class="nav nav-pills small me-auto" aria-label="按状态">
    <a class="nav-link py-1{{#ALL_ACTIVE}} active{{/ALL_ACTIVE}}" href="/admin/leads">全部</a>
    <a class="nav-link py-1{{#STAGED_ACTIVE}} active{{/STAGED_ACTIVE}}" href="/admin/leads?state=staged">待转换 {{STAGED}}</a>
    <a class="nav-link py-1{{#DUPLICATE_ACTIVE}} active{{/DUPLICATE_ACTIVE}}" href="/admin/leads?state=duplicate">重复 {{DUPLICATE}}</a>
    <a class="nav-link py-1{{#CONVERTED_ACTIVE}} active{{/CONVERTED_ACTIVE}}" href="/admin/leads?state=converted">已转换 {{CONVERTED}}</a>
  </nav>
  <form method="post" action="/admin/leads">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <input type="hidden" name="action" value="convert">
    <button class="btn btn-success btn-sm" type="submit">转为常年采购单</button>
  </form>
</div>
<div class="table-responsive" tabindex="0" role="region" aria-label="求购线索">
<table class="table table-sm align-middle text-nowrap">
  <thead><tr><th>手机</th><th>姓名</th><th>品种</th><th>数量</th><th>日期</th><th>来源</th><th>状态</th><th>原因/采购单</th></tr></thead>
  <tbody>{{#BUY}}<tr><td class="text-nowrap">{{MOBILE}}</td><td>{{NAME}}</td><td>{{VARIETY}}</td><td>{{QUANTITY}}</td>
    <td class="text-nowrap">{{DATE}}</td><td>{{SOURCE}}</td><td>{{STATE}}</td>
    <td>{{REASON}}{{#HAS_ORDER}}<a href="/purchase/{{ORDER}}">#{{ORDER}}</a>{{/HAS_ORDER}}</td></tr>{{/BUY}}</tbody>
</table>
</div>
{{/BUY_LIST}}
{{#SUPPLIER_LIST}}
<div class="table-responsive" tabindex="0" role="region" aria-label="供应商线索">
<table class="table table-sm align-middle text-nowrap">
  <thead><tr><th>手机</th><th>姓名</th><th>公司</th><th>经营品种</th><th>来源</th><th class="text-end">推送分</th><th class="text-end">未点击</th><th>状态</th></tr></thead>
  <tbody>{{#SUPPLIER}}<tr><td class="text-nowrap">{{MOBILE}}</td><td>{{NAME}}</td><td>{{COMPANY}}</td><td>{{VARIETIES}}</td>
    <td>{{SOURCE}}</td><td class="text-end">{{SCORE}}</td><td class="text-end">{{UNCLICKED}}</td>
    <td>{{#DEAD}}空号 {{/DEAD}}{{#OPTED_OUT}}已退订{{/OPTED_OUT}}</td></tr>{{/SUPPLIER}}</tbody>
</table>
</div>
{{/SUPPLIER_LIST}}
{{>PAGER}}
