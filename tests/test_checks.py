"""The fast validation (kg_build.checks) gives pySHACL's results on every shape case.

Each case of tests/cases-shapes is validated by pySHACL (the reference) and by the build's engine:
rudof for the core shapes plus the SPARQL-targeted shapes as whole-store queries. Both must report
the same (focus node, shape, path, value) results.
"""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg_build.checks import CoreValidator, check_store, merge, ntriples, sparql_shapes
from kg_build.rdf import skolemize
from kg_build.store import MemoryStore, open_store
from kg_build.validate import validate

from test_shapes import _all_cases, _apply, Case

CASES = [c for c in _all_cases()]


def _key(report_violations) -> set[tuple[str, str, str | None, str | None]]:
    return {(v.focus_node, v.shape, v.path, v.value) for v in report_violations}


@pytest.fixture(scope="module")
def validators() -> dict[str, CoreValidator]:
    return {"data": CoreValidator("data"), "lexicon": CoreValidator("lexicon")}


_GRAPH = URIRef("https://w3id.org/dipkg/graph/case")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fast_engine_reports_what_pyshacl_reports(case: Case, validators) -> None:
    graph = _apply(case)
    reference = _key(validate(graph, shapes=case.folder).violations)
    core = validators[case.folder].check(ntriples(graph))
    store = MemoryStore()
    store.replace_graphs({_GRAPH: skolemize(list(graph))})  # as a build stores them: no blank nodes
    assert _key(core) | _key(check_store(store, case.folder)) == reference


def skolemize_graph(graph: Graph) -> Graph:
    out = Graph()
    for t in skolemize(list(graph)):
        out.add(t)
    return out


def test_store_checks_run_on_the_embedded_engine(tmp_path) -> None:
    case = next(c for c in CASES if c.name == "event-year-date-with-day-precision")
    graph = skolemize_graph(_apply(case))
    with open_store(tmp_path / "store") as store:
        store.replace_graphs({_GRAPH: list(graph)})
        found = check_store(store, "data")
    assert {v.shape.rsplit("#")[-1] for v in found} == {"DateMatchesPrecision"}
    assert all(v.message for v in found)


def test_the_data_shapes_have_two_sparql_targeted_shapes() -> None:
    assert {s.iri.rsplit("#")[-1] for s in sparql_shapes("data")} == {"DateMatchesPrecision", "MembershipDates"}
    assert sparql_shapes("lexicon") == ()


def test_merged_report_reads_like_pyshacl() -> None:
    case = next(c for c in CASES if c.name == "document-with-two-titles")
    graph = _apply(case)
    found = CoreValidator("data").check(ntriples(graph))
    report = merge(found)
    assert not report.conforms and "Conforms: False" in report.text and "dsh" not in report.text
    assert "https://w3id.org/dipkg/shapes#Document-title" in report.text
    assert merge([]).conforms
