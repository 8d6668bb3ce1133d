{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">{{HEADING}}</h1>
{{#CREATED}}<div class="alert alert-success" role="status">客户 #{{CREATED_ID}} 已录入，已分配给：{{ASSIGNED_TO}}</div>{{/CREATED}}
{{#ERROR}}<div class="alert alert-danger" role="alert">{{MESSAGE}}</div>{{/ERROR}}
<form method="post" action="{{ACTION}}" class="row g-3">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="col-md-4"><label class="form-label" for="name">姓名 *</label>
    <input class="form-control" id="name" name="name" value="{{NAME}}" maxlength="50" required>
    {{#ERR_NAME}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_NAME}}</div>
  <div class="col-md-4"><label class="form-label">性别</label><div>
    <label><input type="radio" name="gender" value="0"{{#UNKNOWN}} checked{{/UNKNOWN}}> 未知</label>
    <label><input type="radio" name="gender" value="1"{{#MALE}} checked{{/MALE}}> 男</label>
    <label><input type="radio" name="gender" value="2"{{#FEMALE}} checked{{/FEMALE}}> 女</label></div></div>
  <div class="col-md-4"><label class="form-label" for="education">学历</label>
    <select class="form-select" id="education" name="education">
      {{#EDUCATION_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/EDUCATION_OPT}}
    </select>{{#ERR_EDUCATION}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_EDUCATION}}</div>
  <div class="col-md-4"><label class="form-label" for="phone">手机</label>
    <input class="form-control" id="phone" name="phone" value="{{PHONE}}" inputmode="numeric" maxlength="11">
    {{#ERR_PHONE}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_PHONE}}</div>
  <div class="col-md-4"><label class="form-label" for="qq">QQ</label>
    <input class="form-control" id="qq" name="qq" value="{{QQ}}" inputmode="numeric" maxlength="12">
    {{#ERR_QQ}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_QQ}}</div>
  <div class="col-md-4"><label class="form-label" for="wechat">微信</label>
    <input class="form-control" id="wechat" name="wechat" value="{{WECHAT}}" maxlength="50">
    {{#ERR_WECHAT}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_WECHAT}}</div>
  <div class="col-md-4"><label class="form-label" for="school">学校</label>
    <input class="form-control" id="school" name="school" value="{{SCHOOL}}" maxlength="100"></div>
  <div class="col-md-4"><label class="form-label" for="major">专业</label>
    <input class="form-control" id="major" name="major" value="{{MAJOR}}" maxlength="100"></div>
  <div class="col-md-4"><label class="form-label" for="work_status">工作状态</label>
    <input class="form-control" id="work_status" name="work_status" value="{{WORK_STATUS}}" maxlength="20" placeholder="在职 / 离职 / 在校"></div>
  <div class="col-md-4"><label class="form-label" for="company">公司</label>
    <input class="form-control" id="company" name="company" value="{{COMPANY}}" maxlength="100"></div>
  <div class="col-md-4"><label class="form-label" for="salary">薪资</label>
    <input class="form-control" id="salary" name="salary" value="{{SALARY}}" maxlength="20"></div>
  <div class="col-md-4"><label class="form-label" for="work_experience">工作经验</label>
    <input class="form-control" id="work_experience" name="work_experience" value="{{WORK_EXPERIENCE}}" maxlength="200"></div>
  <div class="col-md-4"><label class="form-label" for="source">来源 *</label>
    <select class="form-select" id="source" name="source" required>
      <option value="">请选择</option>
      {{#SOURCE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SOURCE_OPT}}
    </select>{{#ERR_SOURCE}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_SOURCE}}</div>
  <div class="col-md-4"><label class="form-label" for="referrer">介绍人</label>
    <input class="form-control" id="referrer" name="referrer" value="{{REFERRER}}" maxlength="50">
    {{#ERR_REFERRER}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_REFERRER}}</div>
  <div class="col-md-4"><label class="form-label" for="intention">意向等级</label>
    <select class="form-select" id="intention" name="intention">
      {{#INTENTION_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INTENTION_OPT}}
    </select>{{#ERR_INTENTION}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_INTENTION}}</div>
  <div class="col-md-8"><label class="form-label" for="tags">标签</label>
    <input class="form-control" id="tags" name="tags" value="{{TAGS}}" maxlength="200" placeholder="多个标签用逗号或顿号分开，如 在职、周末班">
    {{#ERR_TAGS}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_TAGS}}</div>
  <div class="col-12 crm-courses"><span class="form-label d-block">咨询课程</span>
    {{#COURSE_OPT}}<label><input type="checkbox" name="courses" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{VALUE}}</label>{{/COURSE_OPT}}
    {{#ERR_COURSES}}<div class="crm-error">{{MESSAGE}}</div>{{/ERR_COURSES}}</div>
  <div class="col-12"><label class="form-label" for="note">备注</label>
    <textarea class="form-control" id="note" name="note" rows="3" maxlength="2000">{{NOTE:pre_escape}}</textarea></div>
  <div class="col-12"><button type="submit" class="btn btn-success">{{SUBMIT}}</button>{{#CANCEL}} <a class="btn btn-outline-secondary" href="{{CANCEL_URL}}">取消</a>{{/CANCEL}}</div>
</form>
