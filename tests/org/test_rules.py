"""The ORG rules on sentences they were not written for: heads, contexts, lists, aliases."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow


def orgs(nlp, text):
    return [(e.text, e._.source) for e in nlp(text).ents if e.label_ == "ORG"]


# fmt: off
FOUND = [
    # text, organisations (text, rule)
    ("北宿镇党委副书记刘丹出席。", [("北宿镇党委", "org_heads")]),
    ("在市委、市政府的坚强领导下", [("市委", "org_heads"), ("市政府", "org_heads")]),
    ("镇党委政府高度重视。", [("镇党委政府", "org_heads")]),
    ("嘉兴市委统战部召开会议。", [("嘉兴市委统战部", "org_heads")]),
    ("引进南京宏泰公司投资开发。", [("南京宏泰公司", "org_heads")]),
    ("与联帮机械制造有限公司签约。", [("联帮机械制造有限公司", "org_heads")]),
    ("近年来,定远县委、县政府始终坚持。", [("定远县委", "org_heads"), ("县政府", "org_heads")]),
    ("全速推动璟凡科技投资5亿元风电项目。", [("璟凡科技", "org_heads")]),
    ("湖南福尔程环保科技重金属螯合剂项目", [("湖南福尔程环保科技", "org_heads")]),
    ("来源:人民网-安徽频道", [("人民网-安徽频道", "org_heads")]),
    ("信息来源:云上沙洋\n", [("云上沙洋", "org_contexts")]),
    ("据深蓝财讯报道,孙正义表示。", [("深蓝财讯", "org_contexts")]),
    ("今日镇江讯 本市召开大会。", [("今日镇江", "org_contexts")]),
    ("推进艾坦姆、孔圣堂、金鼎等龙头骨干企业发展。",
     [("艾坦姆", "org_lists"), ("孔圣堂", "org_lists"), ("金鼎", "org_lists")]),
    ("增資美國WIWYNN INTERNATIONAL CORPORATION，從事",
     [("美國WIWYNN INTERNATIONAL CORPORATION", "org_latin")]),
    ("其他投资包括对WeWork Cos的3亿美元", [("WeWork Cos", "org_latin")]),
    ("聯想之星攜手紅杉中國、百度等投資",
     [("聯想之星", "org_gazetteer"), ("紅杉中國", "org_gazetteer"), ("百度", "org_gazetteer")]),
    ("第一件通過愛民藥業集團股份有限公司以日幣", [("愛民藥業集團股份有限公司", "org_heads")]),
    ("助力希杰尤特尔总部搬迁。", [("希杰尤特尔", "org_evidence")]),
    ("重点突破招引天津大良工匠投资10亿元", [("天津大良工匠", "org_actors")]),
    ("推进艾坦姆、孔圣堂等龙头企业。引导孔圣堂扩大投资。",
     [("艾坦姆", "org_lists"), ("孔圣堂", "org_lists"), ("孔圣堂", "org_aliases")]),
    ("县农业局、林业局联合开展检查。", [("县农业局", "org_heads"), ("林业局", "org_coordination")]),
    ("随后;市电视台、广播电台进行报道。",
     [("市电视台", "org_heads"), ("广播电台", "org_coordination")]),
    ("浙江恒顺铝业扩大生产。", [("浙江恒顺铝业", "org_heads")]),
    ("引进常州骏宏涂料年产3万吨项目", [("常州骏宏涂料", "org_heads")]),
    ("由此;县委高度重视。", [("县委", "org_heads")]),
    ("香港特区政府对此表示失望。", [("香港特区政府", "org_heads")]),
    ("微软公司称,视窗系统将更新。", [("微软公司", "org_gazetteer")]),
    ("在出售芬兰游戏公司Supercell股权时", [("Supercell", "org_latin")]),
    ("美国电动车公司Tesla Motors宣布扩产。", [("Tesla Motors", "org_latin")]),
    ("欧盟委员会发布报告。", [("欧盟委员会", "org_heads")]),
    ("中信欧洲有限公司成立。", [("中信欧洲有限公司", "org_heads")]),
    ("他主持自治区人民政府的工作。", [("自治区人民政府", "org_heads")]),
    ("推动山东硕远新材料有限公司建设。与硕远新材料公司合作,瞄准硕远下游客户。",
     [("山东硕远新材料有限公司", "org_heads"), ("硕远新材料公司", "org_heads"),
      ("硕远", "org_aliases")]),
    ("国家统计局今天发布数据。", [("国家统计局", "org_heads")]),
    ("他曾在中央党校学习。", [("中央党校", "org_heads")]),
    ("大阪总领事馆举办招待会。", [("大阪总领事馆", "org_heads")]),
    ("据《华尔街日报》报道", [("华尔街日报", "org_titles")]),
    ("新华社上海分社发布消息。", [("新华社上海分社", "org_gazetteer")]),
    ("公司将成为华宇股份控股股东。", [("华宇股份", "org_heads")]),
    ("投资方包括建银国际、Sequoia Capital等知名投资机构。",
     [("建银国际", "org_lists"), ("Sequoia Capital", "org_lists")]),
    ("引进恒拓、金科瑞等新能源汽车公司。", [("恒拓", "org_lists"), ("金科瑞", "org_lists")]),
    ("北京启明星辰信息技术股份有限公司(以下简称“启明”)宣布,启明将扩产。",
     [("北京启明星辰信息技术股份有限公司", "org_heads"), ("启明", "org_aliases"),
      ("启明", "org_aliases")]),
    ("英国石油公司(BP)表示,BP将扩大投资。",
     [("英国石油公司", "org_heads"), ("BP", "org_aliases"), ("BP", "org_aliases")]),
    ("收购华海精密股份有限公司(以下简称“标的公司”)股权",   # a generic defined name
     [("华海精密股份有限公司", "org_heads")]),
    ("市住房和城乡建设局召开会议。", [("市住房和城乡建设局", "org_heads")]),
    ("县人力资源和社会保障局发布公告。", [("县人力资源和社会保障局", "org_heads")]),
    ("在县委和县政府领导下", [("县委", "org_heads"), ("县政府", "org_heads")]),
    ("经市医疗事故技术鉴定委员会鉴定", [("市医疗事故技术鉴定委员会", "org_heads")]),
    ("以色列工党领袖巴拉克表示", [("以色列工党", "org_heads")]),
    ("据中国民航总局有关人士介绍", [("中国民航总局", "org_heads")]),
    ("西藏自治区科协举办展览", [("西藏自治区科协", "org_heads")]),
    ("中共河北省委副书记出席。", [("中共河北省委", "org_heads")]),
    ("华信集团投资建设。华信集团宁乡县循环农业生态园开工",   # nor where its name recurs
     [("华信集团", "org_heads")]),
    ("2023年3月1日,华泰黄金(600123.SH、1234.HK)公告称,华泰黄金将扩产。",
     [("华泰黄金", "org_codes"), ("华泰黄金", "org_aliases")]),
    ("7月1日丨粤电力A(000539.SZ)公告", [("粤电力A", "org_codes")]),
    ("9月6日晚间,德美化工、远洋智能、ST华盛3家A股上市公司公告",
     [("德美化工", "org_listed"), ("远洋智能", "org_lists"), ("ST华盛", "org_lists")]),
    ("縣府表示,將持續招商。", [("縣府", "org_heads")]),
    ("東京電力株式會社宣布", [("東京電力株式會社", "org_heads")]),
    ("應珠海市政府邀請,澳門經濟財政司司長出席",
     [("珠海市政府", "org_heads"), ("澳門經濟財政司", "org_heads")]),
    ("嘉美冷链(香港)控股有限公司拟投资", [("嘉美冷链(香港)控股有限公司", "org_heads")]),
    ("香港商環鴻電子股份有限公司投資案", [("環鴻電子股份有限公司", "org_heads")]),
    ("華新建設(控股)有限公司(「華新建設」或「公司」)公布,華新建設將",
     [("華新建設(控股)有限公司", "org_heads"), ("華新建設", "org_aliases"),
      ("華新建設", "org_aliases")]),
    ("利津县委副书记、利津经济开发区党工委书记出席",
     [("利津县委", "org_heads"), ("利津经济开发区党工委", "org_heads")]),
    ("将设立成都天府新区党工委和管委会",
     [("成都天府新区党工委", "org_heads"), ("管委会", "org_heads")]),
    ("大众网·海报新闻东营5月29日讯", [("大众网·海报新闻", "org_heads")]),
    ("商务及经济发展局局长表示", [("商务及经济发展局", "org_heads")]),
    ("受讓取得華新電子材料股份有限公司股份", [("華新電子材料股份有限公司", "org_heads")]),
    ("智诺科技产业项目开工", [("智诺科技", "org_heads")]),
    ("县委常委、宣传部部长张三出席。", [("县委", "org_heads"), ("宣传部", "org_heads")]),
    ("本轮融资由澜起独家投资。", [("澜起", "org_contexts")]),
    ("据报道,星辰智控近日已完成新一轮融资,星辰智控表示",
     [("星辰智控", "org_contexts"), ("星辰智控", "org_aliases")]),
    ("航运建设董事长张三介绍,航运建设党委书记李四出席。",
     [("航运建设", "org_evidence"), ("航运建设党委", "org_aliases")]),
    ("江苏省产业技术研究院(产研院)宣布,产研院将扩大合作。",
     [("江苏省产业技术研究院", "org_heads"), ("产研院", "org_aliases"), ("产研院", "org_aliases")]),
    ("县委(全县)召开会议", [("县委", "org_heads")]),   # not a short name of it
    ("第一名苗栗縣政府(一億元)", [("苗栗縣政府", "org_heads")]),
    ("通過的法巴銀和兆豐銀尚未申請", [("法巴銀", "org_heads"), ("兆豐銀", "org_heads")]),
    ("與廣州港股份有限公司(以下簡稱“廣州港”)簽約。廣州港表示",
     [("廣州港股份有限公司", "org_heads"), ("廣州港", "org_aliases"), ("廣州港", "org_aliases")]),
    ("与华宇科技有限公司(以下简称“受让方”)签署协议", [("华宇科技有限公司", "org_heads")]),
    ("与恒泰中国投资有限公司合作开发", [("恒泰中国投资有限公司", "org_heads")]),
    ("今年来,崇阳农发行先后支持多个项目。", [("崇阳农发行", "org_gazetteer")]),
    ("【大纪元6月25日报导】记者", [("大纪元", "org_contexts")]),
    ("【寰宇新聞訊】", [("寰宇新聞", "org_contexts")]),
    ("今日崇阳网消息 11月5日", [("今日崇阳网", "org_contexts")]),
    ("本文转载自:深蓝财讯,作者:张三。", [("深蓝财讯", "org_contexts")]),
    ("各項投資案要求市府團隊掌握進度", [("市府", "org_heads")]),
    ("台中市經發局長表示,", [("台中市經發局", "org_heads")]),
    ("正式委託中華民國創投公會執行", [("中華民國創投公會", "org_heads")]),
    ("但诸如恒通锂电、华丰科技等对手仍然强劲",
     [("恒通锂电", "org_lists"), ("华丰科技", "org_listed")]),
    ("与北方银河投资有限公司(下称“北方银河”,公司原控股股东)签署协议。北方银河表示",
     [("北方银河投资有限公司", "org_heads"), ("北方银河", "org_aliases"),
      ("北方银河", "org_aliases")]),
    ("隆基绿能、通威股份、晶澳科技等企业扩产。",
     [("隆基绿能", "org_gazetteer"), ("通威股份", "org_gazetteer"), ("晶澳科技", "org_listed")]),
    ("欣銓、南電今年獲利。", [("欣銓", "org_listed"), ("南電", "org_listed")]),
    ("该基金持有海天味业股份。", [("海天味业", "org_gazetteer")]),
    ("港股方面,瑞祥（0518）配售新股。", [("瑞祥", "org_codes")]),
    ("他在市财政局工作。", [("市财政局", "org_heads")]),   # not `政局`, the political situation
    ("美国国家安全局监听通话。", [("美国国家安全局", "org_heads")]),  # not `全局`, the whole
    ("日本外务省发表声明。", [("日本外务省", "org_gazetteer")]),
    ("近日,敦化市自然资源局召开专题会议。", [("敦化市自然资源局", "org_heads")]),
    ("近日,鑫泓科技与县政府签约。", [("鑫泓科技", "org_heads"), ("县政府", "org_heads")]),
    ("据悉,合肥鑫泓科技年产值超亿元。", [("合肥鑫泓科技", "org_heads")]),  # pkuseg: 鑫/泓/科技
    ("中通社金門5月3日電 縣府表示。", [("中通社", "org_contexts"), ("縣府", "org_heads")]),
    ("副市长分别与上海为烨投资集团有限公司签约。", [("上海为烨投资集团有限公司", "org_heads")]),
    ("其一致行动人协鑫创展控股有限公司合计持有", [("协鑫创展控股有限公司", "org_heads")]),
    ("考察团一行来到大唐国际发电股份有限公司。", [("大唐国际发电股份有限公司", "org_heads")]),
    ("会议在长沙市政府驻北京办事处召开。", [("长沙市政府驻北京办事处", "org_heads")]),
    ("与北京首都创业集团有限公司签约。", [("北京首都创业集团有限公司", "org_heads")]),  # 首都: 'd'
    ("湖南中核金原新材料有限责任公司签约。", [("湖南中核金原新材料有限责任公司", "org_heads")]),
    ("国资委与广西壮族自治区人民政府举行签约。",
     [("国资委", "org_heads"), ("广西壮族自治区人民政府", "org_heads")]),
    ("格力电器发布公告。", [("格力电器", "org_gazetteer")]),
    ("公司控股子公司星澜动力拟受让股权。", [("星澜动力", "org_contexts")]),
    ("港华燃气与凯赛新材签署协议。", [("港华燃气", "org_heads"), ("凯赛新材", "org_heads")]),
    ("包括远澜、星澜和云岫等投资机构。",
     [("远澜", "org_lists"), ("星澜", "org_lists"), ("云岫", "org_lists")]),
    ("收到华北能源投资集团有限公司(下称“能源集团”)的函,能源集团表示",
     [("华北能源投资集团有限公司", "org_heads"), ("能源集团", "org_aliases"),
      ("能源集团", "org_aliases")]),
    ("投资方为华为与星河动力、高瓴资本、红杉中国。",
     [("华为", "org_gazetteer"), ("星河动力", "org_lists"), ("高瓴资本", "org_heads"),
      ("红杉中国", "org_gazetteer")]),
    ("国有汽车制造商上汽集团宣布", [("上汽集团", "org_heads")]),
    ("据广州日报客户端报道,", [("广州日报客户端", "org_heads")]),
    ("湖南日报·新湖南客户端1月15日讯(记者 张三)", [("湖南日报·新湖南客户端", "org_contexts")]),
    ("文/图 江南都市报全媒体记者陈远路", [("江南都市报", "org_contexts")]),
    ("【大紀元2016年06月21日訊】", [("大紀元", "org_contexts")]),
    ("生物制药公司“云顶新耀”完成融资。", [("云顶新耀", "org_contexts")]),
    ("26家央企与自治区政府签约。", [("自治区政府", "org_heads")]),
    ("星海图智(Galaxy Robotics)完成融资。",
     [("星海图智", "org_evidence"), ("Galaxy Robotics", "org_aliases")]),
    ("六安市农业农村局、退役军人事务局联合发文。",
     [("六安市农业农村局", "org_heads"), ("退役军人事务局", "org_coordination")]),
    ("【中央社】宏盛精密 (8436) 今年獲利。",
     [("中央社", "org_gazetteer"), ("宏盛精密", "org_codes")]),
    ("腾讯、阿里巴巴、星河动力等参与了本轮投资。",
     [("腾讯", "org_gazetteer"), ("阿里巴巴", "org_gazetteer"), ("星河动力", "org_lists")]),
    ("该项目由Northwind Trading LLC.收购。", [("Northwind Trading LLC.", "org_latin")]),
    ("人民银行绵阳市中心支行发文。", [("人民银行绵阳市中心支行", "org_heads")]),
    ("市政府与中建三局集团有限公司签约。希望中建三局支持。",
     [("市政府", "org_heads"), ("中建三局集团有限公司", "org_heads"), ("中建三局", "org_heads")]),
    ("上海电气储能科技有限公司(下称“上海电气储能”)完成融资。上海电气储能估值超22亿元。",
     [("上海电气储能科技有限公司", "org_heads"), ("上海电气储能", "org_aliases"),
      ("上海电气储能", "org_aliases")]),
    ("对应昆药集团每股转让价格为13.67元", [("昆药集团", "org_heads")]),
    ("领投方包括华强资本、国君创投以及火炬资本。",
     [("华强资本", "org_heads"), ("国君创投", "org_lists"), ("火炬资本", "org_lists")]),
    ("省连锁经营协会、省东南商务管理研究院、省贸易促进中心联合发布",
     [("省连锁经营协会", "org_heads"), ("省东南商务管理研究院", "org_heads"),
      ("省贸易促进中心", "org_heads")]),
    ("墨芯人工智能(超6亿元)、博泰车联网(15亿元)、珏芯微(超5亿元)的融资",
     [("墨芯人工智能", "org_lists"), ("博泰车联网", "org_lists"), ("珏芯微", "org_lists")]),
    ("文/广州日报·新花城记者:魏丽娜", [("广州日报·新花城", "org_heads")]),
    ("智通财经APP讯,南都电源公告", [("智通财经APP", "org_gazetteer")]),
    ("江淮汽车政府补助高达8亿元", [("江淮汽车", "org_gazetteer")]),  # no government of it
    ("行业龙头企业大亚人造板集团有限公司与崇左市签约",
     [("大亚人造板集团有限公司", "org_heads")]),
    ("与拉萨经济技术开发区华博医疗器械有限公司进行交易",
     [("拉萨经济技术开发区华博医疗器械有限公司", "org_heads")]),
    ("石榴云/新疆日报记者黑宏亮", [("石榴云", "org_contexts"), ("新疆日报", "org_heads")]),
    ("新重庆-重庆日报记者 王翔", [("新重庆-重庆日报", "org_contexts")]),
    ("西安旅游股份有限公司(西安旅游,000610.SZ)公告。西安旅游表示",
     [("西安旅游股份有限公司", "org_heads"), ("西安旅游", "org_aliases"),
      ("西安旅游", "org_aliases")]),
    ("香港特區立法會通過4項申請", [("香港特區立法會", "org_heads")]),
    ("基金共投资天眸光电、唯柯医疗、普宙科技等企业",  # a verb of investing starts no name
     [("天眸光电", "org_heads"), ("唯柯医疗", "org_lists"), ("普宙科技", "org_heads")]),
    ("设立苏州华润创新股权投资合伙企业(有限合伙)(以下简称“合伙企业”)。合伙企业规模",
     [("苏州华润创新股权投资合伙企业(有限合伙)", "org_heads")]),  # a generic term defined
    ("收购北京华海精密股份有限公司(以下简称“标的资产”)股权。标的资产估值",
     [("北京华海精密股份有限公司", "org_heads")]),  # a term of the deal, not a name
    ("中国化工收购先正达之后", [("中国化工", "org_heads"), ("先正达", "org_gazetteer")]),
    ("及AIoT精準醫療商達易特等8家業者", [("達易特", "org_trades")]),
    ("全球記憶體廠商美商美光在中科", [("美商美光", "org_trades")]),
    ("恒星娛樂(880)、新濠國際(200)亦入選",
     [("恒星娛樂", "org_codes"), ("新濠國際", "org_gazetteer")]),
    ("募集资金已经安永华明会计师事务所(特殊普通合伙)验证",
     [("安永华明会计师事务所(特殊普通合伙)", "org_heads")]),
    ("經濟部投資審議委員會今天通過", [("經濟部投資審議委員會", "org_heads")]),
    ("經濟部投資業務處長張銘斌表示", [("經濟部投資業務處", "org_heads")]),
    ("绵阳市商业银行股份有限公司成立。刚成立的商业银行规模小",
     [("绵阳市商业银行股份有限公司", "org_heads")]),
    ("表示,欣悉投資署去年的工作取得成果", [("投資署", "org_heads")]),
    ("该项目由华盛资源投资建设,总投资5亿元", [("华盛资源", "org_contexts")]),
    ("广东省人民政府新闻办公室24日举行发布会", [("广东省人民政府新闻办公室", "org_heads")]),
    ("自治区政府新闻办召开发布会", [("自治区政府新闻办", "org_heads")]),
    ("柳州钢铁(集团)公司以64亿元列第27位", [("柳州钢铁(集团)公司", "org_heads")]),
    ("拟通过大连产权交易所公开挂牌", [("大连产权交易所", "org_heads")]),
    ("股權於鄭州市公共資源交易中心進行公開掛牌", [("鄭州市公共資源交易中心", "org_heads")]),
    ("其中最大案為仁寶電腦以4億元", [("仁寶電腦", "org_heads")]),
    ("特步集团生产基地智能化提升项目开工", [("特步集团", "org_heads")]),
    ("副市长卢林,市政协副主席马世侠", [("市政协", "org_heads")]),
    ("大唐河南发电有限公司党委书记、董事长", [("大唐河南发电有限公司党委", "org_heads")]),
    ("成立了伊犁水电开发公司,在房地产开发等项目上",
     [("伊犁水电开发公司", "org_heads")]),
    ("四川省经济和信息化厅党组成员、副厅长", [("四川省经济和信息化厅党组", "org_heads")]),
    ("基金管理人为长沙市长财私募基金管理有限公司。",
     [("长沙市长财私募基金管理有限公司", "org_heads")]),
    ("企业界代表聚集在乔治·梅森大学", [("乔治·梅森大学", "org_heads")]),
    ("一、对外投资概述中际旭创股份有限公司(以下简称“公司”)",
     [("中际旭创股份有限公司", "org_heads")]),
    ("在国家广播电视总局老干部活动中心举行", [("国家广播电视总局", "org_heads")]),
    ("核准丹麥商NORDSEA WIND TW HOLDING A/S約以20億元",
     [("NORDSEA WIND TW HOLDING A/S", "org_latin")]),
    ("增資日本NUVOTEK TECHNOLOGY CORPORATION JAPAN，從事",
     [("日本NUVOTEK TECHNOLOGY CORPORATION JAPAN", "org_latin")]),
    ("拟投资认购巴德林19.9%的股份", [("巴德林", "org_contexts")]),
    ("据北京市政府网站消息,会议召开", [("北京市政府", "org_heads")]),
    ("中新网江苏新闻10月29日电(记者 张三)", [("中新网", "org_heads")]),
    ("涉及要约收购的还有*ST亚振(603389.SH)。", [("*ST亚振", "org_codes")]),
    ("公司是由在台上市的臻鼎-KY公司100%控股", [("臻鼎-KY公司", "org_gazetteer")]),
    ("就業機會;奇鼎科技則將以7億在新竹", [("奇鼎科技", "org_heads")]),
    ("江苏银行、宁波银行、南京银行营收均位列前",
     [("江苏银行", "org_heads"), ("宁波银行", "org_heads"), ("南京银行", "org_heads")]),
    ("入围的零售企业共4家,分别为万佳乐、嘉佳福、鑫源达及安阳大兴。",
     [("万佳乐", "org_lists"), ("嘉佳福", "org_lists"), ("鑫源达", "org_lists"),
      ("安阳大兴", "org_lists")]),
    ("营收规模招商银行居首", [("招商银行", "org_heads")]),
    ("三巨头美的集团、海尔智家发布公告", [("美的集团", "org_heads"), ("海尔智家", "org_listed")]),
    ("如渤海银行苏州银行设立工作室", [("渤海银行", "org_heads"), ("苏州银行", "org_heads")]),
    ("向中国证券登记结算有限责任公司深圳分公司提交",
     [("中国证券登记结算有限责任公司深圳分公司", "org_heads")]),
    ("经济财政司司长办公室联同澳门金融管理局", [("经济财政司司长办公室", "org_heads"),
     ("澳门金融管理局", "org_heads")]),
    ("由上海华信资产经营有限公司持股51%", [("上海华信资产经营有限公司", "org_heads")]),
    ("蓝天生态城镇建设股份有限公司中标", [("蓝天生态城镇建设股份有限公司", "org_heads")]),
    ("名单如下:\n1.四川高速集團有限公司\n2.", [("四川高速集團有限公司", "org_heads")]),
    ("汉江产业集团联合东湖高新区管委会发起",
     [("汉江产业集团", "org_heads"), ("东湖高新区管委会", "org_heads")]),
    ("项目实施主体华康药业集团江苏海源药业有限公司开工",
     [("华康药业集团江苏海源药业有限公司", "org_heads")]),
    ("委托聘用中联资产评估有限公司评估", [("中联资产评估有限公司", "org_heads")]),
    ("美国参议院启动调查", [("美国参议院", "org_heads")]),
    ("工商協進會上周表示", [("工商協進會", "org_heads")]),
    ("收購英屬維京群島ACT BIO HOLDINGS LIMITED股權",
     [("英屬維京群島ACT BIO HOLDINGS LIMITED", "org_latin")]),
    ("设立ACT HOLDINGS COMPANY LIMITED（下稱CAYMAN SPV），再經由CAYMAN SPV投資",
     [("ACT HOLDINGS COMPANY LIMITED", "org_latin"), ("CAYMAN SPV", "org_aliases"),
      ("CAYMAN SPV", "org_aliases")]),
    ("一标段由中建路桥为牵头单位,天元集团为成员。",
     [("中建路桥", "org_contexts"), ("天元集团", "org_heads")]),
    ("与华源药业有限公司签约。副市长赴华源海源药业现场推进",   # an alias joins a name after it
     [("华源药业有限公司", "org_heads"), ("华源海源药业", "org_aliases")]),
    ("云南滇中新区管委会有关领导", [("云南滇中新区管委会", "org_heads")]),   # `滇/中新区`
    ("(原标题:中航电子关于重大合同中标的公告)", [("中航电子", "org_contexts")]),
    ("向立法會財委會提交文件", [("立法會財委會", "org_gazetteer")]),
    ("(湖北电台新闻广播5月3日", [("湖北电台新闻广播", "org_heads")]),
    ("拟以现金方式购买四川华能水电开发有限公司持有的",
     [("四川华能水电开发有限公司", "org_heads")]),
    ("中国邮政集团、中青旅控股股份有限公司等",
     [("中国邮政集团", "org_heads"), ("中青旅控股股份有限公司", "org_heads")]),
    ("记者从新疆维吾尔自治区商务厅获悉", [("新疆维吾尔自治区商务厅", "org_heads")]),
    ("擬對子公司華碩智能(股)公司進行現金增資", [("華碩智能(股)公司", "org_heads")]),
    ("新陇原客户端兰州讯(记者", [("新陇原客户端", "org_contexts")]),
    ("由登錄於本年度衛生局本身預算", [("衛生局", "org_heads")]),
    ("華宇機器人以1億美元增資", [("華宇機器人", "org_actors")]),
    ("約新台幣25億元受讓冠龍投資部份股份", [("冠龍投資", "org_contexts")]),
    ("与西部(兰州)融资担保有限公司签约", [("西部(兰州)融资担保有限公司", "org_heads")]),
    ("昆山工研院首期天使投资", [("昆山工研院", "org_gazetteer")]),   # a place before a known name
    ("签约项目包括美国罗克韦尔、新加坡吉宝、日本发那科。",   # firms named after their country
     [("美国罗克韦尔", "org_lists"), ("新加坡吉宝", "org_lists"), ("日本发那科", "org_lists")]),
    ("中國對外承包工程商會會長房秋晨", [("中國對外承包工程商會", "org_heads")]),
    ("通过华晶国际光电等2家台商投资案", [("华晶国际光电", "org_heads")]),
    ("能力企业华芯微电子宣布", [("华芯微电子", "org_heads")]),
    ("这是由上海外资企业华鼎轩置业企划有限公司组织", [("华鼎轩置业企划有限公司", "org_heads")]),
    ("中国东岭集团股份有限公司宣布", [("中国东岭集团股份有限公司", "org_heads")]),
    ("收购方为工控集团、李兴方、旭晟控股。李兴方女士拟向工控集团转让。",   # a person in a list
     [("工控集团", "org_heads"), ("旭晟控股", "org_heads"), ("工控集团", "org_heads")]),
    ("据报道,火炬公司昨日召开董事会。对此,火炬公司表示支持。",   # a short name repeated
     [("火炬公司", "org_heads"), ("火炬公司", "org_heads")]),
    ("公司拟出售卧龙电气银川变压器有限公司股权", [("卧龙电气银川变压器有限公司", "org_heads")]),
    ("由山东高速路桥集团股份有限公司承建",   # a place inside a name
     [("山东高速路桥集团股份有限公司", "org_heads")]),
    ("陈先生成立东鼎液化瓦斯兴业公司", [("东鼎液化瓦斯兴业公司", "org_heads")]),
    ("与远景能源有限公司签订协议", [("远景能源有限公司", "org_heads")]),   # a word, a trade
    ("其客户广州华强电子有限公司供货", [("广州华强电子有限公司", "org_heads")]),  # a role
    ("经许可设立「澳门都市更新股份有限公司」。",   # a quoted name
     [("澳门都市更新股份有限公司", "org_heads")]),
    ("附属公司明凯投资有限公司与第三方订约。明凯持有65%。",   # a finance trade dropped
     [("明凯投资有限公司", "org_heads"), ("明凯", "org_aliases")]),
    ("与More Wealth Development Limited (MW)订约。MW持有35%。",
     [("More Wealth Development Limited", "org_latin"), ("MW", "org_aliases"),
      ("MW", "org_aliases")]),
    ("由红杉中国领投,英伟达、Accel、AMD和腾讯等参投。",   # Latin names in a list of known ones
     [("红杉中国", "org_gazetteer"), ("英伟达", "org_gazetteer"), ("Accel", "org_lists"),
      ("AMD", "org_gazetteer"), ("腾讯", "org_gazetteer")]),
    ("认购华鼎投资有限公司管理的华鼎睿恒1号私募基金",   # a short form in a product's name
     [("华鼎投资有限公司", "org_heads")]),
    ("房協主席陳家樂表示,將配合。", [("房協", "org_gazetteer")]),   # a short form, a fact
    ("线下,中安芯界控股集团参会", [("中安芯界控股集团", "org_heads")]),   # a known firm leads
    ("入围企业分别是:三一集团有限公司、大汉控股集团有限公司",   # numerals start a name
     [("三一集团有限公司", "org_heads"), ("大汉控股集团有限公司", "org_heads")]),
    ("黔东南苗族侗族自治州人民政府印发", [("黔东南苗族侗族自治州人民政府", "org_heads")]),
    ("《經濟通通訊社12日專訊》香港", [("經濟通通訊社", "org_titles")]),   # a wire's dateline
    ("報告指出,何鴻燊旗下的澳博(0880)", [("澳博", "org_gazetteer")]),   # a person's firm
    ("是山西交控集团政府还贷高速公路", [("山西交控集团", "org_heads")]),   # no government
    ("将由受委任機構凱基證券股份有限公司辦理", [("凱基證券股份有限公司", "org_heads")]),
    ("交易对方苏汽集团是一家国企", [("苏汽集团", "org_heads")]),
    ("浙江在线8月23日讯(记者 王", [("浙江在线", "org_contexts")]),
    ("贵州茅台酒股份有限公司(600519.SH,下称“茅台”)发布年报。茅台表示",   # after a code
     [("贵州茅台酒股份有限公司", "org_heads"), ("茅台", "org_aliases"), ("茅台", "org_aliases")]),
    ("重庆水务集团股份有限公司(以下简称公司、本公司、重庆水务)公告。重庆水务表示",
     [("重庆水务集团股份有限公司", "org_heads"), ("重庆水务", "org_aliases"),
      ("重庆水务", "org_aliases")]),
    ("购买其持有的铜湾水电90%股权、清水塘水电90%股权",   # equity changing hands
     [("铜湾水电", "org_contexts"), ("清水塘水电", "org_contexts")]),
    ("跨境数科与PCIN LINK SYSTEM PTE.LTD签约", [("PCIN LINK SYSTEM PTE.LTD", "org_latin")]),
    ("媒體報導中油三接2期工程", [("中油", "org_gazetteer")]),
    ("本公司与江西省交通运输集团有限责任公司、江西南昌旅游集团有限\n公司共同出资。",  # wrapped
     [("江西省交通运输集团有限责任公司", "org_heads"),
      ("江西南昌旅游集团有限\n公司", "org_heads")]),
    ("其中,鼎晖华鑫作为普通合伙人认缴出资。",   # a firm in a role
     [("鼎晖华鑫", "org_contexts")]),
    ("试验区管委会拟签约项目40个", [("试验区管委会", "org_heads")]),   # a zone's organ
    ("县人民政府、高新区管委会与10家企业签约",
     [("县人民政府", "org_heads"), ("高新区管委会", "org_heads")]),
]
NOT_FOUND = [
    "七家銀行型金控全年稅後純益",          # a type of company, not a name
    "根据券商API提供的数据",               # capitals after a trade, not after an origin
    "杭州国资LP虽然在出资方面",            # a Latin legal form alone
    "宁德时代新能源电池产业基地建设",      # a park with its trade in its name
    "这家成立仅50天的具身智能技术公司",    # a counted class describes a company
    "我们是中国第一家商业遥感卫星公司。",  # a counted class describes a company
    "其中包括7所高等学校、2所中职学校",    # counted schools
    "2014年在天使轮投资了200万元",         # a round of financing, not an investor
    "昨天,中金传化产业股权投资基金成立",   # a fund named after its sponsors
    "投资人包含华兴新经济基金、国新基金",  # funds in a list of investors
    "港資銀行併購潮再起",                  # a class of banks
    "这家独角兽公司背后拥有庞大的投资",    # a class of companies
    "哈尔滨市首支政府投资产业基金落地",    # a fund, with a count before it
    "重点扶持新能源和智能网联汽车、氢能",  # a technical term ending in an industry word
    "(以下简称“基金”),基金认缴出资总额为",  # a fund, defined or not, is no organisation
    "无锡梁溪空天创投基金领投。",          # a fund named after its manager's head word
    "VIP贵宾厅博彩收益上升",               # a room, not a government office
    "股份转让协议生效且公司支付全部代价后",  # a conjunction before a bare head
    "年并网光伏发电能力可达",              # a common word ending in a head
    "北宿镇高质量发展新局面",             # a place alone
    "盛源精密制造产业园二期开工",          # a zone, not an organisation
    "济宁能源精密制造产业园建设",          # the zone's name decides the type
    "成立临时党支部,推动党员干部",         # a generic body
    "《济宁市社会招商奖励办法》出台",      # a document title
    "该公司负责运营,本公司不承担",         # not a name
    "深入实施三纵三横路网综合治理",        # a common noun with a head character
    "在上级党委、政府领导下",              # a generic body
    "本报讯 记者从会上获悉",               # not an outlet's name
    "推动科技成果转化,培育高新科技产业",   # industry words used as nouns
    "据报道,孙正义旗下的投资部门",         # a person, not an organisation
    "全镇固定资产投资完成4120万元",         # a place and a common noun invest
    "企业投资5亿元建设",                   # a generic actor
    "项目涵盖智能汽车、新医药、装备制造等领域。",  # sectors, not companies, in a list
    "我代表**镇人民政府向大会报告工作。",   # a redacted name
    "刘秀清闻讯,风风火火地赶到。",          # not a dateline: `闻讯` is one word
    "你拿去为乡亲们办点事吧。",             # people, not an office
    "长期处于高赤字、高通胀率的状态。",     # no short name cut out of a word
    "双方签署了《联合公报》。",             # a document, not a newspaper
    "河南区域总部开业",                     # a place and a common word
    "党委书记在镇村干部会上讲话",           # a generic body
    "项目涵盖智电汽车、新医药、装备制造等领域。",  # sectors, not companies
    "说明高雄半导体产业发展趋势",           # a place's industry
    "司法部门已建立劳教制度",               # departments, not the ministry
    "三大国有航司一季度仍未盈利",           # airlines, no name
    "推动了养老保险制度的社会化",           # a kind of insurance
    "该项目完成融资后开工",                 # a project raises money, not a company
    "对村民进行党的路线教育。",             # `党` standing alone is no party's name
    "签约项目为华信集团宁乡县循环农业生态园项目",  # the park's name decides the type
    "他表示要统一思想。",                   # a listed company's name that is a common word
    "我们在华通大厦开会。",                 # a listed name of two characters before a noun
    "天虹晟大拟作为有限合伙人。",           # a listed name inside a longer name
    "推进国际实业合作。",                   # a listed name made of common words
    "公司的年报(2019)显示盈利。",            # a year in brackets is no stock code
    "人工智能(Artificial Intelligence)发展迅速。",  # a common word glossed in English
    "两家公司签署了“走出去”发展战略合作协议。",  # a slogan in quotes, not a name
    "从58家上市银行的营收结构看",           # listed banks; jieba tags 上市 a place
    "资金将用于推进创新药产品管线",         # 创新 goes on into 创新药
    "日本汽车厂商在全球销售",               # a country's makers, no company
    "控股股东拟转让股份已质押",             # no name after 控股股东 here
    "72家央企总部及广西14个市",             # central state companies, no name
    "中国一汽红旗新能源汽车工厂开工",       # a plant's name decides the type
    "本次交易的标的公司(下称“标的公司”)",  # a generic company defined
    "阿克苏某纺织有限公司总经理说",
    "我们一起到入口处去。",                 # a place, not an office
    "来自主權基金、退休基金等耐心資本機構",  # kinds of funds, no names
    "等三家A股公司披露。A股并购市场告别",    # a market's companies, no name
    "收购日本公司股权",                     # a country's company, no name
    "中国科技巨头们的镁光灯",               # a place's trade, not a company
    "促进泗阳县纺织服装业的产业集聚",       # a place's trade, not a company
    "其余皆引厂进店。",                     # no trade before a name
    "编织袋厂厂房整洁",                     # common words after a trade are no name
    "核准國發基金投資金額4.2億",            # a fund is no organisation
    "园区内的某纺织有限公司,织布车间",      # a withheld name
    "與6間賭牌公司重新簽訂合約",            # counted companies
    "8間資助大學於去年",                    # counted universities
    "与7市13个县级政府达成合作",            # counted governments
    "多間濠賭公司仍未走出",                 # counted companies
    "还包括长春市政府引导基金,认缴",        # a fund named after its sponsor
    "本次在台中擴廠投資約9.7億元",          # a place after `在` invests nothing
    "园区(含湖南大学产学研基地)",           # inside a base's name
    "中国国际贸易中心联合主办",             # a place's trade
    "最终收购标的公司股权。标的公司从事矿产。",  # a generic company, repeated
    "科技公司增多。很多科技公司上市。",     # a trade's companies, repeated
    "支持吉林汽车、高端装备制造等“万亿级”产业体系构建",  # sectors
    "暫居七家獲利金控公司之首",             # counted companies
    "居九大公股銀行之首",                   # a class of banks
    "加計政府政策性不利因素後",             # a verb before a bare government
    "一标段中标金额为2亿元",                # a section of a tender, no company
    "总规模10亿元的复星(重庆)私募股权投资基金揭牌",  # a fund holds no known name
    "公司拟设立投资管理有限公司",           # two trades are no name
    "拟设立两家集团有限公司",               # a count, not a name
    "听取了该集团谢卫江总经理关于项目的汇报",  # a person before a title
    "恒生科技指數報3634點",                 # an index
    "着力做强浙江资本市场",                 # a market
    "重庆水投系公司间接控股",               # a group's companies
    "提升不同機構包括大學在這方面的容量",    # a list's verb before a head
    "充分发挥市属经营性投资公司的功能",      # a class of companies
    "资金来源:自有资金",                    # no source of news
    "评估基准日,确定标的100%股权的评估值",   # a verb before a share
    "我市作为全国首批试点城市",             # a place in a role
    "通过线上线下多种形式对接新产业项目",    # listed names that are phrases
]
# fmt: on


@pytest.mark.parametrize("text,expected", FOUND)
def test_organisations_are_found(nlp, text, expected):
    assert orgs(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_organisations(nlp, text):
    assert orgs(nlp, text) == []


# fmt: off
KINDS = [
    # text, (organisation, kind)
    ("北宿镇党委副书记刘丹出席。", [("北宿镇党委", "party")]),
    ("近年来,定远县委、县政府始终坚持。", [("定远县委", "party"), ("县政府", "government")]),
    ("引进南京宏泰公司投资开发。", [("南京宏泰公司", "company")]),
    ("全速推动璟凡科技投资5亿元风电项目。", [("璟凡科技", "company")]),
    ("来源:人民网-安徽频道", [("人民网-安徽频道", "media")]),
    ("据彭博社报道,孙正义表示。", [("彭博社", "media")]),
    ("聯想之星攜手紅杉中國、百度等投資",
     [("聯想之星", "company"), ("紅杉中國", "company"), ("百度", "company")]),
    ("香港科技大學校长出席。", [("香港科技大學", "education")]),
    ("定远县人民医院开展义诊。", [("定远县人民医院", "health")]),
    ("陕西省慈善协会发起倡议。", [("陕西省慈善协会", "association")]),
    ("推进艾坦姆、孔圣堂等龙头企业。", [("艾坦姆", "company"), ("孔圣堂", "company")]),
    ("本轮由远澜星图领投。", [("远澜星图", "company")]),   # a context of companies
]
# fmt: on


@pytest.mark.parametrize("text,expected", KINDS)
def test_organisations_have_a_kind(nlp, text, expected):
    assert [(e.text, e._.kind) for e in nlp(text).ents if e.label_ == "ORG"] == expected


NAME_PARTS = list("公司集团有限股份控股香港中国商等、，。(（)）“”「」以下简称")
NAME_PARTS += list("省市县委局部党工开发区银行020.SH")


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(NAME_PARTS) | st.characters(blacklist_categories=("Cs",)),
        max_size=60,
    )
)
def test_any_text_gives_spans_inside_it(nlp, text):
    """Any text the reader lets through (lone surrogates are error records) is tagged."""
    for e in nlp(text).ents:
        assert 0 <= e.start_char < e.end_char <= len(text)
        assert e.label_ in ("ORG", "MONEY")
