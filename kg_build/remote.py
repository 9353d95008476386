"""A remote SPARQL 1.1 server as a dipkg store: queries through SPARQLWrapper, writes per graph.

``RemoteStore("http://host/query")`` takes the query endpoint and derives the update and Graph
Store Protocol (GSP) URLs from the usual layouts (``derive_urls``): Oxigraph ``/query``,
``/update``, ``/store``; Fuseki ``/DS/query``, ``/DS/update``, ``/DS/data``; Virtuoso ``/sparql``
and ``/sparql-graph-crud`` (``-auth`` variants with credentials); GraphDB
``/repositories/R``, ``.../statements``, ``.../rdf-graphs/service``. ``DIPKG_UPDATE_URL`` and
``DIPKG_GSP_URL`` override the guesses; ``DIPKG_ENDPOINT_USER``/``DIPKG_ENDPOINT_PASSWORD`` give
credentials (``DIPKG_ENDPOINT_AUTH=digest`` for Virtuoso's ``-auth`` endpoints).

Queries run over the server's default graph, which must be the union of the named graphs
(Oxigraph ``serve --union-default-graph``, Fuseki ``tdb2:unionDefaultGraph true``, Virtuoso
by default). A replaced graph is one GSP ``PUT`` (atomic per graph on the server), a dropped one
a GSP ``DELETE``; with ``DIPKG_GSP_URL=none`` (servers without GSP) one SPARQL Update per graph
does both. Bound values reach the server as ``BIND(term AS ?v)`` written by a term serializer
that validates IRIs and escapes literals (``inject_values``): never pasted text.
Network errors and 5xx answers are retried with exponential back-off; everything else becomes a
``StoreError`` naming the URL, the HTTP status and what to do.
"""
from __future__ import annotations

import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from hashlib import sha1
from typing import BinaryIO, TypeVar

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from SPARQLWrapper import ASK, CONSTRUCT, DIGEST, JSON, POST, SELECT, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from .namespaces import PREFIXES, XSD
from .store_api import (_RDFLIB_FORMATS, Quad, SelectResult, Store, StoreError, Term, Triple, _canonical,
                        _check_format, _checked_bindings, _graph_name, _write_bytes)

__all__ = ["RemoteStore", "Endpoints", "derive_urls", "inject_values", "sparql_term", "SYSTEM_GRAPH"]

T = TypeVar("T")
PAGE = 5000
"""Rows per request when reading a graph back: below Virtuoso's default cap of 10,000 rows."""
SYSTEM_GRAPH = re.compile(r"^(http://www\.openlinksw\.com/|http://www\.w3\.org/ns/ldp#|https?://[^/]+/sparql/?$)")
"""Graphs a server keeps for itself (Virtuoso's schemas and service description): not dipkg's."""
_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LANG = re.compile(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<open>\{) | (?P<close>\}) | (?P<other>.)''', re.X | re.S)


def sparql_term(term: Term) -> str:
    """A term as SPARQL / N-Triples text: IRIs checked, literals escaped on one line."""
    if isinstance(term, URIRef):
        try:
            return term.n3()  # rdflib refuses IRIs with spaces, quotes, braces, <, > ...
        except Exception as err:  # noqa: BLE001 - rdflib raises a bare Exception
            raise StoreError(f"not a valid IRI: <{term}>", hint="IRIs must be absolute and unescaped") from err
    if isinstance(term, Literal):
        text = '"' + "".join(_ECHAR.get(c, c) for c in str(term)) + '"'
        if term.language:
            if not _LANG.match(term.language):
                raise StoreError(f"not a valid language tag: {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^{sparql_term(URIRef(term.datatype))}"
        return text
    if isinstance(term, BNode):
        label = str(term) if _VARNAME.match(str(term)) else "b" + sha1(str(term).encode()).hexdigest()
        return f"_:{label}"
    raise StoreError(f"not an RDF term: {term!r}")


def _expression(term: Term, virtuoso: bool) -> str:
    text = sparql_term(term)
    plain = isinstance(term, Literal) and not term.language and term.datatype is None
    return f"STR({text}@en)" if virtuoso and plain and not str(term).isascii() else text


@dataclass(slots=True)
class _Group:
    start: int  # offset just after the "{"
    injectable: bool
    variables: set[str]
    seen_word: bool = False


def inject_values(query: str, bindings: Mapping[str, Term], *, virtuoso: bool = False) -> str:
    """``query`` with ``BIND(term AS ?v)`` at the start of groups, as rdflib's ``initBindings``.

    A ``BIND`` opening a group acts as a one-row ``VALUES`` block (which Virtuoso 7.2 ignores
    before a ``*`` property path). Every binding opens the outermost WHERE group; a nested group
    (UNION branch, OPTIONAL, EXISTS) that mentions the variable gets it too: SPARQL evaluates
    groups bottom up, and a FILTER inside one would otherwise see the variable unbound. Comments, strings and
    IRIs are skipped by a tokenizer; ``VALUES`` data and sub-SELECT braces are left alone.
    ``virtuoso`` writes a non-ASCII plain literal as ``STR("..."@en)``, the same term: Virtuoso 7.2
    turns ``STR()`` of a plain one into question marks, and matches a typed one to nothing.
    """
    if not bindings:
        return query
    for name, term in bindings.items():
        if not _VARNAME.match(name):
            raise StoreError(f"not a SPARQL variable name: {name!r}")
        if isinstance(term, BNode):
            raise StoreError(f"cannot bind ?{name} to a blank node on a remote server",
                             hint="blank nodes have no identity across requests; bind an IRI")
    stack: list[_Group] = []
    done: list[tuple[int, set[str] | None]] = []
    data_next = False
    for m in _TOKEN.finditer(query):
        kind, text = m.lastgroup, m.group()
        if kind == "open":
            stack.append(_Group(m.end(), not data_next, set()))
            data_next = False
            continue
        if kind in ("comment",) or (kind == "other" and text.isspace()):
            continue
        if stack and not stack[-1].seen_word:
            stack[-1].seen_word = True
            if kind == "word" and text.upper() == "SELECT":
                stack[-1].injectable = False
        if kind == "word" and text.upper() == "VALUES":
            data_next = True
        elif kind == "var" and stack:
            stack[-1].variables.add(text[1:])
        elif kind == "close" and stack:
            group = stack.pop()
            if stack:
                stack[-1].variables |= group.variables
            if group.injectable:
                done.append((group.start, None if not stack else group.variables))
    if stack or not any(v is None for _, v in done):
        raise StoreError("cannot bind values: the query has no complete WHERE { ... } group",
                         hint="check the query's braces")
    top = min(start for start, v in done if v is None)
    out, last = [], 0
    for start, variables in sorted(done):
        names = list(bindings) if start == top else [n for n in bindings if n in (variables or ())]
        if names and (variables is not None or start == top):
            binds = " ".join(f"BIND({_expression(_canonical(bindings[n]), virtuoso)} AS ?{n})" for n in names)
            out += [query[last:start], f" {binds} "]
            last = start
    return "".join(out) + query[last:]


def _is_distinct(query: str) -> bool:
    """Whether the outermost SELECT is ``SELECT DISTINCT`` (or ``REDUCED``)."""
    words = (m.group().upper() for m in _TOKEN.finditer(query) if m.lastgroup == "word")
    for word in words:
        if word == "SELECT":
            return next(words, "") in ("DISTINCT", "REDUCED")
    return False


@dataclass(frozen=True, slots=True)
class Endpoints:
    """The three URLs of a SPARQL 1.1 service."""

    query: str
    update: str
    gsp: str


def derive_urls(query_url: str) -> Endpoints:
    """The update and GSP URLs for a query URL, by the server layouts dipkg knows."""
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "/query":  # Oxigraph
        return Endpoints(query_url, at("/update"), at("/store"))
    if path.endswith(("/sparql", "/sparql-auth")) and path.count("/") == 1:  # Virtuoso
        return Endpoints(query_url, query_url, at(path.replace("/sparql", "/sparql-graph-crud")))
    if m := re.fullmatch(r"(.*/repositories/[^/]+)", path):  # GraphDB, RDF4J
        return Endpoints(query_url, at(m[1] + "/statements"), at(m[1] + "/rdf-graphs/service"))
    if m := re.fullmatch(r"(/.+)/(query|sparql)", path):  # Fuseki
        return Endpoints(query_url, at(m[1] + "/update"), at(m[1] + "/data"))
    return Endpoints(query_url, query_url, query_url)


class RemoteStore(Store):
    """A SPARQL 1.1 server over HTTP; see the module docstring for URLs, setup and errors."""

    def __init__(self, endpoint_url: str, *, update_url: str | None = None, graph_store_url: str | None = None,
                 timeout: float = 30, retries: int = 3, backoff: float = 0.5, user: str | None = None,
                 password: str | None = None, check: bool = True) -> None:
        env = os.environ
        guessed = derive_urls(endpoint_url)
        self.location = endpoint_url
        self.endpoints = Endpoints(endpoint_url, update_url or env.get("DIPKG_UPDATE_URL") or guessed.update,
                                   graph_store_url or env.get("DIPKG_GSP_URL") or guessed.gsp)
        self.timeout = float(env.get("DIPKG_ENDPOINT_TIMEOUT", timeout))
        self.retries = int(env.get("DIPKG_ENDPOINT_RETRIES", retries))
        self.backoff = backoff
        self._user = user or env.get("DIPKG_ENDPOINT_USER")
        self._password = password or env.get("DIPKG_ENDPOINT_PASSWORD") or ""
        self._digest = env.get("DIPKG_ENDPOINT_AUTH", "basic").lower() == "digest"
        self._opener = self._make_opener()
        self.server = ""
        """The server's ``Server`` header (e.g. ``Virtuoso/07.20.3229``), read by the first query."""
        self._prologue = ""
        if check:
            self._run("ASK {}", JSON, ASK)  # fail now, with a clear message, if nothing answers
            if self.server.startswith("Virtuoso"):  # keep its own graphs out of the union
                self._prologue = "".join(f"define input:default-graph-exclude {sparql_term(g)}\n"
                                         for g in self._graph_sizes(system=True))

    # -- reading -------------------------------------------------------------------------------
    def select(self, query_text: str, bindings: Mapping[str, Term] | None = None) -> SelectResult:
        bound = {k: _canonical(v) for k, v in (bindings or {}).items()}
        text = inject_values(query_text, bound, virtuoso=self.server.startswith("Virtuoso"))
        answer = self._run(self._prologue + text, JSON, SELECT)
        if not isinstance(answer, dict) or "results" not in answer:
            raise StoreError(f"{self.location}: select() needs a SELECT query")
        variables = tuple(answer.get("head", {}).get("vars", []))
        _checked_bindings(variables, bound)
        rows = [tuple(_from_json(b.get(v)) for v in variables) for b in answer["results"]["bindings"]]
        if _is_distinct(query_text):  # Virtuoso 7.2 lets duplicates through DISTINCT with ORDER BY
            rows = list(dict.fromkeys(rows))
        return SelectResult(variables, rows)

    def construct(self, query_text: str) -> Graph:
        data = self._run(self._prologue + query_text, TURTLE, CONSTRUCT, raw=True)
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        try:
            graph.parse(data=data, format="turtle")
        except Exception as err:  # noqa: BLE001 - rdflib parsers raise assorted errors
            raise StoreError(f"{self.location}: the server's CONSTRUCT answer is not Turtle ({err})",
                             hint="construct() needs a CONSTRUCT or DESCRIBE query") from err
        return graph

    def graph_names(self) -> set[URIRef]:
        return set(self._graph_sizes())

    def value(self, graph: URIRef, subject: Term, predicate: URIRef) -> Term | None:
        rows = self.select("SELECT ?o ?g ?s ?p WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                           {"g": _graph_name(graph), "s": subject, "p": predicate}).rows
        return rows[0][0] if rows else None

    def quads(self) -> Iterator[Quad]:
        for name, size in sorted(self._graph_sizes().items()):
            got = 0
            # One page needs no order; more pages need a stable one (Virtuoso caps rows per answer).
            order = "" if size <= PAGE else "ORDER BY ?s ?p ?o"
            for offset in range(0, size, PAGE):
                rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} {order} "
                                   f"LIMIT {PAGE} OFFSET {offset}", {"g": name}).rows
                got += len(rows)
                for s, p, o, _ in rows:
                    yield s, p, o, name  # type: ignore[misc]
            if got != size:
                raise StoreError(f"{self.location}: graph <{name}> has {size} triples but the server returned {got}",
                                 hint="the server caps result rows: raise it (Virtuoso: [SPARQL] ResultSetMaxRows "
                                      "and [Parameters] MaxSortedTopRows in virtuoso.ini)")

    def triples_count(self) -> int:
        return sum(self._graph_sizes().values())

    def dump(self, out: str | os.PathLike[str] | BinaryIO, format: str) -> None:
        fmt = _check_format(format)
        ds = Dataset()
        for prefix, namespace in PREFIXES.items():
            ds.bind(prefix, namespace)
        for s, p, o, g in self.quads():
            ds.graph(g).add((s, p, o))
        _write_bytes(out, ds.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8"))

    def _graph_sizes(self, *, system: bool = False) -> dict[URIRef, int]:
        """Triples per graph: dipkg's graphs, or (``system``) the server's own."""
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
        return {g: int(n) for g, n in rows  # type: ignore[arg-type]
                if isinstance(g, URIRef) and bool(SYSTEM_GRAPH.match(str(g))) == system and int(n)}  # type: ignore[arg-type]

    # -- writing -------------------------------------------------------------------------------
    def replace_graphs(self, batch: Mapping[URIRef, Iterable[Triple]]) -> None:
        # Serialise every graph first, so a bad term fails before anything is sent.
        bodies = {_graph_name(name): _ntriples(name, triples) for name, triples in batch.items()}
        for name, body in bodies.items():
            if not body:
                self.drop_graph(name)
            elif self.endpoints.gsp == "none":  # one update: the drop and the insert land together
                graph = sparql_term(name)
                self._update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n"
                             f"{body.decode('utf-8')}}} }}")
            else:
                self._gsp("PUT", name, body)

    def drop_graph(self, name: URIRef) -> None:
        if self.endpoints.gsp == "none":
            self._update(f"DROP SILENT GRAPH {sparql_term(_graph_name(name))}")
        else:
            self._gsp("DELETE", _graph_name(name), None)

    def _update(self, text: str) -> None:
        """POST a SPARQL Update; its terms come from ``sparql_term``, never from user text."""
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        request = urllib.request.Request(self.endpoints.update, data=body, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        self._send("update", self.endpoints.update, request)

    def _gsp(self, method: str, graph: URIRef, body: bytes | None) -> None:
        url = f"{self.endpoints.gsp}?{urllib.parse.urlencode({'graph': str(graph)})}"
        request = urllib.request.Request(url, data=body, method=method)
        if body is not None:
            request.add_header("Content-Type", "text/turtle; charset=utf-8")  # N-Triples is Turtle

        try:
            self._send(f"{method} <{graph}>", self.endpoints.gsp, request)
        except _HTTPStatus as err:
            if not (method == "DELETE" and err.status == 404):  # nothing to delete is fine
                raise err.error from None

    def _send(self, what: str, url: str, request: urllib.request.Request) -> None:
        def call() -> None:
            with self._opener.open(request, timeout=self.timeout) as response:
                response.read()

        self._retrying(what, url, call)

    def _make_opener(self) -> urllib.request.OpenerDirector:
        if not self._user:
            return urllib.request.build_opener()
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in {self.endpoints.query, self.endpoints.update, self.endpoints.gsp}:
            passwords.add_password(None, url, self._user, self._password)
        handler = urllib.request.HTTPDigestAuthHandler if self._digest else urllib.request.HTTPBasicAuthHandler
        return urllib.request.build_opener(handler(passwords))

    # -- requests ------------------------------------------------------------------------------
    def _run(self, query_text: str, fmt: str, form: str, *, raw: bool = False) -> object:
        wrapper = SPARQLWrapper(self.endpoints.query)
        wrapper.setQuery(query_text)
        wrapper.queryType = form  # its guess reads comments: "# description: ..." looks like DESCRIBE
        wrapper.setMethod(POST)  # long queries (VALUES, IRIs) do not fit in a URL
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setReturnFormat(fmt)
        wrapper.setOnlyConneg(True)  # no format=... parameters: Oxigraph refuses unknown ones
        wrapper.setTimeout(max(1, round(self.timeout)))
        if self._user:
            wrapper.setCredentials(self._user, self._password)
            if self._digest:
                wrapper.setHTTPAuth(DIGEST)

        def call() -> object:
            result = wrapper.query()
            self.server = self.server or result.response.headers.get("Server", "")
            return result.response.read() if raw else result.convert()

        try:
            return self._retrying("query", self.endpoints.query, call)
        except _HTTPStatus as err:
            raise err.error from None

    def _retrying(self, what: str, url: str, call: Callable[[], T]) -> T:
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return call()
            except (urllib.error.URLError, SPARQLWrapperException, OSError, ValueError) as err:
                status, error, retry = _explain(what, url, err, self.timeout)
                if not retry or attempt == self.retries:
                    if status is not None:
                        raise _HTTPStatus(status, error) from err
                    raise error from err
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")


class _HTTPStatus(Exception):
    """An HTTP error answer, kept apart so callers can accept some (a DELETE's 404)."""

    def __init__(self, status: int, error: StoreError) -> None:
        super().__init__(str(error))
        self.status, self.error = status, error


_WRAPPER_STATUS = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404, "URITooLong": 414,
                   "EndPointInternalError": 500}
_HINTS = {
    400: "the server rejected the request as malformed; see its message above",
    401: "the server wants credentials: set DIPKG_ENDPOINT_USER and DIPKG_ENDPOINT_PASSWORD",
    403: "the server refuses: grant SPARQL UPDATE (Virtuoso: GRANT SPARQL_UPDATE TO \"SPARQL\") or give "
         "credentials (DIPKG_ENDPOINT_USER, DIPKG_ENDPOINT_PASSWORD)",
    404: "no SPARQL service at this URL: check the path (Oxigraph /query, Fuseki /DATASET/query, Virtuoso "
         "/sparql, GraphDB /repositories/NAME), or set DIPKG_UPDATE_URL / DIPKG_GSP_URL",
    405: "this URL does not accept that request: set DIPKG_GSP_URL (or DIPKG_UPDATE_URL) to the right service",
    413: "the server refuses a request this large: raise its request size limit",
}


def _explain(what: str, url: str, err: Exception, timeout: float) -> tuple[int | None, StoreError, bool]:
    """(HTTP status or None, the error to raise, whether to retry) for a failed request."""
    status: int | None = None
    detail = str(err)
    if isinstance(err, urllib.error.HTTPError):
        status = err.code
        try:
            detail = err.read().decode("utf-8", "replace")
        except OSError:
            detail = err.reason
    elif isinstance(err, SPARQLWrapperException):
        status = _WRAPPER_STATUS.get(type(err).__name__)
        detail = str(err).split("Response:", 1)[-1]
    if status is not None:
        detail = " ".join(detail.split())[:300]
        hint = _HINTS.get(status, "the server failed; see its log" if status >= 500 else None)
        return status, StoreError(f"{url}: {what} failed with HTTP {status}: {detail}", hint=hint), status >= 500
    reason = getattr(err, "reason", err)
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in detail:
        return None, StoreError(f"{url}: {what} timed out after {timeout:g} s",
                                hint="the server is busy or the query too heavy: set DIPKG_ENDPOINT_TIMEOUT "
                                     "to wait longer"), False
    if isinstance(err, (json.JSONDecodeError, UnicodeError)):
        return None, StoreError(f"{url}: the server's answer to {what} is not SPARQL JSON ({err})",
                                hint="is this URL a SPARQL query endpoint?"), False
    if isinstance(err, ValueError):
        return None, StoreError(f"{url}: not a usable endpoint URL ({err})"), False
    return None, StoreError(f"{url}: cannot reach the SPARQL server ({reason})",
                            hint=f"is the server running at {url}? start it, or check --store"), True


def _from_json(cell: Mapping[str, str] | None) -> Term | None:
    """An rdflib term from a SPARQL JSON result cell, as the embedded backends return it."""
    if cell is None:
        return None
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in cell:
            return Literal(value, lang=cell["xml:lang"])
        datatype = cell.get("datatype")
        if datatype and datatype != str(XSD.string):
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    raise StoreError(f"unsupported term in a SPARQL result: {cell!r}", hint="RDF-star triples are not used by dipkg")


def _ntriples(name: URIRef, triples: Iterable[Triple]) -> bytes:
    lines = []
    for triple in triples:
        s, p, o = (_canonical(t) for t in triple)
        if isinstance(s, Literal) or not isinstance(p, URIRef):
            raise StoreError(f"graph <{name}>: not a valid triple: {triple!r}",
                             hint="subjects are IRIs or blank nodes, predicates IRIs")
        lines.append(f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} .\n")
    return "".join(lines).encode("utf-8")
