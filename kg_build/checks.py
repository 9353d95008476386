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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from .errors import ShapesError
from .resources import ontology_file
from .validate import ValidationReport, Violation, load_shapes, report_of, validate

__all__ = ["CoreValidator", "SPARQLShape", "check_store", "merge", "ntriples", "sparql_shapes"]

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
    graph = Graph()
    frontier = [n for n in focus if isinstance(n, URIRef)]
    seen: set[Node] = set()
    for _ in range(hops):
        frontier = [n for n in frontier if n not in seen]
        if not frontier:
            break
        seen.update(frontier)
        values = " ".join(f"<{n}>" for n in frontier)
        part = store.construct(  # type: ignore[attr-defined]
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?s {{ {values} }} }}")
        graph += part
        frontier = [o for o in part.objects() if isinstance(o, URIRef)]
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

