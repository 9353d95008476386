"""Segmentation: paragraphs (lines) and sentences, with character offsets into the text."""
from __future__ import annotations

import re

from .annotations import Sentence

__all__ = ["split_sentences"]

# A period after these is not a sentence end (titles, initials, months, Latin).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt prof jr sr no nos vs etc e.g i.e u.s u.k u.n jan feb mar apr jun jul aug "
    "sep sept oct nov dec gov sen rep amb min dept art para fig approx ca cf sig dott on pres "
    "г гг т.е т.д т.к им ул см стр тыс млн млрд".split()
)
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s+[\"'\u201c\u2018\u00ab(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_BREAKS = re.compile(r"\*\s?\*\s?\*")  # the Kremlin's " * * * " between a summary and a transcript


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text``: a line break always ends one, and so does a full stop before a capital."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            _split_line(body, pos, paragraph, out)
            paragraph += 1
        pos += len(line)
    return tuple(out)


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
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
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
