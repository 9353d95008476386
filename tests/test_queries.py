"""Canned queries: headers, parameters bound safely, contract columns and order, Minsk disambiguation."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.sparql import prepareQuery

from kg_build.namespaces import DIP, RES, WD
from kg_build.lexicon import label_key
from kg_build.queries import (UNSET, ParameterError, QueryError, UnknownQueryError, bind_params, format_rows,
                              get_query, load_queries, read_query, run_query, to_strings)
from kg_build.store import Store

QUERIES = Path(__file__).resolve().parent.parent / "queries"
CONTRACT = {
    "who-raised": ["doc", "statement", "actor", "actorLabel", "actorWikidata", "subject", "subjectLabel",
                   "subjectWikidata", "subjectType", "date", "event", "eventType", "quote", "reportedBy", "modality"],
    "events": ["doc", "event", "eventType", "date", "participantLabels", "place", "placeLabel"],
    "mentions": ["doc", "entity", "label", "type", "wikidata"],
}
CONTRACT["statements"] = CONTRACT["who-raised"]
MINSK_AGREEMENTS = {str(RES["statement/s2s2s2s2s2s2s2s2"]), str(RES["statement/s7s7s7s7s7s7s7s7"])}
MINSK_GROUP = {str(RES["statement/s4s4s4s4s4s4s4s4"]), str(RES["statement/s6s6s6s6s6s6s6s6"])}




def rows(store: Store, name: str, **params: str) -> list[dict[str, str | None]]:
    return to_strings(run_query(store, name, params))


# --- the files -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_parses_in_both_engines_and_has_a_header(path: Path) -> None:
    query = read_query(path)  # parses with Oxigraph, checks the header
    prepareQuery(query.text)  # and with rdflib
    assert query.title and query.description and query.variables


def test_the_documented_queries_exist() -> None:
    assert {"who-raised", "statements", "events", "mentions", "timeline", "contacts", "formats", "topics",
            "network-actors", "network-subjects"} <= set(load_queries())


def test_declared_parameters_are_the_variables_the_query_binds() -> None:
    for query in load_queries().values():
        body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
        used = {m.group(1) for m in re.finditer(r"[?$](\w+?)(?:Text|Iri)\b", body)}
        assert used == {p.name for p in query.params}, query.name
        projected = [str(v) for v in prepareQuery(query.text).algebra["PV"]]
        for param in query.params:
            assert set(param.variables) <= set(projected), (query.name, param.name)
            assert not set(param.variables) & set(query.variables)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_columns_are_exactly_those_of_design_md(name: str) -> None:
    assert list(get_query(name).variables) == CONTRACT[name]


def test_event_class_lists_match_the_ontology(root: Path) -> None:
    onto = Graph().parse(root / "ontology" / "dipkg.ttl", format="turtle")
    classes = {str(c) for c in onto.transitive_subjects(RDFS.subClassOf, DIP.Event)}
    for name in ("events", "topics"):
        listed = re.search(r"VALUES \?eventType \{([^}]*)\}", get_query(name).text).group(1).split()
        assert {str(DIP[c.removeprefix("dip:")]) for c in listed} == classes, name


def test_a_malformed_query_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.rq").write_text("# title: x\nSELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="broken.rq.*description"):
        load_queries(tmp_path)
    (tmp_path / "broken.rq").write_text("# title: x\n# description: y\n# param: who — z\n"
                                        "SELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="broken.rq"):
        load_queries(tmp_path)


def test_queries_are_found_through_dipkg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "only.rq").write_text("# title: t\n# description: d\nSELECT ?s WHERE { ?s ?p ?o }\n",
                                                  encoding="utf-8")
    monkeypatch.setenv("DIPKG_HOME", str(tmp_path))
    assert list(load_queries()) == ["only"]


# --- parameters ------------------------------------------------------------------------------

@pytest.mark.parametrize("value, text, iri", [
    ("Minsk agreements", "Minsk agreements", UNSET),
    ("  Minsk   agreements ", "Minsk agreements", UNSET),
    ("Q58217", "Q58217", WD.Q58217),
    ("q58217", "q58217", WD.Q58217),
    ("wd:Q58217", "wd:Q58217", WD.Q58217),
    ("res:agreement/minsk-agreements", "res:agreement/minsk-agreements", RES["agreement/minsk-agreements"]),
    ("https://w3id.org/dipkg/resource/agreement/minsk-agreements", None, RES["agreement/minsk-agreements"]),
])
def test_a_parameter_is_bound_as_text_key_and_iri(value: str, text: str | None, iri: URIRef) -> None:
    bound = bind_params(get_query("who-raised"), {"subject": value})
    assert bound == {"subjectText": Literal(text or value), "subjectKey": Literal(label_key(text or value)),
                     "subjectIri": iri}


@pytest.mark.parametrize("typed, label", [
    ("minsk AGREEMENTS", "Minsk agreements"),
    ("Accordi  di Minsk", "accordi di Minsk"),
    ("минские соглашения", "Минские соглашения"),
    ("Elysee", "Élysée"),
])
def test_a_label_key_ignores_case_accents_and_spacing_and_is_ascii(typed: str, label: str) -> None:
    assert label_key(typed) == label_key(label) and label_key(label).isascii()


def test_unknown_missing_empty_and_invalid_parameters_are_errors() -> None:
    query = get_query("who-raised")
    with pytest.raises(ParameterError, match="who-raised.*topic.*subject"):
        bind_params(query, {"topic": "x"})
    with pytest.raises(ParameterError, match="who-raised.*subject"):
        bind_params(query, {})
    with pytest.raises(ParameterError, match="empty"):
        bind_params(query, {"subject": "   "})
    with pytest.raises(ParameterError, match="not a valid IRI"):
        bind_params(query, {"subject": 'http://example.org/"}'})
    with pytest.raises(ParameterError, match="statements.*no parameters"):
        bind_params(get_query("statements"), {"subject": "x"})
    assert bind_params(get_query("formats"), {}) == {}


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match="who-raised") as err:
        get_query("who-said")
    assert "events" in str(err.value) and err.value.hint


def test_a_hostile_value_is_only_data(fixture_store: Store) -> None:
    before = fixture_store.triples_count()
    for value in ['"} } ; DROP ALL ; #', "x' ) } UNION { ?s ?p ?o } #", "<urn:x> } ; CLEAR ALL"]:
        assert rows(fixture_store, "who-raised", subject=value) == []
    assert fixture_store.triples_count() == before


# --- who-raised ------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["Minsk agreements", "MINSK AGREEMENTS", "accordi di Minsk", "минские соглашения",
                                   "Минские соглашения", "res:agreement/minsk-agreements",
                                   "https://w3id.org/dipkg/resource/agreement/minsk-agreements"])
def test_the_minsk_agreements_are_not_the_minsk_group(fixture_store: Store, value: str) -> None:
    found = rows(fixture_store, "who-raised", subject=value)
    assert {r["statement"] for r in found} == MINSK_AGREEMENTS
    assert {r["subjectLabel"] for r in found} == {"Minsk agreements"}


@pytest.mark.parametrize("value", ["OSCE Minsk Group", "Minsk Group", "gruppo di Minsk", "минская группа"])
def test_the_minsk_group_is_not_the_minsk_agreements(fixture_store: Store, value: str) -> None:
    found = rows(fixture_store, "who-raised", subject=value)
    assert {r["statement"] for r in found} == MINSK_GROUP
    assert {r["subjectLabel"] for r in found} == {"OSCE Minsk Group"}


def test_minsk_alone_is_the_city_which_nobody_raised(fixture_store: Store) -> None:
    assert rows(fixture_store, "who-raised", subject="Minsk") == []


@pytest.mark.parametrize("value, statement", [
    ("Q212", "s3s3s3s3s3s3s3s3"), ("wd:Q212", "s3s3s3s3s3s3s3s3"),
    ("http://www.wikidata.org/entity/Q81068910", "s5s5s5s5s5s5s5s5"), ("q81068910", "s5s5s5s5s5s5s5s5"),
])
def test_a_wikidata_id_finds_its_subject(fixture_store: Store, value: str, statement: str) -> None:
    assert [r["statement"] for r in rows(fixture_store, "who-raised", subject=value)] == [str(RES["statement/" + statement])]


def test_who_raised_fills_every_column(fixture_store: Store) -> None:
    first, undated = rows(fixture_store, "who-raised", subject="Minsk agreements")
    assert first == {
        "doc": "001_fixture.txt", "statement": str(RES["statement/s2s2s2s2s2s2s2s2"]),
        "actor": str(RES["person/vladimir-putin"]), "actorLabel": "Vladimir Putin", "actorWikidata": str(WD.Q7747),
        "subject": str(RES["agreement/minsk-agreements"]), "subjectLabel": "Minsk agreements",
        "subjectWikidata": None, "subjectType": str(DIP.Agreement), "date": "2022-02-07",
        "event": str(RES["event/e1e1e1e1e1e1e1e1"]), "eventType": str(DIP.Meeting),
        "quote": 'Putin said: "There is no alternative to the Minsk agreements {as signed}; none."',
        "reportedBy": None, "modality": str(DIP.Asserted)}
    assert undated["date"] is None and undated["doc"] == "003_fixture.txt"
    assert undated["eventType"] == str(DIP.PressConference) and undated["actorLabel"] == "Sergey Lavrov"
    reported = rows(fixture_store, "who-raised", subject="OSCE Minsk Group")[0]
    assert reported["reportedBy"] == "Kremlin press service" and reported["modality"] == str(DIP.Reported)


# --- the other contract queries --------------------------------------------------------------

def test_statements_come_by_date_then_document_undated_last(fixture_store: Store) -> None:
    found = rows(fixture_store, "statements")
    assert [(r["date"], r["doc"], r["statement"].rsplit("/", 1)[-1][:2]) for r in found] == [
        ("2020-11-07", "002_fixture.txt", "s4"), ("2020-11-07", "002_fixture.txt", "s5"),
        ("2020-11-07", "003_fixture.txt", "s6"),
        ("2022-02-07", "001_fixture.txt", "s1"), ("2022-02-07", "001_fixture.txt", "s2"),
        ("2022-02-07", "001_fixture.txt", "s3"),
        (None, "003_fixture.txt", "s7")]


def test_events_join_sorted_participant_labels(fixture_store: Store) -> None:
    found = rows(fixture_store, "events")
    assert [(r["date"], r["doc"], r["eventType"].rsplit("#", 1)[-1], r["participantLabels"], r["placeLabel"])
            for r in found] == [
        ("2020-11-07", "002_fixture.txt", "PhoneCall", "Emmanuel Macron | Vladimir Putin", None),
        ("2020-11-07", "003_fixture.txt", "PhoneCall", "Emmanuel Macron | Vladimir Putin", None),
        ("2022-02-07", "001_fixture.txt", "Meeting", "Emmanuel Macron | Vladimir Putin", "Moscow Kremlin"),
        (None, "003_fixture.txt", "PressConference", "Sergey Lavrov | Иван Петров", None)]


def test_mentions_give_labels_types_and_wikidata(fixture_store: Store) -> None:
    found = rows(fixture_store, "mentions")
    assert [(r["doc"], r["label"]) for r in found] == sorted((r["doc"], r["label"]) for r in found)
    by_key = {(r["doc"], r["label"]): r for r in found}
    assert by_key[("003_fixture.txt", "Иван Петров")]["type"] == str(DIP.Person)
    assert by_key[("003_fixture.txt", "Иван Петров")]["wikidata"] is None
    assert by_key[("001_fixture.txt", "Vladimir Putin")]["wikidata"] == str(WD.Q7747)
    assert by_key[("001_fixture.txt", "Normandy Format")]["type"] == str(DIP.DiplomaticFormat)
    assert len(found) == 16


# --- timeline, contacts, formats, topics -----------------------------------------------------

def test_timeline_of_an_actor_by_wikidata_id_or_alias(fixture_store: Store) -> None:
    lavrov = rows(fixture_store, "timeline", actor="Q58217")
    assert [(r["kind"], r["date"], r["subjectLabel"]) for r in lavrov] == [
        ("event", None, None), ("statement", None, "Minsk agreements")]
    putin = rows(fixture_store, "timeline", actor="путин")
    assert [r["date"] for r in putin] == sorted(r["date"] for r in putin)
    assert {r["item"].rsplit("/", 1)[-1][:2] for r in putin} == {"e1", "e2", "s2", "s3", "s4"}


def test_contacts_are_the_events_both_took_part_in(fixture_store: Store) -> None:
    found = rows(fixture_store, "contacts", actor1="Путин", actor2="Q3052772")
    assert [(r["date"], r["doc"], r["actor2Label"]) for r in found] == [
        ("2020-11-07", "002_fixture.txt", "Emmanuel Macron"), ("2020-11-07", "003_fixture.txt", "Emmanuel Macron"),
        ("2022-02-07", "001_fixture.txt", "Emmanuel Macron")]
    assert rows(fixture_store, "contacts", actor1="Lavrov", actor2="Macron") == []


def test_formats_list_members_and_who_raised_them(fixture_store: Store) -> None:
    every = rows(fixture_store, "formats")
    assert {r["formatLabel"] for r in every} == {"Normandy Format", "OSCE Minsk Group"}
    group = rows(fixture_store, "formats", format="gruppo di Minsk")
    members = [(r["actorLabel"], r["role"], r["since"]) for r in group if r["relation"] == "member"]
    assert members == [("France", "https://w3id.org/dipkg/lexicon/co-chair", "1997"),
                       ("United States", "https://w3id.org/dipkg/lexicon/co-chair", "1997")]
    assert [(r["actorLabel"], r["date"], r["doc"]) for r in group if r["relation"] == "raised"] == [
        ("Vladimir Putin", "2020-11-07", "002_fixture.txt"), ("Emmanuel Macron", "2020-11-07", "003_fixture.txt")]


def test_topics_per_event_with_their_speakers(fixture_store: Store) -> None:
    found = {(r["event"].rsplit("/", 1)[-1][:2], r["topicLabel"]): r["speakers"] for r in rows(fixture_store, "topics")}
    assert found[("e2", "OSCE Minsk Group")] == "Emmanuel Macron | Vladimir Putin"
    assert found[("e2", "Nagorno-Karabakh conflict")] is None
    assert found[("e3", "Minsk agreements")] == "Sergey Lavrov"


# --- output ----------------------------------------------------------------------------------

def test_json_csv_and_table_output(fixture_store: Store) -> None:
    result = run_query(fixture_store, "who-raised", {"subject": "Minsk agreements"})
    out = io.StringIO()
    format_rows(result, "json", out)
    data = json.loads(out.getvalue())
    assert [list(r) for r in data] == [CONTRACT["who-raised"]] * 2
    assert all(v is None or isinstance(v, str) for r in data for v in r.values()) and data[1]["date"] is None
    out = io.StringIO()
    format_rows(result, "csv", out)
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(CONTRACT["who-raised"]) and len(lines) == 3
    assert '"Putin said: ""There is no alternative' in lines[1]
    out = io.StringIO()
    format_rows(result, "table", out, title="who raised the Minsk agreements")
    assert "dip:Asserted" in out.getvalue() and "2 rows" in out.getvalue()
    with pytest.raises(QueryError, match="table, json, csv"):
        format_rows(result, "xml", io.StringIO())
