"""Span attributes our components set: which rule made an entity, and what a MONEY amount is."""

from spacy.tokens import Span

SPAN_ATTRIBUTES = ("source", "value", "value_max", "currency", "qualifier")

for _name in SPAN_ATTRIBUTES:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
