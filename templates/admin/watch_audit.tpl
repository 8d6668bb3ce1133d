{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<form class="d-flex flex-wrap gap-2 mb-3" method="get" action="/admin/watch/audit">
  <input class="form-control w-auto" name="imei" value="{{IMEI}}" placeholder="手表 IMEI" aria-label="手表 IMEI" inputmode="numeric">
  <select class="form-select w-auto" name="via" aria-label="来源">
    <option value="">全部来源</option>
    <option value="app"{{#VIA_APP}} selected{{/VIA_APP}}>App</option>
    <option value="admin"{{#VIA_ADMIN}} selected{{/VIA_ADMIN}}>后台</option>
  </select>
  <button class="btn btn-primary" type="submit">筛选</button>
</form>
<div class="table-responsive">
<table class="table table-sm">
  <thead><tr><th>时间</th><th>操作人</th><th>来源</th><th>操作</th><th>手表</th><th>家庭圈</th><th>详情</th></tr></thead>
  <tbody>{{#ENTRY}}<tr><td class="text-nowrap">{{AT}}</td><td>{{WHO}}</td><td>{{VIA}}</td><td>{{ACTION}}</td>
    <td>{{IMEI}}</td><td>{{#HAS_CIRCLE}}<a href="/admin/watch/circles/{{CIRCLE}}">{{CIRCLE}}</a>{{/HAS_CIRCLE}}</td><td class="small text-break">{{DETAIL}}</td></tr>{{/ENTRY}}</tbody>
</table>
</div>
{{#HAS_MORE}}<a class="btn btn-outline-secondary btn-sm" href="/admin/watch/audit?imei={{IMEI}}&amp;via={{VIA}}&amp;before={{BEFORE}}">更早的记录</a>{{/HAS_MORE}}
