{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/booking.css">
<div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
  <h1 class="h3 mb-0">我的预订</h1>
  <a class="btn btn-outline-success btn-sm" href="/booking">预订会议室</a>
</div>

{{#NOTICE}}
<div class="alert alert-warning booking-notice">
  管理员 {{BY}} 于 {{AT}} 取消了您在 {{DATE}} {{TIME}} 对“{{ROOM}}”的预订{{#HAS_NOTE}}，说明：{{NOTE}}{{/HAS_NOTE}}。
</div>
{{/NOTICE}}

{{#NO_MEETINGS}}<p class="text-muted" id="booking-none">暂无即将进行的会议室预订。</p>{{/NO_MEETINGS}}
{{#DONE_CANCEL}}<div class="alert alert-success" role="status">已取消 {{CANCELLED}} 个时段的预订。</div>{{/DONE_CANCEL}}
<table class="table table-striped table-cards" id="booking-mine">
  <caption class="visually-hidden">即将进行的会议</caption>
  <thead><tr><th scope="col">日期</th><th scope="col">时间</th><th scope="col">会议室</th><th scope="col">位置</th><th scope="col"><span class="visually-hidden">操作</span></th></tr></thead>
  <tbody>
    {{#MEETING}}<tr class="meeting"><td class="card-title">{{DATE}}</td><td data-label="时间">{{TIME}}（{{HOURS}} 小时）</td><td data-label="会议室">{{ROOM}}</td><td data-label="位置">{{LOCATION}}</td>
      <td><form method="post" action="/booking" data-confirm="确定取消 {{DATE}} {{TIME}} 在“{{ROOM}}”的预订吗？">
        <input type="hidden" name="csrf_token" value="{{CSRF}}">
        <input type="hidden" name="date" value="{{DATE}}">
        <input type="hidden" name="from" value="mine">
        {{#CELL}}<input type="hidden" name="cancel" value="{{CELL}}">{{/CELL}}
        <button type="submit" class="btn btn-outline-danger btn-sm">取消预订</button>
      </form></td></tr>
    {{/MEETING}}
  </tbody>
</table>

<section class="mt-4">
  <h2 class="h5">日历</h2>
  <p><a href="/booking/my.ics" id="booking-ics">下载 iCalendar 文件（.ics）</a></p>
  <p class="mb-1">订阅地址（在手机或电脑日历中“添加订阅”，预订变化会自动同步）：</p>
  {{#TOKEN_NEW}}<div class="alert alert-success">已生成新的订阅地址，旧地址已失效。</div>{{/TOKEN_NEW}}
  <p><input type="text" class="form-control" id="booking-feed-url" readonly value="{{FEED_URL}}" aria-label="日历订阅地址"></p>
  <form method="post" action="/booking/feed/token">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <button type="submit" class="btn btn-outline-danger btn-sm" id="booking-feed-regenerate">重新生成订阅地址（旧地址将失效）</button>
  </form>
</section>
