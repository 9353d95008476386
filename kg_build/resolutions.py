"""Resolutions named by number ("resolution 2202", "UNSCR 2231", "резолюции СБ ООН 2254", "General
Assembly resolution 181"): each an agreement of its own, minted with its body and number, so that
who raised it can be asked.

The words and the body they number for come from the lexicon (dip:ResolutionCue,
dip:numberedBy); the number is read here. A number with a session after it ("194 (III)", "3201
(S-VI)") or a slash ("68/262") is the General Assembly's own numbering, which a plain number
cannot name; a year after it ("2178 (2014)") is the Council's way of citing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .annotations import Doc, Mention
from .language import AND_PATTERN
from .lexicon import Lexicon

__all__ = ["find_resolutions"]

_AGREEMENT = "https://w3id.org/dipkg/resource/agreement/"
_NOT_PLAIN = r"(?![/.,]\d|[ \t]*(?:[A-Z][ \t]*)?\((?:[A-Z]+-)?[IVXLC]+\))"
_YEAR_AFTER = r"(?:[ \t]*\(\d{4}\))?"
#: the number after the word ("2202", "No. 2202", "№ 2202", "2202 (2015)"), and more joined to
#: it ("resolutions 1325 and 2250", "242, 338 и 425")
_NUMBER = re.compile(rf"[ \t]*(?:(?:No\.?|Nr\.?|n\.|№)[ \t]*)?(\d{{3,4}})\b{_NOT_PLAIN}{_YEAR_AFTER}")
_MORE = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:{AND_PATTERN})[ \t]+)(\d{{3,4}})\b{_NOT_PLAIN}{_YEAR_AFTER}")
_YEAR_WORD = re.compile(r"[ \t]+(?:года|году|год|г\.)", re.I)  # "резолюции 2014 года": a year
_LAST = 2800  # above the highest number either body will reach for years (the Council's: 2,770 in 2025)


def find_resolutions(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: the resolutions the text names by number, as Agreement mentions; ``Doc.resolutions``
    holds each one's IRI, English name (its body's and the number) and other names (the cue's
    labels and the number, with their languages)."""
    text = doc.document.text
    taken = [(m.begin, m.end) for m in doc.mentions]
    bodies = {m.begin: m.end for m in doc.mentions if m.type == "InternationalOrganization"}
    cues = doc.matches_of("resolution")
    found: list[Mention] = []
    minted: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {}
    for cue in cues:
        if any(o is not cue and o.begin <= cue.begin and cue.end <= o.end for o in cues):
            continue  # "resolution" inside "General Assembly resolution": the longer names the body
        word = cue.of("resolution")[0].value
        body = lexicon.entities.get(lexicon.resolution_bodies.get(word, ""))
        if body is None:
            continue
        # "резолюции Совета Безопасности ООН 2202": the body (whose name may hold the word), then the number
        after = max((e for b, e in bodies.items() if b <= cue.begin and cue.end <= e), default=cue.end)
        while (nxt := bodies.get(after + 1)) is not None and text[after] in " \t":
            after = nxt
        m = _NUMBER.match(text, after)
        if m is None or _YEAR_WORD.match(text, m.end()):
            continue
        numbers = [(m.start(1), m.end(1), m[1])]
        end = m.end()
        while more := _MORE.match(text, end):
            numbers.append((more.start(1), more.end(1), more[1]))
            end = more.end()
        for begin, stop, number in numbers:
            if not 100 <= int(number) <= _LAST or any(b < stop and begin < e for b, e in taken):
                continue
            iri = f"{_AGREEMENT}{body.iri.rsplit('/', 1)[-1]}-resolution-{number}"
            # the first number's mention spans its word too ("resolution 2202"), unless the word is
            # part of a name ("Security Council resolution 2202"); the others span their number
            first = begin == m.start(1) and not any(b < cue.end and cue.begin < e for b, e in taken)
            found.append(Mention(cue.begin if first else begin, stop, iri, "Agreement", "number",
                                 doc.sentence_at(begin)))
            minted[iri] = (iri, f"{body.label} Resolution {number}",
                           tuple((f"{label} {number}", lang) for label, lang in lexicon.resolution_names.get(word, ())))
    if not found:
        return doc
    mentions = sorted((*doc.mentions, *found), key=lambda x: (x.begin, x.end))
    return replace(doc, mentions=tuple(mentions), resolutions=tuple(minted.values()))
