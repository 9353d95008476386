"""A chunk of extracted documents made ready for the store, where they were extracted.

The costly steps after extraction run in the worker processes too, so that the process writing
the store only loads bytes: each document's graph becomes N-Quads (its stamps, the content hash
and extractor version that mark it complete, apart, to be written last), and the chunk is checked
against the SHACL Core shapes (kg_build.checks). What goes back is small: the N-Quads, the dated
events for cross-document resolution, counts, and the whole Doc only for a document that still
waits for a date another document may tell.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from .annotations import Doc, Event
from .checks import core_validator
from .lexicon import Lexicon
from .namespaces import DIP, RDF, SKOS
from .rdf import to_rdf
from .resolve import waits_for_date
from .store import to_oxigraph
from .validate import Violation

__all__ = ["Prepared", "Chunk", "prepare", "STAMPS"]

#: the predicates that mark a document's graph as complete: written after the rest of it
STAMPS = frozenset({str(DIP.contentHash), str(DIP.extractorVersion)})


@dataclass(frozen=True, slots=True)
class Prepared:
    """One document's graph, ready to load."""

    id: str
    graph: URIRef
    body: bytes  # N-Quads of the graph, stamps excepted
    stamps: bytes  # N-Quads of the stamps
    events: tuple[Event, ...]
    persons: frozenset[str]
    statements: int
    triples: int
    doc: Doc | None  # only when the document is held back until every document is read (see prepare)


@dataclass(frozen=True, slots=True)
class Chunk:
    documents: tuple[Prepared, ...]
    violations: tuple[Violation, ...]  # of the SHACL Core shapes; empty when not checked


def prepare(docs: Sequence[Doc], lexicon: Lexicon, *, check: bool, hold: bool = True) -> Chunk:
    """N-Quads and counts for each document and, with ``check``, the chunk's core-shape violations.

    With ``hold``, a document waiting for a date (:func:`waits_for_date`) keeps its Doc and is not
    checked: the build resolves, checks and writes it once every document is read.
    """
    out: list[Prepared] = []
    checked: list[bytes] = []  # N-Triples
    referenced: set[str] = set()
    iris: dict[URIRef, ox.NamedNode] = {}  # IRIs recur (predicates, classes, documents): made once

    def term(t: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if type(t) is URIRef:
            node = iris.get(t)
            if node is None:
                node = iris[t] = ox.NamedNode(t)
            return node
        return to_oxigraph(t)

    for doc in docs:
        held = hold and waits_for_date(doc)
        graph = to_rdf(doc)
        name = ox.NamedNode(str(graph.name))
        body: list[ox.Triple] = []
        stamps: list[ox.Triple] = []
        for s, p, o in graph.triples:
            (stamps if str(p) in STAMPS else body).append(ox.Triple(term(s), term(p), term(o)))  # type: ignore[arg-type]
            if check and not held and isinstance(o, URIRef):
                referenced.add(str(o))
        body_nt = ox.serialize(body, format=ox.RdfFormat.N_TRIPLES) if body else b""
        stamps_nt = ox.serialize(stamps, format=ox.RdfFormat.N_TRIPLES) if stamps else b""
        if check and not held:
            checked += (body_nt, stamps_nt)
        out.append(Prepared(
            id=doc.document.id, graph=graph.name, body=_in_graph(body_nt, name), stamps=_in_graph(stamps_nt, name),
            events=doc.events, persons=frozenset(m.iri for m in doc.mentions if m.type == "Person"),
            statements=len(doc.statements), triples=len(graph.triples),
            doc=doc if held else None))
    violations: tuple[Violation, ...] = ()
    if check and checked:
        # sh:class needs the type of each lexicon entity the chunk points to (and a label)
        entities: list[ox.Triple] = []
        for iri in sorted(referenced):
            entity = lexicon.entities.get(iri)
            if entity is not None:
                node = ox.NamedNode(iri)
                entities.append(ox.Triple(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DIP[entity.type]))))
                entities.append(ox.Triple(node, ox.NamedNode(str(SKOS.prefLabel)), ox.Literal(entity.label, language="en")))
        if entities:
            checked.append(ox.serialize(entities, format=ox.RdfFormat.N_TRIPLES))
        text = b"".join(checked).decode("utf-8")
        violations = core_validator("data").check(text)
    return Chunk(tuple(out), violations)


def _in_graph(ntriples: bytes, graph: ox.NamedNode) -> bytes:
    """N-Triples as N-Quads of one graph. Every line ends with " .\\n" and nowhere else (N-Triples
    writes a line break inside a literal as \\n), so the graph goes before that end."""
    return ntriples.replace(b" .\n", f" {graph} .\n".encode())
