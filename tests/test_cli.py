"""The command line end to end: build, query, validate, export, stats, and its errors and exit codes."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_build.cli import cli

WHO_RAISED = ["doc", "statement", "actor", "actorLabel", "actorWikidata", "subject", "subjectLabel", "subjectWikidata",
              "subjectType", "date", "event", "eventType", "quote", "reportedBy", "modality"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(path), str(root / "data")])
    assert result.exit_code == 0, result.output
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_reports_counts_on_stderr(root: Path, tmp_path: Path) -> None:
    code, out, err = invoke("build", "--store", str(tmp_path / "s"), str(root / "data"))
    assert code == 0 and out == ""
    assert "5 documents" in err and "statements" in err


def test_who_raised_minsk_agreements_is_not_the_minsk_group(store: Path) -> None:
    code, out, _ = invoke("query", "who-raised", "--store", str(store), "--param", "subject=Minsk agreements",
                          "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and list(rows[0]) == WHO_RAISED
    assert {r["subjectLabel"] for r in rows} == {"Minsk agreements"}
    assert {r["actorLabel"] for r in rows} >= {"Vladimir Putin", "Emmanuel Macron", "Sergey Lavrov"}
    code, out, _ = invoke("query", "who-raised", "--store", str(store), "--param", "subject=gruppo di Minsk",
                          "--format", "json")
    group = json.loads(out)
    assert {r["subjectLabel"] for r in group} == {"OSCE Minsk Group"}
    assert {r["date"] for r in group} == {"2020-11-07"}


def test_rows_come_ordered_by_date_then_document(store: Path) -> None:
    _, out, _ = invoke("query", "statements", "--store", str(store), "--format", "json")
    rows = json.loads(out)
    keys = [(r["date"] is None, r["date"] or "", r["doc"]) for r in rows]
    assert keys == sorted(keys)


def test_events_and_mentions_have_the_contract_columns(store: Path) -> None:
    _, out, _ = invoke("query", "events", "--store", str(store), "--format", "json")
    events = json.loads(out)
    assert list(events[0]) == ["doc", "event", "eventType", "date", "participantLabels", "place", "placeLabel"]
    assert any(e["eventType"].endswith("#PhoneCall") and e["date"] == "2020-11-07" for e in events)
    _, out, _ = invoke("query", "mentions", "--store", str(store), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["doc", "entity", "label", "type", "wikidata"]
    assert any(r["label"] == "Sergey Lavrov" and r["wikidata"].endswith("Q58217") for r in rows)


def test_query_list_shows_every_canned_query(root: Path) -> None:
    code, out, _ = invoke("query", "--list")
    assert code == 0
    for path in (root / "queries").glob("*.rq"):
        assert f"{path.stem}:" in out


@pytest.mark.parametrize("args, message", [
    (["query", "nope"], "who-raised"),
    (["query", "who-raised", "--param", "nope=1"], "subject"),
    (["query", "who-raised", "--param", "noequals"], "KEY=VALUE"),
])
def test_query_errors_exit_2_with_a_message(store: Path, args: list[str], message: str) -> None:
    code, out, err = invoke(*args, "--store", str(store))
    assert code == 2 and message in err and out == ""


def test_bad_input_exits_2_and_keeps_the_store(store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\nnot json\n', encoding="utf-8")
    _, before, _ = invoke("query", "statements", "--store", str(store), "--format", "json")
    code, _, err = invoke("build", "--store", str(store), str(bad))
    assert code == 2 and "bad.jsonl:2" in err and "hint:" in err
    _, after, _ = invoke("query", "statements", "--store", str(store), "--format", "json")
    assert before == after


def test_store_that_cannot_be_opened_exits_2(tmp_path: Path) -> None:
    not_a_store = tmp_path / "file.txt"
    not_a_store.write_text("x", encoding="utf-8")
    code, _, err = invoke("query", "statements", "--store", str(not_a_store))
    assert code == 2 and str(not_a_store) in err
    assert not_a_store.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("engine", ["rudof", "pyshacl"])
def test_validate_passes_on_a_built_store(store: Path, engine: str) -> None:
    code, out, _ = invoke("validate", "--store", str(store), "--engine", engine, "--workers", "1")
    assert code == 0 and "Conforms: True" in out


def test_validate_reports_a_broken_store_and_exits_1(tmp_path: Path, root: Path) -> None:
    from kg_build.store import open_store
    target = tmp_path / "store"
    assert invoke("build", str(root / "data"), "--store", str(target), "--no-validate", "--workers", "1")[0] == 0
    with open_store(target) as st:
        st.oxigraph.update("DELETE { GRAPH ?g { ?s <https://w3id.org/dipkg/ontology#speaker> ?o } } "
                           "WHERE { GRAPH ?g { ?s <https://w3id.org/dipkg/ontology#speaker> ?o } }")
    code, out, _ = invoke("validate", "--store", str(target), "--workers", "1")
    assert code == 1 and "Conforms: False" in out and "Statement-speaker" in out


@pytest.mark.parametrize("fmt, check", [
    ("ttl", lambda b: b"dip:" in b or b"dipkg" in b),
    ("trig", lambda b: b"GRAPH" in b or b"{" in b),
    ("gexf", lambda b: b"<gexf" in b),
    ("graphml", lambda b: b"<graphml" in b),
    ("png", lambda b: b[:8] == b"\x89PNG\r\n\x1a\n"),
])
def test_export_writes_each_format(store: Path, tmp_path: Path, fmt: str, check) -> None:  # noqa: ANN001
    out = tmp_path / f"graph.{fmt}"
    code, _, err = invoke("export", "--store", str(store), "--format", fmt, "--out", str(out))
    assert code == 0, err
    assert check(out.read_bytes())


def test_stats_counts_what_is_stored(store: Path) -> None:
    code, out, _ = invoke("stats", "--store", str(store))
    assert code == 0 and "documents" in out


def test_python_dash_m_runs_the_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg_build", "--help"], capture_output=True, text=True, check=True)
    assert "build" in proc.stdout and "query" in proc.stdout


@pytest.mark.skipif(shutil.which("dipkg") is None and not Path(sys.executable).with_name("dipkg").exists(),
                    reason="the dipkg console script is not installed")
def test_console_script_is_installed() -> None:
    exe = shutil.which("dipkg") or str(Path(sys.executable).with_name("dipkg"))
    proc = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True)
    assert "validate" in proc.stdout
