"""Cross-document resolution: a date one document lacks, told by another about the same event.

"a telephone conversation with Macron on November 7" has no year; the Kremlin's readout of a
Putin-Macron call on 7 November 2020 has one. Dated events are indexed by (kind, participants,
month, day), so resolution is one dictionary look-up per undated event: no step is quadratic in
the number of documents. A document that learns its date this way runs its date-dependent stages
again, with that date as its anchor.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .annotations import Doc, Event
from .events import GENERIC, TALK_TYPES
from .lexicon import Lexicon
from .pipeline import DATE_STAGES, run

__all__ = ["EventIndex", "resolve_documents", "waits_for_date"]


def _kind(event_type: str) -> str:
    return "talk" if event_type in TALK_TYPES or event_type == GENERIC else event_type


@dataclass(slots=True)
class EventIndex:
    """Dated events seen so far: (kind, participants, month, day) -> the dates they fell on."""

    dates: dict[tuple[str, frozenset[str], int, int], set[dt.date]] = field(default_factory=dict)

    def add(self, event: Event) -> None:
        if event.date is None or event.precision != "day":
            return
        self.add_dated(event.type, event.participants, event.date)

    def add_dated(self, event_type: str, participants: Iterable[str], date: dt.date) -> None:
        """An event dated to the day (for one read back from a store)."""
        key = (_kind(event_type), frozenset(participants), date.month, date.day)
        self.dates.setdefault(key, set()).add(date)

    def lookup(self, event: Event) -> dt.date | None:
        if event.date is not None or event.month_day is None:
            return None
        month, day = event.month_day
        found = self.dates.get((_kind(event.type), frozenset(event.participants), month, day), set())
        return next(iter(found)) if len(found) == 1 else None


def waits_for_date(doc: Doc) -> bool:
    """An event with a month and day but no year: another document may tell its date."""
    return any(e.date is None and e.month_day is not None for e in doc.events)


def resolve_documents(docs: Iterable[Doc], lexicon: Lexicon, index: EventIndex | None = None) -> list[Doc]:
    """Date the undated events of these documents from the dated events of all of them."""
    index = index if index is not None else EventIndex()
    docs = list(docs)
    for doc in docs:
        for event in doc.events:
            index.add(event)
    out = []
    for doc in docs:
        if waits_for_date(doc):
            hint = next((d for e in doc.events if (d := index.lookup(e)) is not None), None)
            if hint is not None:
                doc = run(replace(doc, anchor_hint=hint), lexicon, DATE_STAGES)
                doc = _fill(doc, index, lexicon)
        out.append(doc)
    return out


def _fill(doc: Doc, index: EventIndex, lexicon: Lexicon) -> Doc:
    events = []
    changed = False
    for e in doc.events:
        date = index.lookup(e)
        if date is not None:
            e = replace(e, date=date, precision="day", basis="coreference")
            changed = True
        events.append(e)
    if not changed:
        return doc
    return run(replace(doc, events=tuple(events)), lexicon, ("statements",))
