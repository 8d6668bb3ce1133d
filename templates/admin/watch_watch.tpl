{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DELIVERED}}<div class="alert alert-success">指令已送达手表</div>{{/DELIVERED}}
{{#QUEUED}}<div class="alert alert-info">手表暂未确认，指令已放入待发送队列</div>{{/QUEUED}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<div class="d-flex flex-wrap align-items-center gap-2 mb-3">
  <h2 class="h5 mb-0 me-auto">{{NAME}} <small class="text-muted">{{IMEI}}</small></h2>
  {{#ONLINE}}<span class="badge text-bg-success">在线</span>{{/ONLINE}}{{#OFFLINE}}<span class="badge text-bg-secondary">离线</span>{{/OFFLINE}}
</div>
<dl class="row small mb-3">
  <dt class="col-4 col-md-2">家庭圈</dt><dd class="col-8 col-md-4">{{#IN_CIRCLE}}<a href="/admin/watch/circles/{{CIRCLE_ID}}">{{CIRCLE_NAME}}</a> <span class="text-muted">{{CIRCLE_ID}}</span>{{/IN_CIRCLE}}{{#UNBOUND}}未绑定{{/UNBOUND}}</dd>
  <dt class="col-4 col-md-2">电量</dt><dd class="col-8 col-md-4">{{#HAS_BATTERY}}{{BATTERY}}%{{/HAS_BATTERY}}{{#NO_BATTERY}}未知{{/NO_BATTERY}}</dd>
  <dt class="col-4 col-md-2">手表号码</dt><dd class="col-8 col-md-4">{{PHONE}}</dd>
  <dt class="col-4 col-md-2">最后通信</dt><dd class="col-8 col-md-4">{{LAST_SEEN}}</dd>
  {{#LATEST}}<dt class="col-4 col-md-2">最新位置</dt><dd class="col-8 col-md-10">{{LATLON}} <span class="text-muted">{{SOURCE}} · {{AT}}</span></dd>{{/LATEST}}
</dl>
<form class="d-flex gap-2 align-items-center mb-2" method="get" action="/admin/watch/watches/{{IMEI}}">
  <label class="small text-nowrap" for="track-date">轨迹日期</label>
  <input class="form-control form-control-sm w-auto" type="date" id="track-date" name="date" value="{{DATE}}">
  <button class="btn btn-outline-secondary btn-sm" type="submit">查看</button>
  <span class="small text-muted">{{POINT_COUNT}} 个轨迹点</span>
</form>
<div id="watch-map" class="watch-map mb-4" data-points="{{POINTS}}" data-tiles="{{TILE_URL}}"></div>

<h2 class="h6">发送指令</h2>
<form class="row g-2 mb-4" method="post" action="/admin/watch/watches/{{IMEI}}/command">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="col-12 col-md-3"><label class="form-label small" for="c-type">指令</label>
    <select class="form-select" id="c-type" name="type">{{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}</select></div>
  <div class="col-12 col-md-3"><label class="form-label small" for="c-text">消息内容（文字消息）</label><input class="form-control" id="c-text" name="text" maxlength="100" value="{{F_TEXT}}"></div>
  <div class="col-12 col-md-3"><label class="form-label small" for="c-numbers">SOS 号码（逗号分隔）</label><input class="form-control" id="c-numbers" name="numbers" value="{{F_NUMBERS}}"></div>
  <div class="col-6 col-md-2"><label class="form-label small" for="c-interval">上传间隔（秒）</label><input class="form-control" id="c-interval" name="interval" inputmode="numeric" value="{{F_INTERVAL}}"></div>
  <div class="col-6 col-md-1 d-flex align-items-end"><div class="form-check"><input class="form-check-input" type="checkbox" id="c-on" name="on" value="1"><label class="form-check-label small" for="c-on">开启</label></div></div>
  <div class="col-12"><button class="btn btn-primary" type="submit">发送</button></div>
</form>

<h2 class="h6">待送达指令</h2>
<div class="table-responsive"><table class="table table-sm">
  <thead><tr><th>#</th><th>指令</th><th>状态</th><th>时间</th><th>内容</th></tr></thead>
  <tbody>{{#WAITING}}<tr><td>{{ID}}</td><td>{{TYPE}}</td><td>{{STATUS}}</td><td class="text-nowrap">{{AT}}</td><td class="small text-break">{{PAYLOAD}}</td></tr>{{/WAITING}}</tbody>
</table></div>
<h2 class="h6">指令记录</h2>
<div class="table-responsive"><table class="table table-sm">
  <thead><tr><th>#</th><th>指令</th><th>状态</th><th>时间</th><th>确认</th><th>内容</th></tr></thead>
  <tbody>{{#DONE_CMD}}<tr><td>{{ID}}</td><td>{{TYPE}}</td><td>{{STATUS}}</td><td class="text-nowrap">{{AT}}</td><td class="text-nowrap">{{ACKED}}</td><td class="small text-break">{{PAYLOAD}}</td></tr>{{/DONE_CMD}}</tbody>
</table></div>
<h2 class="h6">操作记录</h2>
<div class="table-responsive"><table class="table table-sm">
  <thead><tr><th>时间</th><th>操作人</th><th>来源</th><th>操作</th><th>详情</th></tr></thead>
  <tbody>{{#AUDIT}}<tr><td class="text-nowrap">{{AT}}</td><td>{{WHO}}</td><td>{{VIA}}</td><td>{{ACTION}}</td><td class="small text-break">{{DETAIL}}</td></tr>{{/AUDIT}}</tbody>
</table></div>
{{#IN_CIRCLE}}<form method="post" action="/admin/watch/watches/{{IMEI}}/unbind" class="mb-4">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <button class="btn btn-outline-danger btn-sm" type="submit">解除绑定</button>
</form>{{/IN_CIRCLE}}
