{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} - {{SITE_NAME}}</title>
{{#META_DESCRIPTION}}<meta name="description" content="{{DESCRIPTION}}">{{/META_DESCRIPTION}}
{{#META_KEYWORDS}}<meta name="keywords" content="{{KEYWORDS}}">{{/META_KEYWORDS}}
{{#CSRF_META}}<meta name="csrf-token" content="{{CSRF_TOKEN}}">{{/CSRF_META}}
<link rel="stylesheet" href="/javascript/bootstrap5/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/img/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="visually-hidden-focusable" href="#main">跳到正文</a>
<header class="site-header">
  <nav class="navbar navbar-expand-md navbar-dark bg-success" aria-label="主菜单">
    <div class="container">
      <a class="navbar-brand" href="/">{{SITE_NAME}}</a>
      <ul class="navbar-nav me-auto flex-row flex-wrap gap-3">
        <li class="nav-item"><a class="nav-link" href="/purchases">采购大厅</a></li>
        <li class="nav-item"><a class="nav-link" href="/suppliers">供应商</a></li>
        {{#LOGGED_IN}}
        {{#IS_STAFF}}<li class="nav-item"><a class="nav-link" href="/booking">会议室</a></li>{{/IS_STAFF}}
        {{#CRM_ENTRY}}<li class="nav-item"><a class="nav-link" href="{{CRM_URL}}">{{CRM_LABEL}}</a></li>{{/CRM_ENTRY}}
        {{#IS_ADMIN}}<li class="nav-item"><a class="nav-link" href="/admin/users">后台管理</a></li>{{/IS_ADMIN}}
        {{/LOGGED_IN}}
      </ul>
      <ul class="navbar-nav flex-row gap-3 align-items-center">
        {{#LOGGED_IN}}
        <li class="nav-item"><a class="nav-link" href="/my/notifications">通知{{#UNREAD}} <span class="badge bg-danger">{{COUNT}}</span>{{/UNREAD}}</a></li>
        <li class="nav-item"><a class="nav-link" href="/my/settings">{{#HEADER_AVATAR}}<img class="header-avatar" src="{{HEADER_AVATAR_URL}}" alt="">{{/HEADER_AVATAR}}{{USER_NAME}}</a></li>
        <li class="nav-item">
          <form method="post" action="/logout" class="d-inline">
            <input type="hidden" name="csrf_token" value="{{CSRF}}">
            <button type="submit" class="btn btn-link nav-link">退出</button>
          </form>
        </li>
        {{/LOGGED_IN}}
        {{#LOGGED_OUT}}
        <li class="nav-item"><a class="nav-link" href="/login?next={{NEXT:u}}">登录</a></li>
        <li class="nav-item"><a class="nav-link" href="/register">注册</a></li>
        {{/LOGGED_OUT}}
      </ul>
    </div>
  </nav>
</header>
<main id="main" class="container py-4">
{{#BACK}}<div class="alert alert-danger back-message" role="alert" id="back-message" data-field="{{FIELD}}" data-fields="{{FIELDS}}">{{MESSAGE}}</div>{{/BACK}}
{{>BODY}}
</main>
<footer class="site-footer border-top py-4 mt-4" aria-label="页脚">
  <div class="container small text-muted">
    {{#PARTNERS}}<div class="partners mb-2">入驻企业：{{#PARTNER}}<a href="{{LINK}}" rel="noopener">{{#HAS_LOGO}}<img class="partner-logo" src="{{LOGO}}" alt="{{NAME}}" title="{{NAME}}">{{/HAS_LOGO}}{{#NO_LOGO}}{{NAME}}{{/NO_LOGO}}</a> {{/PARTNER}}</div>{{/PARTNERS}}
    {{#SITE_CONTACT}}<div class="mb-1">联系我们：{{CONTACT}}</div>{{/SITE_CONTACT}}
    <div>&copy; {{SITE_NAME}} · <a href="/terms">服务条款</a>{{#SITE_ICP}} · <a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">{{ICP}}</a>{{/SITE_ICP}}</div>
  </div>
</footer>
<script src="/js/forms.js" defer></script>
{{#SCRIPT}}<script src="{{SRC}}" defer></script>
{{/SCRIPT}}
</body>
</html>
