"""Span attributes our components set: which rule made an entity, what kind of organisation
an ORG is, and what a MONEY amount is."""

from spacy.tokens import Span

SPAN_ATTRIBUTES = ("source", "kind", "value", "value_max", "currency", "qualifier")

for _name in SPAN_ATTRIBUTES:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
