{{%AUTOESCAPE context="HTML"}}
<nav class="admin-nav mb-3" aria-label="后台管理">
  <ul class="nav nav-tabs">
    {{#ITEM}}<li class="nav-item"><a class="nav-link{{#ACTIVE}} active{{/ACTIVE}}" href="{{HREF}}">{{LABEL}}</a></li>{{/ITEM}}
  </ul>
</nav>
