"""Shared fixtures. Helpers for one test module live in that module; fixtures used by several here."""
from __future__ import annotations

from pathlib import Path

import shutil
from collections.abc import Callable

import pytest
from rdflib import Dataset, Graph

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    """The project's top folder (ontology/, queries/, shapes/, data/ live here)."""
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture()
def sample(tmp_path: Path, root: Path) -> Path:
    """A copy of the bundled sample (data/), free to change."""
    folder = tmp_path / "in"
    shutil.copytree(root / "data", folder)
    return folder


def _produced(store) -> Graph:  # noqa: ANN001 - any kg_build Store
    from kg_build.rdf import LEXICON_GRAPH, ONTOLOGY_GRAPH

    g = Graph()
    for s, p, o, name in store.quads():
        if name not in (LEXICON_GRAPH, ONTOLOGY_GRAPH):
            g.add((s, p, o))
    return g


@pytest.fixture(scope="session")
def produced() -> Callable[..., Graph]:
    """What a build produced in a store: every graph but the ontology and the lexicon (compared
    by size elsewhere; their blank-node-free triples would only slow isomorphism checks)."""
    return _produced


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def fixture_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, root: Path):  # noqa: ANN201
    """The hand-made fixture (tests/data/README.md) with the ontology, in each local backend."""
    from kg_build.namespaces import GRAPH
    from kg_build.rdf import with_label_keys
    from kg_build.store import open_store

    ds = Dataset()
    ds.parse(root / "tests" / "data" / "graph-fixture.trig", format="trig")
    batch = {g.identifier: with_label_keys(list(g)) for g in ds.graphs() if len(g)}  # as a build does
    batch[GRAPH["ontology"]] = list(Graph().parse(root / "ontology" / "dipkg.ttl", format="turtle"))
    store = open_store(":memory:") if request.param == "memory" else open_store(tmp_path_factory.mktemp("fx") / "s")
    store.replace_graphs(batch)
    yield store
    store.close()
