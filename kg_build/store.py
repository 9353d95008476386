"""Where the graph lives: ``open_store`` picks the store backend for a location.

A directory is an embedded on-disk Oxigraph store (:mod:`oxigraph_store`; the default,
``./dipkg-store``), ``":memory:"`` an rdflib one (:mod:`memory_store`), an ``http(s)://`` URL a
SPARQL 1.1 server (:mod:`remote`). Each implements the interface of :mod:`store_api`, whose names
are importable from here too: callers need only this module.
"""
from __future__ import annotations

import os
from pathlib import Path

from .memory_store import MEMORY, MemoryStore
from .oxigraph_store import OxigraphStore, from_oxigraph, to_oxigraph, to_oxigraph_graph
from .store_api import DUMP_FORMATS, Quad, SelectResult, Store, StoreError, Term, Triple

__all__ = [
    "DEFAULT_STORE", "DUMP_FORMATS", "MEMORY", "MemoryStore", "OxigraphStore", "Quad",
    "SelectResult", "Store", "StoreError", "Term", "Triple", "from_oxigraph", "open_store",
    "to_oxigraph", "to_oxigraph_graph",
]

DEFAULT_STORE = Path("dipkg-store")
"""Where ``open_store(None)`` puts the embedded store: relative to the working directory."""


def open_store(location: str | os.PathLike[str] | None = None, *, create: bool = True) -> Store:
    """The store at ``location``: a directory (default ``./dipkg-store``), ``":memory:"``, or an
    ``http(s)://`` SPARQL 1.1 query endpoint (``kg_build.remote.RemoteStore``; it must answer).

    ``create=False`` refuses to make a new on-disk store (for commands that only read).
    """
    if location is None:
        return OxigraphStore(DEFAULT_STORE, create=create)
    text = os.fspath(location)
    if text == MEMORY:
        return MemoryStore()
    if text.startswith(("http://", "https://")):
        from .remote import RemoteStore  # imported here: only a server needs SPARQLWrapper

        return RemoteStore(text)
    return OxigraphStore(Path(text).expanduser(), create=create)
