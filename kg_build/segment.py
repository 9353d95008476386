"""Segmentation: paragraphs (lines) and sentences, with character offsets into the text."""
from __future__ import annotations

import re

from .annotations import Sentence
from .language import UPPER

__all__ = ["split_sentences"]

# A period after these is not a sentence end (titles, initials, months, Latin).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt prof jr sr no nos vs etc e.g i.e u.s u.k u.n jan feb mar apr jun jul aug "
    "sep sept oct nov dec gov sen rep amb min dept art para fig approx ca cf sig dott on pres "
    "г гг т.е т.д т.к им ул см стр тыс млн млрд".split()
)
_END = re.compile(rf"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[{UPPER}0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_GIVEN_NAME = re.compile(rf"[{UPPER}][^\W\d_]+ $")
_BREAKS = re.compile(r"\*\s?\*\s?\*")  # the Kremlin's " * * * " between a summary and a transcript


_TERMINAL = frozenset(".!?:;\u2026\"'\u201d\u2019\u00bb)]")
_WRAP_WIDTH = 90  # characters: the median line of a text hard-wrapped to a page column is shorter


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text``: a full stop before a capital ends one, and so does a line break,
    unless the line runs on: it ends with no punctuation and the next line starts in lower case, or
    the whole text is hard-wrapped to a column (a UN record: "... to address the General\nAssembly").
    Each line, or run of lines, is a paragraph."""
    out: list[Sentence] = []
    lines = _lines(text)
    wrapped = _hard_wrapped(lines)
    paragraph = 0
    run_start: int | None = None
    for i, (begin, body) in enumerate(lines):
        if not body.strip():
            continue
        if run_start is None:
            run_start = begin
        after = lines[i + 1][1] if i + 1 < len(lines) else ""
        if after.strip() and not _terminated(body) and (wrapped or after.lstrip()[:1].islower()):
            continue  # the sentence runs on into the next line
        _split_line(text[run_start:begin + len(body)], run_start, paragraph, out)
        paragraph += 1
        run_start = None
    return tuple(out)


def _terminated(line: str) -> bool:
    return line.rstrip()[-1:] in _TERMINAL


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line's offset and text without its line break."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _hard_wrapped(lines: list[tuple[int, str]]) -> bool:
    """Most lines end with no punctuation and are short: the text was wrapped to a column."""
    bodies = sorted(len(b) for _, b in lines if b.strip())
    if len(bodies) < 8 or bodies[len(bodies) // 2] > _WRAP_WIDTH:
        return False
    open_ended = sum(1 for _, b in lines if b.strip() and not _terminated(b))
    return open_ended * 2 > len(bodies)


def _split_line(line: str, offset: int, paragraph: int, out: list[Sentence]) -> None:
    start = 0
    for m in _BREAKS.finditer(line):
        _split_sentences(line[:m.start()], offset, start, paragraph, out)
        start = m.end()
    _split_sentences(line, offset, start, paragraph, out)


def _split_sentences(line: str, offset: int, start: int, paragraph: int, out: list[Sentence]) -> None:
    """Sentences of line[start:] (``line`` is cut where a section break ends it)."""
    for m in _END.finditer(line, start):
        word = _WORD_BEFORE.search(line, max(0, m.start() - 40), m.start())
        if word:
            token = word.group(1).lower().rstrip(".")
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) \
                    or (_INITIALS.fullmatch(token) and _GIVEN_NAME.search(line, 0, word.start())):
                continue  # "Justin P.J. Trudeau": initials after a given name (not "Washington, D.C. The")
        _emit(line, offset, start, m.end(), paragraph, out)
        start = m.end()
    _emit(line, offset, start, len(line), paragraph, out)


def _emit(line: str, offset: int, begin: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while begin < end and line[begin].isspace():
        begin += 1
    while end > begin and line[end - 1].isspace():
        end -= 1
    if begin < end:
        out.append(Sentence(offset + begin, offset + end, paragraph))
