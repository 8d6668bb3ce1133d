{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">已保存</div>{{/DONE}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<form class="admin-settings" method="post" action="/admin/settings">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="mb-3"><label class="form-label" for="s-title">网站标题</label><input class="form-control" id="s-title" name="title" value="{{S_TITLE}}" maxlength="100"></div>
  <div class="mb-3"><label class="form-label" for="s-description">网站描述</label><textarea class="form-control" id="s-description" name="description" rows="3" maxlength="500">{{S_DESCRIPTION}}</textarea></div>
  <div class="mb-3"><label class="form-label" for="s-keywords">关键词</label><input class="form-control" id="s-keywords" name="keywords" value="{{S_KEYWORDS}}" maxlength="300" placeholder="用逗号分隔"></div>
  <div class="mb-3"><label class="form-label" for="s-contact">联系方式</label><input class="form-control" id="s-contact" name="contact" value="{{S_CONTACT}}" maxlength="300"></div>
  <div class="mb-3"><label class="form-label" for="s-icp">ICP备案号</label><input class="form-control" id="s-icp" name="icp" value="{{S_ICP}}" maxlength="50" placeholder="如 京ICP备12345678号-1"><div class="form-text">显示在每页页脚，链接到工信部备案查询网站。</div></div>
  <button class="btn btn-success" type="submit">保存</button>
</form>
