"""The embedded on-disk backend of the store interface (Oxigraph on RocksDB), and term conversion.

rdflib terms become pyoxigraph terms and back here (``to_oxigraph``, ``from_oxigraph``): the
store needs the conversion most, and the interface's default bulk load, the workers that prepare
N-Quads and the SHACL checks use it too. The store is opened after checks on its directory that
touch no file, so a wrong ``--store`` is explained rather than overwritten.
"""
from __future__ import annotations

import os
import weakref
from functools import lru_cache
from hashlib import sha1
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .namespaces import PREFIXES, XSD
from .store_api import (Quad, SelectResult, Store, StoreError, Term, Triple, _canonical, _check_format,
                        _graph_name)

__all__ = ["OxigraphStore", "from_oxigraph", "to_oxigraph", "to_oxigraph_graph"]

_OX_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
_XSD_STRING = str(XSD.string)


def to_oxigraph(term: Term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term (raises ValueError for an invalid IRI)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        try:
            return ox.BlankNode(str(term))
        except ValueError:  # an rdflib id that is not a valid blank node label
            return ox.BlankNode("b" + sha1(str(term).encode()).hexdigest())
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_oxigraph_graph(name: URIRef) -> ox.NamedNode:
    """The pyoxigraph graph name for a graph IRI."""
    try:
        return ox.NamedNode(str(name))
    except ValueError as err:
        raise StoreError(f"not a valid graph IRI: <{name}> ({err})") from err


@lru_cache(maxsize=1 << 16)  # query results repeat the same actors, subjects, types, dates ...
def from_oxigraph(term: object) -> Term:
    """The rdflib term for a pyoxigraph term; ``xsd:string`` literals come back plain."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported RDF term from Oxigraph: {term!r}", hint="RDF-star triples are not used by dipkg")


_OPEN: weakref.WeakValueDictionary[str, OxigraphStore] = weakref.WeakValueDictionary()


class OxigraphStore(Store):
    """An embedded Oxigraph (RocksDB) store in a directory; one process may open it at a time.

    Open it with ``open_store``, which checks the directory first and explains failures.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._key = str(self.path.resolve())
        self._store: ox.Store | None = _open_oxigraph(self.path, self._key, create=create)
        _OPEN[self._key] = self

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph Store behind this one (for bulk paths that need it)."""
        if self._store is None:
            raise StoreError(f"{self.location}: the store is closed", hint="open it again with open_store()")
        return self._store

    def replace_graphs(self, batch: Mapping[URIRef, Iterable[Triple]]) -> None:
        store = self.oxigraph
        prepared: dict[ox.NamedNode, list[ox.Quad]] = {}
        try:
            for name, triples in batch.items():
                graph = to_oxigraph_graph(_graph_name(name))
                prepared[graph] = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
                                   for s, p, o in triples]
        except (ValueError, TypeError) as err:
            raise StoreError(f"{self.location}: cannot store a term: {err}",
                             hint="IRIs must be absolute and valid; predicates must be IRIs") from err
        existing = [g for g in prepared if store.contains_named_graph(g)]
        try:
            if not existing:
                # New graphs only: one transactional insert.
                store.extend(q for quads in prepared.values() for q in quads)
            else:
                # pyoxigraph has no Python transaction object; one SPARQL Update is one
                # transaction, so the drop and the insert land together or not at all.
                store.update(_replace_update(existing, prepared))
        except (OSError, SyntaxError, RuntimeError) as err:
            raise StoreError(f"{self.location}: writing {len(prepared)} graph(s) failed: {err}") from err

    def load_graphs(self, names: Sequence[URIRef], body: bytes, stamps: bytes = b"") -> None:
        """The bulk path: drop the old graphs, bulk-load ``body`` (not one transaction: an
        interrupted load leaves part of it), then load ``stamps`` in one transaction. A graph
        dropped or loaded only in part has no stamps, so the next build writes it again."""
        store = self.oxigraph
        graphs = [to_oxigraph_graph(_graph_name(n)) for n in names]
        try:
            for graph in graphs:
                if store.contains_named_graph(graph):
                    store.remove_graph(graph)
            if body:
                store.bulk_load(body, format=ox.RdfFormat.N_QUADS)
            if stamps:
                store.load(stamps, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, RuntimeError, ValueError) as err:
            raise StoreError(f"{self.location}: loading {len(graphs)} graph(s) failed: {err}") from err

    def drop_graph(self, name: URIRef) -> None:
        graph = to_oxigraph_graph(_graph_name(name))
        try:
            if self.oxigraph.contains_named_graph(graph):
                self.oxigraph.remove_graph(graph)
        except OSError as err:
            raise StoreError(f"{self.location}: dropping <{name}> failed: {err}") from err

    def graph_names(self) -> set[URIRef]:
        return {URIRef(g.value) for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}

    def value(self, graph: URIRef, subject: Term, predicate: URIRef) -> Term | None:
        pattern = self.oxigraph.quads_for_pattern(
            to_oxigraph(_canonical(subject)), to_oxigraph(_canonical(predicate)), None,  # type: ignore[arg-type]
            to_oxigraph_graph(_graph_name(graph)))
        for quad in pattern:
            return from_oxigraph(quad.object)
        return None

    def select(self, query_text: str, bindings: Mapping[str, Term] | None = None) -> SelectResult:
        bound = {k: _canonical(v) for k, v in (bindings or {}).items()}
        result = self._query(query_text, bound)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        variables = tuple(v.value for v in result.variables)
        try:  # evaluation is lazy: errors surface while reading the rows
            rows = [tuple(None if t is None else from_oxigraph(t) for t in solution) for solution in result]
        except (OSError, RuntimeError, ValueError) as err:
            raise StoreError(f"{self.location}: the query failed: {err}") from err
        return SelectResult(variables, rows)

    def construct(self, query_text: str) -> Graph:
        result = self._query(query_text, {})
        if not isinstance(result, ox.QueryTriples):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        try:
            for t in result:
                graph.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
        except (OSError, RuntimeError, ValueError) as err:
            raise StoreError(f"{self.location}: the query failed: {err}") from err
        return graph

    def _query(self, query_text: str, bindings: Mapping[str, Term]) -> object:
        substitutions = {ox.Variable(k): to_oxigraph(v) for k, v in bindings.items()}
        try:
            return self.oxigraph.query(query_text, use_default_graph_as_union=True,
                                       substitutions=substitutions or None)
        except SyntaxError as err:
            raise StoreError(f"the query does not parse: {err}") from err
        except RuntimeError as err:
            hint = "a bound variable must appear in the SELECT clause" if "projection" in str(err) else None
            raise StoreError(f"{self.location}: the query failed: {err}", hint=hint) from err
        except (OSError, ValueError) as err:
            raise StoreError(f"{self.location}: the query failed: {err}") from err

    def quads(self) -> Iterator[Quad]:
        for quad in self.oxigraph.quads_for_pattern(None, None, None, None):
            graph = quad.graph_name
            name = URIRef(graph.value) if isinstance(graph, ox.NamedNode) else None
            yield from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object), name  # type: ignore[misc]

    def triples_count(self) -> int:
        return len(self.oxigraph)

    def dump(self, out: str | os.PathLike[str] | BinaryIO, format: str) -> None:
        fmt = _check_format(format)
        target = str(out) if isinstance(out, os.PathLike) else out
        try:
            if fmt == "trig":
                self.oxigraph.dump(target, _OX_FORMATS[fmt], prefixes=PREFIXES)
            else:
                self.oxigraph.dump(target, _OX_FORMATS[fmt])
        except (OSError, ValueError) as err:
            raise StoreError(f"{self.location}: dumping as {fmt} failed: {err}") from err

    def close(self) -> None:
        if self._store is not None:
            try:
                self._store.flush()
            except OSError:
                pass
            self._store = None  # the last reference: RocksDB closes and releases its lock
            if _OPEN.get(self._key) is self:
                del _OPEN[self._key]


def _replace_update(existing: list[ox.NamedNode], prepared: Mapping[ox.NamedNode, list[ox.Quad]]) -> str:
    """One SPARQL Update that drops ``existing`` and inserts ``prepared``.

    Data, not a query: every term is written by Oxigraph's own N-Triples serializer (``str`` of a
    validated pyoxigraph term), so no text reaches the update unescaped.
    """
    parts = [f"DROP SILENT GRAPH {g} ;" for g in existing]
    parts.append("INSERT DATA {")
    for graph, quads in prepared.items():
        if quads:
            parts.append(f"GRAPH {graph} {{")
            parts.extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            parts.append("}")
    parts.append("}")
    return "\n".join(parts)


def _looks_like_oxigraph(entries: list[str]) -> bool:
    return "CURRENT" in entries and any(e.startswith("MANIFEST-") for e in entries)


def _open_oxigraph(path: Path, key: str, *, create: bool) -> ox.Store:
    """Open (or create) an Oxigraph store at ``path`` after checks that touch no file."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store directory",
                         hint="give --store a directory (a new one is created there) or move the file away")
    entries: list[str] = []
    if path.is_dir():
        try:
            entries = sorted(os.listdir(path))
        except PermissionError as err:
            raise StoreError(f"{path}: cannot read the store directory (permission denied)",
                             hint="fix its permissions or choose another --store") from err
        if entries and not _looks_like_oxigraph(entries):
            shown = ", ".join(entries[:5]) + (", ..." if len(entries) > 5 else "")
            raise StoreError(f"{path}: not a dipkg store: the directory holds other files ({shown})",
                             hint="choose a new or empty directory for --store; dipkg never writes into a directory it does not recognise")
    if not entries and not create:
        raise StoreError(f"{path}: no store here",
                         hint="build one first: dipkg build --store PATH INPUT...")
    if key in _OPEN:
        raise StoreError(f"{path}: the store is already open in this process",
                         hint="close the other handle first (use `with open_store(...) as store:`)")
    target = path if path.is_dir() else path.parent
    while not target.exists() and target != target.parent:
        target = target.parent
    if not os.access(target, os.W_OK | os.X_OK):
        raise StoreError(f"{path}: cannot write the store (permission denied on {target})",
                         hint="fix the permissions or choose another --store")
    try:
        if not path.exists():
            path.mkdir(parents=True)
        return ox.Store(str(path))
    except OSError as err:
        reason = str(err)
        if "lock" in reason.lower():
            raise StoreError(f"{path}: the store is in use by another process ({reason})",
                             hint="wait for the other dipkg command to finish (or stop it), or use another --store") from err
        if isinstance(err, PermissionError) or "permission denied" in reason.lower():
            raise StoreError(f"{path}: cannot open the store (permission denied: {reason})",
                             hint="fix the permissions or choose another --store") from err
        raise StoreError(f"{path}: cannot open the store ({reason})",
                         hint="if another version of dipkg wrote it, rebuild into a new --store directory") from err

