"""A build killed (SIGKILL) at any point is completed by the next build to the graph a clean build gives.

Real processes (``python -m kg_build build``) on real corpus documents; the kill lands while
documents are being written, which the test checks by counting the stored documents after it.
"""
from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg_build.store import open_store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"
SOURCES = ("kremlin_presidentua_en_2021_2022.jsonl.gz", "1tv_diplomacy_ru_2014_2023.jsonl.gz")
PER_SOURCE = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not all((CORPUS / s).exists() for s in SOURCES),
                       reason=f"the corpus is not at {CORPUS} (../shared beside the checkout)"),
]


@pytest.fixture(scope="module")
def corpus_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("resume") / "input.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name in SOURCES:
            with gzip.open(CORPUS / name, "rt", encoding="utf-8") as fh:
                for line in itertools.islice((x for x in fh if x.strip()), PER_SOURCE):
                    out.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    return path


def _command(source: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "kg_build", "build", str(source), "--store", str(store),
            "--batch-size", "10", "--workers", "2"]  # writes every 40 documents (LOAD_BATCHES)


def _dump(store_path: Path) -> set[bytes]:
    out = io.BytesIO()
    with open_store(store_path, create=False) as store:
        store.dump(out, "nq")
    return set(out.getvalue().splitlines())


def _documents(store_path: Path) -> int:
    with open_store(store_path, create=False) as store:
        rows = store.select("SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/dipkg/ontology#Document> }")
    return int(rows.rows[0][0])


def _kill_after(command: list[str], seconds: float, timeout: float = 300) -> int:
    """Start a build, SIGKILL it after ``seconds`` (unless it ended before); its return code."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
    return process.wait(timeout=timeout)


def _timed(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    return time.monotonic() - started


def test_a_killed_build_is_completed_to_the_clean_graph(corpus_input: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    # the fixed cost (start, lexicon, ontology and lexicon graphs) and the whole build, timed here
    # (twice: the first run may compile the lexicon cache)
    startup = min(_timed([sys.executable, "-m", "kg_build", "build", str(empty), "--store", str(tmp_path / f"s{i}")])
                  for i in range(2))
    clean = tmp_path / "clean"
    whole = _timed(_command(corpus_input, clean))
    expected = _dump(clean)
    total = _documents(clean)
    assert total == 2 * PER_SOURCE

    resumed = tmp_path / "resumed"
    interrupted = []
    for fraction in (0.35, 0.6, 0.85):  # kill while documents are written, more than once
        code = _kill_after(_command(corpus_input, resumed), startup + fraction * max(whole - startup, 1.0))
        if code == -signal.SIGKILL:
            interrupted.append(_documents(resumed))
    assert any(0 < n < total for n in interrupted), f"killed with {interrupted} of {total} documents stored"

    finished = subprocess.run(_command(corpus_input, resumed), capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert "unchanged" in finished.stderr
    assert _dump(resumed) == expected
