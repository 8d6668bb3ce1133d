{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">分配权重</h1>
<p class="text-muted small">新客户按份数分层轮流分配：第 k 层包含份数不少于 k 的顾问，层内权重高者在前。停用或私户已满的顾问自动跳过。</p>
{{#SAVED}}<div class="alert alert-success" role="status">已保存。</div>{{/SAVED}}
<form method="post" action="/crm/weights">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <table class="table table-sm crm-table">
    <thead><tr><th>课程顾问</th><th>份数</th><th>权重</th><th>参与分配</th></tr></thead>
    <tbody>
    {{#SHARE}}
    <tr>
      <td>{{NAME}}</td>
      <td><input class="form-control form-control-sm" type="number" min="0" max="100" name="share_count[{{ID}}]" value="{{SHARES}}" aria-label="{{NAME}}的份数"></td>
      <td><input class="form-control form-control-sm" type="number" min="-1000" max="1000" name="weight[{{ID}}]" value="{{WEIGHT}}" aria-label="{{NAME}}的权重"></td>
      <td><input type="checkbox" name="enabled[{{ID}}]" value="1"{{#ENABLED}} checked{{/ENABLED}} aria-label="{{NAME}}参与自动分配"></td>
    </tr>
    {{/SHARE}}
    </tbody>
  </table>
  <button type="submit" class="btn btn-success">保存</button>
</form>
<h2 class="h5 mt-4">接下来 20 次分配</h2>
{{#NO_TURNS}}<p class="crm-empty">没有参与分配的顾问，新客户将进入公户。</p>{{/NO_TURNS}}
<ol class="crm-turns">
  {{#TURN}}<li>{{NAME}}{{#AT_CAP}} <span class="crm-urgent">（已满，将跳过）</span>{{/AT_CAP}}</li>{{/TURN}}
</ol>
