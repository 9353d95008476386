"""SHACL validation of dipkg graphs against the shapes in ``shapes/``.

``validate(graph)`` runs pySHACL with ``inference="none"`` and the ontology mixed into (a copy
of) the data graph, so that ``sh:class dip:Actor`` accepts a ``dip:Person`` and
``sh:targetClass`` finds instances of subclasses. RDFS inference is deliberately not used: it
would derive types from ``rdfs:domain``/``rdfs:range`` (every ``dip:speaker`` value would become
a ``dip:Actor``), so ``sh:class`` could never fail. See ``shapes/README.md``.

The data graph must hold the ``rdf:type`` of every entity that ``sh:class`` checks: the values
of ``dip:speaker``, ``dip:participant``, ``dip:subject`` ... are lexicon entities. Validate
document graphs together with the lexicon (or with the types of the entities they point to),
and pass ``focus_nodes`` to validate only the documents' own nodes.

Shapes and the project ontology are parsed once and cached (keyed by path, size and
modification time, so an edited file is read again). The project folder is the parent of
``kg_build/``, or ``$DIPKG_HOME`` when that is set.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import pyshacl
from pyshacl.errors import ReportableRuntimeError
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg_build.errors import ShapesError
from kg_build.resources import ontology_file, shapes_dir

__all__ = [
    "SHAPE_SETS",
    "ValidationReport",
    "Violation",
    "load_shapes",
    "report_of",
    "validate",
    "validate_store",
]

#: Named shape sets: ``validate(..., shapes=NAME)`` loads these files from ``shapes/``.
SHAPE_SETS: dict[str, tuple[str, ...]] = {
    "data": ("dipkg-shapes.ttl",),
    "lexicon": ("lexicon-shapes.ttl",),
    "all": ("dipkg-shapes.ttl", "lexicon-shapes.ttl"),
}



@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL validation result, with its terms rendered as strings.

    ``focus_node``, ``shape`` and ``value`` are IRIs, ``_:id`` for blank nodes, or a literal's
    lexical form; ``path`` is the property IRI (or a SPARQL-style path), ``None`` for results
    about the node itself; ``severity`` is ``Violation``, ``Warning`` or ``Info``;
    ``component`` is the constraint component (``MinCountConstraintComponent`` ...).
    """

    focus_node: str
    path: str | None
    message: str
    shape: str
    severity: str
    value: str | None = None
    component: str = ""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of a validation: whether the data conforms, the report graph and its text."""

    conforms: bool
    graph: Graph
    text: str
    violations: tuple[Violation, ...]


def _shape_files(shapes: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The files of a named shape set, or the one file a path names."""
    if isinstance(shapes, str) and shapes in SHAPE_SETS:
        folder = shapes_dir()
        return tuple(folder / name for name in SHAPE_SETS[shapes])
    path = Path(shapes)
    if not path.is_file():
        known = ", ".join(repr(name) for name in SHAPE_SETS)
        raise ShapesError(
            f"no shapes file {str(path)!r}",
            hint=f"use one of {known} or the path of a Turtle file of SHACL shapes",
        )
    return (path,)


def _file_key(path: Path) -> tuple[str, int, int]:
    """Cache key of a file: its path, size and modification time."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ShapesError(
            f"cannot read shapes file {str(path)!r}: {exc.strerror or exc}",
            hint="check DIPKG_HOME or the path given",
        ) from exc
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=16)
def _parse_cached(key: tuple[str, int, int]) -> Graph:
    """Parse one Turtle file; syntax errors become ShapesError naming the file and line."""
    path = Path(key[0])
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises BadSyntax, ValueError, UnicodeError ...
        line = getattr(exc, "lines", None)
        where = f"{path}:{line + 1}" if isinstance(line, int) else str(path)
        reason = getattr(exc, "_why", None) or str(exc).splitlines()[0]
        raise ShapesError(
            f"{where}: cannot parse shapes file: {reason}",
            hint="fix the Turtle syntax at that line",
        ) from exc
    return graph


def load_shapes(shapes: str | os.PathLike[str] = "data") -> Graph:
    """The shapes graph of a named set (``data``, ``lexicon``, ``all``) or of a Turtle file.

    The returned graph is shared by later calls: do not modify it.
    """
    files = _shape_files(shapes)
    keys = tuple(_file_key(path) for path in files)
    if len(keys) == 1:
        return _parse_cached(keys[0])
    return _union_cached(keys)


@lru_cache(maxsize=8)
def _union_cached(keys: tuple[tuple[str, int, int], ...]) -> Graph:
    """The union of several parsed shapes files."""
    union = Graph()
    for key in keys:
        for prefix, namespace in _parse_cached(key).namespaces():
            union.bind(prefix, namespace, override=False)
        union += _parse_cached(key)
    return union


def _project_ontology() -> Graph:
    """The project's ontology (``ontology/dipkg.ttl``), parsed once."""
    path = ontology_file()
    try:
        key = _file_key(path)
    except ShapesError as exc:
        raise ShapesError(
            f"no ontology at {str(path)!r}: subclasses cannot be resolved without it",
            hint="set DIPKG_HOME to the project folder, or pass ontology=",
        ) from exc
    return _parse_cached(key)


def validate(
    data: Graph,
    *,
    shapes: str | os.PathLike[str] | Graph = "data",
    ontology: Graph | None = None,
    focus_nodes: Iterable[URIRef] | None = None,
) -> ValidationReport:
    """Validate ``data`` against a shape set and return the report (never raises on violations).

    ``shapes`` is ``"data"`` (what a build produces; the default), ``"lexicon"`` (the lexicon's
    own shapes), ``"all"`` (both, for the lexicon or a whole store) or the path of a Turtle
    file, or a shapes Graph. ``ontology`` is mixed into a copy of ``data`` so that subclasses count; ``None``
    means the project's ``ontology/dipkg.ttl``, an empty ``Graph()`` means no ontology (only
    right when ``data`` already contains it). ``data`` itself is never modified.

    ``focus_nodes`` limits validation to those IRIs (for example the subjects of a batch of
    document graphs): the rest of ``data`` (the lexicon) is still read, to find types and
    labels, but not validated again.

    Raises ``ShapesError`` when a shapes file is missing, cannot be parsed, or is not valid SHACL.
    """
    return _run(data, shapes, ontology, focus_nodes, inplace=False)


def validate_store(store: _HasUnionGraph, *, shapes: str | os.PathLike[str] = "all") -> ValidationReport:
    """Validate everything a store holds (documents, lexicon, ontology) against ``shapes``.

    The store's union graph is a private copy, so it is validated in place (no second copy).
    Memory grows with the store: pySHACL works on an in-memory rdflib graph.
    """
    return _run(store.union_graph(), shapes, None, None, inplace=True)


class _HasUnionGraph(Protocol):
    """What validate_store needs of a store (kg_build.store.Store has it)."""

    def union_graph(self) -> Graph: ...


def _run(
    data: Graph,
    shapes: str | os.PathLike[str] | Graph,
    ontology: Graph | None,
    focus_nodes: Iterable[URIRef] | None,
    *,
    inplace: bool,
) -> ValidationReport:
    """Run pySHACL with dipkg's settings and turn its output into a ValidationReport."""
    shapes_graph = shapes if isinstance(shapes, Graph) else load_shapes(shapes)
    ont_graph = _project_ontology() if ontology is None else ontology
    focus = None if focus_nodes is None else [str(node) for node in focus_nodes]
    if focus is not None and not focus:
        return ValidationReport(conforms=True, graph=_empty_report(), text=_EMPTY_TEXT, violations=())
    try:
        conforms, report_graph, text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph,
            ont_graph=ont_graph if len(ont_graph) else None,
            inference="none",  # not "rdfs": domain/range typing would make sh:class always pass
            abort_on_first=False,
            allow_infos=False,
            allow_warnings=False,
            meta_shacl=False,
            advanced=True,  # the SPARQL targets of dsh:MembershipDates, dsh:DateMatchesPrecision
            inplace=inplace,
            debug=False,
            focus_nodes=focus,
        )
    except ReportableRuntimeError as exc:  # malformed SHACL (well-formed Turtle)
        raise ShapesError(
            f"invalid SHACL in {_describe(shapes)}: {exc.message}",
            hint="fix the shape or constraint named in the message",
        ) from exc
    assert isinstance(report_graph, Graph)
    return ValidationReport(
        conforms=bool(conforms),
        graph=report_graph,
        text=str(text),
        violations=_violations(report_graph),
    )


_EMPTY_TEXT = "Validation Report\nConforms: True\n"


def report_of(violations: tuple[Violation, ...], *, text_limit: int = 50) -> ValidationReport:
    """A report for violations found by another engine: a SHACL report graph and a text listing
    the first ``text_limit`` results (focus node, shape, path, value, message)."""
    graph = _empty_report()
    report = next(graph.subjects(RDF.type, SH.ValidationReport))
    graph.set((report, SH.conforms, Literal(not violations)))
    for v in violations:
        result = BNode()
        graph.add((report, SH.result, result))
        graph.add((result, RDF.type, SH.ValidationResult))
        graph.add((result, SH.focusNode, _node(v.focus_node)))
        graph.add((result, SH.sourceShape, _node(v.shape)))
        graph.add((result, SH.resultSeverity, SH[v.severity]))
        graph.add((result, SH.resultMessage, Literal(v.message)))
        if v.component:
            graph.add((result, SH.sourceConstraintComponent, SH[v.component]))
        if v.path:
            graph.add((result, SH.resultPath, URIRef(v.path)))
        if v.value is not None:
            graph.add((result, SH.value, Literal(v.value)))
    lines = ["Validation Report", f"Conforms: {not violations}"]
    if violations:
        lines.append(f"Results ({len(violations)}):")
        for v in violations[:text_limit]:
            lines.append(f"{v.severity}: {v.component} in {v.shape}")
            lines.append(f"\tFocus Node: {v.focus_node}")
            if v.path:
                lines.append(f"\tResult Path: {v.path}")
            if v.value is not None:
                lines.append(f"\tValue: {v.value}")
            lines.append(f"\tMessage: {v.message}")
        if len(violations) > text_limit:
            lines.append(f"... and {len(violations) - text_limit} more")
    return ValidationReport(conforms=not violations, graph=graph, text="\n".join(lines) + "\n",
                            violations=violations)


def _node(text: str) -> URIRef | BNode:
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


def _empty_report() -> Graph:
    """The report graph of a validation with nothing to validate."""
    graph = Graph()
    graph.bind("sh", SH)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(True)))
    return graph


def _describe(shapes: str | os.PathLike[str] | Graph) -> str:
    """The files of a shape set, for messages."""
    if isinstance(shapes, Graph):
        return "the shapes given"
    return ", ".join(str(path) for path in _shape_files(shapes))


def _violations(report: Graph) -> tuple[Violation, ...]:
    """The results of a SHACL report graph, sorted for stable output."""
    found = []
    # Only top-level results: nested sh:detail results (from sh:node, sh:or ...) are explanations.
    results = {r for node in report.subjects(RDF.type, SH.ValidationReport) for r in report.objects(node, SH.result)}
    for result in results:
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        found.append(
            Violation(
                focus_node=_render(focus),
                path=_render_path(report, path) if path is not None else None,
                message=" ".join(messages),
                shape=_render(report.value(result, SH.sourceShape)),
                severity=_local(report.value(result, SH.resultSeverity)),
                value=_render(value) if value is not None else None,
                component=_local(report.value(result, SH.sourceConstraintComponent)),
            )
        )
    return tuple(sorted(found, key=lambda v: (v.focus_node, v.shape, v.path or "", v.message)))


def _render(node: Node | None) -> str:
    """An IRI, ``_:id`` for a blank node, or a literal's lexical form."""
    if node is None:
        return ""
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _render_path(report: Graph, path: Node, depth: int = 0) -> str:
    """A result path: the property IRI, or a SPARQL-style rendering of a complex SHACL path."""
    if isinstance(path, URIRef):
        return str(path) if depth == 0 else f"<{path}>"
    if depth > 8:
        return _render(path)
    members = list(Collection(report, path)) if report.value(path, RDF.first) is not None else []
    if members:
        return "/".join(_render_path(report, m, depth + 1) for m in members)
    for predicate, template in _PATH_FORMS:
        inner = report.value(path, predicate)
        if inner is None:
            continue
        if predicate == SH.alternativePath:
            options = Collection(report, inner)
            return "(" + "|".join(_render_path(report, m, depth + 1) for m in options) + ")"
        return template.format(_render_path(report, inner, depth + 1))
    return _render(path)


_PATH_FORMS = (
    (SH.inversePath, "^{}"),
    (SH.alternativePath, "({})"),
    (SH.zeroOrMorePath, "{}*"),
    (SH.oneOrMorePath, "{}+"),
    (SH.zeroOrOnePath, "{}?"),
)


def _local(node: Node | None) -> str:
    """The local name of an IRI (after ``#`` or the last ``/``)."""
    text = str(node or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
