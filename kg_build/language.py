"""Language detection for documents that do not say their language (lingua, five languages)."""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["SUPPORTED", "AND_WORDS", "AND_PATTERN", "WITH_PATTERN", "ABOUT_PATTERN", "ABOUT_WORD", "RELATIVE_PATTERN",
           "POSSESSIVE_PATTERN", "QUOTE_MARKS", "TOPIC_PATTERN", "ACTING_PATTERN", "ELECT_PATTERN", "JOINT_PATTERN",
           "UPPER", "detect_language"]

#: The languages dipkg has a lexicon for, as ISO 639-1 codes.
SUPPORTED = ("en", "it", "fr", "de", "ru")
#: The words of those languages that join coordinated names ("Putin and Macron", "Путин и Макрон").
AND_WORDS = ("and", "e", "ed", "et", "und", "и")
#: The same as a regular-expression alternation.
AND_PATTERN = "|".join(AND_WORDS)
#: The words that name a partner ("met with Macron", "с Макроном"), as an alternation.
WITH_PATTERN = "with|con|avec|mit|с|со"
#: The words after which a speech's title tells what it is about, where or with whom, not who speaks
#: ("Statement by President Joe Biden on ... Call with President Zelenskyy"), as an alternation.
ABOUT_PATTERN = ("on|at|with|to|for|about|regarding|following|after|before|during|in|upon|"
                 "su|sul|sulla|con|per|dopo|sur|avec|pour|après|lors|über|mit|zu|zum|zur|nach|bei|vor|"
                 "о|об|с|со|на|по|в|во|после|перед")
#: The same as a regular expression for one of those words.
ABOUT_WORD = re.compile(rf"(?<!\w)(?:{ABOUT_PATTERN})(?!\w)", re.I)
#: Those of them that turn to what is spoken of, not where or with whom ("Statement on", not "Interview with").
TOPIC_PATTERN = "on|about|regarding|su|sur|über|о|об"

#: words that open a relative clause ("decisions that were taken at the summit": not the subject's)
RELATIVE_PATTERN = r"that|which|who|whom|whose|che|cui|qui|que|dont|der|die|das|welche|который|которая|которое|которые|" \
    r"которого|которой|которых|которым|которыми"

#: possessives of someone other than the speaker ("his counterpart", "your recent meetings", "с его коллегой")
POSSESSIVE_PATTERN = r"his|her|their|its|your|suo|sua|его|её|ее|их|ваш\w*"

#: what makes a post held for now before its title ("acting President of Ukraine", "исполняющего обязанности
#: Президента России", "и.о. президента")
ACTING_PATTERN = r"acting|interim|f\.f\.|ad interim|facente funzione|исполняющ\w*\s+обязанности|и\.\s?о\."

#: what makes a post one its holder is still to take up, after its name ("Prime Minister-Designate",
#: "President-elect"): the name after it is that person's, not the post's holder of the day
ELECT_PATTERN = r"[-\u2010\u2011](?:elect|designate)\b"

#: the words of a title that make a statement several persons' at once ("Joint Statement by President Biden
#: and Prime Minister Meloni", "Совместное заявление ...")
JOINT_PATTERN = (r"joint\s+(?:statement|declaration|readout|communiqu[eé])|dichiarazione\s+congiunta|"
                 r"déclaration\s+conjointe|gemeinsame\s+erklärung|совместн\w+\s+заявлени\w*")

#: the marks that open or close a quotation
QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"

#: The capital letters names are written with, as the inside of a regular-expression class: Latin with
#: its accented letters (É, Š, Ž, Ł, Ő, Ș) and Cyrillic ("Ingrida Šimonytė", "Łukasz", "Ёлкин").
UPPER = "A-Z" + "".join(ch for ch in map(chr, (*range(0xC0, 0x250), *range(0x400, 0x530))) if ch.isupper())

_SAMPLE = 2000  # characters: plenty for five well-separated languages, and keeps detection fast


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.ENGLISH, Language.ITALIAN, Language.FRENCH, Language.GERMAN, Language.RUSSIAN]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def detect_language(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of the text's language among :data:`SUPPORTED`, else ``default``."""
    sample = text[:_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return default
    found = _detector().detect_language_of(sample)
    if found is None:
        return default
    return found.iso_code_639_1.name.lower()
