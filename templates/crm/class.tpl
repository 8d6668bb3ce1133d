{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">{{CLASS_NAME}}</h1>
<p>课程：{{COURSE}}　学期：{{SEMESTER}}　日期：{{DATES}}　班主任：{{TUTOR}}　讲师：{{TEACHERS}}</p>
<p><a href="/crm/classes/{{CLASS_ID}}/records">上课记录与考勤</a></p>
<h2 class="h5">学员</h2>
{{#NO_STUDENTS}}<p class="crm-empty">暂无学员。课程顾问在客户报名时选择班级。</p>{{/NO_STUDENTS}}
<table class="table table-sm crm-table">
  <thead><tr><th>学员</th><th>联系方式</th><th>入班日期</th></tr></thead>
  <tbody>{{#STUDENT}}<tr><td><a href="/crm/students/{{ID}}">{{NAME}}</a></td><td>{{CONTACT}}</td><td>{{JOINED}}</td></tr>{{/STUDENT}}</tbody>
</table>
