{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/booking.css">
<div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
  <h1 class="h3 mb-0">查找空闲会议室</h1>
  <nav class="d-flex gap-2" aria-label="预订导航">
    <a class="btn btn-outline-secondary btn-sm" href="/booking?date={{DATE:u}}">按天查看</a>
    <a class="btn btn-outline-secondary btn-sm" href="/booking/mine">我的预订</a>
  </nav>
</div>
<form method="get" action="/booking/free" class="row g-2 align-items-end mb-3" role="search" aria-label="查找空闲会议室">
  <div class="col-6 col-md-3"><label class="form-label" for="free-date">日期</label>
    <input type="date" class="form-control" id="free-date" name="date" value="{{DATE}}" min="{{TODAY}}" max="{{MAX_DATE}}" required></div>
  <div class="col-3 col-md-2"><label class="form-label" for="free-from">从</label>
    <select class="form-select" id="free-from" name="from">{{#FROM_OPT}}<option value="{{HOUR}}"{{#SELECTED}} selected{{/SELECTED}}>{{HOUR}}:00</option>{{/FROM_OPT}}</select></div>
  <div class="col-3 col-md-2"><label class="form-label" for="free-to">到</label>
    <select class="form-select" id="free-to" name="to">{{#TO_OPT}}<option value="{{HOUR}}"{{#SELECTED}} selected{{/SELECTED}}>{{HOUR}}:00</option>{{/TO_OPT}}</select></div>
  <div class="col-6 col-md-2"><label class="form-label" for="free-capacity">人数（至少）</label>
    <input type="number" class="form-control" id="free-capacity" name="capacity" min="1" max="1000" value="{{CAPACITY}}" inputmode="numeric"></div>
  <div class="col-6 col-md-2"><button class="btn btn-success w-100" type="submit">查找</button></div>
</form>
<h2 class="h5">{{DATE}} {{SPAN}} 空闲的会议室</h2>
{{#NONE}}<p class="text-muted" id="free-none">这个时段没有符合条件的空闲会议室，换个时间或日期试试。</p>{{/NONE}}
<ul class="list-group free-rooms">
  {{#ROOM}}<li class="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
    <span><strong>{{NAME}}</strong> <span class="text-muted small">{{LOCATION}} · {{ROOM_CAPACITY}} 人</span>
      <a class="small ms-2" href="/booking/rooms/{{ROOM_ID}}/week?start={{DATE:u}}">这周安排</a></span>
    <form method="post" action="/booking">
      <input type="hidden" name="csrf_token" value="{{CSRF}}">
      <input type="hidden" name="date" value="{{DATE}}">
      {{#CELL}}<input type="hidden" name="add" value="{{CELL}}">{{/CELL}}
      <button class="btn btn-success btn-sm" type="submit">预订 {{SPAN}}</button>
    </form>
  </li>{{/ROOM}}
</ul>
