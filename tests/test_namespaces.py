"""The closed DIP namespace and the ontology define the same terms."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg_build.namespaces import DIP


def test_dip_namespace_lists_exactly_the_ontology_terms(root: Path) -> None:
    graph = Graph().parse(root / "ontology" / "dipkg.ttl")
    ns = str(DIP._NS)
    defined = {str(s)[len(ns):] for s in graph.subjects() if str(s).startswith(ns)}
    declared = set(DIP.__annotations__)
    assert declared == defined


def test_unknown_term_is_an_error_not_a_new_iri() -> None:
    with pytest.raises(AttributeError):
        DIP.Personn  # noqa: B018 - the typo must fail
