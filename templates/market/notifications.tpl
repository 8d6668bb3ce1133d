{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<nav class="nav nav-pills small mb-3 my-nav" aria-label="我的">
  <a class="nav-link" href="/my/purchases">我的采购</a>
  <a class="nav-link" href="/my/quotes">我的报价</a>
  <a class="nav-link" href="/my/notifications">我的通知</a>
  <a class="nav-link" href="/purchase/new">发布采购</a>
</nav>
<h1 class="h4">我的通知</h1>
<ul class="list-group system-notices mb-3">
{{#NOTICE}}
  <li class="list-group-item">
    <span class="badge bg-warning text-dark">系统通知</span>{{#UNREAD_NOTICE}} <span class="badge bg-danger">未读</span>{{/UNREAD_NOTICE}} <strong>{{TITLE}}</strong> <small class="text-muted">{{TIME}}</small>
    <div class="pre-line small">{{BODY:pre_escape}}</div>
  </li>
{{/NOTICE}}
</ul>
{{#EMPTY}}<p class="text-muted">暂无通知。</p>{{/EMPTY}}
<ul class="list-group notifications">
{{#NOTE}}
  <li class="list-group-item{{#UNREAD_NOTE}} unread{{/UNREAD_NOTE}}">
    <span class="badge bg-secondary">{{TYPE}}</span>{{#UNREAD_NOTE}} <span class="badge bg-danger">未读</span>{{/UNREAD_NOTE}}
    <a href="{{LINK}}">{{TITLE}}</a> <small class="text-muted">{{TIME}}</small>
    <div class="pre-line small">{{BODY:pre_escape}}</div>
  </li>
{{/NOTE}}
</ul>
