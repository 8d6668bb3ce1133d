{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/market.css">
<h1 class="h4">{{HEADING}}</h1>
{{#RESTORED}}<div class="alert alert-success" role="status">已为您恢复登录前填写的内容，请核对后发布。</div>{{/RESTORED}}
{{#HAS_ERRORS}}<div class="alert alert-danger" role="alert" id="error-summary">
  <p class="mb-1">提交的内容有误，请按提示修改：</p>
  <ul class="mb-0">{{#SUMMARY}}<li><a href="#{{ANCHOR}}">{{MESSAGE}}</a></li>{{/SUMMARY}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION}}" class="purchase-form" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF}}">
  <h2 class="h6 mt-3">采购品种（1–20个）</h2>
  {{#ITEMS_HAS_ERROR}}<div class="text-danger small">{{ITEMS_ERROR}}</div>{{/ITEMS_HAS_ERROR}}
  <div id="item-rows">
  {{#ROW}}
  <fieldset class="item-row border rounded p-2 mb-2 position-relative" data-index="{{N}}">
    <legend class="h6 float-none w-auto px-1">品种 {{NUM}}</legend>
    <button type="button" class="btn btn-outline-danger btn-sm remove-item position-absolute top-0 end-0 m-2" hidden>删除此品种</button>
    <div class="row g-2">
      <div class="col-6 col-md-3">
        <label class="form-label small" for="v{{N}}">品种</label>
        <input class="form-control variety-input {{VARIETY_INVALID}}" id="v{{N}}" name="items[{{N}}][variety]" value="{{VARIETY}}" list="variety-list" autocomplete="off">
        {{#VARIETY_HAS_ERROR}}<div class="invalid-feedback">{{VARIETY_ERROR}}</div>{{/VARIETY_HAS_ERROR}}
      </div>
      <div class="col-6 col-md-2">
        <label class="form-label small" for="s{{N}}">规格</label>
        <input class="form-control spec-input {{SPEC_INVALID}}" id="s{{N}}" name="items[{{N}}][spec]" value="{{SPEC}}" list="spec-list-{{N}}">
        <datalist id="spec-list-{{N}}"></datalist>
        {{#SPEC_HAS_ERROR}}<div class="invalid-feedback">{{SPEC_ERROR}}</div>{{/SPEC_HAS_ERROR}}
      </div>
      <div class="col-6 col-md-2">
        <label class="form-label small" for="q{{N}}">数量</label>
        <input class="form-control {{QUANTITY_INVALID}}" id="q{{N}}" name="items[{{N}}][quantity]" value="{{QUANTITY}}" inputmode="decimal">
        {{#QUANTITY_HAS_ERROR}}<div class="invalid-feedback">{{QUANTITY_ERROR}}</div>{{/QUANTITY_HAS_ERROR}}
      </div>
      <div class="col-6 col-md-1">
        <label class="form-label small" for="u{{N}}">单位</label>
        <input class="form-control unit-input {{UNIT_INVALID}}" id="u{{N}}" name="items[{{N}}][unit]" value="{{UNIT}}" list="unit-list">
        {{#UNIT_HAS_ERROR}}<div class="invalid-feedback">{{UNIT_ERROR}}</div>{{/UNIT_HAS_ERROR}}
      </div>
      <div class="col-6 col-md-2">
        <label class="form-label small" for="o{{N}}">产地要求</label>
        <input class="form-control {{ORIGIN_INVALID}}" id="o{{N}}" name="items[{{N}}][origin]" value="{{ORIGIN}}">
        {{#ORIGIN_HAS_ERROR}}<div class="invalid-feedback">{{ORIGIN_ERROR}}</div>{{/ORIGIN_HAS_ERROR}}
      </div>
      <div class="col-6 col-md-2">
        <label class="form-label small" for="p{{N}}">限价（元，不填为面议）</label>
        <input class="form-control {{PRICE_INVALID}}" id="p{{N}}" name="items[{{N}}][price]" value="{{PRICE}}" inputmode="decimal">
        {{#PRICE_HAS_ERROR}}<div class="invalid-feedback">{{PRICE_ERROR}}</div>{{/PRICE_HAS_ERROR}}
      </div>
      <div class="col-12">
        <label class="form-label small" for="ql{{N}}">质量要求（如 2015版药典标准、硫不超标、无虫蛀、无霉）</label>
        <textarea class="form-control {{QUALITY_INVALID}}" id="ql{{N}}" name="items[{{N}}][quality]" rows="2">{{QUALITY:pre_escape}}</textarea>
        {{#QUALITY_HAS_ERROR}}<div class="invalid-feedback">{{QUALITY_ERROR}}</div>{{/QUALITY_HAS_ERROR}}
      </div>
      <div class="col-12 col-md-6">
        <label class="form-label small" for="ph{{N}}">照片（可选）</label>
        {{#HAS_PHOTO}}<div class="d-flex align-items-center gap-2 mb-1">
          <img src="{{PHOTO_URL}}" alt="现有照片" class="rounded border item-photo-thumb">
          <div class="form-check small"><input class="form-check-input" type="checkbox" id="phr{{N}}" name="items[{{N}}][photo_remove]" value="1" {{PHOTO_REMOVE_CHECKED}}><label class="form-check-label" for="phr{{N}}">删除这张照片</label></div>
        </div>
        <div class="form-text mb-1">上传新照片会替换现有照片。</div>{{/HAS_PHOTO}}
        <input class="form-control form-control-sm {{PHOTO_INVALID}}" type="file" id="ph{{N}}" name="items[{{N}}][photo]" accept="image/jpeg,image/png,image/webp,image/gif">
        {{#PHOTO_HAS_ERROR}}<div class="invalid-feedback">{{PHOTO_ERROR}}</div>{{/PHOTO_HAS_ERROR}}
      </div>
    </div>
  </fieldset>
  {{/ROW}}
  </div>
  <button type="button" class="btn btn-outline-secondary btn-sm mb-3" id="add-item">+ 再加一个品种</button>
  <datalist id="variety-list"></datalist>
  <datalist id="unit-list"><option value="公斤"><option value="吨"><option value="克"></datalist>

  <h2 class="h6 mt-3">交货与付款</h2>
  <div class="row g-2 area-picker">
    <input type="hidden" name="area" id="area" value="{{AREA}}">
    <div class="col-12 small text-muted">{{AREA_NAME}}</div>
    <div class="col-4"><select class="form-select {{AREA_INVALID}}" id="area-province" aria-label="省">
      <option value="">省份</option>
      {{#PROVINCE}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PROVINCE}}
    </select></div>
    <div class="col-4"><select class="form-select" id="area-city" aria-label="市"><option value="">城市</option>
      {{#CITY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CITY}}</select></div>
    <div class="col-4"><select class="form-select" id="area-district" aria-label="区县"><option value="">区县</option>
      {{#DISTRICT}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/DISTRICT}}</select></div>
    {{#AREA_HAS_ERROR}}<div class="col-12 text-danger small">{{AREA_ERROR}}</div>{{/AREA_HAS_ERROR}}
    <div class="col-12 form-check ms-2"><input class="form-check-input" type="checkbox" id="pickup" name="pickup" value="1" {{PICKUP_CHECKED}}>
      <label class="form-check-label" for="pickup">亲自上门看货提货</label></div>
  </div>
  <fieldset class="mt-2"><legend class="h6">发票</legend>
    <label><input type="radio" name="invoice" value="0" id="invoice-0" {{INVOICE_0}}> 无需发票</label>
    <label><input type="radio" name="invoice" value="1" {{INVOICE_1}}> 普通发票</label>
    <label><input type="radio" name="invoice" value="2" {{INVOICE_2}}> 增值税发票</label>
    {{#INVOICE_HAS_ERROR}}<div class="text-danger small">{{INVOICE_ERROR}}</div>{{/INVOICE_HAS_ERROR}}
  </fieldset>
  <fieldset class="mt-2"><legend class="h6">付款方式</legend>
    <label><input type="radio" name="payment" value="1" id="payment-1" {{PAYMENT_1}}> 预付</label>
    <label><input type="radio" name="payment" value="2" {{PAYMENT_2}}> 验收后</label>
    <input class="form-control d-inline-block w-auto {{PAYMENT_DAYS_INVALID}}" name="payment_days" id="payment-days" value="{{PAYMENT_DAYS}}" size="3" aria-label="天数"> 天
    <label><input type="radio" name="payment" value="3" {{PAYMENT_3}}> 其他</label>
    <input class="form-control mt-1 {{PAYMENT_NOTE_INVALID}}" name="payment_note" id="payment-note" value="{{PAYMENT_NOTE}}" placeholder="付款说明" aria-label="付款说明">
    {{#PAYMENT_HAS_ERROR}}<div class="text-danger small">{{PAYMENT_ERROR}}</div>{{/PAYMENT_HAS_ERROR}}
    {{#PAYMENT_DAYS_HAS_ERROR}}<div class="text-danger small">{{PAYMENT_DAYS_ERROR}}</div>{{/PAYMENT_DAYS_HAS_ERROR}}
    {{#PAYMENT_NOTE_HAS_ERROR}}<div class="text-danger small">{{PAYMENT_NOTE_ERROR}}</div>{{/PAYMENT_NOTE_HAS_ERROR}}
  </fieldset>
  <fieldset class="mt-2"><legend class="h6">寄样</legend>
    <label><input type="checkbox" name="sample" value="1" {{SAMPLE_CHECKED}}> 需要寄样</label>
    <input class="form-control mt-1 {{SAMPLE_RECIPIENT_INVALID}}" name="sample_recipient" id="sample-recipient" value="{{SAMPLE_RECIPIENT}}" placeholder="收样人、电话、地址" aria-label="收样信息">
    {{#SAMPLE_RECIPIENT_HAS_ERROR}}<div class="text-danger small">{{SAMPLE_RECIPIENT_ERROR}}</div>{{/SAMPLE_RECIPIENT_HAS_ERROR}}
  </fieldset>
  <fieldset class="mt-2"><legend class="h6">供应商资质要求</legend>
    <label><input type="checkbox" name="qualifications" value="license" id="qual-license" {{QUAL_license}}> 营业执照</label>
    <label><input type="checkbox" name="qualifications" value="gsp" {{QUAL_gsp}}> GSP证书</label>
    <label><input type="checkbox" name="qualifications" value="gmp" {{QUAL_gmp}}> GMP证书</label>
    {{#QUALIFICATIONS_HAS_ERROR}}<div class="text-danger small">{{QUALIFICATIONS_ERROR}}</div>{{/QUALIFICATIONS_HAS_ERROR}}
  </fieldset>
  <div class="mt-2"><label class="form-label" for="acceptance">验收与包装要求</label>
    <textarea class="form-control {{ACCEPTANCE_INVALID}}" id="acceptance" name="acceptance" rows="3">{{ACCEPTANCE:pre_escape}}</textarea>
    {{#ACCEPTANCE_HAS_ERROR}}<div class="invalid-feedback">{{ACCEPTANCE_ERROR}}</div>{{/ACCEPTANCE_HAS_ERROR}}</div>
  <div class="mt-2"><label class="form-label" for="remark">备注</label>
    <textarea class="form-control {{REMARK_INVALID}}" id="remark" name="remark" rows="3">{{REMARK:pre_escape}}</textarea>
    {{#REMARK_HAS_ERROR}}<div class="invalid-feedback">{{REMARK_ERROR}}</div>{{/REMARK_HAS_ERROR}}</div>
  <fieldset class="mt-2"><legend class="h6">报价期限</legend>
    <label><input type="radio" name="window" value="3" id="window-3" {{WINDOW_3}}> 3天</label>
    <label><input type="radio" name="window" value="7" {{WINDOW_7}}> 7天</label>
    <label><input type="radio" name="window" value="15" {{WINDOW_15}}> 15天</label>
    <label><input type="radio" name="window" value="30" {{WINDOW_30}}> 30天</label>
    <label><input type="radio" name="window" value="0" {{WINDOW_0}}> 常年采购</label>
    {{#WINDOW_HAS_ERROR}}<div class="text-danger small">{{WINDOW_ERROR}}</div>{{/WINDOW_HAS_ERROR}}
  </fieldset>
  {{#VISITOR}}
  <fieldset class="mt-3 border rounded p-2 visitor-fields">
    <legend class="h6 float-none w-auto px-1">联系人（未登录发布将自动为您开通账号，密码以短信发送）</legend>
    {{#LOGIN_FIRST}}<div class="alert alert-warning" role="alert">该手机号已注册，请 <a href="/login?next=/purchase/new">登录</a> 后再发布。已填写的采购内容会为您保留。
      <button class="btn btn-warning btn-sm ms-1" type="submit" name="login_first" value="1" formnovalidate>登录后继续发布</button></div>{{/LOGIN_FIRST}}
    <div class="alert alert-warning js-login-first" role="alert" hidden>该手机号已注册，无需验证码，请登录后再发布。已填写的采购内容会为您保留。
      <button class="btn btn-warning btn-sm ms-1 js-login-first-go" type="button">登录后继续发布</button></div>
    <div class="row g-2">
      <div class="col-12 col-md-4">
        <label class="form-label small" for="phone">手机号</label>
        <input class="form-control {{PHONE_INVALID}}" id="phone" name="phone" value="{{PHONE}}" inputmode="numeric" maxlength="11" autocomplete="tel">
        {{#PHONE_HAS_ERROR}}<div class="invalid-feedback">{{PHONE_ERROR}}</div>{{/PHONE_HAS_ERROR}}
      </div>
      <div class="col-12 col-md-4">
        <label class="form-label small" for="sms_code">短信验证码</label>
        <div class="input-group has-validation">
          <input class="form-control {{SMS_CODE_INVALID}}" id="sms_code" name="sms_code" inputmode="numeric" maxlength="6" autocomplete="one-time-code">
          <button class="btn btn-outline-success js-sms-send" type="button" data-purpose="publish">获取验证码</button>
          {{#SMS_CODE_HAS_ERROR}}<div class="invalid-feedback">{{SMS_CODE_ERROR}}</div>{{/SMS_CODE_HAS_ERROR}}
        </div>
        <div class="form-text js-sms-status" aria-live="polite"></div>
      </div>
      <div class="col-6 col-md-2">
        <label class="form-label small" for="name">姓名或经营主体</label>
        <input class="form-control {{NAME_INVALID}}" id="name" name="name" value="{{NAME}}">
        {{#NAME_HAS_ERROR}}<div class="invalid-feedback">{{NAME_ERROR}}</div>{{/NAME_HAS_ERROR}}
      </div>
      <div class="col-6 col-md-2">
        <label class="form-label small" for="user_type">经营主体类型</label>
        <select class="form-select {{USER_TYPE_INVALID}}" id="user_type" name="user_type">
          <option value="">请选择</option>
          {{#TYPE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}
        </select>
        {{#USER_TYPE_HAS_ERROR}}<div class="invalid-feedback">{{USER_TYPE_ERROR}}</div>{{/USER_TYPE_HAS_ERROR}}
      </div>
    </div>
  </fieldset>
  {{/VISITOR}}
  <button class="btn btn-success mt-3" type="submit">{{SUBMIT}}</button>
</form>
