"""Voice: who speaks in the first person in each sentence of a document.

A transcript names its speakers in labels at the start of a sentence ("THE PRESIDENT:",
"President of Russia Vladimir Putin:", "В.Путин:"); a label holds until the next one. A
journalist's "Вопрос:"/"Question:" is no one's turn, and "Answer:" gives the floor back to who
spoke before the question. A record whose separate title names one person (a UN General Debate
statement "by ... (Mr. Mark Rutte, Prime Minister)") is that person's speech throughout.
Otherwise a document's "I" is its publisher's principal (the post in publishers.ttl: the US
president for whitehouse.gov) on the document's date.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .annotations import Doc, Mention, begin_of
from .language import AND_PATTERN, RELATIVE_PATTERN
from .lexicon import Lexicon, fold

__all__ = ["voices", "house_voice"]

# kremlin.ru repeats name and post in labels; initials may lead ("В.Путин", "Дж.Робертсон")
_LABEL = re.compile(r"((?:[^\W\d_]{1,3}\.[ \t]?){0,2}[^\n:.!?\"“”]{1,160}?):\s")


def voices(doc: Doc, lexicon: Lexicon) -> tuple[tuple[tuple[tuple[str, ...], bool], ...], frozenset[int]]:
    """The first-person speaker of each sentence (None where it is unknown), and whether a
    transcript label names it (then the whole paragraph is that speaker's); and the sentences of
    a journalist's turn ("Question: ...", until the next label)."""
    text = doc.document.text
    speech = bool(doc.title_persons)
    house = None if _by_a_group(doc) else house_voice(doc, lexicon)
    current: tuple[str, ...] = doc.title_persons or ((house,) if house else ())
    labelled = speech  # a speech is its speaker's throughout, as a labelled transcript paragraph
    # words that make a "...:" no label: a verb of speech, a word of address, a pronoun
    clauses = doc.matches_of("speech", "address", "pronoun")
    interlocutors = {(m.begin, m.end) for m in doc.matches_of("interlocutor")}
    answers = {(m.begin, m.end) for m in doc.matches_of("answer")}
    floor = current  # who spoke last, by name or title: an "Answer:" label gives the floor back
    out: list[tuple[tuple[str, ...], bool]] = []
    asked: set[int] = set()
    asking = False
    for k, s in enumerate(doc.sentences):
        m = _LABEL.match(text, s.begin)
        if m and m.end() <= s.end and (m.start(1), m.end(1)) in answers and floor:
            current, labelled, asking = floor, True, False
        elif m and m.end() <= s.end and _is_label(m.group(1), m.start(1), m.end(1), clauses):
            asking = False  # another label ends a journalist's turn, even one naming no one we know
            persons = [x for x in doc.mentions if x.type == "Person" and m.start(1) <= x.begin < m.end(1)]
            # the speaker is the person the label names ("Н.Патрушев ... помощник Президента",
            # "Пресс-секретарь Президента Д.Песков"), else the one its title is ("THE PRESIDENT")
            named = [x for x in persons if x.via == "name"]
            if not _addresses(text, named) and (persons or m.group(1).upper() == m.group(1)
                                                or (m.start(1), m.end(1)) in interlocutors):
                # "Q:", "MODERATOR:", "Вопрос:" speak for no one we know
                current = ((named or persons[-1:])[0].iri,) if persons else ()
                floor = current or floor
                labelled = True
                asking = not persons and (m.start(1), m.end(1)) in interlocutors
        if asking:
            asked.add(k)
        out.append((current, labelled and bool(current)))
    return tuple(out), frozenset(asked)


_LIST = re.compile(rf",|\b(?:{AND_PATTERN})\b")


def _addresses(text: str, named: list[Mention]) -> bool:
    """Two people named in a list ("President Biden, Prime Minister Modi:", "Today, President Biden and
    Prime Minister Ardern committed to ...:") are addressed or told of: the words name no speaker.
    "Dmitry Rogozin Rogozin Dmitry Director General of Roscosmos" names one, however often."""
    return any(a.iri != b.iri and _LIST.search(text, a.end, b.begin) for a, b in zip(named, named[1:]))


def _is_label(label: str, begin: int, end: int, clauses: tuple) -> bool:  # type: ignore[type-arg]
    """A speaker label ("THE PRESIDENT", "President of Russia Vladimir Putin", "В.Путин") is short,
    starts with a capital ("objective set by the Secretary-General: to ..." is prose) and is not a
    clause ("Putin said: ..."; "Let me provide ..., which will be given the Secretary-General: ...")
    or a greeting ("Your Excellency, Madam Vice President, ladies and gentlemen: ..."): ``clauses``
    are the speech verbs, address words and pronouns of the document."""
    words = label.split()
    return 0 < len(words) <= 20 and label[:1].isupper() \
        and bisect_left(clauses, begin, key=begin_of) == bisect_left(clauses, end, key=begin_of) \
        and not _RELATIVE.search(label)


#: a relative word makes "...:" prose ("Let me provide the coordinates for the camps, which will also be given
#: the Secretary-General: ..."), as a pronoun does ("me", "you": lexicon)
_RELATIVE = re.compile(rf"(?<!\w)(?:{RELATIVE_PATTERN})(?!\w)", re.I)


def _by_a_group(doc: Doc) -> bool:
    """A title that gives a group's leaders as the author and names no one ("Joint Statement by Group
    of Seven (G-7) Nations Leaders on ...", "... by the North Atlantic Treaty Organization Heads of
    State and Government on ..."): its "we" is the group, not the publisher's principal alone."""
    if not doc.document.title or not doc.sentences:
        return False
    title = doc.sentences[0]
    by = doc.matches_in(title.begin, title.end, "speech-title")
    if not by or any(m.type == "Person" and m.sentence == 0 for m in doc.mentions):
        return False
    text = doc.document.text
    return any(m.sentence == 0 and m.begin >= by[0].end and m.type in ("DiplomaticFormat", "InternationalOrganization")
               for m in doc.mentions) \
        and any(_PLURAL.search(text, r.begin, r.end) for r in doc.matches_in(by[0].end, title.end, "role"))


_PLURAL = re.compile(r"\b[^\W\d_]{3,}s\b")  # "Leaders", "Heads of State"


def house_voice(doc: Doc, lexicon: Lexicon) -> str | None:
    """The publisher's principal on the document's date (publishers.ttl): the US president for
    whitehouse.gov."""
    post = lexicon.publishers.get(fold(doc.document.source or "").strip())
    on = doc.anchor
    if not post or on is None:
        return None
    holders = lexicon.holders(post, on)
    return holders[0] if len(holders) == 1 else None
