"""Statements: who raised which format, agreement, organisation, topic or country, when, where.

A subject (a format, agreement, international organisation or topic; a country after a situation
cue such as "the situation in") is attributed to the cue that governs it: the nearest speech verb
with its agent before it in the sentence ("Putin said"), a collective reference or impersonal
readout wording ("the parties discussed", "è stata sottolineata": every participant of the event
being told), a purpose after the event ("met with Coveney to discuss X"), a side named by its
country ("The Russian side stressed": the participants who hold a Russian post), or the speaker of
the quotation it stands in. Without such a cue no statement is
made: a topic that is merely mentioned is not something somebody raised.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .annotations import Doc, Event, Mention, Quote, Statement
from .events import TALK_TYPES, possessed, set_at
from .language import AND_PATTERN, AND_WORDS, JOINT_PATTERN, QUOTE_MARKS
from .lexicon import Lexicon, Match, fold
from .morphology import has_finite_verb, is_adjective, is_cyrillic, is_singular_past, may_hold_subject
from .references import (cited_source, flagged, partners, refers_to_participants, said_in_first_person,
                         sentence_speakers, speech_agent)

__all__ = ["find_statements", "find_quotes", "SUBJECT_TYPES"]

SUBJECT_TYPES = frozenset({"DiplomaticFormat", "Agreement", "InternationalOrganization", "Topic"})
_MIN_QUOTE = 25
_NESTED_GAP = 40  # characters between two quotes that are one quote with a quoted phrase inside
_QUOTE_OR_LINE = re.compile(f"[\n{QUOTE_MARKS}]")


def find_quotes(doc: Doc) -> tuple[Quote, ...]:
    """Quotations (pairs of quote marks) with the speaker named right after or right before them."""
    text = doc.document.text
    speech = list(doc.matches_of("speech"))
    quotes: list[Quote] = []
    opened: int | None = None
    for mark in _QUOTE_OR_LINE.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            opened = None if opened is not None and text[opened] != "\u201c" else opened
            continue
        if opened is None:
            opened = i
            continue
        begin, end = opened, i + 1
        opened = None
        if end - begin < _MIN_QUOTE:
            continue
        quotes.append(Quote(begin, end, _quote_speaker(doc, speech, begin, end)))
    # a quote that holds a quoted phrase in the same marks ("... use the "good offices" mechanisms
    # ...," Zelenskyy said) is read as two quotes: the first one is the second one's speaker's
    for i in range(len(quotes) - 2, -1, -1):
        q, after = quotes[i], quotes[i + 1]
        gap = text[q.end:after.begin]
        if q.speaker is None and after.speaker and len(gap) <= _NESTED_GAP and "\n" not in gap:
            quotes[i] = replace(q, speaker=after.speaker)
    # an unattributed quote right after a sentence with a speaker continues that speaker
    out = []
    for q in quotes:
        if q.speaker is None:
            sentence = doc.sentence_at(q.begin)
            prev = sentence_speakers(doc, sentence - 1) if sentence > 0 else []
            if len(prev) == 1:
                q = replace(q, speaker=prev[0])
        out.append(q)
    return tuple(out)


def _quote_speaker(doc: Doc, speech: list[Match], begin: int, end: int) -> str | None:
    text = doc.document.text
    for verb in speech:  # "...," Putin said / "...," he added / "..." the source said
        if end <= verb.begin <= end + 45 and "\n" not in text[end:verb.begin]:
            agents = [m for m in doc.mentions if m.type == "Person" and end <= m.begin and m.end <= verb.end + 40
                      and "\n" not in text[end:m.begin]]
            near = [m for m in agents if abs(m.begin - verb.begin) <= 45]
            if near:
                return near[0].iri
            return None  # a speaker that is not a person ("the source said")
    for verb in speech:  # Putin said: "..."
        if begin - 40 <= verb.end <= begin and "\n" not in text[verb.end:begin]:
            agents = speech_agent(doc, verb)
            if len(agents) == 1:
                return agents[0].iri
    return None


def _subjects(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    """Formats, agreements, organisations, topics; a country only right after a situation cue, or
    named with a situation's word ("the Libyan crisis", "сирийское урегулирование")."""
    cues = doc.matches_of("situation")
    text = doc.document.text
    numbered = {r[0] for r in doc.resolutions}
    resolutions = [(m.begin, m.end) for m in doc.mentions if m.iri in numbered]
    out = []
    last_country = -1  # where the last country taken as a subject ends
    for m in doc.mentions:
        joined = None if m.type != "Country" or last_country < 0 \
            else _COUNTRY_AND.fullmatch(text, last_country, m.begin)
        if joined and (joined.group(1) or _LIST_GOES_ON.match(text, m.end)):
            out.append(m)  # "вмешательство в дела Белоруссии и Киргизии", "the situation in Syria and Libya"
            last_country = m.end
            continue
        if m.type in SUBJECT_TYPES:
            if m.type == "InternationalOrganization" and any(
                    (b <= m.begin and m.end <= e) or (m.end < b and not text[m.end:b].strip()) for b, e in resolutions):
                continue  # "UN Security Council Resolution 2254", "резолюции СБ ООН 2254": the resolution's name
            out.append(m)
        elif m.type == "Country" and (
                any(c.begin <= m.begin and (m.begin <= c.end or (
                    m.begin - c.end <= _ARTICLES_GAP and _only_articles(text[c.end:m.begin])))
                    and not (_MODIFIES.match(text, m.end) and any(x.extra == "object" for x in c.of("situation")))
                    for c in cues)
                or any(w[:1].islower() and fold(w) in lexicon.situation_words for w in text[m.begin:m.end].split())):
            out.append(m)
            last_country = m.end
    return out


#: a country joined to the last: "Syria and Libya", or "Syria, Iraq and Lebanon" (a comma only inside a list
#: that goes on: not "With respect to the Central African Republic, Burkina Faso salutes ...")
_COUNTRY_AND = re.compile(rf"\s*(?:,|,?\s+({AND_PATTERN}))\s+(?:the\s+)?", re.I)
_LIST_GOES_ON = re.compile(rf"\s*(?:,|\s(?:{AND_PATTERN})\s)", re.I)


#: English words that may follow a noun without being qualified by it
_FUNCTION_WORDS = (r"and|or|in|on|at|as|by|to|for|from|with|including|during|after|before|amid|over|under|which|that|"
                   r"who|is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does|do|"
                   r"today|yesterday|this|last|next|again|also|too|itself|since|until|through|via|where|while|"
                   r"when|if|but|not|its|their|his|her")
#: a country that only qualifies what follows it ("discussed U.S. support for peace", "the U.S.-Tunisia
#: relationship", "the United States' enduring support", "the United States and Mexico's shared commitment"):
#: after a cue whose country is its object, the noun after it is what is discussed
_QUALIFIES = rf"['’](?:s\b|(?=\s))|-|\s+(?!(?:{_FUNCTION_WORDS})\b)[a-z]"
_MODIFIES = re.compile(rf"{_QUALIFIES}|\s+and\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,3}}?[A-Z][\w.]*(?:{_QUALIFIES})")


_ARTICLES_GAP = 40  # characters: an article or one Russian adjective ("соседнем") at most


def _only_articles(gap: str) -> bool:
    """Nothing but an article, or a Russian adjective, between a situation cue and its country
    ("the situation in the Sudan", "события в соседнем Афганистане")."""
    words = gap.split()
    return (len(gap) <= 6 and gap.strip().lower() in ("", "the", "al", "la", "le", "il")) \
        or (len(words) == 1 and words[0].islower() and is_adjective(words[0]))


def find_statements(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: statements with speaker, subject, event, date, modality, reporter and evidence."""
    quotes = find_quotes(doc)
    doc = replace(doc, quotes=quotes)
    governors = list(doc.matches_of("speech", "collective", "readout", "side", "purpose"))
    sides = _sides(doc, governors)
    modality_cues = list(doc.matches_of("modality"))
    attribution = list(doc.matches_of("attribution"))
    # "according to Lavrov": Lavrov speaks
    sources = {cue.begin: person.iri for cue in attribution if (person := cited_source(doc, cue))}
    cues = sorted([*_others_they_left_out(doc, governors), *(g for g in attribution if g.begin in sources)],
                  key=lambda g: g.begin)
    statements: list[Statement] = []
    seen: set[tuple[str, str, int]] = set()
    voice = doc.voice
    first_person = [m for m in doc.matches_of("pronoun") if any(c.value == "first" for c in m.of("pronoun"))]
    documents_dates = _documents_dates(doc)
    events_days: dict[int, list[tuple[int, int]]] = {}  # sentence -> (event mention, where its day is named)
    for k, m in enumerate(doc.event_mentions):
        if m.time is not None:
            events_days.setdefault(m.sentence, []).append((k, doc.times[m.time].begin))
    heading = _series_end(doc)
    # another's events outside the title ("President Macron's recent visit"): told of, no occasion
    told_of = frozenset(i for i, m in enumerate(doc.event_mentions) if m.sentence > 0 and possessed(doc, m.begin))
    lead_event = _headline_event(doc, cues)  # what a headline that only lists subjects speaks of
    for subject in _subjects(doc, lexicon):
        sentence = subject.sentence
        s = doc.sentences[sentence]
        if subject.begin < heading:
            continue  # "UN General Debate ...: statement by Liberia (...)": the record's series, not its words
        speakers, kind, verb = _speakers(doc, subject, cues, sides, quotes, s.begin, s.end, sources)
        if not speakers and not voice[sentence][1]:
            speakers, verb = _said_after(doc, sentence, cues)
            kind = "speech" if speakers else ""
        if not speakers:
            speakers, kind = _voice(voice[sentence], first_person, quotes, s.begin, s.end)
        if not speakers and (earlier := _listed_after(doc, sentence, cues)) is not None:
            # "... прилетела в Москву, чтобы обсудить самые острые проблемы. Ближневосточный кризис,
            # война в Ливии, минский процесс": what the sentence before says they discussed
            e = doc.sentences[earlier]
            speakers, kind, verb = _speakers(doc, replace(subject, begin=e.end, end=e.end, sentence=earlier), cues,
                                             sides, quotes, e.begin, e.end, sources)
        headline = lead_event if not speakers and sentence == 0 else None
        if headline is not None:
            # "Коронавирус, Карабах, вмешательство в дела Белоруссии и Киргизии — вызовы коллективной
            # безопасности / ... Видеосаммит ОДКБ прошел сегодня под председательством Владимира Путина":
            # what a verbless headline lists, the parties of the event its lead tells of raised
            speakers, kind = list(doc.events[headline].participants), "headline"
        if not speakers:
            continue
        collective = kind in ("collective", "readout", "side", "purpose")
        if sentence in doc.asked and (collective or kind == "voice"):
            continue  # "Вопрос: Обсуждалась ли ... в ходе встречи?": asked of them, not raised by them
        event_index = headline if headline is not None else \
            _current_event(doc, sentence, told_of, verb.begin if collective and verb is not None else None)
        if event_index is None and collective and verb is not None:
            event_index = _next_event(doc, sentence, verb)
        event = doc.events[event_index] if event_index is not None else None
        said_in = doc.sentence_at(verb.begin) if verb is not None else sentence  # the sentence before, for a list
        if kind == "purpose" and not _told_near(doc, event, said_in):
            speakers = []  # "THE PRESIDENT: ... we have much to discuss": no event of its own
        elif collective and event is None:
            if kind == "collective" and len(doc.title_persons) >= 2 and _joint(doc):
                # "Joint Statement by President Biden and Prime Minister Meloni ... Both sides recognize X":
                # the statement's authors, who tell no event of their own
                speakers = list(doc.title_persons)
            elif kind != "side":
                continue  # the parties of no event told
            else:
                speakers = []
        elif kind == "side":  # "the Russian side": who is there for Russia
            speakers = [p for p in event.participants
                        if speakers[0] in _countries(doc, lexicon, p, event.date or doc.anchor)]
        elif kind == "collective" and _their_own(doc, voice[sentence], event, verb):
            speakers = []  # "President of Russia Vladimir Putin: ... otherwise they will be doing what ..."
        elif collective:
            speakers = _of_types(doc, lexicon, list(event.participants), verb, event.date or doc.anchor)
        if collective and not speakers:
            # a purpose with no event, a side with no one there for it: the document's own speaker's words
            speakers, kind = _voice(voice[sentence], first_person, quotes, s.begin, s.end)
            collective, event_index, event = False, None, None
            if not speakers:
                continue
        others = {begin for k, begin in events_days.get(sentence, ()) if event is None or k not in event.mentions}
        date, precision, own = _date(doc, sentence, verb, documents_dates | others, quotes, kind == "voice")
        if event is not None and not set(speakers) <= set(event.participants):
            event_index, event = None, None
        if event is not None and own and event.date is not None and date != event.date:
            event_index, event = None, None  # "On January 28, Lavrov said": not at the event told before
        if event is not None and event.date is not None:
            date, precision = event.date, event.precision
        modality = _modality(doc, s.begin, s.end, verb, modality_cues, governors)
        reporter = _reporter(doc, s.begin, s.end, attribution)
        if reporter and modality == "Asserted":
            modality = "Reported"
        for speaker in speakers:
            if speaker == subject.iri or (speaker, subject.iri, sentence) in seen:
                continue
            if subject.iri in lexicon.bodies_of(speaker, date or doc.anchor):
                continue  # the head of the European Commission does not "raise" the Commission
            seen.add((speaker, subject.iri, sentence))
            statements.append(Statement(speaker, subject.iri, sentence, s.begin, s.end, event_index, date,
                                        precision, modality, reporter))
    return replace(doc, statements=tuple(statements))


def _joint(doc: Doc) -> bool:
    """A statement its title says several persons make together ("Joint Statement by President Biden
    and Prime Minister Meloni", "Совместное заявление ...")."""
    return bool(_JOINT.search(doc.document.title or ""))


_JOINT = re.compile(rf"(?<!\w)(?:{JOINT_PATTERN})", re.I)


def _said_after(doc: Doc, sentence: int, governors: list[Match]) -> tuple[list[str], Match | None]:
    """The speaker a sentence after this one gives for it ("... This was stated by President
    Volodymyr Zelenskyy during ...", "... Об этом заявил Владимир Путин"), and its cue: the next
    sentence, or one after sentences of its paragraph that name no one and quote no one."""
    paragraph = doc.sentences[sentence].paragraph
    for k in range(sentence + 1, min(sentence + 1 + _BACK_REACH, len(doc.sentences))):
        following = doc.sentences[k]
        if following.paragraph != paragraph and k > sentence + 1:
            break  # the next sentence may open the next paragraph (a title, then "Об этом заявил ...")
        for g in governors:
            if following.begin <= g.begin <= following.begin + 2 and any(flagged(c, "back") for c in g.of("speech")):
                return [a.iri for a in speech_agent(doc, g)], g
        if any(following.begin <= g.begin < following.end for g in governors) \
                or any(m.type == "Person" and m.sentence == k for m in doc.mentions):
            break
    return [], None


_BACK_REACH = 3  # sentences: "Саммит G20 и украинская повестка. Россия хочет ... Так сказал глава МИД Сергей Лавров."


def _series_end(doc: Doc) -> int:
    """Where the series a speech's title opens with ends ("UN General Debate, 78th session (2023):
    statement by Egypt (...)"): the colon before its first "statement by"; 0 when there is none
    ("The G7, NATO and EU summits ... - address by the President of Ukraine" is about them)."""
    if not doc.title_persons:
        return 0
    cue = next(iter(doc.matches_of("speech-title")), None)
    if cue is None or doc.sentences[doc.sentence_at(cue.begin)].paragraph != 0:
        return 0
    return doc.document.text.rfind(":", 0, cue.begin) + 1


def _speakers(doc: Doc, subject: Mention, governors: list[Match], sides: dict[int, str], quotes: tuple[Quote, ...],
              begin: int, end: int, sources: dict[int, str]) -> tuple[list[str], str, Match | None]:
    """Who raised the subject, by the cue that governs it: the speakers ("*" for an event's
    participants, the country for a side; ``sides`` gives the country of each side cue by its
    offset, ``sources`` the persons an attribution cue names: "according to Lavrov"), the kind of
    cue and the cue."""
    inside = [g for g in governors if begin <= g.begin < end]
    before = [g for g in inside if g.end <= subject.begin]
    quote = next((q for q in quotes if q.begin <= subject.begin < q.end), None)
    candidates = list(reversed(before))
    if quote is not None:
        candidates = [g for g in candidates if g.begin > quote.begin]  # a verb inside the quote
    for g in candidates:
        country = sides.get(g.begin)
        if country:
            return [country], "side", g
        if g.begin in sources and g.of("attribution"):
            return [sources[g.begin]], "speech", g
        if g.of("purpose"):
            # "met today with Simon Coveney to discuss X", "Керри позвонил Лаврову, чтобы обсудить X"
            if any(m.sentence == subject.sentence and m.end <= g.begin for m in doc.event_mentions) or \
                    any(m.type == "Person" and m.sentence == subject.sentence and m.end <= g.begin for m in doc.mentions):
                return ["*"], "purpose", g
            continue  # "We have much to discuss": the speaker's own words
        if g.of("collective") and refers_to_participants(doc, g):
            return ["*"], "collective", g
        if g.of("readout"):
            return ["*"], "readout", g
        agents = speech_agent(doc, g) if g.of("speech") else []
        if agents:  # "Zelenskyy discussed X with Johnson": Johnson's too
            return [a.iri for a in (*agents, *partners(doc, g, agents))], "speech", g
        if _subjectless(doc, g, begin):  # "Обсуждали ливийские проблемы": the parties did
            return ["*"], "readout", g
        if g.of("speech") and (earlier := _continued(doc, g, begin)):
            return earlier, "speech", g  # "Российский лидер изложил ... Привел конкретные примеры ..."
        if g.of("speech") and said_in_first_person(doc, g):
            # "Как сказал Президент, мы также говорили о X": the speaker's own words, not the President's
            return ([quote.speaker], "quote", None) if quote is not None and quote.speaker else ([], "", None)
    if quote is not None and quote.speaker:
        return [quote.speaker], "quote", None
    if quote is None:
        # "When discussing X, the President of Ukraine and the Prime Minister stated ..."
        text = doc.document.text
        after = [g for g in inside if g.begin >= subject.end]
        for g in after:
            if g.begin - subject.end > _AFTER_REACH or ";" in text[subject.end:g.begin]:
                break  # another clause's: "The US and EU hosted events on X ...; and ..., where participants discussed"
            country = sides.get(g.begin)
            if country and any(0 <= v.begin - g.end <= _SIDE_TO_VERB for v in after if v.of("speech")):
                return [country], "side", g  # "When discussing X, the Russian side stressed ..."
            if g.of("readout"):
                return ["*"], "readout", g
            if g.of("collective") and refers_to_participants(doc, g):
                return ["*"], "collective", g
            agents = speech_agent(doc, g) if g.of("speech") else []
            if agents:
                return [a.iri for a in agents], "speech", g
    return [], "", None


_AFTER_REACH = 200  # characters from a subject to a governor after it: "When discussing X, the Russian side stressed"


def _listed_after(doc: Doc, sentence: int, governors: list[Match]) -> int | None:
    """The sentence before, when this one only lists what it spoke of: a Russian sentence of the
    same paragraph, or the first after the headline, with no finite verb, no person and no cue of
    its own (a news lead's list of topics after "чтобы обсудить самые острые проблемы"; "Лавров
    обсудил с коллегами ... / И, конечно, события в соседнем Афганистане.")."""
    s = doc.sentences[sentence]
    after_title = sentence == 1 and bool(doc.document.title)  # a news lead's first line after its headline
    if sentence == 0 or (doc.sentences[sentence - 1].paragraph != s.paragraph and not after_title):
        return None
    return sentence - 1 if _only_lists(doc, sentence, governors) else None


def _only_lists(doc: Doc, sentence: int, governors: list[Match]) -> bool:
    """A Russian sentence that only lists subjects: no finite verb, no person, no cue of its own."""
    s = doc.sentences[sentence]
    text = doc.document.text[s.begin:s.end]
    return is_cyrillic(text) and not any(s.begin <= g.begin < s.end for g in governors) \
        and not any(m.type == "Person" and m.sentence == sentence for m in doc.mentions) and not has_finite_verb(text)


def _headline_event(doc: Doc, governors: list[Match]) -> int | None:
    """The event a news lead tells of first, in its first sentences after a Russian headline that
    only lists subjects (:func:`_only_lists`)."""
    if not doc.document.title or len(doc.sentences) < 2 or not _only_lists(doc, 0, governors):
        return None
    first = [(min(doc.event_mentions[i].sentence for i in e.mentions), k) for k, e in enumerate(doc.events)]
    lead = [(told, k) for told, k in first if 1 <= told <= _AHEAD]
    return min(lead)[1] if lead else None


def _subjectless(doc: Doc, verb: Match, begin: int) -> bool:
    """An impersonal plural (lexicon: dip:impersonalPlural) that opens its sentence or the clause
    after an attribution ("Как сообщили в Кремле, говорили о ..."), after a few words that name
    nothing ("Кроме того, обсудили ..."): its subject is left out, so it is the parties of the event
    told; "В Кремле обсуждали ..." has a subject of its own."""
    if not any(flagged(c, "plural") for c in verb.of("speech")):
        return False
    text = doc.document.text
    for cue in doc.matches_in(begin, verb.begin, "attribution"):  # "Как сообщили в Кремле, говорили о ..."
        comma = text.find(",", cue.end, verb.begin)
        if comma >= 0:
            begin = comma + 1
    return _opens_without_subject(doc, verb, begin)


def _opens_without_subject(doc: Doc, verb: Match, begin: int) -> bool:
    """A verb that opens its clause from ``begin``, after a few words that name nothing and may hold
    no subject ("Кроме того, ...", "В ходе беседы ...", "Inoltre, ..."): its subject is left out."""
    text = doc.document.text
    if verb.begin - begin > _SUBJECT_REACH:
        return False
    opening = text[begin:verb.begin]
    if is_cyrillic(opening) and may_hold_subject(opening):
        return False
    if not is_cyrillic(opening) and opening.strip() and not opening.rstrip().endswith(","):
        return False  # "Inoltre, hanno discusso": only words set off by a comma
    return not any(begin <= m.begin < verb.begin for m in doc.mentions)


def _continued(doc: Doc, verb: Match, begin: int) -> list[str]:
    """A Russian verb in the singular past that opens its sentence with its subject left out
    ("Привел конкретные примеры, когда ...", "Кроме того, подчеркнул ..."): the one speaker of the
    sentence before, by its last speech verb."""
    words = doc.document.text[verb.begin:verb.end].split()
    sentence = doc.sentence_at(verb.begin)
    if sentence == 0 or not words or not is_singular_past(words[0]) or not _opens_without_subject(doc, verb, begin):
        return []
    before = doc.sentences[sentence - 1]
    verbs = doc.matches_in(before.begin, before.end, "speech")
    agents = speech_agent(doc, verbs[-1]) if verbs else []
    return [agents[0].iri] if len(agents) == 1 else []


_SUBJECT_REACH = 25  # characters before the verb: "Кроме того, ", "Говорили также", "В ходе беседы"


def _their_own(doc: Doc, voice: tuple[tuple[str, ...], bool], event: Event, cue: Match | None) -> bool:
    """A "they" in a transcript turn of someone at the talks the transcript records (its first event,
    a meeting or a call): the speaker would say "we" of its participants, so "they" are others he
    talks about ("President of Russia Vladimir Putin: ... otherwise they will be doing what terrorists
    ... have done"); at a press briefing, "They discussed ..." is the participants of the talks told."""
    speakers, labelled = voice
    if not labelled or cue is None or not any(c.extra2 for c in cue.of("collective")) or not doc.events:
        return False
    recorded = min(doc.events, key=lambda e: min(doc.event_mentions[i].begin for i in e.mentions))
    return recorded.type in TALK_TYPES and any(p in recorded.participants for p in speakers)


def _others_they_left_out(doc: Doc, governors: list[Match]) -> list[Match]:
    """The cues that govern statements, less a "they" in a turn of a dialogue (a transcript of two
    speakers or more): it is someone the speaker talks about, not the parties of the event told
    ("For some reason, people who have been evacuated do not like to be called refugees ... they
    get temporary asylum status")."""
    if len({speakers for speakers, labelled in doc.voice if labelled}) < 2:
        return governors
    return [g for g in governors if not (g.kinds.keys() == {"collective"} and doc.voice[doc.sentence_at(g.begin)][1]
                                         and any(c.extra2 for c in g.of("collective")))]


#: languages whose adjective follows the noun ("la parte italiana"); elsewhere an adjective after
#: "side" is another noun's ("стороны украинского конфликта": the parties to the Ukrainian conflict)
_ADJECTIVE_AFTER = frozenset({"it", "fr", "es", "pt"})
_SIDE_TO_VERB = 30  # characters: "the Russian side also stressed", not "announced by the Russian side on March 5"


def _sides(doc: Doc, governors: list[Match]) -> dict[int, str]:
    """The country of each side cue, by its offset; a country that opens a sentence as the subject
    of a speech verb is a side too ("The United States welcomed ...": the verb's offset); a plural
    pronoun that opens a sentence after one whose subject is a side is that side ("The U.S.
    co-chairs stressed ... They also discussed")."""
    sides = {g.begin: country for g in doc.matches_of("side") if (country := _side(doc, g))}
    sides.update(_country_subjects(doc))
    if not sides:
        return sides
    first: dict[int, Match] = {}  # the first cue of each sentence: its subject's
    for g in governors:
        first.setdefault(doc.sentence_at(g.begin), g)
    for k in sorted(first):
        g = first[k]
        before = first.get(k - 1)
        if before is not None and before.begin in sides and any(c.extra2 for c in g.of("collective")):
            sides[g.begin] = sides[before.begin]
    return sides


_OPENING = re.compile(r"\s*(?:(?:the|la|le|il|lo|die|der|das)\s+|l['’])?$", re.I)  # "The United States", "L'Italia"


def _right_before(gap: str) -> bool:
    """Nothing, or one lower-case word that joins nothing, between a subject and its verb ("France
    also stressed", "Россия неоднократно заявляла"; not "Russia and Ukraine discussed")."""
    words = gap.split()
    return not words or (len(words) == 1 and words[0].isalpha() and words[0].islower() and words[0] not in AND_WORDS)


def _country_subjects(doc: Doc) -> dict[int, str]:
    """The speech verbs whose subject is a country that opens the sentence ("The United States
    took special note of ...", "Ukraine also stressed ..."), with that country."""
    text = doc.document.text
    opening: dict[int, Mention] = {}  # the country each sentence opens with
    for m in doc.mentions:
        if m.type == "Country" and m.sentence not in opening \
                and _OPENING.match(text[doc.sentences[m.sentence].begin:m.begin]):
            opening[m.sentence] = m
    found: dict[int, str] = {}
    for verb in doc.matches_of("speech"):
        subject = opening.get(doc.sentence_at(verb.begin))
        if subject is not None and subject.end <= verb.begin and _right_before(text[subject.end:verb.begin]):
            found[verb.begin] = subject.iri
    return found


def _side(doc: Doc, cue: Match) -> str | None:
    """The country a side cue is of: its adjective or name right before it ("the Russian side", "the
    U.S. co-chairs"), or its adjective right after it in Italian and French ("la parte italiana")."""
    text = doc.document.text
    for m in doc.mentions:  # "the U.S. co-chairs"
        if m.type == "Country" and m.end <= cue.begin and not text[m.end:cue.begin].strip():
            return m.iri
    after = doc.lang in _ADJECTIVE_AFTER
    for m in doc.matches_of("demonym"):
        if (m.end <= cue.begin and not text[m.end:cue.begin].strip()) or \
                (after and m.begin >= cue.end and not text[cue.end:m.begin].strip()):
            return m.of("demonym")[0].value
        if m.begin > cue.end:
            break
    return None


def _of_types(doc: Doc, lexicon: Lexicon, participants: list[str], cue: Match | None,
              on: dt.date | None) -> list[str]:
    """The participants a collective reference with post types means ("The ministers expressed ..."
    after a president's meeting with ministers): those who hold such a post (by the lexicon on the
    date, or by a title the document gives them), or all of them when none does."""
    types = {c.extra for c in cue.of("collective") if c.extra} if cue is not None else set()
    if not types:
        return participants
    roles = [r for r in doc.matches_of("role") if any(c.extra in types for c in r.of("role"))]
    titled = {m.iri for m in doc.mentions if m.iri in participants
              and any(m.begin <= r.begin and r.end <= m.end for r in roles)}

    def holds(person: str) -> bool:
        return person in titled or any(lexicon.posts[p].post_type in types
                                       for p in lexicon.posts_of(person, on) if p in lexicon.posts)

    kept = [p for p in participants if holds(p)]
    return kept or participants


def _countries(doc: Doc, lexicon: Lexicon, person: str, on: dt.date | None) -> set[str]:
    """The countries a person holds posts in (on the date, else ever), or the nationality a title gave."""
    found = lexicon.bodies_of(person, on) or lexicon.bodies_of(person, None)
    return found | {u[3] for u in doc.unknown_persons if u[0] == person and u[3]}


def _voice(voice: tuple[tuple[str, ...], bool], first_person: list[Match], quotes: tuple[Quote, ...],
           begin: int, end: int) -> tuple[list[str], str]:
    """The document's own speakers: in a labelled transcript paragraph or a speech, or where it
    says "I"/"we"."""
    speakers, labelled = voice
    if not speakers:
        return [], ""
    if labelled:
        return list(speakers), "voice"
    for m in first_person:
        if begin <= m.begin < end and not any(q.begin <= m.begin < q.end for q in quotes):
            return list(speakers), "voice"
    return [], ""


def _current_event(doc: Doc, sentence: int, told_of: frozenset[int], before: int | None = None) -> int | None:
    """The event told in this sentence, else the last one told before it, but for those ``told_of``
    (another's, by a possessive); with ``before``, only events told before that offset ("The
    presidents discussed X, taking into account the previous conversation between A and B": the
    presidents' conversation, not A and B's)."""
    told: dict[int, int] = {}  # event -> the last sentence up to this one that tells it
    for k, e in enumerate(doc.events):
        for i in e.mentions:
            m = doc.event_mentions[i]
            # "X was discussed during the talks between A and B": the talks after the verb are its occasion,
            # and so are those it names right after it ("X стали темами встречи A с B": the meeting's topics)
            if before is not None and m.sentence == sentence and m.begin >= before and not set_at(doc, before, m.begin) \
                    and not _topics_of(doc, before, m.begin):
                continue
            if i in told_of:
                continue  # "In the follow-up to the discussions during President Macron's recent visit to Moscow,
                # the two leaders had an in-depth exchange": that visit is what they talk of, not where (but a
                # title's "President Biden's Call with ..." is the readout's own)
            if m.sentence <= sentence:
                told[k] = max(told.get(k, -1), m.sentence)
    if not told:
        return None
    latest = sorted(told, key=lambda k: -told[k])
    # "Putin informed him about the results of the trilateral meeting ... on November 26. The leaders
    # continued ...": an event of another day that someone spoke about is not the one its parties are at
    return next((k for k in latest if not _spoken_of(doc, doc.events[k])), latest[0])


def _topics_of(doc: Doc, cue: int, trigger: int) -> bool:
    """A trigger right after the readout cue that begins at ``cue``, its complement: "стали темами
    встречи", "were the topics of the talks"."""
    gap = doc.document.text[cue:trigger]
    return len(gap.split()) <= _TOPICS_OF_WORDS and not any(ch in gap for ch in ",;:.")


_TOPICS_OF_WORDS = 4  # words from the cue's start to the trigger: "were the topics of the talks"


def _spoken_of(doc: Doc, event: Event) -> bool:
    """An event of another day than the document's, told only as what someone spoke about."""
    if event.date is None or event.date == doc.anchor:
        return False
    for i in event.mentions:
        m = doc.event_mentions[i]
        if not doc.matches_in(doc.sentences[m.sentence].begin, m.begin, "speech"):
            return False
    return True


def _told_near(doc: Doc, event: Event | None, sentence: int) -> bool:
    """The event is told in this sentence or the one before ("Стало известно о телефонном разговоре
    ... Керри позвонил Лаврову, чтобы обсудить ...")."""
    return event is not None and any(sentence - 1 <= doc.event_mentions[i].sentence <= sentence for i in event.mentions)


_AHEAD = 2  # sentences


def _next_event(doc: Doc, sentence: int, cue: Match) -> int | None:
    """The event told first in the next sentences, when none was told before and the cue's sentence
    speaks of one without naming who was there (a heading, or "На встрече обсуждался широкий круг
    вопросов ..." followed by the meeting's participants)."""
    s = doc.sentences[sentence]
    if sentence != 0 and not any(s.begin <= t.begin < cue.begin for t in doc.matches_of("trigger")):
        return None
    best: tuple[int, int] | None = None
    for k, e in enumerate(doc.events):
        first = min(doc.event_mentions[i].sentence for i in e.mentions)
        if sentence < first <= sentence + _AHEAD and (best is None or first < best[0]):
            best = (first, k)
    return best[1] if best else None


def _date(doc: Doc, sentence: int, verb: Match | None, documents_dates: set[int], quotes: tuple[Quote, ...],
          own_words: bool) -> tuple[dt.date | None, str | None, bool]:
    """The statement's date: a day named in its sentence (own=True) that is no agreement's own nor
    another event's (``documents_dates``: their offsets: "informed him about the results of the
    meeting in Sochi on November 26") and is not said in a quote or in the document's own
    speaker's words (``own_words``: "On 10 December 1948 the world adopted ..." in a speech tells
    what was said, not when), else the document's date."""
    times = [] if own_words else [
        t for t in doc.times if t.sentence == sentence and t.date and t.precision == "day"
        and t.begin not in documents_dates and not any(q.begin <= t.begin < q.end for q in quotes)]
    if verb is not None:  # "On January 28, Lavrov said", "said on Friday"; not "informed him about the talks
        # in Sochi on November 26", a day of what was said
        times = [t for t in times if t.end <= verb.begin or 0 <= t.begin - verb.end <= _DAY_AFTER_VERB]
    if times:
        if verb is not None:
            t = min(times, key=lambda t: min(abs(t.begin - verb.end), abs(verb.begin - t.end)))
        else:
            t = times[0]
        return t.date, t.precision, True
    undated = [t for t in doc.times if t.sentence == sentence and t.precision is None and (t.offset is not None or t.weekday)]
    if undated:
        return None, None, True  # "earlier today" without a publication date: unknown, not the anchor
    if doc.anchor and doc.anchor_basis in ("publication", "dateline"):
        return doc.anchor, "day", False
    return None, None, False


_DAY_AFTER_VERB = 16  # characters from a speech verb to its own day: " on 28 January", " today, "

#: between a document's name and its date: "Resolution 2231 of July 20, 2015", "Соглашения от 12 февраля"
_DOCUMENT_GAP = 16  # characters: ", dated the "
_DOCUMENT_DATE = re.compile(r"\s*,?\s*(?:of|dated|on|от|del|dell['’]|du|vom)\s+(?:the\s+)?$", re.I)


def _documents_dates(doc: Doc) -> set[int]:
    """Where the dates right after an agreement's name begin: they are the agreement's, not a statement's."""
    text = doc.document.text
    ends = [m.end for m in doc.mentions if m.type == "Agreement"]
    return {t.begin for t in doc.times for end in ends
            if 0 <= t.begin - end <= _DOCUMENT_GAP and _DOCUMENT_DATE.fullmatch(text[end:t.begin])}


_VERB_AFTER = 30  # characters from a collective subject to its verb: "The co-chairs intend to convene"


def _modality(doc: Doc, begin: int, end: int, verb: Match | None, cues: list[Match], governors: list[Match]) -> str:
    """A modality cue of the sentence, else that of the speech verb, or of the verb right after a
    collective or side subject ("The co-chairs intend to convene ...": planned)."""
    for cue in cues:
        if begin <= cue.begin < end and cue.of("modality")[0].value:
            return cue.of("modality")[0].value
    if verb is not None and verb.of("speech") and verb.of("speech")[0].value:
        return verb.of("speech")[0].value
    if verb is not None and not verb.of("speech"):
        for g in governors:
            if verb.end <= g.begin <= min(end, verb.end + _VERB_AFTER) and g.of("speech"):
                return g.of("speech")[0].value or "Asserted"
    return "Asserted"


def _reporter(doc: Doc, begin: int, end: int, cues: list[Match]) -> str | None:
    sources = [m for m in doc.mentions if m.type in ("MediaOutlet", "GovernmentBody") and begin <= m.begin < end]
    for cue in cues:
        if begin <= cue.begin < end:
            after = [m for m in sources if 0 <= m.begin - cue.end <= 40]
            if after:
                return after[0].iri
            before = [m for m in sources if 0 <= cue.begin - m.end <= 3]
            if before:
                return before[-1].iri
    return None

