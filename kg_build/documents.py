"""Documents: read .txt/.md/.html files, folders of them and .jsonl/.jsonl.gz records.

Reading is lazy (a generator), so a corpus of any size streams through the build. Every problem
with an input raises :class:`InputError` naming the file and, for JSON Lines, the line. A folder
skips its README, LICENSE and hidden files, and may carry a ``manifest.jsonl`` (one JSON object a line: ``{"id": file name, "date", "lang",
"source", "title", "url"}``) with metadata for its files; ``--manifest`` gives one explicitly. A record's title is read as the first paragraph of its
text (offsets count in that text), since leads often tell the event in the title alone.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import DipkgError

__all__ = [
    "Document", "InputError", "read_inputs", "read_manifest", "parse_date", "TEXT_SUFFIXES",
    "MANIFEST_NAME",
]

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".jsonl.gz")
MANIFEST_NAME = "manifest.jsonl"
METADATA_KEYS = ("title", "date", "lang", "source", "url")


class InputError(DipkgError):
    """An input file or record cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with what is known about it.

    ``published`` is the publication date when the input gives one; ``origin`` says where the
    text came from (``file:line`` for records) for error messages.
    """

    id: str
    text: str
    lang: str | None = None
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """SHA-256 over the text and the metadata that changes what is extracted."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.lang or "", str(self.published or ""),
                     self.title or "", self.source or "", self.url or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: object) -> dt.date | None:
    """An ISO 8601 date or timestamp (with or without offset) -> its calendar date; None if empty.

    The date is the one written in the value (a timestamp's local date), not converted to UTC:
    that is the day the publisher meant.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"a date must be a string like 2022-02-07, not {value!r}")
    m = _DATE.match(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)")
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Read a manifest: JSON Lines of ``{"id": ..., metadata...}`` -> id -> metadata."""
    out: dict[str, dict[str, str]] = {}
    for lineno, line in _lines(path):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{lineno}: bad manifest line ({err.msg})",
                             hint="each line must be a JSON object such as "
                                  '{"id": "a.txt", "lang": "en", "date": "2022-02-07"}') from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise InputError(f"{path}:{lineno}: bad manifest line (a JSON object with an \"id\" string is needed)",
                             hint='write e.g. {"id": "a.txt", "lang": "en"}')
        try:
            parse_date(record.get("date"))
        except ValueError as err:
            raise InputError(f"{path}:{lineno}: bad manifest line ({err})", hint="write dates as YYYY-MM-DD") from None
        out[record["id"]] = {k: str(v) for k, v in record.items() if k in METADATA_KEYS and v is not None}
    return out


def read_inputs(paths: Iterable[str | Path], manifest: Mapping[str, Mapping[str, str]] | None = None
                ) -> Iterator[Document]:
    """Yield the documents of files, folders (recursively, sorted) and JSON Lines files."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder", hint="check the path")
        if path.is_dir():
            meta = dict(manifest or {})
            local = path / MANIFEST_NAME
            if local.is_file():
                meta.update(read_manifest(local))
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_input(p) and not _is_aside(p, path))
            for file in files:
                yield from _read_file(file, meta, relative_to=path)
        else:
            if not _is_input(path):
                raise InputError(f"{path}: not an input dipkg reads",
                                 hint="give .txt, .md, .html files, folders of them, or .jsonl / .jsonl.gz records")
            yield from _read_file(path, manifest or {}, relative_to=path.parent)


def _is_aside(path: Path, folder: Path) -> bool:
    """Files of a folder that are about the documents, not documents: the manifest, READMEs, hidden files."""
    parts = path.relative_to(folder).parts
    return path.name == MANIFEST_NAME or path.stem.upper() in ("README", "LICENSE") or any(p.startswith(".") for p in parts)


def _is_input(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES) or name.endswith(RECORD_SUFFIXES)


def _read_file(path: Path, manifest: Mapping[str, Mapping[str, str]], relative_to: Path) -> Iterator[Document]:
    name = path.name.lower()
    if name.endswith(RECORD_SUFFIXES):
        yield from _read_records(path, manifest)
        return
    raw = path.read_bytes()
    text = _decode(raw, path)
    if name.endswith((".html", ".htm")):
        title, text = _html_text(text)
    else:
        title = _first_line(text)
    if not text.strip():
        raise InputError(f"{path}: the file is empty", hint="remove it or give it some text")
    doc_id = path.name
    meta = manifest.get(doc_id, {})
    yield _document(doc_id, text, meta, origin=str(path), default_title=title)


def _read_records(path: Path, manifest: Mapping[str, Mapping[str, str]]) -> Iterator[Document]:
    count = 0
    for lineno, line in _lines(path):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not a JSON object ({err.msg} at column {err.colno})",
                             hint="each line must be one JSON object with at least a \"text\" field") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: not a JSON object", hint='write e.g. {"id": "a", "text": "..."}')
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: the record has no \"text\"", hint="give every record a non-empty text")
        doc_id = str(record.get("id") or f"{path.name}:{lineno}")
        meta = {k: str(record[k]) for k in METADATA_KEYS if record.get(k) is not None}
        meta.update(manifest.get(doc_id, {}))
        text = _with_title(meta.get("title"), text)
        count += 1
        yield _document(doc_id, text, meta, origin=where, default_title=None)
    if count == 0:
        raise InputError(f"{path}: the file holds no records", hint="give one JSON object a line")


def _with_title(title: str | None, text: str) -> str:
    """A record's text with its title as the first paragraph, unless the text already starts with it.

    News leads and readouts often tell the event in the title only ("Telephone conversation with
    ..."), so the title is read as part of the document; offsets count in this text.
    """
    title = " ".join((title or "").split())
    if not title or " ".join(text[: len(title) + 50].split()).startswith(title):
        return text
    return f"{title}\n\n{text}"


def _document(doc_id: str, text: str, meta: Mapping[str, str], origin: str, default_title: str | None) -> Document:
    try:
        published = parse_date(meta.get("date"))
    except ValueError as err:
        raise InputError(f"{origin}: bad date ({err})", hint="write dates as YYYY-MM-DD") from None
    lang = (meta.get("lang") or "").strip().lower() or None
    return Document(id=doc_id, text=text, lang=lang, published=published,
                    title=meta.get("title") or default_title, source=meta.get("source"),
                    url=meta.get("url"), origin=origin, metadata=dict(meta))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text or gzip file, each checked to be UTF-8."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                yield lineno, _decode(raw, path, lineno)
    except (OSError, EOFError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(f"{path}: cannot be read ({err})", hint="check that the file is complete and readable") from None


def _decode(raw: bytes, path: Path, lineno: int | None = None) -> str:
    where = f"{path}:{lineno}" if lineno else str(path)
    if b"\x00" in raw[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text", hint="give UTF-8 text files")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = lineno or raw[: err.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 (byte 0x{raw[err.start]:02x})",
                         hint="convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8") from None
    return text.removeprefix("\ufeff")


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:300]
    return None


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "blockquote", "header", "footer", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title.append(data)
            return
        self.parts.append(data)


def _html_text(html: str) -> tuple[str | None, str]:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[ \n]*", lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", text).strip()
    title = " ".join("".join(parser.title).split()) or None
    return title, text
