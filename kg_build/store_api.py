"""The store interface that every backend implements, and the checks the backends share.

Every backend keeps one named graph per document (plus the ontology and lexicon graphs), answers
SPARQL over the union of its graphs, and speaks rdflib terms only: callers never see pyoxigraph
objects. The backends are in :mod:`memory_store`, :mod:`oxigraph_store` and :mod:`remote`;
``open_store`` in :mod:`store` picks one from a location.

Bound values. ``select`` takes values for variables by name and hands them to the engine as
terms (rdflib ``initBindings``, Oxigraph ``substitutions``), never as query text. Oxigraph 0.5
only substitutes variables that the SELECT projects, so the contract is: *a bound variable must
be projected*; every backend refuses other bindings alike. For the same reason ``construct`` takes
no bindings. The remote backend injects values client-side through a term serializer
(``kg_build.remote.inject_values``), which this interface allows.
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Union

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import DipkgError
from .namespaces import PREFIXES, XSD

__all__ = ["DUMP_FORMATS", "Quad", "SelectResult", "Store", "StoreError", "Term", "Triple"]

Term = Union[URIRef, BNode, Literal]
Triple = tuple[Term, Term, Term]
Quad = tuple[Term, Term, Term, Union[URIRef, None]]
"""A triple and the name of its graph (None for the default graph, which dipkg leaves empty)."""

DUMP_FORMATS = ("nq", "trig")

_RDFLIB_FORMATS = {"nq": "nquads", "trig": "trig"}


class StoreError(DipkgError):
    """A store cannot be opened, read or written; the message names the store and the reason."""


@dataclass(frozen=True, slots=True)
class SelectResult:
    """The answer to a SELECT: variable names and rows of rdflib terms (None where unbound)."""

    variables: tuple[str, ...]
    rows: list[tuple[Term | None, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> list[dict[str, Term | None]]:
        """The rows as dictionaries keyed by variable name."""
        return [dict(zip(self.variables, row)) for row in self.rows]

    def project(self, variables: Iterable[str]) -> SelectResult:
        """The same rows with only ``variables``, in that order."""
        names = tuple(variables)
        index = [self.variables.index(name) for name in names]
        return SelectResult(names, [tuple(row[i] for i in index) for row in self.rows])


class Store(ABC):
    """A set of named graphs that can be replaced one by one and queried as their union.

    Implementations: ``MemoryStore`` (rdflib), ``OxigraphStore`` (embedded, on disk), ``RemoteStore``
    (a SPARQL 1.1 server, Graph Store Protocol PUT per graph).
    """

    location: str

    def replace_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        """Make ``name`` hold exactly ``triples``: a reader sees the old graph or the new one."""
        self.replace_graphs({name: triples})

    @abstractmethod
    def replace_graphs(self, batch: Mapping[URIRef, Iterable[Triple]]) -> None:
        """Replace several graphs in one write; an empty graph is removed."""

    def load_graphs(self, names: Sequence[URIRef], body: bytes, stamps: bytes = b"") -> None:
        """Replace the graphs ``names`` with the N-Quads of ``body`` and then ``stamps``.

        The stamps (a document's content hash) mark a graph as complete: a store that cannot write
        everything at once writes them last, so an interrupted load leaves graphs without stamps,
        which the next build writes again. This default parses the N-Quads and writes them with
        ``replace_graphs`` (one write); the embedded store loads them with its bulk loader.
        """
        from .oxigraph_store import from_oxigraph  # imported here: that module builds on this one

        batch: dict[URIRef, list[Triple]] = {name: [] for name in names}
        for data in (body, stamps):
            if not data:
                continue
            for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
                name = from_oxigraph(quad.graph_name)
                if name not in batch:
                    raise StoreError(f"a quad of graph <{name}> was given to load graphs {sorted(batch)[:3]}...")
                batch[name].append((from_oxigraph(quad.subject), from_oxigraph(quad.predicate),  # type: ignore[arg-type]
                                    from_oxigraph(quad.object)))
        self.replace_graphs(batch)

    @abstractmethod
    def drop_graph(self, name: URIRef) -> None:
        """Remove a graph and its triples; nothing happens if there is no such graph."""

    @abstractmethod
    def graph_names(self) -> set[URIRef]:
        """Names of the graphs that hold triples."""

    @abstractmethod
    def value(self, graph: URIRef, subject: Term, predicate: URIRef) -> Term | None:
        """One object of ``subject predicate ?o`` in ``graph``, or None (e.g. a content hash)."""

    @abstractmethod
    def select(self, query_text: str, bindings: Mapping[str, Term] | None = None) -> SelectResult:
        """Run a SELECT over the union of all graphs with ``bindings`` as values of variables.

        Every bound variable must be projected by the query (see the module docstring).
        """

    @abstractmethod
    def construct(self, query_text: str) -> Graph:
        """Run a CONSTRUCT (or DESCRIBE) over the union of all graphs."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Every triple with its graph name."""

    @abstractmethod
    def triples_count(self) -> int:
        """How many triples the store holds, counted once per graph."""

    @abstractmethod
    def dump(self, out: str | os.PathLike[str] | BinaryIO, format: str) -> None:
        """Write every graph, names kept, as N-Quads (``nq``) or TriG (``trig``) to a path or
        a binary stream."""

    def union_graph(self) -> Graph:
        """All triples of all graphs in one rdflib Graph (for small stores: it is a copy)."""
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for s, p, o, _ in self.quads():
            graph.add((s, p, o))
        return graph

    def close(self) -> None:
        """Release the store (and, for Oxigraph, its lock); the object is unusable afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()



def _check_format(format: str) -> str:
    fmt = {"nquads": "nq", "n-quads": "nq"}.get(format.lower(), format.lower())
    if fmt not in DUMP_FORMATS:
        raise StoreError(f"cannot dump a store as {format!r}; use one of: {', '.join(DUMP_FORMATS)}")
    return fmt


def _canonical(term: object) -> Term:
    """Check a term and write ``"x"^^xsd:string`` as the plain literal it equals (RDF 1.1)."""
    if isinstance(term, Literal):
        if term.datatype == XSD.string:
            return Literal(str(term))
        return term
    if isinstance(term, (URIRef, BNode)):
        return term
    raise StoreError(f"not an RDF term: {term!r} ({type(term).__name__})",
                     hint="give rdflib URIRef, BNode or Literal objects")


def _checked_bindings(variables: tuple[str, ...], bindings: Mapping[str, Term]) -> None:
    missing = sorted(set(bindings) - set(variables))
    if missing:
        raise StoreError(f"the query does not project the bound variable(s) {', '.join('?' + m for m in missing)}",
                         hint="a bound variable must appear in the SELECT clause")


def _graph_name(name: object) -> URIRef:
    if not isinstance(name, URIRef):
        raise StoreError(f"a graph name must be an IRI (rdflib URIRef), not {name!r}")
    return name


def _check_triples(name: URIRef, triples: list[tuple[Term, ...]]) -> None:
    for triple in triples:
        if len(triple) != 3 or isinstance(triple[0], Literal) or not isinstance(triple[1], URIRef):
            raise StoreError(f"graph <{name}>: not a valid triple: {triple!r}",
                             hint="subjects are IRIs or blank nodes, predicates IRIs")


def _write_bytes(out: str | os.PathLike[str] | BinaryIO, data: bytes) -> None:
    if isinstance(out, (str, os.PathLike)):
        Path(out).write_bytes(data)
    else:
        out.write(data)
