

def test_forms_differing_only_in_punctuation_both_match_on_word_boundaries() -> None:
    from kg_build.lexicon import load_lexicon
    lexicon = load_lexicon()
    text = "Mr. Sam Kutesa met Mr Xi; Amr. and Mrs are not titles here: Mrx."
    spans = {(m.begin, m.end) for m in lexicon.matches(text) if m.of("role")}
    assert (0, 2) in spans and (0, 3) in spans  # "Mr" and "Mr."
    assert (19, 21) in spans  # "Mr" before a space
    assert text.index("Amr.") + 1 not in {b for b, _ in spans}  # "mr" inside "Amr."
    assert text.index("Mrx") not in {b for b, _ in spans}  # "Mrx"


def test_spans_cover_and_overlap() -> None:
    from kg_build.annotations import Spans
    spans = Spans([(10, 20), (12, 14), (30, 31)])
    assert spans.covers(10) and spans.covers(19) and spans.covers(30)
    assert not spans.covers(20) and not spans.covers(9) and not spans.covers(31)
    assert spans.overlaps(19, 25) and spans.overlaps(0, 11) and not spans.overlaps(20, 30)
    assert not Spans([]).covers(0) and not Spans([]).overlaps(0, 5)


def test_a_form_in_capitals_matches_as_written_and_so_do_the_other_forms_listed() -> None:
    from kg_build.lexicon import load_lexicon
    lexicon = load_lexicon()

    def found(text: str, kind: str) -> set[str]:
        return {text[m.begin:m.end] for m in lexicon.matches(text) if m.of(kind)}

    assert found("NATO and Nato, not nato", "entity") == {"NATO", "Nato"}  # "Nato" is a listed form
    assert found("я также рассказал; Я рассказал", "pronoun") == {"я", "Я"}  # both listed
    assert found("I told him, i.e. nothing", "pronoun") >= {"I"} and "i" not in found("i.e. i told", "pronoun")
    # a pronoun and an acronym that fold alike keep their own cases: "us" is not the US, nor "US" us
    assert found("The US told us.", "pronoun") == {"us"} and found("The US told us.", "entity") == {"US"}


def test_a_one_word_proper_name_matches_only_when_the_text_capitalises_it() -> None:
    from kg_build.lexicon import load_lexicon
    lexicon = load_lexicon()

    def named(text: str) -> list[str]:
        return [text[m.begin:m.end] for m in lexicon.matches(text) if m.of("entity")]

    # the magazine "Challenges", the country, the format: not the common words
    assert named("Afghanistan faces marked challenges; the tom turkey; this quad") == ["Afghanistan"]
    assert named("Challenges reported. Turkey joined the Quad. TURKEY:") == ["Challenges", "Turkey", "Quad", "TURKEY"]
    # a topic the lexicon writes in lower case, a Russian name in another case: as before
    assert named("terrorism and Terrorism") == ["terrorism", "Terrorism"]
    assert "Кремля" in named("пресс-служба Кремля")
