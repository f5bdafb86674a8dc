from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

# fmt: off
MONEY = [
    # text, span, value, value_max, currency, qualifier
    ("实现税收2.61亿元", "2.61亿元", "261000000", None, "CNY", "exact"),
    ("引进资金2600余万元", "2600余万元", "26000000", None, "CNY", "more_than"),
    ("争取资金618万,用于", "618万", "6180000", None, "CNY", "exact"),
    ("5亿元以上的项目", "5亿元", "500000000", None, "CNY", "at_least"),
    ("总投资约9.38亿元", "9.38亿元", "938000000", None, "CNY", "approx"),
    ("超过6亿美元的融资", "6亿美元", "600000000", None, "USD", "more_than"),
    ("不到3亿美元", "3亿美元", "300000000", None, "USD", "less_than"),
    ("不超过伍拾億元", "伍拾億元", "5000000000", None, "CNY", "at_most"),
    ("1000万元及以上", "1000万元", "10000000", None, "CNY", "at_least"),
    ("最多约5亿元", "5亿元", "500000000", None, "CNY", "at_most"),
    ("达1.8亿余元", "1.8亿余元", "180000000", None, "CNY", "more_than"),
    ("人民币12500万元", "人民币12500万元", "125000000", None, "CNY", "exact"),
    ("以新台幣62.3億元增資", "新台幣62.3億元", "6230000000", None, "TWD", "exact"),
    ("日幣150億元", "日幣150億元", "15000000000", None, "JPY", "exact"),
    ("發行市值115億港元", "115億港元", "11500000000", None, "HKD", "exact"),
    ("近两亿欧元", "两亿欧元", "200000000", None, "EUR", "approx"),
    ("7500 亿日元", "7500 亿日元", "750000000000", None, "JPY", "exact"),
    ("财政收入 1121 万 元 ,", "1121 万 元", "11210000", None, "CNY", "exact"),
    ("5至10亿元", "5至10亿元", "500000000", "1000000000", "CNY", "range"),
    ("5-10亿元", "5-10亿元", "500000000", "1000000000", "CNY", "range"),
    ("1万-5万元", "1万-5万元", "10000", "50000", "CNY", "range"),
    ("两到三万港元", "两到三万港元", "20000", "30000", "HKD", "range"),
    ("2笔5000万元至亿元捐赠", "5000万元至亿元", "50000000", "100000000", "CNY", "range"),
    ("总投资超百亿", "百亿", "10000000000", None, "CNY", "more_than"),
    ("超百亿元项目", "百亿元", "10000000000", None, "CNY", "more_than"),
    ("共引进过千万元的项目", "千万元", "10000000", None, "CNY", "more_than"),
    ("财政总收入突破10亿达到", "10亿", "1000000000", None, "CNY", "more_than"),
    ("產值可達15個億", "15個億", "1500000000", None, "CNY", "exact"),
    ("营收3.2亿", "3.2亿", "320000000", None, "CNY", "exact"),
    ("每股6.30元", "6.30元", "6.30", None, "CNY", "exact"),
    ("￥1,200.5", "￥1,200.5", "1200.5", None, "CNY", "exact"),
    ("US$300", "US$300", "300", None, "USD", "exact"),
    ("公司Zymergen7500万美元的投资", "7500万美元", "75000000", None, "USD", "exact"),
    ("壹佰万圆整", "壹佰万圆", "1000000", None, "CNY", "exact"),
]
NOT_MONEY = [
    "年产8万吨玻纤", "吸纳就业3100余人", "占地1320亩", "建筑面积18万平方米",
    "增长19.54%", "17个项目", "电话5412001", "2022年", "亿元以上项目",
    "4笔上亿元捐赠", "金额达到亿元及以上", "总投资超亿美元", "百亿级产业园",
    "打造千亿产业集群", "突破千亿大关", "是一块投资的热土", "多元化发展", "十分重要",
    "第一万元户",
]
# fmt: on


@pytest.mark.parametrize("text,span,value,value_max,currency,qualifier", MONEY)
def test_money_forms(grammar, text, span, value, value_max, currency, qualifier):
    found = grammar.find(text)
    assert len(found) == 1, [text[m.start : m.end] for m in found]
    m = found[0]
    assert text[m.start : m.end] == span
    assert m.value == Decimal(value)
    assert m.value_max == (Decimal(value_max) if value_max else None)
    assert (m.currency, m.qualifier) == (currency, qualifier)


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(grammar, text):
    assert [text[m.start : m.end] for m in grammar.find(text)] == []


@given(st.text(max_size=40))
def test_spans_are_inside_the_text_and_never_empty(grammar, text):
    for m in grammar.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert not text[m.start].isspace() and not text[m.end - 1].isspace()
