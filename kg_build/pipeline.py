"""The extraction pipeline: the registry of stages, checked for order when it is built.

Every stage is a pure callable ``(Doc, Lexicon) -> Doc`` that declares the Doc fields it
``requires`` and ``assigns``; :func:`run` names the stage that failed.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace

from .annotations import Doc, Mention, index_matches
from .documents import Document
from .errors import DipkgError
from .events import find_events
from .language import ABOUT_WORD, SUPPORTED, TOPIC_PATTERN, detect_language
from .lexicon import Lexicon, Match, fold
from .mentions import find_mentions, resolve_roles
from .references import resolve_references
from .resolutions import find_resolutions
from .segment import split_sentences
from .statements import find_statements
from .temporal import find_times, resolve_times
from .voice import house_voice

__all__ = ["Stage", "STAGES", "PIPELINE", "DATE_STAGES", "ExtractionError", "make_doc", "run", "check_order"]


class ExtractionError(DipkgError):
    """A stage failed on a document (the message names the stage and the document)."""


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: Callable[[Doc, Lexicon], Doc]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def _language(doc: Doc, lexicon: Lexicon) -> Doc:
    lang = doc.document.lang
    if not lang or lang not in SUPPORTED:
        lang = detect_language(doc.document.text) if not lang else lang
    return replace(doc, lang=lang)


def _segment(doc: Doc, lexicon: Lexicon) -> Doc:
    text = doc.document.text
    return replace(doc, sentences=split_sentences(text), folded=fold(text))


def _match(doc: Doc, lexicon: Lexicon) -> Doc:
    matches = tuple(lexicon.matches(doc.document.text, doc.folded))
    return replace(doc, matches=matches, match_index=index_matches(matches))


def _title(doc: Doc, lexicon: Lexicon) -> Doc:
    """A title that makes the document a speech ("statement by Cambodia (Mr. Hor Namhong, ...)",
    "Remarks by President Biden ...", "Joint Statement by ..."): the persons it names speak throughout."""
    title = (doc.document.title or "").strip()
    if not title:
        return doc
    if doc.document.text.startswith(title):
        end = len(title)
        cues = [m for m in doc.matches_of("speech-title") if m.end <= end]
        people = _speakers_titled(title, cues, [m for m in doc.mentions if m.type == "Person" and m.begin < end])
        extra: tuple = ()
    else:  # a separate title (an HTML <title>): read it on its own
        found = run(make_doc(Document(id=doc.document.id, text=title, lang=doc.lang, published=doc.anchor)),
                    lexicon, ("segment", "match", "mentions"))
        cues = list(found.matches_of("speech-title"))
        people = _speakers_titled(title, cues, [m for m in found.mentions if m.type == "Person"])
        known = {u[0] for u in doc.unknown_persons}
        extra = tuple(u for u in found.unknown_persons if u[0] in people and u[0] not in known)
    if cues and not people and cues[0].begin == 0 and _ABOUT_END.search(title, 0, cues[0].end):
        # "Statement on the North Atlantic Treaty Organization Summit": the publisher's principal's
        house = house_voice(doc, lexicon)
        people = [house] if house else []
    if not cues or not people:
        return doc
    return replace(doc, title_persons=tuple(people), unknown_persons=doc.unknown_persons + extra)


#: a speech title's words that end in what it is about, not who speaks: "Statement on" (not "Interview with")
_ABOUT_END = re.compile(rf"(?<!\w)(?:{TOPIC_PATTERN})$", re.I)




def _speakers_titled(title: str, cues: list[Match], persons: list[Mention]) -> list[str]:
    """The persons a speech's title names as its speakers: those before its first cue and those
    after it up to a word that turns to what it is about ("Statement by President Joe Biden on
    Support for Ukraine and Call with President Zelenskyy": Biden only; none after "Statement on")."""
    if not cues:
        return []
    cue = cues[0]
    stop = ABOUT_WORD.search(title, cue.end)
    last = stop.start() if stop else len(title)
    if _ABOUT_END.search(title, cue.begin, cue.end):
        last = cue.end  # "Statement on the Resignation of Prime Minister Justin Trudeau": what it is about
    return list(dict.fromkeys(m.iri for m in persons if m.begin < cue.begin or cue.end <= m.begin < last))


def _roles(doc: Doc, lexicon: Lexicon) -> Doc:
    """Role descriptions again, now resolved on the document's date (unless the mentions stage
    already resolved them on that same date: its publication date)."""
    if doc.anchor is None or (doc.document.published is not None and doc.anchor == doc.document.published):
        return doc
    return resolve_roles(doc, lexicon, doc.anchor)


STAGES: dict[str, Stage] = {
    "language": Stage("language", _language, ("document",), ("lang",)),
    "segment": Stage("segment", _segment, ("document",), ("sentences", "folded")),
    "match": Stage("match", _match, ("folded",), ("matches", "match_index")),
    "mentions": Stage("mentions", find_mentions, ("matches", "sentences"), ("mentions", "unknown_persons")),
    "times": Stage("times", find_times, ("matches", "mentions"), ("times", "place")),
    "anchor": Stage("anchor", resolve_times, ("times", "mentions"), ("anchor", "anchor_basis", "times")),
    "roles": Stage("roles", _roles, ("anchor",), ("mentions", "unknown_persons")),
    "resolutions": Stage("resolutions", find_resolutions, ("mentions",), ("mentions", "resolutions")),
    "title": Stage("title", _title, ("anchor", "unknown_persons"), ("title_persons", "unknown_persons")),
    "references": Stage("references", resolve_references, ("mentions",), ("mentions",)),
    "events": Stage("events", find_events, ("mentions", "times", "anchor"), ("voice", "asked", "event_mentions", "events")),
    "statements": Stage("statements", find_statements, ("events", "voice", "asked"), ("quotes", "statements")),
}

PIPELINE: tuple[str, ...] = tuple(STAGES)
#: the stages to run again once another document has told a date this one lacked
DATE_STAGES: tuple[str, ...] = ("anchor", "roles", "title", "references", "events", "statements")


def check_order(names: Sequence[str]) -> None:
    """Raise if a stage requires a field that no earlier stage assigns."""
    available = {"document"}
    for name in names:
        stage = STAGES[name]
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ExtractionError(f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        available.update(stage.assigns)


check_order(PIPELINE)
_FIELDS = {f.name for f in fields(Doc)}
assert all(a in _FIELDS for s in STAGES.values() for a in s.assigns if a != "document")


def make_doc(document: Document | str, lang: str | None = None) -> Doc:
    """A Doc for a document (or a plain text, handy in tests)."""
    if isinstance(document, str):
        document = Document(id="text", text=document, lang=lang)
    return Doc(document=document)


def run(doc: Doc, lexicon: Lexicon, names: Sequence[str] = PIPELINE) -> Doc:
    """Run the named stages in order; a failure names the stage and the document."""
    for name in names:
        try:
            doc = STAGES[name].func(doc, lexicon)
        except DipkgError:
            raise
        except Exception as err:  # noqa: BLE001 - reported with the stage and document it came from
            raise ExtractionError(f"{doc.document.origin or doc.document.id}: stage {name!r} failed: "
                                  f"{type(err).__name__}: {err}",
                                  hint="please report this with the document") from err
    return doc
