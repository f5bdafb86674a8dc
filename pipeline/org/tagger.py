"""`zh_ner_org_tagger_v1`: ORG candidates from heads, a gazetteer, company lists and aliases."""

from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..rule_tagger import Found, RuleTagger
from .broken_lines import OffsetMap, broken_lines, without
from .rules import OrgRules


@Language.factory(
    "zh_ner_org_tagger_v1",
    default_config={
        "spans_key": "org",
        "money_spans_key": "money",
        "max_name_chars": 18,
        "update_user_dict": True,
    },
)
def make_org_tagger(
    nlp: Language,
    name: str,
    spans_key: str,
    money_spans_key: str,
    max_name_chars: int,
    update_user_dict: bool,
) -> OrgTagger:
    return OrgTagger(nlp, name, spans_key, money_spans_key, max_name_chars, update_user_dict)


class OrgTagger(RuleTagger):
    """Tags organisation names. Each span's `source` names the rule that found it.

    The lexicons (heads by kind, stop and function words, common words, non-organisation
    words, zone words, places, contexts, the gazetteer and a traditional-to-simplified
    character table) are data from `[initialize.components.<name>]`, saved with the pipeline.
    `listed_companies` are the short names of listed companies (`org_listed`), less the
    ambiguous ones; `learned_names` are names learned from a corpus (`learn-names`), tagged
    like the gazetteer's but with the source `org_corpus`. With `update_user_dict`, these names
    go into pkuseg's user dictionary so that segmentation keeps them whole: the gazetteer's and
    learned ones of three characters or more, listed ones of four or more. Shorter ones pkuseg
    would cut out of other words (`北大` out of `湖北大明`, `光宝科` out of `光宝科技`).
    The rules read a text whose long lines wrap inside words (PDF filings) without those line
    breaks, so that the names they cut are found whole (`broken_lines`).
    """

    source = "org_heads"

    def __init__(self, nlp, name, spans_key, money_spans_key, max_name_chars, update_user_dict):
        super().__init__(nlp, name, spans_key)
        self.money_spans_key = money_spans_key
        self.max_name_chars = max_name_chars
        self.update_user_dict = update_user_dict
        self.rules: OrgRules | None = None

    def initialize(
        self,
        get_examples: Callable | None = None,
        *,
        nlp: Language | None = None,
        heads: Iterable[List[str]] = (),
        stop_words: Iterable[str] = (),
        verbs: Iterable[str] = (),
        function_words: Iterable[str] = (),
        common_words: Iterable[str] = (),
        not_org: Iterable[str] = (),
        zone_words: Iterable[str] = (),
        places: Iterable[str] = (),
        gazetteer: Iterable[Dict] = (),
        learned_names: Iterable[Dict] = (),
        listed_companies: Iterable[Dict] = (),
        contexts: Iterable[str] = (),
        latin_legal_forms: Iterable[str] = (),
        evidence_words: Iterable[str] = (),
        actor_verbs: Iterable[str] = (),
        people: Iterable[str] = (),
        surnames: Iterable[str] = (),
        t2s: Optional[Dict[str, str]] = None,
    ) -> None:
        self.set_data(
            {
                "heads": [list(row[:2]) for row in heads],
                "stop_words": sorted(set(stop_words)),
                "verbs": sorted(set(verbs)),
                "function_words": sorted(set(function_words)),
                "common_words": sorted(set(common_words)),
                "not_org": list(not_org),
                "zone_words": list(zone_words),
                "places": sorted(set(places)),
                "gazetteer": _names(gazetteer),
                "learned_names": _names(learned_names),
                "listed": sorted({company["name"] for company in listed_companies}),
                "contexts": list(contexts),
                "latin_legal_forms": list(latin_legal_forms),
                "evidence_words": list(evidence_words),
                "actor_verbs": list(actor_verbs),
                "people": sorted(set(people)),
                "surnames": sorted(set(surnames)),
                "t2s": dict(t2s or {}),
            }
        )
        tokenizer = (nlp or self.nlp).tokenizer
        if self.update_user_dict and hasattr(tokenizer, "pkuseg_update_user_dict"):
            names = [n for n, _ in self.data["gazetteer"] + self.data["learned_names"]]
            names += [n for n in self.rules.listed if len(n) > 3]
            tokenizer.pkuseg_update_user_dict(sorted({n for n in names if len(n) > 2}))

    def set_data(self, data) -> None:
        super().set_data(data)
        self.rules = OrgRules(
            heads=data["heads"],
            stop_words=data["stop_words"],
            verbs=data["verbs"],
            function_words=data.get("function_words", []),
            common_words=data["common_words"],
            not_org=data["not_org"],
            zone_words=data["zone_words"],
            gazetteer=dict(data["gazetteer"]),
            learned_names=dict(data.get("learned_names", [])),
            listed=data.get("listed", []),
            places=data["places"],
            contexts=data["contexts"],
            latin_legal_forms=data["latin_legal_forms"],
            evidence_words=data["evidence_words"],
            actor_verbs=data["actor_verbs"],
            people=data["people"],
            surnames=data.get("surnames", []),
            t2s=data["t2s"],
            max_name_chars=self.max_name_chars,
        )

    def find_spans(self, doc: Doc) -> Iterable[Found]:
        if self.rules is None:
            raise ValueError(
                f"The component '{self.name}' has no lexicons: initialise the pipeline "
                "(nlp.initialize() or `python -m spacy assemble`) before using it."
            )
        money = [(s.start_char, s.end_char) for s in doc.spans.get(self.money_spans_key, [])]
        cuts = broken_lines(doc.text)
        offsets = OffsetMap(cuts)
        read = self.nlp.make_doc(without(doc.text, cuts)) if cuts else doc
        money = [(offsets.to_joined(start), offsets.to_joined(end)) for start, end in money]
        for c in self.rules.find(read, money):
            start, end = offsets.span_to_original(c.start, c.end)
            yield start, end, "ORG", {"source": c.source, "kind": c.kind}


def _names(patterns: Iterable[Dict]) -> List[List[str]]:
    """`[name, kind]` for the ORG phrase patterns (token patterns are not names); the kind
    is the pattern's `kind`, or empty (then the head the name ends in decides)."""
    names = {
        p["pattern"]: p.get("kind") or ""
        for p in patterns
        if p["label"] == "ORG" and isinstance(p["pattern"], str)
    }
    return [[name, kind] for name, kind in sorted(names.items())]
