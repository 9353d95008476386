"""Exports: RDF files that parse back, networks with labels and weights, pictures."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg_build.build import build
from kg_build.export import FORMATS, ExportError, export
from kg_build.network import actor_network, subject_network
from kg_build.store import Store, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Store:
    st = open_store(tmp_path_factory.mktemp("export") / "store")
    build([root / "data"], st)
    yield st
    st.close()


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_parse_back(store: Store, tmp_path: Path, fmt: str, parser: str) -> None:
    out = tmp_path / f"g.{fmt}"
    export(store, fmt, out)
    assert len(Graph().parse(out, format=parser)) == len(store.union_graph())


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nq", "nquads")])
def test_named_graph_exports_keep_the_graphs(store: Store, tmp_path: Path, fmt: str, parser: str) -> None:
    out = tmp_path / f"g.{fmt}"
    export(store, fmt, out)
    ds = Dataset()
    ds.parse(out, format=parser)
    assert len({g.identifier for g in ds.graphs() if len(g)}) >= 7  # 5 documents, lexicon, ontology


def test_actor_network_links_who_met_with_weights_and_labels(store: Store) -> None:
    g = actor_network(store)
    putin, macron = (f"https://w3id.org/dipkg/resource/person/{n}" for n in ("vladimir-putin", "emmanuel-macron"))
    assert g.nodes[putin]["label"] == "Vladimir Putin" and g.edges[putin, macron]["weight"] >= 3


def test_subject_network_is_actors_and_what_they_raised(store: Store) -> None:
    g = subject_network(store)
    kinds = nx.get_node_attributes(g, "kind")
    assert set(kinds.values()) == {"actor", "subject"}
    assert all(kinds[a] != kinds[b] for a, b in g.edges)


@pytest.mark.parametrize("network", ["actors", "subjects"])
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_network_files_read_back(store: Store, tmp_path: Path, fmt: str, network: str) -> None:
    out = tmp_path / f"n.{fmt}"
    export(store, fmt, out, network=network)
    if fmt == "graphml":
        g = nx.read_graphml(out)
    elif fmt == "gexf":
        g = nx.read_gexf(out)
    else:
        g = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="links")
    assert g.number_of_nodes() > 3 and g.number_of_edges() > 0


def test_png_and_html_pictures(store: Store, tmp_path: Path) -> None:
    export(store, "png", tmp_path / "a.png")
    assert (tmp_path / "a.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    export(store, "html", tmp_path / "a.html")
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<svg" in page and "http://" not in page.split("<svg")[0]


def test_unknown_format_lists_the_formats(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="graphml"):
        export(store, "xlsx", tmp_path / "x")
    assert "png" in FORMATS
