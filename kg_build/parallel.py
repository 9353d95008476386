"""Parallel extraction: the pure stages of many documents on every core, or on a Dask cluster.

Extraction is the costly, embarrassingly parallel part of a build, and so are the steps that
make its output ready for the store (N-Quads, the SHACL Core check: kg_build.prepare); resolution
across documents and the store stay in the calling process, which keeps one writer. Workers load
the compiled lexicon once, from its cache. A batch is submitted before the previous one is
written, so extraction and writing overlap.

Three backends behind one ``Extractor.submit``: serial (``workers=1``), a local pool of processes,
and a Dask cluster (``dask="tcp://scheduler:8786"``, or ``dask="local"`` for a local cluster of
``workers`` processes). Dask workers must import ``kg_build`` from a checkout with the same
ontology and lexicon: each task carries the client's project folder (used as ``DIPKG_HOME`` when
the worker has none of its own) and the lexicon's fingerprint, which the worker checks, so a
worker with another lexicon fails loudly instead of producing a different graph.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from .documents import Document
from .errors import DipkgError
from .lexicon import Lexicon, load_lexicon
from .pipeline import make_doc, run
from .prepare import Chunk, prepare
from .resources import home

__all__ = [
    "CONNECT_TIMEOUT", "DaskError", "Extractor", "LOCAL", "default_workers", "extract_batch",
    "extract_on_worker", "make_extractor",
]

LOCAL = "local"
"""``dask=LOCAL`` starts a local Dask cluster of processes instead of connecting to a scheduler."""
CONNECT_TIMEOUT = 10.0
"""Seconds to wait for a Dask scheduler before giving up (``Extractor(timeout=...)`` overrides)."""

_LEXICON: Lexicon | None = None
_LEXICON_LOCK = threading.Lock()  # a Dask worker may run several tasks at once, in threads


class DaskError(DipkgError):
    """Dask is not installed, the scheduler cannot be reached, or a worker cannot extract."""


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _init_worker() -> None:
    global _LEXICON
    _LEXICON = load_lexicon()


def _extract(documents: Sequence[Document], lexicon: Lexicon, check: bool) -> Chunk:
    return prepare([run(make_doc(d), lexicon) for d in documents], lexicon, check=check)


def extract_batch(documents: Sequence[Document], check: bool = False) -> Chunk:
    """Run every stage on each document and prepare the chunk for the store (in a worker)."""
    return _extract(documents, _LEXICON or load_lexicon(), check)


def extract_on_worker(documents: Sequence[Document], project: str | None, fingerprint: str,
                      check: bool = False) -> Chunk:
    """Extract and prepare a chunk in a Dask worker, with that process's lexicon.

    The lexicon is loaded on the first task a worker process runs and kept for the next ones.
    ``project`` is the client's project folder, used when the worker has no ``DIPKG_HOME`` and
    no checkout of its own; ``fingerprint`` must match the worker's lexicon.
    """
    return _extract(documents, _worker_lexicon(project, fingerprint), check)


def _worker_lexicon(project: str | None, fingerprint: str) -> Lexicon:
    global _LEXICON
    with _LEXICON_LOCK:
        if _LEXICON is None or _LEXICON.fingerprint != fingerprint:
            if project and "DIPKG_HOME" not in os.environ and not _has_checkout():
                os.environ["DIPKG_HOME"] = project
            _LEXICON = load_lexicon()
        if _LEXICON.fingerprint != fingerprint:
            raise DaskError(f"the Dask worker's lexicon (from {home()}) differs from the client's",
                            hint="run the workers from the same checkout as the client, or set DIPKG_HOME "
                                 "on the workers to a copy of it")
        return _LEXICON


def _has_checkout() -> bool:
    try:
        home()
    except DipkgError:
        return False
    return True


class Extractor:
    """Extracts batches of documents serially (``workers=1``), in a pool of processes, or on a
    Dask cluster (``dask``: a scheduler address, or ``"local"`` for ``workers`` local processes).

    Raises ``DaskError`` when dask is not installed or the scheduler does not answer within
    ``timeout`` seconds (default ``CONNECT_TIMEOUT``).
    """

    def __init__(self, workers: int = 1, lexicon: Lexicon | None = None, *, dask: str | None = None,
                 timeout: float | None = None) -> None:
        self.workers = max(1, workers)
        self._lexicon = lexicon
        self._pool: Executor | None = None
        self._dask: _DaskBackend | None = None
        if dask:
            self._dask = _DaskBackend(dask, self.workers, lexicon or load_lexicon(),
                                      CONNECT_TIMEOUT if timeout is None else timeout)
        elif self.workers > 1:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                             initializer=_init_worker)

    def submit(self, documents: Sequence[Document], check: bool = False) -> Callable[[], list[Chunk]]:
        """Start extracting (and, with ``check``, validating); the returned callable waits for
        the prepared chunks, in input order."""
        if self._dask is not None:
            return self._dask.submit(documents, check)
        if self._pool is None:
            lexicon = self._lexicon or load_lexicon()
            return lambda: [_extract(documents, lexicon, check)] if documents else []
        size = max(1, len(documents) // (self.workers * 4))
        futures: list[Future[Chunk]] = [self._pool.submit(extract_batch, documents[i:i + size], check)
                                        for i in range(0, len(documents), size)]
        return lambda: [f.result() for f in futures]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._dask is not None:
            self._dask.close()
            self._dask = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_extractor(workers: int = 1, dask: str | None = None, lexicon: Lexicon | None = None) -> Extractor:
    """The extractor for a build: on a Dask cluster when ``dask`` is given, else local processes."""
    return Extractor(workers, lexicon, dask=dask)


class _DaskBackend:
    """A Dask client (and, for ``"local"``, its own LocalCluster) that extracts chunks of batches."""

    def __init__(self, address: str, workers: int, lexicon: Lexicon, timeout: float) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise DaskError("--dask needs dask.distributed, which is not installed",
                            hint='install it: pip install "dipkg[dask]" (or pip install "dask[distributed]")') from err
        self._fingerprint = lexicon.fingerprint
        self._project = str(home())
        self._cluster: Any = None
        try:
            if address == LOCAL:
                self._cluster = LocalCluster(processes=True, n_workers=workers, threads_per_worker=1,
                                             dashboard_address=None, silence_logs=logging.ERROR,
                                             env={"DIPKG_HOME": self._project})
                self.client: Any = Client(self._cluster, timeout=timeout)
            else:
                self.client = Client(address, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as err:
            self.close()
            where = "a local Dask cluster" if address == LOCAL else f"the Dask scheduler at {address}"
            raise DaskError(f"cannot reach {where} within {timeout:g} s: {err}",
                            hint="check the address (e.g. tcp://scheduler:8786) and that `dask scheduler` "
                                 "runs and its port is open; or use --dask local, or drop --dask") from err

    def _slots(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def submit(self, documents: Sequence[Document], check: bool) -> Callable[[], list[Chunk]]:
        if not documents:
            return list
        size = max(1, len(documents) // (self._slots() * 4))
        chunks = [list(documents[i:i + size]) for i in range(0, len(documents), size)]
        # Scattered, the documents go to the workers directly instead of inside the task graph.
        data = self.client.scatter(chunks)
        futures = self.client.map(extract_on_worker, data, project=self._project,
                                  fingerprint=self._fingerprint, check=check, pure=False)
        client = self.client
        return lambda: list(client.gather(futures))

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self._cluster
        self.client = None
        self._cluster = None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
