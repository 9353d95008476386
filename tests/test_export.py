"""Exports: RDF files that parse back, networks with labels and weights, standalone pictures."""
from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg_build.export import FORMATS, NETWORK_FORMATS, ExportError, export
from kg_build.namespaces import RES
from kg_build.network import actor_network, subject_network
from kg_build.store import Store, open_store

PUTIN, MACRON, LAVROV, PETROV = (str(RES[f"person/{n}"]) for n in
                                 ("vladimir-putin", "emmanuel-macron", "sergey-lavrov", "ivan-petrov-c3c3"))
READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf,
           "json": lambda p: nx.node_link_graph(json.loads(Path(p).read_text(encoding="utf-8")), edges="links")}




@pytest.fixture(scope="module")
def store(fixture_store: Store) -> Store:
    return fixture_store


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_are_the_union_of_all_graphs(store: Store, tmp_path: Path, fmt: str, parser: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(store, fmt, out)
    assert isomorphic(Graph().parse(out, format=parser), store.union_graph())  # blank nodes: the lexicon's intervals


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nq", "nquads")])
def test_named_graph_exports_keep_every_graph(store: Store, tmp_path: Path, fmt: str, parser: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    export(store, fmt, out)
    ds = Dataset()
    ds.parse(out, format=parser)
    graphs = {g.identifier for g in ds.graphs() if len(g)}
    assert graphs == store.graph_names() and len(graphs) == 5  # three documents, lexicon, ontology
    assert sum(len(ds.graph(g)) for g in graphs) == store.triples_count()


def test_actor_network_links_actors_by_shared_events(store: Store) -> None:
    g = actor_network(store)
    assert set(g) == {PUTIN, MACRON, LAVROV, PETROV}
    assert {"label": "Vladimir Putin", "type": "Person", "kind": "actor",
            "wikidata": "http://www.wikidata.org/entity/Q7747", "events": 2}.items() <= g.nodes[PUTIN].items()
    assert g.nodes[PETROV]["label"] == "Иван Петров" and g.nodes[PETROV]["wikidata"] == ""
    # the phone call told by two documents is one event
    assert g.edges[PUTIN, MACRON] == {"weight": 2, "events": 2, "first": "2020-11-07", "last": "2022-02-07"}
    assert g.edges[LAVROV, PETROV] == {"weight": 1, "events": 1, "first": "", "last": ""}
    assert not g.has_edge(PUTIN, LAVROV)


def test_subject_network_links_speakers_to_what_they_raised(store: Store) -> None:
    g = subject_network(store)
    kinds = nx.get_node_attributes(g, "kind")
    assert {n for n, k in kinds.items() if k == "actor"} == {PUTIN, MACRON, LAVROV}
    assert all({kinds[a], kinds[b]} == {"actor", "subject"} for a, b in g.edges)
    group, agreements = str(RES["format/osce-minsk-group"]), str(RES["agreement/minsk-agreements"])
    assert g.nodes[group]["label"] == "OSCE Minsk Group" and g.nodes[group]["type"] == "DiplomaticFormat"
    assert g.edges[PUTIN, group]["weight"] == 1 and g.edges[MACRON, group]["weight"] == 1
    assert g.edges[LAVROV, agreements] == {"weight": 1, "statements": 1, "first": "", "last": ""}
    assert g.nodes[agreements]["statements"] == 2 and nx.is_bipartite(g)


@pytest.mark.parametrize("network", ["actors", "subjects"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_network_files_read_back_with_labels_and_weights(store: Store, tmp_path: Path, fmt: str, network: str) -> None:
    out = tmp_path / f"net.{fmt}"
    export(store, fmt, out, network=network)
    g = READERS[fmt](out)
    assert g.number_of_nodes() >= 4 and g.number_of_edges() >= 2
    assert g.nodes[PUTIN]["label"] == "Vladimir Putin"
    assert all(int(d["weight"]) >= 1 for _, _, d in g.edges(data=True))


def test_json_without_a_network_holds_both(store: Store, tmp_path: Path) -> None:
    export(store, "json", tmp_path / "both.json")
    both = json.loads((tmp_path / "both.json").read_text(encoding="utf-8"))
    assert set(both) == {"actors", "subjects"}
    subjects = nx.node_link_graph(both["subjects"], edges="links")
    assert subjects.number_of_edges() == 7


@pytest.mark.parametrize("network", ["actors", "subjects"])
def test_png_is_a_picture(store: Store, tmp_path: Path, network: str) -> None:
    export(store, "png", tmp_path / "net.png", network=network)
    data = (tmp_path / "net.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_html_is_a_standalone_page_with_hover_details(store: Store, tmp_path: Path) -> None:
    export(store, "html", tmp_path / "net.html")
    page = (tmp_path / "net.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "Vladimir Putin" in page
    assert "<title>Emmanuel Macron – Vladimir Putin: weight 2, 2020-11-07 to 2022-02-07</title>" in page
    assert "src=" not in page and 'href="http' not in page  # nothing fetched from the web


def test_binary_formats_go_to_stdout_and_streams(store: Store, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    export(store, "png", "-")
    assert capsysbinary.readouterr().out[:4] == b"\x89PNG"
    buffer = io.BytesIO()
    export(store, "ttl", buffer)
    assert len(Graph().parse(data=buffer.getvalue(), format="turtle")) == len(store.union_graph())


def test_an_empty_store_still_exports_every_format(tmp_path: Path) -> None:
    with open_store(":memory:") as empty:
        for fmt in FORMATS:
            export(empty, fmt, tmp_path / f"empty.{fmt}")
            assert (tmp_path / f"empty.{fmt}").stat().st_size > 0 or fmt in ("nt", "nq"), fmt
        assert READERS["graphml"](tmp_path / "empty.graphml").number_of_nodes() == 0


def test_unknown_format_or_network_lists_the_choices(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="graphml") as err:
        export(store, "xlsx", tmp_path / "x")
    assert "png" in str(err.value) and set(NETWORK_FORMATS) <= set(FORMATS)
    with pytest.raises(ExportError, match="actors"):
        export(store, "gexf", tmp_path / "x", network="cities")


def test_an_unwritable_place_is_an_export_error_and_leaves_nothing(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no-such-folder"):
        export(store, "ttl", tmp_path / "no-such-folder" / "g.ttl")
    assert list(tmp_path.iterdir()) == []


def test_a_built_store_exports_networks_end_to_end(tmp_path: Path, root: Path) -> None:
    """The seed documents through `build`, then the networks (slowest test here: it extracts)."""
    from kg_build.build import build

    with open_store(tmp_path / "store") as st:
        build([root / "data"], st)
        actors = actor_network(st)
        assert actors.nodes[PUTIN]["label"] == "Vladimir Putin" and actors.edges[PUTIN, MACRON]["weight"] >= 2
        export(st, "gexf", tmp_path / "subjects.gexf", network="subjects")
        assert nx.read_gexf(tmp_path / "subjects.gexf").number_of_edges() > 0
