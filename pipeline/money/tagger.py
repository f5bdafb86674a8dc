"""`zh_ner_money_tagger_v1`: MONEY candidates from the money grammar, with normalised values."""

from __future__ import annotations

from typing import Callable, Iterable, List

from spacy.language import Language
from spacy.tokens import Doc

from ..rule_tagger import Found, RuleTagger
from ..tokenizer import doc_text
from .grammar import MoneyGrammar, Qualifier


@Language.factory(
    "zh_ner_money_tagger_v1",
    default_config={"spans_key": "money", "default_currency": "CNY", "trigger_window": 4},
)
def make_money_tagger(
    nlp: Language, name: str, spans_key: str, default_currency: str, trigger_window: int
) -> MoneyTagger:
    return MoneyTagger(nlp, name, spans_key, default_currency, trigger_window)


class MoneyTagger(RuleTagger):
    """Tags amounts of money; each span carries `value`, `value_max`, `currency`, `qualifier`.

    Settings (`default_currency`, `trigger_window`) live in `[components]`; the lexicons
    (currencies, qualifiers, triggers, quantity units, scale words) are data, given in
    `[initialize.components.<name>]` and saved with the pipeline.
    """

    source = "money_grammar"

    def __init__(self, nlp, name, spans_key, default_currency, trigger_window):
        super().__init__(nlp, name, spans_key)
        self.default_currency = default_currency
        self.trigger_window = trigger_window
        self.grammar: MoneyGrammar | None = None

    def initialize(
        self,
        get_examples: Callable | None = None,
        *,
        nlp: Language | None = None,
        currencies: Iterable[List[str]] = (),
        qualifiers: Iterable[List[str]] = (),
        triggers: Iterable[str] = (),
        quantity_units: Iterable[str] = (),
        scale_words: Iterable[str] = (),
    ) -> None:
        self.set_data(
            {
                "currencies": [list(row) for row in currencies],
                "qualifiers": [list(row) for row in qualifiers],
                "triggers": list(triggers),
                "quantity_units": list(quantity_units),
                "scale_words": list(scale_words),
            }
        )

    def set_data(self, data) -> None:
        super().set_data(data)
        self.grammar = MoneyGrammar(
            currencies=[tuple(row) for row in data["currencies"]],
            qualifiers=[Qualifier(*row) for row in data["qualifiers"]],
            triggers=data["triggers"],
            quantity_units=data["quantity_units"],
            scale_words=data["scale_words"],
            default_currency=self.default_currency,
            trigger_window=self.trigger_window,
        )

    def find_spans(self, doc: Doc) -> Iterable[Found]:
        if self.grammar is None:
            raise ValueError(
                f"The component '{self.name}' has no lexicons: initialise the pipeline "
                "(nlp.initialize() or `python -m spacy assemble`) before using it."
            )
        for m in self.grammar.find(doc_text(doc)):
            yield (
                m.start,
                m.end,
                "MONEY",
                {
                    "value": m.value,
                    "value_max": m.value_max,
                    "currency": m.currency,
                    "qualifier": m.qualifier,
                },
            )
