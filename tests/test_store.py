"""One contract for every store backend: in-memory (rdflib) and embedded on disk (Oxigraph)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg_build.store import MemoryStore, OxigraphStore, Store, StoreError, open_store
from servers import remote_store

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
A, B, P, Q = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "p"), URIRef(EX + "q")
SELECT_P = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s ?o"
BOUND = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s"


@pytest.fixture(params=["memory", "oxigraph", pytest.param("remote-oxigraph", marks=pytest.mark.server),
                        pytest.param("remote-virtuoso", marks=pytest.mark.server)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param.startswith("remote-"):
        st: Store = remote_store(request, request.param.removeprefix("remote-"))
    else:
        st = open_store(":memory:") if request.param == "memory" else open_store(tmp_path / "store")
    yield st
    st.close()


def test_open_store_picks_the_backend(tmp_path: Path) -> None:
    with open_store(":memory:") as m, open_store(tmp_path / "s") as o:
        assert isinstance(m, MemoryStore) and isinstance(o, OxigraphStore)


def test_replace_graph_replaces_and_is_idempotent(store: Store) -> None:
    store.replace_graph(G1, [(A, P, Literal("one"))])
    store.replace_graph(G1, [(A, P, Literal("two"))])
    store.replace_graph(G1, [(A, P, Literal("two"))])
    assert [tuple(r) for r in store.select(SELECT_P).rows] == [(A, Literal("two"))]
    assert store.triples_count() == 1


def test_graphs_are_kept_apart_and_queried_as_a_union(store: Store) -> None:
    store.replace_graphs({G1: [(A, P, Literal(1))], G2: [(B, P, Literal(2))]})
    assert {G1, G2} <= store.graph_names()
    assert len(store.select(SELECT_P).rows) == 2
    store.drop_graph(G1)
    assert [r[0] for r in store.select(SELECT_P).rows] == [B]
    assert store.value(G2, B, P) == Literal(2) and store.value(G1, A, P) is None


def test_values_are_bound_not_pasted(store: Store) -> None:
    hostile = 'x" } ; DROP ALL ; SELECT * { ?s ?p "'
    store.replace_graph(G1, [(A, P, Literal(hostile)), (B, P, Literal("plain"))])
    result = store.select(BOUND, {"o": Literal(hostile)})
    assert [r[0] for r in result.rows] == [A]
    assert store.triples_count() == 2


def test_terms_come_back_as_rdflib_terms(store: Store) -> None:
    store.replace_graph(G1, [(A, P, Literal("2022-02-07", datatype=XSD.date)), (A, Q, Literal("Минск", lang="ru")),
                             (A, RDF.type, B)])
    quads = set(store.quads())
    assert (A, P, Literal("2022-02-07", datatype=XSD.date), G1) in quads
    assert (A, Q, Literal("Минск", lang="ru"), G1) in quads
    assert all(isinstance(t, (URIRef, Literal, BNode)) for q in quads for t in q)


def test_union_graph_and_dump_hold_every_triple(store: Store, tmp_path: Path) -> None:
    store.replace_graphs({G1: [(A, P, Literal(1))], G2: [(B, P, Literal(2))]})
    assert len(store.union_graph()) == 2
    out = tmp_path / "dump.trig"
    store.dump(out, "trig")
    ds = Dataset()
    ds.parse(out, format="trig")
    assert {g.identifier for g in ds.graphs() if len(g)} >= {G1, G2}


def test_a_file_is_not_a_store_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(path)
    assert path.read_text(encoding="utf-8") == "keep me"


def test_a_folder_of_other_files_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_bytes(b"x")
    with pytest.raises(StoreError, match="mine"):
        open_store(tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.docx").read_bytes() == b"x"


def test_a_store_in_use_by_another_process_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path) as st:
        st.replace_graph(G1, [(A, P, Literal(1))])
        code = ("import sys\nfrom kg_build.store import open_store, StoreError\n"
                f"try:\n    open_store({str(path)!r})\nexcept StoreError as e:\n    print('ERR', e); sys.exit(3)\n")
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert proc.returncode == 3 and str(path) in proc.stdout
    with open_store(path) as again:
        assert again.triples_count() == 1


def test_a_server_that_is_down_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as sock:  # a free port: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("DIPKG_ENDPOINT_RETRIES", "0")
    url = f"http://127.0.0.1:{port}/query"
    with pytest.raises(StoreError, match=f"127.0.0.1:{port}") as err:
        open_store(url)
    assert err.value.hint


# --- more of the contract, for every backend --------------------------------------------------

C = URIRef(EX + "c")
G3 = URIRef(EX + "g3")


def test_replace_graphs_writes_a_batch_and_an_empty_graph_is_gone(store: Store) -> None:
    store.replace_graphs({G1: [(A, P, Literal(1))], G2: [(B, P, Literal(2)), (C, P, Literal(3))]})
    store.replace_graphs({G1: [(A, P, Literal(10))], G2: []})
    assert G2 not in store.graph_names() and G1 in store.graph_names()
    assert [tuple(r) for r in store.select(SELECT_P).rows] == [(A, Literal(10))]


def test_a_bad_triple_leaves_the_store_as_it_was(store: Store) -> None:
    store.replace_graph(G1, [(A, P, Literal("kept"))])
    with pytest.raises(StoreError):
        store.replace_graphs({G1: [(A, P, Literal("new"))], G2: [(B, P, "not a term")]})  # type: ignore[list-item]
    assert [tuple(r) for r in store.select(SELECT_P).rows] == [(A, Literal("kept"))]


@pytest.mark.parametrize("value", [
    Literal('he said "no" } ; DROP ALL ; { '), Literal("}\n;\\u0022 \\\" '"), Literal("Минские соглашения", lang="ru"),
    Literal("2022-02-07", datatype=XSD.date), URIRef(EX + "b"),
])
def test_a_bound_value_with_quotes_braces_and_semicolons_is_data(store: Store, value: object) -> None:
    store.replace_graph(G1, [(A, P, value), (B, P, Literal("other"))])  # type: ignore[list-item]
    result = store.select(BOUND, {"o": value})  # type: ignore[dict-item]
    assert result.variables == ("s", "o") and result.rows == [(A, value)]
    assert store.triples_count() == 2


def test_a_bound_variable_must_be_projected(store: Store) -> None:
    store.replace_graph(G1, [(A, P, Literal(1))])
    with pytest.raises(StoreError, match="project|projection"):
        store.select("SELECT ?s WHERE { ?s <http://example.org/p> ?o }", {"o": Literal(1)})


def test_bound_values_reach_patterns_filters_and_expressions(store: Store) -> None:
    """What the canned queries rely on (queries/README.md), for every backend."""
    store.replace_graph(G1, [(A, P, B), (B, Q, Literal("Minsk")), (C, P, Literal("x"))])
    pattern = "SELECT ?s ?x WHERE { ?s <http://example.org/p> ?x }"
    assert store.select(pattern, {"x": B}).rows == [(A, B)]
    equal = "SELECT ?s ?x WHERE { ?s <http://example.org/q> ?n FILTER(LCASE(STR(?n)) = LCASE(STR(?x))) }"
    assert store.select(equal, {"x": Literal("MINSK")}).rows == [(B, Literal("MINSK"))]
    iri = "SELECT ?s ?x WHERE { BIND(IRI(STR(?x)) AS ?o) FILTER(BOUND(?o)) ?s <http://example.org/p> ?o }"
    assert store.select(iri, {"x": B}).rows == [(A, B)]
    path = "SELECT ?s ?x WHERE { ?x ^<http://example.org/p>* ?s . ?s <http://example.org/p> ?o }"
    assert {r[0] for r in store.select(path, {"x": B}).rows} == {A}


def test_value_reads_one_graph_and_creates_nothing(store: Store) -> None:
    store.replace_graphs({G1: [(A, P, Literal("in g1"))], G2: [(A, P, Literal("in g2"))]})
    assert store.value(G1, A, P) == Literal("in g1") and store.value(G2, A, P) == Literal("in g2")
    assert store.value(G3, A, P) is None and store.value(G1, A, Q) is None
    assert G3 not in store.graph_names()


def test_quads_round_trip_into_another_store(store: Store) -> None:
    data = {G1: [(A, P, Literal("x", datatype=XSD.string)), (A, Q, Literal(7))],
            G2: [(B, RDF.type, C), (B, P, Literal("y", lang="it"))]}
    store.replace_graphs(data)
    quads = set(store.quads())
    assert (A, P, Literal("x"), G1) in quads  # "x"^^xsd:string is the plain literal "x" (RDF 1.1)
    copy = open_store(":memory:")
    by_graph: dict[URIRef, list] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append((s, p, o))
    copy.replace_graphs(by_graph)
    assert set(copy.quads()) == quads and copy.triples_count() == store.triples_count() == 4


def test_blank_nodes_come_back_as_blank_nodes(store: Store) -> None:
    store.replace_graph(G1, [(A, P, BNode("x1")), (BNode("x1"), Q, Literal("inside"))])
    (row,) = store.select("SELECT ?b ?v WHERE { <http://example.org/a> <http://example.org/p> ?b . ?b ?q ?v }").rows
    assert isinstance(row[0], BNode) and row[1] == Literal("inside")


def test_construct_gives_an_rdflib_graph(store: Store) -> None:
    store.replace_graphs({G1: [(A, P, B)], G2: [(B, P, C)]})
    graph = store.construct("CONSTRUCT { ?o ?p ?s } WHERE { ?s ?p ?o }")
    assert set(graph) == {(B, P, A), (C, P, B)}


def test_dump_as_nquads_and_unknown_formats(store: Store, tmp_path: Path) -> None:
    store.replace_graphs({G1: [(A, P, Literal("ü"))], G2: [(B, P, Literal(2))]})
    store.dump(tmp_path / "all.nq", "nq")
    ds = Dataset()
    ds.parse(tmp_path / "all.nq", format="nquads")
    assert (A, P, Literal("ü")) in ds.graph(G1)
    with pytest.raises(StoreError, match="nq"):
        store.dump(tmp_path / "all.xml", "rdfxml")


def test_a_syntax_error_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.select("SELECT ?s WHERE { ?s ?p }")


# --- opening an on-disk store ----------------------------------------------------------------

def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes except RocksDB's info LOG, which a failed open rotates (no data in it)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith("LOG")}


def test_open_store_defaults_to_dipkg_store_in_the_working_directory(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as st:
        assert isinstance(st, OxigraphStore)
    assert (tmp_path / "dipkg-store" / "CURRENT").is_file()


def test_create_false_does_not_make_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here") as err:
        open_store(tmp_path / "missing", create=False)
    assert "dipkg build" in (err.value.hint or "") and not (tmp_path / "missing").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="empty"):
        open_store(tmp_path / "empty", create=False)
    assert list((tmp_path / "empty").iterdir()) == []


def test_a_folder_of_other_files_is_left_exactly_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.md").write_text("mine", encoding="utf-8")
    before = _snapshot(folder)
    with pytest.raises(StoreError, match="papers.*not a dipkg store") as err:
        open_store(folder)
    assert err.value.hint and _snapshot(folder) == before


def test_a_store_locked_by_another_process_is_explained_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path) as st:
        st.replace_graph(G1, [(A, P, Literal(1))])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom kg_build.store import open_store\n"
         f"s = open_store({str(path)!r})\nprint('ready', flush=True)\nsys.stdin.readline()\ns.close()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        before = _snapshot(path)
        with pytest.raises(StoreError, match="in use by another process") as err:
            open_store(path)
        assert str(path) in str(err.value) and err.value.hint
        assert _snapshot(path) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    with open_store(path) as again:
        assert again.value(G1, A, P) == Literal(1)


def test_the_same_store_twice_in_one_process_is_refused_until_closed(tmp_path: Path) -> None:
    first = open_store(tmp_path / "s")
    with pytest.raises(StoreError, match="already open"):
        open_store(tmp_path / "s")
    first.close()
    with pytest.raises(StoreError, match="closed"):
        first.graph_names()
    open_store(tmp_path / "s").close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_permission_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            open_store(folder / "store")
    finally:
        folder.chmod(0o700)


def test_a_malformed_triple_in_a_batch_changes_no_graph(store: Store) -> None:
    store.replace_graphs({G1: [(A, P, Literal("kept"))], G2: [(B, P, Literal("kept too"))]})
    with pytest.raises(StoreError):
        store.replace_graphs({G1: [(A, P, Literal("new"))], G2: [(Literal("a literal subject"), P, B)]})
    assert sorted(str(o) for _, o in store.select(SELECT_P).rows) == ["kept", "kept too"]
