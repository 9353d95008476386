"""RDF: a document's annotations as the triples of its own named graph, with stable IRIs.

IRIs are hashes of what identifies a thing, so the same input always gives the same graph:
a document by its id; an event dated to the day by its type, date and participants (so one call
told by two documents is one event, with two sources); other events, statements and evidence
spans by document and offsets. No blank nodes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .annotations import Doc, Event
from .lexicon import label_key
from .mentions import person_display
from .namespaces import DCTERMS, DIP, GRAPH, ORG, PROV, RDF, RES, SCHEMA, SKOS, TIME, XSD

__all__ = ["DocumentGraph", "to_rdf", "skolemize", "with_label_keys", "document_iri", "graph_iri", "EXTRACTOR_VERSION", "LEXICON_GRAPH",
           "ONTOLOGY_GRAPH", "date_literal"]

EXTRACTOR_VERSION = "0.2.0"  # changes whenever the same text gives other triples: stored documents are redone
LEXICON_GRAPH = GRAPH["lexicon"]
ONTOLOGY_GRAPH = GRAPH["ontology"]
_PRECISION = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}

Triple = tuple[Node, Node, Node]



@dataclass(frozen=True, slots=True)
class DocumentGraph:
    """The named graph of one document and the hash of its content (to skip unchanged inputs)."""

    name: URIRef
    document: URIRef
    content_hash: str
    triples: tuple[Triple, ...]


def _h(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def document_iri(doc_id: str) -> URIRef:
    return RES[f"document/{_h(doc_id)}"]


def graph_iri(doc_id: str) -> URIRef:
    return GRAPH[f"document/{_h(doc_id)}"]


def event_iri(doc: Doc, event: Event, shared: bool = True) -> URIRef:
    """An event dated to the day is named by its kind, date and participants, so that the same
    talk told by several documents is one node; otherwise (or with ``shared=False``, for a second
    event of one document with the same name) by the document and its first mention."""
    if shared and event.date is not None and event.precision == "day":
        kind = "talk" if event.type in ("PhoneCall", "VideoCall", "Meeting", "Visit", "Summit") else event.type
        return RES[f"event/{_h(kind, event.date.isoformat(), *sorted(event.participants))}"]
    first = doc.event_mentions[event.mentions[0]].begin
    return RES[f"event/{_h(doc.document.id, event.type, first, *sorted(event.participants))}"]


def date_literal(date: dt.date, precision: str | None) -> Literal:
    if precision == "year":
        return Literal(f"{date.year:04d}", datatype=XSD.gYear)
    if precision == "month":
        return Literal(f"{date.year:04d}-{date.month:02d}", datatype=XSD.gYearMonth)
    return Literal(date.isoformat(), datatype=XSD.date)


def to_rdf(doc: Doc) -> DocumentGraph:
    """The triples of one document's graph."""
    return DocumentGraph(graph_iri(doc.document.id), document_iri(doc.document.id), doc.document.content_hash,
                         tuple(_triples(doc)))


def _triples(doc: Doc) -> Iterator[Triple]:
    d = doc.document
    text = d.text
    me = document_iri(d.id)
    yield me, RDF.type, DIP.Document
    yield me, DCTERMS.identifier, Literal(d.id)
    if d.title:
        yield me, DCTERMS.title, Literal(d.title)
    if d.published:
        yield me, DCTERMS.issued, Literal(d.published.isoformat(), datatype=XSD.date)
    yield me, DCTERMS.language, Literal(doc.lang)
    if d.source:
        yield me, DIP.source, Literal(d.source)
    if d.url:
        yield me, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI)
    yield me, DIP.contentHash, Literal(d.content_hash)
    yield me, DIP.extractorVersion, Literal(EXTRACTOR_VERSION)
    # with those it speaks as: the "I" of a statement, a readout's unnamed principal
    speakers = (s.speaker for s in doc.statements)
    for iri in dict.fromkeys([*(m.iri for m in doc.mentions), *doc.title_persons, *speakers]):
        yield me, DIP.mentions, URIRef(iri)
    for iri, label, post, country, title in doc.unknown_persons:
        person = URIRef(iri)
        yield person, RDF.type, DIP.Person
        display = person_display(label)
        yield person, SKOS.prefLabel, Literal(display, lang="en")  # the same in every document
        yield person, DIP.labelKey, Literal(label_key(display))
        if display != label:
            yield person, SKOS.altLabel, Literal(label, lang=doc.lang)  # as written in this document
            yield person, DIP.labelKey, Literal(label_key(label))
        yield person, SCHEMA.jobTitle, Literal(title)
        if post:
            yield person, ORG.holds, URIRef(post)
        if country:
            yield person, SCHEMA.nationality, URIRef(country)

    for iri, name, others in doc.resolutions:
        resolution = URIRef(iri)
        yield resolution, RDF.type, DIP.Agreement
        yield resolution, SKOS.prefLabel, Literal(name, lang="en")
        yield resolution, DIP.labelKey, Literal(label_key(name))
        for other, lang in others:
            yield resolution, SKOS.altLabel, Literal(other, lang=lang)
            yield resolution, DIP.labelKey, Literal(label_key(other))

    event_iris: list[URIRef] = []
    for event in doc.events:
        ev = event_iri(doc, event)
        if ev in event_iris:  # two events of one document, same day and participants (a meeting in
            ev = event_iri(doc, event, shared=False)  # Madrid, a summit in Rome): two nodes
        event_iris.append(ev)
        yield ev, RDF.type, DIP[event.type]
        for p in event.participants:
            yield ev, DIP.participant, URIRef(p)
        if event.place:
            yield ev, DIP.place, URIRef(event.place)
        if event.date:
            yield ev, DIP.date, date_literal(event.date, event.precision)
            yield ev, DIP.datePrecision, _PRECISION[event.precision or "day"]
            if event.basis:
                yield ev, DIP.dateBasis, Literal(event.basis)
        yield ev, PROV.wasDerivedFrom, me
        for i in event.mentions:
            s = doc.sentences[doc.event_mentions[i].sentence]
            span = RES[f"mention/{_h(d.id, s.begin, s.end)}"]
            yield ev, DIP.evidence, span
            yield from _span(span, me, s.begin, s.end, text)

    for st in doc.statements:
        node = RES[f"statement/{_h(d.id, st.speaker, st.subject, st.begin)}"]
        yield node, RDF.type, DIP.Statement
        yield node, DIP.speaker, URIRef(st.speaker)
        yield node, DIP.subject, URIRef(st.subject)
        if st.event is not None:
            yield node, DIP.atEvent, event_iris[st.event]
        if st.date:
            yield node, DIP.date, date_literal(st.date, st.precision)
            yield node, DIP.datePrecision, _PRECISION[st.precision or "day"]
        yield node, DIP.modality, DIP[st.modality]
        if st.reported_by:
            yield node, DIP.reportedBy, URIRef(st.reported_by)
        yield node, DIP.quote, Literal(text[st.begin:st.end])
        yield node, DIP.beginIndex, Literal(st.begin)
        yield node, DIP.endIndex, Literal(st.end)
        yield node, PROV.wasDerivedFrom, me


def _span(span: URIRef, doc: URIRef, begin: int, end: int, text: str) -> Iterator[Triple]:
    yield span, RDF.type, DIP.Mention
    yield span, DIP.inDocument, doc
    yield span, DIP.beginIndex, Literal(begin)
    yield span, DIP.endIndex, Literal(end)
    yield span, DIP.anchorOf, Literal(text[begin:end])


def with_label_keys(triples: list[Triple]) -> list[Triple]:
    """The triples plus a ``dip:labelKey`` for every ``skos:prefLabel`` and ``skos:altLabel`` (the
    canned queries find entities by it: queries/README.md)."""
    keys = {(s, DIP.labelKey, Literal(label_key(str(o)))) for s, p, o in triples if p in _LABELS}
    return triples + sorted(keys - set(triples), key=lambda t: (str(t[0]), str(t[2])))  # str: rdflib's order is slow


_LABELS = frozenset({SKOS.prefLabel, SKOS.altLabel})


def skolemize(triples: list[Triple]) -> list[Triple]:
    """Name the blank nodes of hand-written data (the lexicon's intervals) deterministically.

    A blank node becomes ``<parent IRI>/.well-known/genid/<predicate>`` after the one triple that
    points to it (nested ones after theirs), so loading the lexicon twice gives the same graph and
    remote stores receive no blank nodes. A blank node with no single parent keeps a name hashed
    from its own triples.
    """
    parents: dict[BNode, list[tuple[Node, Node]]] = {}
    for s, p, o in triples:
        if isinstance(o, BNode):
            parents.setdefault(o, []).append((s, p))
    names: dict[BNode, URIRef] = {}

    def name(node: BNode, depth: int = 0) -> URIRef:
        if node in names:
            return names[node]
        refs = parents.get(node, [])
        if len(refs) == 1 and depth < 8:
            parent, predicate = refs[0]
            local = str(predicate).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            if isinstance(parent, BNode):
                names[node] = URIRef(f"{name(parent, depth + 1)}/{local}")
            else:
                names[node] = URIRef(f"{parent}/.well-known/genid/{local}")
        else:
            own = sorted(f"{p} {o}" for s, p, o in triples if s == node and not isinstance(o, BNode))
            names[node] = URIRef(f"https://w3id.org/dipkg/.well-known/genid/{_h(*own)}")
        return names[node]

    def term(t: Node) -> Node:
        return name(t) if isinstance(t, BNode) else t

    return [(term(s), p, term(o)) for s, p, o in triples]
