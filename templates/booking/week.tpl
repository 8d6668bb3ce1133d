{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/booking.css">
<div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
  <h1 class="h3 mb-0">{{ROOM}} <small class="text-muted h6">{{LOCATION}} · {{ROOM_CAPACITY}} 人</small></h1>
  <nav class="d-flex gap-2" aria-label="一周导航">
    {{#HAS_PREV}}<a class="btn btn-outline-success btn-sm" href="/booking/rooms/{{ROOM_ID}}/week?start={{PREV:u}}" rel="prev">&larr; 上一周</a>{{/HAS_PREV}}
    {{#HAS_NEXT}}<a class="btn btn-outline-success btn-sm" href="/booking/rooms/{{ROOM_ID}}/week?start={{NEXT:u}}" rel="next">下一周 &rarr;</a>{{/HAS_NEXT}}
    <a class="btn btn-outline-secondary btn-sm" href="/booking/free">查找空闲会议室</a>
  </nav>
</div>
<div class="table-responsive">
<table class="table table-bordered table-sm booking-week">
  <caption>{{START}} 起一周，点日期到当天的预订表</caption>
  <thead><tr><th scope="col">时段</th>{{#DAY}}<th scope="col"><a href="/booking?date={{DATE:u}}">{{LABEL}}</a></th>{{/DAY}}</tr></thead>
  <tbody>{{#SLOT}}<tr><th scope="row" class="text-nowrap">{{LABEL}}</th>{{#CELL}}<td class="cell-{{STATE}} small">{{TEXT}}</td>{{/CELL}}</tr>{{/SLOT}}</tbody>
</table>
</div>
