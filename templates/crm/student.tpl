{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">{{NAME}}</h1>
<p>班级：<a href="/crm/classes/{{CLASS_ID}}">{{CLASS_NAME}}</a>　课程：{{COURSE}}　入班：{{JOINED}}　联系方式：{{CONTACT}}</p>
<h2 class="h5">成绩走势</h2>
<div class="crm-chart"><canvas id="crm-score-chart" data-labels="{{LABELS}}" data-scores="{{SCORES}}" aria-label="成绩走势图" role="img"></canvas></div>
<h2 class="h5 mt-3">学习记录</h2>
{{#NO_LESSONS}}<p class="crm-empty">暂无学习记录。</p>{{/NO_LESSONS}}
<table class="table table-sm crm-table">
  <thead><tr><th>天数</th><th>课程内容</th><th>考勤</th><th>成绩</th></tr></thead>
  <tbody>{{#LESSON}}<tr><td>第{{DAY}}天</td><td>{{TITLE}}</td><td>{{ATTENDANCE}}</td><td>{{SCORE}}</td></tr>{{/LESSON}}</tbody>
</table>
