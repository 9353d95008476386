"""Canned queries: ``queries/*.rq`` loaded by name, parameters bound (never pasted), rows formatted.

A query file starts with comment lines ``# title: ...``, ``# description: ...`` and one
``# param: NAME — what it is`` per parameter (``(optional)`` after the name when it may be left
out). A parameter ``P`` reaches the query as two variables: ``?PText``, the value as given (a
label, matched case-insensitively against labels and aliases), and ``?PIri``, the IRI it names
(an IRI as given, or a Wikidata id such as Q58217 as its entity IRI; ``urn:dipkg:unset`` when
the value is a label). An optional parameter left out leaves both unbound. Both are projected
by the query, as binding requires, and are left out of the rows printed.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from rdflib import Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from .errors import DipkgError
from .namespaces import PREFIXES
from .resources import queries_dir
from .store import SelectResult, Store

__all__ = ["CannedQuery", "Param", "QueryError", "UnknownQueryError", "ParameterError", "load_queries",
           "get_query", "run_query", "bind_params", "format_rows", "to_strings", "UNSET"]

UNSET = URIRef("urn:dipkg:unset")
_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*(\(optional\))?\s*[—–:-]+\s*(.*)$")
_FIELD = re.compile(r"^#\s*(title|description):\s*(.*)$")
_QID = re.compile(r"^[Qq]\d+$")


class QueryError(DipkgError):
    """A canned query is malformed (the message names the file)."""


class UnknownQueryError(QueryError):
    """No canned query has that name (the message lists the known ones)."""


class ParameterError(QueryError):
    """A parameter is unknown or missing (the message names the query and its parameters)."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    description: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class CannedQuery:
    """A named SPARQL query with its header; ``variables`` are the columns it prints."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    variables: tuple[str, ...]
    path: Path


def load_queries(folder: Path | None = None) -> dict[str, CannedQuery]:
    """Every canned query of ``folder`` (default: the project's ``queries/``), by name."""
    folder = folder or queries_dir()
    return _load(str(folder), tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.rq"))))


@lru_cache(maxsize=8)
def _load(folder: str, stamp: tuple[tuple[str, int], ...]) -> dict[str, CannedQuery]:
    return {Path(name).stem: _parse(Path(folder) / name) for name, _ in stamp}


def _parse(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := _PARAM.match(line):
            params.append(Param(m[1], m[3].strip(), required=not m[2]))
        elif m := _FIELD.match(line):
            fields[m[1]] = m[2].strip()
    if "title" not in fields or "description" not in fields:
        raise QueryError(f"{path}: the header needs '# title:' and '# description:' lines",
                         hint="see queries/README.md for the header format")
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except Exception as err:  # noqa: BLE001 - any parse failure is the file's fault
        raise QueryError(f"{path}: not valid SPARQL ({err})", hint="fix the query file") from None
    projected = tuple(str(v) for v in prepared.algebra.get("PV", ()))
    hidden = {f"{p.name}{suffix}" for p in params for suffix in ("Text", "Iri")}
    return CannedQuery(path.stem, fields["title"], fields["description"], tuple(params), text,
                       tuple(v for v in projected if v not in hidden), path)


def get_query(name: str, folder: Path | None = None) -> CannedQuery:
    queries = load_queries(folder)
    if name not in queries:
        raise UnknownQueryError(f"no canned query {name!r}; known: {', '.join(sorted(queries))}",
                                hint="dipkg query --list shows them with their parameters")
    return queries[name]


def bind_params(query: CannedQuery, values: Mapping[str, str]) -> dict[str, Node]:
    """The variables to bind for the given parameter values (see the module docstring)."""
    known = {p.name: p for p in query.params}
    accepted = ", ".join(known) or "none"
    for key in values:
        if key not in known:
            raise ParameterError(f"query {query.name!r} has no parameter {key!r} (its parameters: {accepted})",
                                 hint=f"dipkg query {query.name} --param NAME=VALUE with NAME one of: {accepted}")
    bindings: dict[str, Node] = {}
    for p in query.params:
        value = values.get(p.name)
        if value is None or value == "":
            if p.required:
                raise ParameterError(f"query {query.name!r} needs --param {p.name}=... ({p.description})",
                                     hint=f'e.g. dipkg query {query.name} --param {p.name}="..."')
            continue
        bindings[f"{p.name}Text"] = Literal(value)
        bindings[f"{p.name}Iri"] = _iri(value)
    return bindings


def _iri(value: str) -> URIRef:
    value = value.strip()
    if _QID.match(value):
        return URIRef(f"http://www.wikidata.org/entity/{value.upper()}")
    if value.startswith(("http://", "https://", "urn:")) and " " not in value:
        return URIRef(value)
    return UNSET


def run_query(store: Store, name: str, params: Mapping[str, str] | None = None) -> SelectResult:
    """Run a canned query with its parameters bound; the result has the query's own columns."""
    query = get_query(name)
    result = store.select(query.text, bind_params(query, params or {}))
    return result.project(query.variables)


def to_strings(result: SelectResult) -> list[dict[str, str | None]]:
    """Rows as plain strings: an IRI as itself, a literal as its lexical form, unbound as None."""
    return [{v: (None if t is None else str(t)) for v, t in zip(result.variables, row)} for row in result.rows]


def format_rows(result: SelectResult, fmt: str, stream: TextIO) -> None:
    """Write the rows as ``json`` (an array of objects), ``csv`` (with a header) or a ``table``."""
    rows = to_strings(result)
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(result.variables), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        columns = _readable_columns(result.variables)
        table = Table(show_lines=False, header_style="bold")
        for v in columns:
            table.add_column(v, overflow="fold", max_width=48 if v == "quote" else None,
                             no_wrap=v in ("doc", "date", "actorLabel", "subjectLabel", "label"))
        for row in rows:
            table.add_row(*(_short(row[v], v) for v in columns))
        console = Console(file=stream)
        console.width = max(160, console.width)
        console.print(table)
        if not rows:
            stream.write("(no rows)\n")
    else:
        raise QueryError(f"unknown output format {fmt!r}", hint="use table, json or csv")


def _readable_columns(variables: tuple[str, ...]) -> list[str]:
    """For people reading a table: labels instead of IRIs, no statement/event IRIs or Wikidata
    columns (json and csv keep every column)."""
    names = set(variables)
    return [v for v in variables
            if f"{v}Label" not in names and f"{v}Labels" not in names and not v.endswith("Wikidata")
            and v not in ("statement", "event", "entity")] or list(variables)


def _short(value: str | None, column: str = "") -> str:
    if value is None:
        return ""
    if column == "quote" and len(value) > 72:
        return value[:69] + "..."
    for ns in (PREFIXES["dip"],):
        if value.startswith(ns):
            return value[len(ns):]
    for prefix, ns in (("res:", PREFIXES["res"]), ("wd:", PREFIXES["wd"])):
        if value.startswith(ns):
            return prefix + value[len(ns):]
    return value if len(value) <= 160 else value[:157] + "..."
