{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
<h2 class="h5 mb-3">最近的推送轮次</h2>
{{>PUSH_ROUNDS}}
