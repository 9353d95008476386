"""Where the graph lives: one store interface, an in-memory and an on-disk Oxigraph backend.

Every backend keeps one named graph per document (plus the ontology and lexicon graphs), answers
SPARQL over the union of its graphs, and speaks rdflib terms only: callers never see pyoxigraph
objects. ``open_store`` picks the backend from a location: a directory (the default,
``./dipkg-store``), ``":memory:"``, or later an ``http(s)://`` SPARQL 1.1 endpoint.

Bound values. ``select`` takes values for variables by name and hands them to the engine as
terms (rdflib ``initBindings``, Oxigraph ``substitutions``), never as query text. Oxigraph 0.5
only substitutes variables that the SELECT projects, so the contract is: *a bound variable must
be projected*; both backends refuse other bindings alike. For the same reason ``construct`` takes
no bindings. A remote backend will have to inject values client-side through a term serializer
(a ``VALUES`` block of ``Identifier.n3()``), which this interface allows.
"""
from __future__ import annotations

import os
import weakref
from functools import lru_cache
from hashlib import sha1
from abc import ABC, abstractmethod
from dataclasses import dataclass
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Union

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import DipkgError
from .namespaces import PREFIXES, XSD

__all__ = [
    "DEFAULT_STORE", "DUMP_FORMATS", "MEMORY", "MemoryStore", "OxigraphStore", "Quad",
    "SelectResult", "Store", "StoreError", "Term", "Triple", "open_store",
]

Term = Union[URIRef, BNode, Literal]
Triple = tuple[Term, Term, Term]
Quad = tuple[Term, Term, Term, Union[URIRef, None]]
"""A triple and the name of its graph (None for the default graph, which dipkg leaves empty)."""

DEFAULT_STORE = Path("dipkg-store")
"""Where ``open_store(None)`` puts the embedded store: relative to the working directory."""
MEMORY = ":memory:"
DUMP_FORMATS = ("nq", "trig")

_OX_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
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

    Implementations: ``MemoryStore`` (rdflib), ``OxigraphStore`` (embedded, on disk); a remote
    SPARQL 1.1 endpoint (Graph Store Protocol PUT per graph) fits the same methods.
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


def open_store(location: str | os.PathLike[str] | None = None, *, create: bool = True) -> Store:
    """The store at ``location``: a directory (default ``./dipkg-store``), ``":memory:"``, or an
    ``http(s)://`` SPARQL 1.1 query endpoint (``kg_build.remote.RemoteStore``; it must answer).

    ``create=False`` refuses to make a new on-disk store (for commands that only read).
    """
    if location is None:
        return OxigraphStore(DEFAULT_STORE, create=create)
    text = os.fspath(location)
    if text == MEMORY:
        return MemoryStore()
    if text.startswith(("http://", "https://")):
        from .remote import RemoteStore  # imported here: remote imports this module

        return RemoteStore(text)
    return OxigraphStore(Path(text).expanduser(), create=create)
