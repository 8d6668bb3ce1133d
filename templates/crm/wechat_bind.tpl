{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/css/crm.css">
{{>CRM_MENU}}
<h1 class="h4">绑定微信</h1>
{{#BOUND}}<div class="alert alert-success" role="status">你的账号已绑定微信。新客户分配给你时，会通过微信公众号通知你。</div>{{/BOUND}}
{{#UNBOUND}}
<p>绑定后，新客户分配给你时会通过微信公众号通知你。</p>
{{#QR}}
<p>请用微信扫描下方二维码并关注公众号，{{MINUTES}}分钟内有效，扫码后刷新本页即可看到绑定结果：</p>
<div class="crm-qr">{{QR_SVG:none}}</div>
{{/QR}}
{{#WECHAT_DOWN}}<div class="alert alert-warning" role="alert">暂时无法连接微信，请稍后刷新重试。</div>{{/WECHAT_DOWN}}
<p>如果正在微信中打开本页，也可以 <a href="/wechat/login?next=%2Fcrm%2Fwechat%2Fbind">直接授权绑定</a>。</p>
{{/UNBOUND}}
