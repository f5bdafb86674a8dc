"""One table per form of writing money, each with negative cases (rows that are not money).

Each positive row: text, span, value, value_max, currency, qualifier (values as exact
decimals). Each negative row: a text in which the grammar must find nothing.
"""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.money.conftest import found


def _check(grammar, text, span, value, value_max, currency, qualifier):
    result = found(grammar, text)
    assert len(result) == 1, result
    got_span, got_value, got_max, got_currency, got_qualifier = result[0]
    assert got_span == span
    assert Decimal(got_value) == Decimal(value)
    assert (Decimal(got_max) if got_max else None) == (Decimal(value_max) if value_max else None)
    assert (got_currency, got_qualifier) == (currency, qualifier)


# fmt: off
ARABIC = [
    ("税收2.61亿元", "2.61亿元", "261000000", None, "CNY", "exact"),
    ("合同额1,200.5万元", "1,200.5万元", "12005000", None, "CNY", "exact"),
    ("注册资本1,000万元", "1,000万元", "10000000", None, "CNY", "exact"),
    ("港幣23,000,000元", "港幣23,000,000元", "23000000", None, "HKD", "exact"),
    ("收入２．６１亿元", "２．６１亿元", "261000000", None, "CNY", "exact"),
    ("资金１，２００万元", "１，２００万元", "12000000", None, "CNY", "exact"),
    ("产值2﹒5亿元", "2﹒5亿元", "250000000", None, "CNY", "exact"),
    ("总产值 15.16 亿元,", "15.16 亿元", "1516000000", None, "CNY", "exact"),
    ("市值7500 亿日元", "7500 亿日元", "750000000000", None, "JPY", "exact"),
    ("以自有资金 9,670 万元收购", "9,670 万元", "96700000", None, "CNY", "exact"),
    ("售价6.30元/股", "6.30元", "6.30", None, "CNY", "exact"),
    ("捐款500元", "500元", "500", None, "CNY", "exact"),
    ("1億779萬6,091.52美元", "1億779萬6,091.52美元", "107796091.52", None, "USD", "exact"),
    ("财政收入 1121 万 元 ,", "1121 万 元", "11210000", None, "CNY", "exact"),
    ("公司Zymergen7500万美元的投资", "7500万美元", "75000000", None, "USD", "exact"),
    ("归母净利润-2.34亿元。", "-2.34亿元", "-234000000", None, "CNY", "exact"),   # a loss
    ("净亏损－1.5万元", "－1.5万元", "-15000", None, "CNY", "exact"),
    ("收益升約六成七至34.35億元", "34.35億元", "3435000000", None, "CNY", "exact"),  # 六成七: 67%
]
ARABIC_NOT = ["增长19.54%", "第1,200名", "编号2.61", "共1,200人", "2022.5.1", "投资建设100兆瓦光伏"]

CHINESE = [
    ("奖金十二万元", "十二万元", "120000", None, "CNY", "exact"),
    ("花了两万块钱", "两万块钱", "20000", None, "CNY", "exact"),
    ("价值一千零五十元", "一千零五十元", "1050", None, "CNY", "exact"),
    ("共计一百二十四点七七亿元", "一百二十四点七七亿元", "12477000000", None, "CNY", "exact"),
    ("市值達三十五．三九兆元", "三十五．三九兆元", "35390000000000", None, "CNY", "exact"),
    ("金额壹佰万圆整", "壹佰万圆", "1000000", None, "CNY", "exact"),
    ("人民币贰拾叁万肆仟伍佰陆拾柒元", "人民币贰拾叁万肆仟伍佰陆拾柒元", "234567", None, "CNY",
     "exact"),
    ("提供伍拾億元的授信", "伍拾億元", "5000000000", None, "CNY", "exact"),
    ("投入3千万元", "3千万元", "30000000", None, "CNY", "exact"),
    ("融资1亿8千万元", "1亿8千万元", "180000000", None, "CNY", "exact"),
    ("产值2个多亿", "2个多亿", "200000000", None, "CNY", "more_than"),
    ("產值可達15個億", "15個億", "1500000000", None, "CNY", "exact"),
    ("捐贈三萬圓", "三萬圓", "30000", None, "CNY", "exact"),
    ("二〇〇万元", "二〇〇万元", "2000000", None, "CNY", "exact"),
    ("營收一點○五兆元", "一點○五兆元", "1050000000000", None, "CNY", "exact"),
    ("一万零五百元", "一万零五百元", "10500", None, "CNY", "exact"),
]
CHINESE_NOT = ["十分重要", "一块热土", "多元化发展", "三元里", "二元结构", "万元户", "一万多名群众",
               "千万不要", "一百二十四个村", "数十家企业", "第一万元户"]

MAGNITUDES = [
    ("总投资超百亿", "百亿", "10000000000", None, "CNY", "more_than"),
    ("超百亿元项目", "百亿元", "10000000000", None, "CNY", "more_than"),
    ("共引进过千万元的项目", "千万元", "10000000", None, "CNY", "more_than"),
    ("投资千万元", "千万元", "10000000", None, "CNY", "exact"),
    ("投资百万元", "百万元", "1000000", None, "CNY", "exact"),
    ("融资十几亿元", "十几亿元", "1000000000", None, "CNY", "more_than"),
    ("市值3万亿元", "3万亿元", "3000000000000", None, "CNY", "exact"),
    ("资产1.2万亿", "1.2万亿", "1200000000000", None, "CNY", "exact"),
    ("奖励十万元", "十万元", "100000", None, "CNY", "exact"),
    ("收入几十万元", "几十万元", "100000", None, "CNY", "more_than"),
    ("价值数百万元", "数百万元", "1000000", None, "CNY", "more_than"),
]
MAGNITUDES_NOT = ["亿元以上项目", "4笔上亿元捐赠", "金额达到亿元及以上", "总投资超亿美元",
                  "百亿级产业园", "百亿元量级", "打造千亿产业集群", "百亿强企", "突破千亿大关"]

QUALIFIERS = [
    ("总投资约9.38亿元", "9.38亿元", "938000000", None, "CNY", "approx"),
    ("投资近2亿欧元", "2亿欧元", "200000000", None, "EUR", "approx"),
    ("收入超30万元", "30万元", "300000", None, "CNY", "more_than"),
    ("超过6亿美元的融资", "6亿美元", "600000000", None, "USD", "more_than"),
    ("营收逾5亿元", "5亿元", "500000000", None, "CNY", "more_than"),
    ("收入突破10亿元", "10亿元", "1000000000", None, "CNY", "more_than"),
    ("投资至少3亿元", "3亿元", "300000000", None, "CNY", "at_least"),
    ("资本不低于5000万元", "5000万元", "50000000", None, "CNY", "at_least"),
    ("价格低于10元", "10元", "10", None, "CNY", "less_than"),
    ("不到3亿美元", "3亿美元", "300000000", None, "USD", "less_than"),
    ("不足100万元", "100万元", "1000000", None, "CNY", "less_than"),
    ("最多5000元", "5000元", "5000", None, "CNY", "at_most"),
    ("不超过伍拾億元", "伍拾億元", "5000000000", None, "CNY", "at_most"),
    ("5亿元以上的项目", "5亿元", "500000000", None, "CNY", "at_least"),
    ("1000万元及以上大额捐赠", "1000万元", "10000000", None, "CNY", "at_least"),
    ("100万元以下的项目", "100万元", "1000000", None, "CNY", "at_most"),
    ("投资3亿元左右", "3亿元", "300000000", None, "CNY", "approx"),
    ("收入5万元上下", "5万元", "50000", None, "CNY", "approx"),
    ("引进资金2600余万元", "2600余万元", "26000000", None, "CNY", "more_than"),
    ("税收5000多万元", "5000多万元", "50000000", None, "CNY", "more_than"),
    ("达1.8亿余元", "1.8亿余元", "180000000", None, "CNY", "more_than"),
    ("最多约5亿元", "5亿元", "500000000", None, "CNY", "at_most"),
    ("总额达10.4亿元", "10.4亿元", "1040000000", None, "CNY", "exact"),
    ("总投资达到26.6亿元", "26.6亿元", "2660000000", None, "CNY", "exact"),
    ("（約折合1億335萬5,612美元）", "1億335萬5,612美元", "103355612", None, "USD", "approx"),
    ("總投資95.8億多元", "95.8億多元", "9580000000", None, "CNY", "more_than"),
    ("通过5亿元授信", "5亿元", "500000000", None, "CNY", "exact"),
]
QUALIFIERS_NOT = ["约5万人", "超过8万吨", "近3100余人", "以上5个项目", "逾1320亩"]

RANGES = [
    ("投资5至10亿元", "5至10亿元", "500000000", "1000000000", "CNY", "range"),
    ("投资5-10亿元", "5-10亿元", "500000000", "1000000000", "CNY", "range"),
    ("奖励1万-5万元", "1万-5万元", "10000", "50000", "CNY", "range"),
    ("月薪两到三万港元", "两到三万港元", "20000", "30000", "HKD", "range"),
    ("2笔5000万元至亿元捐赠", "5000万元至亿元", "50000000", "100000000", "CNY", "range"),
    ("35笔1000万元至5000万元捐赠", "1000万元至5000万元", "10000000", "50000000", "CNY", "range"),
    ("收入3到5万元", "3到5万元", "30000", "50000", "CNY", "range"),
    ("估值10~20亿美元", "10~20亿美元", "1000000000", "2000000000", "USD", "range"),
]
RANGES_NOT = ["2019-2020年", "第3至5名", "3到5人", "5-10吨", "毛利升六成七至三成"]

CURRENCIES = [
    ("人民币5亿元", "人民币5亿元", "500000000", None, "CNY", "exact"),
    ("5亿元人民币", "5亿元人民币", "500000000", None, "CNY", "exact"),
    ("融资55亿美元", "55亿美元", "5500000000", None, "USD", "exact"),
    ("2000万美金", "2000万美金", "20000000", None, "USD", "exact"),
    ("总投资近2亿欧元", "2亿欧元", "200000000", None, "EUR", "approx"),
    ("發行市值115億港元", "115億港元", "11500000000", None, "HKD", "exact"),
    ("3000万港币", "3000万港币", "30000000", None, "HKD", "exact"),
    ("日幣150億元", "日幣150億元", "15000000000", None, "JPY", "exact"),
    ("5000万日元", "5000万日元", "50000000", None, "JPY", "exact"),
    ("200万英镑", "200万英镑", "2000000", None, "GBP", "exact"),
    ("新台幣62.3億元", "新台幣62.3億元", "6230000000", None, "TWD", "exact"),
    ("每人5块", "5块", "5", None, "CNY", "exact"),
    ("价格三元", "三元", "3", None, "CNY", "exact"),
    ("￥1,200.5", "￥1,200.5", "1200.5", None, "CNY", "exact"),
    ("¥300", "¥300", "300", None, "CNY", "exact"),
    ("$2.5亿", "$2.5亿", "250000000", None, "USD", "exact"),
    ("US$300万", "US$300万", "3000000", None, "USD", "exact"),
    ("HK$1,000", "HK$1,000", "1000", None, "HKD", "exact"),
    ("€500", "€500", "500", None, "EUR", "exact"),
    ("100万澳元", "100万澳元", "1000000", None, "AUD", "exact"),
    ("50亿韩元", "50亿韩元", "5000000000", None, "KRW", "exact"),
    ("澳門幣肆佰玖拾萬元整", "澳門幣肆佰玖拾萬元", "4900000", None, "MOP", "exact"),
    ("澳门币300万元", "澳门币300万元", "3000000", None, "MOP", "exact"),
    ("派末期息15港仙", "15港仙", "0.15", None, "HKD", "exact"),   # cents
]
CURRENCIES_NOT = ["美元汇率", "人民币国际化", "欧元区", "港元兑美元", "$ABC"]

CONTEXT = [
    ("争取资金618万,用于", "618万", "6180000", None, "CNY", "exact"),
    ("璟凡科技投资5亿建设", "5亿", "500000000", None, "CNY", "exact"),
    ("营收3.2亿,同比增长", "3.2亿", "320000000", None, "CNY", "exact"),
    ("市值超120亿", "120亿", "12000000000", None, "CNY", "more_than"),
    ("总投资超百亿", "百亿", "10000000000", None, "CNY", "more_than"),
    ("利稅1.2億。", "1.2億", "120000000", None, "CNY", "exact"),
    ("财政总收入突破10亿达到", "10亿", "1000000000", None, "CNY", "more_than"),
    ("净利润1.5亿,", "1.5亿", "150000000", None, "CNY", "exact"),
    ("交易额达20万亿,", "20万亿", "20000000000000", None, "CNY", "exact"),
    ("融资 3 亿,", "3 亿", "300000000", None, "CNY", "exact"),
]
CONTEXT_NOT = [
    "年产8万吨玻纤", "获配4761.90万股",
    "吸纳就业3100余人", "占地1320亩", "建筑面积18万平方米", "增长19.54%",
    "17个项目", "电话5412001", "2022年", "9时30分", "人口5亿", "投资5亿吨级码头",
    "全镇3万人", "投资项目15个", "产值增长3.2亿吨",
]
# fmt: on

POSITIVE = {
    "arabic": ARABIC,
    "chinese": CHINESE,
    "magnitudes": MAGNITUDES,
    "qualifiers": QUALIFIERS,
    "ranges": RANGES,
    "currencies": CURRENCIES,
    "context": CONTEXT,
}
NEGATIVE = {
    "arabic": ARABIC_NOT,
    "chinese": CHINESE_NOT,
    "magnitudes": MAGNITUDES_NOT,
    "qualifiers": QUALIFIERS_NOT,
    "ranges": RANGES_NOT,
    "currencies": CURRENCIES_NOT,
    "context": CONTEXT_NOT,
}


@pytest.mark.parametrize(
    "text,span,value,value_max,currency,qualifier",
    [row for rows in POSITIVE.values() for row in rows],
)
def test_money_forms(grammar, text, span, value, value_max, currency, qualifier):
    _check(grammar, text, span, value, value_max, currency, qualifier)


@pytest.mark.parametrize("text", [row for rows in NEGATIVE.values() for row in rows])
def test_not_money(grammar, text):
    assert found(grammar, text) == []


def test_the_tables_cover_the_forms():
    positives = sum(map(len, POSITIVE.values()))
    negatives = sum(map(len, NEGATIVE.values()))
    assert positives + negatives >= 120 and negatives >= 30


@given(st.text(max_size=40))
def test_spans_are_inside_the_text_and_never_empty(grammar, text):
    for m in grammar.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert not text[m.start].isspace() and not text[m.end - 1].isspace()
