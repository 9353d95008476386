"""The remote SPARQL 1.1 backend: value binding, URLs, errors, and the CLI against real servers.

The store contract itself runs against both servers from test_store.py; here are the end-to-end
runs (build, query, validate, export through ``--store http://...``) and what only a remote
store has (client-side binding, HTTP errors). Tests marked ``server`` start the servers
(tests/servers.py); the rest need no server.
"""
from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef

from kg_build.cli import cli
from kg_build.remote import RemoteStore, derive_urls, inject_values
from kg_build.store import MemoryStore, StoreError
from servers import KINDS, free_port, remote_store, server

EX = "http://example.org/"
A, B, P, G1 = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "p"), URIRef(EX + "g1")
HOSTILE = ['x" } ; DROP ALL ; SELECT * { ?s ?p "', "line\nbreak\r\ttab", "'''", '"""', 'ends with "', "back\\slash",
           "# not a comment }", "{{ }} ?o $o", "Минск – 明斯克 – مينسك 🇺🇦", "", " "]
NESTED = """SELECT ?s ?o WHERE {
  # a comment with a brace { and a "quote
  { ?s <http://example.org/p> ?x . FILTER(STR(?x) = STR(?o)) } UNION { ?s <http://example.org/q> ?o }
  FILTER NOT EXISTS { ?s <http://example.org/r> "}{" }
} ORDER BY ?s"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# -- binding and URLs: no server -------------------------------------------------------------------

@pytest.mark.parametrize("value", HOSTILE)
def test_injected_values_select_what_rdflib_bindings_select(value: str) -> None:
    store = MemoryStore()
    store.replace_graph(G1, [(A, P, Literal(value)), (B, P, Literal("other")), (B, URIRef(EX + "q"), Literal(value))])
    expected = store.select(NESTED, {"o": Literal(value)}).rows
    injected = inject_values(NESTED, {"o": Literal(value)})
    assert store.select(injected).rows == expected and {r[0] for r in expected} == {A, B}


def test_bindings_open_the_groups_that_mention_the_variable_only() -> None:
    text = inject_values("SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?x } { SELECT ?s WHERE { ?s ?p ?o } } "
                         "VALUES ?z { 1 } }", {"o": Literal(1)})
    bind = 'BIND("1"^^<http://www.w3.org/2001/XMLSchema#integer> AS ?o)'
    assert text.count(bind) == 2 and f"WHERE {{ {bind}  ?s ?p ?o OPTIONAL {{ ?s ?q ?x }}" in text
    assert "{ SELECT ?s WHERE { BIND(" in text and "VALUES ?z { 1 }" in text


def test_virtuoso_gets_non_ascii_strings_in_a_form_it_compares_right() -> None:
    text = inject_values("SELECT ?o WHERE { ?s ?p ?o }", {"o": Literal("Минск")}, virtuoso=True)
    assert 'BIND(STR("Минск"@en) AS ?o)' in text


@pytest.mark.parametrize("bad", [{"o": BNode()}, {"o; DROP": Literal(1)}, {"o": URIRef("http://x> } DROP ALL {")}])
def test_unsafe_bindings_are_refused(bad: dict) -> None:
    with pytest.raises(StoreError):
        inject_values("SELECT ?o WHERE { ?s ?p ?o }", bad)


@pytest.mark.parametrize(("url", "update", "gsp"), [
    ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
    ("https://h/sparql-auth", "https://h/sparql-auth", "https://h/sparql-graph-crud-auth"),
    ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg/statements",
     "http://h:7200/repositories/kg/rdf-graphs/service"),
])
def test_update_and_graph_store_urls_follow_the_server_layout(url: str, update: str, gsp: str) -> None:
    assert derive_urls(url).update == update and derive_urls(url).gsp == gsp


def test_a_server_that_is_down_gives_exit_2_and_names_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPKG_ENDPOINT_RETRIES", "0")
    url = f"http://127.0.0.1:{free_port()}/query"
    code, out, err = invoke("query", "statements", "--store", url)
    assert code == 2 and out == ""
    assert url in err.splitlines()[0] and "running" in err


@pytest.fixture()
def refusing() -> Iterator[tuple[str, list[str]]]:
    """A fake endpoint: answers ASK, refuses PUT with 403, fails DELETE with 503."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self, status: int, body: bytes = b"") -> None:
            seen.append(self.command)
            self.send_response(status)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers["Content-Length"]))
            self._answer(200, b'{"head": {}, "boolean": true}')

        def do_PUT(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self._answer(403, b"SPARQL_UPDATE not granted")

        def do_DELETE(self) -> None:  # noqa: N802
            self._answer(503)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/query", seen
    httpd.shutdown()
    httpd.server_close()


def test_a_refused_write_says_to_grant_updates(refusing: tuple[str, list[str]]) -> None:
    url, seen = refusing
    store = RemoteStore(url, retries=2, backoff=0.01)
    with pytest.raises(StoreError, match="HTTP 403") as caught:
        store.replace_graph(G1, [(A, P, Literal(1))])
    assert "/store" in str(caught.value) and "SPARQL_UPDATE" in (caught.value.hint or "")
    assert seen.count("PUT") == 1  # a 4xx is not retried


def test_server_errors_are_retried_then_reported(refusing: tuple[str, list[str]]) -> None:
    url, seen = refusing
    store = RemoteStore(url, retries=2, backoff=0.01)
    with pytest.raises(StoreError, match="HTTP 503"):
        store.drop_graph(G1)
    assert seen.count("DELETE") == 3


# -- real servers ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    path = tmp_path_factory.mktemp("embedded") / "store"
    code, _, err = invoke("build", "--store", str(path), str(root / "data"))
    assert code == 0, err
    return path


def _rows(store: str, name: str, *params: str) -> list[dict]:
    args = ["query", name, "--store", store, "--format", "json"]
    for param in params:
        args += ["--param", param]
    code, out, err = invoke(*args)
    assert code == 0, err
    return json.loads(out)


def _named(graph: Graph) -> set:
    """The triples without blank nodes (the lexicon's time:Interval nodes get new ids per store);
    rdflib's isomorphism test takes minutes on the 20,000-triple lexicon."""
    return {t for t in graph if not any(isinstance(x, BNode) for x in t)}


def _same_labels(rows: list[dict]) -> list[dict]:
    """Rows with joined labels as sets: Virtuoso 7.2 repeats labels in GROUP_CONCAT over a DISTINCT
    sub-select (a server bug the client cannot undo)."""
    return [{k: sorted(set(v.split(" | "))) if k.endswith("Labels") and v else v for k, v in r.items()} for r in rows]


@pytest.mark.server
@pytest.mark.parametrize("kind", KINDS)
def test_build_query_validate_export_through_a_server_match_the_embedded_store(
        kind: str, request: pytest.FixtureRequest, embedded: Path, root: Path, tmp_path: Path) -> None:
    remote = remote_store(request, kind)
    url = server(request, kind).query_url
    code, _, err = invoke("build", "--store", url, str(root / "data"))
    assert code == 0, err
    rows = _rows(url, "who-raised", "subject=Minsk agreements")
    assert rows and rows == _rows(str(embedded), "who-raised", "subject=Minsk agreements")
    for name in ("statements", "events", "mentions"):
        assert _same_labels(_rows(url, name)) == _same_labels(_rows(str(embedded), name)), name

    before = set(remote.quads())
    code, _, err = invoke("build", "--store", url, str(root / "data"))
    assert code == 0, err
    assert set(remote.quads()) == before  # a second build changes nothing

    assert invoke("validate", "--store", url)[0] == invoke("validate", "--store", str(embedded))[0]
    ours, theirs = tmp_path / "remote.ttl", tmp_path / "embedded.ttl"
    assert invoke("export", "--store", url, "--format", "ttl", "--out", str(ours))[0] == 0
    assert invoke("export", "--store", str(embedded), "--format", "ttl", "--out", str(theirs))[0] == 0
    exported, expected = Graph().parse(ours), Graph().parse(theirs)
    assert len(exported) == len(expected) and _named(exported) == _named(expected)


@pytest.mark.server
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_values_are_bound_on_the_server(kind: str, request: pytest.FixtureRequest) -> None:
    store = remote_store(request, kind)
    triples = [(URIRef(f"{EX}s{i}"), P, Literal(v)) for i, v in enumerate(HOSTILE)]
    store.replace_graph(G1, [*triples, (B, URIRef(EX + "q"), Literal("x", lang="en"))])
    for s, _, o in triples:
        assert store.select(NESTED, {"o": o}).rows == [(s, o)], repr(o)
    assert store.triples_count() == len(triples) + 1


@pytest.mark.server
@pytest.mark.parametrize("kind", KINDS)
def test_sparql_update_replaces_graphs_where_there_is_no_graph_store(kind: str, request: pytest.FixtureRequest) -> None:
    remote_store(request, kind)  # empties the server
    store = RemoteStore(server(request, kind).query_url, graph_store_url="none")
    store.replace_graph(G1, [(A, P, Literal('one "1"\n'))])
    store.replace_graph(G1, [(A, P, Literal("two", lang="en")), (B, P, A)])
    assert set(store.quads()) == {(A, P, Literal("two", lang="en"), G1), (B, P, A, G1)}
    store.drop_graph(G1)
    assert store.triples_count() == 0
