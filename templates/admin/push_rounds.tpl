{{%AUTOESCAPE context="HTML"}}
<div class="table-responsive" tabindex="0" role="region" aria-label="推送轮次">
<table class="table table-sm align-middle text-nowrap">
  <thead><tr><th>轮次</th><th>品种</th><th>渠道</th><th>原因</th><th>时间</th>
    <th class="text-end">人数</th><th class="text-end">已发送</th><th class="text-end">送达</th>
    <th class="text-end">点击</th><th class="text-end">报价</th><th class="text-end">注册</th></tr></thead>
  <tbody>{{#ROUND}}<tr>
    <td><a href="/admin/push/rounds/{{ID}}">第{{ROUND_NO}}轮 #{{ID}}</a></td>
    <td><a href="/admin/push/items/{{ITEM}}">{{VARIETY}}</a></td>
    <td>{{CHANNEL}}</td><td>{{REASON}}</td><td class="text-nowrap">{{AT}}</td>
    <td class="text-end">{{RECIPIENTS}}</td><td class="text-end">{{PUSHED}}</td>
    <td class="text-end">{{DELIVERED}}</td><td class="text-end">{{CLICKED}}</td>
    <td class="text-end">{{QUOTED}}</td><td class="text-end">{{REGISTERED}}</td></tr>{{/ROUND}}
  {{#NONE}}<tr><td colspan="11" class="text-muted">还没有推送</td></tr>{{/NONE}}</tbody>
</table>
</div>
