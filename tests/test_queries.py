"""Canned queries: headers, parameters, safe binding, contract columns, order, Minsk disambiguation."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rdflib import Dataset

from kg_build.queries import (ParameterError, UnknownQueryError, bind_params, format_rows, get_query, load_queries,
                              run_query, to_strings)
from kg_build.store import Store, open_store

CONTRACT = {
    "who-raised": ["doc", "statement", "actor", "actorLabel", "actorWikidata", "subject", "subjectLabel",
                   "subjectWikidata", "subjectType", "date", "event", "eventType", "quote", "reportedBy", "modality"],
    "events": ["doc", "event", "eventType", "date", "participantLabels", "place", "placeLabel"],
    "mentions": ["doc", "entity", "label", "type", "wikidata"],
}
CONTRACT["statements"] = CONTRACT["who-raised"]


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def fixture_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, root: Path) -> Store:
    ds = Dataset()
    ds.parse(root / "tests" / "data" / "graph-fixture.trig", format="trig")
    store = open_store(":memory:") if request.param == "memory" else open_store(tmp_path_factory.mktemp("q") / "s")
    store.replace_graphs({g.identifier: list(g) for g in ds.graphs() if len(g)})
    yield store
    store.close()


def test_every_query_parses_and_has_a_header() -> None:
    queries = load_queries()
    assert {"who-raised", "statements", "events", "mentions", "timeline", "contacts", "formats", "topics",
            "stats"} <= set(queries)
    for q in queries.values():
        assert q.title and q.description and q.variables


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_columns_are_exactly_those_of_design_md(name: str) -> None:
    assert list(get_query(name).variables) == CONTRACT[name]


def test_declared_parameters_are_the_variables_the_query_binds() -> None:
    for q in load_queries().values():
        for p in q.params:
            assert f"?{p.name}Text" in q.text and f"?{p.name}Iri" in q.text, (q.name, p.name)


@pytest.mark.parametrize("value", ["Minsk agreements", "accordi di Minsk", "минские соглашения",
                                   "https://w3id.org/dipkg/resource/agreement/minsk-agreements"])
def test_who_raised_the_minsk_agreements_never_returns_the_minsk_group(fixture_store: Store, value: str) -> None:
    rows = to_strings(run_query(fixture_store, "who-raised", {"subject": value}))
    assert rows and {r["subjectLabel"] for r in rows} == {"Minsk agreements"}


def test_who_raised_the_minsk_group_is_only_the_group(fixture_store: Store) -> None:
    rows = to_strings(run_query(fixture_store, "who-raised", {"subject": "OSCE Minsk Group"}))
    assert rows and {r["subjectLabel"] for r in rows} == {"OSCE Minsk Group"}


def test_a_wikidata_id_finds_its_entity(fixture_store: Store) -> None:
    rows = to_strings(run_query(fixture_store, "timeline", {"actor": "Q58217"}))
    assert rows


def test_rows_are_ordered_by_date_then_document(fixture_store: Store) -> None:
    rows = to_strings(run_query(fixture_store, "statements"))
    keys = [(r["date"] is None, r["date"] or "", r["doc"] or "") for r in rows]
    assert keys == sorted(keys)


def test_a_hostile_value_is_only_data(fixture_store: Store) -> None:
    before = len(to_strings(run_query(fixture_store, "statements")))
    rows = to_strings(run_query(fixture_store, "who-raised", {"subject": '"} } ; DROP ALL ; #'}))
    assert rows == [] and len(to_strings(run_query(fixture_store, "statements"))) == before


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match="who-raised"):
        get_query("who-said")


def test_unknown_and_missing_parameters_are_errors() -> None:
    q = get_query("who-raised")
    with pytest.raises(ParameterError, match="subject"):
        bind_params(q, {"topic": "x"})
    with pytest.raises(ParameterError, match="subject"):
        bind_params(q, {})
    assert bind_params(get_query("formats"), {}) == {}


def test_formats_print_json_csv_and_table(fixture_store: Store) -> None:
    result = run_query(fixture_store, "events")
    out = io.StringIO()
    format_rows(result, "json", out)
    rows = json.loads(out.getvalue())
    assert rows and list(rows[0]) == CONTRACT["events"]
    assert all(v is None or isinstance(v, str) for r in rows for v in r.values())
    out = io.StringIO()
    format_rows(result, "csv", out)
    assert out.getvalue().splitlines()[0] == ",".join(CONTRACT["events"])
    out = io.StringIO()
    format_rows(result, "table", out)
    assert "eventType" in out.getvalue()
