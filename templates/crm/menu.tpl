{{%AUTOESCAPE context="HTML"}}
<nav class="crm-menu nav nav-pills mb-3" aria-label="客户管理">
  {{#SELLS}}
  <a class="nav-link" href="/crm/customers/mine">我的客户</a>
  <a class="nav-link" href="/crm/customers/public">公户</a>
  <a class="nav-link" href="/crm/customers/new">录入客户</a>
  {{/SELLS}}
  {{#MANAGES}}
  <a class="nav-link" href="/crm/customers">全部客户</a>
  <a class="nav-link" href="/crm/customers/import">批量导入</a>
  <a class="nav-link" href="/crm/weights">分配权重</a>
  {{/MANAGES}}
  {{#TEACHES}}
  <a class="nav-link" href="/crm/classes">班级</a>
  <a class="nav-link" href="/crm/students">学员</a>
  {{/TEACHES}}
  <a class="nav-link" href="/crm/wechat/bind">绑定微信</a>
</nav>
