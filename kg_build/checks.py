"""Fast SHACL validation for builds and whole stores, proven equal to pySHACL on the shape cases.

pySHACL (kg_build.validate) is the reference engine, but it costs ~14 ms per document on batches
and minutes on a million triples. A build checks instead:

- the SHACL Core shapes with rudof (``pyrudof``, a SHACL engine written in Rust), on each chunk
  of documents where it is extracted (in the worker processes), together with the ontology (so
  subclasses count) and the type and label of every lexicon entity the chunk points to;
- the shapes whose focus nodes a SPARQL query selects (``sh:target [ a sh:SPARQLTarget ]``,
  SHACL-AF: dates that disagree with their precision, terms that end before they begin) once,
  as whole-store queries on the store's own engine; the few nodes they select (none in a good
  graph) are then validated by pySHACL against those shapes, so their results are pySHACL's.

``tests/test_checks.py`` runs every case of ``tests/cases-shapes`` through both engines and
requires the same results (focus node, shape, path, value).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from .errors import ShapesError
from .resources import ontology_file, queries_dir
from .validate import ValidationReport, Violation, load_shapes, report_of, validate

__all__ = ["CoreValidator", "SPARQLShape", "core_validator", "check_store", "merge", "ntriples", "sparql_shapes", "validate_store"]

@dataclass(frozen=True, slots=True)
class SPARQLShape:
    """A shape whose focus nodes a SPARQL SELECT chooses (``?this``)."""

    iri: URIRef
    select: str


def sparql_shapes(shapes: str = "data") -> tuple[SPARQLShape, ...]:
    """The shapes of a set that have a ``sh:SPARQLTarget``, with their target query (prefixes declared)."""
    graph = load_shapes(shapes)
    return _sparql_shapes(graph)


@lru_cache(maxsize=8)
def _sparql_shapes(graph: Graph) -> tuple[SPARQLShape, ...]:
    found = []
    for shape, target in graph.subject_objects(SH.target):
        if (target, RDF.type, SH.SPARQLTarget) not in graph or not isinstance(shape, URIRef):
            continue
        select = graph.value(target, SH.select)
        if select is None:
            raise ShapesError(f"shape <{shape}>: its sh:SPARQLTarget has no sh:select")
        prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _declared_prefixes(graph, target))
        found.append(SPARQLShape(shape, prefixes + str(select)))
    return tuple(sorted(found, key=lambda s: str(s.iri)))


def _declared_prefixes(graph: Graph, node: Node) -> list[tuple[str, str]]:
    out = []
    for source in graph.objects(node, SH.prefixes):
        for decl in graph.objects(source, SH.declare):
            out.append((str(graph.value(decl, SH.prefix)), str(graph.value(decl, SH.namespace))))
    return sorted(set(out))


def _core_shapes(shapes: str) -> str:
    """The shapes graph as Turtle without the SPARQL-targeted shapes (checked on the store instead)."""
    graph = load_shapes(shapes)
    skip = {s.iri for s in _sparql_shapes(graph)}
    kept = Graph()
    for prefix, namespace in graph.namespaces():
        kept.bind(prefix, namespace)
    for triple in graph:
        if triple[0] not in skip:
            kept.add(triple)
    return kept.serialize(format="turtle")


class CoreValidator:
    """A rudof session holding the ontology and the SHACL Core shapes; ``check`` validates a chunk.

    One per process (it is not shared between threads); the ontology and shapes are parsed once.
    """

    def __init__(self, shapes: str = "data") -> None:
        try:
            import pyrudof
        except ImportError as err:  # a dependency of dipkg: only a broken install lacks it
            raise ShapesError("pyrudof is not installed", hint='reinstall dipkg: pip install -e ".[test]"') from err
        self._rudof_mod = pyrudof
        self.shapes = shapes
        self._rudof = pyrudof.Rudof(pyrudof.RudofConfig())
        self._rudof.read_data(str(ontology_file()), format=pyrudof.RDFFormat.Turtle)
        self._rudof.read_shacl(_core_shapes(shapes), format=pyrudof.ShaclFormat.Turtle)
        self._messages = _messages(load_shapes(shapes))

    def check(self, ntriples: str) -> tuple[Violation, ...]:
        """Validate N-Triples (with the types of the entities they point to) against the core shapes."""
        rudof = self._rudof
        rudof.begin_staging()
        try:
            rudof.read_data(ntriples, format=self._rudof_mod.RDFFormat.NTriples, merge=True)
            report = rudof.validate_shacl()
        finally:
            rudof.rollback_staging()
        if report.conforms:
            return ()
        return tuple(sorted((self._violation(v) for v in report.violations), key=_order))

    def _violation(self, entry: object) -> Violation:
        shape = _strip(getattr(entry, "source_shape"))
        value = getattr(entry, "value")
        path = getattr(entry, "path")
        return Violation(
            focus_node=_strip(getattr(entry, "focus_node")),
            path=_strip(path) if path else None,
            message=self._messages.get(shape, "") or _own_message(str(getattr(entry, "message") or "")),
            shape=shape,
            severity=_strip(str(getattr(entry, "severity"))).rsplit("#", 1)[-1],
            value=_term_text(value) if value else None,
            component=_strip(str(getattr(entry, "constraint_component"))).rsplit("#", 1)[-1],
        )


_LOCAL = threading.local()


def core_validator(shapes: str = "data") -> CoreValidator:
    """This thread's rudof session for a shape set (made on first use, kept for the next chunks:
    a session is not shared between threads)."""
    sessions = _LOCAL.__dict__.setdefault("sessions", {})
    if shapes not in sessions:
        sessions[shapes] = CoreValidator(shapes)
    return sessions[shapes]


def _order(v: Violation) -> tuple[str, str, str, str]:
    return (v.focus_node, v.shape, v.path or "", v.message)


def _messages(graph: Graph) -> dict[str, str]:
    out: dict[str, str] = {}
    for shape, message in graph.subject_objects(SH.message):
        if isinstance(shape, URIRef):
            out.setdefault(str(shape), str(message))
    return out


def _strip(text: str) -> str:
    text = str(text)
    return text[1:-1] if text.startswith("<") and text.endswith(">") else text


_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:\^\^\S+|@[A-Za-z0-9-]+)?$', re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "b": "\b", "f": "\f"}


def _term_text(text: str) -> str:
    """A literal's lexical form, an IRI without brackets, a blank node as ``_:id``."""
    found = _LITERAL.match(text)
    if found is None:
        return _strip(text)
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), found.group(1))


def _own_message(text: str) -> str:
    found = re.findall(r'"((?:[^"\\]|\\.)*)"@en', text)
    return found[-1] if found else text


# --------------------------------------------------------------------------------------------
# the SPARQL-targeted shapes, on the whole store


def check_store(store: object, shapes: str = "data") -> tuple[Violation, ...]:
    """Run the SPARQL-targeted shapes over everything ``store`` holds.

    Each shape's target query runs once on the store's engine; the nodes it selects are then
    validated by pySHACL against that shape, on their neighbourhood in the store (three hops).
    """
    found: list[Violation] = []
    for shape in sparql_shapes(shapes):
        result = store.select(shape.select)  # type: ignore[attr-defined]
        focus = sorted({row[0] for row in result.rows if row and isinstance(row[0], (URIRef, BNode))}, key=str)
        if not focus:
            continue
        data = _neighbourhood(store, focus)
        report = validate(data, shapes=_single_shape(shapes, shape.iri), focus_nodes=focus)  # type: ignore[arg-type]
        found += [v for v in report.violations if v.shape == str(shape.iri)]
    return tuple(sorted(found, key=_order))


def _neighbourhood(store: object, focus: Sequence[Node], hops: int = 3) -> Graph:
    """The triples of the focus nodes and of what they point to, ``hops`` deep."""
    query = (queries_dir() / "store" / "triples-of.rq").read_text(encoding="utf-8")
    graph = Graph()
    frontier = [n for n in focus if isinstance(n, URIRef)]
    seen: set[Node] = set()
    for _ in range(hops):
        frontier = [n for n in frontier if n not in seen]
        seen.update(frontier)
        added = [row for node in frontier for row in store.select(query, {"s": node}).rows]  # type: ignore[attr-defined]
        for s, p, o in added:
            graph.add((s, p, o))
        frontier = [o for _, _, o in added if isinstance(o, URIRef)]
    return graph


@lru_cache(maxsize=16)
def _single_shape(shapes: str, shape: URIRef) -> Graph:
    """One shape with its blank nodes and the nodes it names (SPARQL constraints, prefixes)."""
    source = load_shapes(shapes)
    out = Graph()
    for prefix, namespace in source.namespaces():
        out.bind(prefix, namespace)
    todo: list[Node] = [shape]
    done: set[Node] = set()
    while todo:
        node = todo.pop()
        if node in done:
            continue
        done.add(node)
        for p, o in source.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, BNode) or (isinstance(o, URIRef) and p != RDF.type and (o, None, None) in source):
                todo.append(o)
    return out


def merge(violations: Iterable[Violation], *, text_limit: int = 50) -> ValidationReport:
    """A ValidationReport (graph and text as pySHACL words them) for a set of violations."""
    return report_of(tuple(sorted(set(violations), key=_order)), text_limit=text_limit)


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """N-Triples text for rdflib triples (through Oxigraph's serializer)."""
    from .store import to_oxigraph
    quads = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples]  # type: ignore[arg-type]
    return ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if quads else ""



# --------------------------------------------------------------------------------------------
# a whole store, in chunks


_RDF_TYPE = f"<{RDF.type}>"
_PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
_DIP = "https://w3id.org/dipkg/ontology#"
_CHUNK_TRIPLES = 5_000


def validate_store(store: object, *, shapes: str = "all", workers: int = 1) -> ValidationReport:
    """Validate everything a store holds against ``shapes`` (``all``, ``data`` or ``lexicon``).

    rudof checks nodes in chunks, which keeps it fast on a million triples: the nodes only
    documents produce (documents, events, statements, mentions), each with all its triples from
    every graph, in chunks of about 40k triples checked by ``workers`` processes against the data
    shapes, with the type and preferred label of every node they point to (and the full
    description of documents, events ... they point to); everything else (the lexicon, persons the
    lexicon does not know) in one chunk, against ``shapes``. The SPARQL-targeted shapes run on
    the store (:func:`check_store`). ``tests/test_checks.py`` compares the result with pySHACL's.
    """
    subjects, order = _subjects(store)
    document_level = _document_level(subjects)
    rest = [s for s in order if s not in document_level]
    found: list[Violation] = list(core_validator(shapes).check(_chunk_text(rest, subjects, document_level)))
    if shapes in ("all", "data"):
        members = sorted(document_level, key=lambda s: (_document_of(s, subjects), s))  # whole documents
        chunks = _document_chunks(members, subjects, document_level)
        if workers > 1 and len(chunks) > 1:
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import get_context
            with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
                for part in pool.map(_check_data_chunk, chunks):
                    found += part
        else:
            for text in chunks:
                found += _check_data_chunk(text)
    found += check_store(store, shapes)
    return merge(found)


def _check_data_chunk(text: str) -> tuple[Violation, ...]:
    return core_validator("data").check(text)


def _subjects(store: object) -> tuple[dict[str, set[str]], list[str]]:
    """Every triple of the store's union as an N-Triples line, grouped by subject."""
    data = _union_ntriples(store)
    subjects: dict[str, set[str]] = {}
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        subject = line.split(" ", 1)[0]
        subjects.setdefault(subject, set()).add(line)
    return subjects, sorted(subjects)


def _union_ntriples(store: object) -> str:
    """Every triple of every graph as N-Triples (a triple in several graphs comes several times)."""
    oxigraph = getattr(store, "oxigraph", None)
    if oxigraph is not None:  # the embedded store: no conversion to rdflib terms
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in oxigraph.quads_for_pattern(None, None, None))
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return ntriples((s, p, o) for s, p, o, _ in store.quads())  # type: ignore[attr-defined]


def _document_level(subjects: dict[str, set[str]]) -> set[str]:
    classes = {f"<{_DIP}{name}>" for name in _document_classes()}
    out = set()
    for subject, lines in subjects.items():
        for line in lines:
            parts = line.split(" ", 2)
            if parts[1] == _RDF_TYPE and parts[2][:-2].strip() in classes:
                out.add(subject)
                break
    return out


@lru_cache(maxsize=1)
def _document_classes() -> frozenset[str]:
    """dip:Document, dip:Statement, dip:Mention, dip:Event and its subclasses (from the ontology)."""
    ontology = Graph().parse(ontology_file(), format="turtle")
    event = URIRef(_DIP + "Event")
    events = set(ontology.transitive_subjects(RDFS.subClassOf, event))
    return frozenset({"Document", "Statement", "Mention"} | {str(e)[len(_DIP):] for e in events if str(e).startswith(_DIP)})


_SOURCES = ("<http://www.w3.org/ns/prov#wasDerivedFrom>", f"<{_DIP}inDocument>")


def _document_of(subject: str, subjects: dict[str, set[str]]) -> str:
    """The (first) document a node comes from; a document is its own."""
    found = [parts[2][:-2].strip() for parts in (line.split(" ", 2) for line in subjects[subject])
             if parts[1] in _SOURCES]
    return min(found) if found else subject


def _objects(lines: Iterable[str]) -> set[str]:
    out = set()
    for line in lines:
        obj = line.split(" ", 2)[2][:-2].strip()
        if obj.startswith(("<", "_:")):
            out.add(obj)
    return out


def _chunk_text(members: Sequence[str], subjects: dict[str, set[str]], document_level: set[str]) -> str:
    """The triples of ``members`` and of the document-level nodes they lead to, plus the type and
    preferred labels of every other node they point to."""
    full = set(members)
    lines = [line for s in members for line in subjects[s]]
    frontier = lines
    while True:  # statement -> event -> mention -> document: a few hops at most
        extra = [o for o in _objects(frontier) if o in document_level and o not in full]
        if not extra:
            break
        full.update(extra)
        frontier = [line for s in extra for line in subjects.get(s, ())]
        lines += frontier
    for o in _objects(lines):
        if o in full:
            continue
        for line in subjects.get(o, ()):
            predicate = line.split(" ", 2)[1]
            if predicate == _RDF_TYPE or predicate == _PREF_LABEL:
                lines.append(line)
    return "\n".join(lines) + "\n"


def _document_chunks(members: Sequence[str], subjects: dict[str, set[str]], document_level: set[str]) -> list[str]:
    chunks, current, size = [], [], 0
    for s in members:
        current.append(s)
        size += len(subjects[s])
        if size >= _CHUNK_TRIPLES:
            chunks.append(_chunk_text(current, subjects, document_level))
            current, size = [], 0
    if current:
        chunks.append(_chunk_text(current, subjects, document_level))
    return chunks
