{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">通知已发送</div>{{/DONE}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<form class="mb-4" method="post" action="/admin/notices">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <div class="mb-2"><label class="form-label" for="n-audience">发送对象</label>
    <select class="form-select w-auto" id="n-audience" name="audience">
      <option value="all">全部会员</option>
      {{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}
    </select>
  </div>
  <div class="mb-2"><label class="form-label" for="n-title">标题</label><input class="form-control" id="n-title" name="title" value="{{N_TITLE}}" required maxlength="100"></div>
  <div class="mb-2"><label class="form-label" for="n-body">内容</label><textarea class="form-control" id="n-body" name="body" rows="4" required>{{N_BODY}}</textarea></div>
  <button class="btn btn-success" type="submit">发送通知</button>
</form>
<h2 class="h6">已发送</h2>
<table class="table table-sm">
  <thead><tr><th>时间</th><th>对象</th><th>标题</th><th>内容</th><th>发送人</th></tr></thead>
  <tbody>{{#NOTICE}}<tr><td>{{AT}}</td><td>{{AUDIENCE}}</td><td>{{TITLE}}</td><td>{{BODY}}</td><td>{{ADMIN}}</td></tr>{{/NOTICE}}</tbody>
</table>
