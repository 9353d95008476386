"""Every SHACL shape accepts a good example and rejects a bad one.

Cases are data (tests/cases-shapes/README.md): ``<set>/good.ttl`` is a valid graph, and each
``<set>/<behaviour>.ru`` is a SPARQL Update that changes one thing in it, with a header saying
which shapes must report a violation (exactly those) or that the result still conforms. The
named tests at the end restate the most important rules as self-contained Turtle snippets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg_build.validate import ValidationReport, load_shapes, validate

CASES = Path(__file__).resolve().parent / "cases-shapes"
DSH = Namespace("https://w3id.org/dipkg/shapes#")
DIP = Namespace("https://w3id.org/dipkg/ontology#")
SETS = ("data", "lexicon")  # case folder = shape set it is validated against

# Parameters that only describe or target a shape: a shape with nothing else produces no results.
_NON_CONSTRAINTS = {
    RDF.type, RDFS.label, RDFS.comment, SH.name, SH.description, SH.message, SH.severity,
    SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target,
    SH.property, SH.path, SH.order, SH.group, SH.deactivated,
}

PREFIXES = """
@prefix dip:      <https://w3id.org/dipkg/ontology#> .
@prefix xsd:      <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:     <http://www.w3.org/2004/02/skos/core#> .
@prefix org:      <http://www.w3.org/ns/org#> .
@prefix prov:     <http://www.w3.org/ns/prov#> .
@prefix time:     <http://www.w3.org/2006/time#> .
@prefix dcterms:  <http://purl.org/dc/terms/> .
@prefix res:      <https://w3id.org/dipkg/resource/> .
"""


@dataclass(frozen=True, slots=True)
class Case:
    """One case: a change to ``<folder>/good.ttl`` and the shapes it must violate."""

    folder: str
    name: str
    summary: str
    expected: frozenset[str]  # shape IRIs; empty means the changed graph conforms
    update: str

    @property
    def id(self) -> str:
        return f"{self.folder}/{self.name}"


def _read_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    summary = lines[0].lstrip("# ").strip()
    found = re.search(r"^# expect: (.+)$", text, re.MULTILINE)
    assert found, f"{path}: no '# expect:' line"
    words = found.group(1).split()
    expected = frozenset() if words == ["conforms"] else frozenset(w.replace("dsh:", str(DSH)) for w in words)
    return Case(path.parent.name, path.stem, summary, expected, text)


def _all_cases() -> list[Case]:
    return [_read_case(path) for folder in SETS for path in sorted((CASES / folder).glob("*.ru"))]


@cache
def _base(folder: str) -> Graph:
    return Graph().parse(CASES / folder / "good.ttl", format="turtle")


def _apply(case: Case) -> Graph:
    graph = Graph()
    graph += _base(case.folder)
    namespaces = {prefix: str(ns) for prefix, ns in _base(case.folder).namespaces()}
    graph.update(case.update, initNs=namespaces)
    return graph


def _shapes_violated(report: ValidationReport) -> set[str]:
    return {v.shape for v in report.violations}


def _snippet(turtle: str, shapes: str = "data") -> ValidationReport:
    return validate(Graph().parse(data=PREFIXES + turtle, format="turtle"), shapes=shapes)


# --- the cases --------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", SETS)
def test_good_example_conforms(folder: str) -> None:
    report = validate(_base(folder), shapes=folder)
    assert report.conforms, report.text


@pytest.mark.parametrize("case", _all_cases(), ids=lambda c: c.id)
def test_case_is_accepted_or_rejected_by_the_named_shapes(case: Case) -> None:
    report = validate(_apply(case), shapes=case.folder)
    if not case.expected:
        assert report.conforms, f"{case.summary}\n{report.text}"
    else:
        assert not report.conforms, case.summary
        assert _shapes_violated(report) == set(case.expected), f"{case.summary}\n{report.text}"


@pytest.mark.parametrize("folder", SETS)
def test_every_shape_is_proven_by_a_rejecting_case(folder: str) -> None:
    shapes = load_shapes(folder)
    covered = set().union(*(c.expected for c in _all_cases() if c.folder == folder))
    # A SPARQL constraint reports under the shape that holds it, so that shape stands for it.
    testable = {
        shape for shape in _named_shapes(shapes)
        if _has_constraints(shapes, shape) and (shape, RDF.type, SH.SPARQLConstraint) not in shapes
    }
    missing = {str(shape) for shape in testable} - covered
    assert not missing, f"no case in tests/cases-shapes/{folder}/ rejects: {sorted(missing)}"


# --- the shapes files themselves --------------------------------------------------------------


def _named_shapes(shapes: Graph) -> set[URIRef]:
    """Shapes with an IRI in dsh: (node shapes, property shapes, SPARQL constraints)."""
    typed = {
        s for t in (SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint) for s in shapes.subjects(RDF.type, t)
    }
    return {s for s in typed if isinstance(s, URIRef) and str(s).startswith(str(DSH))}


def _has_constraints(shapes: Graph, shape: URIRef) -> bool:
    return any(p not in _NON_CONSTRAINTS for p in shapes.predicates(shape, None))


@pytest.mark.parametrize("name", ["data", "lexicon", "all"])
def test_shapes_files_parse(name: str) -> None:
    shapes = load_shapes(name)
    assert _named_shapes(shapes)


@pytest.mark.parametrize("folder", SETS)
def test_every_shape_has_a_label_and_a_message(folder: str) -> None:
    shapes = load_shapes(folder)
    unlabelled, silent = [], []
    for shape in _named_shapes(shapes):
        if shapes.value(shape, RDFS.label) is None and shapes.value(shape, SH.name) is None:
            unlabelled.append(str(shape))
        only_sparql = set(shapes.predicates(shape, None)) & {SH.sparql} and all(
            shapes.value(c, SH.message) is not None for c in shapes.objects(shape, SH.sparql)
        )
        if shapes.value(shape, SH.message) is None and not only_sparql:
            silent.append(str(shape))
    assert not unlabelled, f"shapes without rdfs:label or sh:name: {sorted(unlabelled)}"
    assert not silent, f"shapes without sh:message: {sorted(silent)}"


def test_shape_iris_are_not_shared_between_the_two_files() -> None:
    assert not _named_shapes(load_shapes("data")) & _named_shapes(load_shapes("lexicon"))


@pytest.mark.parametrize("folder", SETS)
def test_shapes_name_only_terms_the_ontology_defines(folder: str, root: Path) -> None:
    ontology = Graph().parse(root / "ontology" / "dipkg.ttl")
    defined = set(ontology.subjects())
    used = {t for triple in load_shapes(folder) for t in triple if isinstance(t, URIRef) and t.startswith(str(DIP))}
    assert not used - defined, f"unknown dip: terms in the {folder} shapes: {sorted(used - defined)}"


def _subclasses(root: Path, cls: URIRef) -> set[URIRef]:
    ontology = Graph().parse(root / "ontology" / "dipkg.ttl")
    return {c for c in ontology.transitive_subjects(RDFS.subClassOf, cls) if isinstance(c, URIRef)}


@pytest.mark.parametrize(
    ("folder", "shape", "roots"),
    [
        ("data", DSH.Event, [DIP.Event]),
        ("data", DSH.Dated, [DIP.Event, DIP.Statement]),
        ("lexicon", DSH.NamedEntity, [DIP.Actor, DIP.Place]),
        ("lexicon", DSH.LexicalCue, [DIP.LexicalCue]),
    ],
)
def test_targets_list_every_subclass_so_they_work_without_the_ontology(
    folder: str, shape: URIRef, roots: list[URIRef], root: Path
) -> None:
    wanted = set().union(*(_subclasses(root, r) for r in roots)) - {DIP.Actor}
    targets = set(load_shapes(folder).objects(shape, SH.targetClass))
    assert wanted <= targets, f"{shape} misses {sorted(wanted - targets)}"


# --- the rules that matter most, as snippets ----------------------------------------------------

_STATEMENT = """
res:document\\/d a dip:Document ; dcterms:identifier "d.txt" ; dip:contentHash "h" .
res:person\\/p a dip:Person ; skos:prefLabel "P"@en .
res:topic\\/t a dip:Topic .
res:statement\\/s a dip:Statement ;
    dip:speaker res:person\\/p ; {subject} ;
    dip:modality dip:Reported ; dip:quote "q" ;
    dip:beginIndex 0 ; dip:endIndex 1 ;
    prov:wasDerivedFrom res:document\\/d .
"""

_EVENT = """
res:document\\/d a dip:Document ; dcterms:identifier "d.txt" ; dip:contentHash "h" .
res:person\\/p a dip:Person ; skos:prefLabel "P"@en .
res:mention\\/m a dip:Mention ; dip:inDocument res:document\\/d ; dip:anchorOf "talks" ;
    dip:beginIndex 0 ; dip:endIndex 5 .
res:event\\/e a dip:PhoneCall ; dip:participant res:person\\/p ;
    prov:wasDerivedFrom res:document\\/d ; dip:evidence res:mention\\/m ;
    dip:date {date} ; dip:datePrecision {precision} .
"""

_TERM = """
res:person\\/p a dip:Person ; skos:prefLabel "P"@en .
res:post\\/x a dip:Post .
res:term\\/t a dip:Term ; org:member res:person\\/p ; dip:post res:post\\/x ;
    org:memberDuring [ a time:Interval ;
        time:hasBeginning [ a time:Instant ; {begin} ] ;
        time:hasEnd [ a time:Instant ; {end} ] ] .
"""


def test_statement_with_topic_subject_conforms() -> None:
    report = _snippet(_STATEMENT.replace("{subject}", "dip:subject res:topic\\/t"))
    assert report.conforms, report.text


def test_statement_without_speaker_is_rejected() -> None:
    turtle = _STATEMENT.replace("{subject}", "dip:subject res:topic\\/t").replace("dip:speaker res:person\\/p ;", "")
    assert _shapes_violated(_snippet(turtle)) == {str(DSH["Statement-speaker"])}


def test_statement_with_blank_node_subject_is_rejected() -> None:
    report = _snippet(_STATEMENT.replace("{subject}", "dip:subject [ a dip:Topic ]"))
    assert _shapes_violated(report) == {str(DSH["Statement-subject"])}
    assert report.violations[0].component == "NodeKindConstraintComponent"


def test_event_with_year_date_and_day_precision_is_rejected() -> None:
    # Decision: the precision must agree with the datatype, else "YYYY-MM-DD when the day is
    # known" would be promised for an event whose day nobody knows.
    turtle = _EVENT.replace("{date}", '"2022"^^xsd:gYear').replace("{precision}", "time:unitDay")
    assert _shapes_violated(_snippet(turtle)) == {str(DSH.DateMatchesPrecision)}


def test_event_with_year_date_and_year_precision_conforms() -> None:
    turtle = _EVENT.replace("{date}", '"2022"^^xsd:gYear').replace("{precision}", "time:unitYear")
    report = _snippet(turtle)
    assert report.conforms, report.text


def test_term_starting_after_its_end_is_rejected() -> None:
    turtle = _TERM.replace("{begin}", 'time:inXSDDate "2020-01-02"^^xsd:date').replace(
        "{end}", 'time:inXSDgYear "2019"^^xsd:gYear'
    )
    report = _snippet(turtle)
    assert _shapes_violated(report) == {str(DSH.MembershipDates)}
    assert "2020-01-02" in report.violations[0].message and "2019" in report.violations[0].message
    assert report.violations[0].focus_node == "https://w3id.org/dipkg/resource/term/t"


def test_term_starting_in_the_year_it_ends_on_a_known_day_conforms() -> None:
    turtle = _TERM.replace("{begin}", 'time:inXSDgYear "2019"^^xsd:gYear').replace(
        "{end}", 'time:inXSDDate "2019-01-02"^^xsd:date'
    )
    report = _snippet(turtle)
    assert report.conforms, report.text


def test_term_without_start_is_rejected() -> None:
    turtle = _TERM.replace("time:hasBeginning [ a time:Instant ; {begin} ] ;", "").replace(
        "{end}", 'time:inXSDgYear "2019"^^xsd:gYear'
    )
    assert _shapes_violated(_snippet(turtle)) == {str(DSH["Interval-hasBeginning"])}


def test_person_speaker_is_an_actor_only_through_the_ontology() -> None:
    # sh:class dip:Actor accepts a dip:Person because validate() mixes in the subclass axioms.
    graph = Graph().parse(data=PREFIXES + _STATEMENT.replace("{subject}", "dip:subject res:topic\\/t"))
    assert validate(graph).conforms
    without = validate(graph, ontology=Graph())
    assert str(DSH["Statement-speaker"]) in _shapes_violated(without)


def test_lexicon_with_blank_node_intervals_conforms_to_all_shapes() -> None:
    # The lexicon writes intervals and instants as blank nodes; only produced things must be IRIs.
    graph = _base("lexicon")
    member_during = URIRef("http://www.w3.org/ns/org#memberDuring")
    assert any(isinstance(o, BNode) for o in graph.objects(None, member_during))
    report = validate(graph, shapes="all")
    assert report.conforms, report.text


def test_the_project_lexicon_conforms_to_all_shapes(root: Path) -> None:
    lexicon = Graph()
    for path in sorted((root / "ontology" / "lexicon").glob("*.ttl")):
        lexicon.parse(path, format="turtle")
    if not len(lexicon):
        pytest.skip("ontology/lexicon/ holds no Turtle yet")
    report = validate(lexicon, shapes="all")
    assert report.conforms, "\n".join(f"{v.focus_node}: {v.message}" for v in report.violations[:20])
