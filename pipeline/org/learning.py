"""Organisation names learned from the corpus itself: the `learn-names` pass.

Most names the rules miss are short names with no head (`摩拜`, `聯想之星`). Nothing in their
sentence marks them, but the corpus usually does somewhere else: a full name with a legal form
(`山东硕远新材料有限公司` → `硕远新材料`, `硕远`), a list of companies, a speaker tag, an
evidence word (`聯想之星總裁`), a signing (`与中建三局签约`). This pass streams the corpus
through the pipeline and collects that evidence per candidate name; a second, cheap pass over
the raw text counts every occurrence of the candidates. Names whose evidence clears the
thresholds become a JSONL gazetteer in the pattern format of `configs/org/gazetteer.jsonl`,
sorted by evidence, with counts and two example contexts, for a person to review.

Memory grows with the number of distinct candidates, not with the corpus.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Deque, Dict, Iterable, Iterator, List, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from ..documents import Document, read_documents
from ..errors import InputError
from ..ray_engine import ShardWorker
from ..tokenizer import doc_text
from .rules import CONTEXT_SOURCES, OrgRules
from .tagger import OrgTagger

DERIVED = "derived"
"""The evidence of a short form cut from a full company name (`硕远` from `…硕远…有限公司`)."""
FULL_NAME_SOURCES = ("org_heads", "org_latin")
EXAMPLE_CHARS = 12


@dataclass
class NameEvidence:
    """What the corpus says about one candidate name."""

    evidence: int = 0
    """Occurrences with organisation evidence."""
    evidence_docs: int = 0
    kinds: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    examples: List[Tuple] = field(default_factory=list)
    """`(shard, document, k, text)`: the first examples in corpus order, whatever order the
    shards are merged in."""
    occurrences: int = 0
    """All occurrences in the corpus, with evidence or without (second pass)."""
    documents: int = 0

    def update(self, other: NameEvidence, max_examples: int) -> None:
        self.evidence += other.evidence
        self.evidence_docs += other.evidence_docs
        self.kinds.update(other.kinds)
        self.rules.update(other.rules)
        self.examples = sorted(self.examples + other.examples)[:max_examples]
        self.occurrences += other.occurrences
        self.documents += other.documents


@dataclass(frozen=True)
class LearnSettings:
    """What evidence a name needs to be kept, and where the extra contexts come from."""

    min_evidence: int = 1
    """Occurrences with evidence a name needs."""
    min_ratio: float = 0.05
    """Share of its occurrences with evidence a name needs: common words occur without."""
    max_examples: int = 2
    contexts: Tuple[str, ...] = ()
    """Regular expressions (group `name`) that count as evidence when learning only."""

    @classmethod
    def from_config(cls, config, **given) -> LearnSettings:
        """The `[learn]` section of a pipeline config; given values win over it."""
        from spacy.util import registry

        section = dict(config.get("learn", {}))
        unknown = set(section) - {"min_evidence", "min_ratio", "max_examples", "contexts"}
        if unknown:
            raise InputError(f"Unknown keys in [learn]: {', '.join(sorted(unknown))}.")
        resolved = registry.resolve({"learn": section})["learn"] if section else {}
        values = {**resolved, **{k: v for k, v in given.items() if v is not None}}
        values["contexts"] = tuple(values.get("contexts", ()))
        return cls(**values)


class NameCollector:
    """Collects the evidence for candidate names in annotated documents."""

    def __init__(self, nlp: Language, settings: LearnSettings):
        tagger = next((pipe for _, pipe in nlp.pipeline if isinstance(pipe, OrgTagger)), None)
        if tagger is None or tagger.rules is None:
            raise InputError(
                "Learning names needs the ORG tagger (zh_ner_org_tagger_v1) in the pipeline, "
                "initialised; use a config like configs/zh_ner.cfg."
            )
        self.rules: OrgRules = tagger.rules
        self.spans_key = tagger.spans_key
        self.settings = settings
        self.contexts = [re.compile(p, re.MULTILINE) for p in settings.contexts]

    def collect(self, docs: Iterable[Doc], shard: int = 0) -> Dict[str, NameEvidence]:
        """The evidence in the documents of one shard."""
        found: Dict[str, NameEvidence] = {}
        for k, doc in enumerate(docs):
            for name, evidence in self.doc_evidence(doc).items():
                evidence.examples = [(shard, k, *example) for example in evidence.examples]
                found.setdefault(name, NameEvidence()).update(evidence, self.settings.max_examples)
        return found

    def doc_evidence(self, doc: Doc) -> Dict[str, NameEvidence]:
        """The candidates of one document, each with its evidence; examples are
        `(position, text)`."""
        text = doc_text(doc)
        simplified = text.translate(self.rules.t2s)
        starts = {token.idx for token in doc}
        ends = {token.idx + len(token.text) for token in doc}
        seen: Dict[str, NameEvidence] = {}

        def add(start: int, end: int, name: str, kind: str, rule: str) -> None:
            words = [
                simplified[token.idx : token.idx + len(token.text)]
                for token in doc.char_span(start, end, alignment_mode="expand")
            ]
            if not self._is_candidate(name, words, rule):
                return
            evidence = seen.setdefault(name, NameEvidence(evidence_docs=1))
            evidence.evidence += 1
            evidence.kinds[kind] += 1
            evidence.rules[rule] += 1
            if len(evidence.examples) < self.settings.max_examples:
                evidence.examples.append((start, _example(text, start, end)))

        for span in doc.spans.get(self.spans_key, []):
            name = simplified[span.start_char : span.end_char]
            if span._.source in CONTEXT_SOURCES:
                add(span.start_char, span.end_char, name, span._.kind, span._.source)
            elif span._.source in FULL_NAME_SOURCES:
                for form in self.rules.short_forms(name):
                    at = span.start_char + name.find(form)
                    add(at, at + len(form), form, span._.kind or "company", DERIVED)
        for k, pattern in enumerate(self.contexts):
            for m in pattern.finditer(simplified):
                start, end = m.span("name")
                if start in starts and end in ends:
                    name = m.group("name")
                    kind = self.rules.name_kind(name, "company")
                    add(start, end, name, kind, f"learning_context_{k}")
        return seen

    def _is_candidate(self, name: str, words: List[str], rule: str) -> bool:
        """A name of 2 to 12 characters, not a place, person or common word, not known
        already. Unless a tagger rule found it by its context, its words hold a proper word
        (`摩拜`, not `明星机器人`) and no function word; unless it was cut from a
        registered name (`联帮机械制造`), it also holds no verb (not `郑州银行的`) and ends
        in a proper word or a head (not `李泽湘教授`)."""
        rules = self.rules
        if not (2 <= len(name) <= 12) or name.isdigit() or name in rules.gazetteer:
            return False
        if not rules.is_short_name(name) or name in rules.people:
            return False
        if rule in CONTEXT_SOURCES:
            return True
        proper = [
            w not in rules.common_words
            and w not in rules.places
            and w not in rules.people
            and w not in rules.stops_and_verbs
            and w not in rules.heads
            for w in words
        ]
        if rule == DERIVED:
            return any(proper) and not any(w in rules.stop_words for w in words)
        if any(w in rules.stops_and_verbs for w in words):
            return False
        return any(proper) and (proper[-1] or words[-1] in rules.heads)


def count_occurrences(texts: Iterable[str], names: Dict[str, NameEvidence], t2s) -> None:
    """Count every occurrence of every candidate (and the documents it is in) in raw text:
    a dictionary lookup per length at each character, so the cost does not grow with the
    number of names."""
    lengths: Dict[str, List[int]] = {}
    for name in names:
        lengths.setdefault(name[0], []).append(len(name))
    lengths = {c: sorted(set(ls)) for c, ls in lengths.items()}
    for text in texts:
        text = text.translate(t2s)
        in_doc = set()
        for i, char in enumerate(text):
            for length in lengths.get(char, ()):
                if i + length > len(text):
                    break
                evidence = names.get(text[i : i + length])
                if evidence is not None:
                    evidence.occurrences += 1
                    in_doc.add(text[i : i + length])
        for name in in_doc:
            names[name].documents += 1


def select(names: Dict[str, NameEvidence], settings: LearnSettings) -> List[Dict]:
    """The names whose evidence clears the thresholds, as reviewable gazetteer rows, the
    strongest evidence first."""
    rows = []
    for name, e in names.items():
        occurrences = max(e.occurrences, e.evidence)
        if e.evidence < settings.min_evidence or e.evidence / occurrences < settings.min_ratio:
            continue
        rows.append(
            {
                "label": "ORG",
                "pattern": name,
                "kind": e.kinds.most_common(1)[0][0],
                "source": "corpus",
                "evidence": e.evidence,
                "evidence_documents": e.evidence_docs,
                "occurrences": occurrences,
                "without_evidence": occurrences - e.evidence,
                "documents": max(e.documents, e.evidence_docs),
                "rules": dict(sorted(e.rules.items())),
                "examples": [example[-1] for example in e.examples],
            }
        )
    rows.sort(key=lambda r: (-r["evidence"], -r["evidence"] / r["occurrences"], r["pattern"]))
    return rows


@dataclass
class LearnResult:
    names: List[Dict]
    documents: int = 0
    characters: int = 0
    candidates: int = 0
    seconds_collecting: float = 0.0
    """From the first shard's start to the last one's end: start-up is not counted."""
    seconds_counting: float = 0.0


def learn_names(
    run_settings,
    settings: LearnSettings,
    input_path: Path,
    progress: Callable[[int], None] | None = None,
    nlp: Language | None = None,
) -> LearnResult:
    """Both passes over the documents under `input_path`, in shards over
    `run_settings.n_process` workers (each loads the pipeline once)."""
    from ..runner import in_shards, load_pipeline

    documents = read_documents(input_path, run_settings.id_field, run_settings.text_field)
    batches = in_shards(documents, run_settings.shard_size)
    names: Dict[str, NameEvidence] = {}
    result = LearnResult(names=[])
    if run_settings.engine == "local" and run_settings.n_process <= 1:
        nlp = nlp or load_pipeline(run_settings.config_path, run_settings.overrides)
    else:
        nlp = None
    _merge(_partials(run_settings, settings, batches, nlp), names, settings, result, progress)
    counting = time.perf_counter()
    t2s = _t2s_table(nlp, run_settings)
    texts = (
        d.text
        for d in read_documents(input_path, run_settings.id_field, run_settings.text_field)
        if d.error is None
    )
    count_occurrences(texts, names, t2s)
    result.seconds_counting = time.perf_counter() - counting
    result.candidates = len(names)
    result.names = select(names, settings)
    return result


def _partials(run_settings, settings: LearnSettings, batches, nlp: Language | None) -> Iterator:
    """The evidence of each shard, in shard order: in this process with `nlp`, else in a
    process pool (at most two shards per worker in flight, so the input is not read ahead)
    or on Ray, as the settings' engine says."""
    from ..runner import worker_pool

    if run_settings.engine == "ray":
        from ..ray_engine import map_shards

        yield from map_shards(run_settings, batches, NameCollecting, learn=settings)
    elif nlp is not None:
        for index, batch in batches:
            yield _collect(nlp, settings, index, batch, run_settings)
    else:
        with worker_pool(run_settings) as pool:
            pending: Deque = deque()
            for index, batch in batches:
                job = (settings, index, batch, run_settings)
                pending.append(pool.apply_async(_collect_in_worker, (job,)))
                while len(pending) >= 2 * run_settings.n_process:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
            pool.close()
            pool.join()


def write_names(rows: Sequence[Dict], path: Path) -> None:
    """One name a line, in the gazetteer's pattern format (plus counts and examples)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _collect(nlp: Language, settings: LearnSettings, index: int, batch, run_settings):
    started = time.time()
    valid = [d for d in batch if d.error is None]
    docs = nlp.pipe((d.text for d in valid), batch_size=run_settings.batch_size)
    found = NameCollector(nlp, settings).collect(docs, shard=index)
    return found, len(batch), sum(len(d.text) for d in valid), (started, time.time())


class NameCollecting(ShardWorker):
    """A Ray Data actor that collects the evidence in one shard (`--engine ray`)."""

    def process(self, index: int, documents: List[Document]):
        return _collect(self.nlp, self.options["learn"], index, documents, self.settings)


def _collect_in_worker(job):
    from ..runner import worker_pipeline

    settings, index, batch, run_settings = job
    return _collect(worker_pipeline(), settings, index, batch, run_settings)


def _merge(partials, names, settings: LearnSettings, result: LearnResult, progress) -> None:
    first = last = None
    for found, documents, characters, (started, finished) in partials:
        first = started if first is None else min(first, started)
        last = finished if last is None else max(last, finished)
        result.seconds_collecting = last - first
        for name, evidence in found.items():
            names.setdefault(name, NameEvidence()).update(evidence, settings.max_examples)
        result.documents += documents
        result.characters += characters
        if progress:
            progress(documents)


def _t2s_table(nlp: Language | None, run_settings) -> Dict:
    """The simplification table of the ORG rules (read from the config when the pipeline
    lives in worker processes only)."""
    if nlp is None:
        from spacy.util import registry

        from ..runner import org_component, read_config

        config = read_config(run_settings.config_path, run_settings.overrides)
        section = config["initialize"]["components"].get(org_component(config), {})
        table = registry.resolve({"t2s": section["t2s"]})["t2s"] if "t2s" in section else {}
        return str.maketrans(table or {})
    return NameCollector(nlp, LearnSettings()).rules.t2s


def _example(text: str, start: int, end: int) -> str:
    before = text[max(0, start - EXAMPLE_CHARS) : start]
    after = text[end : end + EXAMPLE_CHARS]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())
