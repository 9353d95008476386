"""The in-memory backend of the store interface: an rdflib Dataset, gone when it is closed.

``open_store(MEMORY)`` opens one (``--store :memory:`` on the command line): for tests and for
runs that should write no file.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .namespaces import PREFIXES
from .store_api import (_RDFLIB_FORMATS, Quad, SelectResult, Store, StoreError, Term, Triple, _canonical,
                        _check_format, _check_triples, _checked_bindings, _graph_name, _write_bytes)

__all__ = ["MEMORY", "MemoryStore"]

MEMORY = ":memory:"


class MemoryStore(Store):
    """An rdflib Dataset in memory whose default graph is the union of its named graphs."""

    def __init__(self) -> None:
        self.location = MEMORY
        self._ds: Dataset | None = Dataset(default_union=True)
        for prefix, namespace in PREFIXES.items():
            self._ds.bind(prefix, namespace)

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset behind this store."""
        if self._ds is None:
            raise StoreError("the in-memory store is closed", hint="open a new one with open_store(':memory:')")
        return self._ds

    def replace_graphs(self, batch: Mapping[URIRef, Iterable[Triple]]) -> None:
        ds = self.dataset
        # Read every iterator first, so a failing one leaves the store as it was.
        prepared = {_graph_name(name): [tuple(map(_canonical, t)) for t in triples] for name, triples in batch.items()}
        for name, triples in prepared.items():
            _check_triples(name, triples)
        for name, triples in prepared.items():
            ds.remove_graph(name)
            if triples:
                graph = ds.graph(name)
                graph.addN((s, p, o, graph) for s, p, o in triples)

    def drop_graph(self, name: URIRef) -> None:
        self.dataset.remove_graph(_graph_name(name))

    def graph_names(self) -> set[URIRef]:
        return {g.identifier for g in self.dataset.graphs()
                if isinstance(g.identifier, URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)}

    def value(self, graph: URIRef, subject: Term, predicate: URIRef) -> Term | None:
        view = Graph(store=self.dataset.store, identifier=_graph_name(graph))
        found = view.value(_canonical(subject), _canonical(predicate))
        return found  # type: ignore[return-value]

    def select(self, query_text: str, bindings: Mapping[str, Term] | None = None) -> SelectResult:
        bound = {k: _canonical(v) for k, v in (bindings or {}).items()}
        result = self._query(query_text, bound)
        if result.type != "SELECT":
            raise StoreError(f"select() needs a SELECT query, not {result.type}")
        variables = tuple(str(v) for v in result.vars or ())
        _checked_bindings(variables, bound)
        rows = [tuple(None if t is None else _canonical(t) for t in row) for row in result]
        return SelectResult(variables, rows)  # type: ignore[arg-type]

    def construct(self, query_text: str) -> Graph:
        result = self._query(query_text, {})
        if result.type not in ("CONSTRUCT", "DESCRIBE") or result.graph is None:
            raise StoreError(f"construct() needs a CONSTRUCT or DESCRIBE query, not {result.type}")
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        graph += result.graph
        return graph

    def _query(self, query_text: str, bindings: Mapping[str, Term]):  # noqa: ANN202 - rdflib Result
        try:
            return self.dataset.query(query_text, initBindings=dict(bindings))
        except StoreError:
            raise
        except Exception as err:  # rdflib raises pyparsing and assorted errors for bad queries
            raise StoreError(f"the in-memory store rejected the query: {err}") from err

    def quads(self) -> Iterator[Quad]:
        for graph in list(self.dataset.graphs()):
            name = None if graph.identifier == DATASET_DEFAULT_GRAPH_ID else graph.identifier
            for s, p, o in graph:
                yield s, p, o, name  # type: ignore[misc]

    def triples_count(self) -> int:
        return sum(len(graph) for graph in self.dataset.graphs())

    def dump(self, out: str | os.PathLike[str] | BinaryIO, format: str) -> None:
        fmt = _check_format(format)
        data = self.dataset.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
        _write_bytes(out, data)

    def close(self) -> None:
        self._ds = None

