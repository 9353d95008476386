"""Extraction on a Dask cluster: the same graph as a plain build, and a clear error without one."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg_build import parallel
from kg_build.build import build
from kg_build.parallel import DaskError, Extractor
from kg_build.store import open_store

pytest.importorskip("distributed")

# Port 9 (discard) on the loopback: nothing listens there, so a connection is refused at once;
# the client keeps retrying until its timeout.
UNREACHABLE = "tcp://127.0.0.1:9"






@pytest.mark.slow
def test_build_on_a_local_dask_cluster_gives_the_plain_builds_graph(sample: Path, tmp_path: Path, produced) -> None:
    with open_store(tmp_path / "plain") as store:
        plain = build([sample], store)
        expected = produced(store)
    # batch_size=2: several batches, so several rounds of scatter/map and the cross-batch
    # resolution of dates all run through the cluster
    with open_store(tmp_path / "dask") as store:
        report = build([sample], store, dask="local", workers=2, batch_size=2)
        got = produced(store)
    assert report.written == plain.written == 5
    assert (report.events, report.statements, report.triples) == (plain.events, plain.statements, plain.triples)
    assert len(got) > 500 and isomorphic(expected, got)


def test_unreachable_scheduler_is_a_clear_error_after_the_timeout() -> None:
    started = time.monotonic()
    with pytest.raises(DaskError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9") as caught:
        Extractor(2, dask=UNREACHABLE, timeout=1)
    assert time.monotonic() - started < 15
    assert caught.value.hint and "dask scheduler" in caught.value.hint


def test_build_passes_dask_through_and_stores_nothing_when_the_scheduler_is_unreachable(
        sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, produced) -> None:
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1.0)
    with open_store(tmp_path / "store") as store:
        with pytest.raises(DaskError):
            build([sample], store, dask=UNREACHABLE)
        assert produced(store).__len__() == 0


def test_cli_reports_an_unreachable_scheduler_with_exit_code_2(
        sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kg_build.cli import cli

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1.0)
    result = CliRunner().invoke(cli, ["build", str(sample), "--store", str(tmp_path / "store"),
                                      "--dask", UNREACHABLE])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.output and "hint:" in result.output
