{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4"><a href="/crm/classes/{{CLASS_ID}}/records">{{CLASS_NAME}}</a> 第{{DAY}}天：{{TITLE}}</h1>
<p>讲师：{{TEACHER}}</p>
<p class="text-muted small">作业：{{HOMEWORK}}</p>
{{#DONE_MARK}}<div class="alert alert-success" role="status">已更新 {{MARKED}} 名学员的考勤。</div>{{/DONE_MARK}}
{{#DONE_GRADE}}<div class="alert alert-success" role="status">成绩已保存。</div>{{/DONE_GRADE}}
{{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
{{#NOT_INITIALISED}}<p class="crm-empty">这节课还没有学习记录，请先在上课记录页生成。</p>{{/NOT_INITIALISED}}
<form method="post" action="/crm/records/{{ID}}/attendance">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <input type="hidden" name="record" value="{{ID}}">
  <div class="crm-actions">
    <span>对选中学员：</span>
    {{#ACTION_BUTTON}}<button type="submit" class="btn btn-outline-secondary btn-sm" formaction="/crm/study/mark" name="action" value="{{ACTION}}">{{ACTION}}</button>{{/ACTION_BUTTON}}
  </div>
  <table class="table table-sm crm-table">
    <thead><tr><th><input type="checkbox" class="check-all" aria-label="全选学员"></th><th>学员</th><th>考勤</th><th>成绩</th></tr></thead>
    <tbody>
    {{#ROW}}<tr><td><input type="checkbox" name="ids" value="{{ID}}" aria-label="选择{{NAME}}"></td>
      <td><a href="/crm/students/{{STUDENT_ID}}">{{NAME}}</a></td>
      <td class="{{ATT_CLASS}}">{{ATTENDANCE}}</td>
      <td><input class="form-control form-control-sm crm-score" type="number" min="0" max="100" step="0.1" name="score[{{ID}}]" value="{{SCORE}}" aria-label="{{NAME}}的成绩"></td></tr>{{/ROW}}
    </tbody>
  </table>
  <button type="submit" class="btn btn-success btn-sm">保存成绩</button>
</form>
