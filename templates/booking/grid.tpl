{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/booking.css">
<div class="booking-page">
  <div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
    <h1 class="h3 mb-0">会议室预订</h1>
    <nav class="d-flex gap-2" aria-label="预订导航">
      <a class="btn btn-outline-secondary btn-sm" href="/booking/free?date={{DATE:u}}">查找空闲会议室</a>
      <a class="btn btn-outline-secondary btn-sm" href="/booking/mine">我的预订</a>
      {{#ADMIN}}<a class="btn btn-outline-secondary btn-sm" href="/booking/rooms">会议室管理</a>{{/ADMIN}}
    </nav>
  </div>

  <nav class="booking-dates d-flex flex-wrap align-items-center gap-2 mb-3" aria-label="选择日期">
    {{#HAS_PREV}}<a class="btn btn-outline-success btn-sm" id="booking-prev" href="/booking?date={{PREV:u}}" rel="prev">&larr; 前一天</a>{{/HAS_PREV}}
    <a class="btn btn-outline-success btn-sm" id="booking-today" href="/booking?date={{TODAY:u}}">今天</a>
    {{#HAS_NEXT}}<a class="btn btn-outline-success btn-sm" id="booking-next" href="/booking?date={{NEXT:u}}" rel="next">后一天 &rarr;</a>{{/HAS_NEXT}}
    <form method="get" action="/booking" class="d-flex gap-2 align-items-center">
      <label for="booking-date" class="visually-hidden">日期</label>
      <input type="date" class="form-control form-control-sm" id="booking-date" name="date" value="{{DATE}}" min="{{TODAY}}" max="{{MAX_DATE}}" required>
      <button type="submit" class="btn btn-success btn-sm text-nowrap">查看</button>
    </form>
  </nav>

  <div id="booking-message" role="status" aria-live="polite">
    {{#MESSAGE}}<div class="alert alert-{{KIND}}">{{TEXT}}</div>{{/MESSAGE}}
  </div>

  {{#NO_ROOMS}}<p class="text-muted">还没有可预订的会议室。</p>{{/NO_ROOMS}}

  <form method="post" action="/booking" id="booking-form">
    <input type="hidden" name="csrf_token" value="{{CSRF}}">
    <input type="hidden" name="date" value="{{DATE}}">
    <p class="booking-help small text-muted" id="booking-help">勾选空闲时段进行预订，勾选“我的预订”进行取消，然后点击“保存”。键盘：方向键移动，空格选择。</p>
    <div class="table-responsive">
      <table class="table table-bordered booking-grid" id="booking-grid" role="grid" aria-labelledby="booking-caption" aria-describedby="booking-help" data-date="{{DATE}}">
        <caption id="booking-caption">{{DATE}} 会议室使用情况</caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">会议室</th>
            {{#SLOT}}<th scope="col" role="columnheader">{{LABEL}}</th>{{/SLOT}}
          </tr>
        </thead>
        <tbody>
{{!-- ROWS is built by booking::grid_rows_html, every value in it escaped there. --}}
{{ROWS:none}}
        </tbody>
      </table>
    </div>
    <div hidden><span id="bk-add">预订</span><span id="bk-cancel">取消</span><span id="bk-past">已过</span>{{#SLOT}}<span id="bk-s{{ID}}">{{SPAN}}</span>{{/SLOT}}</div>
    <div class="booking-legend small mb-3" aria-hidden="true">
      <span class="legend cell-free">空闲</span> <span class="legend cell-mine">我的</span>
      <span class="legend cell-taken">已被预订</span> <span class="legend cell-past">已过</span>
      <span class="legend cell-selected">已选择</span>
    </div>
    {{#ADMIN}}<div class="mb-3 booking-note">
      <label for="booking-note" class="form-label">取消他人预订的说明（会通知预订人）</label>
      <input type="text" class="form-control" id="booking-note" name="note" maxlength="200" value="{{NOTE}}">
    </div>{{/ADMIN}}
    <button type="submit" class="btn btn-success" id="booking-save">保存</button>
  </form>
</div>
