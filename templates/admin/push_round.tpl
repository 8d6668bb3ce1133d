{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<h2 class="h5">{{VARIETY}} · {{CHANNEL}}第{{ROUND_NO}}轮 <small class="text-muted">{{AT}} {{REASON}}</small></h2>
<p class="mb-3"><a href="/admin/push/items/{{ITEM}}">该品种的全部轮次</a> ·
  人数 {{RECIPIENTS}} · 已发送 {{PUSHED}} · 送达 {{DELIVERED}} · 点击 {{CLICKED}} ·
  报价 {{QUOTED}} · 注册 {{REGISTERED}} · 待发送 {{WAITING}}</p>
<div class="table-responsive" tabindex="0" role="region" aria-label="推送对象">
<table class="table table-sm align-middle text-nowrap">
  <thead><tr><th>接收人</th><th>类型</th><th>号码/openid</th><th>状态</th><th>发送时间</th>
    <th>首次点击</th><th class="text-end">点击</th><th>报价</th><th>注册</th></tr></thead>
  <tbody>{{#RECIPIENT}}<tr>
    <td>{{#MEMBER}}<a href="/admin/users/{{USER}}">{{/MEMBER}}{{WHO}}{{#MEMBER}}</a>{{/MEMBER}}</td>
    <td>{{KIND}}</td><td class="text-nowrap">{{ADDRESS}}</td><td>{{STATUS}}</td>
    <td class="text-nowrap">{{SENT_AT}}</td><td class="text-nowrap">{{CLICKED_AT}}</td>
    <td class="text-end">{{CLICKS}}</td><td>{{#QUOTED}}✓{{/QUOTED}}</td>
    <td>{{#REGISTERED}}✓{{/REGISTERED}}</td></tr>{{/RECIPIENT}}</tbody>
</table>
</div>
