-- Starter catalogue, generated from schema/seed/varieties.txt (category|name|initials|aliases|specs|origins).
INSERT INTO variety (category, name, initials, specs, units, origins) VALUES
(1,'黄芪','hq','["统货", "选货", "片", "段"]','["公斤", "吨", "克"]','["甘肃", "内蒙古", "山西"]'),
(1,'党参','ds','["统货", "选货", "段", "片"]','["公斤", "吨", "克"]','["甘肃", "山西"]'),
(1,'当归','dg','["统货", "全归", "归头", "片"]','["公斤", "吨", "克"]','["甘肃", "云南"]'),
(1,'甘草','gc','["统货", "片", "段", "条草"]','["公斤", "吨", "克"]','["内蒙古", "甘肃", "新疆"]'),
(1,'白芍','bs','["统货", "选货", "片"]','["公斤", "吨", "克"]','["安徽", "浙江", "四川"]'),
(1,'川芎','cx','["统货", "选货", "片"]','["公斤", "吨", "克"]','["四川"]'),
(1,'白术','bz','["统货", "选货", "片"]','["公斤", "吨", "克"]','["浙江", "安徽"]'),
(1,'茯苓','fl','["统货", "丁", "块", "片"]','["公斤", "吨", "克"]','["云南", "安徽", "湖北"]'),
(1,'地黄','dh','["统货", "选货", "片"]','["公斤", "吨", "克"]','["河南", "山西"]'),
(1,'熟地黄','sdh','["统货", "片"]','["公斤", "吨", "克"]','["河南"]'),
(1,'山药','sy','["统货", "片", "光山药"]','["公斤", "吨", "克"]','["河南", "广西"]'),
(1,'丹参','ds','["统货", "选货", "段", "片"]','["公斤", "吨", "克"]','["山东", "四川", "河南"]'),
(1,'板蓝根','blg','["统货", "选货", "片"]','["公斤", "吨", "克"]','["甘肃", "黑龙江", "安徽"]'),
(1,'柴胡','ch','["统货", "段", "片"]','["公斤", "吨", "克"]','["甘肃", "山西", "河北"]'),
(1,'黄芩','hq','["统货", "选货", "片"]','["公斤", "吨", "克"]','["山西", "河北", "甘肃"]'),
(1,'黄连','hl','["统货", "选货", "片"]','["公斤", "吨", "克"]','["重庆", "湖北"]'),
(1,'人参','rs','["统货", "支", "片", "须"]','["公斤", "吨", "克"]','["吉林", "辽宁"]'),
(1,'西洋参','xyc','["统货", "选货", "片"]','["公斤", "吨", "克"]','["吉林", "山东", "美国"]'),
(1,'三七','sq','["统货", "20头", "30头", "40头", "粉"]','["公斤", "吨", "克"]','["云南", "广西"]'),
(1,'天麻','tm','["统货", "选货", "片"]','["公斤", "吨", "克"]','["云南", "贵州", "陕西"]'),
(1,'葛根','gg','["统货", "丁", "片"]','["公斤", "吨", "克"]','["湖南", "江西", "广西"]'),
(1,'桔梗','jg','["统货", "选货", "片"]','["公斤", "吨", "克"]','["安徽", "内蒙古", "山东"]'),
(1,'防风','ff','["统货", "段", "片"]','["公斤", "吨", "克"]','["内蒙古", "黑龙江", "河北"]'),
(1,'羌活','qh','["统货", "片"]','["公斤", "吨", "克"]','["四川", "青海", "甘肃"]'),
(1,'独活','dh','["统货", "片"]','["公斤", "吨", "克"]','["湖北", "四川"]'),
(1,'白芷','bz','["统货", "选货", "片"]','["公斤", "吨", "克"]','["四川", "河南", "安徽"]'),
(1,'牛膝','nx','["统货", "段"]','["公斤", "吨", "克"]','["河南"]'),
(1,'川牛膝','cnx','["统货", "片"]','["公斤", "吨", "克"]','["四川"]'),
(1,'何首乌','hsw','["统货", "片", "块"]','["公斤", "吨", "克"]','["贵州", "广东", "河南"]'),
(1,'玄参','xs','["统货", "片"]','["公斤", "吨", "克"]','["浙江", "湖北", "重庆"]'),
(1,'知母','zm','["统货", "片"]','["公斤", "吨", "克"]','["河北", "安徽"]'),
(1,'麦冬','md','["统货", "选货"]','["公斤", "吨", "克"]','["四川", "浙江"]'),
(1,'天冬','td','["统货", "段"]','["公斤", "吨", "克"]','["贵州", "广西"]'),
(1,'百合','bh','["统货", "选货"]','["公斤", "吨", "克"]','["湖南", "甘肃", "江西"]'),
(1,'浙贝母','zbm','["统货", "片"]','["公斤", "吨", "克"]','["浙江"]'),
(1,'川贝母','cbm','["统货", "松贝", "青贝"]','["公斤", "吨", "克"]','["四川", "青海"]'),
(1,'延胡索','yhs','["统货", "选货", "片"]','["公斤", "吨", "克"]','["浙江", "陕西"]'),
(1,'苍术','cz','["统货", "片"]','["公斤", "吨", "克"]','["内蒙古", "河北", "湖北"]'),
(1,'泽泻','zx','["统货", "片"]','["公斤", "吨", "克"]','["福建", "四川"]'),
(1,'半夏','bx','["统货", "选货"]','["公斤", "吨", "克"]','["甘肃", "四川", "贵州"]'),
(1,'白及','bj','["统货", "片"]','["公斤", "吨", "克"]','["贵州", "云南", "四川"]'),
(1,'升麻','sm','["统货", "片"]','["公斤", "吨", "克"]','["黑龙江", "四川"]'),
(1,'射干','sg','["统货", "片"]','["公斤", "吨", "克"]','["湖北", "河南"]'),
(1,'远志','yz','["统货", "筒", "肉"]','["公斤", "吨", "克"]','["山西", "陕西"]'),
(1,'黄精','hj','["统货", "片"]','["公斤", "吨", "克"]','["贵州", "湖南", "安徽"]'),
(1,'玉竹','yz','["统货", "段", "片"]','["公斤", "吨", "克"]','["湖南", "广东"]'),
(1,'续断','xd','["统货", "片"]','["公斤", "吨", "克"]','["湖北", "四川"]'),
(1,'骨碎补','gsb','["统货", "片"]','["公斤", "吨", "克"]','["湖北", "浙江"]'),
(1,'大黄','dh','["统货", "片", "块"]','["公斤", "吨", "克"]','["甘肃", "青海", "四川"]'),
(1,'虎杖','hz','["统货", "片"]','["公斤", "吨", "克"]','["江苏", "湖北"]'),
(1,'紫菀','zw','["统货", "段"]','["公斤", "吨", "克"]','["河北", "安徽"]'),
(1,'前胡','qh','["统货", "片"]','["公斤", "吨", "克"]','["浙江", "安徽"]'),
(1,'白前','bq','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "安徽"]'),
(1,'赤芍','cs','["统货", "片"]','["公斤", "吨", "克"]','["内蒙古", "四川"]'),
(1,'郁金','yj','["统货", "片"]','["公斤", "吨", "克"]','["四川", "浙江"]'),
(1,'姜黄','jh','["统货", "片"]','["公斤", "吨", "克"]','["四川", "广西"]'),
(1,'莪术','ez','["统货", "片"]','["公斤", "吨", "克"]','["广西", "四川"]'),
(1,'高良姜','glj','["统货", "片"]','["公斤", "吨", "克"]','["广东", "海南"]'),
(1,'干姜','gj','["统货", "片"]','["公斤", "吨", "克"]','["四川", "贵州"]'),
(1,'山柰','sn','["统货", "片"]','["公斤", "吨", "克"]','["广西", "广东"]'),
(1,'香附','xf','["统货", "选货"]','["公斤", "吨", "克"]','["山东", "浙江"]'),
(1,'乌药','wy','["统货", "片"]','["公斤", "吨", "克"]','["浙江", "湖南"]'),
(1,'木香','mx','["统货", "片"]','["公斤", "吨", "克"]','["云南", "四川"]'),
(1,'川木香','cmx','["统货", "片"]','["公斤", "吨", "克"]','["四川"]'),
(1,'白头翁','btw','["统货", "段"]','["公斤", "吨", "克"]','["吉林", "辽宁"]'),
(1,'苦参','ks','["统货", "片"]','["公斤", "吨", "克"]','["山西", "河南"]'),
(1,'山豆根','sdg','["统货", "片"]','["公斤", "吨", "克"]','["广西"]'),
(1,'北沙参','bss','["统货", "段"]','["公斤", "吨", "克"]','["山东", "河北"]'),
(1,'南沙参','nss','["统货", "片"]','["公斤", "吨", "克"]','["安徽", "贵州"]'),
(1,'太子参','tzs','["统货", "选货"]','["公斤", "吨", "克"]','["贵州", "福建", "安徽"]'),
(1,'红景天','rjt','["统货", "片"]','["公斤", "吨", "克"]','["西藏", "四川"]'),
(1,'威灵仙','wlx','["统货", "段"]','["公斤", "吨", "克"]','["安徽", "湖北"]'),
(1,'秦艽','qj','["统货", "片"]','["公斤", "吨", "克"]','["甘肃", "陕西", "青海"]'),
(1,'龙胆','ld','["统货", "段"]','["公斤", "吨", "克"]','["辽宁", "吉林", "云南"]'),
(1,'徐长卿','xcq','["统货", "段"]','["公斤", "吨", "克"]','["安徽", "江苏"]'),
(1,'重楼','cl','["统货", "片"]','["公斤", "吨", "克"]','["云南", "四川"]'),
(1,'土茯苓','tfl','["统货", "片"]','["公斤", "吨", "克"]','["广东", "湖南"]'),
(1,'萆薢','bx','["统货", "片"]','["公斤", "吨", "克"]','["浙江", "湖北"]'),
(1,'胡黄连','hhl','["统货", "片"]','["公斤", "吨", "克"]','["西藏"]'),
(1,'藁本','gb','["统货", "片"]','["公斤", "吨", "克"]','["辽宁", "四川"]'),
(1,'漏芦','ll','["统货", "片"]','["公斤", "吨", "克"]','["河北", "辽宁"]'),
(1,'芦根','lg','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(1,'白茅根','bmg','["统货", "段"]','["公斤", "吨", "克"]','["河北", "山西"]'),
(1,'附子','fz','["黑顺片", "白附片", "盐附子"]','["公斤", "吨", "克"]','["四川", "陕西"]'),
(1,'川乌','cw','["统货", "制川乌"]','["公斤", "吨", "克"]','["四川"]'),
(1,'桂枝','gz','["统货", "片"]','["公斤", "吨", "克"]','["广西", "广东"]'),
(2,'枸杞','gq','["统货", "180粒", "220粒", "280粒"]','["公斤", "吨", "克"]','["宁夏", "青海", "甘肃"]'),
(2,'山楂','sz','["统货", "片", "去核"]','["公斤", "吨", "克"]','["山东", "河北", "河南"]'),
(2,'五味子','wwz','["统货", "选货"]','["公斤", "吨", "克"]','["辽宁", "吉林", "黑龙江"]'),
(2,'连翘','lq','["青翘", "老翘", "统货"]','["公斤", "吨", "克"]','["山西", "河南", "陕西"]'),
(2,'栀子','zz','["统货", "选货"]','["公斤", "吨", "克"]','["江西", "湖南", "福建"]'),
(2,'陈皮','cp','["统货", "丝", "块"]','["公斤", "吨", "克"]','["广东", "四川", "浙江"]'),
(2,'枳壳','zq','["统货", "片"]','["公斤", "吨", "克"]','["江西", "四川", "湖南"]'),
(2,'枳实','zs','["统货", "片"]','["公斤", "吨", "克"]','["江西", "四川"]'),
(2,'吴茱萸','wzy','["统货", "小花", "中花"]','["公斤", "吨", "克"]','["贵州", "广西", "湖南"]'),
(2,'山茱萸','szy','["统货", "选货"]','["公斤", "吨", "克"]','["河南", "浙江", "陕西"]'),
(2,'女贞子','nzz','["统货"]','["公斤", "吨", "克"]','["浙江", "江苏", "湖南"]'),
(2,'菟丝子','tsz','["统货"]','["公斤", "吨", "克"]','["内蒙古", "宁夏"]'),
(2,'金樱子','jyz','["统货", "肉"]','["公斤", "吨", "克"]','["广东", "江西"]'),
(2,'覆盆子','fpz','["统货"]','["公斤", "吨", "克"]','["浙江", "福建"]'),
(2,'补骨脂','bgz','["统货"]','["公斤", "吨", "克"]','["四川", "河南"]'),
(2,'决明子','jmz','["统货"]','["公斤", "吨", "克"]','["安徽", "河南"]'),
(2,'车前子','cqz','["统货"]','["公斤", "吨", "克"]','["江西", "四川"]'),
(2,'薏苡仁','yyr','["统货", "选货"]','["公斤", "吨", "克"]','["贵州", "福建"]'),
(2,'酸枣仁','szr','["统货", "选货"]','["公斤", "吨", "克"]','["河北", "山东", "辽宁"]'),
(2,'柏子仁','bzr','["统货"]','["公斤", "吨", "克"]','["山东", "河南"]'),
(2,'桃仁','tr','["统货"]','["公斤", "吨", "克"]','["陕西", "山东"]'),
(2,'苦杏仁','kxr','["统货"]','["公斤", "吨", "克"]','["河北", "山西", "内蒙古"]'),
(2,'火麻仁','hmr','["统货"]','["公斤", "吨", "克"]','["山东", "广西"]'),
(2,'郁李仁','ylr','["统货"]','["公斤", "吨", "克"]','["内蒙古", "辽宁"]'),
(2,'砂仁','sr','["统货", "果", "仁"]','["公斤", "吨", "克"]','["广东", "云南", "广西"]'),
(2,'豆蔻','dk','["统货"]','["公斤", "吨", "克"]','["进口", "海南"]'),
(2,'草果','cg','["统货"]','["公斤", "吨", "克"]','["云南", "广西"]'),
(2,'益智','yz','["统货"]','["公斤", "吨", "克"]','["海南", "广东"]'),
(2,'槟榔','bl','["统货", "片"]','["公斤", "吨", "克"]','["海南", "进口"]'),
(2,'大枣','dz','["统货", "选货"]','["公斤", "吨", "克"]','["新疆", "河北", "山东"]'),
(2,'乌梅','wm','["统货", "肉"]','["公斤", "吨", "克"]','["四川", "福建"]'),
(2,'木瓜','mg','["统货", "片"]','["公斤", "吨", "克"]','["安徽", "湖北"]'),
(2,'佛手','fs','["统货", "片"]','["公斤", "吨", "克"]','["广东", "四川"]'),
(2,'香橼','xy','["统货", "片"]','["公斤", "吨", "克"]','["四川", "云南"]'),
(2,'罗汉果','lhg','["大果", "中果", "小果"]','["公斤", "吨", "克"]','["广西"]'),
(2,'诃子','hz','["统货", "肉"]','["公斤", "吨", "克"]','["云南", "进口"]'),
(2,'川楝子','clz','["统货"]','["公斤", "吨", "克"]','["四川", "云南"]'),
(2,'蔓荆子','mjz','["统货"]','["公斤", "吨", "克"]','["江西", "山东"]'),
(2,'牛蒡子','nbz','["统货"]','["公斤", "吨", "克"]','["东北", "河北"]'),
(2,'莱菔子','lfz','["统货"]','["公斤", "吨", "克"]','["河北", "河南"]'),
(2,'紫苏子','zsz','["统货"]','["公斤", "吨", "克"]','["湖北", "江苏"]'),
(2,'葶苈子','tlz','["统货"]','["公斤", "吨", "克"]','["河北", "安徽"]'),
(2,'沙苑子','syz','["统货"]','["公斤", "吨", "克"]','["陕西"]'),
(2,'蒺藜','jl','["统货"]','["公斤", "吨", "克"]','["河南", "河北"]'),
(2,'王不留行','wblx','["统货"]','["公斤", "吨", "克"]','["河北", "山东"]'),
(2,'小茴香','xhx','["统货"]','["公斤", "吨", "克"]','["内蒙古", "甘肃"]'),
(2,'花椒','hj','["统货", "大红袍"]','["公斤", "吨", "克"]','["四川", "陕西"]'),
(2,'胡椒','hj','["白胡椒", "黑胡椒"]','["公斤", "吨", "克"]','["海南", "进口"]'),
(2,'地肤子','dfz','["统货"]','["公斤", "吨", "克"]','["河北", "江苏"]'),
(2,'蛇床子','scz','["统货"]','["公斤", "吨", "克"]','["河北", "山东"]'),
(2,'瓜蒌','gl','["统货", "丝", "皮", "子"]','["公斤", "吨", "克"]','["山东", "河北", "安徽"]'),
(2,'马兜铃','mdl','["统货"]','["公斤", "吨", "克"]','["河北"]'),
(2,'石榴皮','slp','["统货", "块"]','["公斤", "吨", "克"]','["陕西", "山东"]'),
(2,'芡实','qs','["统货", "选货"]','["公斤", "吨", "克"]','["江苏", "广东"]'),
(2,'莲子','lz','["统货", "去芯"]','["公斤", "吨", "克"]','["湖南", "福建", "江西"]'),
(2,'白果','bg','["统货", "仁"]','["公斤", "吨", "克"]','["广西", "江苏"]'),
(2,'龙眼肉','lyr','["统货"]','["公斤", "吨", "克"]','["广东", "广西", "福建"]'),
(2,'黑芝麻','hzm','["统货"]','["公斤", "吨", "克"]','["江西", "安徽"]'),
(2,'肉豆蔻','rdk','["统货"]','["公斤", "吨", "克"]','["进口"]'),
(2,'八角茴香','bjhx','["统货", "大红"]','["公斤", "吨", "克"]','["广西", "云南"]'),
(2,'木鳖子','mbz','["统货"]','["公斤", "吨", "克"]','["广西", "湖北"]'),
(3,'金银花','jyh','["统货", "青花", "黄花"]','["公斤", "吨", "克"]','["山东", "河南", "河北"]'),
(3,'薄荷','bh','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "安徽"]'),
(3,'藿香','hx','["统货", "段"]','["公斤", "吨", "克"]','["广东", "海南"]'),
(3,'紫苏叶','zsy','["统货", "段"]','["公斤", "吨", "克"]','["湖北", "江苏"]'),
(3,'荆芥','jj','["统货", "段", "穗"]','["公斤", "吨", "克"]','["河北", "江苏"]'),
(3,'益母草','ymc','["统货", "段"]','["公斤", "吨", "克"]','["河南", "安徽"]'),
(3,'淫羊藿','yyh','["统货", "段"]','["公斤", "吨", "克"]','["陕西", "四川", "湖北"]'),
(3,'鱼腥草','yxc','["统货", "段"]','["公斤", "吨", "克"]','["四川", "湖北"]'),
(3,'蒲公英','pgy','["统货", "段"]','["公斤", "吨", "克"]','["河北", "山东"]'),
(3,'车前草','cqc','["统货", "段"]','["公斤", "吨", "克"]','["江西", "四川"]'),
(3,'马齿苋','mcx','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(3,'穿心莲','cxl','["统货", "段"]','["公斤", "吨", "克"]','["广东", "广西"]'),
(3,'半枝莲','bzl','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "河北"]'),
(3,'白花蛇舌草','bhssc','["统货", "段"]','["公斤", "吨", "克"]','["广西", "福建"]'),
(3,'茵陈','yc','["统货", "绵茵陈", "花茵陈"]','["公斤", "吨", "克"]','["陕西", "山西", "河北"]'),
(3,'青蒿','qh','["统货", "段"]','["公斤", "吨", "克"]','["重庆", "湖北"]'),
(3,'泽兰','zl','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(3,'佩兰','pl','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "河北"]'),
(3,'香薷','xr','["统货", "段"]','["公斤", "吨", "克"]','["江西", "河北"]'),
(3,'仙鹤草','xhc','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "江苏"]'),
(3,'绞股蓝','jgl','["统货", "段"]','["公斤", "吨", "克"]','["陕西", "福建"]'),
(3,'石斛','sh','["统货", "枫斗", "条"]','["公斤", "吨", "克"]','["云南", "浙江", "贵州"]'),
(3,'麻黄','mh','["统货", "段"]','["公斤", "吨", "克"]','["内蒙古", "甘肃"]'),
(3,'肉苁蓉','rcr','["统货", "片"]','["公斤", "吨", "克"]','["内蒙古", "新疆"]'),
(3,'锁阳','sy','["统货", "片"]','["公斤", "吨", "克"]','["内蒙古", "甘肃"]'),
(3,'瞿麦','qm','["统货", "段"]','["公斤", "吨", "克"]','["河北", "辽宁"]'),
(3,'萹蓄','bx','["统货", "段"]','["公斤", "吨", "克"]','["河南", "四川"]'),
(3,'金钱草','jqc','["统货", "段"]','["公斤", "吨", "克"]','["四川"]'),
(3,'伸筋草','sjc','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "湖北"]'),
(3,'紫花地丁','zhdd','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(3,'败酱草','bjc','["统货", "段"]','["公斤", "吨", "克"]','["四川", "江西"]'),
(3,'夏枯草','xkc','["统货"]','["公斤", "吨", "克"]','["江苏", "安徽", "河南"]'),
(3,'墨旱莲','mhl','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(3,'薄荷脑','bhn','["统货"]','["公斤", "吨", "克"]','["江苏"]'),
(4,'菊花','jh','["杭白菊", "胎菊", "统货"]','["公斤", "吨", "克"]','["浙江", "安徽", "河南"]'),
(4,'红花','hh','["统货", "选货"]','["公斤", "吨", "克"]','["新疆", "河南", "四川"]'),
(4,'槐花','hh','["槐米", "槐花"]','["公斤", "吨", "克"]','["河北", "山东"]'),
(4,'辛夷','xy','["统货"]','["公斤", "吨", "克"]','["河南", "安徽"]'),
(4,'款冬花','kdh','["统货"]','["公斤", "吨", "克"]','["甘肃", "山西"]'),
(4,'金莲花','jlh','["统货"]','["公斤", "吨", "克"]','["河北", "内蒙古"]'),
(4,'玫瑰花','mgh','["统货"]','["公斤", "吨", "克"]','["山东", "新疆"]'),
(4,'月季花','yjh','["统货"]','["公斤", "吨", "克"]','["江苏", "山东"]'),
(4,'合欢花','hhh','["统货"]','["公斤", "吨", "克"]','["湖北", "浙江"]'),
(4,'西红花','xhh','["统货"]','["公斤", "吨", "克"]','["进口", "上海"]'),
(4,'丁香','dx','["统货"]','["公斤", "吨", "克"]','["进口", "广东"]'),
(4,'蒲黄','ph','["统货", "生蒲黄"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(4,'桑叶','sy','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "江苏"]'),
(4,'艾叶','ay','["统货", "绒"]','["公斤", "吨", "克"]','["湖北", "河南"]'),
(4,'大青叶','dqy','["统货", "段"]','["公斤", "吨", "克"]','["河北", "安徽"]'),
(4,'枇杷叶','ppy','["统货", "丝"]','["公斤", "吨", "克"]','["广东", "江苏"]'),
(4,'侧柏叶','cby','["统货"]','["公斤", "吨", "克"]','["山东", "河南"]'),
(4,'荷叶','hy','["统货", "丝"]','["公斤", "吨", "克"]','["湖南", "湖北"]'),
(4,'银杏叶','yxy','["统货"]','["公斤", "吨", "克"]','["江苏", "山东"]'),
(4,'番泻叶','fxy','["统货"]','["公斤", "吨", "克"]','["进口"]'),
(4,'罗布麻叶','lbmy','["统货"]','["公斤", "吨", "克"]','["新疆"]'),
(4,'淡竹叶','dzy','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "江苏"]'),
(4,'紫苏梗','zsg','["统货", "段"]','["公斤", "吨", "克"]','["湖北", "江苏"]'),
(4,'密蒙花','mmh','["统货"]','["公斤", "吨", "克"]','["湖北", "四川"]'),
(5,'乳香','rx','["统货", "原粒"]','["公斤", "吨", "克"]','["进口"]'),
(5,'没药','my','["统货"]','["公斤", "吨", "克"]','["进口"]'),
(5,'血竭','xj','["统货"]','["公斤", "吨", "克"]','["进口", "广东"]'),
(5,'阿魏','aw','["统货"]','["公斤", "吨", "克"]','["新疆"]'),
(5,'安息香','axx','["统货"]','["公斤", "吨", "克"]','["进口"]'),
(5,'苏合香','shx','["统货"]','["公斤", "吨", "克"]','["进口"]'),
(5,'琥珀','hp','["统货"]','["公斤", "吨", "克"]','["云南", "进口"]'),
(6,'灵芝','lz','["统货", "片", "孢子粉"]','["公斤", "吨", "克"]','["安徽", "山东", "福建"]'),
(6,'猪苓','zl','["统货", "片"]','["公斤", "吨", "克"]','["陕西", "云南"]'),
(6,'冬虫夏草','dcxc','["统货", "2000条", "3000条"]','["公斤", "吨", "克"]','["西藏", "青海"]'),
(6,'茯神','fs','["统货", "块"]','["公斤", "吨", "克"]','["云南", "安徽"]'),
(6,'雷丸','lw','["统货"]','["公斤", "吨", "克"]','["四川", "云南"]'),
(6,'马勃','mb','["统货"]','["公斤", "吨", "克"]','["内蒙古", "甘肃"]'),
(6,'昆布','kb','["统货", "丝"]','["公斤", "吨", "克"]','["福建", "山东"]'),
(6,'海藻','hz','["统货"]','["公斤", "吨", "克"]','["山东", "辽宁"]'),
(6,'银耳','ye','["统货"]','["公斤", "吨", "克"]','["福建", "四川"]'),
(7,'杜仲','dz','["统货", "丝", "块"]','["公斤", "吨", "克"]','["贵州", "四川", "陕西"]'),
(7,'黄柏','hb','["统货", "丝"]','["公斤", "吨", "克"]','["四川", "贵州"]'),
(7,'厚朴','hp','["统货", "丝"]','["公斤", "吨", "克"]','["四川", "湖北", "浙江"]'),
(7,'肉桂','rg','["统货", "板桂", "桂通"]','["公斤", "吨", "克"]','["广西", "广东"]'),
(7,'牡丹皮','mdp','["统货", "刮丹", "连丹"]','["公斤", "吨", "克"]','["安徽", "山东"]'),
(7,'地骨皮','dgp','["统货"]','["公斤", "吨", "克"]','["宁夏", "河北"]'),
(7,'桑白皮','sbp','["统货", "丝"]','["公斤", "吨", "克"]','["河南", "安徽"]'),
(7,'五加皮','wjp','["统货", "段"]','["公斤", "吨", "克"]','["湖北", "河南"]'),
(7,'秦皮','qp','["统货", "丝"]','["公斤", "吨", "克"]','["陕西", "辽宁"]'),
(7,'合欢皮','hhp','["统货", "丝"]','["公斤", "吨", "克"]','["湖北", "江苏"]'),
(7,'白鲜皮','bxp','["统货", "段"]','["公斤", "吨", "克"]','["辽宁", "河北"]'),
(7,'香加皮','xjp','["统货", "段"]','["公斤", "吨", "克"]','["山西", "河南"]'),
(7,'苦楝皮','klp','["统货", "丝"]','["公斤", "吨", "克"]','["四川", "湖北"]'),
(8,'鸡血藤','jxt','["统货", "片"]','["公斤", "吨", "克"]','["广西", "广东"]'),
(8,'钩藤','gt','["统货", "双钩"]','["公斤", "吨", "克"]','["贵州", "广西", "湖南"]'),
(8,'大血藤','dxt','["统货", "片"]','["公斤", "吨", "克"]','["湖北", "四川"]'),
(8,'首乌藤','swt','["统货", "段"]','["公斤", "吨", "克"]','["河南", "湖北"]'),
(8,'忍冬藤','rdt','["统货", "段"]','["公斤", "吨", "克"]','["山东", "河南"]'),
(8,'络石藤','lst','["统货", "段"]','["公斤", "吨", "克"]','["江苏", "安徽"]'),
(8,'青风藤','qft','["统货", "片"]','["公斤", "吨", "克"]','["湖北", "陕西"]'),
(8,'海风藤','hft','["统货", "片"]','["公斤", "吨", "克"]','["广东", "福建"]'),
(8,'桑枝','sz','["统货", "片"]','["公斤", "吨", "克"]','["浙江", "江苏"]'),
(8,'苏木','sm','["统货", "片", "丝"]','["公斤", "吨", "克"]','["广西", "云南"]'),
(8,'沉香','cx','["统货", "块"]','["公斤", "吨", "克"]','["海南", "广东", "进口"]'),
(8,'檀香','tx','["统货", "片"]','["公斤", "吨", "克"]','["进口"]'),
(8,'降香','jx','["统货", "块"]','["公斤", "吨", "克"]','["海南"]'),
(8,'通草','tc','["统货", "丝", "片"]','["公斤", "吨", "克"]','["贵州", "四川"]'),
(8,'木通','mt','["统货", "片"]','["公斤", "吨", "克"]','["四川", "湖北"]'),
(8,'竹茹','zr','["统货"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(8,'皂角刺','zjc','["统货", "片"]','["公斤", "吨", "克"]','["河南", "山东"]'),
(9,'六神曲','lsq','["统货"]','["公斤", "吨", "克"]','["江西", "四川"]'),
(9,'阿胶','aj','["统货", "块"]','["公斤", "吨", "克"]','["山东"]'),
(9,'淡豆豉','dds','["统货"]','["公斤", "吨", "克"]','["江西"]'),
(9,'芒硝','mx','["统货"]','["公斤", "吨", "克"]','["河北", "山东"]'),
(9,'青黛','qd','["统货"]','["公斤", "吨", "克"]','["福建", "江西"]'),
(9,'冰片','bp','["统货"]','["公斤", "吨", "克"]','["广东", "江西"]'),
(9,'儿茶','ec','["统货"]','["公斤", "吨", "克"]','["云南"]'),
(9,'五倍子','wbz','["统货"]','["公斤", "吨", "克"]','["四川", "贵州"]'),
(9,'麦芽','my','["统货", "炒麦芽"]','["公斤", "吨", "克"]','["河北", "河南"]'),
(9,'谷芽','gy','["统货"]','["公斤", "吨", "克"]','["江苏"]'),
(9,'建曲','jq','["统货"]','["公斤", "吨", "克"]','["福建"]'),
(9,'鹿角胶','ljj','["统货"]','["公斤", "吨", "克"]','["吉林"]'),
(10,'鹿茸','lr','["统货", "片"]','["公斤", "吨", "克"]','["吉林", "新疆"]'),
(10,'蜈蚣','wg','["统货", "条"]','["公斤", "吨", "克"]','["湖北", "浙江"]'),
(10,'全蝎','qx','["统货", "淡全蝎"]','["公斤", "吨", "克"]','["河南", "山东"]'),
(10,'地龙','dl','["统货", "段"]','["公斤", "吨", "克"]','["广西", "广东"]'),
(10,'水蛭','sz','["统货"]','["公斤", "吨", "克"]','["山东", "江苏"]'),
(10,'僵蚕','jc','["统货"]','["公斤", "吨", "克"]','["四川", "浙江"]'),
(10,'土鳖虫','tbc','["统货"]','["公斤", "吨", "克"]','["江苏", "湖北"]'),
(10,'蝉蜕','ct','["统货"]','["公斤", "吨", "克"]','["山东", "河南"]'),
(10,'鸡内金','jnj','["统货"]','["公斤", "吨", "克"]','["全国"]'),
(10,'牡蛎','ml','["统货", "粉"]','["公斤", "吨", "克"]','["广东", "福建", "山东"]'),
(10,'龟甲','gj','["统货"]','["公斤", "吨", "克"]','["湖北", "安徽"]'),
(10,'鳖甲','bj','["统货"]','["公斤", "吨", "克"]','["湖北", "湖南"]'),
(10,'海马','hm','["统货", "大", "中"]','["公斤", "吨", "克"]','["广东", "进口"]'),
(10,'蛤蚧','gj','["统货", "对"]','["公斤", "吨", "克"]','["广西", "进口"]'),
(10,'珍珠母','zzm','["统货", "粉"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(10,'石决明','sjm','["统货"]','["公斤", "吨", "克"]','["广东", "福建"]'),
(10,'乌梢蛇','wss','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "江西"]'),
(10,'蜂蜜','fm','["统货"]','["公斤", "吨", "克"]','["全国"]'),
(10,'桑螵蛸','spx','["统货"]','["公斤", "吨", "克"]','["广西", "江苏"]'),
(10,'海螵蛸','hpx','["统货"]','["公斤", "吨", "克"]','["浙江", "福建"]'),
(10,'五灵脂','wlz','["统货"]','["公斤", "吨", "克"]','["山西", "河北"]'),
(11,'石膏','sg','["统货", "粉"]','["公斤", "吨", "克"]','["湖北", "安徽"]'),
(11,'滑石','hs','["统货", "粉"]','["公斤", "吨", "克"]','["山东", "江西"]'),
(11,'赭石','zs','["统货"]','["公斤", "吨", "克"]','["山西", "河北"]'),
(11,'磁石','cs','["统货"]','["公斤", "吨", "克"]','["江苏", "山东"]'),
(11,'龙骨','lg','["统货"]','["公斤", "吨", "克"]','["山西", "内蒙古"]'),
(11,'朱砂','zs','["统货"]','["公斤", "吨", "克"]','["湖南", "贵州"]'),
(11,'自然铜','zrt','["统货"]','["公斤", "吨", "克"]','["四川", "湖南"]'),
(11,'赤石脂','csz','["统货"]','["公斤", "吨", "克"]','["福建", "山东"]'),
(11,'炉甘石','lgs','["统货"]','["公斤", "吨", "克"]','["广西", "湖南"]'),
(11,'硼砂','ps','["统货"]','["公斤", "吨", "克"]','["青海", "西藏"]'),
(11,'明矾','mf','["统货"]','["公斤", "吨", "克"]','["浙江", "安徽"]'),
(11,'寒水石','hss','["统货"]','["公斤", "吨", "克"]','["河北", "河南"]'),
(11,'紫石英','zsy','["统货"]','["公斤", "吨", "克"]','["浙江", "江苏"]'),
(12,'桂皮','gp','["统货", "块"]','["公斤", "吨", "克"]','["广西", "广东"]'),
(12,'山奈片','snp','["统货"]','["公斤", "吨", "克"]','["广西"]'),
(12,'香叶','xy','["统货"]','["公斤", "吨", "克"]','["进口"]'),
(12,'白芷片','bzp','["统货"]','["公斤", "吨", "克"]','["四川"]'),
(12,'草豆蔻','cdk','["统货"]','["公斤", "吨", "克"]','["广东", "海南"]'),
(12,'荜茇','bb','["统货"]','["公斤", "吨", "克"]','["云南", "进口"]'),
(12,'孜然','zr','["统货"]','["公斤", "吨", "克"]','["新疆"]'),
(13,'薏苡根','yyg','["统货"]','["公斤", "吨", "克"]','["贵州"]'),
(13,'灯心草','dxc','["统货"]','["公斤", "吨", "克"]','["江西", "四川"]'),
(13,'竹叶','zy','["统货"]','["公斤", "吨", "克"]','["浙江"]'),
(13,'路路通','llt','["统货"]','["公斤", "吨", "克"]','["江苏", "浙江"]'),
(13,'丝瓜络','sgl','["统货", "段"]','["公斤", "吨", "克"]','["浙江", "江苏"]'),
(13,'莲须','lx','["统货"]','["公斤", "吨", "克"]','["湖南"]'),
(13,'荷梗','hg','["统货", "段"]','["公斤", "吨", "克"]','["湖南", "湖北"]');
INSERT INTO variety_alias (variety_id, alias)
SELECT v.id, a.alias FROM variety v JOIN (
SELECT '黄芪' AS name, '北芪' AS alias
UNION ALL SELECT '黄芪' AS name, '绵芪' AS alias
UNION ALL SELECT '党参' AS name, '潞党参' AS alias
UNION ALL SELECT '党参' AS name, '纹党' AS alias
UNION ALL SELECT '当归' AS name, '秦归' AS alias
UNION ALL SELECT '当归' AS name, '岷归' AS alias
UNION ALL SELECT '甘草' AS name, '国老' AS alias
UNION ALL SELECT '甘草' AS name, '粉草' AS alias
UNION ALL SELECT '白芍' AS name, '杭白芍' AS alias
UNION ALL SELECT '白芍' AS name, '亳白芍' AS alias
UNION ALL SELECT '川芎' AS name, '芎藭' AS alias
UNION ALL SELECT '白术' AS name, '於术' AS alias
UNION ALL SELECT '白术' AS name, '冬术' AS alias
UNION ALL SELECT '茯苓' AS name, '云苓' AS alias
UNION ALL SELECT '茯苓' AS name, '白茯苓' AS alias
UNION ALL SELECT '地黄' AS name, '生地' AS alias
UNION ALL SELECT '地黄' AS name, '干地黄' AS alias
UNION ALL SELECT '熟地黄' AS name, '熟地' AS alias
UNION ALL SELECT '山药' AS name, '淮山' AS alias
UNION ALL SELECT '山药' AS name, '怀山药' AS alias
UNION ALL SELECT '丹参' AS name, '紫丹参' AS alias
UNION ALL SELECT '板蓝根' AS name, '蓝靛根' AS alias
UNION ALL SELECT '柴胡' AS name, '北柴胡' AS alias
UNION ALL SELECT '柴胡' AS name, '南柴胡' AS alias
UNION ALL SELECT '黄芩' AS name, '条芩' AS alias
UNION ALL SELECT '黄芩' AS name, '枯芩' AS alias
UNION ALL SELECT '黄连' AS name, '川连' AS alias
UNION ALL SELECT '黄连' AS name, '味连' AS alias
UNION ALL SELECT '人参' AS name, '园参' AS alias
UNION ALL SELECT '人参' AS name, '生晒参' AS alias
UNION ALL SELECT '西洋参' AS name, '花旗参' AS alias
UNION ALL SELECT '三七' AS name, '田七' AS alias
UNION ALL SELECT '三七' AS name, '参三七' AS alias
UNION ALL SELECT '天麻' AS name, '赤箭' AS alias
UNION ALL SELECT '天麻' AS name, '明天麻' AS alias
UNION ALL SELECT '葛根' AS name, '粉葛' AS alias
UNION ALL SELECT '葛根' AS name, '野葛' AS alias
UNION ALL SELECT '桔梗' AS name, '苦桔梗' AS alias
UNION ALL SELECT '防风' AS name, '关防风' AS alias
UNION ALL SELECT '羌活' AS name, '蚕羌' AS alias
UNION ALL SELECT '独活' AS name, '川独活' AS alias
UNION ALL SELECT '白芷' AS name, '川白芷' AS alias
UNION ALL SELECT '白芷' AS name, '杭白芷' AS alias
UNION ALL SELECT '牛膝' AS name, '怀牛膝' AS alias
UNION ALL SELECT '川牛膝' AS name, '甜牛膝' AS alias
UNION ALL SELECT '何首乌' AS name, '首乌' AS alias
UNION ALL SELECT '玄参' AS name, '元参' AS alias
UNION ALL SELECT '知母' AS name, '毛知母' AS alias
UNION ALL SELECT '知母' AS name, '知母肉' AS alias
UNION ALL SELECT '麦冬' AS name, '麦门冬' AS alias
UNION ALL SELECT '麦冬' AS name, '寸冬' AS alias
UNION ALL SELECT '天冬' AS name, '天门冬' AS alias
UNION ALL SELECT '百合' AS name, '龙牙百合' AS alias
UNION ALL SELECT '浙贝母' AS name, '浙贝' AS alias
UNION ALL SELECT '浙贝母' AS name, '大贝' AS alias
UNION ALL SELECT '川贝母' AS name, '川贝' AS alias
UNION ALL SELECT '川贝母' AS name, '松贝' AS alias
UNION ALL SELECT '延胡索' AS name, '元胡' AS alias
UNION ALL SELECT '延胡索' AS name, '玄胡' AS alias
UNION ALL SELECT '苍术' AS name, '茅苍术' AS alias
UNION ALL SELECT '苍术' AS name, '北苍术' AS alias
UNION ALL SELECT '泽泻' AS name, '建泽泻' AS alias
UNION ALL SELECT '泽泻' AS name, '川泽泻' AS alias
UNION ALL SELECT '半夏' AS name, '生半夏' AS alias
UNION ALL SELECT '白及' AS name, '白芨' AS alias
UNION ALL SELECT '升麻' AS name, '绿升麻' AS alias
UNION ALL SELECT '射干' AS name, '乌扇' AS alias
UNION ALL SELECT '远志' AS name, '远志肉' AS alias
UNION ALL SELECT '远志' AS name, '远志筒' AS alias
UNION ALL SELECT '黄精' AS name, '鸡头黄精' AS alias
UNION ALL SELECT '黄精' AS name, '姜形黄精' AS alias
UNION ALL SELECT '玉竹' AS name, '葳蕤' AS alias
UNION ALL SELECT '续断' AS name, '川续断' AS alias
UNION ALL SELECT '骨碎补' AS name, '毛姜' AS alias
UNION ALL SELECT '大黄' AS name, '川军' AS alias
UNION ALL SELECT '大黄' AS name, '锦纹' AS alias
UNION ALL SELECT '虎杖' AS name, '花斑竹' AS alias
UNION ALL SELECT '紫菀' AS name, '紫苑' AS alias
UNION ALL SELECT '前胡' AS name, '白花前胡' AS alias
UNION ALL SELECT '白前' AS name, '鹅管白前' AS alias
UNION ALL SELECT '赤芍' AS name, '川赤芍' AS alias
UNION ALL SELECT '郁金' AS name, '温郁金' AS alias
UNION ALL SELECT '郁金' AS name, '黄丝郁金' AS alias
UNION ALL SELECT '姜黄' AS name, '黄姜' AS alias
UNION ALL SELECT '莪术' AS name, '文术' AS alias
UNION ALL SELECT '高良姜' AS name, '良姜' AS alias
UNION ALL SELECT '干姜' AS name, '均姜' AS alias
UNION ALL SELECT '山柰' AS name, '沙姜' AS alias
UNION ALL SELECT '香附' AS name, '香附子' AS alias
UNION ALL SELECT '乌药' AS name, '台乌药' AS alias
UNION ALL SELECT '木香' AS name, '云木香' AS alias
UNION ALL SELECT '木香' AS name, '广木香' AS alias
UNION ALL SELECT '川木香' AS name, '铁杆木香' AS alias
UNION ALL SELECT '白头翁' AS name, '毛姑朵花' AS alias
UNION ALL SELECT '苦参' AS name, '地槐' AS alias
UNION ALL SELECT '山豆根' AS name, '广豆根' AS alias
UNION ALL SELECT '北沙参' AS name, '莱阳参' AS alias
UNION ALL SELECT '南沙参' AS name, '泡参' AS alias
UNION ALL SELECT '太子参' AS name, '孩儿参' AS alias
UNION ALL SELECT '红景天' AS name, '大花红景天' AS alias
UNION ALL SELECT '威灵仙' AS name, '铁脚威灵仙' AS alias
UNION ALL SELECT '秦艽' AS name, '大叶秦艽' AS alias
UNION ALL SELECT '龙胆' AS name, '龙胆草' AS alias
UNION ALL SELECT '徐长卿' AS name, '寮刁竹' AS alias
UNION ALL SELECT '重楼' AS name, '七叶一枝花' AS alias
UNION ALL SELECT '土茯苓' AS name, '冷饭团' AS alias
UNION ALL SELECT '萆薢' AS name, '粉萆薢' AS alias
UNION ALL SELECT '胡黄连' AS name, '西藏胡黄连' AS alias
UNION ALL SELECT '藁本' AS name, '西芎' AS alias
UNION ALL SELECT '漏芦' AS name, '祁州漏芦' AS alias
UNION ALL SELECT '芦根' AS name, '苇根' AS alias
UNION ALL SELECT '白茅根' AS name, '茅根' AS alias
UNION ALL SELECT '附子' AS name, '黑顺片' AS alias
UNION ALL SELECT '附子' AS name, '白附片' AS alias
UNION ALL SELECT '川乌' AS name, '乌头' AS alias
UNION ALL SELECT '桂枝' AS name, '柳桂' AS alias
UNION ALL SELECT '枸杞' AS name, '枸杞子' AS alias
UNION ALL SELECT '枸杞' AS name, '宁夏枸杞' AS alias
UNION ALL SELECT '山楂' AS name, '北山楂' AS alias
UNION ALL SELECT '山楂' AS name, '山楂片' AS alias
UNION ALL SELECT '五味子' AS name, '北五味子' AS alias
UNION ALL SELECT '五味子' AS name, '辽五味' AS alias
UNION ALL SELECT '连翘' AS name, '青翘' AS alias
UNION ALL SELECT '连翘' AS name, '老翘' AS alias
UNION ALL SELECT '栀子' AS name, '山栀子' AS alias
UNION ALL SELECT '栀子' AS name, '黄栀子' AS alias
UNION ALL SELECT '陈皮' AS name, '橘皮' AS alias
UNION ALL SELECT '陈皮' AS name, '广陈皮' AS alias
UNION ALL SELECT '枳壳' AS name, '川枳壳' AS alias
UNION ALL SELECT '枳壳' AS name, '江枳壳' AS alias
UNION ALL SELECT '枳实' AS name, '鹅眼枳实' AS alias
UNION ALL SELECT '吴茱萸' AS name, '吴萸' AS alias
UNION ALL SELECT '山茱萸' AS name, '山萸肉' AS alias
UNION ALL SELECT '山茱萸' AS name, '枣皮' AS alias
UNION ALL SELECT '女贞子' AS name, '冬青子' AS alias
UNION ALL SELECT '菟丝子' AS name, '豆寄生' AS alias
UNION ALL SELECT '金樱子' AS name, '糖罐子' AS alias
UNION ALL SELECT '覆盆子' AS name, '小托盘' AS alias
UNION ALL SELECT '补骨脂' AS name, '破故纸' AS alias
UNION ALL SELECT '决明子' AS name, '草决明' AS alias
UNION ALL SELECT '车前子' AS name, '车前实' AS alias
UNION ALL SELECT '薏苡仁' AS name, '薏米' AS alias
UNION ALL SELECT '薏苡仁' AS name, '苡仁' AS alias
UNION ALL SELECT '酸枣仁' AS name, '枣仁' AS alias
UNION ALL SELECT '柏子仁' AS name, '侧柏仁' AS alias
UNION ALL SELECT '桃仁' AS name, '光桃仁' AS alias
UNION ALL SELECT '苦杏仁' AS name, '杏仁' AS alias
UNION ALL SELECT '苦杏仁' AS name, '北杏' AS alias
UNION ALL SELECT '火麻仁' AS name, '麻子仁' AS alias
UNION ALL SELECT '郁李仁' AS name, '李仁肉' AS alias
UNION ALL SELECT '砂仁' AS name, '春砂仁' AS alias
UNION ALL SELECT '砂仁' AS name, '阳春砂' AS alias
UNION ALL SELECT '豆蔻' AS name, '白豆蔻' AS alias
UNION ALL SELECT '豆蔻' AS name, '白蔻' AS alias
UNION ALL SELECT '草果' AS name, '草果仁' AS alias
UNION ALL SELECT '益智' AS name, '益智仁' AS alias
UNION ALL SELECT '槟榔' AS name, '大腹子' AS alias
UNION ALL SELECT '大枣' AS name, '红枣' AS alias
UNION ALL SELECT '乌梅' AS name, '酸梅' AS alias
UNION ALL SELECT '木瓜' AS name, '宣木瓜' AS alias
UNION ALL SELECT '木瓜' AS name, '皱皮木瓜' AS alias
UNION ALL SELECT '佛手' AS name, '佛手柑' AS alias
UNION ALL SELECT '香橼' AS name, '枸橼' AS alias
UNION ALL SELECT '罗汉果' AS name, '拉汉果' AS alias
UNION ALL SELECT '诃子' AS name, '诃黎勒' AS alias
UNION ALL SELECT '川楝子' AS name, '金铃子' AS alias
UNION ALL SELECT '蔓荆子' AS name, '万荆子' AS alias
UNION ALL SELECT '牛蒡子' AS name, '大力子' AS alias
UNION ALL SELECT '牛蒡子' AS name, '鼠粘子' AS alias
UNION ALL SELECT '莱菔子' AS name, '萝卜子' AS alias
UNION ALL SELECT '紫苏子' AS name, '苏子' AS alias
UNION ALL SELECT '葶苈子' AS name, '南葶苈子' AS alias
UNION ALL SELECT '沙苑子' AS name, '潼蒺藜' AS alias
UNION ALL SELECT '蒺藜' AS name, '白蒺藜' AS alias
UNION ALL SELECT '王不留行' AS name, '王不留' AS alias
UNION ALL SELECT '小茴香' AS name, '谷茴香' AS alias
UNION ALL SELECT '花椒' AS name, '川椒' AS alias
UNION ALL SELECT '花椒' AS name, '蜀椒' AS alias
UNION ALL SELECT '胡椒' AS name, '白胡椒' AS alias
UNION ALL SELECT '胡椒' AS name, '黑胡椒' AS alias
UNION ALL SELECT '地肤子' AS name, '扫帚子' AS alias
UNION ALL SELECT '蛇床子' AS name, '野茴香' AS alias
UNION ALL SELECT '瓜蒌' AS name, '栝楼' AS alias
UNION ALL SELECT '瓜蒌' AS name, '全瓜蒌' AS alias
UNION ALL SELECT '马兜铃' AS name, '兜铃' AS alias
UNION ALL SELECT '石榴皮' AS name, '安石榴皮' AS alias
UNION ALL SELECT '芡实' AS name, '鸡头米' AS alias
UNION ALL SELECT '莲子' AS name, '湘莲' AS alias
UNION ALL SELECT '莲子' AS name, '建莲' AS alias
UNION ALL SELECT '白果' AS name, '银杏果' AS alias
UNION ALL SELECT '龙眼肉' AS name, '桂圆肉' AS alias
UNION ALL SELECT '黑芝麻' AS name, '胡麻' AS alias
UNION ALL SELECT '肉豆蔻' AS name, '肉果' AS alias
UNION ALL SELECT '八角茴香' AS name, '大茴香' AS alias
UNION ALL SELECT '八角茴香' AS name, '八角' AS alias
UNION ALL SELECT '木鳖子' AS name, '木别子' AS alias
UNION ALL SELECT '金银花' AS name, '银花' AS alias
UNION ALL SELECT '金银花' AS name, '双花' AS alias
UNION ALL SELECT '薄荷' AS name, '苏薄荷' AS alias
UNION ALL SELECT '藿香' AS name, '广藿香' AS alias
UNION ALL SELECT '紫苏叶' AS name, '苏叶' AS alias
UNION ALL SELECT '荆芥' AS name, '假苏' AS alias
UNION ALL SELECT '益母草' AS name, '坤草' AS alias
UNION ALL SELECT '淫羊藿' AS name, '仙灵脾' AS alias
UNION ALL SELECT '鱼腥草' AS name, '蕺菜' AS alias
UNION ALL SELECT '蒲公英' AS name, '黄花地丁' AS alias
UNION ALL SELECT '车前草' AS name, '车前' AS alias
UNION ALL SELECT '马齿苋' AS name, '马齿菜' AS alias
UNION ALL SELECT '穿心莲' AS name, '一见喜' AS alias
UNION ALL SELECT '半枝莲' AS name, '并头草' AS alias
UNION ALL SELECT '白花蛇舌草' AS name, '蛇舌草' AS alias
UNION ALL SELECT '茵陈' AS name, '绵茵陈' AS alias
UNION ALL SELECT '青蒿' AS name, '草蒿' AS alias
UNION ALL SELECT '泽兰' AS name, '地瓜儿苗' AS alias
UNION ALL SELECT '佩兰' AS name, '省头草' AS alias
UNION ALL SELECT '香薷' AS name, '青香薷' AS alias
UNION ALL SELECT '仙鹤草' AS name, '龙芽草' AS alias
UNION ALL SELECT '绞股蓝' AS name, '七叶胆' AS alias
UNION ALL SELECT '石斛' AS name, '铁皮石斛' AS alias
UNION ALL SELECT '石斛' AS name, '枫斗' AS alias
UNION ALL SELECT '麻黄' AS name, '草麻黄' AS alias
UNION ALL SELECT '肉苁蓉' AS name, '大芸' AS alias
UNION ALL SELECT '肉苁蓉' AS name, '淡大芸' AS alias
UNION ALL SELECT '锁阳' AS name, '不老药' AS alias
UNION ALL SELECT '瞿麦' AS name, '石竹' AS alias
UNION ALL SELECT '萹蓄' AS name, '扁竹' AS alias
UNION ALL SELECT '金钱草' AS name, '大金钱草' AS alias
UNION ALL SELECT '伸筋草' AS name, '石松' AS alias
UNION ALL SELECT '紫花地丁' AS name, '地丁' AS alias
UNION ALL SELECT '败酱草' AS name, '败酱' AS alias
UNION ALL SELECT '夏枯草' AS name, '夏枯球' AS alias
UNION ALL SELECT '墨旱莲' AS name, '旱莲草' AS alias
UNION ALL SELECT '薄荷脑' AS name, '薄荷冰' AS alias
UNION ALL SELECT '菊花' AS name, '杭菊' AS alias
UNION ALL SELECT '菊花' AS name, '亳菊' AS alias
UNION ALL SELECT '菊花' AS name, '贡菊' AS alias
UNION ALL SELECT '红花' AS name, '草红花' AS alias
UNION ALL SELECT '红花' AS name, '红蓝花' AS alias
UNION ALL SELECT '槐花' AS name, '槐米' AS alias
UNION ALL SELECT '辛夷' AS name, '望春花' AS alias
UNION ALL SELECT '款冬花' AS name, '冬花' AS alias
UNION ALL SELECT '金莲花' AS name, '旱金莲' AS alias
UNION ALL SELECT '玫瑰花' AS name, '刺玫花' AS alias
UNION ALL SELECT '月季花' AS name, '月月红' AS alias
UNION ALL SELECT '合欢花' AS name, '夜合花' AS alias
UNION ALL SELECT '西红花' AS name, '藏红花' AS alias
UNION ALL SELECT '西红花' AS name, '番红花' AS alias
UNION ALL SELECT '丁香' AS name, '公丁香' AS alias
UNION ALL SELECT '蒲黄' AS name, '蒲棒花粉' AS alias
UNION ALL SELECT '桑叶' AS name, '霜桑叶' AS alias
UNION ALL SELECT '艾叶' AS name, '蕲艾' AS alias
UNION ALL SELECT '大青叶' AS name, '蓝叶' AS alias
UNION ALL SELECT '枇杷叶' AS name, '杷叶' AS alias
UNION ALL SELECT '侧柏叶' AS name, '柏叶' AS alias
UNION ALL SELECT '荷叶' AS name, '莲叶' AS alias
UNION ALL SELECT '银杏叶' AS name, '白果叶' AS alias
UNION ALL SELECT '番泻叶' AS name, '泻叶' AS alias
UNION ALL SELECT '罗布麻叶' AS name, '茶叶花' AS alias
UNION ALL SELECT '淡竹叶' AS name, '竹叶门冬青' AS alias
UNION ALL SELECT '紫苏梗' AS name, '苏梗' AS alias
UNION ALL SELECT '密蒙花' AS name, '蒙花' AS alias
UNION ALL SELECT '乳香' AS name, '滴乳香' AS alias
UNION ALL SELECT '没药' AS name, '末药' AS alias
UNION ALL SELECT '血竭' AS name, '麒麟竭' AS alias
UNION ALL SELECT '阿魏' AS name, '臭阿魏' AS alias
UNION ALL SELECT '安息香' AS name, '白花榔' AS alias
UNION ALL SELECT '苏合香' AS name, '苏合油' AS alias
UNION ALL SELECT '琥珀' AS name, '血琥珀' AS alias
UNION ALL SELECT '灵芝' AS name, '赤芝' AS alias
UNION ALL SELECT '灵芝' AS name, '紫芝' AS alias
UNION ALL SELECT '猪苓' AS name, '野猪苓' AS alias
UNION ALL SELECT '冬虫夏草' AS name, '虫草' AS alias
UNION ALL SELECT '茯神' AS name, '抱木神' AS alias
UNION ALL SELECT '雷丸' AS name, '竹苓' AS alias
UNION ALL SELECT '马勃' AS name, '灰包' AS alias
UNION ALL SELECT '昆布' AS name, '海带' AS alias
UNION ALL SELECT '海藻' AS name, '大叶海藻' AS alias
UNION ALL SELECT '银耳' AS name, '白木耳' AS alias
UNION ALL SELECT '杜仲' AS name, '思仙' AS alias
UNION ALL SELECT '黄柏' AS name, '川黄柏' AS alias
UNION ALL SELECT '黄柏' AS name, '关黄柏' AS alias
UNION ALL SELECT '厚朴' AS name, '川朴' AS alias
UNION ALL SELECT '厚朴' AS name, '温朴' AS alias
UNION ALL SELECT '肉桂' AS name, '官桂' AS alias
UNION ALL SELECT '肉桂' AS name, '桂皮' AS alias
UNION ALL SELECT '牡丹皮' AS name, '丹皮' AS alias
UNION ALL SELECT '牡丹皮' AS name, '凤丹' AS alias
UNION ALL SELECT '地骨皮' AS name, '枸杞根皮' AS alias
UNION ALL SELECT '桑白皮' AS name, '桑根白皮' AS alias
UNION ALL SELECT '五加皮' AS name, '南五加皮' AS alias
UNION ALL SELECT '秦皮' AS name, '梣皮' AS alias
UNION ALL SELECT '合欢皮' AS name, '夜合皮' AS alias
UNION ALL SELECT '白鲜皮' AS name, '北鲜皮' AS alias
UNION ALL SELECT '香加皮' AS name, '北五加皮' AS alias
UNION ALL SELECT '苦楝皮' AS name, '楝皮' AS alias
UNION ALL SELECT '鸡血藤' AS name, '血风藤' AS alias
UNION ALL SELECT '钩藤' AS name, '双钩藤' AS alias
UNION ALL SELECT '大血藤' AS name, '红藤' AS alias
UNION ALL SELECT '首乌藤' AS name, '夜交藤' AS alias
UNION ALL SELECT '忍冬藤' AS name, '金银藤' AS alias
UNION ALL SELECT '络石藤' AS name, '络石' AS alias
UNION ALL SELECT '青风藤' AS name, '青藤' AS alias
UNION ALL SELECT '海风藤' AS name, '风藤' AS alias
UNION ALL SELECT '桑枝' AS name, '嫩桑枝' AS alias
UNION ALL SELECT '苏木' AS name, '苏方木' AS alias
UNION ALL SELECT '沉香' AS name, '白木香' AS alias
UNION ALL SELECT '檀香' AS name, '白檀' AS alias
UNION ALL SELECT '降香' AS name, '降真香' AS alias
UNION ALL SELECT '通草' AS name, '通脱木' AS alias
UNION ALL SELECT '木通' AS name, '八月札藤' AS alias
UNION ALL SELECT '竹茹' AS name, '竹二青' AS alias
UNION ALL SELECT '皂角刺' AS name, '皂刺' AS alias
UNION ALL SELECT '六神曲' AS name, '神曲' AS alias
UNION ALL SELECT '阿胶' AS name, '驴皮胶' AS alias
UNION ALL SELECT '淡豆豉' AS name, '豆豉' AS alias
UNION ALL SELECT '芒硝' AS name, '朴硝' AS alias
UNION ALL SELECT '青黛' AS name, '靛花' AS alias
UNION ALL SELECT '冰片' AS name, '龙脑' AS alias
UNION ALL SELECT '冰片' AS name, '合成冰片' AS alias
UNION ALL SELECT '儿茶' AS name, '孩儿茶' AS alias
UNION ALL SELECT '五倍子' AS name, '肚倍' AS alias
UNION ALL SELECT '五倍子' AS name, '角倍' AS alias
UNION ALL SELECT '麦芽' AS name, '大麦芽' AS alias
UNION ALL SELECT '谷芽' AS name, '稻芽' AS alias
UNION ALL SELECT '建曲' AS name, '范志曲' AS alias
UNION ALL SELECT '鹿角胶' AS name, '白胶' AS alias
UNION ALL SELECT '鹿茸' AS name, '花鹿茸' AS alias
UNION ALL SELECT '鹿茸' AS name, '马鹿茸' AS alias
UNION ALL SELECT '蜈蚣' AS name, '天龙' AS alias
UNION ALL SELECT '全蝎' AS name, '全虫' AS alias
UNION ALL SELECT '地龙' AS name, '广地龙' AS alias
UNION ALL SELECT '地龙' AS name, '蚯蚓' AS alias
UNION ALL SELECT '水蛭' AS name, '蚂蟥' AS alias
UNION ALL SELECT '僵蚕' AS name, '白僵蚕' AS alias
UNION ALL SELECT '土鳖虫' AS name, '地鳖虫' AS alias
UNION ALL SELECT '土鳖虫' AS name, '土元' AS alias
UNION ALL SELECT '蝉蜕' AS name, '蝉衣' AS alias
UNION ALL SELECT '鸡内金' AS name, '鸡肫皮' AS alias
UNION ALL SELECT '牡蛎' AS name, '生牡蛎' AS alias
UNION ALL SELECT '龟甲' AS name, '龟板' AS alias
UNION ALL SELECT '鳖甲' AS name, '团鱼甲' AS alias
UNION ALL SELECT '海马' AS name, '水马' AS alias
UNION ALL SELECT '蛤蚧' AS name, '对蛤蚧' AS alias
UNION ALL SELECT '珍珠母' AS name, '珠母' AS alias
UNION ALL SELECT '石决明' AS name, '鲍鱼壳' AS alias
UNION ALL SELECT '乌梢蛇' AS name, '乌蛇' AS alias
UNION ALL SELECT '蜂蜜' AS name, '百花蜜' AS alias
UNION ALL SELECT '桑螵蛸' AS name, '螳螂子' AS alias
UNION ALL SELECT '海螵蛸' AS name, '乌贼骨' AS alias
UNION ALL SELECT '五灵脂' AS name, '寒号虫粪' AS alias
UNION ALL SELECT '石膏' AS name, '生石膏' AS alias
UNION ALL SELECT '滑石' AS name, '滑石粉' AS alias
UNION ALL SELECT '赭石' AS name, '代赭石' AS alias
UNION ALL SELECT '磁石' AS name, '灵磁石' AS alias
UNION ALL SELECT '龙骨' AS name, '花龙骨' AS alias
UNION ALL SELECT '朱砂' AS name, '辰砂' AS alias
UNION ALL SELECT '自然铜' AS name, '黄铁矿' AS alias
UNION ALL SELECT '赤石脂' AS name, '红高岭' AS alias
UNION ALL SELECT '炉甘石' AS name, '甘石' AS alias
UNION ALL SELECT '硼砂' AS name, '月石' AS alias
UNION ALL SELECT '明矾' AS name, '白矾' AS alias
UNION ALL SELECT '寒水石' AS name, '凝水石' AS alias
UNION ALL SELECT '紫石英' AS name, '萤石' AS alias
UNION ALL SELECT '桂皮' AS name, '香桂' AS alias
UNION ALL SELECT '山奈片' AS name, '山奈' AS alias
UNION ALL SELECT '香叶' AS name, '月桂叶' AS alias
UNION ALL SELECT '白芷片' AS name, '香白芷' AS alias
UNION ALL SELECT '草豆蔻' AS name, '草蔻' AS alias
UNION ALL SELECT '荜茇' AS name, '荜拨' AS alias
UNION ALL SELECT '孜然' AS name, '安息茴香' AS alias
UNION ALL SELECT '薏苡根' AS name, '薏根' AS alias
UNION ALL SELECT '灯心草' AS name, '灯草' AS alias
UNION ALL SELECT '竹叶' AS name, '淡竹叶片' AS alias
UNION ALL SELECT '路路通' AS name, '枫果' AS alias
UNION ALL SELECT '丝瓜络' AS name, '丝瓜网' AS alias
UNION ALL SELECT '莲须' AS name, '莲蕊须' AS alias
UNION ALL SELECT '荷梗' AS name, '藕杆' AS alias
) a ON a.name = v.name;
