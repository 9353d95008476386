"""Parallel extraction: the pure stages of many documents on every core.

Extraction is the costly, embarrassingly parallel part of a build; resolution across documents,
triples, validation and the store stay in the calling process, which keeps one writer. Workers
load the compiled lexicon once, from its cache. A batch is submitted before the previous one is
written, so extraction and writing overlap.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from multiprocessing import get_context

from .annotations import Doc
from .documents import Document
from .lexicon import Lexicon, load_lexicon
from .pipeline import make_doc, run

__all__ = ["Extractor", "extract_batch", "default_workers"]

_LEXICON: Lexicon | None = None


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _init_worker() -> None:
    global _LEXICON
    _LEXICON = load_lexicon()


def extract_batch(documents: Sequence[Document]) -> list[Doc]:
    """Run every stage on each document (in a worker, with the worker's lexicon)."""
    lexicon = _LEXICON or load_lexicon()
    return [run(make_doc(d), lexicon) for d in documents]


class Extractor:
    """Extracts batches of documents serially (``workers=1``) or in a pool of processes."""

    def __init__(self, workers: int = 1, lexicon: Lexicon | None = None) -> None:
        self.workers = max(1, workers)
        self._lexicon = lexicon
        self._pool: Executor | None = None
        if self.workers > 1:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                             initializer=_init_worker)

    def submit(self, documents: Sequence[Document]) -> Callable[[], list[Doc]]:
        """Start extracting; the returned callable waits for the results, in input order."""
        if self._pool is None:
            lexicon = self._lexicon or load_lexicon()
            return lambda: [run(make_doc(d), lexicon) for d in documents]
        size = max(1, len(documents) // (self.workers * 4))
        futures: list[Future[list[Doc]]] = [self._pool.submit(extract_batch, documents[i:i + size])
                                             for i in range(0, len(documents), size)]
        return lambda: [doc for f in futures for doc in f.result()]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
