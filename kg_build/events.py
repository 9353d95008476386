"""Events: phone and video calls, meetings and talks, visits, summits, press conferences.

A trigger word (lexicon) opens an event mention; its participants are the persons it governs in
the sentence: "between A and B", "with B" plus the agent before the trigger, or the agent after
it; a collective reference ("the two leaders") takes the participants of the event just told; a
heading that opens with the event ("Joint press conference with X") has the document's own
speaker at it, and who speaks at a press conference is at it; a speech whose title puts it at a
summit ("Remarks by President Biden ... of the NATO Summit") has its speakers there, with those
the first one greets ("THE PRESIDENT: Secretary-General, Allies, friends."). A trigger that a cue of plans
governs ("will hold talks", "agreed to hold a meeting") or a cue of prospect precedes ("the
upcoming summit") is no event: it has not happened; nor is one that a date in its own phrase puts
after the publication day ("a working visit on March 6" in a briefing of February 28, "next
Thursday"); a later date further off in its sentence leaves the event undated.
Mentions of one document that agree on type, participants and date become one event; an
unspecified "conversation"/"talks" joins the call or meeting it refers to, or is a meeting.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace

from .annotations import Doc, Event, EventMention, Mention, TimeMention
from .language import (ABOUT_WORD, ACTING_PATTERN, AND_PATTERN, AND_WORDS, POSSESSIVE_PATTERN, QUOTE_MARKS,
                       RELATIVE_PATTERN, TOPIC_PATTERN, UPPER, WITH_PATTERN)
from .lexicon import Lexicon, Match, fold
from .mentions import OF_WORDS
from .references import cited_as_source, refers_to_participants, sentence_speakers
from .voice import voices

__all__ = ["find_events", "set_at", "possessed", "MIN_PARTICIPANTS", "GENERIC", "TALK_TYPES"]

GENERIC = "Event"
TALK_TYPES = frozenset({"PhoneCall", "VideoCall", "Meeting", "Visit", "Summit"})
#: events of these types need two participants: a call or meeting with one person is a misreading
MIN_PARTICIPANTS = {"PhoneCall": 2, "VideoCall": 2, "Meeting": 2, "Visit": 2, "Summit": 2, GENERIC: 2,
                    "PressConference": 1, "Conference": 1, "Publication": 1}
#: multilateral events, whose participants a sentence names around them rather than after "with"
_GATHERINGS = frozenset({"Summit"})
_BETWEEN = re.compile(r"^\s*(?:[\w\-]+\s+)?(?:between|tra|fra|entre|zwischen|между)\s", re.I)
#: "met last night with", "met today at the White House with"
_WITH = re.compile(rf"^\s*(?:[\w\-]+\s+){{0,3}}?(?:at\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){{1,4}})?(?:{WITH_PATTERN})\s",
                   re.I)
_DETERMINER = re.compile(r"\b(?:his|her|their|its|the|il|la|lo|suo|sua|loro|son|sa|leur|sein|seine|seinem|ihr|ihrem)\b", re.I)
_SUFFIXES = re.compile(r"(?:,\s*)?\b(?:Jr|Sr|[A-Z])\.")  # ", Jr.", "R."
_TITLE_AND = re.compile(rf"\s+(?:{AND_PATTERN})\s+", re.I)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
#: a plural possessive before an event's word, with at most two words between: "their phone call", "их телефонного"
_THEIR = re.compile(r"(?<!\w)(?:their|их|loro|leur|leurs|ihr|ihre|ihrem|ihres)\s+(?:[^\W\d_]+\s+){0,2}$", re.I)
_WITH_BEFORE = re.compile(rf"\b(?:{WITH_PATTERN})\s*$", re.I)
_OBJECT = re.compile(rf"^\s*(?:(?:{POSSESSIVE_PATTERN}|the|il|la|своим|своими|своей|своего|своему)\s+)?"
                     rf"(?:(?:{ACTING_PATTERN})\s+)?$", re.I)
#: between an event's word and all who are at it: "the trilateral meeting of the leaders of Russia, ..."
_OF_OBJECT = re.compile(r"^\s*(?:of|between)\s+(?:the\s+)?$", re.I)
_HYPHENED = re.compile(r"\s*[-\u2013]")
_POSTMODIFIER = re.compile(rf"^\s*(?:{OF_WORDS})\s+(?:the\s+)?[A-Z][\w'’\- ]*?(?=\s*(?:,|\band\b|$))")
#: a comma or a relative pronoun between a subject and "at the summit": another clause's occasion
_CLAUSE = re.compile(rf"[,;:]|\b(?:{RELATIVE_PATTERN})\b", re.I)
#: a relative clause about the person right before it: "Сергей Лавров, который находится на Бали на саммите G20"
_OWN_RELATIVE = re.compile(rf"\s*,\s*(?:{RELATIVE_PATTERN})\s+(?:is|находится|находилась|находился|è|est)\s+", re.I)
_GLUE = (*AND_WORDS, ",", "", "&", "-", "\u2013", "/")
#: the capitalised words right before a title, which are its own ("Senior Director", "Special Presidential Advisor")
_MODIFIERS = re.compile(rf"(?<=\s)(?:[{UPPER}][\w'’\-]*[ \t]+)+$")


def _persons(doc: Doc, sentence: int) -> list[Mention]:
    return [m for m in doc.mentions if m.type == "Person" and m.sentence == sentence]


def _coordination(doc: Doc, persons: list[Mention], start: int, limit: int) -> list[str]:
    """The persons joined by "and", commas or hyphens ("Macron-Putin talks"), the first of
    them beginning between ``start`` and ``limit``."""
    out: list[str] = []
    prev_end = prev_begin = None
    for m in persons:
        if m.begin < start:
            continue
        if prev_end is None:
            if m.begin > limit:
                break
        elif m.begin != prev_begin and not _joins(_gap(doc, prev_end, m.begin)):
            break  # (one plural role names several: "со своими турецким и китайским коллегами")
        if m.iri not in out:
            out.append(m.iri)
        prev_end, prev_begin = m.end, m.begin
    return out


def _glue(gap: str) -> str:
    """The words between two persons, without determiners, a name's suffix ("Jr.") and the country
    after a name."""
    return _POSTMODIFIER.sub("", _DETERMINER.sub("", _SUFFIXES.sub("", gap))).strip()


def _joins(gap: str) -> bool:
    """Text between two coordinated persons: "and", a comma (", and" too), a hyphen; after a
    country that follows the name ("Prime Minister Albanese of Australia, Prime Minister ...");
    around a title that names no one (see _gap)."""
    words = _glue(gap).replace(",", " ").split()
    return len(words) <= 1 and all(w.lower() in _GLUE for w in words)


def _gap(doc: Doc, begin: int, end: int) -> str:
    """The text between two persons without the titles and styles in it that name no one, each
    with the "and" that joins it to the next title: "Brett McGurk and Deputy Assistant and Senior
    Advisor ... Amos Hochstein" (both titles are Hochstein's), "Biden, Jr. and His Majesty King
    Abdullah II" (lexicon: dip:StyleCue)."""
    text = doc.document.text
    parts, pos = [], begin
    for m in doc.matches_of("role", "post", "style"):
        if begin <= m.begin and m.end <= end and m.begin >= pos:
            parts.append(text[pos:_modifiers(doc, pos, m.begin)])
            joined = _TITLE_AND.match(text, m.end, end)
            pos = joined.end() if joined else m.end
    parts.append(text[pos:_modifiers(doc, pos, end)])
    return " ".join(parts)


def _modifiers(doc: Doc, begin: int, end: int) -> int:
    """Where the capitalised words before a title at ``end`` begin, which are the title's own
    ("National Security Council Senior Director", "Argentine Economy Minister"); ``end`` if no
    title begins there."""
    if not doc.matches_in(end, end + 1, "role", "post"):
        return end
    found = _MODIFIERS.search(doc.document.text, begin, end)
    return found.start() if found else end


def find_events(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: event mentions with participants, place and time, merged into the document's events;
    and the document's own speakers (voice.py), which events and statements both need."""
    text = doc.document.text
    tokens = list(doc.matches_of("trigger"))
    tokens = _sessions_left_out(_longest(tokens), doc.document.text)
    speech_and_triggers = doc.matches_of("speech", "trigger")
    collective = [m for m in doc.matches_of("collective") if refers_to_participants(doc, m)]
    mentions: list[EventMention] = []
    last_group: tuple[str, ...] = ()
    voice, asked = voices(doc, lexicon)  # the document's own speakers sentence by sentence; its questions
    told: tuple[str, ...] = ()  # the participants of the last event mention, even one too small to keep
    hosted: dict[int, int] = {}  # a gathering's mention -> the mention of the event held on its margins
    title = _headline(doc)
    planned = [m for m in doc.matches_of("speech", "modality", "prospect")
               if m.of("prospect") or any(c.value == "Planned" for c in (*m.of("speech"), *m.of("modality")))]
    for tok in tokens:
        etype = tok.of("trigger")[0].value
        alone = tok.of("trigger")[0].extra  # "spoke with" alone is a call
        sentence = doc.sentence_at(tok.begin)
        if _planned(doc, tok, planned):
            continue  # "will meet", "agreed to hold a meeting": not (yet) an event, and no date to give it
        persons = _persons(doc, sentence)
        end_of_sentence = doc.sentences[sentence].end
        participants: list[str] = []
        partners: list[str] = []  # those named after "with"
        tail = text[tok.end:end_of_sentence]
        next_trigger = next((t.begin for t in tokens if t.begin >= tok.end), end_of_sentence)
        lead = _BETWEEN.match(tail) or _WITH.match(tail)
        if lead and tok.end + lead.end() > next_trigger:
            tail = ""  # "press conference following talks with X": X is at the talks
        # named in full by the trigger's own phrase: "talks between A and B", "переговоров A и B"
        between, with_lead = bool(_BETWEEN.match(tail)), False
        in_full = between
        if between:
            start = tok.end + _BETWEEN.match(tail).end()  # type: ignore[union-attr]
            participants += _coordination(doc, persons, start, _first_after(doc, persons, start))
        elif _WITH.match(tail):
            with_lead = True
            start = tok.end + _WITH.match(tail).end()  # type: ignore[union-attr]
            # "обсудил по телефону Владимир Путин с ...": a person before "with" is the agent
            participants += [m.iri for m in persons if tok.end <= m.begin and m.end <= start]
            partners = [p for p in _coordination(doc, persons, start, _first_after(doc, persons, start))
                        if p not in participants]
            participants += partners
        else:
            after = [m for m in persons if m.begin >= tok.end and _OBJECT.match(text[tok.end:m.begin])]
            if any(c.extra2 == "object" for c in tok.of("trigger")) and (
                    not after or _POSSESSIVE_S.match(text, after[0].end)
                    or not _HOSTED_AT.search(text, after[0].end, min(end_of_sentence, after[0].end + _HOSTED_REACH))):
                continue  # "welcomed the decision", "welcomed Prime Minister Kishida's commitment", "welcomes
                # President Ruto for a State Visit" (said ahead): a host's meeting is where it was held
            of = [m for m in persons if m.begin >= tok.end and _OF_OBJECT.match(text[tok.end:m.begin])]
            joined = _coordination(doc, persons, of[0].begin, of[0].begin) \
                if of and not after and not _HYPHENED.match(text, of[0].end) else []  # not "of the Biden-Harris Administration"
            if len(joined) >= 2:  # "the trilateral meeting of the leaders of Russia, Azerbaijan and Armenia"
                participants += joined  # (but "the talks of the Secretary-General in Moscow" name one side)
                in_full = True
            elif after:
                participants += _coordination(doc, persons, after[0].begin, after[0].begin)
                if _WITH_BEFORE.search(text, tok.begin, tok.end):  # "spoke with A and B": A and B are partners
                    with_lead, partners = True, list(participants)
                # "переговоры Путина и Макрона" names them all; "Biden's Call with Macron, Scholz and
                # Johnson" only the partners of the agent before it
                in_full = not _WITH_BEFORE.search(text, tok.begin, tok.end)
        before = [m for m in persons if m.end <= tok.begin]
        if before and not (in_full and len(participants) >= 2):
            gap = _SUFFIXES.sub("", text[before[-1].end:tok.begin])  # "Joseph R. Biden, Jr.'s Call with"
            if not any(ch in gap for ch in ".;") and len(gap) < 80:
                start = _group_start(doc, before)
                group = _coordination(doc, persons, start, before[-1].begin)
                # "Putin spoke with Macron by phone": the agent before "with" takes part too
                agent = [m for m in before if m.end <= start]
                if agent and _WITH_BEFORE.search(_DETERMINER.sub("", text[agent[-1].end:start])):
                    group = [agent[-1].iri] + [g for g in group if g != agent[-1].iri]
                participants = group + [p for p in participants if p not in group]
        if any(c.begin >= doc.sentences[sentence].begin and c.end <= end_of_sentence for c in collective) \
                and not participants and last_group and etype != "Conference":
            # "The leaders discussed ... held in Sochi on November 25": the talks they recall were theirs; not a
            # conference they name ("reaffirmed the role of the U.S.-Japan Conference on ...", "COP26")
            participants += [p for p in last_group if p not in participants]
        sentence_begin = doc.sentences[sentence].begin
        if not participants and sentence > 0 and _THEIR.search(text, max(sentence_begin, tok.begin - 30), tok.begin) \
                and not doc.matches_in(sentence_begin, tok.begin, "role", "collective"):
            # "Ситуацию на Украине обсудили Путин и Эрдоган. Среди тем их телефонного разговора ...": the
            # persons the sentence before joins, or of the last event told ("the Quad leaders agreed that
            # they would hold their summit": theirs)
            earlier = _persons(doc, sentence - 1)
            joined = _coordination(doc, earlier, earlier[0].begin, earlier[0].begin) if earlier else []
            participants = joined if len(joined) >= 2 else list(last_group)
        attendees = _attendees(doc, tok, sentence)
        if attendees and not participants and told and _DEFINITE.search(text, max(0, tok.begin - 4), tok.begin):
            participants = list(told)  # "The President held a meeting ... The meeting was attended by ..."
        participants += [p for p in attendees if p not in participants]
        ours = MIN_PARTICIPANTS.get(etype, 1) > 1 and _ours(doc, tok)
        if (len(participants) == 1 and (ours or (with_lead and _heading(doc, sentence, tok)))) \
                or (ours and with_lead and participants == partners):
            # "our bilateral meeting with the Secretary General"; a heading "Joint press conference
            # with NATO Secretary General George Robertson": the document's own speaker was there
            speakers = voice[sentence][0]
            if len(speakers) == 1 and speakers[0] not in participants:
                participants.insert(0, speakers[0])
        if len(participants) == 1 and MIN_PARTICIPANTS.get(etype, 1) > 1 \
                and (with_lead or sentence == 0 or not possessed(doc, tok.begin)):
            # "Meeting his French counterpart, President Putin noted ...": the agent follows (not
            # "President Macron's recent visit to Moscow, ... the leaders of Ukraine": his, with whom unsaid)
            others = [m.iri for m in persons if m.iri not in participants and m.begin >= tok.end]
            if others:
                participants.append(others[0])
        speakers_held: list[str] = []
        if etype == "PressConference" and sentence == 0 and doc.document.title and len(participants) < 2:
            # "Joint news conference with Federal Chancellor Gerhard Schröder", "Пресс-конференция по
            # итогам российско-британских переговоров": the transcript's labelled speakers held it
            # (but the "they" of their speech is not them: not the last group told). A title that
            # names its hosts ("Remarks by President Biden and President Ruto in Joint Press
            # Conference") is not filled with the press secretary who gives the floor.
            speakers_held = [p for p in _labelled(doc, voice) if p not in participants]
            participants += speakers_held
        if not participants and doc.title_persons and doc.sentences[sentence].paragraph == 0:
            participants = list(doc.title_persons)  # "UN General Debate ...: statement by ... (Mr. X)"
        if not participants and set_at(doc, sentence_begin, tok.begin) and (
                MIN_PARTICIPANTS.get(etype, 1) == 1 or len(text[sentence_begin:tok.begin].split()) <= _OPENING_WORDS):
            # "Speaking at a press conference after the talks, Vladimir Putin said ...": who speaks
            # there; an opening "During a meeting in Kyiv, Presidents A, B and C discussed ...": who
            # speak there met (not "the corridor launched at the G20 Summit", which they discuss)
            participants = sentence_speakers(doc, sentence)
        host = _on_margins_of(doc, tok, sentence, tokens, mentions) if etype in _GATHERINGS else None
        if host is not None:
            # "Putin met Erdogan on the sidelines of the SCO summit": who met attended the summit
            margins = list(mentions[host].participants)
            participants = margins + [p for p in participants if p not in margins]
        if not participants and etype in _GATHERINGS:
            # "After the CSTO Summit, Putin held talks with Japarov": a summit's participants are
            # seldom its grammatical objects; the leaders its sentence names attended it
            participants = list(dict.fromkeys(m.iri for m in persons))
        # a ministers' meeting of a group ("the G20 foreign ministers' meeting", "заседание СМИД СНГ"):
        # like a summit, one of them at it is an event
        of_a_group = etype == "Meeting" and _of_a_group(doc, tok, sentence)
        spoken_at = (etype in _GATHERINGS or (of_a_group and _after_a_preposition(doc, tok, before))) \
            and sentence == 0 and bool(doc.title_persons) and set(participants) <= set(doc.title_persons)
        if spoken_at:
            # "Remarks by President Biden Before Working Session I of the NATO Summit": the speech's
            # title puts its speakers at the summit, with those they greet there (_greeted)
            participants = list(doc.title_persons) + [p for p in _greeted(doc, voice) if p not in doc.title_persons]
        if participants and not speakers_held:
            told = tuple(participants)  # the last event told, for "the meeting" after it
        # "Президент России Владимир Путин прибыл ... на стартовавший там саммит БРИКС": one
        # leader at a summit, the subject of the sentence
        reach = _GROUP_WORDS if of_a_group else _SET_AT_WORDS
        opening = of_a_group and set_at(doc, sentence_begin, tok.begin, reach)
        if opening:  # "At the OSCE Ministerial Council meeting, Lavrov said ...": who speaks there
            speakers = sentence_speakers(doc, sentence)
            opening = bool(speakers) and set(participants) <= set(speakers)
            participants = speakers if opening else participants
        attended = (etype in _GATHERINGS or of_a_group) and len(participants) == 1 and (
            opening
            or (bool(before) and participants[0] == before[-1].iri and set_at(doc, before[-1].end, tok.begin, reach)
                and not _CLAUSE.search(text, _own_relative(text, before[-1].end, tok.begin), tok.begin))
            or (participants[0] in attendees and _chaired(doc, tok, sentence)))
        if len(participants) < MIN_PARTICIPANTS.get(etype, 1) and not (spoken_at or attended) \
                and not _headlined(doc, lexicon, tok, sentence, title, etype, participants, persons):
            continue
        time = _time_for(doc, tok, speech_and_triggers)
        undated = time is not None and _to_come(doc, doc.times[time])
        if undated and time is not None and _next_to(doc, tok, doc.times[time]):
            continue  # "tomorrow's Quad Summit", "the meeting on February 23" told the day before
        # else another clause's date ("ahead of the Day of Unity, marked on March 2") or the event's
        # own told at length ("форуму «Азия-Европа», который открывается 16 октября"): no date
        place = _place_for(doc, tok, sentence, next_trigger)
        if host is not None:
            hosted[len(mentions)] = host
        agents = [p for p in participants if p not in partners]
        if len(partners) >= 2 and any(c.extra2 == "each" for c in tok.of("trigger")):
            # "телефонные разговоры Путина с президентами Киргизии и Азербайджана": a call with each (a
            # headline's "Telephone conversations with A and B" names no agent: its text's calls do)
            for partner in partners:
                mentions.append(EventMention(tok.begin, tok.end, sentence, etype, (*agents, partner), place, time,
                                             undated, alone))
            continue
        mentions.append(EventMention(tok.begin, tok.end, sentence, etype, tuple(participants), place, time, undated,
                                     alone))
        if len(participants) >= 2 and not speakers_held:
            last_group = tuple(participants)
    mentions = _with_delegations(doc, mentions)
    events = _merge(doc, mentions)
    events = _readout_date(doc, lexicon, mentions, events)
    events = _hosts_date(events, hosted)
    events = _right_after(doc, tokens, mentions, events)
    return replace(doc, voice=voice, asked=asked, event_mentions=tuple(mentions), events=tuple(events))


_LEAD = 1500  # characters: a news lead, short enough that its first event is the news of the day


def _readout_date(doc: Doc, lexicon: Lexicon, mentions: list[EventMention], events: list[Event]) -> list[Event]:
    """A readout with no date took place on its publication day: the first event an official
    readout (a publisher with a principal, publishers.ttl) or a short lead tells, when undated."""
    if not events or doc.anchor_basis != "publication" or doc.anchor is None:
        return events
    official = lexicon.publishers.get(fold(doc.document.source or "").strip()) is not None
    if not official and len(doc.document.text) > _LEAD:
        return events
    told_at = [min(mentions[i].begin for i in e.mentions) for e in events]
    out = list(events)
    for k, e in enumerate(events):  # the first told, or those one word tells ("phone calls with A and B")
        if told_at[k] != min(told_at) or e.date is not None or e.month_day is not None \
                or any(mentions[i].undated for i in e.mentions):
            continue
        out[k] = replace(e, date=doc.anchor, precision="day", basis="publication")
        if e.type == "PressConference":  # "Press statements following Russian-Mongolian talks": that day's
            out = _talks_before(mentions, out, k)
    return out


_TALKS_TOLD = 2  # sentences: the lead that tells of the talks a press conference followed


def _talks_before(mentions: list[EventMention], events: list[Event], conference: int) -> list[Event]:
    """The talks a press conference followed, told in the lead by the same people, took place on
    its day ("Vladimir Putin and Ukhnaagiin Khurelsukh made statements for the press on the results
    of the Russian-Mongolian talks")."""
    held = events[conference]
    for k, e in enumerate(events):
        if k != conference and e.type in ("Meeting", "Summit") and e.date is None and e.month_day is None \
                and min(mentions[i].sentence for i in e.mentions) <= _TALKS_TOLD \
                and not any(mentions[i].undated for i in e.mentions) and set(e.participants) <= set(held.participants):
            events[k] = _on_the_day_of(e, held)
            break
    return events


def _on_the_day_of(event: Event, other: Event) -> Event:
    """An undated event given the date of another it is told with (and how that one was dated)."""
    return replace(event, date=other.date, precision=other.precision, basis=other.basis)


def _attendees(doc: Doc, tok: Match, sentence: int) -> list[str]:
    """The persons attendance cues list for this event: after the trigger in its sentence ("the
    meeting was attended by ..."), and in the sentences of its paragraph right after it that have
    one ("... held its fifth ministerial meeting. Secretary of State Antony Blinken ... were joined
    by ... Commissioner Thierry Breton also joined the discussions.")."""
    cues = doc.matches_of("attendance")
    if not cues:
        return []
    at = {doc.sentence_at(c.begin) for c in cues if c.begin >= tok.end}
    found = [m.iri for m in _persons(doc, sentence) if m.begin >= tok.end] if sentence in at else []
    following = sentence + 1
    while following in at and doc.sentences[following].paragraph == doc.sentences[sentence].paragraph:
        found += [m.iri for m in _persons(doc, following)]
        following += 1
    return list(dict.fromkeys(found))


def _of_a_group(doc: Doc, tok: Match, sentence: int) -> bool:
    """A meeting named with the group it is of, right before or after its word, no person or
    punctuation between: "the G20 foreign ministers' meeting", "OSCE Ministerial Council meeting",
    "встрече министров иностранных дел G20", "заседании Совета министров иностранных дел СНГ"."""
    text = doc.document.text
    for m in doc.mentions:
        if m.sentence != sentence or m.type not in ("DiplomaticFormat", "InternationalOrganization"):
            continue
        gap = text[m.end:tok.begin] if m.end <= tok.begin else text[tok.end:m.begin] if m.begin >= tok.end else None
        if gap is not None and len(gap) <= _GROUP_REACH and not any(ch in gap for ch in ".,;:()") \
                and not any(p.type == "Person" and p.via != "role" and p.sentence == sentence
                            and min(m.end, tok.end) <= p.begin < max(m.begin, tok.begin) for p in doc.mentions):
            return True
    return False


_GROUP_REACH = 40  # characters between a meeting's word and its group's name: " министров иностранных дел "
_GROUP_WORDS = 7  # words between "at", "took part in" and a group's meeting: "at the OSCE Ministerial Council meeting"


def _after_a_preposition(doc: Doc, tok: Match, before: list[Mention]) -> bool:
    """A title's meeting set after its speaker by a preposition ("Remarks by ... Lavrov following the
    G20 ministerial", "... С.В.Лаврова по итогам заседания СМИД"), not an act's object ("Statement by
    NSC Spokesperson Emily Horne Announcing the Inaugural U.S.-EU Trade and Technology Council Meeting")."""
    if not before:
        return False
    return bool(ABOUT_WORD.search(doc.document.text, before[-1].end, tok.begin))


def _own_relative(text: str, end: int, trigger: int) -> int:
    """Where a person's clause goes on after them: past "who is", "который находится" right after
    the name (the person is where the clause puts them), else right after the name."""
    found = _OWN_RELATIVE.match(text, end, trigger)
    return found.end() if found else end


def _chaired(doc: Doc, tok: Match, sentence: int) -> bool:
    """An attendance cue in the trigger's own clause ("Видеосаммит ОДКБ прошел сегодня под
    председательством Владимира Путина"), not in a clause set off after it ("At the first Quad
    Leaders' Summit, chaired by President Biden, the Quad agreed ...": a summit recalled)."""
    text = doc.document.text
    return any(not _CLAUSE.search(text, tok.end, c.begin)
               for c in doc.matches_in(tok.end, doc.sentences[sentence].end, "attendance"))


def _with_delegations(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """The delegations a document lists in sentences that open with an attendance cue and tell no
    event ("Representing Mexico were ...", "The U.S. delegation included ...") attend the first
    meeting told with one of their members (not a summit the text recalls)."""
    delegates: list[str] = []
    for c in doc.matches_of("attendance"):
        s = doc.sentences[doc.sentence_at(c.begin)]
        if c.begin - s.begin <= _LIST_OPENING and not doc.matches_in(s.begin, s.end, "trigger"):
            delegates += [m.iri for m in _persons(doc, doc.sentence_at(c.begin))]
    k = next((i for i, m in enumerate(mentions) if m.type not in _GATHERINGS and set(m.participants) & set(delegates)),
             None)
    if k is None:
        return mentions
    joined = tuple(dict.fromkeys(mentions[k].participants + tuple(delegates)))
    return mentions[:k] + [replace(mentions[k], participants=joined)] + mentions[k + 1:]


#: characters from a sentence's start to the cue that opens a delegation's list ("The U.S. delegation included")
_LIST_OPENING = 40


def _to_come(doc: Doc, t: TimeMention) -> bool:
    """A date after the day the document was published: what happens then has not happened yet
    (a period, from its first day: "next year" is to come, "this year" is not). One day's grace:
    a Washington readout of a meeting in Tokyo bears the day before the meeting's, but "tomorrow"
    counts from the publication day itself."""
    grace = dt.timedelta(days=0 if t.basis == "relative" else 1)
    return bool(t.date and doc.anchor and doc.anchor_basis == "publication" and t.date > doc.anchor + grace)


_NEXT_TO = 25  # characters between a date and the trigger it dates ("the meeting on February 23")


def _next_to(doc: Doc, tok: Match, t: TimeMention) -> bool:
    """The date belongs to the trigger's own phrase: close to it, no clause boundary between."""
    gap = doc.document.text[t.end:tok.begin] if t.end <= tok.begin else doc.document.text[tok.end:t.begin]
    return len(gap) <= _NEXT_TO and not any(ch in gap for ch in ",;:.")


_OPENING_WORDS = 4  # words before a meeting's trigger that opens its sentence: "During a meeting", "At the talks"
_SET_AT_WORDS = 3  # words between "at", "during", "told" and the trigger: "at a joint press conference"


def possessed(doc: Doc, trigger: int) -> bool:
    """An event's word right after a named person's possessive: "President Macron's recent visit"
    is his, told of; who else was there the sentence does not say. So is one a briefing is about
    ("briefed leaders on his call with President Putin"): the event the document tells is the
    briefing."""
    text = doc.document.text
    return any(m.type == "Person" and 0 <= trigger - m.end <= _POSSESSED_REACH
               and _POSSESSED.match(text, m.end, trigger) for m in doc.mentions) \
        or bool(_ABOUT_THEIR.search(text, max(0, trigger - _POSSESSED_REACH), trigger))


_POSSESSED_REACH = 30  # characters: "'s recent official visit "
_POSSESSIVE_S = re.compile(r"['’]s?\b")
#: where a host received a guest: "welcomed ... to the White House", "hosted ... in Paris", "... back to Washington"
_HOSTED_AT = re.compile(rf"\s(?:to|in|at)\s+(?:the\s+)?[{UPPER}][\w'’\-]+\b(?!\s+of\b)")
_HOSTED_REACH = 150  # characters after the guest: "President Ferdinand R. Marcos, Jr. of the Philippines back to"
_POSSESSED = re.compile(r"['’]s\s+(?:[^\W\d_]+\s+){0,2}$")
_ABOUT_THEIR = re.compile(rf"(?<!\w)(?:{TOPIC_PATTERN})\s+(?:{POSSESSIVE_PATTERN})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.I)


def set_at(doc: Doc, since: int, trigger: int, reach: int | None = None) -> bool:
    """An occasion cue after ``since`` shortly before the trigger that begins at ``trigger`` (at most
    ``reach`` words between), in its clause: "Speaking at a press conference", "на пресс-конференции",
    "told a news conference", "X was discussed during the talks between A and B"."""
    text = doc.document.text
    reach = _SET_AT_WORDS if reach is None else reach
    outcomes = {m.end for m in doc.matches_in(since, trigger, "outcome")}
    for m in doc.matches_in(since, trigger, "occasion"):
        gap = text[m.end:trigger]
        if m.end <= trigger and len(gap.split()) <= reach and not any(ch in gap for ch in ".,;:") \
                and not any(end < m.begin and not text[end:m.begin].strip() for end in outcomes):
            return True  # not "the agreements reached during the visit": the visit is theirs
    return False


#: a transcript's opening greeting: titles and names between commas, no verb ("Secretary-General,
#: Allies, friends."; "Mr. President, Excellencies, ladies and gentlemen:")
_GREETING = re.compile(r"\s*(?:[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,4}\s*,\s*)+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,4}\s*[.!:]?\s*$")
_GREETING_SENTENCES = 6  # the first sentences of the text in which its first speaker's label may stand


def _labelled(doc: Doc, voice: tuple[tuple[tuple[str, ...], bool], ...]) -> list[str]:
    """The persons a transcript's labels name, in the order they first speak, but for those the text
    knows only by a title that is no post ("Kommersant correspondent Andrei Kolesnikov": a journalist
    who asks, not one who holds the conference)."""
    officials = {m.iri for m in doc.mentions if m.post is not None or m.via in ("name", "role")}
    officials |= set(doc.title_persons)
    return [p for p in dict.fromkeys(p for speakers, labelled in voice if labelled for p in speakers) if p in officials]


def _greeted(doc: Doc, voice: tuple[tuple[tuple[str, ...], bool], ...]) -> list[str]:
    """The persons a speech's first speaker greets by name or title right after the label: they
    are at the speech's event ("THE PRESIDENT: Secretary-General, Allies, friends.")."""
    text = doc.document.text
    labels = {m.end: m for m in doc.mentions if m.type == "Person"}
    for k, s in enumerate(doc.sentences[:_GREETING_SENTENCES]):
        speakers, labelled = voice[k] if k < len(voice) else ((), False)
        colon = text.find(":", s.begin, s.end)
        label = labels.get(colon)
        if not labelled or label is None or label.iri not in speakers or len(text[s.begin:label.begin].split()) > 1:
            continue  # no "THE PRESIDENT:" label opens this sentence
        if not _GREETING.fullmatch(text, colon + 1, s.end):
            return []
        return [m.iri for m in doc.mentions if m.type == "Person" and colon < m.begin < s.end and m.iri not in speakers]
    return []


def _heading(doc: Doc, sentence: int, tok: Match) -> bool:
    """The trigger opens the document's first line, a heading with no full stop ("Joint press
    conference with ...", "Telephone conversation with ..."; not "Statement ... on Meeting with")."""
    if sentence != 0 or not doc.sentences:
        return False
    text = doc.document.text
    first = doc.sentences[0]
    if len(text[first.begin:tok.begin].split()) > 1:
        return False
    return "\n" in text[first.end:first.end + 2] or not text[first.begin:first.end].rstrip().endswith((".", "!", "?"))


_PLANNED_REACH = 40  # characters from a planning cue to the trigger it governs ("agreed to hold a separate full-format meeting")
_PROSPECT_WORDS = 3  # words between "upcoming", "ahead of" and the trigger: "the upcoming Quad Leaders' Summit"


def _planned(doc: Doc, tok: Match, planned: list[Match]) -> bool:
    """A cue of plans or intentions governs the trigger, right before it or around it ("will meet"),
    or a cue of prospect right before it ("the upcoming summit", "предстоящая встреча")."""
    text = doc.document.text
    for m in planned:
        if m.of("prospect") and not _just_before(doc, m, tok):
            continue
        if m.begin < tok.end and tok.begin - m.end <= _PLANNED_REACH \
                and not any(ch in text[m.end:tok.begin] for ch in ".;:!?") \
                and doc.sentence_at(m.begin) == doc.sentence_at(tok.begin):
            return True
    return False


def _just_before(doc: Doc, cue: Match, tok: Match) -> bool:
    """A cue of prospect governs the trigger right after it ("the upcoming Quad Leaders' Summit",
    "ahead of his talks"), unless a date that is not to come lies between ("ahead of our today's
    meeting": this one)."""
    gap = doc.document.text[cue.end:tok.begin]
    return cue.end <= tok.begin and len(gap.split()) <= _PROSPECT_WORDS \
        and not any(cue.end <= t.begin and t.end <= tok.begin and t.date and not _to_come(doc, t) for t in doc.times)


def _ours(doc: Doc, tok: Match) -> bool:
    """A first-person possessive or subject shortly before the trigger ("our meeting", "наша
    двусторонняя встреча", "I spoke with President Zelenskyy today"), not in a quotation (whose "I"
    is another's)."""
    text = doc.document.text
    opening = doc.sentences[doc.sentence_at(tok.begin)].begin
    for m in doc.matches_in(opening, tok.begin, "pronoun"):  # of its sentence: the gap holds no full stop
        kind = m.of("pronoun")[0].value
        gap = text[m.end:tok.begin]
        if m.end <= tok.begin and kind in ("ours", "first") and not any(ch in gap for ch in ".;:!?,") \
                and (len(gap) <= 30 if kind == "ours"
                     else len(gap.split()) <= _SUBJECT_WORDS and not _ANOTHERS.search(gap)) \
                and not any(ch in text[opening:m.begin] for ch in QUOTE_MARKS):  # a quotation's "I" is another's
            return True
    return False


#: words between a first-person subject and its trigger: "I also spoke with", "I had an important conversation with"
_SUBJECT_WORDS = 4
#: another's event between them: "I am referring to your recent meetings"
_ANOTHERS = re.compile(rf"\b(?:{POSSESSIVE_PATTERN})\b", re.I)


_MARGINS_GAP = 40  # characters from "on the sidelines of" to the summit's word: "the historic NATO"
_THIS = re.compile(r"\bthis\s+$", re.I)


def _on_margins_of(doc: Doc, tok: Match, sentence: int, tokens: list[Match], mentions: list[EventMention]) -> int | None:
    """The mention of the event told before a margins cue that governs this gathering's trigger;
    its participants attended the gathering: "Putin met Erdogan on the sidelines of the SCO summit",
    "Путин встретился с Эрдоганом на полях саммита ШОС", "The meeting took place on the margins of
    the summit" (the event told last), "this meeting is taking place on the margins of this historic
    NATO Summit" (in remarks, the meeting of their title)."""
    text = doc.document.text
    begin = doc.sentences[sentence].begin
    cue = next((c for c in doc.matches_in(begin, tok.begin, "margins")
                if 0 <= tok.begin - c.end <= _MARGINS_GAP and not any(ch in text[c.end:tok.begin] for ch in ".,;:")),
               None)
    if cue is None or not mentions:
        return None
    trigger = next((t for t in reversed(tokens) if begin <= t.begin and t.end <= cue.begin), None)
    if trigger is None:
        return None
    told_here = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].begin == trigger.begin), None)
    if told_here is not None:
        return told_here
    if _THIS.search(text, max(begin, trigger.begin - 6), trigger.begin):
        return 0 if mentions[0].sentence == 0 else len(mentions) - 1
    if _DEFINITE.search(text, max(begin, trigger.begin - 6), trigger.begin) or doc.lang == "ru":
        return len(mentions) - 1
    return None


def _hosts_date(events: list[Event], hosted: dict[int, int]) -> list[Event]:
    """An undated gathering takes the date of an event held on its margins: it was under way that day."""
    if not hosted:
        return events
    event_of = {i: k for k, e in enumerate(events) for i in e.mentions}
    out = list(events)
    for k, e in enumerate(events):
        hosts = [events[event_of[hosted[i]]] for i in e.mentions if i in hosted]
        dated = next((h for h in hosts if h.date is not None), None)
        if e.date is None and dated is not None:
            out[k] = _on_the_day_of(e, dated)
    return out


#: an event told as right after (or before) another: "Immediately after the NATO summit, I spoke with ..."
_RIGHT_AFTER = re.compile(r"\b(?:immediately|right|shortly|just|directly)\s+(?:after|following|before)\s+(?:the\s+)?"
                          r"(?:[\w\-]+\s+){0,3}$", re.I)


def _right_after(doc: Doc, tokens: list[Match], mentions: list[EventMention], events: list[Event]) -> list[Event]:
    """An undated event told as right after another of the document's events, which is dated to the
    day, took place that day ("Immediately after the NATO summit, I spoke with President Zelenskyy"):
    the other is the only dated event of its type the document tells."""
    text = doc.document.text
    begins = [t.begin for t in tokens]  # in text order
    out = list(events)
    for k, e in enumerate(events):
        if e.date is not None or e.month_day is not None or any(mentions[i].undated for i in e.mentions):
            continue
        for i in e.mentions:
            opening = doc.sentences[mentions[i].sentence].begin
            before = tokens[bisect_left(begins, opening):bisect_left(begins, mentions[i].begin)]
            other = next((t for t in before if t.end <= mentions[i].begin
                          and _RIGHT_AFTER.search(text, opening, t.begin)), None)
            if other is None:
                continue
            dated = [d for d in events if d.type == other.of("trigger")[0].value and d.precision == "day"]
            if len(dated) == 1 and dated[0] is not e:
                out[k] = _on_the_day_of(e, dated[0])
                break
    return out


def _first_after(doc: Doc, persons: list[Mention], start: int) -> int:
    """Where the first person after a preposition may begin: after a determiner ("with the Russian President")."""
    text = doc.document.text
    for m in persons:
        if m.begin >= start and _OBJECT.match(text[start:_modifiers(doc, start, m.begin)]):
            return m.begin
    return start


def _longest(tokens: list[Match]) -> list[Match]:
    out: list[Match] = []
    for tok in sorted(tokens, key=lambda m: (m.begin, -(m.end - m.begin))):
        if out and tok.begin < out[-1].end:
            continue
        out.append(tok)
    return out


def _sessions_left_out(tokens: list[Match], text: str) -> list[Match]:
    """Triggers less a meeting's word right before a summit's ("заседание саммита", "the meeting of
    the summit"): a session of that summit, not a meeting of its own."""
    summits = {t.begin for t in tokens if t.of("trigger")[0].value in _GATHERINGS}
    return [t for t in tokens if not (t.of("trigger")[0].value == "Meeting" and any(
        b > t.end and _SESSION_GAP.fullmatch(text[t.end:b]) for b in summits))]


_SESSION_GAP = re.compile(r"\s+(?:of\s+(?:the\s+)?)?", re.I)


def _group_start(doc: Doc, before: list[Mention]) -> int:
    """Where the coordination ending with the last person begins: "A, B and C" but not "A, the B"."""
    start = before[-1].begin
    seen_and = False
    for m in reversed(before[:-1]):
        gap = _gap(doc, m.end, start)
        if not _joins(gap):
            break
        comma = _glue(gap) == ","
        if comma and (not seen_and or cited_as_source(doc, m)):
            break  # "According to Dmitry Peskov, Putin and Macron spoke": Peskov only tells it
        seen_and = seen_and or not comma
        start = m.begin
    return start


def _time_for(doc: Doc, tok: Match, anchors: list[Match]) -> int | None:
    """The time expression of the sentence closest to this trigger rather than to another verb."""
    sentence = doc.sentence_at(tok.begin)
    best = None
    for i, t in enumerate(doc.times):
        if t.sentence != sentence or (t.year and not t.month and not t.day):
            continue
        nearest = min((a for a in anchors if doc.sentence_at(a.begin) == sentence),
                      key=lambda a: min(abs(a.begin - t.end), abs(t.begin - a.end)), default=None)
        if nearest is None or nearest.begin == tok.begin or t.dateline:
            dist = min(abs(tok.begin - t.end), abs(t.begin - tok.end))
            if best is None or dist < best[0]:
                best = (dist, i)
    return best[1] if best else None


def _place_for(doc: Doc, tok: Match, sentence: int, until: int) -> str | None:
    """A place after a locative cue, after the trigger and before the next ("talks ... in Hanoi")."""
    text = doc.document.text
    ends = [m.end for m in doc.matches_of("locative") if doc.sentence_at(m.begin) == sentence]
    for m in doc.mentions:
        if m.sentence == sentence and m.type in ("City", "Place") and tok.end <= m.begin < until \
                and any(0 < m.begin - e <= 5 and text[e:m.begin].strip().lower() in ("", "the") for e in ends):
            return m.iri
    return None


def _compatible(a: Event, b: EventMention, doc: Doc, headline: bool = False, lead: bool = False) -> bool:
    """Whether a mention tells an event already found: same participants (a headline's event may
    name only some of them: the text's first event, or one of the day), a compatible type and date."""
    mine, theirs = set(a.participants), set(b.participants)
    one = b.type if doc.sentences[b.sentence].paragraph <= _LEAD_PARAGRAPHS else None  # the headline and the lead
    if mine != theirs and not _told_with_one(a, b) and not (headline and _some_of(mine, theirs, one)
                                                            and (lead or _of_the_day(doc, a, b))):
        return False
    # unspecified "talks" are one of the talk types, but not a summit: the talks held there are
    # bilateral ("after the CSTO Summit, Putin held talks with Japarov")
    if a.type != b.type and not ({a.type, b.type} & {GENERIC}
                                 and ({a.type, b.type} - {GENERIC}) <= TALK_TYPES - _GATHERINGS):
        return False
    if b.time is not None:
        t = doc.times[b.time]
        if a.date and t.date and a.date != t.date:
            return False
        if a.month_day and t.month and t.day and a.month_day != (t.month, t.day):
            return False
        if headline and a.date is None and t.date and doc.anchor and doc.anchor_basis == "publication" \
                and (t.precision != "day" or doc.sentences[b.sentence].paragraph > _LEAD_PARAGRAPHS) \
                and not _within(t, doc.anchor):
            return False  # "This meeting builds on ... bilateral meetings with President Marcos in May 2023": not
            # the headline's meeting, held on the day of its readout (a lead's "On January 22" may still be it)
    return True


def _within(t: TimeMention, day: dt.date) -> bool:
    """Whether a date of the given precision holds that day."""
    if t.date is None:
        return True
    if t.precision == "year":
        return t.date.year == day.year
    if t.precision == "month":
        return (t.date.year, t.date.month) == (day.year, day.month)
    return t.date == day


def _told_with_one(a: Event, b: EventMention) -> bool:
    """A press conference told once with its two speakers and once with one of them ("Speaking
    at the press conference, Putin said"): one event, where one person may tell it alone."""
    if a.type != b.type or MIN_PARTICIPANTS.get(b.type, 1) != 1:
        return False
    mine, theirs = set(a.participants), set(b.participants)
    return (len(theirs) == 1 and theirs < mine) or (len(mine) == 1 and mine < theirs)


_LEAD_PARAGRAPHS = 2  # the title's paragraph and the two after it: "По итогам саммита подписаны ... Путина и ... Ширака"


def _some_of(mine: set[str], theirs: set[str], one: str | None) -> bool:
    """Two or more participants, all among the other mention's; or, told in the headline and the
    lead (``one``: the type), the one person at a gathering of a type that needs two ("Zelenskyy at
    a meeting of the JEF leaders" / "... took part in a meeting ... chaired by Boris Johnson")."""
    smaller, larger = sorted((mine, theirs), key=len)
    return (len(smaller) >= 2 or (len(smaller) == 1 and MIN_PARTICIPANTS.get(one or "", 1) > 1)) and smaller < larger


def _of_the_day(doc: Doc, a: Event, b: EventMention) -> bool:
    """Neither is dated to another day than the document's: a headline tells the news of the day,
    not the meeting "on June 1" its text recalls."""
    t = doc.times[b.time] if b.time is not None else None
    return all(d is None or d == doc.anchor for d in (a.date, t.date if t is not None else None))


def _headlined(doc: Doc, lexicon: Lexicon, tok: Match, sentence: int, title: set[int], etype: str,
               participants: list[str], persons: list[Mention]) -> bool:
    """A headline's talks of one person whose partners it does not name, with another country or an
    international body ("Переговоры Сергея Лаврова проходят в Индии, которая ... председательствует в
    ШОС", "Zelenskyy meets with G7, EU ambassadors to Ukraine"): the person next to the talks' word
    (not "Владимир Путин встретился с губернаторами", "Zelenskyy visited the hospital"); ``title``: the
    headline's sentences (_headline)."""
    if etype not in ("Meeting", GENERIC) or len(participants) != 1 or sentence not in title:
        return False
    if not any(m.iri == participants[0] and (0 <= tok.begin - m.end <= _HEADLINE_GAP or 0 <= m.begin - tok.end <= 1)
               for m in persons):
        return False
    own = lexicon.bodies_of(participants[0], None)
    cues = [c.end for c in doc.matches_of("situation")]
    return any(m.type in _ABROAD or (m.type == "Country" and m.iri not in own and not any(
        0 <= m.begin - end <= 2 for end in cues)) for m in doc.mentions if m.sentence in title)


_ABROAD = frozenset({"DiplomaticFormat", "InternationalOrganization"})


_HEADLINE_GAP = 12  # characters between a headline's person and the talks' word: " held", " meets with"


def _headline(doc: Doc) -> set[int]:
    """The sentences of the document's title, a first paragraph without a full stop: "Readout of
    National Security Advisor Jake Sullivan's Meeting with ..." names the meeting's chief
    participants, the text all of them."""
    first = [k for k, s in enumerate(doc.sentences) if s.paragraph == 0]
    if not first or doc.document.title is None:
        return set()
    text = doc.document.text[doc.sentences[first[0]].begin:doc.sentences[first[-1]].end]
    return set() if text.rstrip().endswith((".", "!", "?")) else set(first)


def _merge(doc: Doc, mentions: list[EventMention]) -> list[Event]:
    events: list[Event] = []
    title = _headline(doc)
    headlines = {i for i, m in enumerate(mentions) if m.sentence in title}
    lead = next((i for i in range(len(mentions)) if i not in headlines), None) if headlines else None
    for i, m in enumerate(mentions):
        target = next((k for k, e in enumerate(events)
                       if _compatible(e, m, doc, i in headlines or bool(headlines.intersection(e.mentions)),
                                      i == lead or lead in e.mentions)), None)
        t = doc.times[m.time] if m.time is not None and not m.undated else None
        if target is None:
            events.append(Event(m.type, m.participants, (i,), m.place))
            target = len(events) - 1
        e = events[target]
        etype = e.type if m.type == GENERIC else (m.type if e.type == GENERIC else e.type)
        date, precision, basis, md = e.date, e.precision, e.basis, e.month_day
        if t is not None and t.date and (date is None or (precision != "day" and t.precision == "day")):
            date, precision, basis = t.date, t.precision, t.basis
        if t is not None and t.month and t.day and md is None:
            md = (t.month, t.day)
        events[target] = replace(e, type=etype, mentions=tuple(sorted(set(e.mentions) | {i})),
                                 participants=tuple(dict.fromkeys(e.participants + m.participants)),
                                 place=e.place or m.place, date=date, precision=precision, basis=basis, month_day=md)
    out = []
    for e in events:
        if e.type == GENERIC:  # told by unspecified talk words only: what they tell alone, else a meeting
            alone = {mentions[i].alone for i in e.mentions}
            e = replace(e, type=alone.pop() if len(alone) == 1 and None not in alone else "Meeting")
        if e.date is None and doc.anchor and doc.anchor_basis in ("publication", "dateline") \
                and not any(mentions[i].undated for i in e.mentions):
            if any(_speaker_event(doc, mentions[i]) or _occasion(doc, mentions[i], title) for i in e.mentions):
                e = replace(e, date=doc.anchor, precision="day", basis=doc.anchor_basis)
        out.append(e)
    return out


def _occasion(doc: Doc, m: EventMention, title: set[int]) -> bool:
    """The event a speech's title names with its speakers, the occasion of the speech ("UN General
    Debate, 70th session (2015): statement by Eritrea (Mr. Osman Mohammed Saleh ...)")."""
    return m.sentence in title and bool(doc.title_persons) and set(m.participants) <= set(doc.title_persons)


def _speaker_event(doc: Doc, m: EventMention) -> bool:
    """An event the sentence's speaker is at ("he said at a press conference following talks")."""
    return any(p in m.participants for p in sentence_speakers(doc, m.sentence))
