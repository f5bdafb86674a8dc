import pytest

from pipeline.money.grammar import MoneyGrammar, Qualifier
from pipeline.readers import read_lines, read_table
from tests.conftest import ROOT

CONFIG = ROOT / "configs" / "money"


@pytest.fixture(scope="session")
def grammar():
    """The money grammar built from the lexicons the default config uses."""
    return MoneyGrammar(
        currencies=read_table(str(CONFIG / "currencies.tsv")),
        qualifiers=[Qualifier(*row) for row in read_table(str(CONFIG / "qualifiers.tsv"))],
        triggers=read_lines(str(CONFIG / "triggers.txt")),
        quantity_units=read_lines(str(CONFIG / "quantity_units.txt")),
        scale_words=read_lines(str(CONFIG / "scale_words.txt")),
    )


def found(grammar, text):
    """What the grammar finds: (span text, value, value_max, currency, qualifier) tuples."""
    return [
        (
            text[m.start : m.end],
            str(m.value.normalize()) if m.value is not None else None,
            str(m.value_max.normalize()) if m.value_max is not None else None,
            m.currency,
            m.qualifier,
        )
        for m in grammar.find(text)
    ]
