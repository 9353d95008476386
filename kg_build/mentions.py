"""Mentions: lexicon names, role descriptions resolved to post-holders, unknown persons by title.

Role descriptions are read with a small grammar over lexicon tokens: demonyms and role words
("the French president", "his Vietnamese counterpart", "Russian Foreign Minister"), role word plus
country ("President of Russia", "presidente della Repubblica francese", "президент России"), and
coordination ("the French and Russian presidents", "the presidents of Russia and France"). Which
post a role names, and who held it when, comes from the lexicon.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from difflib import SequenceMatcher
from itertools import combinations
from urllib.parse import quote
from dataclasses import dataclass, replace

from .annotations import Doc, Mention, Spans
from .language import AND_PATTERN, ELECT_PATTERN, UPPER
from .lexicon import Cue, Lexicon, Match, fold
from .morphology import common_words, first_name_at, is_cyrillic, may_be_nominative, nominative
from .temporal import TITLE_YEAR

__all__ = ["find_mentions", "resolve_roles", "select_tokens", "RolePhrase", "role_phrases", "person_slug",
           "person_display", "minted_slug"]

_GLUE = re.compile(rf"^(?:\s*(?:,|{AND_PATTERN}|&)\s*|\s+)$", re.I)
#: a possessive of one person before counterparts: "his French and German counterparts", "со своими ... коллегами"
_POSSESSIVE = re.compile(r"(?:^|\s)(?:his|her|suoi|sue|ses|seinen|seinem|своими|своим|своих|своего|своей|своему|"
                         r"его|её|ее)\s+$", re.I)
_DETERMINERS = re.compile(r"(?:^|\s)(?:the|his|her|its|their|il|la|lo|le|suo|sua|son|sa|ses|der|die|das|sein|seine|ihr|ihre)\s*$", re.I)
#: the prepositions between a role and its country: "President of Russia", "presidente della Francia"
OF_WORDS = r"of\s+the|of|della|del|dello|dei|delle|di|de\s+la|de|du|des|von|der"
_OF = re.compile(rf"^\s+(?:{OF_WORDS})\s+$", re.I)
_AND = re.compile(rf"^\s+(?:{AND_PATTERN})\s+$", re.I)
_FROM = re.compile(r"^\s+(?:from|из|da|aus)\s+$", re.I)  # a counterpart's country: "his colleague from Armenia"
_OF_AHEAD = re.compile(rf"\s+(?:{OF_WORDS})\s", re.I)
_TO = re.compile(r"^\s+(?:to|в)\s+(?:the\s+)?$", re.I)  # "Ambassador to the United States", "посол России в США"
_REPUBLIC = re.compile(r"^\s+(?:of\s+the|della|de\s+la|der)?\s*(?:Republic|Repubblica|République|Republik)\s+$", re.I)
#: a state's style between a role and its country: "President of the Republic of Azerbaijan", "Prime Minister of
#: the Kingdom of the Netherlands", "President of the People's Republic of China"
_OF_THE_STATE = re.compile(r"^\s+of\s+the\s+(?:[A-Z][\w'’]*\s+){1,3}of\s+(?:the\s+)?$")
_CAP = rf"[{UPPER}][\w'’\-]+"
# "Mohammed Shia al-Sudani", "Harry S. Truman", "Ursula von der Leyen"
_NEXT = r"(?:[ \t]+(?:(?:al|el|bin|ibn|bint|Al|El|Bin|Ibn|Bint|von|van|der|den|de|da|di|du|dos|ter)[ \t\-])*(?:[A-Z]\.|" \
    + _CAP + r"))"  # "Sheikh Nasser Bin Hamad Al Khalifa": Arabic particles are capitalised too
_NAME = re.compile(rf"[ \t]{{0,2}}({_CAP}{_NEXT}{{1,3}})")
# an office whose name has "and" in it: "Coordinator for the Middle East and North Africa Brett McGurk"
# (the whole run of capitalised words: a longer one is not read as an office and a name)
_OFFICE = re.compile(rf"[ \t]+(?:of|for)[ \t]+((?:the[ \t]+)?{_CAP}(?:[ \t]+(?:and[ \t]+)?(?:[A-Z]\.|{_CAP})){{2,10}})"
                         rf"(?![\w'’\-]|[ \t]+[A-Z])(?!(?<=Dr|Mr|Ms)\.|(?<=Mrs|Gen|Adm)\.|(?<=Prof)\.)")
# (not "... of Health Dr. Jorge Alcocer Varela": an honorific's abbreviation ends no name)
#: a title's office, a comma and a name that a semicolon, a bracket, a full stop or a lower-case
#: word follows: "the Secretary of the Interior, Luisa María Alcalde Luján;" (a delegation's list),
#: not "Minister for Finance, Economic Growth, Job Creation" (one office's portfolios)
_APPOSITION = re.compile(rf"([ \t]+(?:of|for|to|at|in|on)[ \t]+[^,;.\n]{{1,80}}?),[ \t]+"
                         rf"(?:(?:Dr|Gen|Adm|Amb|Mr|Mrs|Ms)\.[ \t]+)?({_CAP}{_NEXT}{{1,3}})"
                         rf"(?=[ \t]*(?:[;(]|\.(?:\s|$)|$|,[ \t]+(?!and\b|or\b)(?:[^\W\d_A-Z]|the\b)))")
_INITIAL = re.compile(r"[A-Z]\.")
_LAST_AND = re.compile(r".*[ \t]and[ \t]", re.S)


@dataclass(frozen=True, slots=True)
class RolePhrase:
    begin: int
    end: int
    kind: str  # post, leader, counterpart, title
    countries: tuple[str, ...]
    post_type: str | None
    posts: tuple[str, ...] = ()  # a post named directly ("President of Russia")


#: the kinds of match the role grammar reads; other cues hide no name ("UNGA resolution" keeps "UNGA")
_TOKEN_KINDS = frozenset({"entity", "demonym", "role", "post", "collective"})


def select_tokens(matches: tuple[Match, ...], text: str = "") -> list[Match]:
    """Non-overlapping matches of the kinds the role grammar reads, leftmost-longest first; but a
    collective reference ("the Presidents") gives way to the role word it ends with when countries
    follow ("the Presidents of Poland and Lithuania" names two people)."""
    out: list[Match] = []
    last_end = -1
    for i, m in enumerate(matches):  # sorted by begin, then longest first
        if m.begin < last_end or m.kinds.keys().isdisjoint(_TOKEN_KINDS):
            continue
        if text and m.kinds.keys() == {"collective"}:
            role = next((r for r in matches[i + 1:i + 4] if r.end == m.end and r.of("role")), None)
            if role is not None and _OF_AHEAD.match(text, m.end) is not None:
                m = role
        out.append(m)
        last_end = m.end
    return out


def person_slug(label: str) -> str:
    """The IRI slug of a person the lexicon does not know: all spellings that differ only in
    accents, case or punctuation ("Hồ Chí Minh", "Ho Chi Minh") are one person."""
    return re.sub(r"[^a-z0-9а-яёй]+", "-", _plain(label).lower()).strip("-")


def minted_slug(label: str) -> str:
    """The IRI slug of a person dipkg mints, one for one with its preferred label
    (:func:`person_display`) up to case, so that one IRI never gets two preferred labels: words
    joined by "-", a hyphen in a name as "--" ("Muhammad-Bande" -> "muhammad--bande"; "Muhammad
    Bande" is another node, not a conflict), other marks percent-encoded ("mata%27afa")."""
    return "-".join("".join(c if c.isalnum() else "--" if c == "-" else quote(c) for c in word.lower())
                    for word in person_display(label).split())


_PERSON = "https://w3id.org/dipkg/resource/person/"


def person_display(label: str) -> str:
    """The preferred label of such a person, the same from every document that spells the name
    with or without accents, in capitals or not, with any apostrophe or dash: no accents,
    apostrophes as ' and dashes as -, words in capitals or in lower case capitalised ("HO CHI MINH"
    -> "Ho Chi Minh", "Mataʻafa" -> "Mata'afa"), and so each part of a hyphenated one ("al-Assad"
    and "AL-ASSAD" -> "Al-Assad"). Hyphens stay: a name written once with and once without one
    gives two labels (and two IRIs: :func:`minted_slug`). The spelling as written is kept as an
    alternative label."""
    words = _plain(label).translate(_MARKS).split()
    return " ".join("-".join(p.capitalize() if p.isupper() or p.islower() else p for p in w.split("-"))
                    for w in words)


def _plain(text: str) -> str:
    """Latin letters without their accents (ł, ø, ß ... too), Cyrillic letters as they are (й is
    not и), every kind of apostrophe (the ʻokina of "Mataʻafa" too) as '."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        if is_cyrillic(c):
            out.append(c)
        elif c in _APOSTROPHES:
            out.append("'")
        else:
            out.append("".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
                       .translate(_UNDECOMPOSED))
    return "".join(out)


_APOSTROPHES = frozenset("'’ʻʼ‘`´")
_MARKS = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})

#: Latin letters that Unicode does not decompose into a base letter and an accent
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h",
                               "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th"})


def role_phrases(text: str, tokens: list[Match]) -> list[RolePhrase]:
    """Role descriptions among the tokens (see the module docstring for the grammar)."""
    out: list[RolePhrase] = []
    for i, tok in enumerate(tokens):
        if "post" not in tok.kinds and "role" not in tok.kinds:
            continue
        post_cues = tok.of("post")
        role_cues = tok.of("role")
        begin, end = tok.begin, tok.end
        countries: list[str] = []
        if post_cues:
            # "главы МИД России и Турции": the same post in the countries joined to it, in its case
            k = i + 1
            while is_cyrillic(text[begin:end]) and k < len(tokens) and _AND.match(text[end:tokens[k].begin]) \
                    and _country(tokens[k]) and not _may_be_subject(text[tokens[k].begin:tokens[k].end]):
                countries.append(_country(tokens[k]) or "")
                end = tokens[k].end
                k += 1
            elect = _ELECT.match(text, end)
            if elect:  # "Australian Prime Minister-Designate Anthony Albanese": not the holder, the name after it
                out.append(RolePhrase(begin, elect.end(), "title", tuple(countries), None))
                continue
            out.append(RolePhrase(begin, end, "post", tuple(countries), None, tuple(c.value for c in post_cues)))
            continue
        role = role_cues[0]
        # demonyms to the left: "the French and Russian presidents", "his French counterpart"
        j = i - 1
        while j >= 0 and tokens[j].of("demonym") and _GLUE.match(text[tokens[j].end:begin] or " "):
            countries.insert(0, tokens[j].of("demonym")[0].value)
            begin = tokens[j].begin
            j -= 1
        # demonym or "of COUNTRY" to the right: "presidente francese", "President of Russia"
        if not countries:
            k = i + 1
            if k < len(tokens) and tokens[k].of("demonym") and text[end:tokens[k].begin].isspace():
                countries.append(tokens[k].of("demonym")[0].value)
                end = tokens[k].end
            elif k < len(tokens):
                gap = text[end:tokens[k].begin]
                if _REPUBLIC.match(gap) and tokens[k].of("demonym"):
                    countries.append(tokens[k].of("demonym")[0].value)
                    end = tokens[k].end
                elif _OF.match(gap) or _OF_THE_STATE.match(gap) \
                        or (gap.isspace() and len(gap) <= 2 and is_cyrillic(text[end - 1])) \
                        or (role.value == "counterpart" and _FROM.match(gap)):  # "коллегой из Армении"
                    while k < len(tokens) and _country(tokens[k]):
                        countries.append(_country(tokens[k]) or "")
                        end = tokens[k].end
                        if k + 1 < len(tokens) and _GLUE.match(text[tokens[k].end:tokens[k + 1].begin] or " ") \
                                and _country(tokens[k + 1]):
                            k += 1
                        else:
                            break
        if role.value == "title":  # "U.S. Ambassador to Mexico Ken Salazar": where the title is held, not whose
            k = next((n for n in range(i + 1, len(tokens)) if tokens[n].begin >= end), len(tokens))
            if k < len(tokens) and _country(tokens[k]) and _TO.match(text[end:tokens[k].begin]) \
                    and text[tokens[k].end:tokens[k].end + 1].isspace():  # (", Name" after it: _appositive)
                end = tokens[k].end
        out.append(RolePhrase(begin, end, role.value, tuple(countries), role.extra))
    return out


_ELECT = re.compile(ELECT_PATTERN, re.I)


def _may_be_subject(name: str) -> bool:
    """A Russian country name that may be in the nominative ("Президент России и Турция" is two
    subjects); an indeclinable acronym ("США") takes the case of the phrase it joins."""
    return not name.isupper() and may_be_nominative(name)


def _country(tok: Match) -> str | None:
    for cue in tok.of("entity"):
        if "/country/" in cue.value:
            return cue.value
    return None


def find_mentions(doc: Doc, lexicon: Lexicon) -> Doc:
    """Stage: entity names and role descriptions, resolved on the publication date when there is one,
    else on the last day the title's year allows ("UN General Debate, 75th session (2020)": the debate
    of late September, whose "President of the General Assembly" took office in mid-September)."""
    return resolve_roles(doc, lexicon, _written(doc))




def _written(doc: Doc) -> dt.date | None:
    """The last day the document can have been written: its publication date, that of another
    report of its event, or the end of the year its title gives in brackets."""
    if doc.document.published or doc.anchor_hint:
        return doc.document.published or doc.anchor_hint
    found = TITLE_YEAR.search(doc.document.title or "")
    return dt.date(int(found.group(1)), 12, 31) if found else None


def resolve_roles(doc: Doc, lexicon: Lexicon, on: dt.date | None) -> Doc:
    """Names plus role descriptions resolved to who held the post on ``on`` (None: any time)."""
    text = doc.document.text
    tokens = select_tokens(doc.matches, text)
    mentions: list[Mention] = []
    locative_ends = {m.end for m in doc.matches_of("locative")}
    context: dict[str, list[int]] | None = None  # where each entity is named, for context labels
    written = _written(doc)
    others: set[tuple[int, int]] = set()  # known surnames inside other persons' names ("Ellen Johnson-Sirleaf")
    for tok in tokens:
        cues = tok.of("entity")
        if written is not None:  # "pandemic" in 2014 is not the COVID-19 pandemic
            cues = tuple(c for c in cues if not (began := lexicon.entities[c.value].began) or written >= began)
        if any(c.extra for c in cues):
            if context is None:
                context = _named_at(doc)
            cues = tuple(c for c in cues if not c.extra or _in_context(doc, tok, c.extra, context, lexicon))
        if not cues:
            continue
        cue = _choose_sense(cues, tok.begin, text, locative_ends, lexicon)
        entity = lexicon.entities[cue.value]
        if entity.type == "Person" and _inside_a_longer_name(doc, tok, lexicon):
            others.add((tok.begin, tok.end))
            continue
        mentions.append(Mention(tok.begin, tok.end, entity.iri, entity.type, "name", doc.sentence_at(tok.begin)))
    named_persons = {m.iri for m in mentions if m.type == "Person"}
    starts = sorted((m.begin, i) for i, m in enumerate(mentions) if m.type == "Person" and m.via == "name")
    # publisher convention: "the President" in a president.gov.ua readout is Ukraine's president
    house_post = lexicon.publishers.get(fold(doc.document.source or "").strip())
    opening = len(text) - len(text.lstrip())  # where the title begins
    unknown: dict[str, tuple[str, str, str | None, str | None, str]] = {}
    group = 0
    matched: Spans | None = None  # built when a title needs them (_spans)
    known_words: Spans | None = None
    for phrase in role_phrases(text, tokens):
        sentence = doc.sentence_at(phrase.begin)
        name = _following_person(mentions, starts, phrase.end, text)
        # the house convention needs "the President", not "industry leaders" or "the Leaders of the
        # G7" (a group, not its host alone); Russian has no article,
        # and its official style writes the country's own President with a capital ("заявил Президент");
        # a headline drops the article ("President discussed security with ...")
        definite = text[max(0, phrase.begin - 4):phrase.begin].lower() == "the " or \
            (text[phrase.begin:phrase.begin + 1].isupper() and (doc.lang == "ru" or (
                phrase.begin == opening and not _plural(text[phrase.begin:phrase.end]))))
        posts = _posts_for(phrase, lexicon, mentions, sentence, on, text,
                           house_post if definite and not _plural(text[phrase.begin:phrase.end]) else None)
        lower = any(m.end <= phrase.begin and not text[m.end:phrase.begin].strip()
                    for m in doc.matches_in(max(0, phrase.begin - 30), phrase.begin, "lower-rank"))
        if lower:  # "Assistant Secretary of State Todd Robinson" (lexicon: dip:LowerRankCue): another office
            posts = []
        post = None
        if name is not None:
            # the post is asserted only if the person ever held it: a wrong reading must not
            # become a constraint on the date
            post = next((p for p in posts if name[1].iri in lexicon.holders(p, None)), None)
            if post is None and posts and "," in text[phrase.end:name[1].begin]:
                name = None  # "the meeting with the President of Ukraine, António Guterres visited": two people
        if name is not None:
            # apposition: "Russian President Vladimir Putin" - the name wins, the role is its post
            idx, person = name
            mentions[idx] = replace(person, begin=phrase.begin, post=post)
            if _plural(text[phrase.begin:phrase.end]):
                matched, known_words = _spans(doc, others, matched, known_words)
                mentions += _next_in_list(text, person.end, phrase, posts, lexicon, known_words, sentence, unknown)
            continue
        if phrase.kind in ("post", "leader", "counterpart", "title"):
            matched, known_words = _spans(doc, others, matched, known_words)
            found = _appositive(doc, phrase, known_words, lexicon) \
                or _unknown_name(text, phrase.end, known_words, lexicon)
            known = next((k for k, m in enumerate(mentions) if m.type == "Person"
                          and phrase.end < m.begin and m.end == found[1]), None) if found else None
            if known is not None:  # "Secretary of Foreign Affairs Bárcena": a known person's name ends the office
                mentions[known] = replace(mentions[known], begin=phrase.begin)
                continue
            if found:  # "French director Guy Lagache"
                label, end = found
                span = (phrase.begin, end)
            elif before := _name_before(text, phrase.begin, matched):  # type: ignore[arg-type]
                label, start = before  # "Simon Coveney, Minister for Foreign Affairs of Ireland"
                span = (start, start + len(label))
            else:
                label = ""
            if label and not _names_a_body(label, lexicon):
                iri, record = _titled_person(label, phrase, posts, lexicon, text)
                if record is not None:
                    unknown[iri] = record
                mentions.append(Mention(*span, iri, "Person", "title", sentence, record[2] if record else None,
                                        label=label))
                if found and _plural(text[phrase.begin:phrase.end]):
                    mentions += _next_in_list(text, span[1], phrase, posts, lexicon, known_words, sentence, unknown)
                continue
        if phrase.kind == "title" or lower:
            continue
        group += 1
        if not posts and phrase.kind == "post" and not phrase.countries and (
                definite or (doc.lang == "ru" and not _plural(text[phrase.begin:phrase.end]))):
            # "The Vice President thanked ..." after "Readout of Vice President Harris's Meeting",
            # "канцлер отметила" (Russian has no article): the one person the document names who
            # holds a post of that kind
            named = _named_holder(lexicon, named_persons, phrase.post_type, on)
            if named is not None:
                mentions.append(Mention(phrase.begin, phrase.end, named[0], "Person", "role", sentence, named[1]))
            continue
        for post in posts:
            holders = lexicon.holders(post, on)
            preferred = [h for h in holders if h in named_persons] or (holders if on is not None else [])
            if len(preferred) == 1:
                mentions.append(Mention(phrase.begin, phrase.end, preferred[0], "Person", "role", sentence, post,
                                        group=group if len(posts) > 1 else None))
    mentions = _one_name_each(mentions, unknown, lexicon)
    mentions += _named_again(doc, mentions, unknown, lexicon)
    mentions.sort(key=lambda m: (m.begin, m.end))
    return replace(doc, mentions=tuple(mentions), unknown_persons=tuple(unknown.values()))


_NAME_WORD = rf"(?:[{UPPER}][^\W\d_]+|[{UPPER}]\.)"  # "Ellen", "C."
#: the given names or initials right before a surname: the one next to it, and up to two before that
_GIVEN_NAMES = re.compile(rf"(?:^|(?<=[\s(]))((?:{_NAME_WORD}[ \t]+){{0,2}})({_NAME_WORD})[ \t]+$")
_HYPHENED_AFTER = re.compile(rf"-[{UPPER}]")


def _inside_a_longer_name(doc: Doc, tok: Match, lexicon: Lexicon) -> bool:
    """A person's one-word name that is the surname of someone else: after given names or an
    initial that are not that person's ("Hunter Biden", "Mark C. Johnson", "Nicola Renzi"), or
    before a hyphened second surname ("Ellen Johnson-Sirleaf" is not Boris Johnson). The person's
    own given name among them, spelt near enough, keeps it ("Sameh Hassan Shoukry Selim",
    "Vladamir Makei"). A capitalised word that opens the sentence ("Yesterday Johnson said") or
    a Cyrillic one (a patronymic: "Владимирович Путин") is no given name, unless a hyphened
    surname follows."""
    text = doc.document.text
    if " " in text[tok.begin:tok.end] or not all(c.value.startswith(_PERSON) for c in tok.of("entity")):
        return False
    names = _GIVEN_NAMES.search(text, max(0, tok.begin - 50), tok.begin)
    if names is None:
        return False
    word = names.group(2)  # the word right before the surname
    if fold(word) in lexicon.role_words or fold(word) in lexicon.body_words \
            or any(m.end > names.start(2) for m in doc.matches_in(max(0, names.start(2) - 80), names.end(2),
                                                                  "entity", "role", "post", "demonym", "relative")):
        return False  # "Secretary of Foreign Affairs Bárcena": a title's word, no given name
    before = fold(names.group(1) + word).split()
    own = {fold(lexicon.entities[c.value].label).split()[0] for c in tok.of("entity") if c.value in lexicon.entities}
    if any(SequenceMatcher(None, w, name).ratio() >= 0.8 for w in before for name in own):
        return False  # the person's own given name, with middle names or a typo
    if _HYPHENED_AFTER.match(text, tok.end):
        return not doc.matches_in(tok.end + 1, tok.end + 2, "entity")
    opening = doc.sentences[doc.sentence_at(names.start(2))].begin
    return word.endswith(".") or (not is_cyrillic(word) and text[opening:names.start(2)].strip(" \t\"“(") != "")


def _spans(doc: Doc, others: set[tuple[int, int]], matched: Spans | None, known_words: Spans | None
           ) -> tuple[Spans, Spans]:
    """The spans of all matches and of the words that end a name, built once a title needs them;
    ``others`` are names inside other persons' names, left free for them ("Ellen Johnson-Sirleaf",
    "Mark C. Johnson")."""
    if matched is None or known_words is None:
        matched = Spans((t.begin, t.end) for t in doc.matches if (t.begin, t.end) not in others)
        text = doc.document.text
        known_words = Spans((t.begin, t.end) for t in doc.matches
                            if _ends_names(t, text) and (t.begin, t.end) not in others)
    return matched, known_words


def _plural(title: str) -> bool:
    """An English plural title ("Executive Vice Presidents", "Foreign Ministers")."""
    last = title.split()[-1] if title.split() else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith("ss")


_AND_NEXT = re.compile(r"\s*,?\s+and\s+")


def _next_in_list(text: str, end: int, phrase: RolePhrase, posts: list[str], lexicon: Lexicon, known_words: Spans,
                  sentence: int, unknown: dict[str, tuple]) -> list[Mention]:
    """The second name after a plural title: "Executive Vice Presidents Margrethe Vestager and
    Valdis Dombrovskis"."""
    joined = _AND_NEXT.match(text, end)
    found = _unknown_name(text, joined.end(), known_words, lexicon) if joined else None
    if not joined or not found or _names_a_body(found[0], lexicon):
        return []
    label, stop = found
    iri, record = _titled_person(label, phrase, posts, lexicon, text)
    if record is not None:
        unknown[iri] = record
    return [Mention(joined.end(), stop, iri, "Person", "title", sentence, record[2] if record else None, label=label)]


#: the Arabic article that opens many surnames ("al-Sudani", "el-Sisi", "Al-Jubeir")
_PARTICLE = re.compile(r"(?:[aAeE][lnrstdz]|[aA]sh)-(?=[A-Z])")


def _one_name_each(mentions: list[Mention], unknown: dict[str, tuple], lexicon: Lexicon) -> list[Mention]:
    """Two names read after titles where one is the other with a word of a title or a body before
    it are one person, by the shorter name: the longer took a word of its title ("Secretary of
    Security and Citizen Protection Rosa Icela Rodríguez ... Secretary of Security Rosa Icela
    Rodríguez"); not "Michelle Lujan Grisham" and "Lujan Grisham"."""
    labels = {iri: record[1].split() for iri, record in unknown.items()}
    same: dict[str, str] = {}
    for iri, words in labels.items():
        shorter = [other for other, own in labels.items()
                   if 2 <= len(own) < len(words) and words[-len(own):] == own
                   and any(fold(w) in lexicon.role_words or fold(w) in lexicon.body_words
                           for w in words[:-len(own)])]
        if shorter:
            same[iri] = max(shorter, key=lambda other: len(labels[other]))
    for iri in same:
        while same[iri] in same:  # "A B C D" -> "B C D" -> "C D"
            same[iri] = same[same[iri]]
    for iri in same:
        del unknown[iri]
    return [replace(m, iri=same[m.iri], label=unknown[same[m.iri]][1]) if m.iri in same else m for m in mentions]


def _named_again(doc: Doc, mentions: list[Mention], unknown: dict[str, tuple], lexicon: Lexicon) -> list[Mention]:
    """A person the document introduced with a title, named again without one: by the full name
    or by the surname alone ("Minister of Foreign Affairs of Slovakia Ivan Korčok ... Jan Lipavský,
    Alexander Schallenberg and Ivan Korčok expressed ...", "... Korčok said"); and one the lexicon
    knows, named again after that by the surname of its English name ("Principal Deputy National
    Security Advisor Jon Finer ... Mr. Finer met with ...")."""
    text = doc.document.text
    forms: dict[str, str | None] = {}
    labels = {iri: label for iri, label, *_ in unknown.values()}
    first_named: dict[str, int] = {}  # a known person -> where the document first names them
    for m in mentions:
        if m.type == "Person" and m.iri in lexicon.entities and m.iri not in labels:
            first_named.setdefault(m.iri, m.begin)
    forms.update((label, iri) for iri, label in labels.items())  # the lexicon matched known full names
    for iri, label in [*labels.items(), *((iri, lexicon.entities[iri].label) for iri in first_named)]:
        words = label.split()
        surnames = [words[-1]]
        particle = _PARTICLE.match(words[-1]) if len(words) >= 2 else None
        if particle:  # "Mohammed Shia al-Sudani ... Sudani welcomed": the article is often left out
            surnames.append(words[-1][particle.end():])
        for surname in surnames:
            if len(words) >= 2 and len(surname) >= 4 and surname[:1].isupper():
                # a surname two persons share names neither of them
                forms[surname] = iri if forms.get(surname, iri) == iri else None
    if not forms:
        return []
    covered = Spans((m.begin, m.end) for m in mentions)
    found: list[Mention] = []
    for form in sorted(forms, key=len, reverse=True):  # full names before surnames
        iri = forms[form]
        if iri is None:
            continue
        # the look-behind after the first letter, so that the engine skips to that letter
        first = re.escape(form[0])
        for m in re.finditer(rf"{first}(?<![\w-]{first}){re.escape(form[1:])}(?![\w-])", text):
            if covered.overlaps(m.start(), m.end()) or any(f.begin < m.end() and m.start() < f.end for f in found) \
                    or m.start() < first_named.get(iri, 0) or (iri in first_named and _bare_opening(doc, m.start())):
                continue
            found.append(Mention(m.start(), m.end(), iri, "Person", "name", doc.sentence_at(m.start()),
                                 label=labels.get(iri)))
    return found


def _bare_opening(doc: Doc, at: int) -> bool:
    """A word that opens a sentence or clause with no title right before it: a known person's surname
    there may be a word ("Price increases", "Finer points"), not after a title ("Mr. Finer", "President
    Marcos")."""
    before = doc.document.text[max(0, at - 2):at].strip(" \t")[-1:]
    return not before.isalnum() and not any(0 <= at - t.end <= 2 for t in doc.matches_in(max(0, at - 40), at, "role"))


_CONTEXT_SENTENCES = 10  # how far back the context of a context label may be named
_COUNTRY_REACH = 12  # characters from a context label to a country after it ("the Security Council of Russia")
_COUNTRY_AFTER = re.compile(r"[ \t]+(?:(of|to|for)[ \t]+(?:the[ \t]+)?)?$")
_CAPITAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁ][\w'’\-]*[ \t]+$")  # "the CSTO Collective Security Council"


def _named_at(doc: Doc) -> dict[str, list[int]]:
    """The offsets where each entity is named by a full label (not by a context label)."""
    named: dict[str, list[int]] = {}
    for m in doc.matches_of("entity"):
        for c in m.of("entity"):
            if not c.extra:
                named.setdefault(c.value, []).append(m.begin)
    return named


def _in_context(doc: Doc, tok: Match, context: str, named: dict[str, list[int]], lexicon: Lexicon) -> bool:
    """A context label names its entity when the context was named in its sentence or the few before,
    no capitalised word but the sentence's first precedes it ("the CSTO Collective Security
    Council"), and no other country follows it ("the Security Council of Russia", "Совета
    Безопасности России"; for a country's context also "to"/"for" one: "military aid to Israel")."""
    sentence = doc.sentence_at(tok.begin)
    since = doc.sentences[max(0, sentence - _CONTEXT_SENTENCES)].begin
    if not any(since <= at < tok.begin for at in named.get(context, ())):
        return False
    text = doc.document.text
    opening = doc.sentences[sentence].begin
    before = _CAPITAL_BEFORE.search(text, opening, tok.begin)
    if before and text[opening:before.start()].strip():
        return False  # a word with a capital makes it another body's name: "Collective Security Council"
    # "military aid" names aid to Ukraine where Ukraine was named, but not "military aid to Israel"
    to_country = lexicon.entities[context].type == "Country"
    for m in doc.matches_in(tok.end + 1, tok.end + _COUNTRY_REACH + 1, "entity", "demonym"):
        after = _COUNTRY_AFTER.match(text[tok.end:m.begin])
        if after and (to_country or after.group(1) in (None, "of")) \
                and any(lexicon.country_of(c.value) not in (None, context) for c in (*m.of("entity"), *m.of("demonym"))):
            return False
    return True


def _choose_sense(cues: tuple[Cue, ...], begin: int, text: str, locative_ends: set[int], lexicon: Lexicon) -> Cue:
    """Pick a place sense right after a locative cue ("in the Kremlin"), a body or agent otherwise;
    a sense whose context label is in context before a general one ("military aid" where Ukraine was
    named is military aid to Ukraine)."""
    if len(cues) == 1:
        return cues[0]
    in_context = [c for c in cues if c.extra]
    if in_context:
        return in_context[0]
    locative = any(0 < begin - end <= 6 and text[end:begin].strip().lower() in ("", "the") for end in locative_ends)
    places = [c for c in cues if lexicon.entities[c.value].type in ("Place", "City")]
    others = [c for c in cues if c not in places]
    if locative and places:
        return places[0]
    return (others or places)[0]


def _following_person(mentions: list[Mention], starts: list[tuple[int, int]], end: int, text: str
                      ) -> tuple[int, Mention] | None:
    """The person named right after a title; ``starts``: (where it began, index) of each name's mention."""
    for _, idx in starts[bisect_left(starts, (end, -1)):bisect_left(starts, (end + 3, -1))]:
        m = mentions[idx]  # as it is now: a title before it may have taken it already
        if m.type == "Person" and m.via == "name" and end <= m.begin <= end + 2 and text[end:m.begin].strip(" ,") == "":
            return idx, m
    return None


def _titled_person(label: str, phrase: RolePhrase, posts: list[str], lexicon: Lexicon, text: str
                   ) -> tuple[str, tuple[str, str, str | None, str | None, str] | None]:
    """The IRI of a person named next to a title, and the record of an unknown one: (iri, label,
    post, nationality, title as written). A spelling the lexicon lacks of a person it knows
    gives that person's IRI and no record."""
    known = _PERSON + person_slug(label)
    if known in lexicon.entities:
        return known, None
    shorter = _known_within(label, lexicon)
    if shorter is not None:
        return shorter, None
    iri = _PERSON + minted_slug(label)
    post = posts[0] if len(posts) == 1 else None
    countries = phrase.countries or tuple(lexicon.posts[p].post_in for p in posts if p in lexicon.posts)
    country = countries[0] if len(set(countries)) == 1 and "/country/" in countries[0] else None
    return iri, (iri, label, post, country, " ".join(text[phrase.begin:phrase.end].split()))


def _known_within(label: str, lexicon: Lexicon) -> str | None:
    """The one person the lexicon knows by a shorter form of this name, its first word and some of
    the others in order ("Salva Kiir Mayardit", "Luis Alberto Arce Catacora", "Mohammed bin Salman
    Al Saud": Salva Kiir, Luis Arce, Mohammed bin Salman; not "Juan Carlos Varela Rodriguez" for
    Juan Carlos I, nor "Ahmad Nasser Al-Mohammad Al-Sabah" for Ahmad Al-Nawaf Al-Sabah)."""
    words = [person_slug(w) for w in label.split()]
    if not 3 <= len(words) <= _LONGEST_NAME or not all(words):
        return None
    found = set()
    for size in range(1, len(words) - 1):
        for rest in combinations(words[1:], size):
            iri = _PERSON + "-".join((words[0], *rest))
            entity = lexicon.entities.get(iri)
            if entity is not None and entity.type == "Person":
                found.add(iri)
    return found.pop() if len(found) == 1 else None


_LONGEST_NAME = 7  # words: "Mohammed bin Salman bin Abdulaziz Al Saud"


def _names_a_body(label: str, lexicon: Lexicon) -> bool:
    """A name read after a title that ends like the lexicon's organisations, formats and government
    bodies ("State Council", "Intelligence Agency", "Working Group"), Russian words that are no
    names ("Федеративной Республики"), words of titles alone ("Deputy Minister Foreign
    Affairs"), or a preposition first: a body, an office or a heading, not a person."""
    words = fold(label).split()
    return words[-1] in lexicon.body_words or words[0] in _NO_NAME_START \
        or all(w in lexicon.role_words for w in words) or common_words(label)


#: words that begin no name: a title-case heading's preposition ("President of Russia On Cosmonautics Day")
_NO_NAME_START = frozenset({"on", "from", "at", "in", "of", "for", "with", "to", "by", "and", "the", "a", "an"})


_NAME_BEFORE = re.compile(rf"({_CAP}(?:[ \t]+{_CAP}){{1,3}}),[ \t]+(?:the[ \t]+)?$")


_OBJECT_OF = re.compile(r"\b(?:of|the)\s+$", re.I)


def _name_before(text: str, begin: int, matched: Spans) -> tuple[str, int] | None:
    """An unknown name right before ", <role>", whose words the lexicon does not know."""
    window_start = max(0, begin - 60)
    m = _NAME_BEFORE.search(text, window_start, begin)
    if not m:
        return None
    start = m.start(1)
    if matched.overlaps(start, m.end(1)):
        return None
    words = m.group(1).split()
    if start > 0 and text[start - 1] not in " \t\n(\"“":
        return None
    if _OBJECT_OF.search(text, max(0, start - 8), start):
        return None  # "President of the General Assembly, His Excellency ...": a body, not a name
    return " ".join(words), start


#: the kinds of lexicon words that end an unknown name ("... Putin, President", "... Lagache in May")
_NAME_ENDERS = frozenset({"entity", "role", "month", "weekday", "demonym", "post"})
_NUMBER_NEAR = re.compile(r"\d")


def _ends_names(tok: Match, text: str) -> bool:
    """A lexicon word that ends an unknown name; a month only next to a number ("5 Jan", "Jan 5"):
    "Jan" and "May" are names too ("Jan Lipavský")."""
    kinds = _NAME_ENDERS.intersection(tok.kinds)
    if kinds == {"month"}:
        return bool(_NUMBER_NEAR.search(text, max(0, tok.begin - 4), tok.end + 4))
    return bool(kinds)


def _office(text: str, end: int, known_words: Spans, lexicon: Lexicon) -> tuple[str, int] | None:
    """The person named after the office a title is of: "Secretary of Commerce Gina Raimondo",
    "Coordinator for the Middle East and North Africa Brett McGurk". After an "and" the words up
    to the name hold no title ("... of State Antony Blinken and Defense Secretary Lloyd Austin":
    the office ends before that "and"). A title's word in the run ends the office: the name is
    the two to four words after it ("Secretary of National Defense General Luis Cresencio
    Sandoval") if none of them is a title's or a body's word, else the last two."""
    office = _OFFICE.match(text, end)
    if office is None:
        return None
    begin, stop = office.start(1), office.end(1)
    while True:
        last = _LAST_AND.match(text, begin, stop)
        if last is None:
            break
        if not known_words.overlaps(last.end(), stop) and len(text[last.end():stop].split()) >= 3:
            break
        stop = last.end() - len(" and ")  # the office ends before this "and"
    words = text[begin:stop].split()
    if len(words) - (words[0] == "the") < 3:
        return None  # an office and a name take three words at least
    name = words[-3:] if len(words) >= 4 and _INITIAL.fullmatch(words[-2]) else words[-2:]  # "Robert F. Kennedy"
    after = next((words[i + 1:] for i in range(len(words) - 1, -1, -1)
                  if words[i][0].isupper() and fold(words[i]) in lexicon.role_words), [])
    if 2 <= len(after) <= 4 and not any(fold(w) in lexicon.role_words or fold(w) in lexicon.body_words for w in after):
        name = after
    return nominative(" ".join(name)), stop


def _unknown_name(text: str, end: int, known_words: Spans, lexicon: Lexicon) -> tuple[str, int] | None:
    """The name of a person the lexicon does not know, right after a title, in the dictionary
    form (Russian names in the nominative), and where it ends in the text."""
    office = _office(text, end, known_words, lexicon)
    if office is not None:  # "Secretary of Commerce Gina Raimondo": the office's name, then the person's
        return office
    m = _NAME.match(text, end)
    if not m or m.start(1) != end + (len(text[end:m.start(1)])) or text[end:m.start(1)].strip():
        return None
    words = m.group(1).split()
    # stop at a word the lexicon knows (a month, a country, "President") or a sentence end
    kept: list[str] = []
    pos = m.start(1)
    for w in words:
        start = text.index(w, pos)
        pos = start + len(w)
        if known_words.covers(start):
            break  # a word the lexicon knows as something else ends the name
        initial = len(w) == 2 and w[1] == "."  # "Harry S. Truman"
        kept.append(w if initial else w.rstrip(",.;:"))
        if w[-1] in ",.;:" and not initial:
            break
    if kept and is_cyrillic(kept[0]):
        # "Губернатор Ленобласти Александр Дрозденко", "Президент СССР Михаил Горбачёв": the
        # title's own complement comes first, the name from its given name on
        start = first_name_at(kept)
        if start is None:  # no given name: "Депутат Государственной Думы Крашенинников"
            start = next((i for i, w in enumerate(kept) if not common_words(w)), len(kept))
        kept = kept[start:]
    if len(kept) < 2:
        return _russian_name_ahead(text, end, known_words) if is_cyrillic(text[m.start(1)]) else None
    surface = " ".join(kept)
    return nominative(surface), text.index(kept[-1], m.start(1)) + len(kept[-1])


#: a Russian title's complement in lower and upper case, then a given name and a surname:
#: "Председатель Комиссии Европейских сообществ Романо Проди"
_RUSSIAN_AHEAD = re.compile(r"[ \t]+(?:[а-яёА-ЯЁ\-]+[ \t]+){1,5}?([А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\b")


def _russian_name_ahead(text: str, end: int, known_words: Spans) -> tuple[str, int] | None:
    """The person named after a Russian title's complement with lower-case words in it: the first
    two capitalised words of which the first is a given name the dictionary knows."""
    found = _RUSSIAN_AHEAD.match(text, end)
    if found is None or known_words.overlaps(found.start(1), found.end(1)):
        return None
    words = found.group(1).split()
    if first_name_at(words[:1]) != 0:
        return None
    return nominative(" ".join(words)), found.end(1)


def _appositive(doc: Doc, phrase: RolePhrase, known_words: Spans, lexicon: Lexicon) -> tuple[str, int] | None:
    """The unknown person named after a title, its office and a comma ("Ambassador of Mexico to
    Canada, Carlos Joaquín González (virtual);"), none of whose words the lexicon knows. The office
    names no one ("Secretary of Homeland Security Alejandro Mayorkas, Attorney General Merrick
    Garland"), and the name holds no title and no word of address ("Mr. President of the General
    Assembly, Distinguished Delegates"); a plural title ("the leaders of the rankings") names no one
    this way."""
    text = doc.document.text
    found = _APPOSITION.match(text, phrase.end)
    if found is None or known_words.overlaps(found.start(2), found.end(2)) or _plural(text[phrase.begin:phrase.end]) \
            or doc.matches_in(found.start(2), found.end(2), "address") \
            or any(fold(w) in lexicon.role_words for w in found.group(2).split()):
        return None
    if any(c.value.startswith(_PERSON) for m in doc.matches_in(found.start(1), found.end(1), "entity")
           for c in m.of("entity")):
        return None
    return nominative(" ".join(found.group(2).split())), found.end(2)


def _posts_for(phrase: RolePhrase, lexicon: Lexicon, mentions: list[Mention], sentence: int,
               on: dt.date | None, text: str, house_post: str | None = None) -> list[str]:
    if phrase.posts:  # "главы МИД России и Турции": that post, and the same in the countries joined to it
        types = {lexicon.posts[p].post_type for p in phrase.posts if p in lexicon.posts}
        return [*phrase.posts, *(p for c in phrase.countries for t in sorted(types) for p in lexicon.find_posts(c, t)
                                 if p not in phrase.posts)]
    if not phrase.countries and house_post in lexicon.posts and (
            (phrase.kind == "post" and lexicon.posts[house_post].post_type == phrase.post_type)
            or (phrase.kind == "leader" and lexicon.posts[house_post].leader)):
        return [house_post]  # "the President", "the Head of State" of the publisher's own readout
    if phrase.kind == "leader":
        return [p for c in phrase.countries for p in lexicon.find_posts(c, leader=True)]
    if phrase.kind == "post" and not phrase.countries and phrase.post_type in lexicon.org_post_types:
        # "Secretary-General, Allies, friends" in remarks at the NATO Summit: the organisation
        # named last before it
        bodies = lexicon.org_post_types[phrase.post_type]
        named = [m.iri for m in mentions if m.end <= phrase.begin and m.iri in bodies]
        return lexicon.find_posts(named[-1], phrase.post_type) if named else []
    if phrase.kind == "post":
        return [p for c in phrase.countries for p in lexicon.find_posts(c, phrase.post_type)]
    if phrase.kind == "counterpart" and phrase.countries:
        # "his French counterpart"; "Lavrov ... со своими турецким и китайским коллегами"; but "French
        # and German colleagues" names no one in particular, nor do "their Russian and Ukrainian
        # counterparts" of a "they"
        anchor = _counterpart_anchor(phrase, mentions, sentence)
        if anchor is None or (len(phrase.countries) > 1 and not (
                anchor.sentence == sentence and anchor.end <= phrase.begin
                and _POSSESSIVE.search(text, max(0, phrase.begin - 12), phrase.begin))):
            return []
        types = {lexicon.posts[p].post_type for p in ([anchor.post] if anchor.post else lexicon.posts_of(anchor.iri, on))
                 if p in lexicon.posts}
        return [p for c in phrase.countries for t in sorted(types) for p in lexicon.find_posts(c, t)]
    return []


def _named_holder(lexicon: Lexicon, named: set[str], post_type: str | None, on: dt.date | None
                  ) -> tuple[str, str] | None:
    """The one person among those named who holds a post of this type on the date, with the post."""
    if post_type is None or on is None:
        return None
    found = sorted((person, post) for person in named for post in lexicon.posts_of(person, on)
                   if post in lexicon.posts and lexicon.posts[post].post_type == post_type)
    return found[0] if found and all(person == found[0][0] for person, _ in found) else None


def _counterpart_anchor(phrase: RolePhrase, mentions: list[Mention], sentence: int) -> Mention | None:
    """The person whose counterpart this is: the nearest person before, else after, in the sentence."""
    before = [m for m in mentions if m.type == "Person" and m.sentence == sentence and m.end <= phrase.begin]
    if before:
        return before[-1]
    after = [m for m in mentions if m.type == "Person" and m.sentence == sentence and m.begin >= phrase.end]
    if after:
        return after[0]
    earlier = [m for m in mentions if m.type == "Person" and m.sentence == sentence - 1]
    return earlier[0] if earlier else None
