{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">{{NAME}} <small class="text-muted">#{{ID}} · {{STATUS}}</small>
  {{#CAN_EDIT}}<a class="btn btn-outline-secondary btn-sm ms-2" href="/crm/customers/{{ID}}/edit">修改资料</a>{{/CAN_EDIT}}</h1>
{{#PUBLIC}}
<div class="alert alert-warning">该客户在公户中。
  <form method="post" action="/crm/customers/{{ID}}/grab" class="d-inline">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <button type="submit" class="btn btn-sm btn-success">抢单</button>
  </form>
</div>
{{/PUBLIC}}
{{#PRIVATE}}<p>课程顾问：{{CONSULTANT}} · <span class="crm-countdown">剩 {{DAYS}} 天释放（{{RELEASE}}）</span></p>{{/PRIVATE}}
<dl class="row">
  <dt class="col-sm-2">手机</dt><dd class="col-sm-4"><a href="tel:{{PHONE}}">{{PHONE}}</a></dd>
  <dt class="col-sm-2">QQ</dt><dd class="col-sm-4">{{QQ}}</dd>
  <dt class="col-sm-2">微信</dt><dd class="col-sm-4">{{WECHAT}}</dd>
  <dt class="col-sm-2">性别</dt><dd class="col-sm-4">{{GENDER}}</dd>
  <dt class="col-sm-2">学历</dt><dd class="col-sm-4">{{EDUCATION}}</dd>
  <dt class="col-sm-2">学校/专业</dt><dd class="col-sm-4">{{SCHOOL}} {{MAJOR}}</dd>
  <dt class="col-sm-2">工作</dt><dd class="col-sm-4">{{WORK_STATUS}} {{COMPANY}} {{SALARY}}</dd>
  <dt class="col-sm-2">工作经验</dt><dd class="col-sm-4">{{WORK_EXPERIENCE}}</dd>
  <dt class="col-sm-2">来源</dt><dd class="col-sm-4">{{SOURCE}} {{REFERRER}}</dd>
  <dt class="col-sm-2">咨询课程</dt><dd class="col-sm-4">{{COURSES}}</dd>
  <dt class="col-sm-2">接单时间</dt><dd class="col-sm-4">{{TAKEN}}</dd>
  <dt class="col-sm-2">最后跟进</dt><dd class="col-sm-4">{{LAST}}</dd>
  <dt class="col-sm-2">下次跟进</dt><dd class="col-sm-4">{{NEXT}}</dd>
  <dt class="col-sm-2">意向等级</dt><dd class="col-sm-4">{{INTENTION}}</dd>
  <dt class="col-sm-2">标签</dt><dd class="col-sm-10">{{TAGS}}</dd>
  <dt class="col-sm-2">备注</dt><dd class="col-sm-10 pre-line">{{NOTE:pre_escape}}</dd>
</dl>
{{#CAN_FOLLOW}}
<h2 class="h5">添加跟进记录</h2>
<form method="post" action="/crm/customers/{{ID}}/follow" class="mb-3">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <label class="form-label visually-hidden" for="follow-note">跟进内容</label>
  <textarea class="form-control mb-2" id="follow-note" name="note" rows="3" required maxlength="2000" placeholder="沟通内容、客户意向、下次跟进安排"></textarea>
  <div class="d-flex flex-wrap align-items-center gap-2 mb-2">
    <label class="form-label mb-0" for="next-follow">下次跟进日期（可选）</label>
    <input class="form-control form-control-sm w-auto" type="date" id="next-follow" name="next_follow_date" min="{{TODAY}}">
  </div>
  <button type="submit" class="btn btn-success btn-sm">保存跟进</button>
</form>
{{#PRIVATE}}
<form method="post" action="/crm/customers/{{ID}}/enroll" class="mb-3 crm-enroll" data-confirm="确定为 {{NAME}} 报名成单吗？成单后客户转为学员，不再回到公户。">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <label for="class_id">班级</label>
  <select class="form-select form-select-sm" id="class_id" name="class_id">
    <option value="">暂不分班</option>
    {{#CLASS_OPT}}<option value="{{ID}}">{{NAME}}</option>{{/CLASS_OPT}}
  </select>
  <button type="submit" class="btn btn-outline-success btn-sm">报名成单</button>
</form>
{{/PRIVATE}}
{{/CAN_FOLLOW}}
{{#CAN_ASSIGN}}
<form method="post" action="/crm/customers/{{ID}}/assign" class="mb-3 d-flex flex-wrap align-items-center gap-2" data-confirm="确定把 {{NAME}} 转给所选的课程顾问吗？">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <label for="consultant_id">转给课程顾问</label>
  <select class="form-select form-select-sm w-auto" id="consultant_id" name="consultant_id">
    {{#CONSULTANT_OPT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CONSULTANT_OPT}}
  </select>
  <button type="submit" class="btn btn-outline-success btn-sm">转移客户</button>
</form>
{{/CAN_ASSIGN}}
<h2 class="h5">跟进记录</h2>
<ul class="crm-followups">
  {{#FOLLOW}}<li><div class="small text-muted">{{DATE}} · {{BY}}</div><div class="pre-line">{{TEXT:pre_escape}}</div></li>{{/FOLLOW}}
</ul>
{{#HAS_CHANGES}}<h2 class="h5">修改记录</h2>
<ul class="crm-changes small">
  {{#CHANGE}}<li>{{AT}} · {{BY}}：{{WHAT}}</li>{{/CHANGE}}
</ul>{{/HAS_CHANGES}}
