"""Build: documents -> extraction -> cross-document resolution -> triples -> validation -> store.

Documents stream through in batches; each batch's graphs are validated where they are extracted
and written in bulk loads of ``LOAD_BATCHES`` batches. An error in an input stops the
build once what was extracted before it is written, and nothing already stored is lost. A
document whose content hash is already in the store is skipped.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from functools import lru_cache
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal

from .annotations import Doc
from .checks import check_store, merge
from .documents import Document, read_inputs, read_manifest
from .errors import DipkgError
from .lexicon import Lexicon, load_lexicon
from .namespaces import DIP, GRAPH, OWL
from .parallel import Extractor
from .pipeline import make_doc, run
from .prepare import Chunk, Prepared, prepare
from .rdf import (EXTRACTOR_VERSION, LEXICON_GRAPH, ONTOLOGY_GRAPH, document_iri, graph_iri,
                  Triple, skolemize, with_label_keys)
from .resolve import EventIndex, resolve_documents
from .resources import lexicon_files, ontology_file, queries_dir
from .store import Store, from_oxigraph
from .validate import ValidationReport, Violation

__all__ = ["BuildReport", "build", "extract", "extract_all", "load_reference_graphs"]

BATCH = 256
IN_FLIGHT = 2  # batches submitted ahead: the workers go on while this process writes (slow remote stores)
#: batches per bulk load: Oxigraph's bulk loader costs less per triple in larger loads (the writing
#: process's CPU over the whole bulk corpus: 30 s in loads of 256 documents, 20 s in loads of
#: 2,048); what waits costs memory, some 300 MB for 4 batches of 256 documents
LOAD_BATCHES = 4


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: counts, and the SHACL report of what it wrote (None when not validated)."""

    documents: int
    written: int
    skipped: int
    events: int
    statements: int
    persons: int
    triples: int
    validation: ValidationReport | None

    @property
    def conforms(self) -> bool:
        return self.validation is None or self.validation.conforms


def extract(document: Document | str, lexicon: Lexicon | None = None) -> Doc:
    """Run every extraction stage on one document (no cross-document resolution)."""
    return run(make_doc(document), lexicon or load_lexicon())


def extract_all(documents: Iterable[Document], lexicon: Lexicon | None = None) -> list[Doc]:
    """Extract a set of documents and resolve them against each other."""
    lexicon = lexicon or load_lexicon()
    return resolve_documents([run(make_doc(d), lexicon) for d in documents], lexicon)


def load_reference_graphs(store: Store, lexicon: Lexicon) -> None:
    """Put the ontology and the lexicon in their own graphs, unless the stored ones are current."""
    stamp = Literal(lexicon.fingerprint)
    if store.value(LEXICON_GRAPH, LEXICON_GRAPH, OWL.versionInfo) == stamp:
        return
    ontology, lex = _reference_triples(lexicon.fingerprint)
    store.replace_graphs({ONTOLOGY_GRAPH: ontology, LEXICON_GRAPH: [*lex, (LEXICON_GRAPH, OWL.versionInfo, stamp)]})


@lru_cache(maxsize=2)
def _reference_triples(fingerprint: str) -> tuple[list[Triple], list[Triple]]:
    """The ontology's and the lexicon's triples, parsed by Oxigraph (fast) as rdflib terms."""
    def read(paths: list[Path]) -> list[Triple]:
        out: list[Triple] = []
        for path in paths:
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                out.append((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
        return out
    return read([ontology_file()]), with_label_keys(skolemize(read(lexicon_files())))


def _unchanged(store: Store, document: Document) -> bool:
    stored = store.value(graph_iri(document.id), document_iri(document.id), DIP.contentHash)
    if stored is None or str(stored) != document.content_hash:
        return False
    version = store.value(graph_iri(document.id), document_iri(document.id), DIP.extractorVersion)
    return version is not None and str(version) == EXTRACTOR_VERSION


def build(paths: Sequence[str | Path], store: Store, *, manifest: str | Path | None = None,
          lexicon: Lexicon | None = None, check: bool = True, batch_size: int = BATCH, workers: int = 1,
          progress: Callable[[int], None] | None = None, dask: str | None = None) -> BuildReport:
    """Extract every input document into ``store``; validate what is written (``check``).

    ``workers`` processes extract in parallel (see :mod:`kg_build.parallel`); documents stream
    through in batches of ``batch_size``, so memory does not grow with the corpus.
    ``dask`` extracts on a Dask cluster instead: a scheduler address (``tcp://host:8786``) or
    ``"local"`` for a local cluster of ``workers`` processes; the store is still written from here.

    Validation: the SHACL Core shapes on each chunk where it is extracted, and the SPARQL-based
    shapes once over the whole store at the end (kg_build.checks). A document is complete in the
    store once its content hash is: a build interrupted at any point, even killed, is completed
    by the next one to the graph a clean build gives.
    """
    lexicon = lexicon or load_lexicon()
    meta: Mapping[str, Mapping[str, str]] = read_manifest(Path(manifest)) if manifest else {}
    load_reference_graphs(store, lexicon)
    state = _Run(store, lexicon, check, _stored_events(store), load_group=LOAD_BATCHES * batch_size)
    documents = read_inputs(paths, meta)
    with Extractor(workers, lexicon, dask=dask) as extractor:
        # batches in flight: the workers extract the next ones while this process writes one
        waiting: deque[tuple[int, Callable[[], list[Chunk]]]] = deque()
        try:
            while True:
                while len(waiting) < IN_FLIGHT and (submitted := state.next_batch(documents, batch_size, extractor)):
                    waiting.append(submitted)
                if not waiting:
                    break
                batch_len, results = waiting.popleft()
                state.write(results())
                if progress:
                    progress(batch_len)
        except DipkgError:
            state.flush()  # an input error: what was extracted before it is stored all the same
            raise
    state.finish()
    return state.tally.report(merge(state.violations) if check else None)


class _Run:
    """The state of one build: the event index, the documents held back, counts and violations."""

    def __init__(self, store: Store, lexicon: Lexicon, check: bool,
                 stored: Mapping[str, list[tuple[str, tuple[str, ...], dt.date]]], load_group: int) -> None:
        self.store, self.lexicon, self.check = store, lexicon, check
        self.load_group = load_group  # documents per bulk load, at least
        self.stored = stored
        self.index = EventIndex()
        self.tally = _Tally()
        self.violations: list[Violation] = []
        # documents waiting for a date another document may tell: resolved and written once every
        # document has been read, so the graph does not depend on the order of the inputs
        self.held: list[Doc] = []
        self.pending: list[Prepared] = []

    def next_batch(self, documents: Iterator[Document], size: int,
                   extractor: Extractor) -> tuple[int, Callable[[], list[Chunk]]] | None:
        batch = list(itertools.islice(documents, size))
        if not batch:
            return None
        fresh = []
        for d in batch:
            if _unchanged(self.store, d):
                for event_type, participants, date in self.stored.get(str(graph_iri(d.id)), ()):
                    self.index.add_dated(event_type, participants, date)
            else:
                fresh.append(d)
        self.tally.documents += len(batch)
        self.tally.skipped += len(batch) - len(fresh)
        return len(batch), extractor.submit(fresh, self.check)

    def write(self, chunks: list[Chunk]) -> None:
        ready = []
        for chunk in chunks:
            self.violations += chunk.violations
            for p in chunk.documents:
                for event in p.events:
                    self.index.add(event)
                if p.doc is not None:
                    self.held.append(p.doc)
                else:
                    ready.append(p)
        self._load(ready)

    def finish(self) -> None:
        if self.held:
            chunk = prepare(resolve_documents(self.held, self.lexicon, self.index), self.lexicon,
                            check=self.check, hold=False)
            self.violations += chunk.violations
            self._load(list(chunk.documents))
        self.flush()
        if self.check:
            self.violations += check_store(self.store)

    def flush(self) -> None:
        """Load the documents waiting for a bulk load."""
        self._load([], flush=True)

    def _load(self, ready: list[Prepared], flush: bool = False) -> None:
        self.pending += ready
        if not self.pending or (not flush and len(self.pending) < self.load_group):
            return
        ready, self.pending = self.pending, []
        self.store.load_graphs([p.graph for p in ready], b"".join(p.body for p in ready),
                               b"".join(p.stamps for p in ready))
        for p in ready:
            self.tally.per_doc[p.id] = (len(p.events), p.statements, p.triples)
            self.tally.persons.update(p.persons)


def _stored_events(store: Store) -> dict[str, list[tuple[str, tuple[str, ...], dt.date]]]:
    """The day-dated events of each document graph already in the store (read once per build)."""
    if not any(str(g).startswith(str(GRAPH["document/"])) for g in store.graph_names()):
        return {}
    events: dict[tuple[str, str], tuple[str, list[str], dt.date]] = {}
    query = (queries_dir() / "store" / "dated-events.rq").read_text(encoding="utf-8")
    for row in store.select(query).dicts():
        try:
            date = dt.date.fromisoformat(str(row["date"]))
        except ValueError:
            continue
        key = (str(row["graph"]), str(row["event"]))
        events.setdefault(key, (str(row["type"]), [], date))[1].append(str(row["participant"]))
    out: dict[str, list[tuple[str, tuple[str, ...], dt.date]]] = {}
    for (graph, _), (event_type, participants, date) in events.items():
        out.setdefault(graph, []).append((event_type, tuple(participants), date))
    return out


class _Tally:
    """Counts of a build; a document written twice (re-resolved) counts once, as last written."""

    def __init__(self) -> None:
        self.documents = 0
        self.skipped = 0
        self.per_doc: dict[str, tuple[int, int, int]] = {}
        self.persons: set[str] = set()

    def report(self, validation: ValidationReport | None) -> BuildReport:
        events, statements, triples = (sum(x) for x in zip(*self.per_doc.values())) if self.per_doc else (0, 0, 0)
        return BuildReport(self.documents, len(self.per_doc), self.skipped, events, statements,
                           len(self.persons), triples, validation)
