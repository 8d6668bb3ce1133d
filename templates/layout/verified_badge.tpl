{{%AUTOESCAPE context="HTML"}}
<span class="badge bg-success verified-badge" title="平台已核实该会员的身份证明">身份真实</span>
