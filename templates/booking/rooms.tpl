{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/booking.css">
<div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
  <h1 class="h3 mb-0">会议室管理</h1>
  <a class="btn btn-outline-success btn-sm" href="/booking">预订会议室</a>
</div>
<div role="status" aria-live="polite">{{#MESSAGE}}<div class="alert alert-{{KIND}}">{{TEXT}}</div>{{/MESSAGE}}</div>

<table class="table align-middle" id="rooms">
  <caption class="visually-hidden">会议室列表</caption>
  <thead><tr><th scope="col">名称</th><th scope="col">容纳人数</th><th scope="col">位置</th><th scope="col">状态</th><th scope="col">操作</th></tr></thead>
  <tbody>
    {{#ROOM}}
    <tr id="room-{{ID}}">
      <td><input form="room-form-{{ID}}" class="form-control form-control-sm" name="name" value="{{NAME}}" maxlength="50" required aria-label="名称"></td>
      <td><input form="room-form-{{ID}}" class="form-control form-control-sm" type="number" name="capacity" value="{{CAPACITY}}" min="1" max="1000" required aria-label="容纳人数"></td>
      <td><input form="room-form-{{ID}}" class="form-control form-control-sm" name="location" value="{{LOCATION}}" maxlength="100" aria-label="位置"></td>
      <td>{{#ACTIVE}}<span class="badge bg-success">使用中</span>{{/ACTIVE}}{{#INACTIVE}}<span class="badge bg-secondary">已停用</span>{{/INACTIVE}}</td>
      <td class="d-flex gap-2">
        <form method="post" action="/booking/rooms" id="room-form-{{ID}}">
          <input type="hidden" name="csrf_token" value="{{CSRF}}">
          <input type="hidden" name="id" value="{{ID}}">
          <button type="submit" class="btn btn-sm btn-success" name="action" value="update">保存</button>
        </form>
        <form method="post" action="/booking/rooms">
          <input type="hidden" name="csrf_token" value="{{CSRF}}">
          <input type="hidden" name="id" value="{{ID}}">
          {{#ACTIVE}}<button type="submit" class="btn btn-sm btn-outline-danger" name="action" value="remove">停用</button>{{/ACTIVE}}
          {{#INACTIVE}}<button type="submit" class="btn btn-sm btn-outline-success" name="action" value="activate">启用</button>{{/INACTIVE}}
        </form>
      </td>
    </tr>
    {{/ROOM}}
  </tbody>
</table>
<p class="small text-muted">停用：从未被预订过的会议室会被删除；有预订记录的会议室只会停用，已有预订保留。</p>

<h2 class="h5 mt-4">添加会议室</h2>
<form method="post" action="/booking/rooms" class="row g-2 align-items-end" id="room-new">
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <input type="hidden" name="action" value="create">
  <div class="col-md-4"><label class="form-label" for="new-name">名称</label><input class="form-control" id="new-name" name="name" value="{{NEW_NAME}}" maxlength="50" required></div>
  <div class="col-md-2"><label class="form-label" for="new-capacity">容纳人数</label><input class="form-control" type="number" id="new-capacity" name="capacity" value="{{NEW_CAPACITY}}" min="1" max="1000" required></div>
  <div class="col-md-4"><label class="form-label" for="new-location">位置</label><input class="form-control" id="new-location" name="location" value="{{NEW_LOCATION}}" maxlength="100"></div>
  <div class="col-md-2"><button type="submit" class="btn btn-success w-100">添加</button></div>
</form>
