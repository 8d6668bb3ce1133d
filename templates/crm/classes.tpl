{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">班级</h1>
{{#EMPTY}}<p class="crm-empty">暂无班级。</p>{{/EMPTY}}
<table class="table table-sm crm-table table-cards">
  <thead><tr><th>班级</th><th>课程</th><th>学期</th><th>起止日期</th><th>班主任</th><th>讲师</th><th>学员</th><th><span class="visually-hidden">操作</span></th></tr></thead>
  <tbody>
  {{#CLASS}}<tr><td class="card-title"><a href="/crm/classes/{{ID}}">{{NAME}}</a></td><td data-label="课程">{{COURSE}}</td><td data-label="学期">{{SEMESTER}}</td><td data-label="起止日期">{{DATES}}</td><td data-label="班主任">{{TUTOR}}</td><td data-label="讲师">{{TEACHERS}}</td><td data-label="学员">{{STUDENTS}}</td><td><a href="/crm/classes/{{ID}}/records">上课记录</a></td></tr>{{/CLASS}}
  </tbody>
</table>
<h2 class="h5">新建班级</h2>
{{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
<form method="post" action="/crm/classes" class="row g-3">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="col-md-4"><label class="form-label" for="name">班级名称 *</label>
    <input class="form-control" id="name" name="name" value="{{F_name}}" maxlength="50" required></div>
  <div class="col-md-4"><label class="form-label" for="course">课程 *</label>
    <input class="form-control" id="course" name="course" value="{{F_course}}" maxlength="50" required></div>
  <div class="col-md-4"><label class="form-label" for="semester">学期</label>
    <input class="form-control" id="semester" name="semester" value="{{F_semester}}" maxlength="20"></div>
  <div class="col-md-4"><label class="form-label" for="start_date">开课日期</label>
    <input class="form-control" type="date" id="start_date" name="start_date" value="{{F_start_date}}"></div>
  <div class="col-md-4"><label class="form-label" for="end_date">结课日期</label>
    <input class="form-control" type="date" id="end_date" name="end_date" value="{{F_end_date}}"></div>
  <div class="col-md-4"><label class="form-label" for="tutor_id">班主任</label>
    <select class="form-select" id="tutor_id" name="tutor_id"><option value="">无</option>
      {{#TUTOR_OPT}}<option value="{{ID}}">{{NAME}}</option>{{/TUTOR_OPT}}</select></div>
  <div class="col-12 crm-courses"><span class="form-label d-block">讲师</span>
    {{#TEACHER_OPT}}<label><input type="checkbox" name="teachers" value="{{ID}}"> {{NAME}}</label>{{/TEACHER_OPT}}</div>
  <div class="col-12"><button type="submit" class="btn btn-success">创建班级</button></div>
</form>
