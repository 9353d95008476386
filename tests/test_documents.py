"""Reading inputs: files, folders, manifests, JSON Lines, and clear errors for bad input."""
from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from kg_build.documents import InputError, parse_date, read_inputs, read_manifest
from kg_build.language import detect_language


def test_text_file_becomes_document_named_by_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title line\n\nBody text.", encoding="utf-8")
    [doc] = list(read_inputs([f]))
    assert doc.id == "a.txt" and doc.title == "Title line" and doc.text.startswith("Title line")


def test_folder_reads_files_sorted_and_applies_its_manifest(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("second", encoding="utf-8")
    (tmp_path / "a.md").write_text("# first", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"id": "b.txt", "date": "2022-01-28", "lang": "en",
                                                         "source": "TASS"}) + "\n", encoding="utf-8")
    docs = list(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["a.md", "b.txt"]
    assert docs[1].published == dt.date(2022, 1, 28) and docs[1].source == "TASS" and docs[1].lang == "en"


def test_html_text_and_title_are_extracted(tmp_path: Path) -> None:
    f = tmp_path / "p.html"
    f.write_text("<html><head><title>Readout</title><script>x=1</script></head>"
                 "<body><p>Putin spoke with Macron.</p><p>They discussed Libya.</p></body></html>", encoding="utf-8")
    [doc] = list(read_inputs([f]))
    assert doc.title == "Readout"
    assert "Putin spoke with Macron." in doc.text and "x=1" not in doc.text and "<p>" not in doc.text


def test_jsonl_gz_records_carry_metadata(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "k1", "text": "Путин провёл телефонный разговор.", "date": "2021-12-30T18:00:00+03:00",
                             "lang": "ru", "source": "kremlin.ru", "url": "http://kremlin.ru/1"}) + "\n")
        fh.write(json.dumps({"text": "No id here."}) + "\n")
    docs = list(read_inputs([f]))
    assert docs[0].id == "k1" and docs[0].published == dt.date(2021, 12, 30) and docs[0].url == "http://kremlin.ru/1"
    assert docs[1].id == "r.jsonl.gz:2"


@pytest.mark.parametrize("content, expected", [
    (b"", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 latin-1", "not UTF-8"),
])
def test_bad_text_file_names_file_and_problem(tmp_path: Path, content: bytes, expected: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        list(read_inputs([f]))
    assert str(f) in str(err.value) and expected in str(err.value)
    assert err.value.hint


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps({"id": "1", "text": "ok"}) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.jsonl:2"):
        list(read_inputs([f]))


def test_bad_manifest_line_names_file_and_line(tmp_path: Path) -> None:
    m = tmp_path / "manifest.jsonl"
    m.write_text('{"id": "a.txt"}\n{"id": "b.txt", "date": "28/01/2022"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest\.jsonl:2: bad manifest line"):
        read_manifest(m)


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([tmp_path / "nope.txt"]))


def test_content_hash_changes_with_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("one", encoding="utf-8")
    [a] = read_inputs([f])
    [b] = read_inputs([f], {"a.txt": {"date": "2020-01-01"}})
    assert a.content_hash != b.content_hash


def test_parse_date_keeps_the_local_calendar_day() -> None:
    assert parse_date("2022-02-07T23:30:00-05:00") == dt.date(2022, 2, 7)
    assert parse_date(None) is None
    with pytest.raises(ValueError):
        parse_date("07.02.2022")


@pytest.mark.parametrize("text, lang", [
    ("Su iniziativa della parte francese, Vladimir Putin ha avuto una conversazione telefonica.", "it"),
    ("Владимир Путин провёл телефонный разговор с Президентом Франции.", "ru"),
    ("Der Bundeskanzler hat mit dem französischen Präsidenten telefoniert.", "de"),
    ("Le président de la République s'est entretenu avec son homologue russe.", "fr"),
    ("The talks between Putin and Macron ended in the Kremlin.", "en"),
])
def test_language_is_detected_among_the_five(text: str, lang: str) -> None:
    assert detect_language(text) == lang
