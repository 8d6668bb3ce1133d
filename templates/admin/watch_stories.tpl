{{%AUTOESCAPE context="HTML"}}
<h1 class="h4 mb-3">后台管理</h1>
{{>ADMIN_NAV}}
{{#DONE}}<div class="alert alert-success">已保存</div>{{/DONE}}
{{#ERROR}}<div class="alert alert-danger" role="alert" data-field="{{ERROR_FIELD}}">{{MESSAGE}}</div>{{/ERROR}}
<div class="row g-4">
<div class="col-12 col-lg-8">
  <nav class="d-flex flex-wrap gap-2 mb-3">
    <a class="btn btn-sm {{ALL_CLASS}}" href="/admin/watch/stories">全部</a>
    {{#FILTER}}<a class="btn btn-sm {{CLASS}}" href="/admin/watch/stories?category={{ID}}">{{NAME}}</a>{{/FILTER}}
  </nav>
  <ul class="list-unstyled">
  {{#STORY}}<li class="d-flex gap-3 border-bottom py-2">
    {{#HAS_COVER}}<img class="rounded" src="{{COVER}}" alt="" width="72" height="72">{{/HAS_COVER}}
    <div class="flex-grow-1 min-w-0">
      <div class="fw-semibold">{{TITLE}} <span class="badge text-bg-light">{{CATEGORY_NAME}}</span> <span class="small text-muted">{{SECONDS}} 秒 · {{AT}}</span></div>
      <div class="small text-muted text-break">{{SUMMARY}}</div>
      <audio controls preload="none" src="{{AUDIO}}" class="mt-1 w-100"></audio>
    </div>
    <form method="post" action="/admin/watch/stories/{{ID}}/delete">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <button class="btn btn-outline-danger btn-sm" type="submit">删除</button>
    </form>
  </li>{{/STORY}}
  </ul>
</div>
<div class="col-12 col-lg-4">
  <h2 class="h6">上传故事</h2>
  <form class="mb-4" method="post" action="/admin/watch/stories" enctype="multipart/form-data">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <div class="mb-2"><label class="form-label" for="s-category">分类</label>
      <select class="form-select" id="s-category" name="category" required><option value="">请选择</option>{{#CATEGORY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CATEGORY}}</select></div>
    <div class="mb-2"><label class="form-label" for="s-title">标题</label><input class="form-control" id="s-title" name="title" maxlength="50" required value="{{S_TITLE}}"></div>
    <div class="mb-2"><label class="form-label" for="s-summary">简介</label><textarea class="form-control" id="s-summary" name="summary" rows="3" maxlength="1000">{{S_SUMMARY}}</textarea></div>
    <div class="mb-2"><label class="form-label" for="s-cover">封面图片</label><input class="form-control" type="file" id="s-cover" name="cover" accept="image/jpeg,image/png,image/gif,image/webp"></div>
    <div class="mb-2"><label class="form-label" for="s-audio">音频（MP3 或 AMR）</label><input class="form-control" type="file" id="s-audio" name="audio" accept="audio/mpeg,audio/amr,.mp3,.amr" required></div>
    <button class="btn btn-primary" type="submit">上传</button>
  </form>
  <h2 class="h6">分类</h2>
  <ul class="list-group mb-2">
    {{#CATEGORY}}<li class="list-group-item d-flex align-items-center gap-2"><span class="me-auto">{{NAME}} <span class="small text-muted">{{COUNT}} 个 · 排序 {{POSITION}}</span></span>
      <form method="post" action="/admin/watch/stories/categories/{{ID}}/delete"><input type="hidden" name="csrf_token" value="{{CSRF}}"><button class="btn btn-outline-danger btn-sm" type="submit">删除</button></form></li>{{/CATEGORY}}
  </ul>
  <form class="d-flex gap-2" method="post" action="/admin/watch/stories/categories">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <input class="form-control" name="name" maxlength="20" placeholder="新分类名称" aria-label="新分类名称" required value="{{C_NAME}}">
    <input class="form-control w-25" name="position" inputmode="numeric" placeholder="排序" aria-label="排序">
    <button class="btn btn-outline-primary text-nowrap" type="submit">添加</button>
  </form>
</div>
</div>
