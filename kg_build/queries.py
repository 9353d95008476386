"""Canned SPARQL: the ``queries/*.rq`` files, loaded by name and run with parameters bound safely.

A canned query is a file whose stem is its name and whose leading comments give its title,
description and parameters::

    # title: Who raised a subject
    # description: Statements that raise one subject ...
    # param: subject — a label or alias in any language, an IRI, or a Wikidata id
    # param: format (optional) — ...

Every parameter names an entity, given as a label (any language, any case), an IRI, a prefixed
name (``res:agreement/minsk-agreements``) or a Wikidata id (``Q58217``). A given parameter ``p``
is bound three times, never pasted: ``?pText`` to the value as a plain literal, ``?pKey`` to its
``dip:labelKey`` (the label folded: an entity is found by one index look-up) and ``?pIri`` to the
IRI it names, or to ``UNSET`` (an IRI that names nothing) when it is a label. An optional parameter
that is left out binds none. Oxigraph only substitutes projected variables, so queries project
``?pText ?pKey ?pIri`` last; ``run_query`` drops them from the result. See ``queries/README.md``.
"""
from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from .errors import DipkgError
from .lexicon import label_key
from .namespaces import PREFIXES, WD
from .store import SelectResult, Store, Term

__all__ = [
    "FORMATS", "UNSET", "CannedQuery", "Param", "ParameterError", "QueryError", "UnknownQueryError",
    "bind_params", "format_rows", "get_query", "load_queries", "queries_folder", "read_query",
    "run_query", "term_text", "to_strings",
]

FORMATS = ("table", "json", "csv")
UNSET = URIRef("urn:dipkg:unset")
"""What ``?pIri`` is bound to when parameter ``p`` was given as a label: an IRI that names nothing."""

_FIELD = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)")
_PARAM = re.compile(r"([A-Za-z][A-Za-z0-9_]*)\s*(\(optional\))?\s*(?:—|–|--?)\s*(.+)")
_PARAM_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*?)(Text|Key|Iri)\b")
_QID = re.compile(r"[Qq][1-9][0-9]*")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+")
_PREFIXED = re.compile(r"([A-Za-z][A-Za-z0-9_-]*):([^\s<>\"{}|^`\\]*)")


class QueryError(DipkgError):
    """A canned query is missing, malformed, or cannot be run."""


class UnknownQueryError(QueryError):
    """No canned query has the name asked for; the message lists the known names."""


class ParameterError(QueryError):
    """A parameter is unknown, missing, empty or not a valid IRI; the message names the query."""


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter of a canned query, bound as ``?{name}Text``, ``?{name}Key`` and ``?{name}Iri``."""

    name: str
    description: str
    required: bool = True

    @property
    def variables(self) -> tuple[str, str, str]:
        """The three query variables this parameter binds."""
        return f"{self.name}Text", f"{self.name}Key", f"{self.name}Iri"


@dataclass(frozen=True, slots=True)
class CannedQuery:
    """A named SELECT from ``queries/NAME.rq``; ``variables`` are its result columns."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    variables: tuple[str, ...]
    path: Path | None = None

    def usage(self) -> str:
        """The parameters in one line, e.g. ``subject (required)``, or ``no parameters``."""
        if not self.params:
            return "no parameters"
        return ", ".join(f"{p.name} ({'required' if p.required else 'optional'})" for p in self.params)


def queries_folder() -> Path:
    """``$DIPKG_HOME/queries`` if DIPKG_HOME is set, else ``queries/`` beside the package."""
    home = os.environ.get("DIPKG_HOME")
    return (Path(home) if home else Path(__file__).resolve().parent.parent) / "queries"


def _header(path: Path, text: str) -> tuple[str, str, tuple[Param, ...]]:
    fields: dict[str, str] = {}
    params: list[Param] = []
    last: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _FIELD.fullmatch(line.strip())
        if match and match.group(1) == "param":
            spec = _PARAM.fullmatch(match.group(2).strip())
            if not spec:
                raise QueryError(f"{path}: cannot read the parameter line {line!r}",
                                 hint="write `# param: name — description` or `# param: name (optional) — description`")
            params.append(Param(spec.group(1), spec.group(3).strip(), required=spec.group(2) is None))
            last = None
        elif match:
            last = match.group(1)
            fields[last] = match.group(2).strip()
        elif last and line.startswith("#  "):  # an indented comment continues the field above
            fields[last] += " " + line[1:].strip()
    for key in ("title", "description"):
        if not fields.get(key):
            raise QueryError(f"{path}: the header has no `# {key}:` line",
                             hint="start the file with `# title: ...` and `# description: ...` comment lines")
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise QueryError(f"{path}: a parameter is declared twice ({', '.join(names)})")
    return fields["title"], fields["description"], tuple(params)


def _projection(path: Path, text: str) -> tuple[str, ...]:
    try:
        result = ox.Store().query(text)
    except SyntaxError as err:
        raise QueryError(f"{path}: the SPARQL does not parse: {err}") from err
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"{path}: a canned query must be a SELECT")
    return tuple(v.value for v in result.variables)


def _uses(text: str) -> set[str]:
    """Parameter names behind the ``?xText`` / ``?xIri`` variables the query text uses."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return {m.group(1) for m in _PARAM_VARIABLE.finditer(body)}


def read_query(path: str | os.PathLike[str]) -> CannedQuery:
    """Read and check one ``.rq`` file: header, SPARQL syntax, parameters against variables."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as err:
        raise QueryError(f"{file}: cannot read the query ({err.strerror or err})") from err
    title, description, params = _header(file, text)
    projected = _projection(file, text)
    declared = {p.name for p in params}
    used = _uses(text)
    if used != declared:
        raise QueryError(f"{file}: the header declares parameters {sorted(declared)} but the query uses "
                         f"variables for {sorted(used)}",
                         hint="declare `# param: NAME` for every ?NAMEText / ?NAMEKey / ?NAMEIri the query uses, and no other")
    for param in params:
        missing = [v for v in param.variables if v not in projected]
        if missing:
            raise QueryError(f"{file}: parameter {param.name}: the SELECT must project {' '.join('?' + v for v in param.variables)}",
                             hint="Oxigraph binds only projected variables; run_query drops them from the result")
    bound = {v for p in params for v in p.variables}
    return CannedQuery(file.stem, title, description, params, text,
                       tuple(v for v in projected if v not in bound), file)


_CACHE: dict[Path, tuple[tuple[tuple[str, int, int], ...], dict[str, CannedQuery]]] = {}


def load_queries(folder: str | os.PathLike[str] | None = None) -> dict[str, CannedQuery]:
    """Every canned query in ``folder`` (default ``queries_folder()``), by name."""
    root = Path(folder) if folder is not None else queries_folder()
    if not root.is_dir():
        raise QueryError(f"{root}: no queries folder here",
                         hint="run from a dipkg checkout, or set DIPKG_HOME to one")
    files = sorted(root.glob("*.rq"))
    signature = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    cached = _CACHE.get(root)
    if cached and cached[0] == signature:
        return dict(cached[1])
    queries = {f.stem: read_query(f) for f in files}
    _CACHE[root] = (signature, queries)
    return dict(queries)


def get_query(name: str, folder: str | os.PathLike[str] | None = None) -> CannedQuery:
    """The canned query called ``name``; ``UnknownQueryError`` lists the known names."""
    queries = load_queries(folder)
    if name not in queries:
        raise UnknownQueryError(f"no canned query named {name!r}; known: {', '.join(queries) or '(none)'}",
                                hint="`dipkg query --list` shows them with their parameters")
    return queries[name]


def _iri(query: CannedQuery, param: str, value: str) -> URIRef | None:
    """The IRI a parameter value names, or None for a label."""
    if _QID.fullmatch(value):
        return URIRef(str(WD) + value.upper())
    prefixed = _PREFIXED.fullmatch(value)
    if prefixed and prefixed.group(1) in PREFIXES and not prefixed.group(2).startswith("//"):
        return URIRef(PREFIXES[prefixed.group(1)] + prefixed.group(2))
    if "://" in value or value.lower().startswith("urn:"):
        if not _IRI.fullmatch(value):
            raise ParameterError(f"query {query.name!r}, parameter {param}: {value!r} is not a valid IRI",
                                 hint="IRIs have no spaces, quotes or braces; give a label without ':' to search by name")
        return URIRef(value)
    return None


def bind_params(query: CannedQuery, params: Mapping[str, str]) -> dict[str, Identifier]:
    """The variable bindings for ``params``; raises ``ParameterError`` naming what is wrong."""
    accepted = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(accepted))
    if unknown:
        raise ParameterError(f"query {query.name!r} has no parameter {', '.join(unknown)}; it takes {query.usage()}",
                             hint="see `dipkg query --list`")
    bindings: dict[str, Identifier] = {}
    for param in query.params:
        raw = params.get(param.name)
        if raw is None:
            if param.required:
                raise ParameterError(f"query {query.name!r} needs the parameter {param.name}: {param.description}",
                                     hint=f"add --param {param.name}=VALUE")
            continue
        value = " ".join(str(raw).split())
        if not value:
            raise ParameterError(f"query {query.name!r}: parameter {param.name} is empty",
                                 hint=f"give a label, an IRI or a Wikidata id: --param {param.name}=VALUE")
        text_var, key_var, iri_var = param.variables
        bindings[text_var] = Literal(value)
        bindings[key_var] = Literal(label_key(value))
        bindings[iri_var] = _iri(query, param.name, value) or UNSET
    return bindings


def run_query(store: Store, query: str | CannedQuery, params: Mapping[str, str] | None = None, *,
              folder: str | os.PathLike[str] | None = None) -> SelectResult:
    """Run a canned query (by name or record) over ``store`` with ``params`` bound."""
    canned = get_query(query, folder) if isinstance(query, str) else query
    result = store.select(canned.text, bind_params(canned, params or {}))
    return result.project(canned.variables)


def term_text(term: Term | None) -> str | None:
    """A term as a plain string: the IRI, the literal's lexical form, ``_:id``, or None."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_strings(result: SelectResult) -> list[dict[str, str | None]]:
    """The rows as dictionaries of plain strings (None where unbound): what ``--format json`` prints."""
    return [{v: term_text(t) for v, t in zip(result.variables, row)} for row in result.rows]


def _curie(term: Term | None) -> str:
    text = term_text(term)
    if text is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace):]}"
    return text


def format_rows(result: SelectResult, fmt: str, stream: TextIO, *, title: str | None = None) -> None:
    """Write ``result`` to ``stream`` as ``table`` (rich), ``json`` or ``csv``.

    json: an array of objects keyed by variable, values plain strings or null. csv: a header row,
    empty cells for unbound values. table: IRIs shortened with the project's prefixes.
    """
    if fmt == "json":
        json.dump(to_strings(result), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else term_text(t) for t in row])
    elif fmt == "table":
        from rich.console import Console  # imported here: only tables need rich
        from rich.table import Table

        cells = [[_curie(t) for t in row] for row in result.rows]
        table = Table(title=title, caption=f"{len(cells)} row{'s' if len(cells) != 1 else ''}")
        widths = [len(v) for v in result.variables]
        for variable in result.variables:
            table.add_column(variable, overflow="fold", max_width=60)
        for row in cells:
            table.add_row(*row)
            widths = [max(w, min(len(c), 60)) for w, c in zip(widths, row)]
        interactive = hasattr(stream, "isatty") and stream.isatty()
        width = None if interactive else max(80, sum(widths) + 3 * len(widths) + 1)
        Console(file=stream, width=width, highlight=False, markup=False).print(table)
    else:
        raise QueryError(f"unknown output format {fmt!r}; use one of: {', '.join(FORMATS)}")
