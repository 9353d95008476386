"""Build: documents -> extraction -> cross-document resolution -> triples -> validation -> store.

Documents stream through in batches; a batch's graphs are validated and written together, so an
error in an input stops the build after the last complete batch and nothing already stored is
lost. A document whose content hash is already in the store is skipped.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from .annotations import Doc
from .documents import Document, read_inputs, read_manifest
from .lexicon import Lexicon, load_lexicon
from .namespaces import DIP, OWL, RDF, SKOS
from .parallel import Extractor
from .pipeline import make_doc, run
from .rdf import (EXTRACTOR_VERSION, LEXICON_GRAPH, ONTOLOGY_GRAPH, DocumentGraph, document_iri, graph_iri,
                  Triple, skolemize, to_rdf)
from .resolve import EventIndex, resolve_documents
from .resources import lexicon_files, ontology_file
from .store import Store, from_oxigraph
from .validate import ValidationReport, validate

__all__ = ["BuildReport", "build", "extract", "extract_all", "load_reference_graphs"]

BATCH = 256


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
    return read([ontology_file()]), skolemize(read(lexicon_files()))


def _unchanged(store: Store, document: Document) -> bool:
    stored = store.value(graph_iri(document.id), document_iri(document.id), DIP.contentHash)
    if stored is None or str(stored) != document.content_hash:
        return False
    version = store.value(graph_iri(document.id), document_iri(document.id), DIP.extractorVersion)
    return version is not None and str(version) == EXTRACTOR_VERSION


def _types_of(graphs: Sequence[DocumentGraph], lexicon: Lexicon) -> Graph:
    """The batch's triples plus the type and label of every lexicon entity they point to (for sh:class)."""
    data = Graph()
    for g in graphs:
        for triple in g.triples:
            data.add(triple)
    for o in set(data.objects()):
        entity = lexicon.entities.get(str(o)) if isinstance(o, URIRef) else None
        if entity is not None:
            data.add((o, RDF.type, DIP[entity.type]))
            data.add((o, SKOS.prefLabel, Literal(entity.label, lang="en")))
    return data


def build(paths: Sequence[str | Path], store: Store, *, manifest: str | Path | None = None,
          lexicon: Lexicon | None = None, check: bool = True, batch_size: int = BATCH, workers: int = 1,
          progress: Callable[[int], None] | None = None, dask: str | None = None) -> BuildReport:
    """Extract every input document into ``store``; validate what is written (``check``).

    ``workers`` processes extract in parallel (see :mod:`kg_build.parallel`); documents stream
    through in batches of ``batch_size``, so memory does not grow with the corpus.
    ``dask`` extracts on a Dask cluster instead: a scheduler address (``tcp://host:8786``) or
    ``"local"`` for a local cluster of ``workers`` processes; the store is still written from here.
    """
    lexicon = lexicon or load_lexicon()
    meta: Mapping[str, Mapping[str, str]] = read_manifest(Path(manifest)) if manifest else {}
    load_reference_graphs(store, lexicon)
    index = EventIndex()
    tally = _Tally()
    reports: list[ValidationReport] = []
    pending: list[Doc] = []
    documents = read_inputs(paths, meta)
    with Extractor(workers, lexicon, dask=dask) as extractor:
        waiting = _next_batch(documents, batch_size, store, tally, extractor)
        while waiting is not None:
            batch_len, results = waiting
            waiting = _next_batch(documents, batch_size, store, tally, extractor)  # overlaps the writing
            docs = results()
            for doc in docs:
                for event in doc.events:
                    index.add(event)
            # a document waiting for a date another document tells is resolved once every
            # document has been read, so the graph does not depend on the order of the inputs
            pending += [d for d in docs if any(e.date is None and e.month_day for e in d.events)]
            _write(docs, store, lexicon, check, tally, reports)
            if progress:
                progress(batch_len)
    if pending:
        redone = resolve_documents(pending, lexicon, index)
        changed = [new for old, new in zip(pending, redone) if new is not old]
        if changed:
            _write(changed, store, lexicon, check, tally, reports)
    validation = _merge_reports(reports) if check else None
    return tally.report(validation)


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


def _next_batch(documents: Iterator[Document], size: int, store: Store, tally: _Tally,
                extractor: Extractor) -> tuple[int, Callable[[], list[Doc]]] | None:
    batch = list(itertools.islice(documents, size))
    if not batch:
        return None
    fresh = [d for d in batch if not _unchanged(store, d)]
    tally.documents += len(batch)
    tally.skipped += len(batch) - len(fresh)
    return len(batch), extractor.submit(fresh)


def _write(docs: list[Doc], store: Store, lexicon: Lexicon, check: bool, tally: _Tally,
           reports: list[ValidationReport]) -> None:
    graphs = [to_rdf(d) for d in docs]
    if check and graphs:
        # the lexicon entities the batch points to are there with their type and English label,
        # for sh:class; the lexicon itself is checked by the lexicon shapes
        reports.append(validate(_types_of(graphs, lexicon)))
    store.replace_graphs({g.name: g.triples for g in graphs})
    for d, g in zip(docs, graphs):
        tally.per_doc[d.document.id] = (len(d.events), len(d.statements), len(g.triples))
        tally.persons.update(m.iri for m in d.mentions if m.type == "Person")


def _merge_reports(reports: list[ValidationReport]) -> ValidationReport | None:
    if not reports:
        return None
    if len(reports) == 1:
        return reports[0]
    failing = [r for r in reports if not r.conforms]
    return failing[0] if failing else reports[0]
