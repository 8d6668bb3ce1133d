{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">班级</h1>
{{#EMPTY}}<p class="crm-empty">暂无班级。</p>{{/EMPTY}}
<table class="table table-sm crm-table">
  <thead><tr><th>班级</th><th>课程</th><th>学期</th><th>起止日期</th><th>班主任</th><th>讲师</th></tr></thead>
  <tbody>
  {{#CLASS}}<tr><td>{{NAME}}</td><td>{{COURSE}}</td><td>{{SEMESTER}}</td><td>{{DATES}}</td><td>{{TUTOR}}</td><td>{{TEACHERS}}</td></tr>{{/CLASS}}
  </tbody>
</table>
