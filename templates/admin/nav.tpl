{{%AUTOESCAPE context="HTML"}}
<nav class="admin-nav mb-3" aria-label="后台管理">
  <ul class="nav nav-tabs">
    <li class="nav-item"><a class="nav-link{{#ACTIVE_users}} active{{/ACTIVE_users}}" href="/admin/users">用户</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_purchases}} active{{/ACTIVE_purchases}}" href="/admin/purchases">采购单</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_partners}} active{{/ACTIVE_partners}}" href="/admin/partners">入驻企业</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_banners}} active{{/ACTIVE_banners}}" href="/admin/banners">横幅</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_settings}} active{{/ACTIVE_settings}}" href="/admin/settings">网站设置</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_notices}} active{{/ACTIVE_notices}}" href="/admin/notices">系统通知</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_varieties}} active{{/ACTIVE_varieties}}" href="/admin/varieties">品种导入</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_push}} active{{/ACTIVE_push}}" href="/admin/push">推送</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_stats}} active{{/ACTIVE_stats}}" href="/admin/stats">统计</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_leads}} active{{/ACTIVE_leads}}" href="/admin/leads">线索</a></li>
    <li class="nav-item"><a class="nav-link{{#ACTIVE_log}} active{{/ACTIVE_log}}" href="/admin/log">操作日志</a></li>
  </ul>
</nav>
