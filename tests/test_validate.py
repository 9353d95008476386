"""The validation API (kg_build.validate) and the OWL consistency check (kg_build.reasoning)."""
from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH

from kg_build.errors import DipkgError, JavaMissingError, ReasonerError, ShapesError
from kg_build.reasoning import ReasonerReport, check_consistency
from kg_build.validate import ValidationReport, Violation, load_shapes, validate, validate_store

CASES = Path(__file__).resolve().parent / "cases-shapes"
DSH = Namespace("https://w3id.org/dipkg/shapes#")
DIP = Namespace("https://w3id.org/dipkg/ontology#")
RES = Namespace("https://w3id.org/dipkg/resource/")

needs_java = pytest.mark.skipif(
    shutil.which("java") is None,
    reason="HermiT needs Java: install a Java runtime (apt-get install default-jre-headless)",
)


@pytest.fixture()
def good() -> Graph:
    """A valid document graph with the lexicon entities it refers to (a fresh copy per test)."""
    return Graph().parse(CASES / "data" / "good.ttl", format="turtle")


@pytest.fixture()
def bad(good: Graph) -> Graph:
    """The good graph with its statement's speaker removed."""
    good.remove((RES["statement/s1"], DIP.speaker, None))
    return good


# --- validate() ---------------------------------------------------------------------------------


def test_conforming_graph_gives_report_with_empty_violations(good: Graph) -> None:
    report = validate(good)
    assert isinstance(report, ValidationReport)
    assert report.conforms is True
    assert report.violations == ()
    assert report.text.startswith("Validation Report")
    assert (None, RDF.type, SH.ValidationReport) in report.graph


def test_violation_names_focus_node_path_message_shape_and_severity(bad: Graph) -> None:
    report = validate(bad)
    assert report.conforms is False
    assert isinstance(report.violations, tuple)
    (violation,) = report.violations
    assert violation == Violation(
        focus_node=str(RES["statement/s1"]),
        path=str(DIP.speaker),
        message=violation.message,
        shape=str(DSH["Statement-speaker"]),
        severity="Violation",
        value=None,
        component="MinCountConstraintComponent",
    )
    assert "dip:speaker" in violation.message
    assert "Statement-speaker" in report.text
    assert (None, SH.resultSeverity, SH.Violation) in report.graph


def test_report_and_violations_are_frozen(bad: Graph) -> None:
    report = validate(bad)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.violations[0].message = "x"  # type: ignore[misc]


def test_validate_does_not_change_the_data_graph(good: Graph) -> None:
    before = set(good)
    validate(good)
    assert set(good) == before


def test_focus_nodes_limit_what_is_validated(bad: Graph) -> None:
    bad.remove((RES["person/vladimir-putin"], None, None))  # a lexicon entity, now invalid
    bad.add((RES["person/vladimir-putin"], RDF.type, DIP.Person))
    everything = {v.shape for v in validate(bad).violations}
    assert everything == {str(DSH["Statement-speaker"]), str(DSH["Person-prefLabel"])}
    focused = validate(bad, focus_nodes=[RES["statement/s1"], RES["event/e1"]])
    assert {v.shape for v in focused.violations} == {str(DSH["Statement-speaker"])}
    assert validate(bad, focus_nodes=[]).conforms


def test_empty_ontology_turns_off_subclass_reasoning(good: Graph) -> None:
    # dip:Person is a dip:Actor only through the ontology's rdfs:subClassOf axioms.
    report = validate(good, ontology=Graph())
    assert str(DSH["Statement-speaker"]) in {v.shape for v in report.violations}


def test_data_that_already_holds_the_ontology_needs_no_ontology(good: Graph, root: Path) -> None:
    good.parse(root / "ontology" / "dipkg.ttl")
    assert validate(good, ontology=Graph()).conforms


def test_rdfs_inference_would_accept_an_untyped_speaker_so_validate_does_not_use_it(good: Graph) -> None:
    good.remove((RES["statement/s1"], DIP.speaker, None))
    good.add((RES["statement/s1"], DIP.speaker, RES["person/nobody"]))  # no rdf:type anywhere
    with_rdfs, _, _ = pyshacl.validate(good, shacl_graph=load_shapes("data"), ont_graph=Graph().parse(
        Path(__file__).resolve().parent.parent / "ontology" / "dipkg.ttl"), inference="rdfs", advanced=True)
    assert with_rdfs is True  # rdfs:range dip:Actor types the unknown speaker: sh:class passes
    assert validate(good).conforms is False


def test_violation_on_a_property_path_shows_the_path_sparql_style(tmp_path: Path) -> None:
    shapes = tmp_path / "path-shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <urn:x:> .\n"
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;\n"
        "    sh:property [ sh:path ( ex:p [ sh:inversePath ex:q ] ) ; sh:minCount 1 ; sh:message \"m\" ] .\n",
        encoding="utf-8",
    )
    data = Graph()
    data.add((URIRef("urn:x:a"), RDF.type, URIRef("urn:x:C")))
    (violation,) = validate(data, shapes=shapes, ontology=Graph()).violations
    assert violation.path == "<urn:x:p>/^<urn:x:q>"
    assert violation.shape.startswith("_:")


def test_shapes_may_be_given_as_a_path(good: Graph, root: Path) -> None:
    assert validate(good, shapes=root / "shapes" / "dipkg-shapes.ttl").conforms


def test_unknown_shape_set_raises_shapes_error(good: Graph) -> None:
    with pytest.raises(ShapesError, match="no shapes file 'everything'") as caught:
        validate(good, shapes="everything")
    assert caught.value.hint and "'data'" in caught.value.hint
    assert isinstance(caught.value, DipkgError)


def test_broken_shapes_file_raises_shapes_error_naming_file_and_line(good: Graph, tmp_path: Path) -> None:
    broken = tmp_path / "broken-shapes.ttl"
    broken.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ex: <urn:x:> .\n"
        "\n"
        "ex:S a sh:NodeShape ;\n"
        "    sh:targetClass ex:C ;\n"
        "    sh:property [ sh:path ex:p sh:minCount 1 ] .\n",
        encoding="utf-8",
    )
    with pytest.raises(ShapesError) as caught:
        validate(good, shapes=broken)
    assert f"{broken}:6:" in str(caught.value)


def test_invalid_shacl_raises_shapes_error(tmp_path: Path) -> None:
    invalid = tmp_path / "invalid-shapes.ttl"
    invalid.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <urn:x:> .\n"
        'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount "many" ] .\n',
        encoding="utf-8",
    )
    data = Graph()
    data.add((URIRef("urn:x:a"), RDF.type, URIRef("urn:x:C")))
    with pytest.raises(ShapesError, match="minCount"):
        validate(data, shapes=invalid, ontology=Graph())


def test_shapes_are_parsed_once_and_again_after_an_edit(tmp_path: Path) -> None:
    assert load_shapes("data") is load_shapes("data")
    path = tmp_path / "shapes.ttl"
    path.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:x:S> a sh:NodeShape .\n", encoding="utf-8")
    first = load_shapes(path)
    path.write_text(path.read_text(encoding="utf-8") + "<urn:x:T> a sh:NodeShape .\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    assert len(load_shapes(path)) == len(first) + 1


def test_dipkg_home_points_at_another_project_folder(
    good: Graph, tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "shapes").mkdir()
    (tmp_path / "ontology").mkdir()
    shutil.copy(root / "ontology" / "dipkg.ttl", tmp_path / "ontology" / "dipkg.ttl")
    (tmp_path / "shapes" / "dipkg-shapes.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix dip: <https://w3id.org/dipkg/ontology#> .\n"
        "<urn:x:NoHashes> a sh:NodeShape ; sh:targetClass dip:Document ;\n"
        "    sh:property [ sh:path dip:contentHash ; sh:maxCount 0 ; sh:message \"no hashes here\" ] .\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("DIPKG_HOME", str(tmp_path))
    report = validate(good)
    assert [v.message for v in report.violations] == ["no hashes here"]


def test_validate_store_checks_the_union_of_all_graphs(bad: Graph) -> None:
    class FakeStore:
        def __init__(self, graph: Graph) -> None:
            self.graph = graph

        def union_graph(self) -> Graph:
            copy = Graph()
            copy += self.graph
            return copy

    assert validate_store(FakeStore(Graph().parse(CASES / "lexicon" / "good.ttl"))).conforms
    report = validate_store(FakeStore(bad), shapes="data")  # good.ttl's lexicon part is minimal
    assert [v.shape for v in report.violations] == [str(DSH["Statement-speaker"])]


# --- check_consistency() ------------------------------------------------------------------------

_SELF_DISJOINT = """
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex:  <urn:x:> .
ex:Impossible a owl:Class ; owl:disjointWith ex:Impossible .
ex:thing a ex:Impossible .
"""


@needs_java
def test_the_ontology_alone_is_consistent(root: Path) -> None:
    report = check_consistency(root / "ontology" / "dipkg.ttl")
    assert isinstance(report, ReasonerReport)
    assert report.consistent and report.coherent
    assert report.inconsistent_classes == ()
    assert "consistent" in report.text


@needs_java
@pytest.mark.slow
def test_the_ontology_with_the_lexicon_is_consistent(root: Path) -> None:
    report = check_consistency([root / "ontology" / "dipkg.ttl", root / "ontology" / "lexicon"])
    assert report.consistent, report.text
    assert report.inconsistent_classes == (), report.text


@needs_java
def test_lexicon_dates_do_not_stop_hermit_and_wikidata_links_infer_types(root: Path) -> None:
    # xsd:date / xsd:gYearMonth literals are outside the OWL 2 datatype map; owl:sameAs to a
    # Wikidata item makes that item a dip:Person too: an inferred class assertion.
    graph = Graph().parse(root / "ontology" / "dipkg.ttl")
    graph.parse(CASES / "lexicon" / "good.ttl")
    report = check_consistency(graph)
    assert report.consistent, report.text
    assert report.inferred >= 2


@needs_java
def test_class_disjoint_with_itself_having_an_instance_is_inconsistent() -> None:
    report = check_consistency(Graph().parse(data=_SELF_DISJOINT, format="turtle"))
    assert report.consistent is False
    assert report.inconsistent_classes == ("urn:x:Impossible",)
    assert "urn:x:thing" in report.text and "inconsistent" in report.text


@needs_java
def test_unsatisfiable_class_without_instances_is_consistent_but_not_coherent() -> None:
    data = _SELF_DISJOINT.replace("ex:thing a ex:Impossible .", "")
    report = check_consistency(Graph().parse(data=data, format="turtle"))
    assert report.consistent is True
    assert report.coherent is False
    assert report.inconsistent_classes == ("urn:x:Impossible",)


def test_missing_java_raises_java_missing_error_with_an_install_hint(
    tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no java on PATH
    with pytest.raises(JavaMissingError) as caught:
        check_consistency(root / "ontology" / "dipkg.ttl")
    assert "default-jre-headless" in (caught.value.hint or "")
    assert "JAVA_EXE" in (caught.value.hint or "")
    assert isinstance(caught.value, ReasonerError)


@needs_java
def test_unreadable_input_raises_reasoner_error_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <urn:x:> .\nex:a ex:b .\n", encoding="utf-8")
    with pytest.raises(ReasonerError, match="broken.ttl:2"):
        check_consistency([broken])
