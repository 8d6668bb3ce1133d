{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4"><a href="/crm/classes/{{CLASS_ID}}">{{CLASS_NAME}}</a> 上课记录</h1>
{{#INITIALISED}}<div class="alert alert-success" role="status">已生成 {{CREATED}} 条学习记录。</div>{{/INITIALISED}}
{{#NO_RECORDS}}<p class="crm-empty">暂无上课记录。</p>{{/NO_RECORDS}}
<form method="post" action="/crm/records/init">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <input type="hidden" name="class_id" value="{{CLASS_ID}}">
  <table class="table table-sm crm-table">
    <thead><tr><th>选择</th><th>天数</th><th>标题</th><th>讲师</th><th>作业</th><th>学习记录</th><th></th></tr></thead>
    <tbody>
    {{#RECORD}}<tr><td><input type="checkbox" name="ids" value="{{ID}}" aria-label="选择第{{DAY}}天"{{#NEW}} checked{{/NEW}}></td><td>第{{DAY}}天</td><td>{{TITLE}}</td><td>{{TEACHER}}</td><td>{{HOMEWORK}}</td><td>{{STUDY}}</td><td><a href="/crm/records/{{ID}}/attendance">考勤与成绩</a></td></tr>{{/RECORD}}
    </tbody>
  </table>
  <button type="submit" class="btn btn-outline-success btn-sm">为选中的上课记录生成学习记录</button>
</form>
<h2 class="h5 mt-4">新增上课记录</h2>
{{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
<form method="post" action="/crm/classes/{{CLASS_ID}}/records" class="row g-3">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="col-md-2"><label class="form-label" for="day_number">第几天 *</label>
    <input class="form-control" type="number" min="1" max="1000" id="day_number" name="day_number" value="{{NEXT_DAY}}" required></div>
  <div class="col-md-3"><label class="form-label" for="teacher_id">讲师 *</label>
    <select class="form-select" id="teacher_id" name="teacher_id" required><option value="">请选择</option>
      {{#TEACHER_OPT}}<option value="{{ID}}">{{NAME}}</option>{{/TEACHER_OPT}}</select></div>
  <div class="col-md-7"><label class="form-label" for="title">标题 *</label>
    <input class="form-control" id="title" name="title" maxlength="100" required></div>
  <div class="col-12"><label class="form-label" for="homework">作业</label>
    <textarea class="form-control" id="homework" name="homework" rows="2" maxlength="5000"></textarea></div>
  <div class="col-12"><button type="submit" class="btn btn-success">添加</button></div>
</form>
