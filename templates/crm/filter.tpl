{{%AUTOESCAPE context="HTML"}}
<form class="crm-filter row g-2 mb-3" method="get" action="{{ACTION}}" role="search" aria-label="筛选客户">
  <div class="col-12 col-md-3"><input class="form-control form-control-sm" type="search" name="q" value="{{Q}}" placeholder="姓名、手机、QQ或微信" aria-label="姓名、手机、QQ或微信"></div>
  <div class="col-6 col-md-2"><select class="form-select form-select-sm" name="source" aria-label="来源">
    {{#SOURCE_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SOURCE_OPT}}</select></div>
  <div class="col-6 col-md-2"><select class="form-select form-select-sm" name="status" aria-label="报名状态">
    {{#STATUS_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPT}}</select></div>
  <div class="col-6 col-md-1"><select class="form-select form-select-sm" name="intention" aria-label="意向等级">
    {{#INTENTION_OPT}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INTENTION_OPT}}</select></div>
  {{#CONSULTANT_FILTER}}<div class="col-6 col-md-2"><select class="form-select form-select-sm" name="consultant" aria-label="课程顾问">
    <option value="">全部顾问</option>
    {{#CONSULTANT_OPT}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CONSULTANT_OPT}}</select></div>
  <div class="col-6 col-md-2"><input class="form-control form-control-sm" type="date" name="from" value="{{FROM}}" aria-label="录入日期从"></div>
  <div class="col-6 col-md-2"><input class="form-control form-control-sm" type="date" name="to" value="{{TO}}" aria-label="录入日期到"></div>{{/CONSULTANT_FILTER}}
  <div class="col-6 col-md-1"><button class="btn btn-success btn-sm w-100" type="submit">筛选</button></div>
</form>
