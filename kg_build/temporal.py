"""Time: date expressions in five languages, the document's reference date, and their values.

Month, weekday, weekday-shift and relative-day words come from the lexicon (calendar.ttl, cues.ttl); the
numbers around them are read here. Resolution works against the document's *anchor*: its
publication date, else its dateline, else a date the text fixes by itself (a weekday with month
and day: "Monday, February 7" is 2022 when the people described held their posts then).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .annotations import Doc, TimeMention
from .lexicon import Lexicon, Match

__all__ = ["find_times", "resolve_times", "infer_year", "term_constraints", "TITLE_YEAR"]

_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
_DAY_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|\.|-?го)?\s+$")
_YEAR_AFTER = re.compile(r",?\s+(\d{4})\b(?:\s*(?:года|г\.))?")
# The look-behind sits after the first digit, not before it: a pattern that starts with a digit
# lets the regex engine skip to the next digit, one that starts with a look-behind tries every
# position (three times slower over a document).
_ISO = re.compile(r"(\d(?<![\d-]\d)\d{3})-(\d{2})-(\d{2})(?![\d-])")
_NUMERIC = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?![\d.])")
_YEAR = re.compile(r"((?:1(?<![\d\-./,]1)9[5-9]|2(?<![\d\-./,]2)0[0-4])\d)(?![\d\-./]|,\d)")
#: the header of a UN General Assembly verbatim record, printed in the text of its speeches: "A/70/PV.28
#: 03/10/2015" or "01/10/2015 A/70/PV.22" (day/month/year; not a reference to one, "(see A/72/PV.20)")
_RECORD = re.compile(r"A/(?P<session>\d{2})/PV\.\d+[ \t]+(?P<day>\d{2})/(?P<month>\d{2})/(?P<year>\d{4})\b"
                     r"|\b(?P<day2>\d{2})/(?P<month2>\d{2})/(?P<year2>\d{4})[ \t]+A/(?P<session2>\d{2})/PV\.\d+")
_FIRST_SESSION_YEAR = 1945  # the General Assembly's n-th session opens in the year 1945 + n
_WEEKDAY_GLUE = re.compile(r"^(?:,?\s*|\s+(?:the\s+)?)$")
_DATELINE_PREFIX = re.compile(r"^[^\W\d][\w .'’\-]{1,40},\s*$")
_DATELINE_SUFFIX = re.compile(r"^\s*(?:[.–—\-(/:]|\s*$)")
#: the place before a title's closing date, and what may follow that date: "года", a site's name
_TITLE_PLACE = re.compile(r",\s*[^\W\d][\w.'’\-]*(?:\s+[^\W\d][\w.'’\-]*){0,3},\s*$")
_TITLE_END = re.compile(r"^(?:\s*(?:года|г\.))?\s*(?:[-–—|][^\n]*)?\s*$")
FIRST_YEAR = 1990


def find_times(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: date expressions with whatever parts (year, month, day, weekday, offset) they give."""
    text = doc.document.text
    times: list[TimeMention] = []
    used: list[tuple[int, int]] = []

    def add(tm: TimeMention) -> None:
        if any(b < tm.end and tm.begin < e for b, e in used):
            return
        used.append((tm.begin, tm.end))
        times.append(tm)

    for m in _RECORD.finditer(text):  # a UN verbatim record's header: the day of the meeting it records
        session, day, month, year = (int(x) for x in (m["session"] or m["session2"], m["day"] or m["day2"],
                                                        m["month"] or m["month2"], m["year"] or m["year2"]))
        if year == _FIRST_SESSION_YEAR + session and _valid(year, month, day):
            add(TimeMention(m.start(), m.end(), doc.sentence_at(m.start()), year=year, month=month, day=day,
                            dateline=True))
    for m in _ISO.finditer(text):
        _add_full(add, doc, m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))
    for m in _NUMERIC.finditer(text):
        _add_full(add, doc, m.start(), m.end(), int(m[3]), int(m[2]), int(m[1]))
    weekdays = {t.begin: t for t in doc.matches_of("weekday")}
    for tok in doc.matches_of("month"):
        months = tok.of("month")
        month = int(months[0].value)
        begin, end = tok.begin, tok.end
        day = year = None
        after = _DAY_AFTER.match(text, end)
        if after and 1 <= int(after[1]) <= 31:
            day, end = int(after[1]), after.end()
            if after[2]:
                year = int(after[2])
        else:
            before = _DAY_BEFORE.search(text, max(0, begin - 8), begin)
            if before and 1 <= int(before[1]) <= 31:
                day, begin = int(before[1]), before.start()
            y = _YEAR_AFTER.match(text, end)
            if y:
                year, end = int(y[1]), y.end()
        if day is None and year is None:
            continue
        weekday = None
        for wbegin, wtok in weekdays.items():
            if wtok.end <= begin and _WEEKDAY_GLUE.match(text[wtok.end:begin]):
                weekday, begin = int(wtok.of("weekday")[0].value), wbegin
        add(_mention(doc, begin, end, year=year, month=month, day=day, weekday=weekday))
    for tok in doc.matches_of("weekday", "relative"):
        if tok.of("weekday"):
            begin, end, shift = _shifted(doc, tok)
            add(_mention(doc, begin, end, weekday=int(tok.of("weekday")[0].value), shift=shift))
        elif tok.of("relative"):
            add(_mention(doc, tok.begin, tok.end, offset=int(tok.of("relative")[0].value)))
    for m in _YEAR.finditer(text):
        add(_mention(doc, m.start(1), m.end(1), year=int(m[1])))
    times.sort(key=lambda t: t.begin)
    return replace(doc, times=tuple(times), place=_dateline_place(doc, times))


_SHIFT_REACH = 20  # characters: the longest shift word ("this coming") and its space


def _shifted(doc: Doc, weekday: Match) -> tuple[int, int, str | None]:
    """A lone weekday's span and shift, with the shift word right before or after it ("next
    Thursday", "в следующий четверг", "jeudi prochain"); one space between, nothing else."""
    text = doc.document.text
    for s in doc.matches_in(max(0, weekday.begin - _SHIFT_REACH), weekday.end + 2, "weekshift"):
        if s.end <= weekday.begin and text[s.end:weekday.begin] == " ":
            return s.begin, weekday.end, s.of("weekshift")[0].value
        if s.begin >= weekday.end and text[weekday.end:s.begin] == " ":
            return weekday.begin, s.end, s.of("weekshift")[0].value
    return weekday.begin, weekday.end, None


def _add_full(add, doc: Doc, begin: int, end: int, year: int, month: int, day: int) -> None:  # type: ignore[no-untyped-def]
    if _valid(year, month, day):
        add(_mention(doc, begin, end, year=year, month=month, day=day))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _mention(doc: Doc, begin: int, end: int, **parts: int | None) -> TimeMention:
    text = doc.document.text
    sentence = doc.sentence_at(begin)
    s = doc.sentences[sentence] if doc.sentences else None
    dateline = False
    if s is not None and (parts.get("month") and (parts.get("day") or parts.get("year"))):
        para_start = min(x.begin for x in doc.sentences if x.paragraph == s.paragraph)
        prefix = text[para_start:begin]
        dateline = begin - para_start <= 45 and bool(_DATELINE_PREFIX.match(prefix)) \
            and bool(_DATELINE_SUFFIX.match(text[end:end + 3]))
        if not dateline and s.paragraph == 0 and doc.document.title and parts.get("year") and parts.get("day"):
            # a title that ends with its place and day: "... по итогам СМИД ШОС, Панаджи, 5 мая 2023 года"
            para_end = max(x.end for x in doc.sentences if x.paragraph == 0)
            dateline = bool(_TITLE_PLACE.search(prefix)) and bool(_TITLE_END.match(text[end:para_end]))
    return TimeMention(begin, end, sentence, dateline=dateline, **parts)  # type: ignore[arg-type]


def _dateline_place(doc: Doc, times: list[TimeMention]) -> str | None:
    for t in times:
        if t.dateline:
            for m in doc.mentions:
                if m.end <= t.begin and m.type in ("City", "Place") and doc.sentence_at(m.begin) == t.sentence:
                    return m.iri
    return None


# --------------------------------------------------------------------------------------------
# resolution


def term_constraints(doc: Doc, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(person, post) pairs the text asserts ("Russian President Vladimir Putin")."""
    return sorted({(m.iri, m.post) for m in doc.mentions if m.type == "Person" and m.post and m.via == "name"})


def _holds(lexicon: Lexicon, pairs: list[tuple[str, str]], on: dt.date) -> bool:
    for person, post in pairs:
        if person not in lexicon.holders(post, on):
            return False
    return True


def infer_year(month: int, day: int, weekday: int | None, lexicon: Lexicon, pairs: list[tuple[str, str]],
               near: dt.date | None = None, last_year: int | None = None) -> int | None:
    """The one year in which month/day falls on the weekday and everyone held their post, or None."""
    last = last_year or dt.date.today().year
    years = range(near.year - 1, near.year + 2) if near else range(FIRST_YEAR, last + 1)
    found = []
    for year in years:
        try:
            day_ = dt.date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and day_.isoweekday() != weekday:
            continue
        if not _holds(lexicon, pairs, day_):
            continue
        found.append(year)
    if len(found) == 1:
        return found[0]
    if near and weekday is None and found:
        return min(found, key=lambda y: abs((dt.date(y, month, day) - near).days))
    return None


def resolve_times(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: the document's anchor date, and a value for every time expression it allows."""
    pairs = term_constraints(doc, lexicon)
    anchor, basis = _anchor(doc, lexicon, pairs)
    resolved = tuple(_resolve(t, doc, lexicon, pairs, anchor, basis) for t in doc.times)
    return replace(doc, times=resolved, anchor=anchor, anchor_basis=basis)


def _anchor(doc: Doc, lexicon: Lexicon, pairs: list[tuple[str, str]]) -> tuple[dt.date | None, str | None]:
    if doc.document.published:
        return doc.document.published, "publication"
    for t in doc.times:
        if t.dateline and t.month and t.day:
            if t.year:
                return dt.date(t.year, t.month, t.day), "dateline"
            weekday = t.weekday or _nearby_weekday(doc, t)
            year = infer_year(t.month, t.day, weekday, lexicon, pairs)
            if year:
                return dt.date(year, t.month, t.day), "dateline"
    if doc.anchor_hint:
        return doc.anchor_hint, "coreference"
    for t in doc.times:
        if t.month and t.day and not t.year and t.weekday:
            year = infer_year(t.month, t.day, t.weekday, lexicon, pairs)
            if year:
                return dt.date(year, t.month, t.day), "weekday"
    if TITLE_YEAR.search(doc.document.title or ""):
        return None, None  # the record of a year's debate: a day its speech names is a day it tells of
    for t in doc.times:
        if t.year and t.month and t.day:
            return dt.date(t.year, t.month, t.day), "explicit"
    return None, None


#: the year a record's title gives in brackets: "UN General Debate, 69th session (2014): statement by ..."
TITLE_YEAR = re.compile(r"\((1[89]\d\d|20\d\d)\)")


def _nearby_weekday(doc: Doc, t: TimeMention) -> int | None:
    """A lone weekday in the two sentences after a dateline names the dateline's day ("said on Wednesday")."""
    for other in doc.times:
        if other.weekday and not other.month and t.sentence <= other.sentence <= t.sentence + 2:
            return other.weekday
    return None


def _weekday_date(anchor: dt.date, weekday: int, shift: str | None) -> dt.date:
    """The day a weekday names, told on ``anchor``: the last one up to it, or as the shift says."""
    if shift == "coming":
        return anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    if shift == "next-week":
        return anchor + dt.timedelta(days=7 - anchor.isoweekday() + weekday)
    back = (anchor.isoweekday() - weekday) % 7
    return anchor - dt.timedelta(days=back or (7 if shift == "last" else 0))


def _resolve(t: TimeMention, doc: Doc, lexicon: Lexicon, pairs: list[tuple[str, str]],
             anchor: dt.date | None, basis: str | None) -> TimeMention:
    if t.year and t.month and t.day:
        return replace(t, date=dt.date(t.year, t.month, t.day), precision="day", basis="dateline" if t.dateline else "explicit")
    if t.year and t.month:
        return replace(t, date=dt.date(t.year, t.month, 1), precision="month", basis="explicit")
    if t.year and not t.month:
        return replace(t, date=dt.date(t.year, 1, 1), precision="year", basis="explicit")
    if t.month and t.day:
        if t.dateline and anchor and basis == "dateline":
            return replace(t, date=anchor, precision="day", basis="dateline")
        year = infer_year(t.month, t.day, t.weekday, lexicon, pairs, near=anchor)
        if year is None and t.weekday and anchor is None:
            year = infer_year(t.month, t.day, t.weekday, lexicon, pairs)
        if year:
            how = "weekday" if t.weekday else "anchor"
            return replace(t, date=dt.date(year, t.month, t.day), precision="day", basis=how)
        return t
    if anchor and basis in ("publication", "dateline"):
        if t.offset is not None:
            return replace(t, date=anchor + dt.timedelta(days=t.offset), precision="day", basis="relative")
        if t.weekday:
            return replace(t, date=_weekday_date(anchor, t.weekday, t.shift), precision="day", basis="relative")
    return t
