{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">学员</h1>
{{#EMPTY}}<p class="crm-empty">暂无学员。</p>{{/EMPTY}}
<table class="table table-sm crm-table table-cards">
  <thead><tr><th>学员</th><th>联系方式</th><th>班级</th><th>课程</th><th>入班日期</th></tr></thead>
  <tbody>{{#STUDENT}}<tr><td class="card-title"><a href="/crm/students/{{ID}}">{{NAME}}</a></td><td data-label="联系方式">{{CONTACT}}</td><td data-label="班级"><a href="/crm/classes/{{CLASS_ID}}">{{CLASS_NAME}}</a></td><td data-label="课程">{{COURSE}}</td><td data-label="入班日期">{{JOINED}}</td></tr>{{/STUDENT}}</tbody>
</table>
<nav class="crm-pager" aria-label="分页">{{#HAS_PREV}}<a href="/crm/students?page={{PREV}}">上一页</a>{{/HAS_PREV}}{{#HAS_NEXT}}<a href="/crm/students?page={{NEXT_PAGE}}">下一页</a>{{/HAS_NEXT}}</nav>
