"""ORG rules: organisation names from heads, a gazetteer, contexts, lists, and aliases.

All rules read the original text and the pkuseg tokens; none changes them. Each rule returns
character spans with the name of the rule as `source`, so the dataset can say which rule made
each entity and the README can measure each rule on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token

from ..tokenizer import doc_text

ADMIN_LEVELS = "省市县区镇乡州旗村"
"""Bare administrative levels that stand for an implied place (`市委`, `镇党委`)."""
LEVEL_WORDS = ("自治区", "自治州", "自治县", "自治旗", "特区", "特别行政区")
"""Administrative levels of more than one character (`自治区党委`, `香港特区政府`)."""
NATIONAL_LEVELS = ("国家", "中央", "全国", "联邦")
"""Words that stand for the nation as a level stands for a place (`国家税务局`, `中央党校`)."""
PARTY_ORGANS = ("部", "纪委", "政法委")
"""Ends of the Party committee's organs, which a text names on their own (`宣传部部长`)."""
ZONE_ORGANS = ("管委会", "党工委")
"""The organs of a zone, which a text names on their own (`管委会`)."""
PARTY_PREFIXES = ("中共", "中国共产党", "共青团")
"""The Party or its League before a place's committee: one name (`中共河北省委`)."""
LEADER_TITLES = ("董事长", "副董事长", "总裁", "副总裁", "总经理", "创始人", "联合创始人", "CEO")
"""Evidence words that name a company's leaders: strong enough to make a name of common
words (`航天建设董事长`)."""
ROLE_ENDINGS = ("方", "人", "者")
"""Endings of the roles a contract defines for its parties (`受让方`, `发行人`)."""
STATION_HEADS = ("办事处", "联络处", "代表处", "办")
GOVERNMENT_UNITS = ("办公室", "办公厅", "新闻办", "委员会", "委会")
"""Heads of a government's unit named after the government (`人民政府新闻办公室`,
`立法會財委會`)."""
PARTY_ORGANS_OF_BODIES = ("党委", "党组", "纪委", "党工委")
"""The Party's committees inside a body (`浙江大学党委`, `国元保险党委`)."""
SOLE_UNITS = ("办公室", "办公厅", "新闻办")
"""Units a government has one of, which need no name of their own (`县政府办公室`)."""
JOINING_SOURCES = ("org_heads", "org_gazetteer", "org_listed", "org_corpus", "org_aliases")
"""Sources of names that a head name written right after them joins (`中信` + `欧洲有限公司`)."""
"""Heads of a government's office in another place (`驻北京办事处`)."""
SHARE_VERBS = ("持有", "所持", "持", "增持", "减持", "认购", "受让", "转让", "出售", "收购", "买入")
"""Verbs of shares: `股份` after a name they govern is shares, not a company
(`持有银泰黄金股份`)."""
CONJUNCTIONS = ("和", "与", "及")
VAGUE_CLASSES = ("企业", "单位", "机构")
"""Classes after a list that may list trades (`储能电池、电动自行车等下游企业`): its items
need a proper word or a head to be names."""
CLASS_NOUNS = ("企业", "公司", "集团", "单位")
"""Nouns of a class that stand before a company's name (`龙头企业/大亚人造板集团有限公司`);
a registered name holds them (`华润企业集团`) but never starts with one."""
LIST_CONJUNCTIONS = (*CONJUNCTIONS, "以及")
"""Words that join two fields in one government body's name (`自然资源和规划局`)."""
TITLES = ("副部长", "副局长", "副主任", "部长", "局长", "厅长", "主任", "主委", "书记", "长")
"""Job titles that pkuseg glues to a body's head (`外交部长`); never part of the name."""
SECTOR_NOUNS = ("产业", "行业", "市场", "领域", "板块", "品牌")
"""Nouns of sectors: a place and an industry word before one name a sector, not a company."""
NAMED_KINDS = ("company", "finance", "government", "party")
"""Kinds of head whose name needs a proper word or a place (not `一家投资公司`, `上级党委`)."""
ENTITY_KINDS = ("company", "government", "party", "media", "education", "health", "association")
"""The `kind` an ORG entity carries; anything else is `other`. Banks, insurers and industry
short names (`璟凡科技`) are companies."""
_HEAD_KIND = {"finance": "company", "industry": "company"}
BODY_KINDS = ("government", "party", "media", "education", "health", "association")
CONTEXT_SOURCES = (
    "org_lists",
    "org_contexts",
    "org_evidence",
    "org_actors",
    "org_codes",
    "org_trades",
)
"""Rules that find a name by its context, not by its form: the name recurs without it."""

_NAME_TOKEN = re.compile(r"^(?:(?!丨)[\u4e00-\u9fffA-Za-z·&＆])+$")
"""A word a name can hold; `丨` is a separator (`6月23日丨粤高速A`), though a CJK character."""
_GLUED_PUNCTUATION = re.compile(r"(?:[^\u4e00-\u9fffA-Za-z0-9\s]|丨)+(?=[\u4e00-\u9fffA-Za-z])")
_REDACTION = re.compile(r"[*＊×]")
_NAME_JOINERS = "·・-－&＆'’."
"""Punctuation that joins the parts of one name."""
"""Marks of a redacted name (`**镇人民政府`): no name is tagged there."""
_NUMERIC = re.compile(r"^[零〇一二两三四五六七八九十百千万亿萬億元圆余多几家个]+$")
_ANONYMISED = "某"
"""A name with `某` in it is withheld (`阿克苏某纺织有限公司`): no name."""
_SELF_GOVERNED = re.compile(r"(?:[\u4e00-\u9fff]{1,3}族)*自治")
"""What follows a people's name in an autonomous place's: more peoples, then `自治`
(`海西蒙古族藏族自治州`)."""
_UNIT_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")
_QUOTED_TITLE = re.compile(r"《[^《》\n]{0,150}》")
_TITLED_OUTLET = re.compile(
    r"《(?P<name>[\u4e00-\u9fffA-Za-z]{1,12}(?:报|杂志|周刊|月刊|画报|通讯社|新闻社))"
    r"(?:[0-9]{1,2}日(?:专讯|电|讯))?》"
)
"""A newspaper, magazine or agency named by its title (`《天津日报》`), or by its wire's
dateline (`《經濟通通訊社12日專訊》`): the outlet itself."""
_MEDIA_CHANNEL = re.compile(
    r"[-－—]?[\u4e00-\u9fff]{2,4}频道|[\u4e00-\u9fff]{2,3}站(?![\u4e00-\u9fff])"
    r"|·[\u4e00-\u9fff]{2,4}新闻|·[\u4e00-\u9fff]{2,3}(?=记者|编辑|讯|[^\u4e00-\u9fff]|$)"
    r"|客户端|海外版|英文版|(?:APP|App|app)(?![A-Za-z·])|(?:新闻|经济|交通|文艺|音乐)广播"
)
_LIST_ITEM = (
    r"(?:[A-Za-z][A-Za-z0-9&. \-]{0,28}[A-Za-z0-9.]|[\u4e00-\u7b48\u7b4a-\u9fffA-Za-z]{2,10})"
)
"""An item of a list: a name in Latin letters, or up to ten characters without `等` (U+7B49)."""
_LIST_CLASSES = (
    r"(?P<cls>企业|公司|单位|厂商|厂家|集团|投资人|投资者|投资机构|投资方|机构|媒体|股东|对手|巨头"
    r"|车企|药企|房企|险企|券商|银行|台商|外商|业者)"
)
_LIST_ITEMS = re.compile(
    rf"((?:{_LIST_ITEM}、)+{_LIST_ITEM})"
    r"(?:等(?:[0-9一二三四五六七八九十百几多余]+[家个])?|[0-9一二三四五六七八九十百几多余]+家)"
    rf"[\u4e00-\u9fffA-Z]{{0,5}}?{_LIST_CLASSES}"
)
_LIST_INTRODUCED = re.compile(
    rf"{_LIST_CLASSES}(?:[共计有]?[0-9一二三四五六七八九十百几多余]+[家个])?[,，:：]?"
    r"(?:分别为|分别是|依次为|包括|包含)[:：]?"
)
"""A class that introduces the list of its members: `企业共15家,分别为物美、钱大妈、天虹`."""
_INTRODUCED_ITEMS = re.compile(
    rf"((?:{_LIST_ITEM}、)+{_LIST_ITEM}(?:(?:以及|及|和|与){_LIST_ITEM})?)"
    r"(?=[。；;，,！!？?\n]|等|$)"
)
"""The items of an introduced list, up to the end of its clause."""
_SITE_WORDS = ("网站", "官网", "官方网站", "微信公众号", "公众号", "官方微博", "微博")
"""A body's channels, which a source may name instead of the body (`据北京市政府网站消息`)."""
_FOREIGN_LISTING = re.compile(r"[-－]KY(?:公司)?(?![A-Za-z])")
"""Taiwan's mark of a listed company registered abroad, after its name: `臻鼎-KY`."""
_TYPE = ("型", "系")
"""Words of a type or a family that end a class, not a name: `银行型金控`, `科技型企业`,
`重庆水投系公司` (the companies of a group)."""
_FOREIGN_INVESTOR = re.compile(
    r"[\u4e00-\u9fff]商(?P<name>[A-Z][A-Z0-9&.'’/\-]*(?:[ \t]*[(（]?[A-Z0-9&.,'’/\-]+[)）]?)+)"
    r"(?=\s*[\u4e00-\u9fff，,；;。])"
)
"""A company from abroad in capitals after its origin (`美商`, `英屬開曼群島商`)."""
_ORIGINS = "美日英德法韩港台陆中荷瑞澳加新泰星"
"""Origins of one character before 商: `美商`, `日商`, `港商`."""
_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-Z][A-Z0-9&.\-]+)+(?=\s*[\u4e00-\u9fff，,；;。)）])")
"""Words in capitals after a Latin legal form, up to the Chinese text: `CORPORATION JAPAN`."""
_ROUND = re.compile(r"(?:天使|种子|[A-Za-z][+＋]?\d?)轮$")
"""A round of financing (`天使轮`, `A轮`, `B+轮`), which a name before a verb of investing
may look like (`在天使轮投资了200万元`)."""
_OWNED_ZONES = ("生产基地", "研发基地", "产业基地", "基地", "产业园", "工业园", "园区")
"""A company's plant or park named by the company alone: `特步集团生产基地`."""
_COUNT = r"(?:[0-9]+|[一二三四五六七八九十两几多数]+)"
_COUNTED = re.compile(rf"(?:这|一|首|第一|{_COUNT})[家所间][^，,。；;！？!?、\n]*$")
"""A measure word of firms or schools before a class noun in its clause: `这家…公司`,
`第一家…公司`, `7所高等学校`."""
_COUNTED_BODIES = re.compile(rf"{_COUNT}个$")
"""A count of bodies right before a name: `4个省辖市政府` are a class."""
_LOCATIVES = ("在", "于", "赴", "到")
"""Prepositions that make the words after them a place, not an actor."""
_CLASS_ENDINGS = (
    *("母公司", "子公司", "孙公司", "子集团", "连锁店", "机构"),
    *("赌企", "车企", "房企", "药企", "央企", "国企"),
)
"""Words of a class of companies that may stand before a company's name."""
_HONORIFICS = ("先生", "女士")
"""Words after a person's name, never after an organisation's."""
_REPEATED_HEADS = ("公司", "集团")
"""Heads after a common word that a document may repeat as a company's short name."""
_FUND = "基金"
_FUND_KINDS = ("引导", "投资", "发展")
"""Verbs that name a kind of fund right before `基金`: `政府/引导/基金`."""
"""A fund that invests is no organisation (`國發基金投資`): the guidelines leave funds out."""
_TRADE_NOUN = re.compile(r"[商厂](?=[\u4e00-\u9fffA-Za-z])")
"""The end of a maker's or trader's noun (`设备厂`, `制造商`) that a company's name follows."""
_SHORT_TRADES = ("厂商", "大厂", "药厂", "车厂", "酒厂")
"""Trades of two characters; other two-character words ending in 商 or 厂 are rarely trades
(`引厂`, `富商`)."""
_NO_TRADES = (
    "招商",
    "营商",
    "电商",
    "客商",
    "富商",
    "外商",
    "工厂",
    "电厂",
    "水厂",
    "新厂",
)
"""Words ending in 商 or 厂 that name no trade a company is named after."""
_AMOUNT_ITEM = re.compile(
    r"(?:^|(?<=[、:：,，;；\n]))(?!第)([\u4e00-\u9fffA-Za-z]{2,10})([(（][^()（）、\n]{1,14}[)）])"
    r"(?=、|及|和|与|等|的)"
)
"""A list item with an amount in brackets after it: `博泰车联网(15亿元)、`."""
_AMOUNT_LIST = re.compile(r"[^。；;！？!?\n]*、[^。；;！？!?\n]*")
"""A sentence that holds a list (its items may hold commas inside brackets)."""
_LIST_RUN = re.compile(rf"(?:{_LIST_ITEM}、)+{_LIST_ITEM}")
"""A list of items joined by `、`."""
_DEFINES = r"(?:以下简称|以下称|下称|简称)[:：]?\s*"
_QUOTED_NAMES = (
    r"((?:[“\"「『][^“”\"「」『』()（）\n]{2,12}[”\"」』](?:或|、|,|，|及)?)+)"
    r"[^()（）\n]{0,30}[)）]"
)
"""Quoted short names up to the closing bracket of their definition."""
_CODE_FIRST = r"(?:[0-9]{4,6}(?:\.[A-Za-z]{2})?[,，]\s*)?"
_DEFINED_NAMES = re.compile(rf"[(（]{_CODE_FIRST}(?:{_DEFINES})?{_QUOTED_NAMES}")
"""A short name defined right after a full name: `(以下简称“驰星睿启”)`, `(简称“罗牛山”)`,
`(下称“中国银泰”,银泰黄金原控股股东)`, `(600519.SH,下称“茅台”)`."""
_DEFINED_UNQUOTED = re.compile(
    rf"[(（]{_DEFINES}((?:[^“”\"「」『』()（）\n,，、;；:：]{{1,16}}、)*"
    rf"[^“”\"「」『』()（）\n,，、;；:：]{{2,16}}?)\s*[)）]"
)
"""Short names defined without quotes: `(以下简称华海药业)`, `(下稱CAYMAN SPV)`,
`(以下简称公司、本公司、重庆水务)`."""
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]+)[”\"」』]")
_FINANCE_TRADES = ("投资", "资本", "创投", "产投", "证券", "信托", "金控", "资产管理", "投资管理")
"""Finance trades a company's short form drops (`明凯投资有限公司` → `明凯`)."""
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.\- ]*$")
"""A list item in Latin letters with a capital, which a Chinese text writes for a name."""
_HEADED_SOURCES = (
    "org_heads",
    "org_gazetteer",
    "org_listed",
    "org_latin",
    "org_codes",
    "org_titles",
)
"""Rules that find a name by its head, a fact or a code, not by its context alone."""
_PERSONS_WORDS = ("董事长", "总经理", "总裁", "副总裁", "创始人", "首席执行官", "旗下")
"""Words of evidence that follow a person's name as often as an organisation's."""
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+$")
_NOT_AFTER_FIRMS = ("指数", "市场")
"""Words after a trade or finance word that make it an index or a market, not a firm."""
_QUOTE_PAIRS = {"」": "「", "』": "『", "”": "“"}
"""Closing quotes and their opening ones."""
_QUOTED_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&()（）]{2,}$")
"""What quotes around a registered name hold before its legal form."""
_BRACKETED_ACRONYM = re.compile(r" ?[(（]([A-Z][A-Za-z0-9&]{1,9})[)）]")
"""An acronym in brackets right after a name: `软银资本(SBGC)`, `More Wealth Limited (MW)`."""
_BRACKETED_LATIN = re.compile(
    r"[(（]\s*([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){1,5})\s*(?=[)）,，;；])"
)
"""A name of two or more capitalised Latin words in brackets right after a name, the name
in another script: `逐际动力(LimX Dynamics)`, `香港交易所(Hong Kong Exchange,以下简称…)`."""
_DEFINED_AFTER_LATIN = re.compile(rf"[,，]\s*{_DEFINES}{_QUOTED_NAMES}")
_CODE = (
    r"(?:(?:股票代码|证券代码|代码|[A-Z]股)[:：]?\s*)?"
    r"(?:\d{6}(?:\.(?:SH|SZ|BJ|sh|sz|bj))?|\d{4,5}\.(?:HK|hk)|(?:NYSE|NASDAQ|Nasdaq)[:：]\s*[A-Z.]{1,6}"
    r"|(?!(?:19|20)\d\d\b)\d{3,5}(?![\d.]))"
)
_BRACKETED_SHORT = re.compile(
    rf"[(（]([\u4e00-\u9fff]{{2,6}})(?:[)）]|\s*[,，、;；]\s*{_CODE}\s*[)）])"
)
"""A short name in brackets right after a name, made of its characters: `(投审会)`,
also before its stock code: `(西安旅游,000610.SZ)`."""
_BRACKETED_WORD = r"[(（]([\u4e00-\u9fff]{2,4})[)）]"
_BRACKETED_PLACE = re.compile(_BRACKETED_WORD)
"""A place in brackets after a name's first words: `复星(重庆)私募股权投资基金`."""
_BRACKETED_IN_NAME = re.compile(_BRACKETED_WORD + "$")
"""A place or a legal word in brackets inside a name, read back from where it ends:
`招商美冷(香港)控股有限公司`, `柳州钢铁(集团)公司`."""
_STOCK_CODE = re.compile(rf"[(（]\s*{_CODE}(?:\s*[、,，;；/]\s*{_CODE})*\s*[)）]")
"""A listed company's stock code in brackets after its name: `山东黄金(600547.SH)`, and
Hong Kong's and Taiwan's codes of four or five digits that are no year (`嘉進投資（0310）`)."""
_SECTOR_LIST = re.compile(
    rf"(?:{_LIST_ITEM}、)+{_LIST_ITEM}等(?:[\u4e00-\u9fff]{{0,4}}?|“[^“”\n]{{1,16}}”)"
    r"(?:领域|行业|产业|方面|板块|业态|赛道)"
)
"""A list of sectors, not companies: `涵盖智电汽车、新医药、装备制造等领域`,
`支持长春汽车、高端装备制造等“1个万亿级”产业体系`."""
_LATIN_ONLY = re.compile(r"^[A-Za-z0-9 .&\-]+$")
_APPOSITIVE_LATIN = re.compile(r"[A-Z][A-Za-z&.\-]+(?: [A-Z][A-Za-z&.\-]+){0,3}(?![A-Za-z])")
_DEPENDENCIES = ("英属", "美属", "法属", "荷属")
"""Words before a territory that name the country it belongs to: `英屬維京群島`."""
_LATIN_WORD = r"[A-Z0-9][A-Za-z0-9&'.\-]*,?"


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    source: str
    kind: str = "other"


class _Text:
    """One document as the rules see it: the tokens, and a simplified copy of the text with
    the same offsets, on which every lexicon lookup is made."""

    def __init__(self, doc: Doc, simplified: str):
        self.doc = doc
        self.text = simplified
        offsets = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        self.start_list = [start for start, _ in offsets]
        self.end_list = [start + length for start, length in offsets]
        self.starts = set(self.start_list)
        self.ends = set(self.end_list)

    def token_at(self, char: int) -> Token | None:
        """The token whose text or trailing whitespace holds `char`."""
        if not 0 <= char < len(self.text):
            return None
        return self.doc[bisect_right(self.start_list, char) - 1]

    def word(self, token: Token) -> str:
        return self.text[token.idx : token.idx + len(token.text)]

    def tokens(self, start: int, end: int) -> List[Token]:
        first = bisect_right(self.start_list, start) - 1
        last = bisect_left(self.start_list, end)
        return [self.doc[i] for i in range(first, last)]


class OrgRules:
    """The ORG rules over one document, built from the lexicons under `configs/org/`.

    Lexicons: `heads` (head, kind) rows; `stop_words`, words a name never reaches over
    (function words, the verbs that stand before names); `verbs`, the verbs of a general
    dictionary, which names with a legal form may hold (`联帮机械制造有限公司`) and others
    may not; `function_words`, its pronouns, adverbs, conjunctions and particles, which
    no name holds (`本次`, `这位`); `common_words`, lexicalised words that are not proper names
    (`路网`, `支部`, `高新`); `not_org`, words that end in a head but name no organisation;
    `zone_words`, parks and zones; `places`, place names; `gazetteer` and `learned_names`,
    known names with their kinds (`""` when the head the name ends in should decide);
    `contexts`, regular expressions whose group `name` is an organisation (`来源:X`);
    `latin_legal_forms`, the words that end a company name in Latin letters (`LTD.`);
    `evidence_words`, words after a name that show it is an organisation (`总部`);
    `actor_verbs`, verbs that make the name before them an organisation when an amount of
    money follows (`投资`); `people`, personal names (`孙正义旗下` names no organisation);
    `surnames`, which start the names of people a title after them names (`谢卫江总经理`).

    Lexicons are written in simplified characters. The rules read a simplified copy of the
    text made character by character with `t2s`, so traditional text matches them and every
    offset is still an offset of the original text.
    """

    def __init__(
        self,
        heads: Iterable[Sequence[str]],
        stop_words: Iterable[str],
        verbs: Iterable[str],
        function_words: Iterable[str],
        common_words: Iterable[str],
        not_org: Iterable[str],
        zone_words: Iterable[str],
        gazetteer: Dict[str, str],
        places: Iterable[str],
        contexts: Iterable[str] = (),
        latin_legal_forms: Iterable[str] = (),
        evidence_words: Iterable[str] = (),
        actor_verbs: Iterable[str] = (),
        people: Iterable[str] = (),
        surnames: Iterable[str] = (),
        learned_names: Dict[str, str] | None = None,
        listed: Iterable[str] = (),
        t2s: Dict[str, str] | None = None,
        max_name_chars: int = 18,
    ):
        self.t2s = str.maketrans(t2s or {})
        self.heads: Dict[str, str] = {row[0].translate(self.t2s): row[1] for row in heads}
        self.stop_words = set(stop_words)
        self.function_words = set(function_words)
        self.legal_name_stops = self.stop_words | self.function_words
        self.stops_and_verbs = self.legal_name_stops | set(verbs)
        self.common_words = set(common_words)
        self.not_org = set(not_org)
        self.not_org_after: Dict[str, List[str]] = {}
        for word in self.not_org:
            for head in (word[:k] for k in range(1, len(word))):
                if head in self.heads:
                    self.not_org_after.setdefault(head, []).append(word)
        self.zone_words = tuple(sorted(set(zone_words), key=len, reverse=True))
        self.industry = tuple(
            sorted((h for h, k in self.heads.items() if k == "industry"), key=len, reverse=True)
        )
        trades = {*self.industry, *_FINANCE_TRADES}
        self.trade_endings = tuple(sorted(trades, key=len, reverse=True))
        self.legal_forms = tuple(
            sorted(
                (h for h, k in self.heads.items() if k == "company" and len(h) > 1),
                key=len,
                reverse=True,
            )
        )
        self.contexts = [re.compile(p, re.MULTILINE) for p in contexts]
        self.evidence_pattern = _alternation_pattern(evidence_words)
        self.actor_verbs = set(actor_verbs)
        forms = _alternation_pattern(latin_legal_forms)
        self.latin_pattern = forms and re.compile(
            rf"(?<![A-Za-z0-9])(?:{_LATIN_WORD}[ \t]+){{0,6}}(?:{forms.pattern})(?![A-Za-z])"
        )
        self.max_name_chars = max_name_chars
        self.head_pattern = _alternation_pattern(self.heads)
        self.places = set(places)
        self.people = set(people)
        self.surnames = set(surnames)
        self.gazetteer = self._kinds(gazetteer)
        self.listed = {
            name: "company"
            for name in (name.translate(self.t2s) for name in listed)
            if name not in self.gazetteer and not self._is_ambiguous(name)
        }
        self.learned_names = {
            name: kind
            for name, kind in self._kinds(learned_names or {}).items()
            if name not in self.gazetteer and name not in self.listed
        }
        self.known: Dict[str, Tuple[str, str]] = {
            **{name: ("org_corpus", kind) for name, kind in self.learned_names.items()},
            **{name: ("org_listed", kind) for name, kind in self.listed.items()},
            **{name: ("org_gazetteer", kind) for name, kind in self.gazetteer.items()},
        }
        self.known_prefixes = {name[:k] for name in self.known for k in range(1, len(name) + 1)}

    def find(self, doc: Doc, money: Sequence[Tuple[int, int]] = ()) -> List[Candidate]:
        """Candidates in `doc`; `money` holds the character spans of amounts of money."""
        t = _Text(doc, doc_text(doc).translate(self.t2s))
        blocked = [m.span() for m in _QUOTED_TITLE.finditer(t.text)]
        found = self._described_names(t, self._head_names(t))
        found += self._repeated_names(t, found)
        found += self._gazetteer_names(t) + self._list_names(t)
        found += self._context_names(t) + self._latin_names(t) + self._evidence_names(t)
        found += self._actor_names(t, money) + self._coded_names(t) + self._glossed_names(t)
        found += self._foreign_investors(t)
        found += self._amount_list_names(t, money) + self._trade_names(t)
        found = [c for c in found if not _inside_any(c, blocked)] + self._titled_outlets(t)
        sectors = [m.span() for m in _in_lists(_SECTOR_LIST, t.text)]
        found = [c for c in found if not (_inside_any(c, sectors) and self._is_sector(t, c))]
        found = _merge_adjacent([self._with_unit(t, c) for c in found], self.known, t.text)
        found = _merge_adjacent(found + self._coordinated_names(t, found), self.known, t.text)
        found = _merge_adjacent(found + self._listed_with_names(t, found), self.known, t.text)
        found = _join_stations(t, found)
        aliases = [c for c in self._aliases(t, found) if not _inside_any(c, blocked)]
        found = _merge_adjacent(found + aliases, self.known, t.text)
        people = {t.text[c.start : c.end] for c in found if self._names_a_person(t, c)}
        found = [
            _with_listing_marks(t.text, c)
            for c in _without_people(t.text, found)
            if c.source in _HEADED_SOURCES or t.text[c.start : c.end] not in people
        ]
        return sorted(found, key=lambda c: c.start)

    def _names_a_person(self, t: _Text, c: Candidate) -> bool:
        """Whether a name that a word after it made an organisation is a person's, as that
        word may follow a person too (`谢卫江总经理`, `何鴻燊旗下`): three characters, a
        surname first, no common word after it (`钱大妈`, `江小白` are names), not known."""
        name = t.text[c.start : c.end]
        return (
            c.source == "org_evidence"
            and t.text.startswith(_PERSONS_WORDS, c.end)
            and len(name) == 3
            and _CJK_ONLY.match(name) is not None
            and name[0] in self.surnames
            and name[1:] not in self.common_words
            and name not in self.known
            and not self._head_of(name)
        )

    # Heads ------------------------------------------------------------------------------

    def _head_names(self, t: _Text) -> List[Candidate]:
        found = []
        for m in self.head_pattern.finditer(t.text):
            head_start, end = m.span()
            head, kind = m.group(), self.heads[m.group()]
            unit_of = None
            if not self._ends_name(t, head_start, end):
                continue
            if self._zone_follows(t, end) and not self._owns_zone(t, head, end):
                continue
            if kind == "government" and self._starts_fund(t, end):
                continue  # a fund named after its sponsor (`吉林市政府引导基金`)
            if self._head_goes_on(t, head, head_start):
                continue
            if kind in ("industry", "finance") and t.text.startswith(_NOT_AFTER_FIRMS, end):
                continue  # an index or a market (`恒生科技指数`, `浙江资本市场`)
            if head == "党" and t.word(t.token_at(head_start)) == head:
                continue  # `党` standing alone is the Party in general (`进行党的路线教育`)
            if kind == "industry" and head_start not in t.starts:
                continue
            if kind == "industry":
                start = self._short_name_before(t, head_start)
                if start is not None and self._names_a_sector(t, start, head_start, end):
                    continue
                if start is not None and self._names_a_places_trade(t, start, head_start, end):
                    continue
            elif self._is_legal_form(head):
                start = self._reach_left(t, head_start, self.legal_name_stops)
                start = min(start, self._quoted_start(t, head_start, end))
            else:
                joins = CONJUNCTIONS if kind == "government" else ()
                body = _HEAD_KIND.get(kind, kind) in BODY_KINDS and len(head) > 1
                company = _HEAD_KIND.get(kind, kind) == "company"
                start = self._reach_left(t, head_start, self.stops_and_verbs, joins, body, company)
                if head in CLASS_NOUNS or (body and kind == "association"):
                    start = self._placed_name_start(t, start, head_start)
                if kind in ("government", "other"):
                    unit_of = self._known_body_before(t, head_start)
            if start is not None and _HEAD_KIND.get(kind, kind) == "company":
                start = self._after_class_noun(t, start, head_start)
            if unit_of is not None and unit_of <= start:
                start = unit_of
            elif start is None or not self._is_name(t, start, head_start, head, kind):
                continue
            start = self._known_name_start(t, start, end)
            if self._after_list(t, start) or self._names_shares(t, start, head):
                continue
            counted = head in CLASS_NOUNS or self.heads[head] == "education"
            if counted and _COUNTED.search(t.text, max(0, start - 12), start):
                continue  # a counted class describes (`这家成立仅50天的具身智能技术公司`)
            if _COUNTED_BODIES.search(t.text, max(0, start - 4), start):
                continue  # `4个省辖市政府`
            if kind == "media":
                channel = _MEDIA_CHANNEL.match(t.text, end)
                end = channel.end() if channel else end
            kind = self._kind(head, t.text[start:head_start])
            found.append(Candidate(start, end, "org_heads", kind))
        return found

    def _quoted_start(self, t: _Text, head_start: int, end: int) -> int:
        """Where a registered name starts that quotes enclose whole (`「澳門都市更新股份有限
        公司」`, whose `更新` would stop the reach): after the opening quote, when the quote
        holds only name characters. Else `head_start`."""
        closing = t.text[end : end + 1]
        opening = _QUOTE_PAIRS.get(closing)
        if opening is None:
            return head_start
        quote = t.text.rfind(opening, max(0, head_start - self.max_name_chars), head_start)
        if quote < 0 or not _QUOTED_NAME.match(t.text, quote + 1, head_start):
            return head_start
        return quote + 1

    def _after_class_noun(self, t: _Text, start: int, head_start: int) -> int:
        """Where a company's name starts after a class noun the words before its head hold
        (`龙头企业/大亚人造板集团有限公司`, `母公司/逸仙电商`, `赌企/澳博控股`): a registered
        name holds one only where no proper word follows it (`华润企业集团`,
        `东岭集团股份有限公司`)."""
        cut = start
        for token in t.tokens(start, head_start):
            word, after = t.word(token), token.idx + len(token.text)
            is_class = word in CLASS_NOUNS or word.endswith(_CLASS_ENDINGS)
            if (
                is_class
                and token.idx >= start
                and any(
                    _NAME_TOKEN.match(t.word(k)) and t.word(k) not in self.common_words
                    for k in t.tokens(after, head_start)
                )
            ):
                cut = after
        return cut

    def _repeated_names(self, t: _Text, found: List[Candidate]) -> List[Candidate]:
        """A common word before a bare `公司` or `集团` that the document repeats as a name
        of its own (`火箭公司` five times, `港务公司`): a short name the document uses for one
        company, not a class, when the word names no trade (`科技公司`), no place, no person
        and no generic company (`项目公司`, in `not_org`)."""
        seen: Dict[str, List[Tuple[int, int]]] = {}
        for head in _REPEATED_HEADS:
            for m in re.finditer(head, t.text):
                token = t.token_at(m.start() - 1)
                if m.start() not in t.starts or m.end() not in t.ends or token is None:
                    continue
                if token.whitespace_ or token.idx + len(token.text) != m.start():
                    continue
                word, before = t.word(token), t.token_at(token.idx - 1)
                if before is not None and not before.whitespace_:
                    before_word = t.word(before)
                    if _NAME_TOKEN.match(before_word) and before_word not in self.stops_and_verbs:
                        continue  # a longer name the head rules have judged
                if self._zone_follows(t, m.end()):
                    continue
                if self._may_repeat_as_name(t, word, token.idx + len(token.text), head):
                    seen.setdefault(word + head, []).append((token.idx, m.end()))
        taken = [(c.start, c.end) for c in found]
        return [
            Candidate(start, end, "org_heads", "company")
            for spans in seen.values()
            if len(spans) > 1
            for start, end in spans
            if not any(a < end and start < b for a, b in taken)
        ]

    def _may_repeat_as_name(self, t: _Text, word: str, end: int, head: str) -> bool:
        """Whether `word` before `head` may be a company's short name the document repeats."""
        return (
            len(word) >= 2
            and _NAME_TOKEN.match(word) is not None
            and word not in self.stops_and_verbs
            and word not in self.heads
            and word not in self.people
            and word not in self.not_org
            and word + head not in self.not_org
            and word + head not in self.heads
            and not self._is_place(t, word, end)
            and word[-1] not in ADMIN_LEVELS
            and not _NUMERIC.match(word)
        )

    def _with_unit(self, t: _Text, c: Candidate) -> Candidate:
        """A body with its Party committee right after it (`大唐河南发电有限公司` + `党委`),
        and a government or Party body with a unit of it right after it, in up to two words
        (`广东省人民政府` + `新闻办公室`, `自治区政府` + `新闻办`, `县政府` + `办公室`): a body and
        its organ written together are one name."""
        organ = next((o for o in PARTY_ORGANS_OF_BODIES if t.text.startswith(o, c.end)), "")
        if organ and (c.end + len(organ) in t.ends or c.end + len(organ) in t.starts):
            return Candidate(c.start, c.end + len(organ), c.source, c.kind)
        if c.kind not in ("government", "party"):
            return c
        for word, end in self._name_words(t, c.end, 2, self.stops_and_verbs):
            unit = next((u for u in GOVERNMENT_UNITS if word.endswith(u)), "")
            if unit and (end - c.end > len(unit) or unit in SOLE_UNITS):
                return Candidate(c.start, end, c.source, c.kind)
        return c

    def _known_name_start(self, t: _Text, start: int, end: int) -> int:
        """Where a known name that ends at `end`, or that a legal form ending at `end`
        follows, starts, when the words before it in `start:end` are no place
        (`净利润规模/招商银行`, `巨头/美的集团`, `浙商银行/杭州银行`,
        `对外投资概述/中际旭创股份有限公司`); else `start`."""
        for k in range(end - start - 1, 2, -1):
            s = end - k
            if s not in t.starts:
                continue
            name = t.text[s:end]
            form = next((f for f in self.legal_forms if name.endswith(f)), "")
            if form and len(t.token_at(s - 1).text) < 2:
                continue  # a character cut off before a known name may be a part of it
            if name in self.known or (form and name[: -len(form)] in self.known):
                return start if self._is_place_prefix(t.text[start:s]) else s
        return start

    def _is_place_prefix(self, prefix: str) -> bool:
        """Whether `prefix` places a name: a place (`北京`), a bare level (`市`), a national
        level (`国家`, `瑞士联邦`)."""
        return (
            self._place_prefix(prefix + "X") == prefix  # the place a name `prefix…` starts with
            or prefix[-1] in ADMIN_LEVELS
            or prefix.endswith(NATIONAL_LEVELS)
        )

    def _known_body_before(self, t: _Text, head_start: int) -> int | None:
        """Where a known government body starts whose unit ends at `head_start`: up to three
        words of the unit's name (verbs too) after it (`經濟部/投資/審議/委員會`); None if
        there is none."""
        end = head_start
        for _ in range(4):
            for k in range(2, min(end, 10) + 1):
                name = t.text[end - k : end]
                if self.gazetteer.get(name) == "government" and end - k in t.starts:
                    return end - k if end < head_start else None
            token = t.token_at(end - 1)
            if token is None or token.whitespace_ or token.idx + len(token.text) != end:
                break
            word = t.word(token)
            if not _NAME_TOKEN.match(word) or word in self.function_words or len(word) == 1:
                break
            end = token.idx
        return None

    def _kinds(self, names: Dict[str, str]) -> Dict[str, str]:
        """Simplified names with their kinds; a name without one gets its head's."""
        return {
            name.translate(self.t2s): kind or self.name_kind(name.translate(self.t2s), "other")
            for name, kind in names.items()
        }

    def _kind(self, head: str, before: str = "") -> str:
        """The entity kind of a head; `委` after an administrative level is the Party's
        committee (`市委`, `县委`), not a government commission (`发改委`)."""
        if head == "委" and before and before[-1] in ADMIN_LEVELS:
            return "party"
        kind = self.heads[head]
        kind = _HEAD_KIND.get(kind, kind)
        return kind if kind in ENTITY_KINDS else "other"

    def name_kind(self, name: str, default: str) -> str:
        """The kind of the head a name ends in (`彭博社` → media), else `default`."""
        head = self._head_of(name)
        return self._kind(head) if head else default

    def _head_of(self, name: str) -> str:
        """The longest head `name` ends in (the whole name may be one), or `""`."""
        return next((name[k:] for k in range(len(name)) if name[k:] in self.heads), "")

    def _described_names(self, t: _Text, found: List[Candidate]) -> List[Candidate]:
        """A company described by place and trade, then named in Latin letters
        (`芬兰游戏公司Supercell`): the name is the organisation, the description is not."""
        out, described = [], []
        for c in found:
            latin = _APPOSITIVE_LATIN.match(t.text, c.end)
            head = self._head_of(t.text[c.start : c.end])
            if (
                latin
                and c.kind == "company"
                and not self._has_proper_word(t, c.start, c.end - len(head))
            ):
                out.append(Candidate(latin.start(), latin.end(), "org_latin", "company"))
                described.append((c.start, c.end))
            else:
                out.append(c)
        return [c for c in out if not _inside_any(c, described)]

    def _has_proper_word(self, t: _Text, start: int, end: int) -> bool:
        """Whether the words in `start:end` hold one that is neither a place nor common."""
        return any(
            (word := t.text[max(token.idx, start) : min(token.idx + len(token.text), end)])
            and word not in self.common_words
            and not self._is_place(t, word, token.idx + len(token.text))
            for token in t.tokens(start, end)
        )

    def _ends_name(self, t: _Text, head_start: int, end: int) -> bool:
        """A name ends at a word boundary, or where a job title that pkuseg glued to the
        head starts (`外交部长` → `外交部`, `经发/局长` → `经发局`; not in `宣传部/部长`)."""
        if end in t.ends:
            return True
        title = next((w for w in TITLES if t.text.startswith(w, end)), None)
        if title is None or end + len(title) not in t.ends:
            return False
        token = t.token_at(end)
        if token.idx < head_start:
            return True
        before = t.token_at(head_start - 1)
        return (
            token.idx == head_start
            and before is not None
            and not before.whitespace_
            and not self._head_of(t.word(before))
            and t.word(before) not in self.people
        )

    def _after_list(self, t: _Text, start: int) -> bool:
        """Whether the name follows `等` that ends a list: it is then the class of what the
        list names (`海柔创新、云鲸等明星机器人公司`), not a name."""
        token = t.token_at(start - 1)
        return token is not None and t.word(token) == "等" and not token.whitespace_

    def _names_shares(self, t: _Text, start: int, head: str) -> bool:
        """Whether `X股份` after a verb of shares is X's shares (`持有银泰黄金股份`)."""
        before = t.token_at(start - 1)
        return head == "股份" and before is not None and t.word(before) in SHARE_VERBS

    def _head_goes_on(self, t: _Text, head: str, head_start: int) -> bool:
        """Whether the head starts a longer word of `not_org` (`控股股东`, `控股子公司`)."""
        return any(t.text.startswith(word, head_start) for word in self.not_org_after.get(head, ()))

    def _is_legal_form(self, head: str) -> bool:
        """A registered legal form (`有限公司`, `股份有限公司`), not a bare `公司` or `集团`."""
        return head in self.legal_forms and len(head) > 2

    def _zone_follows(self, t: _Text, end: int) -> bool:
        """Whether the name goes on into a zone's name (`济宁能源精密制造产业园`): the longest
        name decides the type, and a zone is not an organisation. A verb with a place after
        it starts a clause, not a zone's name (`长江产业集团/联合/东湖/高新区`)."""
        token = t.token_at(end)
        reach = end
        while token is not None and reach - end <= 10:
            if t.text.startswith(self.zone_words, reach):
                return True
            word = t.word(token)
            if word in self.stop_words or not _NAME_TOKEN.match(word):
                return False
            if word.endswith(self.zone_words):
                return True  # a zone word pkuseg glued to a word before it (`产学/研基地`)
            reach = token.idx + len(token.text_with_ws)
            token = t.token_at(reach)
            if word in self.stops_and_verbs and token is not None:
                if self._is_place(t, t.word(token), token.idx + len(token.text)):
                    return False
        return False

    def _placed_name_start(self, t: _Text, start: int, head_start: int) -> int:
        """Where a company's name before a bare `公司` or `集团` starts when it holds a verb
        of its trade and starts with a place (`伊犁/水电/开发/公司`, `中国/节能/环保/集团`);
        else `start`, where a verb stopped it."""
        verb = t.token_at(start - 1)
        if verb is None or t.word(verb) in self.legal_name_stops:
            return start
        longer = self._reach_left(t, head_start, self.legal_name_stops)
        if longer < start and self._place_prefix(t.text[longer:head_start]):
            return longer
        return start

    def _owns_zone(self, t: _Text, head: str, end: int) -> bool:
        """Whether a company named with its legal form or `集团` has its plant or park right
        after it, named by it alone (`特步集团/生产基地`, `湖南金荣集团/产业园`): the company is
        named; not a park with words of its trade in its name (`宁德时代新能源电池产业基地`)."""
        return (self._is_legal_form(head) or head == "集团") and t.text.startswith(
            _OWNED_ZONES, end
        )

    def _reach_left(
        self,
        t: _Text,
        head_start: int,
        stops: set,
        joins: Iterable[str] = (),
        body: bool = False,
        company: bool = False,
    ) -> int:
        """How far left the name before a head reaches: over name words (places,
        proper words, industry words), never over stop words, numbers or punctuation (of
        a word pkuseg glued to punctuation, `;县`, `龚正,市`, the part after it). A word
        that glues a verb to an administrative level (`代表镇` in `代表镇人民政府`)
        gives only the level. A place is the left edge: past it, only more places
        (`江苏南通`) and the Party (`中共河北省委`); so is a head that starts with a
        level (`高雄/市府`, not `要求/市府`). A word of `joins` joins two fields of one
        body (`住房和城乡建设局`), not two bodies (`县委和县政府`). The word a head ends
        (`社会保障局`) may be a verb; so may, when the head is a public `body`'s of more
        than one character, the word right before it (`扶贫/委员会`), and a zone's name
        belongs to the body (`利津经济开发区党工委`). A known company's name is no part of a
        government's (`江淮汽车/政府补助`). A registered name, or a `company`'s, may hold a
        place after its first words (`东鼎/液化/瓦斯/兴业公司`)."""
        token = t.token_at(head_start - 1)
        start = head_start
        latin_after = False
        place_after = t.text[head_start : head_start + 1] in ADMIN_LEVELS
        joined = (-1, -1)
        while token is not None:
            legal = stops is self.legal_name_stops
            bracket = _BRACKETED_IN_NAME.search(t.text, max(0, start - 8), start)
            if bracket and self._names_inside(t, bracket):
                start = bracket.start()
                token = t.token_at(start - 1)
                continue
            piece_end = min(token.idx + len(token.text), start)
            piece_start = token.idx
            glued = _last_match(_GLUED_PUNCTUATION, t.text, piece_start, piece_end)
            joiner = glued and not glued.group().strip(_NAME_JOINERS)
            numbered = glued and t.text[piece_start : glued.start()].isdigit()
            if joiner and glued.start() > piece_start and not numbered:
                glued = None  # a joiner inside a name (`乔治·梅森`, `Auto-Kabel`), not `1.`
            if glued and _REDACTION.search(glued.group()):
                return head_start
            if glued:
                piece_start = glued.end()
            word = t.text[piece_start:piece_end]
            latin = word.isascii() and word.isalpha()
            if token.whitespace_ and piece_end == token.idx + len(token.text):
                if not (latin and latin_after):
                    break
            if not _NAME_TOKEN.match(word):
                break
            if _NUMERIC.match(word) and not self._numbers_a_unit(t, token, word):
                if not (legal and self._numeral_name(t, token, word)):
                    break
            if head_start - token.idx > self.max_name_chars:
                break
            if (
                word[0] == "商"
                and t.text[piece_start : piece_start + 2] not in self.common_words
                and self._is_place(t, t.text[max(0, piece_start - 2) : piece_start], piece_start)
            ):
                start = piece_start + 1 if len(word) > 1 else start
                break
            zone = next((z for z in self.zone_words if t.text.endswith(z, 0, piece_end)), "")
            if body and zone and not glued:
                zone_start = self._zone_start(t, piece_start)
                if zone_start is not None:  # `云南/滇/中新区`: the zone's place leads
                    start, place_after = zone_start, True
                else:
                    start, place_after = piece_end - len(zone), False
                token = t.token_at(start - 1)
                continue
            zone_start = None
            if legal and zone and not glued:
                zone_start = self._zone_start(t, piece_end - len(zone))
            if zone_start is not None:
                start, place_after = zone_start, True
                token = t.token_at(start - 1)
                continue
            if joins and len(word) > 2 and self.known.get(word, ("", ""))[1] == "company":
                break
            if joins and self.heads.get(word) == "company":
                return head_start  # a company's, no government (`交控集团/政府/还贷`)
            if word in joins and start < head_start and self._joins_fields(t, token):
                start, joined, place_after = piece_start, (piece_start, piece_end), False
                token = t.token_at(token.idx - 1)
                continue
            in_head_word = token.idx + len(token.text) > head_start
            before_body = body and start == head_start
            may_be_verb = (in_head_word or before_body) and len(word) > 1
            may_be_verb = may_be_verb and word not in self.function_words
            if legal and self._cut_level(t, token, word):
                start, place_after = piece_start, True
                token = t.token_at(token.idx - 1)
                continue
            if self._ends_stop_phrase(t, piece_end, stops):
                break
            if (
                word in stops
                and not may_be_verb
                and (len(word) == 1 or not self._is_place(t, word, piece_end))
                and not (legal and self._inside_unknown_name(t, token, word))
            ):
                break
            glued_verb = word[-1] in ADMIN_LEVELS and word[:-1] in stops
            if glued_verb and word not in self.places and word not in LEVEL_WORDS:
                return piece_end - 1
            is_place = self._is_place(t, word, piece_end) or (
                word[-1] in ADMIN_LEVELS
                and (not legal or len(word) == 1 or word not in self.common_words)
            )
            ethnic = word.endswith("族") or word == "维吾尔"  # `新疆维吾尔自治区`
            is_place = is_place or (ethnic and _SELF_GOVERNED.match(t.text, piece_end) is not None)
            if place_after and word in PARTY_PREFIXES:
                return piece_start
            if place_after and not is_place:
                if legal or company:
                    start = self._legal_name_lead(t, token, start)
                break
            place_after = place_after or is_place
            start = piece_start
            latin_after = latin
            token = None if glued else t.token_at(token.idx - 1)
        return joined[1] if start == joined[0] else start

    def _cut_level(self, t: _Text, token: Token, word: str) -> bool:
        """Whether pkuseg glued a place's level to the name after it into a title
        (`长沙/市长/财私募基金管理有限公司`): the level belongs to the place before."""
        before = t.token_at(token.idx - 1)
        return (
            len(word) == 2
            and word[0] in ADMIN_LEVELS
            and word in self.stop_words
            and before is not None
            and not before.whitespace_
            and self._is_place(t, t.word(before), token.idx)
        )

    def _numbers_a_unit(self, t: _Text, token: Token, word: str) -> bool:
        """Whether a numeral numbers a unit of the proper name before it (`中建/三/局`,
        `中铁/十八/局集团`), not a count (`三家`, `两个`)."""
        before = t.token_at(token.idx - 1)
        return (
            _UNIT_NUMERAL.match(word) is not None
            and before is not None
            and not before.whitespace_
            and _NAME_TOKEN.match(t.word(before)) is not None
            and not _NUMERIC.match(t.word(before))
            and t.word(before) not in self.stops_and_verbs
            and t.word(before) not in self.common_words
            and t.word(before) not in self.people
        )

    def _numeral_name(self, t: _Text, token: Token, word: str) -> bool:
        """Whether numerals of two or more characters start a registered name (`三一/集团有限
        公司`): nothing of a name before them, so they count nothing."""
        before = t.token_at(token.idx - 1)
        return (
            len(word) > 1
            and _UNIT_NUMERAL.match(word) is not None
            and (before is None or before.whitespace_ or not _NAME_TOKEN.match(t.word(before)))
        )

    def _zone_start(self, t: _Text, zone_word_start: int) -> int | None:
        """Where the name of a zone starts that a registered name begins with: its place, up
        to three words before the zone word (`拉萨/经济/技术/开发区/华博医疗器械有限公司`)."""
        position = zone_word_start
        for _ in range(4):
            token = t.token_at(position - 1)
            if token is None or token.whitespace_ or token.idx + len(token.text) != position:
                return None
            word = t.word(token)
            if not _NAME_TOKEN.match(word) or word in self.legal_name_stops:
                return None
            if self._is_place(t, word, position):
                return token.idx
            position = token.idx
        return None

    def _ends_stop_phrase(self, t: _Text, end: int, stops: set) -> bool:
        """Whether a stop word of several words ends at `end` (`一致/行动/人`)."""
        for k in range(2, 6):
            first = t.token_at(end - k)
            if first is None or first.idx != end - k or first.idx + len(first.text) >= end:
                continue
            if t.text[end - k : end] in stops:
                return True
        return False

    def _inside_unknown_name(self, t: _Text, token: Token, word: str) -> bool:
        """Whether a one-character stop word is a character of an unknown name that pkuseg
        cut into single characters between a place or a proper word and the rest
        (`上海/为/烨/投资`, `中核金/原/新/材料`)."""
        after = t.token_at(token.idx + 1)
        before = t.token_at(token.idx - 1)
        return (
            len(word) == 1
            and after is not None
            and len(after.text) == 1
            and _NAME_TOKEN.match(after.text) is not None
            and t.word(after) not in self.stops_and_verbs
            and before is not None
            and not before.whitespace_
            and (self._is_place(t, t.word(before), token.idx) or self._is_proper(t, before))
            and t.word(before) not in self.stops_and_verbs
        )

    def _legal_name_lead(self, t: _Text, token: Token, start: int) -> int:
        """Where a registered name starts whose words before a place inside it end at
        `token` (`亿达/中国控股有限公司`, `东鼎/液化/瓦斯/兴业公司`, `山东/高速/路桥集团`):
        at most three name words that follow a stop word or punctuation and hold a proper
        word or start with a place; not a role before the name (`客户/广州…有限公司`).
        Else `start`, the place."""
        tokens: List[Token] = []
        lead = token
        while lead is not None:
            word = t.word(lead)
            if lead.whitespace_ and tokens:
                break
            if not _NAME_TOKEN.match(word) or word in self.stops_and_verbs or _NUMERIC.match(word):
                break
            if len(tokens) == 3 or word in self.people or word in self.not_org:
                return start
            if word in CLASS_NOUNS or word.endswith(_CLASS_ENDINGS):
                return start
            tokens.insert(0, lead)
            lead = t.token_at(lead.idx - 1)
        if not tokens:
            return start
        words = [t.word(k) for k in tokens]
        places = [self._is_place(t, t.word(k), k.idx + len(k.text)) for k in tokens]
        if len(words[0]) < 2 and not places[0]:
            return start
        proper = any(
            w not in self.common_words and not place for w, place in zip(words, places, strict=True)
        )
        placed = len(tokens) > 1 and places[0]
        return tokens[0].idx if proper or placed else start

    def _names_inside(self, t: _Text, bracket: re.Match) -> bool:
        """Whether a bracket inside a registered name holds a place or a legal word."""
        inside = bracket.group(1)
        return inside in ("控股", "集团") or self._is_place(t, inside, bracket.end(1))

    def _joins_fields(self, t: _Text, conjunction: Token) -> bool:
        """Whether `conjunction` joins two fields of one body's name (`住房和城乡建设局`):
        the words on both sides are common words and no places, the word before it no name
        or body, the word after it no body of its own (`星澜建设与/县政府`)."""
        before = t.token_at(conjunction.idx - 1)
        after = t.token_at(conjunction.idx + len(conjunction.text))
        if before is None or before.whitespace_ or after is None:
            return False
        word, next_word = t.word(before), t.word(after)
        if (
            next_word[0] in ADMIN_LEVELS
            or next_word.startswith(LEVEL_WORDS)
            or not any(next_word[:k] in self.common_words for k in range(2, len(next_word) + 1))
        ):
            return False
        return (
            _NAME_TOKEN.match(word) is not None
            and word not in self.stops_and_verbs
            and not self._holds_known_name(word)
            and word not in self.people
            and not self._head_of(word)
            and not self._is_place(t, word, before.idx + len(before.text))
            and not self._is_place(t, t.word(after), after.idx + len(after.text))
        )

    def _is_place(self, t: _Text, word: str, end: int) -> bool:
        """`word` is a place, or one with the administrative level after it (`定远` + `县`)."""
        return word in self.places or word + t.text[end : end + 1] in self.places

    def _names_a_places_trade(self, t: _Text, start: int, head_start: int, end: int) -> bool:
        """Whether a place and an industry word name the place's trade, as a noun right after
        them says (`日本/半導體/封裝`, `中国/科技/巨头`), not a company (`中国化工/收购`)."""
        tokens = t.tokens(start, head_start)
        if not all(self._is_place(t, t.word(k), k.idx + len(k.text)) for k in tokens):
            return False
        after = t.token_at(end)
        if after is None or after.idx != end or t.token_at(end - 1).whitespace_:
            return False
        word = t.word(after)
        return _NAME_TOKEN.match(word) is not None and word not in self.stops_and_verbs

    def _names_a_sector(self, t: _Text, start: int, head_start: int, end: int) -> bool:
        """Whether a place or a person's name and an industry word name a sector, as a noun
        of sectors after them says (`高雄半导体产业`, `日本汽车品牌`)."""
        if not t.text.startswith(SECTOR_NOUNS, end):
            return False
        token = t.tokens(start, head_start)[-1]
        word = t.word(token)
        return word in self.people or self._is_place(t, word, token.idx + len(token.text))

    def _short_name_before(self, t: _Text, head_start: int) -> int | None:
        """The proper word before an industry word (`璟凡` in `璟凡科技`), over other industry
        words and `国际` (`福尔程环保科技`, `正达国际光电`), with a place before it
        (`湖南福尔程环保科技`) or a known firm's (`中安芯界控股集团`); a run of single
        characters that pkuseg cut from an unknown name is one word (`鑫/泓/科技`); a word
        glued to punctuation before it is the part after it (`;奇鼎/科技`)."""
        token = t.token_at(head_start - 1)
        international = False
        for _ in range(2):
            if token is None or token.whitespace_:
                break
            if t.word(token) not in self.industry and t.word(token) != "国际":
                break
            international = t.word(token) == "国际"
            token = t.token_at(token.idx - 1)
        if token is None or token.whitespace_:
            return None
        start, end = token.idx, token.idx + len(token.text)
        glued = _GLUED_PUNCTUATION.match(t.text, start, end)
        if glued:
            word = t.text[glued.end() : end]
            return glued.end() if 2 <= len(word) <= 4 and self.is_short_name(word) else None
        while len(token.text) == 1 and end - start < 4 and self._is_name_character(t, token):
            before = t.token_at(start - 1)
            if before is None or before.whitespace_ or len(before.text) != 1:
                break
            if not self._is_name_character(t, before):
                break
            if self._ends_stop_phrase(t, start, self.stops_and_verbs):
                break  # `一致/行动/人` + `新/能源`
            token, start = before, before.idx
        word = t.text[start:end]
        if not (2 <= len(word) <= 4) or not _NAME_TOKEN.match(word):
            return None
        if word in self.common_words or word in self.stops_and_verbs:
            return None
        if international and self._is_place(t, word, end):
            return None  # a place's trade (`中国国际贸易`), not a company
        before = t.token_at(start - 1)
        if before is not None and not before.whitespace_ and t.word(before) in self.places:
            start = before.idx
        elif before is not None and not before.whitespace_:
            if self.known.get(t.word(before), ("", ""))[1] == "company":
                start = before.idx  # a known firm's name leads (`中安/芯界/控股集团`)
        return start

    def _is_name_character(self, t: _Text, token: Token) -> bool:
        """Whether a word can be a character of an unknown name: no stop word, verb,
        number or administrative level."""
        word = t.word(token)
        return _NAME_TOKEN.match(word) is not None and not (
            word in self.stops_and_verbs or _NUMERIC.match(word) or word in ADMIN_LEVELS
        )

    def _is_name(self, t: _Text, start: int, head_start: int, head: str, kind: str) -> bool:
        """Whether the words before a head make a name (a head that starts with a level,
        a Party organ's or a zone's, is one alone: `市府`, `宣传部`, `管委会`): not a stop
        word, not a word that ends in a head but names nothing (`路网`), not people
        (`乡亲们办`); with a head of a named kind, at least one proper word."""
        name = t.text[start:head_start]
        whole = name + head
        if not name and head_start in t.starts:
            if head in ZONE_ORGANS or head[0] in ADMIN_LEVELS:
                return True
            return kind == "party" and head.endswith(PARTY_ORGANS)
        if head in ZONE_ORGANS and name in self.zone_words:
            return True  # the zone's organ, the zone implied (`开发区党工委`)
        if not name or whole in self.not_org or name in self.stops_and_verbs:
            return False
        if _ANONYMISED in name or (head == "公司" and name in self.places):
            return False  # a withheld name; a place's company (`日本公司`) is no name
        if name.endswith(_TYPE) or (head == "公司" and name in ADMIN_LEVELS):
            return False  # a type (`银行型金控`), a level's company (`市公司`)
        if name.endswith("们"):
            return False
        if name in ADMIN_LEVELS or name in LEVEL_WORDS:
            return True
        if any(
            whole[-k:] in self.not_org
            and not self._straddles(t, head_start + len(head) - k, head_start)
            for k in range(len(head) + 1, len(whole) + 1)
        ):
            return False
        if len(head) == 1 and len(name) < 2:
            return False
        first = t.word(t.tokens(start, head_start)[0])
        if first in self.not_org and not (self._is_legal_form(head) and first != name):
            return False  # not `总部公司`; but `西部/矿业/集团有限公司`
        if kind in NAMED_KINDS:
            tokens = t.tokens(start, head_start)
            if self._is_legal_form(head):
                if len(tokens) >= 3 or any(t.word(token) in self.known for token in tokens):
                    return True  # `中青旅/控股/股份有限公司`
                if self._registers_a_trade(t, tokens, head):
                    return True
            return any(self._is_proper(t, token) for token in tokens)
        return True

    def _registers_a_trade(self, t: _Text, tokens: List[Token], head: str) -> bool:
        """Whether a common word and a trade make a registered name before a full legal
        form (`远景/能源/有限公司`, `多方/科技/股份有限公司`): the common word is no trade
        itself (`投资/管理/有限公司` names nothing), no place, and not a word of kinds."""
        if len(tokens) != 2 or "有限" not in head:
            return False
        first, trade = t.word(tokens[0]), t.word(tokens[1])
        return (
            len(first) > 1
            and trade in self.industry
            and first not in self.heads
            and first not in self.not_org
            and not first.endswith(_TYPE)
            and not self._is_place(t, first, tokens[0].idx + len(tokens[0].text))
        )

    def _straddles(self, t: _Text, char: int, head_start: int) -> bool:
        """Whether `char` is inside a word that ends before the head: `子公司` is no word of
        `西门子/公司`, while `大局` is one of `顾全大局`."""
        token = t.token_at(char)
        return token.idx < char and token.idx + len(token.text) <= head_start

    def _is_proper(self, t: _Text, token: Token) -> bool:
        """A word that can make a name: not a common word, or a place (`定远` before `县`),
        or led by an administrative level (`县政府`) or a national one (`国家`)."""
        word = t.word(token)
        return (
            word not in self.common_words
            or self._is_place(t, word, token.idx + len(token.text))
            or word[0] in ADMIN_LEVELS
            or word in NATIONAL_LEVELS
        )

    def _coordinated_names(self, t: _Text, found: List[Candidate]) -> List[Candidate]:
        """Public bodies listed after a body of the same kind, their place implied by it:
        `县水利局、环保局`, `县电台、电视台`. An item is at most three name words ending in
        a head; the list goes on from each item found. (Companies are not: a list of
        products reads like one.)"""
        taken = {c.start for c in found}
        out = []
        for c in sorted(found, key=lambda c: c.start):
            previous = c if c.source == "org_heads" and c.kind in BODY_KINDS else None
            while previous is not None and t.text.startswith("、", previous.end):
                item = self._list_item(t, previous.end + 1, previous.kind)
                if item is None or item.start in taken:
                    break
                out.append(item)
                previous = item
        return out

    def _listed_with_names(self, t: _Text, found: List[Candidate]) -> List[Candidate]:
        """Short names in a list whose other items are mostly companies found by other
        rules (`红杉中国、真格基金、险峰`): at least two items and half of them. The first
        item counts where a name found ends it, or from its last stop word (`万科与/厚朴投资`);
        an item of another kind stops it. An item holding a shorter name is the name
        (`上汽投资`, not `上汽`)."""
        ends = {c.end: c for c in found}
        exact = {(c.start, c.end) for c in found}
        out = []
        for m in _in_lists(_LIST_RUN, t.text):
            spans, offset = [], m.start()
            for item in m.group().split("、"):
                spans.append((offset, offset + len(item)))
                offset += len(item) + 1
            first = ends.get(spans[0][1])
            if first is None:
                spans[0] = (self._after_last_stop(t, *spans[0]), spans[0][1])
            elif first.start >= spans[0][0]:
                spans[0] = (first.start, first.end)
            first_counts = first is not None or spans[0][0] < spans[0][1]
            spans[-1:] = [
                (a, self._name_end(t, a, self._before_first_stop(t, a, b)))
                for a, b in self._split_at_conjunction(t, *spans[-1])
            ]
            known = [
                span
                for span in spans
                if span in exact or self._names_a_firm(t, *span) or self._places_a_name(t, *span)
            ]
            latin = [s for s in spans if s not in known and _LATIN_NAME.match(t.text, *s)]
            if len(known) < 2 or 2 * (len(known) + len(latin)) < len(spans):
                continue  # most items known, or names in Latin letters (`英伟达、Accel、AMD`)
            if any(c.kind != "company" for c in found if (c.start, c.end) in known):
                continue
            for k, (start, end) in enumerate(spans):
                if (start, end) not in exact and (k > 0 or first_counts):
                    if any(c.start < start < c.end or c.start < end < c.end for c in found):
                        continue
                    if self._is_list_name(t, start, end) and not self._is_fund(t, start, end):
                        out.append(Candidate(start, end, "org_lists", "company"))
        return out

    def _names_a_firm(self, t: _Text, start: int, end: int) -> bool:
        """Whether a list item is a firm's short name by its head (`基石资本`, `国君创投`)."""
        head = self._head_of(t.text[start:end])
        return (
            self.heads.get(head) in ("company", "finance")
            and end - start > len(head)
            and self._is_list_name(t, start, end)
        )

    def _places_a_name(self, t: _Text, start: int, end: int) -> bool:
        """Whether a list item is a place and a proper word after it (`美国罗克韦尔`,
        `新加坡吉宝`): how lists of investors name firms from elsewhere."""
        tokens = t.tokens(start, end)
        if len(tokens) < 2 or not self._is_list_name(t, start, end):
            return False
        first, rest = tokens[0], tokens[1:]
        if not self._is_place(t, t.word(first), first.idx + len(first.text)):
            return False
        return len(t.word(first)) > 1 and all(
            self._is_proper(t, token)
            and not self._is_place(t, t.word(token), token.idx + len(token.text))
            and t.word(token) not in self.people
            for token in rest
        )

    def _before_first_stop(self, t: _Text, start: int, end: int) -> int:
        """Where the words of `start:end` before its first stop word or verb end (`高科新浚`
        of `高科新浚跟投`); `end` if there is none, `start` if it or the word before it has
        one character (`高雄/銀尚/未`: where the name ends is unsure)."""
        tokens = t.tokens(start, end)
        for before, token in zip(tokens, tokens[1:], strict=False):
            if t.word(token) in self.stops_and_verbs:
                return token.idx if len(before.text) > 1 and len(token.text) > 1 else start
        return end

    def _name_end(self, t: _Text, start: int, end: int) -> int:
        """Where the last item of a list ends: after the longest known name or name with
        a company's head that starts it, when the item itself is neither (`格力电器/先后`,
        `南京银行/营收`); else `end`."""
        if self._names_a_firm(t, start, end) or t.text[start:end] in self.known:
            return end
        for token in reversed(t.tokens(start, end)):
            cut = token.idx
            if start < cut < end and cut in t.ends:
                if t.text[start:cut] in self.known or self._names_a_firm(t, start, cut):
                    return cut
        return end

    def _after_last_stop(self, t: _Text, start: int, end: int) -> int:
        """Where the words after the last stop word or verb in `start:end` begin (`厚朴投资`
        of `万科与厚朴投资`, `天眸光电` of `共投资天眸光电`: a verb of investing ends a name but
        never starts one); `end` if there is none."""
        tokens = t.tokens(start, end)
        for token in reversed(tokens):
            if token.idx < start:
                break
            word, after = t.word(token), token.idx + len(token.text)
            if word in self.stops_and_verbs or (word in self.actor_verbs and after < end):
                return after
        return end

    def _is_list_name(self, t: _Text, start: int, end: int) -> bool:
        """Whether a list item is a short name: up to eight characters of whole words, none a
        stop word, a verb or a number; not a place, a common word or a redaction."""
        if start not in t.starts or end not in t.ends or end - start > 8:
            return False
        words = [t.word(token) for token in t.tokens(start, end)]
        if any(word in self.stops_and_verbs or _NUMERIC.match(word) for word in words):
            return False
        return self.is_short_name(t.text[start:end]) and not _REDACTION.search(t.text[start:end])

    def _list_item(self, t: _Text, start: int, kind: str) -> Candidate | None:
        """The body of `kind` that starts at `start`: the longest run of up to three name
        words (no stop words) that ends in a head of that kind."""
        best = None
        for _, end in self._name_words(t, start, 3, self.stop_words):
            item = t.text[start:end]
            head = self._head_of(item)
            if not head or len(item) < 2 or item in self.not_org or self._zone_follows(t, end):
                continue
            if self._kind(head, item[: -len(head)]) == kind:
                best = Candidate(start, end, "org_coordination", kind)
        return best

    def _name_words(
        self, t: _Text, start: int, limit: int, stops: set
    ) -> Iterator[Tuple[str, int]]:
        """Up to `limit` words in a row from `start`, each with where it ends: name words,
        none of `stops`, none after a space."""
        end = start
        for _ in range(limit):
            token = t.token_at(end)
            if token is None or token.idx != end:
                return
            word = t.word(token)
            if not _NAME_TOKEN.match(word) or word in stops:
                return
            end = token.idx + len(token.text)
            yield word, end
            if token.whitespace_:
                return

    # Gazetteer, lists, contexts ------------------------------------------------------------

    def _gazetteer_names(self, t: _Text) -> List[Candidate]:
        """Known names (the gazetteer's, listed companies', learned ones); a head word right
        after one belongs to it (`微软公司`, `欧盟委员会`), and so does a place right before
        one (`通城农发行`, `日本经济产业省`, `昆山工研院`, `甘肃经济日报`). Not where its head
        goes on into a common word (`司法部门`)."""
        found = []
        for start, end in self._known_spans(t):
            name = t.text[start:end]
            head = self._head_of(name)
            if head and self._head_goes_on(t, head, end - len(head)):
                continue
            source, kind = self.known[name]
            if self._zone_follows(t, end) or self._starts_fund(t, end):
                continue
            if source == "org_listed" and not self._stands_alone(t, start, end):
                continue
            found_name = self._with_head_after(t, Candidate(start, end, source, kind))
            start, end, kind = found_name.start, found_name.end, found_name.kind
            channel = _MEDIA_CHANNEL.match(t.text, end) if kind == "media" else None
            end = channel.end() if channel else end
            before = t.token_at(start - 1)
            if before is not None:
                if not before.whitespace_ and len(before.text) > 1:
                    if self._is_place(t, t.word(before), start):
                        start = before.idx
            found.append(Candidate(start, end, source, kind))
        return found

    def _is_fund(self, t: _Text, start: int, end: int) -> bool:
        """Whether a short name no rule knows is a fund's (`华兴新经济基金`, `国新基金`): the
        guidelines leave funds out; fund managers are known by name (`中欧基金`)."""
        name = t.text[start:end]
        return name.endswith(_FUND) and name not in self.known

    def _starts_fund(self, t: _Text, end: int) -> bool:
        """Whether the name that ends at `end` starts a fund's name: up to five name words
        and then `基金`, a verb only as the fund's kind, not a foundation's or a fund manager's
        (`中金/传化产业股权投资基金`, `吉林市政府/引导/基金`,
        `华润/正大生命科学基金`, `复星(重庆)私募股权投资基金`)."""
        position = end
        for _ in range(5):
            bracket = _BRACKETED_PLACE.match(t.text, position)
            if bracket and self._is_place(t, bracket.group(1), bracket.end(1)):
                position = bracket.end()
            token = t.token_at(position)
            if token is None or token.idx != position:
                return False
            word = t.word(token)
            if _FUND in word:
                rest = t.text[token.idx + word.index(_FUND) + len(_FUND) :]
                return not rest.startswith(("会", "管理", "公司", "经理"))
            if not _NAME_TOKEN.match(word) or token.whitespace_:
                return False
            position = token.idx + len(token.text)
            kind_of_fund = word in _FUND_KINDS and t.text.startswith(_FUND, position)
            if word in self.stops_and_verbs and not kind_of_fund:
                return False
        return False

    def _known_spans(self, t: _Text) -> Iterable[Tuple[int, int]]:
        """The longest known names that start and end where words do, left to right; one of
        two characters only as one word (`百事` is none in `百/事/得`)."""
        starts, ends, i = t.start_list, t.end_list, 0
        while i < len(starts):
            start, last = starts[i], None
            for j in range(i, len(ends)):
                end = ends[j]
                text = t.text[start:end]
                if text not in self.known_prefixes:
                    break
                if text in self.known and (end - start > 2 or j == i):
                    last = j
            if last is None:
                i += 1
                continue
            yield start, ends[last]
            i = last + 1

    def _stands_alone(self, t: _Text, start: int, end: int) -> bool:
        """Whether a listed company's short name is not part of a longer name. A short one
        (of two or three characters) has no proper word right after it (`天虹/晟大`) and no
        character of a name right before it (`王/雷科`); one of two characters also no noun
        after it (`中华/民族`)."""
        if end - start > 3:
            return True
        before = t.token_at(start - 1)
        if before is not None and not before.whitespace_ and len(before.text) == 1:
            if _NAME_TOKEN.match(before.text) and t.word(before) not in self.legal_name_stops:
                return False
        after = t.token_at(end)
        if after is None or after.idx != end or not _NAME_TOKEN.match(t.word(after)):
            return True
        word = t.word(after)
        if word in self.heads or word in self.stops_and_verbs:
            return True
        if self._is_proper(t, after) and not self._is_place(t, word, end + len(word)):
            return False
        return end - start > 2

    def _holds_known_name(self, word: str) -> bool:
        """Whether a known name of two or more characters is a part of `word`."""
        return any(
            word[a:b] in self.known for a in range(len(word)) for b in range(a + 2, len(word) + 1)
        )

    def _made_of_common_words(self, name: str) -> bool:
        """Whether `name` splits into common words of two or more characters (`智慧/农业`)."""
        ends = {0}
        for end in range(2, len(name) + 1):
            if any(name[start:end] in self.common_words for start in ends if start < end - 1):
                ends.add(end)
        return len(name) in ends

    def _is_ambiguous(self, name: str) -> bool:
        """Whether a listed company's short name is also a common word, a place or a person
        (`统一`, `大同`), a place and a common word (`深圳能源`) or only Latin letters (`ABC`):
        such names need a head or a context to be one."""
        return (
            not self.is_short_name(name)
            or name in self.people
            or _LATIN_ONLY.match(name) is not None
            or (self._made_of_common_words(name) and not self._is_legal_form(self._head_of(name)))
            or any(
                name[:k] in self.places and name[k:] in self.common_words
                for k in range(2, len(name) - 1)
            )
        )

    def _with_head_after(self, t: _Text, c: Candidate) -> Candidate:
        """`c` with a head word right after it, which belongs to it (`微软公司`, `航天建设党委`,
        and an industry word after a brand of two characters: `格力电器`); not another
        industry word (`三一重工/装备`, `银泰黄金/股份`), nor a government after a company's
        name (`江淮汽车/政府补助`)."""
        after = t.token_at(c.end)
        if after is None or after.idx != c.end or t.word(after) not in self.heads:
            return c
        head = t.word(after)
        if self._head_goes_on(t, head, c.end):
            return c
        if c.kind == "company" and head.endswith("政府"):
            return c
        if self.heads[head] == "industry" and (c.end - c.start > 2 or head == "股份"):
            return c
        return Candidate(
            c.start, c.end + len(after.text), c.source, self._kind(head, t.text[c.start : c.end])
        )

    def _list_names(self, t: _Text) -> List[Candidate]:
        """Short names listed before `等…企业` (`推进艾坦姆、孔圣堂、金鼎等龙头骨干企业`) or after
        a class that introduces them (`企业共15家,分别为物美、钱大妈、天虹`); the last item may
        join two with a conjunction (`襄禾资本和高瓴创投`)."""
        found = []
        for m in _in_lists(_LIST_ITEMS, t.text):
            if m.group(1).endswith(CONJUNCTIONS):
                continue  # `A、B与10家企业`: the count is of others, not of the list
            found += self._listed_items(t, m.start(1), m.group(1), m.group("cls"), True)
        for m in _LIST_INTRODUCED.finditer(t.text):
            items = _INTRODUCED_ITEMS.match(t.text, m.end())
            if items:
                found += self._listed_items(t, m.end(), items.group(1), m.group("cls"), False)
        return found

    def _listed_items(
        self, t: _Text, offset: int, run: str, cls: str, first_reaches_left: bool
    ) -> List[Candidate]:
        """The names in `run`, a list of members of `cls` at `offset`; the first item may
        start after the last stop word before it when `first_reaches_left`."""
        found = []
        items = run.split("、")
        for k, item in enumerate(items):
            end = offset + len(item)
            start = offset
            if k == 0 and first_reaches_left:
                start = max(self._reach_left(t, end, self.stops_and_verbs), offset)
                trimmed = self._after_last_stop(t, start, end)
                start = trimmed if trimmed < end else start
            pieces = [(start, end)]
            if k == len(items) - 1:
                pieces = self._split_at_conjunction(t, start, end)
            for a, b in pieces:
                proper = cls not in VAGUE_CLASSES or self._head_of(t.text[a:b])
                proper = proper or self._has_proper_word(t, a, b)
                if first_reaches_left or self._is_list_name(t, a, b):
                    if self.is_short_name(t.text[a:b]) and proper and not self._is_fund(t, a, b):
                        found.append(Candidate(a, b, "org_lists", "company"))
            offset = end + 1
        return found

    def _split_at_conjunction(self, t: _Text, start: int, end: int) -> List[Tuple[int, int]]:
        """`start:end` cut at a conjunction that is a word of its own (`A和B` → `A`, `B`)."""
        for token in t.tokens(start, end):
            if token.idx > start and t.word(token) in LIST_CONJUNCTIONS:
                after = token.idx + len(token.text)
                if after < end and token.idx in t.ends:
                    return [(start, token.idx), (after, end)]
        return [(start, end)]

    def _context_names(self, t: _Text) -> List[Candidate]:
        """Names in organisation contexts from `contexts`: the group `name` is an outlet or
        an organisation (sources, bylines, speaker tags), the group `company` a company, the group
        `firm` a company whose name holds no verb (`确定/贵阳工投/100%股权`). A
        name ends where a word does (not `刘秀清闻` in `刘秀清闻讯`), or in an outlet's head
        (`咸宁新闻网` in `咸宁新闻/网讯`), and holds no stop word (`智元机器人在两年内`)."""
        found = []
        for pattern in self.contexts:
            group = next((g for g in ("company", "firm") if g in pattern.groupindex), "name")
            for m in pattern.finditer(t.text):
                start, end = m.span(group)
                end = self._source_end(t, start, end)
                name = t.text[start:end]
                if start < 0 or not self.is_short_name(name):
                    continue
                stops = self.stops_and_verbs if group == "firm" else self.legal_name_stops
                if any(t.word(token) in stops for token in t.tokens(start, end)):
                    continue
                kind = self.name_kind(name, "media" if group == "name" else "company")
                if end in t.ends or self._head_of(name) and kind == "media":
                    found.append(Candidate(start, end, "org_contexts", kind))
        return found

    def _source_end(self, t: _Text, start: int, end: int) -> int:
        """Where the organisation a source names ends: a body's website is the body
        (`北京市政府/网站`), a known outlet's news of a place is the outlet (`中新网/江苏新闻`)."""
        name = t.text[start:end]
        site = next((w for w in _SITE_WORDS if name.endswith(w)), "")
        if site and self._head_of(name[: -len(site)]):
            return end - len(site)
        for k in range(len(name) - 3, 1, -1):
            if self.known.get(name[:k], ("", ""))[1] == "media" and start + k in t.starts:
                if name.endswith("新闻") and self._is_place(t, name[k:-2], end - 2):
                    return start + k
        return end

    def _is_sector(self, t: _Text, c: Candidate) -> bool:
        """Whether `c`, an item of a list of sectors, names a sector: not a registered
        company (`…有限公司`)."""
        return not self._is_legal_form(self._head_of(t.text[c.start : c.end]))

    def _titled_outlets(self, t: _Text) -> List[Candidate]:
        """Newspapers and magazines cited by their title (`《纽约时报》`), the one title in
        《》 that names an organisation; not documents that end in a common word
        (`《联合公报》`, `《情况通报》`)."""
        found = []
        for m in _TITLED_OUTLET.finditer(t.text):
            name = m.group("name")
            media_head = self._head_of(name) and self.name_kind(name, "") == "media"
            if name.endswith("报") and not media_head and name[-2:] in self.common_words:
                continue
            if len(name) >= 3:
                found.append(Candidate(m.start("name"), m.end("name"), "org_titles", "media"))
        return found

    def _latin_names(self, t: _Text) -> List[Candidate]:
        """Company names in Latin letters ending in a legal form, with the place before them,
        and the words in capitals that run on after the legal form (`CORPORATION JAPAN`)."""
        if not self.latin_pattern:
            return []
        found = []
        for m in self.latin_pattern.finditer(t.text):
            start = m.start()
            if " " not in m.group().strip():
                continue  # a legal form alone names nothing (`国资LP`, `(THAILAND)CO., LTD.`)
            place = next(
                (k for k in range(6, 1, -1) if t.text[start - k : start] in self.places), 0
            )
            if place and t.text.endswith(_DEPENDENCIES, 0, start - place):
                place += 2  # a territory's ruler is part of its name (`英屬開曼群島`)
            tail = _CAPITALS_AFTER.match(t.text, m.end())
            end = tail.end() if tail else m.end()
            found.append(Candidate(start - place, end, "org_latin", "company"))
        return found

    def _foreign_investors(self, t: _Text) -> List[Candidate]:
        """Companies from abroad in capitals after their origin (`丹麥商ORSTED WINDPOWER TW
        HOLDING A/S`, `盧森堡商CI FENGMIAO SCSP`), as Taiwan's investment reviews write them."""
        return [
            Candidate(m.start("name"), m.end("name"), "org_latin", "company")
            for m in _FOREIGN_INVESTOR.finditer(t.text)
            if self._origin_before(t, m.start() + 1)
        ]

    def _origin_before(self, t: _Text, end: int) -> bool:
        """Whether a place of origin ends at `end` (`丹麥`, `英屬開曼群島`, `日`, `美`)."""
        if t.text[end - 1 : end] in _ORIGINS or t.text.endswith("群岛", 0, end):
            return True
        return any(t.text[end - k : end] in self.places for k in range(2, 7))

    def _glossed_names(self, t: _Text) -> List[Candidate]:
        """Names glossed by a name in Latin letters in brackets (`逐际动力(LimX Dynamics)`):
        a run of proper words of four or more characters."""
        found = []
        for m in _BRACKETED_LATIN.finditer(t.text):
            start = self._proper_run_before(t, m.start())
            if start is not None and m.start() - start >= 4:
                found.append(Candidate(start, m.start(), "org_evidence", "company"))
        return found

    def _evidence_names(self, t: _Text) -> List[Candidate]:
        """Names just before a word that shows an organisation (`希杰尤特尔总部`)."""
        if self.evidence_pattern is None:
            return []
        found = []
        for m in self.evidence_pattern.finditer(t.text):
            compound = m.group() in LEADER_TITLES
            start = self._proper_run_before(t, m.start(), compound)
            if start is not None:
                kind = self.name_kind(t.text[start : m.start()], "company")
                found.append(Candidate(start, m.start(), "org_evidence", kind))
        return found

    def _actor_names(self, t: _Text, money: Sequence[Tuple[int, int]]) -> List[Candidate]:
        """Names just before a verb of investing that an amount of money follows
        (`招引天津大良工匠投资10亿元`)."""
        found = []
        money_starts = {start for start, _ in money}
        for start, end in money:
            verb = t.token_at(start - 1)
            after = t.token_at(end)
            if verb is not None and t.word(verb) == "以" and after is not None:
                if t.word(after) in self.actor_verbs and after.idx == end:
                    actor = self._actor_before(t, verb)  # `達明機器人以1億美元增資`
                    if actor is not None:
                        found.append(actor)
                    continue
            for _ in range(2):
                if verb is None or t.word(verb) in self.actor_verbs:
                    break
                if verb.idx + len(verb.text) < start - 3 or start - verb.idx > 4:
                    verb = None
                    break
                verb = t.token_at(verb.idx - 1)
            if verb is None or t.word(verb) not in self.actor_verbs or verb.idx in money_starts:
                continue
            actor = self._actor_before(t, verb)
            if actor is not None:
                found.append(actor)
        return found

    def _actor_before(self, t: _Text, verb: Token) -> Candidate | None:
        """The name right before `verb`; not a fund's, nor a place after `在` (`在桃園擴廠`)."""
        name_start = self._proper_run_before(t, verb.idx)
        if name_start is None or t.text.endswith(_FUND, 0, verb.idx):
            return None
        before = t.token_at(name_start - 1)
        if before is not None and t.word(before) in _LOCATIVES:
            return None
        kind = self.name_kind(t.text[name_start : verb.idx], "company")
        return Candidate(name_start, verb.idx, "org_actors", kind)

    def _trade_names(self, t: _Text) -> List[Candidate]:
        """Companies named right after their trade (`半導體設備廠鏵友益科技`,
        `零組件製造商煜林企業`, `記憶體廠商美商美光`): a maker's or trader's noun of two
        characters or more, then up to four name words, one of them proper, that end in an
        industry word, or up to two that end where the name must (a stop word, a verb,
        punctuation)."""
        found = []
        for m in _TRADE_NOUN.finditer(t.text):
            token = t.token_at(m.start())
            if token is None or m.end() not in t.ends:
                continue
            trade = t.text[token.idx : m.end()]
            if len(trade) == 1:
                before = t.token_at(token.idx - 1)
                if before is None or before.whitespace_:
                    continue
                word = t.word(before)
                if not _NAME_TOKEN.match(word) or word in self.stops_and_verbs:
                    continue
                trade = word + trade
            origin = trade in self.stop_words and (
                len(trade) == 2 or self._is_place(t, trade[:-1], m.start())
            )
            if origin or trade in self.heads or trade[-2:] in _NO_TRADES:
                continue
            if len(trade) < 3 and trade not in _SHORT_TRADES:
                continue
            end = self._trade_name_end(t, m.end())
            if end is not None and self.is_short_name(t.text[m.end() : end]):
                found.append(Candidate(m.end(), end, "org_trades", "company"))
        return found

    def _trade_name_end(self, t: _Text, start: int) -> int | None:
        """Where the name after a trade noun at `start` ends, or None."""
        ends, industry_end, stopped, proper = [], None, False, False
        position = start
        while len(ends) < 4:
            token = t.token_at(position)
            if token is None:
                stopped = True
                break
            word = t.text[position : token.idx + len(token.text)]
            origin = not ends and word.endswith("商") and word in self.stop_words
            if not _NAME_TOKEN.match(word) or _NUMERIC.match(word):
                stopped = True
                break
            if word in self.stops_and_verbs and not origin:
                stopped = True
                break
            position = token.idx + len(token.text)
            ends.append(position)
            proper = proper or not (word in self.common_words or self._is_place(t, word, position))
            if word in self.industry or self.heads.get(word) == "company":
                industry_end = position
            if token.whitespace_:
                stopped = True
                break
        if not proper:
            return None
        if industry_end is not None:
            return industry_end
        if stopped and 0 < len(ends) <= 2 and 2 <= ends[-1] - start <= 8:
            return ends[-1]
        return None

    def _amount_list_names(self, t: _Text, money: Sequence[Tuple[int, int]]) -> List[Candidate]:
        """Short names in a list, each with an amount of money in brackets after it
        (`紫光展锐(超60亿元)、博泰车联网(15亿元)`): at least two items of the list."""
        found = []
        if len(money) < 2:
            return found
        for clause in _in_lists(_AMOUNT_LIST, t.text):
            items = [
                m.span(1)
                for m in _AMOUNT_ITEM.finditer(t.text, *clause.span())
                if any(m.start(2) <= a < b <= m.end(2) for a, b in money)
            ]
            names = [(a, b) for a, b in items if self._is_list_name(t, a, b)]
            names = [(a, b) for a, b in names if t.text[a:b] not in self.heads]
            if len(items) >= 2:
                found += [Candidate(a, b, "org_lists", "company") for a, b in names]
        return found

    def _coded_names(self, t: _Text) -> List[Candidate]:
        """Listed companies named before their stock code (`山东黄金(600547.SH)`,
        `大江生醫 (8436)`): up to three name words, a place the leftmost."""
        found = []
        for m in _STOCK_CODE.finditer(t.text):
            end = m.start() - 1 if t.text[m.start() - 1 : m.start()] == " " else m.start()
            token, start = t.token_at(end - 1), None
            for k in range(3):
                if token is None or token.idx + len(token.text) > end:
                    break
                if token.whitespace_ and (k > 0 or end == m.start()):
                    break
                token_end = token.idx + len(token.text)
                glued = _GLUED_PUNCTUATION.match(t.text, token.idx, token_end)
                piece_start = glued.end() if glued else token.idx
                word = t.text[piece_start:token_end]
                if not _NAME_TOKEN.match(word) or word in self.stops_and_verbs:
                    break
                if end - piece_start > 8:
                    break
                start = piece_start
                if glued or self._is_place(t, word, token_end):
                    break
                token = t.token_at(token.idx - 1)
            if start is not None and self.is_short_name(t.text[start:end]):
                found.append(Candidate(start, end, "org_codes", "company"))
        return found

    def _proper_run_before(self, t: _Text, end: int, compound: bool = False) -> Optional[int]:
        """The start of the name that ends at `end`: up to three words, not stop words or
        verbs, at least one of them a proper word (not a common word, a place or a person's
        name). With `compound`, two or three common words that no dictionary joins also make
        a name (`航天建设董事长`) when a boundary stands before them."""
        token = t.token_at(end - 1)
        if token is None or token.idx + len(token.text) != end:
            return None
        start, proper, words = None, False, 0
        while token is not None and words < 3 and not token.whitespace_:
            word = t.word(token)
            if not _NAME_TOKEN.match(word) or word in self.stops_and_verbs:
                break
            if word in self.not_org or _NUMERIC.match(word):
                break
            is_place = self._is_place(t, word, token.idx + len(token.text))
            is_place = is_place or word[-1] in ADMIN_LEVELS
            compound = compound and not is_place
            proper = proper or (
                word not in self.common_words and word not in self.people and not is_place
            )
            start, words = token.idx, words + 1
            if is_place:
                break
            token = t.token_at(token.idx - 1)
        if start is None or not 2 <= end - start <= 8:
            return None
        if not proper:
            bounded = token is None or token.whitespace_ or words < 3
            joined = compound and words > 1 and bounded
            if not joined or t.text[start:end] in self.common_words:
                return None
        return start if self.is_short_name(t.text[start:end]) else None

    def is_short_name(self, name: str) -> bool:
        """Whether `name` can be a name on its own: not a place, a common or stop word."""
        return (
            len(name) >= 2
            and name not in self.not_org
            and name not in self.stops_and_verbs
            and name not in self.common_words
            and name not in self.places
            and name[-1] not in ADMIN_LEVELS
            and not _ROUND.search(name)
        )

    # Aliases ------------------------------------------------------------------------------

    def _aliases(self, t: _Text, found: List[Candidate]) -> List[Candidate]:
        """Short forms of company names found in this document, wherever they recur.

        `山东硕远新材料有限公司` → `硕远新材料`, `硕远新材料公司`, `硕远`: drop the place
        prefix, the legal form, and then the industry word. Names found by context (lists,
        contexts, evidence words, actors) are tagged wherever they recur too.
        """
        forms: Dict[str, str] = {}
        bare: Set[str] = set()  # forms cut down to the bare name (`明凯` of `明凯投资…`)
        defined: List[Candidate] = []
        for c in found:
            name = t.text[c.start : c.end]
            if c.source in CONTEXT_SOURCES and self.is_short_name(name):
                forms[name] = c.kind
            for start, end in self._defined_names(t, c.start, c.end):
                forms.setdefault(t.text[start:end], c.kind)
                defined.append(Candidate(start, end, "org_aliases", c.kind))
            for form in self.short_forms(name):
                rest = name[name.find(form) + len(form) :]
                if rest.startswith(self.trade_endings) and rest not in self.heads:
                    bare.add(form)
                forms.setdefault(form, c.kind)
                if self.is_short_name(form + "公司"):
                    forms.setdefault(form + "公司", c.kind)
        pattern = _alternation_pattern(forms)
        if pattern is None:
            return []
        taken = [(c.start, c.end) for c in found]
        starts = {c.start for c in found}
        recurring = [
            self._with_head_after(t, Candidate(m.start(), m.end(), "org_aliases", forms[m.group()]))
            for m in pattern.finditer(t.text)
            if m.start() in t.starts
            and m.end() in t.ends
            and not self._zone_follows(t, m.end())
            and not self._starts_fund(t, m.end())
            and not (m.group() in bare and self._name_goes_on(t, m, forms, starts))
        ]
        return [
            c
            for c in _merge_adjacent(defined + recurring, self.known, t.text)
            if not any(a < c.end and c.start < b and not _holds(c, a, b) for a, b in taken)
        ]

    def _name_goes_on(
        self, t: _Text, form: re.Match, forms: Dict[str, str], starts: Set[int]
    ) -> bool:
        """Whether a proper word right after a short form makes it part of a longer name
        (`金证/得胜 1 号私募`, a product named after the firm); not a name found there
        (`扬子江` + `海浪药业`), nor the rest of a longer form (`亚太` + `电信`)."""
        end = form.end()
        token = t.token_at(end)
        if token is None or token.idx != end or end in starts:
            return False
        word = t.word(token)
        longer = form.group() + word[:1]
        if any(f.startswith(longer) for f in forms):
            return False
        return (
            len(word) > 1
            and _NAME_TOKEN.match(word) is not None
            and not word.isascii()
            and word not in self.stops_and_verbs
            and word not in self.common_words
            and word not in self.heads
            and not self._is_place(t, word, end + len(word))
        )

    def _defined_names(self, t: _Text, start: int, end: int) -> List[Tuple[int, int]]:
        """Where the text defines a short name for the name at `start:end`:
        `(以下简称“驰星睿启”)`, `(简称“公司”或“罗牛山”)` (not `公司`), `(SBGC)`, a name in
        Latin letters (`(Hong Kong Exchange,以下简称“港交所”)`), and a
        short name made of the name's characters in their order (`投资审议委员会(投审会)`).
        The definition is the evidence, so a short name may be a common word (`启明`)."""
        full = t.text[start:end]
        latin = _BRACKETED_LATIN.match(t.text, end)
        if latin:
            defined = _DEFINED_AFTER_LATIN.match(t.text, latin.end())
            return [latin.span(1), *self._quoted_definitions(t, defined, full)]
        defined = _DEFINED_NAMES.match(t.text, end)
        if defined:
            return self._quoted_definitions(t, defined, full)
        unquoted = _DEFINED_UNQUOTED.match(t.text, end)
        if unquoted:
            spans, offset = [], unquoted.start(1)
            for item in unquoted.group(1).split("、"):
                if self._may_define(item, full):
                    spans.append((offset, offset + len(item)))
                offset += len(item) + 1
            return spans
        acronym = _BRACKETED_ACRONYM.match(t.text, end)
        if acronym:
            return [acronym.span(1)]
        short = _BRACKETED_SHORT.match(t.text, end)
        if short and _abbreviates(short.group(1), full):
            return [short.span(1)]
        return []

    def _quoted_definitions(
        self, t: _Text, defined: re.Match | None, full: str
    ) -> List[Tuple[int, int]]:
        """The quoted short names of a definition that may name `full`."""
        if defined is None:
            return []
        quoted = _QUOTED.finditer(t.text, *defined.span(1))
        return [m.span(1) for m in quoted if self._may_define(m.group(1), full)]

    def _may_define(self, name: str, full: str) -> bool:
        """Whether a defined short name can name the organisation `full`: not a generic
        word (`公司`, `标的公司`) unless made of the full name's characters (`首创集团` of
        `北京首都创业集团有限公司`), nor a party's role (`受让方`, `发行人`), nor a term of the
        deal made of common words (`标的资产`, `本次交易`) unless made of the name's characters."""
        return (
            len(name) >= 2
            and name not in self.not_org
            and name not in self.stop_words
            and name[-1] not in ROLE_ENDINGS
            and (not self._is_generic(name) or _abbreviates(name, full))
            and (not self._made_of_common_words(name) or _abbreviates(name, full))
        )

    def _is_generic(self, name: str) -> bool:
        """A common word with a company head: `标的公司`, `合资公司`, `商业银行`."""
        head = self._head_of(name)
        generic = name[: -len(head)] in self.common_words
        return generic and self.heads.get(head) in ("company", "finance")

    def short_forms(self, name: str) -> List[str]:
        """The short forms of a company name with a legal form; none for other names.

        `山东硕远新材料有限公司` → `硕远新材料`, `硕远`: drop the place prefix, the legal
        form, and then the industry or finance word (`明凯投资有限公司` → `明凯`). Forms that
        are common words, places or stop words are left out, and so are forms that end in a
        verb (`房地产开发` of `新疆房地产开发公司`).
        """
        legal = next((h for h in self.legal_forms if name.endswith(h)), None)
        if legal is None:
            return []
        core = name[len(self._place_prefix(name)) : len(name) - len(legal)]
        industry = next((w for w in self.trade_endings if core.endswith(w)), "")
        forms = (core, core[: len(core) - len(industry)])
        return [
            f
            for f in dict.fromkeys(forms)
            if self.is_short_name(f)
            and f not in self.heads
            and not self._is_generic(f)
            and f[-2:] not in self.stops_and_verbs
        ]

    def _place_prefix(self, name: str) -> str:
        """The place a name starts with: a province, then a city or county (`山东邹城市`)."""
        prefix = next(
            (name[:k] for k in range(min(8, len(name) - 1), 1, -1) if name[:k] in self.places), ""
        )
        rest = name[len(prefix) :]
        for k in (2, 3, 4):
            if len(rest) > k + 1 and rest[k - 1] in ADMIN_LEVELS:
                return prefix + rest[:k]
        return prefix


_LIST_CLAUSE = re.compile(r"[^，,。；;！？!?\n]*、[^，,。；;！？!?\n]*")
"""A clause that holds a list: the only places list patterns need to look."""


def _in_lists(pattern: re.Pattern, text: str) -> Iterable[re.Match]:
    """The matches of a list `pattern`, looked for only in clauses with a `、`, as a list
    never crosses a comma or a full stop (and the pattern is slow on long runs of text)."""
    for clause in _LIST_CLAUSE.finditer(text):
        yield from pattern.finditer(text, *clause.span())


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in `text[start:end]`, or None."""
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is made of characters of `name` in their order, and shorter."""
    rest = iter(name)
    return len(short) < len(name) and all(char in rest for char in short)


def _with_listing_marks(text: str, c: Candidate) -> Candidate:
    """`c` with the marks of a listed company that belong to its name: a risk warning
    before it (`*ST亚振`), Taiwan's mark of a company registered abroad after it (`臻鼎-KY`,
    `臻鼎-KY公司`)."""
    warned = text.startswith("ST", c.start) and text[c.start - 1 : c.start] in ("*", "＊")
    start = c.start - 1 if warned and c.start > 0 else c.start
    mark = _FOREIGN_LISTING.match(text, c.end)
    return Candidate(start, mark.end() if mark else c.end, c.source, c.kind)


def _merge_adjacent(
    found: List[Candidate], known: Dict[str, Tuple[str, str]], text: str
) -> List[Candidate]:
    """Join head names written together (`镇党委` + `政府`, `嘉兴市委` + `统战部`), and a
    known name with a head name after it (`中信` + `欧洲有限公司`); not a head name that is
    a known company itself (`浙商银行` + `杭州银行`; `known` maps names to source and kind).

    Overlapping candidates keep the first, longest one.
    """
    found = sorted(found, key=lambda c: (c.start, -c.end))
    merged: List[Candidate] = []
    for c in found:
        if merged and c.start < merged[-1].end:
            continue
        last = merged[-1] if merged else None
        if last and c.start == last.end and c.source == "org_heads":
            separate = known.get(text[c.start : c.end], ("", ""))[1] == "company"
            if not separate and last.source in JOINING_SOURCES:
                merged[-1] = Candidate(last.start, c.end, last.source, c.kind)
                continue
        merged.append(c)
    return merged


def _join_stations(t: _Text, found: List[Candidate]) -> List[Candidate]:
    """A government's office in another place is one name with it: `天津市政府` + `驻` +
    `北京办事处`."""
    joined: List[Candidate] = []
    for c in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind in ("government", "party")
            and t.text[previous.end : c.start] == "驻"
            and any(head in t.text[c.start : c.end] for head in STATION_HEADS)
        ):
            joined[-1] = Candidate(previous.start, c.end, previous.source, previous.kind)
            continue
        joined.append(c)
    return joined


def _without_people(text: str, found: List[Candidate]) -> List[Candidate]:
    """`found` less the names the document calls people somewhere (`陈兴方女士`): a name
    right before `先生` or `女士` is a person's wherever it stands."""
    people = {text[c.start : c.end] for c in found if text.startswith(_HONORIFICS, c.end)}
    return [c for c in found if text[c.start : c.end] not in people]


def _holds(c: Candidate, start: int, end: int) -> bool:
    """Whether `c` holds the span `start:end` and more (an alias `上海电气储能` holds the
    listed name `上海电气` found inside it, and wins over it)."""
    return c.start <= start < end <= c.end and (c.start, c.end) != (start, end)


def _inside_any(c: Candidate, ranges: List[Tuple[int, int]]) -> bool:
    return any(a <= c.start and c.end <= b for a, b in ranges)


def _alternation_pattern(words: Iterable[str]):
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words))
