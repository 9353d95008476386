"""Annotation records: what the extraction stages find in a document, as frozen values.

A :class:`Doc` carries the document and everything found so far; each stage returns a new Doc
(``dataclasses.replace``) with the fields it ``assigns`` filled in.
"""
from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from .documents import Document
from .lexicon import Match

__all__ = ["Spans", "index_matches", "begin_of", "Sentence", "Mention", "TimeMention", "EventMention", "Event", "Statement", "Quote", "Doc"]


@dataclass(frozen=True, slots=True)
class Sentence:
    begin: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named or described in the text.

    ``via`` says how it was found: ``name`` (a lexicon name), ``role`` (a role description
    resolved to the post-holder), ``pronoun``, ``title`` (an unknown person after a title), or
    ``metonym`` (a capital or government body standing for its country). ``post`` is the post the
    text describes the person with, when it does; ``group`` ties the members of one coordinated
    description ("the French and Russian presidents").
    """

    begin: int
    end: int
    iri: str
    type: str
    via: str
    sentence: int
    post: str | None = None
    group: int | None = None
    label: str | None = None  # for persons unknown to the lexicon


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A date expression and, once resolved, its value (``date`` is the first day of the period)."""

    begin: int
    end: int
    sentence: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None
    shift: str | None = None  # of a lone weekday: "coming", "next-week", "last" (lexicon dip:weekdayShift)
    dateline: bool = False
    date: dt.date | None = None
    precision: str | None = None  # day, month, year
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    begin: int
    end: int
    sentence: int
    type: str  # local name of the event class; "Event" for an unspecified talk
    participants: tuple[str, ...]
    place: str | None = None
    time: int | None = None  # index into Doc.times
    #: told with a date after the publication day: that date (still ``time``, which keeps it apart
    #: from events of other dates) is not its own, and neither is the publication day
    undated: bool = False
    #: what an unspecified talk word tells when nothing else tells the event's kind ("spoke with": PhoneCall)
    alone: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One event of a document: its mentions merged; ``key`` is its IRI's hash input."""

    type: str
    participants: tuple[str, ...]
    mentions: tuple[int, ...]  # indexes into Doc.event_mentions
    place: str | None = None
    date: dt.date | None = None
    precision: str | None = None
    basis: str | None = None
    month_day: tuple[int, int] | None = None  # known month and day while the year is not
    key: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    begin: int
    end: int
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str
    subject: str
    sentence: int
    begin: int
    end: int
    event: int | None = None  # index into Doc.events
    date: dt.date | None = None
    precision: str | None = None
    modality: str = "Asserted"
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class Doc:
    document: Document
    lang: str = "en"
    folded: str = ""
    sentences: tuple[Sentence, ...] = ()
    matches: tuple[Match, ...] = ()
    mentions: tuple[Mention, ...] = ()
    # persons the lexicon does not know: (iri, label, post, nationality, title as written)
    unknown_persons: tuple[tuple[str, str, str | None, str | None, str], ...] = ()
    # the resolutions named by number: (iri, English name, ((other name, language), ...)); see resolutions.py
    resolutions: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = ()
    times: tuple[TimeMention, ...] = ()
    anchor: dt.date | None = None
    anchor_basis: str | None = None
    anchor_hint: dt.date | None = None  # from another document (resolve stage)
    place: str | None = None  # the dateline's place
    # the speakers a speech's title names ("Remarks by President Biden", "Joint Statement by ...")
    title_persons: tuple[str, ...] = ()
    # per sentence, its first-person speakers and whether a transcript label names them (see voice.py)
    voice: tuple[tuple[tuple[str, ...], bool], ...] = ()
    # the sentences of a journalist's question ("Вопрос: Обсуждалась ли ...?"), see voice.py
    asked: frozenset[int] = frozenset()
    quotes: tuple[Quote, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    # the matches by kind of cue (see index_matches), shared by every later version of the Doc
    match_index: dict[str | tuple[str, ...], tuple[Match, ...]] = field(default_factory=dict, compare=False,
                                                                        repr=False)

    def matches_of(self, *kinds: str) -> tuple[Match, ...]:
        """The matches that carry cues of any of these kinds, in text order (every stage asks for
        some kinds of cue, and a document has hundreds of matches)."""
        if len(kinds) == 1:
            return self.match_index.get(kinds[0], ())
        found = self.match_index.get(kinds)
        if found is None:
            found = self.match_index[kinds] = tuple(m for m in self.matches if not m.kinds.keys().isdisjoint(kinds))
        return found

    def matches_in(self, begin: int, end: int, *kinds: str) -> tuple[Match, ...]:
        """The matches of these kinds that begin in ``[begin, end)``, in text order (a look-up, not a scan)."""
        found = self.matches_of(*kinds)
        return found[bisect_left(found, begin, key=begin_of):bisect_left(found, end, key=begin_of)]

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.document.text[s.begin:s.end]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence the offset is in (0 before the first)."""
        return max(0, bisect_right(self.sentences, offset, key=begin_of) - 1)


def index_matches(matches: tuple[Match, ...]) -> dict[str | tuple[str, ...], tuple[Match, ...]]:
    """The matches of each kind of cue, in text order: the Doc's ``match_index``."""
    index: dict[str, list[Match]] = {}
    for m in matches:
        for kind in m.kinds:
            index.setdefault(kind, []).append(m)
    return {kind: tuple(found) for kind, found in index.items()}


def begin_of(span: Sentence | Match) -> int:
    """A span's begin offset: the key to bisect sentences and matches by."""
    return span.begin


class Spans:
    """Text spans ``[begin, end)`` that answer "does one cover this offset" and "does one overlap
    this range" in logarithmic time (the stages ask this for every word of a name, for every pronoun)."""

    __slots__ = ("_begins", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._begins = [b for b, _ in ordered]
        self._max_end = list(itertools.accumulate((e for _, e in ordered), max))

    def covers(self, offset: int) -> bool:
        i = bisect_right(self._begins, offset) - 1
        return i >= 0 and self._max_end[i] > offset

    def overlaps(self, begin: int, end: int) -> bool:
        i = bisect_left(self._begins, end) - 1
        return i >= 0 and self._max_end[i] > begin
