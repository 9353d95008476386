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


DATA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data"

_BREAK = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
DELETE { GRAPH ?g { ?s dip:speaker ?x } } WHERE { { SELECT ?s WHERE { GRAPH ?a { ?s a dip:Statement } } ORDER BY ?s LIMIT 1 }
                                                   GRAPH ?g { ?s dip:speaker ?x } } ;
DELETE { GRAPH ?g { ?m dip:endIndex ?e } } INSERT { GRAPH ?g { ?m dip:endIndex 0 } }
WHERE { { SELECT ?m WHERE { GRAPH ?a { ?m a dip:Mention } } ORDER BY ?m LIMIT 1 } GRAPH ?g { ?m dip:endIndex ?e } } ;
INSERT { GRAPH <https://w3id.org/dipkg/graph/extra> {
    ?e dip:place <https://w3id.org/dipkg/resource/place/nowhere> , <https://w3id.org/dipkg/resource/place/elsewhere> .
    ?p skos:prefLabel "Another name"@en } }
WHERE { { SELECT ?e WHERE { GRAPH ?a { ?e a dip:PhoneCall } } ORDER BY ?e LIMIT 1 }
        { SELECT ?p WHERE { GRAPH ?b { ?p a dip:Person } } ORDER BY ?p LIMIT 1 } }
"""


@pytest.mark.parametrize("workers", [1, 2])
def test_whole_store_engine_agrees_with_pyshacl(tmp_path, workers: int) -> None:
    from kg_build.build import build
    from kg_build.checks import validate_store
    from kg_build.validate import validate_store as reference_engine
    with open_store(tmp_path / "store") as store:
        build([DATA], store, check=False)
        assert validate_store(store, workers=workers).conforms
        store.oxigraph.update(_BREAK)
        fast = validate_store(store, workers=workers)
        reference = reference_engine(store)
    assert _key(fast.violations) == _key(reference.violations)
    shapes = {v.shape.rsplit("#")[-1] for v in fast.violations}
    assert {"Statement-speaker", "Span-beginIndex", "Event-place"} <= shapes
    assert shapes & {"Person-prefLabel", "NamedEntity-prefLabel"}
