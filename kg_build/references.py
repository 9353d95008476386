"""References: pronouns and anaphors ("he", "the latter", "the Russian top diplomat" is a role) to persons.

"he"/"she" refer to the agent of the last speech verb before them in their sentence, else to its
first person, else to the last person who spoke (the agent of a speech verb) in the previous three
sentences; when that speaker was not a person ("the source said"), the pronoun stays
unresolved rather than guessed. "the latter"/"the former" pick the last/first person of the
previous sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .annotations import Doc, Mention, Spans
from .language import AND_WORDS, WITH_PATTERN
from .lexicon import Cue, Lexicon, Match
from .morphology import may_be_nominative

__all__ = ["resolve_references", "speech_agent", "partners", "sentence_speakers", "persons_in",
           "refers_to_participants", "said_in_first_person", "cited_source", "cited_as_source", "flagged"]

_OTHERS = re.compile(r"\s+(?:of|from|della|delle|dei|degli|di|des|de|der|von)\s", re.I)


def refers_to_participants(doc: Doc, cue: Match) -> bool:
    """A collective reference means the parties of the event told ("the leaders discussed"), not
    a group it names ("the leaders of the G-7")."""
    return not _OTHERS.match(doc.document.text, cue.end)


def persons_in(doc: Doc, sentence: int) -> list[Mention]:
    return [m for m in doc.mentions if m.type == "Person" and m.sentence == sentence]


def speech_agent(doc: Doc, verb: Match) -> list[Mention]:
    """The persons who speak with this verb: the nearest person (and its coordination) before it
    in the sentence, else the nearest right after it ("said Lavrov", "ha detto Putin")."""
    sentence = doc.sentence_at(verb.begin)
    text = doc.document.text
    persons = persons_in(doc, sentence)
    if doc.lang == "ru":
        # "Президент Кубы поблагодарил Владимира Путина": Putin is not who thanks; but "обсудил с
        # Сергеем Лавровым": Lavrov discussed it too
        persons = [m for m in persons if may_be_nominative(text[m.begin:m.end])
                   or _WITH_END.search(text[max(0, m.begin - 12):m.begin])]
    before = [m for m in persons if m.end <= verb.begin]
    if _said_by_me(doc, verb, before[-1].end if before else doc.sentences[sentence].begin):
        # "Я только что проинформировал Генерального секретаря": the person after is the object;
        # "Как сказал Президент, мы также говорили": the person before is another clause's
        return []
    if before:
        last = before[-1]
        gap = text[last.end:verb.begin]
        if any(refers_to_participants(doc, c) for c in doc.matches_in(last.end, verb.begin, "collective")):
            # "In view of Ilham Aliyev's recent visit to Ukraine, the two leaders discussed ...": the
            # participants a collective between them names are the subject
            return []
        if "," in gap and _BY.search(text, max(0, last.begin - 12), last.begin):
            # "... the Central America Forward initiative led by Vice President Kamala Harris, and
            # emphasized ...": the agent of a participle is no subject of the verb after it
            return []
        if len(gap) <= 60 and not any(ch in gap for ch in ".;:\u201c\u00ab\"") and not _clause_break(gap):
            group = [last]
            for m in reversed(before[:-1]):
                if _one_phrase(m, group[0]):
                    group.insert(0, m)
                    continue
                glue = _ARTICLES.sub("", text[m.end:group[0].begin]).strip().lower()
                if glue not in (*AND_WORDS, ",") or (glue == "," and cited_as_source(doc, m)):
                    break  # "According to Dmitry Peskov, Putin and Macron discussed": Peskov only tells it
                group.insert(0, m)
            return group
    # "said Lavrov"; "обсудили сегодня по телефону Владимир Путин и Никол Пашинян"
    cues = verb.of("speech")
    if doc.lang != "ru" and cues and all(flagged(c, "object") for c in cues):
        return []  # "Fiji welcomes the announcement by President Biden": Biden is no speaker here
    after = [m for m in persons if m.begin >= verb.end and m.begin - verb.end <= 30
             and not any(ch in text[verb.end:m.begin] for ch in ".,;:\u201c\u00ab\"")]
    if not after:
        return []
    if before and not any(ch in text[before[-1].end:verb.begin] for ch in ";:\u201c\u00ab\""):
        # "The Head of State paid special attention to X, and also briefed the Spanish Foreign
        # Minister": a person before the verb is its subject, the one after it the object
        return [before[-1]]
    return _joined(text, after[0], persons, AND_WORDS)


def flagged(cue: Cue, flag: str) -> bool:
    """A speech verb's lexicon flag: "reciprocal" (dip:reciprocal), "object" (dip:objectFollows),
    "back" (dip:refersBack)."""
    return flag in (cue.extra2 or "").split()


def _one_phrase(a: Mention, b: Mention) -> bool:
    """Two persons named by one plural role: "the Russian and French presidents", "Президенты России и Франции"."""
    return (a.begin, a.end) == (b.begin, b.end)


def _joined(text: str, first: Mention, persons: list[Mention], glue: tuple[str, ...]) -> list[Mention]:
    """``first`` and the persons right after it that ``glue`` words join to it ("Putin and Macron",
    "с Олафом Шольцем и Эммануэлем Макроном")."""
    group = [first]
    for m in persons:
        if m is not first and _one_phrase(m, group[-1]):
            group.append(m)
            continue
        if m.begin <= group[-1].end:
            continue
        if _ARTICLES.sub("", text[group[-1].end:m.begin]).strip().lower() not in glue:
            break
        group.append(m)
    return group


_BY = re.compile(r"(?:^|\s)(?:by|da|dal|dalla|par|von|durch)\s+(?:the\s+)?$", re.I)
_PARTNER_REACH = 150  # characters from a reciprocal verb to its partner: "discussed X, Y and Z with Macron"
_WITH_END = re.compile(rf"(?:^|\s)(?:{WITH_PATTERN})\s+(?:(?:the|his|her|their|its)\s+)?$", re.I)


def partners(doc: Doc, verb: Match, agents: list[Mention]) -> list[Mention]:
    """The persons a reciprocal verb's agents act with, named after "with" in the verb's clause:
    "Zelenskyy discussed energy security with Johnson", "обсудил с Олафом Шольцем и Эммануэлем
    Макроном"; nobody when the verb is not reciprocal (lexicon: dip:reciprocal)."""
    if not agents or not any(flagged(c, "reciprocal") for c in verb.of("speech")):
        return []
    text = doc.document.text
    after = [m for m in persons_in(doc, doc.sentence_at(verb.begin)) if m.begin >= verb.end]
    for i, m in enumerate(after):
        gap = text[verb.end:m.begin]
        if m.begin - verb.end > _PARTNER_REACH or any(ch in gap for ch in ";:\u201c\u00ab\""):
            return []
        if _WITH_END.search(gap):
            ours = {a.iri for a in agents}
            return [p for p in _joined(text, m, after[i + 1:], (*AND_WORDS, ",")) if p.iri not in ours]
    return []


_SOURCE_GAP = re.compile(r"\s*(?:the\s+)?", re.I)  # "according to the President", "по словам Путина"


def cited_source(doc: Doc, cue: Match) -> Mention | None:
    """The person an attribution cue names right after it as its source ("according to Lavrov",
    "по словам Президента", "selon Emmanuel Macron"), if it names one."""
    sentence = doc.sentence_at(cue.begin)
    after = next((m for m in persons_in(doc, sentence) if m.begin >= cue.end), None)
    if after is not None and _SOURCE_GAP.fullmatch(doc.document.text, cue.end, after.begin):
        return after
    return None


def cited_as_source(doc: Doc, person: Mention) -> bool:
    """The person is named as a source right after an attribution cue."""
    return any(cited_source(doc, cue) == person
               for cue in doc.matches_in(max(0, person.begin - 40), person.begin, "attribution"))


def sentence_speakers(doc: Doc, sentence: int) -> list[str]:
    """The persons who speak with the speech verbs of a sentence, in order, each once."""
    s = doc.sentences[sentence]
    found: list[str] = []
    for verb in doc.matches_in(s.begin, s.end, "speech"):
        found += [m.iri for m in speech_agent(doc, verb) if m.iri not in found]
    return found


def said_in_first_person(doc: Doc, verb: Match) -> bool:
    """The verb's subject is "I" or "we" ("мы также говорили", "we discussed")."""
    return _said_by_me(doc, verb, doc.sentences[doc.sentence_at(verb.begin)].begin)


def _said_by_me(doc: Doc, verb: Match, since: int) -> bool:
    """A first-person pronoun is the verb's subject: after ``since`` and close before the verb, in its clause."""
    text = doc.document.text
    for m in doc.matches_in(max(since, verb.begin - 40), verb.begin, "pronoun"):
        if since <= m.begin and m.end <= verb.begin and verb.begin - m.end <= 25 \
                and any(c.value == "first" for c in m.of("pronoun")) \
                and not any(ch in text[m.end:verb.begin] for ch in ".;:,\u201c\u00ab\""):
            return True
    return False


_ARTICLES = re.compile(r"\b(?:the|his|her|their|il|la|le|les|der|die|das)\b", re.I)


def _clause_break(gap: str) -> bool:
    """A comma that closes an inserted clause ("..., citing a source, it was reported") ends the search."""
    return gap.count(",") >= 2


def resolve_references(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: add a person mention for each pronoun or anaphor that can be resolved."""
    pronouns = doc.matches_of("pronoun")
    if not pronouns:
        return doc
    mentions = list(doc.mentions)
    covered = Spans((m.begin, m.end) for m in mentions)
    speech: dict[int, list[Match]] = {}  # speech verbs by sentence
    for m in doc.matches_of("speech"):
        speech.setdefault(doc.sentence_at(m.begin), []).append(m)
    for tok in pronouns:
        if covered.covers(tok.begin):
            continue
        kind = tok.of("pronoun")[0].value
        if kind in ("first", "ours"):
            continue  # the document's own voice: see statements and events
        sentence = doc.sentence_at(tok.begin)
        target = _antecedent(doc, mentions, speech, sentence, tok, kind)
        if target is not None:
            mentions.append(Mention(tok.begin, tok.end, target.iri, "Person", "pronoun", sentence, target.post,
                                    label=target.label))
            mentions.sort(key=lambda m: (m.begin, m.end))
            covered = Spans((m.begin, m.end) for m in mentions)
            doc = replace(doc, mentions=tuple(mentions))
    return doc


def _antecedent(doc: Doc, mentions: list[Mention], speech: dict[int, list[Match]], sentence: int, tok: Match,
                kind: str) -> Mention | None:
    previous = [m for m in mentions if m.type == "Person" and m.sentence == sentence - 1]
    if kind == "latter":
        return previous[-1] if previous else None
    if kind == "former":
        return previous[0] if previous else None
    same = [m for m in mentions if m.type == "Person" and m.sentence == sentence and m.end <= tok.begin]
    if kind == "object" and same:
        # "Российский лидер изложил ему ...": not the subject of its clause (its sentence's first person)
        # but the last other person of this sentence or the three before ("According to him, ...": no
        # subject before it, so as "he")
        earlier = [m for m in mentions if m.type == "Person" and sentence - 3 <= m.sentence <= sentence
                   and m.end <= tok.begin and m.iri != same[0].iri]
        return earlier[-1] if earlier else None
    if same:
        # "When Macron mentioned the proposal, Putin commented that he ...": the agent of the last
        # speech verb before the pronoun, else the sentence's first person
        verbs = [v for v in speech.get(sentence, []) if v.end <= tok.begin]
        if verbs:
            agents = speech_agent(replace(doc, mentions=tuple(mentions)), verbs[-1])
            if len(agents) == 1 and agents[0].end <= tok.begin:
                return agents[0]
        return same[0]
    for back in range(sentence - 1, max(-1, sentence - 4), -1):
        verbs = speech.get(back, [])
        if verbs:
            agents = speech_agent(replace(doc, mentions=tuple(mentions)), verbs[-1])
            return agents[0] if len(agents) == 1 else None
    return previous[0] if previous else None
