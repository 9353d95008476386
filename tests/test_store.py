"""One contract for every store backend: in-memory (rdflib) and embedded on disk (Oxigraph)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg_build.store import MemoryStore, OxigraphStore, Store, StoreError, open_store

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
A, B, P, Q = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "p"), URIRef(EX + "q")
SELECT_P = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s ?o"
BOUND = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s"


@pytest.fixture(params=["memory", "oxigraph"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
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


def test_remote_endpoints_are_not_yet_a_backend() -> None:
    with pytest.raises(StoreError):
        open_store("http://127.0.0.1:7878/query")
