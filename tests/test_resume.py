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
            "--batch-size", "40", "--workers", "2"]


def _dump(store_path: Path) -> set[bytes]:
    out = io.BytesIO()
    with open_store(store_path, create=False) as store:
        store.dump(out, "nq")
    return set(out.getvalue().splitlines())


def _documents(store_path: Path) -> int:
    with open_store(store_path, create=False) as store:
        rows = store.select("SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/dipkg/ontology#Document> }")
    return int(rows.rows[0][0])


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def _kill_when(store: Path, command: list[str], threshold: int, timeout: float = 120) -> int:
    """Start a build, SIGKILL it once the store has grown past ``threshold`` bytes; its return code."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if _size(store) >= threshold:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    return process.wait(timeout=timeout)


def test_a_killed_build_is_completed_to_the_clean_graph(corpus_input: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    subprocess.run(_command(corpus_input, clean), check=True, capture_output=True)
    expected = _dump(clean)
    total = _documents(clean)
    assert total == 2 * PER_SOURCE

    resumed = tmp_path / "resumed"
    final_size = _size(clean)
    interrupted = []
    for fraction in (0.55, 0.8):  # kill while documents are written, twice
        code = _kill_when(resumed, _command(corpus_input, resumed), int(fraction * final_size))
        if code == -signal.SIGKILL:
            interrupted.append(_documents(resumed))
    assert interrupted, "no build was interrupted: the input is too small for this machine"
    assert any(0 < n < total for n in interrupted), f"killed with {interrupted} of {total} documents stored"

    finished = subprocess.run(_command(corpus_input, resumed), capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert "unchanged" in finished.stderr
    assert _dump(resumed) == expected
