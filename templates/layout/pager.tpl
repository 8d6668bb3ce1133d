{{%AUTOESCAPE context="HTML"}}<nav class="d-flex align-items-center gap-2 my-3 pager" aria-label="分页">
  {{#HAS_PREV}}<a class="btn btn-outline-secondary btn-sm" href="{{PREV_URL}}" rel="prev">上一页</a>{{/HAS_PREV}}
  <span class="small text-muted">第 {{PAGE}} 页</span>
  {{#HAS_NEXT}}<a class="btn btn-outline-secondary btn-sm" href="{{NEXT_URL}}" rel="next">下一页</a>{{/HAS_NEXT}}
</nav>
