"""Russian morphology (pymorphy3): case forms of lexicon labels, and the dictionary form of names.

Russian inflects names and noun phrases ("Ангелой Меркель", "нормандском формате"); the lexicon
lists the common forms by hand and this module adds the six cases of every Cyrillic label when
the lexicon is compiled. Persons inflect every word; other phrases inflect their words up to the
head noun and keep what follows ("Совета Безопасности ООН": only "Совет" changes).
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["case_forms", "nominative", "may_be_nominative", "is_cyrillic", "is_adjective", "is_singular_past",
           "common_words", "first_name_at", "may_hold_subject", "has_finite_verb"]

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1)
def _analyzer():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def case_forms(label: str, person: bool) -> set[str]:
    """The label in the six cases (lower case); empty when a word cannot be inflected safely."""
    words = label.split()
    if not words or not all(is_cyrillic(w) for w in words) or any(not w.isalpha() for w in words):
        return set()
    morph = _analyzer()
    # labels are written in the nominative: prefer that reading of each word
    parses = [next((p for p in morph.parse(w) if p.tag.case == "nomn"), morph.parse(w)[0]) for w in words]
    head = len(words) - 1 if person else next((i for i, p in enumerate(parses) if p.tag.POS == "NOUN"), None)
    if head is None:
        return set()
    noun = parses[head].tag
    out: set[str] = set()
    for case in CASES:
        forms = []
        for i, (word, parse) in enumerate(zip(words, parses)):
            if i > head:
                forms.append(word.lower())
                continue
            grammemes = {case}
            if parse.tag.number:
                grammemes.add(noun.number if parse.tag.POS in ("ADJF", "PRTF") and noun.number else parse.tag.number)
            if case == "accs" and parse.tag.POS in ("ADJF", "PRTF") and noun.animacy \
                    and (noun.gender == "masc" or noun.number == "plur"):
                grammemes.add(noun.animacy)
            inflected = parse.inflect(grammemes) or parse.inflect({case})
            if inflected is None:
                return set()
            forms.append(inflected.word)
        out.add(" ".join(forms))
    return out


def nominative(name: str) -> str:
    """A Russian name in the nominative ("Джорджем Робертсоном" -> "Джордж Робертсон", "Олафом
    Шольцем" -> "Олаф Шольц"). The case is the one most of its words agree on: a name the dictionary
    knows in it ("Герхардом"), or a foreign name's instrumental ending ("Шрёдером"); the dictionary's
    words are put in the nominative, the others lose that case's ending. A name whose case is not
    clear stays as written ("Нэнси Пелоси", "Пекка Хаависто")."""
    if not is_cyrillic(name):
        return name
    words = name.split()
    parses = [_analyzer().parse(word) for word in words]  # each word once: every case asks for them
    known = {p.tag.case for ps in parses for p in ps
             if _NAMES & set(p.tag.grammemes) and p.tag.number == "sing" and p.is_known}

    def support(case: str) -> float:
        total = 0.0
        for word, ps in zip(words, parses):
            parse = _name_parse(word, ps, case)
            if parse is not None:
                total += 0.0 if "Fixd" in parse.tag.grammemes else 1.0 + parse.score / 10
            elif (case == "ablt" or case in known) and _strip(word, case) != word:
                total += 0.9
        return total

    case = max(sorted(known | set(_ENDINGS)), key=support)
    if case == "nomn" or support(case) < 0.9:
        return name
    out = []
    for word, ps in zip(words, parses):
        parse = _name_parse(word, ps, case)
        if parse is None:
            out.append(_strip(word, case))
            continue
        form = None if "Fixd" in parse.tag.grammemes else parse.inflect({"nomn", "sing"})
        new = form.word if form else word
        if "ё" in new and "ё" not in word.lower():
            new = new.replace("ё", "е")  # the dictionary's spelling, not a letter the text has not
        out.append(new[:1].upper() + new[1:] if word[:1].isupper() else new)
    return " ".join(out)


_NAMES = {"Name", "Surn", "Patr"}
_VOWELS = "аеёиоуыэюя"
#: a case's endings of names the dictionary does not know, and what replaces them; "~" is й after a
#: vowel, nothing after ж ш ч щ ц, else ь ("Боррелем" -> "Боррель", "Шольцем" -> "Шольц")
_ENDINGS = {
    "ablt": (("ом", ""), ("ем", "~"), ("ой", "а"), ("ей", "я")),
    "gent": (("а", ""), ("я", "~"), ("ы", "а"), ("ги", "га"), ("ки", "ка"), ("хи", "ха")),
    "datv": (("у", ""), ("ю", "~")),
}
#: a surname declined like an adjective, whose case the analyser's guess gets right ("Зеленского")
_ADJECTIVAL = re.compile(r"(?:[сц]к|ов|ев|ин)(?:ого|ому|им|ым|ой|ую)$")


def _strip(word: str, case: str) -> str:
    for end, repl in _ENDINGS.get(case, ()):
        stem = word[:-len(end)]
        if word.endswith(end) and len(stem) >= 2 and (repl == "~" or stem[-1].lower() not in _VOWELS + "ьй"):
            if repl == "~":
                repl = "й" if stem[-1].lower() in _VOWELS else "" if stem[-1].lower() in "жшчщц" else "ь"
            return stem + repl
    return word


def _name_parse(word: str, parses: list, case: str):  # type: ignore[no-untyped-def]
    """The analyser's reading of a word (among its ``parses``) as a name in that case, if it knows the
    word (or the word is an adjectival surname): not its guesses for foreign names ("Олафом" as a plural
    "Олафома")."""
    for p in parses:
        if _NAMES & set(p.tag.grammemes) and p.tag.number == "sing" and p.tag.case == case \
                and (p.is_known or _ADJECTIVAL.search(word.lower())):
            return p
    return None


@lru_cache(maxsize=8192)  # asked for every person of a sentence at each of its speech verbs
def may_be_nominative(phrase: str) -> bool:
    """Whether a Russian phrase can be in the nominative, the case of a verb's subject, by its first
    word, which agrees with the phrase's case in a name or a title ("Президент Франции", "Меркель",
    "он", "А.Гутерриш"; not "Владимира Путина", "российского лидера", "Сергеем Лавровым"). A phrase
    in another script, or a word the dictionary only guesses at without a case, may be."""
    words = [w for w in _INITIALS.sub("", phrase).split() if is_cyrillic(w)]
    if not words:
        return True
    return any(p.tag.case in ("nomn", None) for p in _analyzer().parse(words[0]))


_INITIALS = re.compile(r"\b(?:[А-ЯЁ]\.\s?)+")  # "В.А.Зеленского", "А. Гутерриш"


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def first_name_at(words: list[str]) -> int | None:
    """Where the first given name is among Russian words ("Верховной Рады Геннадий Москаль": 2),
    or None when the dictionary knows none of them as one."""
    morph = _analyzer()
    for i, word in enumerate(words):
        if is_cyrillic(word) and any("Name" in p.tag.grammemes for p in morph.parse(word)):
            return i
    return None


@lru_cache(maxsize=4096)
def is_adjective(word: str) -> bool:
    """A Russian word the dictionary reads first as an adjective ("соседнем", "братской")."""
    return is_cyrillic(word) and "ADJF" in _analyzer().parse(word)[0].tag


def common_words(phrase: str) -> bool:
    """A Russian phrase whose every word the dictionary knows, and knows as no name: read after
    "президент", "Федеративной Республики" is a country, not a person."""
    words = phrase.split()
    if not words or not all(is_cyrillic(w) for w in words):
        return False
    morph = _analyzer()
    for word in words:
        parses = morph.parse(word)
        if not parses[0].is_known or any(_NAME_TAGS & set(p.tag.grammemes) for p in parses):
            return False
    return True


def may_hold_subject(opening: str) -> bool:
    """Whether the words that open a Russian clause, before its verb, may hold the verb's subject: a
    noun or pronoun that may be in the nominative and that no preposition governs ("Мы ...",
    "Эксперты ...", "В Кремле ..."; not "Кроме того, ...", "В ходе беседы ...", "Также ...").
    Another script may (its words are not read)."""
    words = re.findall(r"[^\W\d_]+", opening)
    if any(not is_cyrillic(w) for w in words):
        return True
    morph = _analyzer()
    governed = ""  # "object": after a preposition, up to the noun or pronoun it governs ("Кроме того");
    # "genitive": then the genitives that depend on that noun ("В ходе беседы")
    for word in words:
        parses = morph.parse(word)
        noun = any(p.tag.POS in ("NOUN", "NPRO") for p in parses)
        if parses[0].tag.POS == "PREP":
            governed = "object"
        elif governed == "object":
            governed = "genitive" if noun else "object"
        elif governed == "genitive" and any(p.tag.case == "gent" for p in parses):
            continue
        elif noun and any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case in ("nomn", None) for p in parses):
            return True
        else:
            governed = ""
    return False


@lru_cache(maxsize=4096)
def is_singular_past(word: str) -> bool:
    """A Russian verb in the singular past by the dictionary's likeliest reading ("Подчеркнул",
    "Привела"; not "Обсуждали", "заявляет")."""
    if not is_cyrillic(word):
        return False
    tag = _analyzer().parse(word)[0].tag
    return tag.POS == "VERB" and tag.tense == "past" and tag.number == "sing"


@lru_cache(maxsize=4096)  # asked for each subject of a sentence
def has_finite_verb(text: str) -> bool:
    """Whether a Russian text holds a verb in a finite form by the dictionary's likeliest reading
    ("Обсуждали ..." does; "Ближневосточный кризис, война в Ливии, попытки сорвать ..." does not)."""
    morph = _analyzer()
    return any(morph.parse(w)[0].tag.POS == "VERB" for w in re.findall(r"[^\W\d_]+", text) if is_cyrillic(w))
