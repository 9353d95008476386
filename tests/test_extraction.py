"""Extraction stages on hand-made sentences: mentions, roles, dates, events, statements."""
from __future__ import annotations

import datetime as dt

import pytest

from kg_build.annotations import Doc
from kg_build.build import extract, extract_all
from kg_build.documents import Document
from kg_build.lexicon import Lexicon, fold, load_lexicon
from kg_build.pipeline import PIPELINE, STAGES, check_order, ExtractionError
from kg_build.segment import split_sentences
from kg_build.temporal import infer_year

RES = "https://w3id.org/dipkg/resource/"
PUTIN, MACRON, LAVROV = RES + "person/vladimir-putin", RES + "person/emmanuel-macron", RES + "person/sergey-lavrov"
MINSK_AGREEMENTS, MINSK_GROUP = RES + "agreement/minsk-agreements", RES + "format/osce-minsk-group"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def run_text(text: str, lexicon: Lexicon, *, published: dt.date | None = None, lang: str = "en",
             source: str | None = None, title: str | None = None) -> Doc:
    """Extract from ``text``; with a ``title``, the document's first paragraph is that title."""
    if title is not None:
        text = f"{title}\n\n{text}"
    return extract(Document(id="t.txt", text=text, lang=lang, published=published, source=source, title=title),
                   lexicon)


def persons(doc: Doc) -> set[str]:
    return {m.iri for m in doc.mentions if m.type == "Person"}


def said(doc: Doc) -> set[tuple[str, str]]:
    return {(s.speaker.rsplit("/", 1)[-1], s.subject.rsplit("/", 1)[-1]) for s in doc.statements}


# ---- pipeline ----------------------------------------------------------------------------------

def test_pipeline_stages_are_registered_in_a_valid_order() -> None:
    assert PIPELINE == ("language", "segment", "match", "mentions", "times", "anchor", "roles", "resolutions",
                        "title", "references", "events", "statements")
    check_order(PIPELINE)
    with pytest.raises(ExtractionError, match="requires"):
        check_order(["events", "segment"])
    assert all(STAGES[n].assigns for n in PIPELINE)


def test_sentences_split_at_full_stops_before_capitals_but_not_after_titles() -> None:
    text = "Mr. Putin met Macron. They talked.\nHANOI, July 6. /TASS/. Lavrov said so."
    parts = [text[s.begin:s.end] for s in split_sentences(text)]
    assert parts == ["Mr. Putin met Macron.", "They talked.", "HANOI, July 6. /TASS/.", "Lavrov said so."]


def test_initials_after_a_given_name_end_no_sentence_but_a_place_abbreviation_does() -> None:
    text = "She flew to Washington, D.C. The leaders met. Prime Minister Justin P.J. Trudeau of Canada spoke."
    parts = [text[s.begin:s.end] for s in split_sentences(text)]
    assert parts == ["She flew to Washington, D.C.", "The leaders met.",
                     "Prime Minister Justin P.J. Trudeau of Canada spoke."]


def test_a_sentence_runs_on_over_a_line_break_into_lower_case() -> None:
    text = "Глава государства провёл\nв Кремле заседание.\nВ.Путин:\nУважаемые коллеги!\nMR. CROWLEY: Good morning."
    parts = [text[s.begin:s.end] for s in split_sentences(text)]
    assert parts == ["Глава государства провёл\nв Кремле заседание.", "В.Путин:", "Уважаемые коллеги!",
                     "MR. CROWLEY: Good morning."]
    assert [s.paragraph for s in split_sentences(text)] == [0, 1, 2, 3]


def test_a_text_wrapped_to_a_column_is_read_in_sentences_not_lines() -> None:
    text = ("UN General Debate: statement by Luxembourg\n\n"
            "It is a great honour for me to address the General \n"
            "Assembly for the first time, and I must say that I do \n"
            "so with great emotion. Commitment, solidarity and \n"
            "responsibility are the three key words that have guided \n"
            "and will continue to guide my country’s action at the \n"
            "United Nations. That summit clearly achieved the dual\n"
            "objective set by the Secretary-General: to demonstrate \n"
            "our resolve.\n")
    parts = [" ".join(text[s.begin:s.end].split()) for s in split_sentences(text)]
    assert parts[1] == "It is a great honour for me to address the General Assembly for the first time, and I must " \
                       "say that I do so with great emotion."
    assert parts[-1].startswith("That summit clearly achieved the dual objective set by the Secretary-General:")


def test_folding_keeps_offsets_and_removes_accents_and_curly_quotes() -> None:
    text = "Élysée’s «Минск» İ"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("elysee's \"минск\"")


# ---- mentions and roles -------------------------------------------------------------------------

def test_known_names_and_aliases_in_several_languages_resolve(lexicon: Lexicon) -> None:
    doc = run_text("Лавров встретился с Путиным.", lexicon, lang="ru")
    assert {LAVROV, PUTIN} <= persons(doc)


def test_role_description_resolves_to_post_holder_on_date(lexicon: Lexicon) -> None:
    doc = run_text("The French president spoke to reporters.", lexicon, published=dt.date(2016, 3, 1))
    assert persons(doc) == {RES + "person/francois-hollande"}
    doc = run_text("The French president spoke to reporters.", lexicon, published=dt.date(2021, 3, 1))
    assert persons(doc) == {MACRON}


def test_a_role_and_a_name_after_a_comma_are_one_person_only_if_the_post_is_theirs(lexicon: Lexicon) -> None:
    day = dt.date(2022, 4, 28)
    doc = run_text("Before the meeting with the President of Ukraine, António Guterres visited the suburbs of Kyiv.",
                   lexicon, published=day)
    found = {(doc.document.text[m.begin:m.end], m.iri.rsplit("/", 1)[-1]) for m in doc.mentions if m.type == "Person"}
    assert found == {("President of Ukraine", "volodymyr-zelenskyy"), ("António Guterres", "antonio-guterres")}
    doc = run_text("The Prime Minister of Japan, Fumio Kishida, spoke.", lexicon, published=day)
    assert [(doc.document.text[m.begin:m.end], m.post) for m in doc.mentions if m.type == "Person"] == [
        ("Prime Minister of Japan, Fumio Kishida", RES + "post/prime-minister-of-japan")]


def test_russian_roles_as_the_head_of_a_countrys_state_government_or_diplomacy_resolve(lexicon: Lexicon) -> None:
    day = dt.date(2021, 10, 30)
    for text, who in (("Глава Российского государства заявил о НАТО.", PUTIN),
                      ("Президент Финляндии поздравил главу российского государства.", PUTIN),
                      ("Глава российской дипломатии провёл переговоры.", LAVROV),
                      ("Переговоры главы российского МИДа прошли в Москве.", LAVROV),
                      ("Глава российского правительства заявил о НАТО.", RES + "person/mikhail-mishustin"),
                      ("Глава европейской дипломатии заявил о НАТО.", RES + "person/josep-borrell")):
        assert who in persons(run_text(text, lexicon, published=day, lang="ru")), text


@pytest.mark.parametrize("text, lang, day, who", [
    ("The Japanese defence minister said the Quad matters.", "en", dt.date(2021, 5, 1), "nobuo-kishi"),
    ("The Japanese defence minister said the Quad matters.", "en", dt.date(2023, 5, 1), "yasukazu-hamada"),
    ("Le ministre italien de la Défense a parlé de l'OTAN.", "fr", dt.date(2023, 1, 10), "guido-crosetto"),
    ("Министр обороны Белоруссии заявил о важности ОДКБ.", "ru", dt.date(2022, 3, 1), "viktor-khrenin"),
    ("Главу Минобороны Казахстана приняли в Москве.", "ru", dt.date(2023, 3, 1), "ruslan-zhaksylykov"),
    ("The German government spokesman said Germany supports the Normandy format.", "en", dt.date(2019, 3, 1),
     "steffen-seibert"),
    ("Ukrainian Foreign Ministry spokesperson said Ukraine wants NATO membership.", "en", dt.date(2022, 6, 1),
     "oleg-nikolenko"),
    ("The South Korean Prime Minister discussed North Korea.", "en", dt.date(2023, 3, 1), "han-duck-soo"),
    ("The Kyrgyz Prime Minister discussed the EAEU.", "en", dt.date(2023, 3, 1), "akylbek-japarov"),
    ("Jake Sullivan met the Japanese National Security Advisor.", "en", dt.date(2022, 9, 1), "takeo-akiba"),
    ("The Argentine Foreign Minister raised the G20.", "en", dt.date(2022, 9, 1), "santiago-cafiero"),
    ("The Kyrgyz president discussed the CSTO.", "en", dt.date(2020, 12, 1), "talant-mamytov"),
])
def test_defence_ministers_spokespeople_and_security_advisers_resolve_on_the_date(
        lexicon: Lexicon, text: str, lang: str, day: dt.date, who: str) -> None:
    assert RES + f"person/{who}" in persons(run_text(text, lexicon, published=day, lang=lang))


def test_italian_role_with_republic_resolves(lexicon: Lexicon) -> None:
    doc = run_text("Ha parlato con il presidente della Repubblica francese.", lexicon, lang="it",
                   published=dt.date(2020, 11, 7))
    assert MACRON in persons(doc)


def test_counterpart_is_the_same_post_in_the_other_country(lexicon: Lexicon) -> None:
    doc = run_text("Lavrov held talks with his Vietnamese counterpart in Hanoi.", lexicon, published=dt.date(2022, 7, 6))
    assert RES + "person/bui-thanh-son" in persons(doc)


def test_coordinated_demonyms_give_one_person_each(lexicon: Lexicon) -> None:
    doc = run_text("The French and Russian presidents spoke on the phone.", lexicon, published=dt.date(2022, 1, 28))
    assert persons(doc) == {PUTIN, MACRON}
    [event] = doc.events
    assert event.type == "PhoneCall" and set(event.participants) == {PUTIN, MACRON}


def test_unknown_person_is_found_by_title(lexicon: Lexicon) -> None:
    doc = run_text("The channel aired a film by French director Guy Lagache about the war.", lexicon)
    [(iri, label, post, country, title)] = doc.unknown_persons
    assert (label, country, title) == ("Guy Lagache", RES + "country/france", "French director")


def test_a_longer_form_of_a_known_persons_name_is_that_person(lexicon: Lexicon) -> None:
    doc = run_text("President of the European Council Charles Yvon Michel met Foreign Minister Ann Christin Linde. "
                   "President Juan Carlos Varela Rodriguez spoke.", lexicon, published=dt.date(2021, 3, 1))
    assert {"charles-michel", "ann-linde"} <= {p.rsplit("/", 1)[-1] for p in persons(doc)}
    assert "juan-carlos-varela-rodriguez" in {p.rsplit("/", 1)[-1] for p in persons(doc)}  # not Juan Carlos I


def test_a_post_to_be_taken_up_names_the_person_after_it_not_the_holder(lexicon: Lexicon) -> None:
    doc = run_text("President Biden spoke with Australian Prime Minister-Designate Anthony Albanese to congratulate "
                   "him on his election.", lexicon, published=dt.date(2022, 5, 22))
    assert {p.rsplit("/", 1)[-1] for p in persons(doc)} == {"joe-biden", "anthony-albanese"}  # not Scott Morrison


def test_an_ambassador_to_a_country_is_the_person_named_after_it(lexicon: Lexicon) -> None:
    doc = run_text("The U.S. delegation included U.S. Ambassador to Mexico Ken Salazar and Mexican Ambassador to the "
                   "United States Esteban Moctezuma Barragán.", lexicon, published=dt.date(2023, 4, 13))
    found = {(label, country) for _, label, _, country, _ in doc.unknown_persons}
    assert found == {("Ken Salazar", RES + "country/united-states"),
                     ("Esteban Moctezuma Barragán", RES + "country/mexico")}


def test_a_known_person_named_again_by_surname_after_a_title(lexicon: Lexicon) -> None:
    doc = run_text("Principal Deputy National Security Advisor Jon Finer travelled to Guyana. In Guyana, Mr. Finer met "
                   "with President Irfaan Ali. Finer points were discussed.", lexicon, published=dt.date(2024, 2, 5))
    finer = [doc.document.text[m.begin:m.end] for m in doc.mentions if m.iri.endswith("/jon-finer")]
    assert finer == ["National Security Advisor Jon Finer", "Finer"]  # not the sentence's opening word
    assert [sorted(p.rsplit("/", 1)[-1] for p in e.participants) for e in doc.events] == [["irfaan-ali", "jon-finer"]]


def test_a_meeting_recalled_with_its_month_is_not_the_headlines_meeting(lexicon: Lexicon) -> None:
    doc = run_text("Vice President Kamala Harris met with President Ferdinand Marcos Jr. of the Philippines. This "
                   "meeting builds on the Vice President's bilateral meeting with President Marcos in May 2023.",
                   lexicon, published=dt.date(2023, 9, 6),
                   title="Readout of Vice President Harris's Meeting with President Marcos of the Philippines")
    assert sorted((e.date, e.precision) for e in doc.events) == [(dt.date(2023, 5, 1), "month"),
                                                               (dt.date(2023, 9, 6), "day")]


def test_words_of_titles_alone_are_no_unknown_person(lexicon: Lexicon) -> None:
    doc = run_text("Statement by Canada (Mr. Daniel Jean, Deputy Minister Foreign Affairs).", lexicon)
    assert persons(doc) == {RES + "person/daniel-jean"}


def test_a_body_an_office_or_a_heading_after_a_title_is_no_person(lexicon: Lexicon) -> None:
    doc = run_text("The statement was issued by the Director of the White House Office. The Secretary of the National "
                   "Security Committee spoke. Greetings from the President of Russia On Cosmonautics Day.", lexicon,
                   published=dt.date(2022, 4, 12))
    assert persons(doc) == {PUTIN} and doc.unknown_persons == ()


def test_a_russian_titles_complement_is_no_part_of_the_name_after_it(lexicon: Lexicon) -> None:
    doc = run_text("Губернатор Ленобласти Александр Дрозденко выступил. Депутат Верховной Рады Геннадий Москаль "
                   "выступил. Депутат Государственной Думы Крашенинников выступил.", lexicon, lang="ru")
    assert sorted(label for _, label, *_ in doc.unknown_persons) == ["Александр Дрозденко", "Геннадий Москаль"]


def test_unknown_person_keeps_the_post_and_nationality_of_the_title(lexicon: Lexicon) -> None:
    # a made-up name, so that no lexicon update can make it known
    doc = run_text("Putin had a telephone conversation with Prime Minister of Israel Avner Testberg.", lexicon)
    [(iri, label, post, country, title)] = doc.unknown_persons
    assert (label, country, title) == ("Avner Testberg", RES + "country/israel", "Prime Minister of Israel")
    [event] = doc.events
    assert event.type == "PhoneCall" and iri in event.participants


def test_kremlin_is_a_place_after_in_and_a_government_body_as_agent(lexicon: Lexicon) -> None:
    doc = run_text("The Kremlin said the talks ended in the Kremlin.", lexicon)
    types = [m.type for m in doc.mentions if "kremlin" in m.iri]
    assert types == ["GovernmentBody", "Place"]


def test_minsk_agreements_group_and_city_are_three_things(lexicon: Lexicon) -> None:
    doc = run_text("They discussed the Minsk agreements, the OSCE Minsk Group and the weather in Minsk.", lexicon)
    iris = [m.iri.rsplit("/", 1)[-1] for m in doc.mentions]
    assert iris == ["minsk-agreements", "osce-minsk-group", "minsk"]


# ---- dates --------------------------------------------------------------------------------------

def test_weekday_and_terms_of_office_fix_a_missing_year(lexicon: Lexicon) -> None:
    doc = run_text("The talks between Russian President Vladimir Putin and his French counterpart Emmanuel Macron "
                   "ended on Monday, February 7.", lexicon)
    assert doc.anchor == dt.date(2022, 2, 7) and doc.anchor_basis == "weekday"
    assert infer_year(2, 7, 1, lexicon, [(MACRON, RES + "post/president-of-france")]) == 2022


def test_dateline_gives_the_date_and_place(lexicon: Lexicon) -> None:
    doc = run_text("HANOI, July 6. /TASS/. Russian Foreign Minister Sergey Lavrov said on Wednesday, commenting "
                   "on talks between Russian President Vladimir Putin and his French counterpart Emmanuel Macron.",
                   lexicon)
    assert doc.anchor == dt.date(2022, 7, 6) and doc.place == RES + "place/hanoi"


@pytest.mark.parametrize("text, lang, expected", [
    ("Mosca, 7 novembre 2020 - telefonata.", "it", dt.date(2020, 11, 7)),
    ("Москва, 7 ноября 2020 года.", "ru", dt.date(2020, 11, 7)),
    ("Paris, le 7 novembre 2020.", "fr", dt.date(2020, 11, 7)),
    ("Berlin, 7. November 2020.", "de", dt.date(2020, 11, 7)),
    ("Moscow, November 7, 2020.", "en", dt.date(2020, 11, 7)),
])
def test_explicit_dates_in_five_languages(lexicon: Lexicon, text: str, lang: str, expected: dt.date) -> None:
    doc = run_text(text, lexicon, lang=lang)
    assert any(t.date == expected and t.precision == "day" for t in doc.times)


def test_relative_dates_need_the_publication_date(lexicon: Lexicon) -> None:
    text = "Earlier today, Peskov said so. Putin spoke with Macron by phone on Friday."
    undated = run_text(text, lexicon)
    assert all(t.date is None for t in undated.times)
    dated = run_text(text, lexicon, published=dt.date(2022, 1, 30))
    values = sorted(t.date for t in dated.times if t.date)
    assert values == [dt.date(2022, 1, 28), dt.date(2022, 1, 30)]
    assert dated.events[0].date == dt.date(2022, 1, 28)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Putin spoke with Macron by phone on Monday.", "en", dt.date(2002, 11, 11)),  # the publication day
    ("Putin spoke with Macron by phone last Monday.", "en", dt.date(2002, 11, 4)),
    ("Putin spoke with Macron by phone on Thursday.", "en", dt.date(2002, 11, 7)),
    ("Putin will speak with Macron by phone next Thursday.", "en", dt.date(2002, 11, 21)),
    ("Putin will speak with Macron by phone this coming Thursday.", "en", dt.date(2002, 11, 14)),
    ("Решения будут приняты в следующий четверг на саммите НАТО в Праге.", "ru", dt.date(2002, 11, 21)),
    ("Putin e Macron si sentiranno giovedì prossimo.", "it", dt.date(2002, 11, 14)),
    ("Putin et Macron se sont parlé vendredi dernier.", "fr", dt.date(2002, 11, 8)),
])
def test_a_weekday_is_the_last_one_unless_a_word_shifts_it(lexicon: Lexicon, text: str, lang: str,
                                                          expected: dt.date) -> None:
    doc = run_text(text, lexicon, published=dt.date(2002, 11, 11), lang=lang)  # a Monday
    assert [t.date for t in doc.times] == [expected]


def test_an_event_next_week_is_no_event_yet(lexicon: Lexicon) -> None:
    doc = run_text("Putin and Macron discussed Libya. The two presidents will meet next Thursday in Paris.", lexicon,
                   published=dt.date(2002, 11, 11))
    assert [e.type for e in doc.events] == []


def test_same_call_told_by_another_document_gives_the_year(lexicon: Lexicon) -> None:
    a = Document(id="a", text="Putin asked, in a telephone conversation with Macron on November 7, for help.", lang="en")
    b = Document(id="b", text="Mosca, 7 novembre 2020 – Putin ha avuto una conversazione telefonica con Macron.", lang="it")
    docs = extract_all([a, b], lexicon)
    assert docs[0].events[0].date == dt.date(2020, 11, 7)


# ---- events -------------------------------------------------------------------------------------

def test_mentions_of_one_call_merge_into_one_event(lexicon: Lexicon) -> None:
    doc = run_text("Putin and Macron spoke by phone. During the phone conversation, the two presidents discussed "
                   "Libya. The conversation between Putin and Macron lasted an hour.", lexicon)
    assert [(e.type, set(e.participants)) for e in doc.events] == [("PhoneCall", {PUTIN, MACRON})]


def test_generic_talks_alone_are_a_meeting_and_need_two_people(lexicon: Lexicon) -> None:
    doc = run_text("Talks between Putin and Macron ended in the Kremlin. Lavrov held talks.", lexicon)
    assert [(e.type, e.place) for e in doc.events] == [("Meeting", RES + "place/moscow-kremlin")]


def test_press_conference_after_talks_are_two_events(lexicon: Lexicon) -> None:
    doc = run_text("Lavrov spoke at a press conference following talks with Wang Yi in Beijing.", lexicon)
    kinds = sorted((e.type, len(e.participants)) for e in doc.events)
    assert kinds == [("Meeting", 2), ("PressConference", 1)]


def test_an_event_dated_after_publication_has_not_happened(lexicon: Lexicon) -> None:
    day = dt.date(2002, 2, 28)
    # the date in the trigger's own phrase, after the publication day: announced, not held
    doc = run_text("The President welcomes Prime Minister Jean-Claude Juncker for a working visit on March 6.", lexicon,
                   published=day)
    assert doc.events == ()
    doc = run_text("Putin and Macron will meet. Tomorrow's meeting between Putin and Macron is in Paris.", lexicon,
                   published=day)
    assert doc.events == ()
    # the day after an explicit date is a time zone's grace: Washington's date for a meeting in Tokyo
    doc = run_text("Joe Biden and Fumio Kishida met in Tokyo on March 1, 2002.", lexicon, published=day)
    assert [(e.type, e.date) for e in doc.events] == [("Meeting", dt.date(2002, 3, 1))]
    # a later date elsewhere in the sentence is not the event's: the call took place
    doc = run_text("Putin and Lukashenko had a telephone conversation ahead of the Day of Unity, marked on March 2.",
                   lexicon, published=day)
    # (but neither that date nor the publication day is surely its own)
    assert [(e.type, e.date) for e in doc.events] == [("PhoneCall", None)]


def test_who_met_on_the_sidelines_of_a_summit_attended_it_that_day(lexicon: Lexicon) -> None:
    day = dt.date(2022, 9, 16)
    both = ["vladimir-putin", "recep-tayyip-erdogan"]
    for text, lang in (("Putin met Erdogan on the sidelines of the SCO summit.", "en"),
                       ("Putin and Erdogan held talks. The meeting took place on the margins of the SCO summit.", "en"),
                       ("Путин встретился с Эрдоганом на полях саммита ШОС в Самарканде.", "ru"),
                       ("Путин и Эрдоган провели переговоры. Встреча прошла на полях саммита ШОС.", "ru"),
                       ("Putin a rencontré Erdogan en marge du sommet de l'OCS.", "fr")):
        doc = run_text(text, lexicon, published=day, lang=lang)
        assert [(e.type, [p.rsplit("/", 1)[-1] for p in e.participants], e.date) for e in doc.events] == [
            ("Meeting", both, day), ("Summit", both, day)], text
    # remarks before "this meeting": the meeting of the title
    text = ("Remarks by President Biden and Prime Minister Kishida Before Bilateral Meeting\n\n"
            "THE PRESIDENT: Well, I met President Yoon last month. I'm pleased that this meeting is taking place on "
            "the margins of this historic NATO Summit.")
    doc = extract(Document(id="t", title=text.split("\n")[0], text=text, published=dt.date(2022, 6, 29),
                           source="whitehouse.gov"), lexicon)
    summit = [e for e in doc.events if e.type == "Summit"]
    assert [({p.rsplit("/", 1)[-1] for p in e.participants}, e.date) for e in summit] == [
        ({"joe-biden", "fumio-kishida"}, dt.date(2022, 6, 29))]
    # a summit named later in another clause is not the meeting's host
    doc = run_text("Putin met Erdogan. Later, on the sidelines of the summit, Macron spoke.", lexicon, published=day)
    assert [e.type for e in doc.events] == ["Meeting"]


def test_a_speech_titled_at_a_summit_puts_its_speaker_and_those_greeted_there(lexicon: Lexicon) -> None:
    def speech(title: str, body: str) -> Doc:
        return run_text(body, lexicon, title=title, published=dt.date(2024, 7, 10), source="whitehouse.gov")

    doc = speech("Remarks by President Biden Before Working Session I of the NATO Summit",
                 "1:03 P.M. EDT\n\nTHE PRESIDENT: Secretary-General, Allies, friends.\n\nFor 75 years, we grew.")
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}) for e in doc.events] == [
        ("Summit", {"joe-biden", "jens-stoltenberg"})]
    # a summit a speech only talks about has the speaker at it no more than any other
    doc = speech("Remarks by President Biden", "THE PRESIDENT: The NATO Summit in Vilnius was a success.")
    assert doc.events == ()


def test_an_upcoming_meeting_is_no_event_but_todays_is(lexicon: Lexicon) -> None:
    day = dt.date(2021, 6, 12)
    doc = run_text("Предстоящая встреча президентов России и США обсуждалась во время переговоров Джо Байдена и "
                   "Ангелы Меркель.", lexicon, published=day, lang="ru")
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}) for e in doc.events] == [
        ("Meeting", {"joe-biden", "angela-merkel"})]
    doc = run_text("Putin and Pashinyan discussed the forthcoming visit by Pashinyan to Russia.", lexicon, published=day)
    assert doc.events == ()
    # "ahead of" with a date of today between: the meeting is this one, and it is taking place
    doc = run_text("Vladimir Putin: Yesterday, we discussed this with Mr Khusnullin, ahead of our today's meeting "
                   "with Marat Khusnullin.", lexicon, published=day)
    assert [e.type for e in doc.events] == ["Meeting"]
    # "next" is no prospect: "the next day" they met
    doc = run_text("The next day Putin met with Macron.", lexicon, published=day)
    assert [e.type for e in doc.events] == ["Meeting"]


def test_announced_attendance_is_no_event(lexicon: Lexicon) -> None:
    doc = run_text("President Biden will participate in a meeting with Prime Minister Kishida.", lexicon,
                   published=dt.date(2023, 5, 19))
    assert doc.events == ()
    doc = run_text("Владимир Путин примет участие во встрече с Си Цзиньпином.", lexicon,
                   published=dt.date(2023, 5, 19), lang="ru")
    assert doc.events == ()


# ---- statements ---------------------------------------------------------------------------------

def test_the_parties_discussed_gives_one_statement_per_participant(lexicon: Lexicon) -> None:
    doc = run_text("Putin and Macron spoke by phone. The parties discussed the situation in Libya and the fight "
                   "against terrorism.", lexicon)
    assert said(doc) == {("vladimir-putin", "libya"), ("emmanuel-macron", "libya"),
                         ("vladimir-putin", "terrorism"), ("emmanuel-macron", "terrorism")}


def test_a_country_is_a_subject_after_a_situation_cue_only(lexicon: Lexicon) -> None:
    doc = run_text("Biden spoke with Kishida by phone. With regard to North Korea, the leaders stressed their "
                   "resolve. Kishida said Japan was ready.", lexicon)
    assert said(doc) == {("joe-biden", "north-korea"), ("fumio-kishida", "north-korea")}
    doc = run_text("Путин провёл телефонный разговор с Макроном. Путин высказался относительно Украины.", lexicon,
                   lang="ru")
    assert said(doc) == {("vladimir-putin", "ukraine")}


@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("Lavrov recalled UN Security Council resolution 2202, which endorsed the Minsk agreements.", "en", ["2202"]),
    ("Aliyev recalled resolutions 822 (1993), 853 (1993) and 874.", "en", ["822", "853", "874"]),
    ("Biden urged the Taliban to abide by UNSCR 2593 (2021).", "en", ["2593"]),
    ("Лавров напомнил о резолюции Совета Безопасности ООН 2231.", "ru", ["2231"]),
    ("Лавров напомнил о резолюции СБ ООН № 2254.", "ru", ["2254"]),
    # the General Assembly's numbers carry a session; a year is no number
    ("Abbas recalled resolution 194 (III), resolution 217 A (III) and resolution 68/262.", "en", []),
    ("Лавров напомнил о резолюции 2014 года.", "ru", []),
])
def test_security_council_resolutions_are_subjects_by_number(lexicon: Lexicon, text: str, lang: str,
                                                              numbers: list[str]) -> None:
    doc = run_text(text, lexicon, lang=lang)
    assert [iri.rsplit("-", 1)[-1] for iri, _, _ in doc.resolutions] == numbers
    raised = {s.subject.rsplit("/", 1)[-1] for s in doc.statements}
    assert {f"un-security-council-resolution-{n}" for n in numbers} <= raised


def test_a_resolution_of_another_body_is_that_bodys(lexicon: Lexicon) -> None:
    doc = run_text("Lavrov recalled General Assembly resolution 181 and Security Council resolution 242.", lexicon)
    assert {s.subject.rsplit("/", 1)[-1] for s in doc.statements if "resolution" in s.subject} == {
        "un-general-assembly-resolution-181", "un-security-council-resolution-242"}


def test_a_date_right_after_an_agreements_name_is_no_statement_date(lexicon: Lexicon) -> None:
    day = dt.date(2022, 7, 19)
    doc = run_text("Putin and Raisi noted the need to implement UN Security Council Resolution 2231 of July 20, 2015.",
                   lexicon, published=day)
    assert {s.date for s in doc.statements} == {day}
    doc = run_text("Путин напомнил о Минских соглашениях от 12 февраля 2015 года.", lexicon, lang="ru", published=day)
    assert [s.date for s in doc.statements] == [day]


def test_subjects_of_readouts_and_general_debate_speeches_are_raised(lexicon: Lexicon) -> None:
    doc = run_text("Biden spoke with Kishida by phone. The leaders discussed the abductions issue and maritime "
                   "security in the South China Sea.", lexicon)
    assert said(doc) >= {("joe-biden", "north-korean-abductions"), ("joe-biden", "maritime-security"),
                         ("joe-biden", "south-china-sea-disputes")}
    doc = run_text("“We must fight drug trafficking and implement the Sendai Framework,” Lavrov said.", lexicon)
    assert said(doc) == {("sergey-lavrov", "illegal-drug-trade"), ("sergey-lavrov", "sendai-framework")}


def test_speaker_of_a_quote_raises_what_it_names(lexicon: Lexicon) -> None:
    doc = run_text("“We worked within the Normandy format and for the Minsk agreements,” Lavrov said.", lexicon)
    assert said(doc) == {("sergey-lavrov", "normandy-format"), ("sergey-lavrov", "minsk-agreements")}


def test_minsk_is_resolved_by_context_in_italian(lexicon: Lexicon) -> None:
    doc = run_text("Putin ha avuto una conversazione telefonica con Macron. Hanno ribadito gli sforzi nel quadro "
                   "del gruppo di Minsk dell'Osce. È stata sottolineata l'attuazione del «Pacchetto di misure» di Minsk.",
                   lexicon, lang="it")
    subjects = {s.subject for s in doc.statements}
    assert subjects == {MINSK_GROUP, MINSK_AGREEMENTS}


def test_attribution_and_modality_are_kept(lexicon: Lexicon) -> None:
    doc = run_text("Putin spoke with Macron by phone. The Russian leader allegedly asked for help with the vaccine, "
                   "reports Kommersant.", lexicon, published=dt.date(2020, 11, 8))
    [st] = doc.statements
    assert st.modality == "Alleged" and st.reported_by == RES + "media/kommersant"
    doc = run_text("According to the French presidential office, Putin said he wants to implement the Minsk agreements.",
                   lexicon)
    [st] = doc.statements
    assert st.modality == "Reported" and st.reported_by == RES + "gov/elysee"


def test_a_topic_merely_mentioned_is_not_a_statement(lexicon: Lexicon) -> None:
    doc = run_text("The pandemic changed the world. NATO is an alliance.", lexicon)
    assert doc.statements == ()


def test_he_refers_to_the_last_person_speaker_not_to_a_source(lexicon: Lexicon) -> None:
    doc = run_text("“We are outraged,” the source said. He added that NATO was to blame.", lexicon)
    assert doc.statements == ()
    doc = run_text("Lavrov said the talks were useful. He added that NATO was to blame.", lexicon)
    assert said(doc) == {("sergey-lavrov", "nato")}


def test_he_after_a_speech_verb_is_its_agent(lexicon: Lexicon) -> None:
    doc = run_text("When Macron mentioned the proposal, Putin commented that he feels NATO is to blame.", lexicon,
                   published=dt.date(2022, 3, 6))
    [he] = [m for m in doc.mentions if m.via == "pronoun"]
    assert he.iri.endswith("vladimir-putin")


def test_a_capitalised_president_in_a_russian_readout_is_the_publishers_principal(lexicon: Lexicon) -> None:
    text = ("Владимир Путин провел переговоры с Эммануэлем Макроном. Президент отметил важность Минских "
            "соглашений. Президент Франции поднял вопрос о Сирии.")
    doc = run_text(text, lexicon, published=dt.date(2021, 5, 3), lang="ru", source="kremlin.ru")
    roles = {(doc.document.text[m.begin:m.end], m.iri.rsplit("/", 1)[-1]) for m in doc.mentions if m.via == "role"}
    assert roles == {("Президент", "vladimir-putin"), ("Президент Франции", "emmanuel-macron")}
    # a news agency's "президент" is nobody in particular
    doc = run_text("Президент отметил важность Минских соглашений.", lexicon, published=dt.date(2021, 5, 3), lang="ru")
    assert persons(doc) == set()


def test_we_between_a_person_and_the_verb_is_its_subject(lexicon: Lexicon) -> None:
    text = ("Дж.Робертсон: Дамы и господа! Как сказал Президент, мы также говорили о проблеме терроризма. "
            "В качестве председателя я также рассказал Президенту о работе Совета Россия–НАТО.")
    doc = run_text(text, lexicon, published=dt.date(2002, 11, 11), lang="ru", source="kremlin.ru")
    assert said(doc) == {("george-robertson", "terrorism"), ("george-robertson", "nato-russia-council")}


def test_a_label_that_names_two_people_addresses_them_and_names_no_speaker(lexicon: Lexicon) -> None:
    text = ("PRIME MINISTER KISHIDA: Thank you.\n\nPresident Biden, Prime Minister Modi, Prime Minister Albanese: "
            "I am delighted to welcome my friends to Tokyo. We discussed the Quad.")
    doc = run_text(text, lexicon, published=dt.date(2022, 5, 24), source="whitehouse.gov")
    assert said(doc) == {("fumio-kishida", "quad")}


def test_a_greeting_before_a_colon_names_no_speaker(lexicon: Lexicon) -> None:
    text = ("PRESIDENT DUDA: (As interpreted.)\n\nYour Excellency and distinguished Madam Vice President of the "
            "United States of America, distinguished ladies and gentlemen: This is a very important moment. "
            "I thanked for the imposition of effective sanctions on the Russian Federation.")
    doc = run_text(text, lexicon, published=dt.date(2022, 3, 10), source="whitehouse.gov")
    assert said(doc) == {("andrzej-duda", "sanctions")}


def test_a_verb_inside_a_name_is_no_verb(lexicon: Lexicon) -> None:
    # "States" (says) in "United States": the speaker is the one who says "we", not the President named
    text = ("PRIME MINISTER MODI: Thank you, President Trump. India and the United States will stand together "
            "in the fight against terrorism.")
    doc = run_text(text, lexicon, published=dt.date(2025, 2, 13), source="whitehouse.gov")
    assert not [m for m in doc.matches_of("speech") if doc.document.text[m.begin:m.end] == "States"]
    assert said(doc) == {("narendra-modi", "terrorism")}


def test_a_question_label_is_no_ones_turn_and_an_answer_label_gives_the_floor_back(lexicon: Lexicon) -> None:
    text = ("В.Путин: Мы обсудили работу Совета Россия–НАТО.\nВопрос: Будет ли Альянс ждать решения Совета "
            "Безопасности ООН?\nОтвет: Мы поддерживаем ОБСЕ.")
    doc = run_text(text, lexicon, published=dt.date(2002, 11, 11), source="kremlin.ru", lang="ru")
    assert said(doc) == {("vladimir-putin", "nato-russia-council"), ("vladimir-putin", "osce")}


def test_what_a_journalist_asks_about_is_not_raised_by_those_the_question_names(lexicon: Lexicon) -> None:
    text = ("Сергей Лавров провел пресс-конференцию в Москве.\nВопрос: Обсуждалась ли тема расширения НАТО в ходе "
            "двусторонней встречи с министром иностранных дел Индии Субраманьямом Джайшанкаром на полях СМИД ШОС? "
            "Как вы оцениваете итоги?\nС.В.Лавров: Мы обсуждали Минские соглашения.")
    doc = run_text(text, lexicon, published=dt.date(2023, 5, 5), lang="ru")
    assert said(doc) == {("sergey-lavrov", "minsk-agreements")}
    # the turn ends at the next label, and a journalist may still report what someone said
    text = ("Q: The leaders discussed the Normandy format at the summit, didn't they? Macron said NATO was brain-dead.\n"
            "PRESIDENT PUTIN: We discussed the Minsk agreements at the summit.")
    doc = run_text(text, lexicon, published=dt.date(2019, 12, 10), source="kremlin.ru")
    assert said(doc) == {("emmanuel-macron", "nato"), ("vladimir-putin", "minsk-agreements")}


def test_a_date_in_the_speakers_own_words_or_in_a_quote_is_what_was_said_not_when(lexicon: Lexicon) -> None:
    def dated(text: str, **kw: object) -> set[tuple[str, dt.date | None]]:
        doc = run_text(text, lexicon, published=dt.date(2022, 4, 27), **kw)  # type: ignore[arg-type]
        return {(s.subject.rsplit("/", 1)[-1], s.date) for s in doc.statements}

    text = ("PRESIDENT PUTIN: All the goals of the special military operation launched on February 24 will be "
            "attained, also for Crimea.\nQuestion: And Crimea?")
    assert dated(text, source="kremlin.ru") == {("russia-ukraine-crisis", dt.date(2022, 4, 27)),
                                                ("crimea", dt.date(2022, 4, 27))}
    text = "\u201cOn 10 December 1948 the world adopted a charter of human rights,\u201d Macron said on April 26."
    assert dated(text) == {("human-rights", dt.date(2022, 4, 26))}
    # a speech verb's own sentence still dates what it says
    assert dated("On April 26, Macron said human rights matter.") == {("human-rights", dt.date(2022, 4, 26))}


def test_a_briefing_one_gets_is_no_press_conference(lexicon: Lexicon) -> None:
    text = ("PRESIDENT BIDEN: I got a detailed briefing about yesterday's attacks.\n"
            "The President held a briefing session with permanent members of the Security Council.")
    assert run_text(text, lexicon, published=dt.date(2021, 8, 27), source="whitehouse.gov").events == ()
    doc = run_text("Jen Psaki said at a press briefing that Biden would call Macron.", lexicon,
                   published=dt.date(2021, 8, 27))
    assert [e.type for e in doc.events] == ["PressConference"]


def test_an_undated_official_readout_took_place_on_its_publication_day(lexicon: Lexicon) -> None:
    text = "Vladimir Putin had a telephone conversation with Emmanuel Macron. The parties discussed the situation in Libya."
    doc = run_text(text, lexicon, published=dt.date(2021, 5, 3), source="kremlin.ru")
    [event] = doc.events
    assert (event.date, event.basis) == (dt.date(2021, 5, 3), "publication")
    assert {s.date for s in doc.statements} == {dt.date(2021, 5, 3)}
    undated = run_text(text, lexicon)
    assert undated.events[0].date is None


def test_transcript_labels_give_the_speaker(lexicon: Lexicon) -> None:
    text = "THE PRESIDENT: We discussed NATO and the Minsk agreements.\nQ: And the G7?\n"
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 1), source="whitehouse.gov")
    assert said(doc) == {("joe-biden", "nato"), ("joe-biden", "minsk-agreements")}


def test_inline_transcript_labels_switch_the_speaker(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin held talks with Prime Minister of Armenia Nikol Pashinyan.*** President of Russia "
            "Vladimir Putin: Mr Prime Minister, we value the CSTO. Nikol Pashinyan: Thank you. I want to speak "
            "about the Eurasian Economic Union.")
    doc = run_text(text, lexicon, published=dt.date(2022, 4, 19), source="kremlin.ru")
    assert said(doc) == {("vladimir-putin", "csto"), ("nikol-pashinyan", "eaeu")}


def test_transcript_labels_with_initials_and_our_meeting(lexicon: Lexicon) -> None:
    """Russian transcripts label turns "В.Путин:", "Дж.Робертсон:"; "наша встреча с X" (our meeting with
    X) has the speaker at it; "только что" (just now) is the day of the transcript."""
    text = ("В.Путин: Только что завершилась наша двусторонняя встреча с Генеральным секретарем НАТО "
            "господином Робертсоном.\n\nДж.Робертсон: Мы обсудили Совет Россия–НАТО.\n")
    doc = run_text(text, lexicon, published=dt.date(2002, 11, 11), source="kremlin.ru", lang="ru")
    robertson = RES + "person/george-robertson"
    assert [(e.type, set(e.participants), e.date) for e in doc.events] == [
        ("Meeting", {PUTIN, robertson}, dt.date(2002, 11, 11))]
    assert said(doc) == {("george-robertson", "nato-russia-council")}


def test_a_heading_that_opens_with_the_event_has_the_publishers_principal_at_it(lexicon: Lexicon) -> None:
    """kremlin.ru headings "Joint press conference with X", "Meeting with X" leave out their agent: the
    President; the same heading's second mention in the page footer names one of the two and is the
    same press conference."""
    text = ("Joint press conference with NATO Secretary General George Robertson\n\n"
            "We discussed the NATO-Russia Council.\n\n"
            "Official website: Joint press conference with NATO Secretary General George Robertson\n")
    doc = run_text(text, lexicon, published=dt.date(2002, 11, 11), source="kremlin.ru")
    robertson = RES + "person/george-robertson"
    assert [(e.type, set(e.participants), e.date) for e in doc.events] == [
        ("PressConference", {PUTIN, robertson}, dt.date(2002, 11, 11))]


def test_a_heading_about_an_event_keeps_its_agent_unknown(lexicon: Lexicon) -> None:
    # the meeting was by others (named in the text), not by the publisher's principal
    text = ("Statement from National Security Council Spokesperson on Meeting with Prime Minister Mohammed "
            "Shia al-Sudani of Iraq\n\nThe two sides discussed energy security.\n")
    doc = run_text(text, lexicon, published=dt.date(2023, 9, 21), source="whitehouse.gov")
    assert doc.events == ()


def test_who_speaks_at_a_press_conference_is_at_it(lexicon: Lexicon) -> None:
    for text, lang in (("Speaking at a press conference after the talks, Vladimir Putin said that Russia was ready "
                        "to ensure Europe's energy security.", "en"),
                       ("Говоря об итогах саммита на пресс-конференции по завершении переговоров, Владимир Путин "
                        "отметил, что Россия готова внести свой вклад в обеспечение энергетической безопасности.", "ru")):
        doc = run_text(text, lexicon, published=dt.date(2000, 10, 30), lang=lang)
        assert [(e.type, e.participants, e.date) for e in doc.events] == [
            ("PressConference", (PUTIN,), dt.date(2000, 10, 30))], text


def test_a_forum_in_a_name_is_no_event_of_who_speaks(lexicon: Lexicon) -> None:
    doc = run_text("Vladimir Putin and Abdelmadjid Tebboune reaffirmed their intention to continue bilateral "
                   "coordination within the OPEC+ format and the Gas Exporting Countries Forum.", lexicon,
                   published=dt.date(2022, 4, 18))
    assert doc.events == ()


def test_what_was_discussed_at_a_meeting_whose_participants_come_next(lexicon: Lexicon) -> None:
    text = ("На встрече обсуждался широкий круг вопросов, в том числе планы США выйти из Договора о "
            "противоракетной обороне. По итогам саммита подписано Совместное заявление Президента России "
            "Владимира Путина и Президента Франции Эмманюэля Макрона.")
    doc = run_text(text, lexicon, published=dt.date(2019, 10, 30), lang="ru")
    assert said(doc) == {("vladimir-putin", "abm-treaty"), ("emmanuel-macron", "abm-treaty")}


def test_what_was_discussed_with_no_event_named_is_not_told_by_a_later_one(lexicon: Lexicon) -> None:
    # the Security Council meeting of the title has no second person; the talks after it are another event
    text = ("Владимир Путин провел в Кремле совещание с постоянными членами Совета безопасности России\n\n"
            "Обсуждались перспективы политического урегулирования в Сирии. Глава государства проинформировал "
            "об итогах своих переговоров с президентом Турции и премьер-министром Японии.")
    doc = run_text(text, lexicon, published=dt.date(2019, 1, 25), lang="ru")
    assert said(doc) == set()


def test_a_bare_secretary_general_is_of_the_organisation_in_view(lexicon: Lexicon) -> None:
    text = ("Remarks by President Biden Before Working Session I of the NATO Summit\n\n"
            "THE PRESIDENT: Secretary-General, Allies, friends. We discussed NATO enlargement.\n")
    doc = run_text(text, lexicon, published=dt.date(2024, 7, 10), source="whitehouse.gov")
    assert RES + "person/jens-stoltenberg" in persons(doc)
    doc = run_text("The United Nations must act. The Secretary-General said so.", lexicon,
                   published=dt.date(2024, 7, 10))
    assert RES + "person/antonio-guterres" in persons(doc)
    # no organisation named before it: nobody in particular
    doc = run_text("The Secretary-General said so.", lexicon, published=dt.date(2024, 7, 10))
    assert not persons(doc)


def test_prose_ending_in_a_colon_is_no_speaker_label(lexicon: Lexicon) -> None:
    text = "The United Nations met.\nobjective set by the Secretary-General: we must fight terrorism."
    doc = run_text(text, lexicon, published=dt.date(2022, 9, 24), source="whitehouse.gov")
    assert said(doc) == {("joe-biden", "terrorism")}


def test_i_before_the_verb_is_its_subject_and_the_person_after_its_object(lexicon: Lexicon) -> None:
    text = ("В.Путин: Я только что проинформировал Генерального секретаря НАТО о ситуации в Чечне.\n")
    doc = run_text(text, lexicon, published=dt.date(2002, 11, 11), source="kremlin.ru", lang="ru")
    assert said(doc) == {("vladimir-putin", "second-chechen-war")}


def test_russian_common_words_after_a_title_are_no_person(lexicon: Lexicon) -> None:
    doc = run_text("Об этом заявил президент Федеративной Республики Германия.", lexicon, lang="ru",
                   published=dt.date(2022, 2, 21))
    assert not doc.unknown_persons


def test_a_side_named_by_its_country_is_who_is_there_for_that_country(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. The Russian "
            "side stressed the importance of the Minsk agreements. The French side raised the situation in Syria.")
    doc = run_text(text, lexicon, published=dt.date(2019, 5, 19))
    assert said(doc) == {("vladimir-putin", "minsk-agreements"), ("emmanuel-macron", "syria")}
    text = ("Владимир Путин провел телефонный разговор с Президентом Франции Эммануэлем Макроном. Российская "
            "сторона подчеркнула важность Минских соглашений.")
    doc = run_text(text, lexicon, published=dt.date(2019, 5, 19), lang="ru")
    assert said(doc) == {("vladimir-putin", "minsk-agreements")}


def test_a_country_that_opens_a_sentence_as_a_speakers_subject_is_a_side(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. France also "
            "stressed the importance of the Minsk agreements. The United States welcomed the Normandy format.")
    doc = run_text(text, lexicon, published=dt.date(2019, 5, 19))
    # no one at the call is there for the United States, and the readout has no speaker of its own
    assert said(doc) == {("emmanuel-macron", "minsk-agreements")}
    # in a transcript, a side with no one at the event is the speaker's own words
    text = "THE PRESIDENT: The United States welcomed the Normandy format."
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 1), source="whitehouse.gov")
    assert said(doc) == {("joe-biden", "normandy-format")}
    # any one word between subject and verb, an article in another language; but not two countries
    text = ("Giorgia Meloni ha avuto un colloquio telefonico con Emmanuel Macron. La Francia ha sottolineato "
            "gli accordi di Minsk.")
    assert said(run_text(text, lexicon, published=dt.date(2023, 1, 5), lang="it")) == {
        ("emmanuel-macron", "minsk-agreements")}
    text = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. Russia and "
            "France discussed the Minsk agreements.")
    assert said(run_text(text, lexicon, published=dt.date(2019, 5, 19))) == set()  # not Russia's side alone


def test_the_ministers_are_the_participants_who_are_ministers(lexicon: Lexicon) -> None:
    text = ("Volodymyr Zelenskyy met with Minister of Foreign Affairs of Austria Alexander Schallenberg and Minister "
            "of Foreign Affairs of Slovakia Ivan Korčok. The ministers expressed their support for the Minsk agreements.")
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 8))
    assert said(doc) == {("alexander-schallenberg", "minsk-agreements"), ("ivan-korcok", "minsk-agreements")}
    # Lavrov held the post on the date by the lexicon; with no minister at the event, all participants
    text = "Vladimir Putin met with Sergey Lavrov and Emmanuel Macron. The ministers discussed the Minsk agreements."
    assert {p for p, _ in said(run_text(text, lexicon, published=dt.date(2019, 5, 19)))} == {"sergey-lavrov"}
    text = "Vladimir Putin met with Emmanuel Macron. The ministers discussed the Minsk agreements."
    assert {p for p, _ in said(run_text(text, lexicon, published=dt.date(2019, 5, 19)))} == {
        "vladimir-putin", "emmanuel-macron"}


def test_they_after_a_side_is_that_side_and_the_co_chairs_are_all_participants(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. The Russian "
            "side stressed the importance of the Minsk agreements. They also discussed the situation in Syria. "
            "The co-chairs intend to return to the Normandy format.")
    doc = run_text(text, lexicon, published=dt.date(2019, 5, 19))
    assert said(doc) == {("vladimir-putin", "minsk-agreements"), ("vladimir-putin", "syria"),
                         ("vladimir-putin", "normandy-format"), ("emmanuel-macron", "normandy-format")}
    planned = {s.modality for s in doc.statements if s.subject.endswith("normandy-format")}
    assert planned == {"Planned"}
    # without a side before it, "they" are the participants
    doc = run_text("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. They "
                   "discussed the situation in Syria.", lexicon, published=dt.date(2019, 5, 19))
    assert said(doc) == {("vladimir-putin", "syria"), ("emmanuel-macron", "syria")}


def test_sides_of_a_conflict_and_a_verb_co_chair_are_no_side_of_the_talks(lexicon: Lexicon) -> None:
    text = ("Накануне состоялся телефонный разговор Лаврова и Керри, они договорились заставить стороны "
            "украинского кризиса передать все доказательства.")
    doc = run_text(text, lexicon, published=dt.date(2014, 7, 19), lang="ru")
    assert said(doc) == {("sergey-lavrov", "russia-ukraine-crisis"), ("john-kerry", "russia-ukraine-crisis")}
    doc = run_text("Joe Biden met Emmanuel Macron. The presidents said that France and the United States co-chair "
                   "the Ukraine Defense Contact Group.", lexicon, published=dt.date(2024, 6, 8))
    assert said(doc) == {("joe-biden", "ukraine-defense-contact-group"),
                         ("emmanuel-macron", "ukraine-defense-contact-group")}


def test_what_participants_met_to_discuss_they_raised(lexicon: Lexicon) -> None:
    doc = run_text("Jake Sullivan met today with Irish Foreign Minister Simon Coveney to discuss the Minsk agreements.",
                   lexicon, published=dt.date(2022, 4, 28))
    assert said(doc) == {("jake-sullivan", "minsk-agreements"), ("simon-coveney", "minsk-agreements")}
    text = ("Стало известно о телефонном разговоре Лаврова и Керри. Джон Керри позвонил Сергею Лаврову, чтобы "
            "обсудить ситуацию на Украине.")
    doc = run_text(text, lexicon, published=dt.date(2014, 3, 8), lang="ru")
    assert said(doc) == {("john-kerry", "russia-ukraine-crisis"), ("sergey-lavrov", "russia-ukraine-crisis")}


def test_what_a_speaker_has_to_discuss_is_the_speakers_own(lexicon: Lexicon) -> None:
    text = "THE PRESIDENT: And we have much to discuss today on the Minsk agreements.\n"
    doc = run_text(text, lexicon, published=dt.date(2022, 6, 26), source="whitehouse.gov")
    assert said(doc) == {("joe-biden", "minsk-agreements")}


def test_planned_meetings_are_no_events(lexicon: Lexicon) -> None:
    """An announced or agreed meeting has not happened: it would get the publication date."""
    doc = run_text("Vladimir Putin and Alexander Lukashenko had a brief conversation. The two leaders agreed to hold "
                   "a separate full-format meeting with Xi Jinping in the near future.", lexicon,
                   published=dt.date(2022, 5, 16))
    assert [(e.type, len(e.participants)) for e in doc.events] == [("Meeting", 2)]
    for text, lang in (("On April 19, Vladimir Putin will hold talks with Prime Minister of Armenia Nikol Pashinyan.", "en"),
                       ("Владимир Путин и Си Цзиньпин договорились провести встречу в Пекине.", "ru")):
        assert run_text(text, lexicon, published=dt.date(2022, 4, 18), lang=lang).events == (), text


def test_the_security_council_is_the_uns_where_the_un_was_just_named(lexicon: Lexicon) -> None:
    unsc = RES + "org/un-security-council"
    doc = run_text("The United Nations must be reformed. The Security Council has failed.", lexicon)
    assert unsc in {m.iri for m in doc.mentions}
    for text, lang in (("The Security Council met in the Kremlin.", "en"),
                       ("The United Nations must act. The Security Council of Russia met in the Kremlin.", "en"),
                       ("Мы уважаем ООН. Совет Безопасности России обсудил ситуацию.", "ru")):
        assert unsc not in {m.iri for m in run_text(text, lexicon, lang=lang).mentions}, text
    doc = run_text("Мы уважаем ООН. Мы обсудили это в Совете Безопасности.", lexicon, lang="ru")
    assert unsc in {m.iri for m in doc.mentions}


def test_a_topic_is_not_raised_before_it_began(lexicon: Lexicon) -> None:
    def topics(text: str, **kw: object) -> set[str]:
        doc = extract(Document(id="t.txt", text=text, lang="en", **kw), lexicon)  # type: ignore[arg-type]
        return {m.iri.rsplit("/", 1)[-1] for m in doc.mentions if m.type == "Topic"}

    text = "The Ebola outbreak is a deadly pandemic. We need vaccines."
    assert topics(text, published=dt.date(2014, 9, 25)) == {"ebola"}
    assert topics(text, title="UN General Debate, 69th session (2014): statement by Samoa") == {"ebola"}
    assert topics(text, published=dt.date(2021, 3, 1)) == {"ebola", "covid-19-pandemic", "covid-19-vaccines"}
    assert topics(text) == {"ebola", "covid-19-pandemic", "covid-19-vaccines"}  # when is not known


def test_a_speech_record_is_its_speakers_words_but_its_heading_is_not(lexicon: Lexicon) -> None:
    # "Johnson" inside "Ellen Johnson-Sirleaf" is not Boris Johnson: she is a person of her own
    title = "UN General Debate, 71th session (2016): statement by Liberia (Mrs. Ellen Johnson-Sirleaf, President)"
    text = f"{title}\n\nWe remain grateful to the United Nations for its Mission in Liberia."
    doc = extract(Document(id="t.txt", text=text, lang="en", title=title), lexicon)
    assert said(doc) == {("ellen-johnson--sirleaf", "un")}
    assert {s.sentence for s in doc.statements} == {1}  # the body's sentence, not the heading's "UN"
    # a heading that names what the speech is on keeps it
    title = "Statement by Press Secretary Karine Jean-Pierre on President Biden's Meeting with Quad Leaders"
    doc = run_text("The leaders will meet tomorrow.", lexicon, title=title, published=dt.date(2023, 5, 19),
                   source="whitehouse.gov")
    assert ("karine-jean-pierre", "quad") in said(doc)
    # two known persons joined by a hyphen stay themselves
    doc = run_text("The Biden-Xi meeting and the Johnson-Macron call were held.", lexicon, published=dt.date(2021, 11, 16))
    assert {"joe-biden", "xi-jinping", "boris-johnson", "emmanuel-macron"} <= {p.rsplit("/", 1)[-1] for p in persons(doc)}


def test_a_context_label_in_another_bodys_name_is_not_that_body(lexicon: Lexicon) -> None:
    unsc = RES + "org/un-security-council"
    text = ("The United Nations must act. Mr Chairman of the CSTO Collective Security Council, I thank you. "
            "Members of the Security Council met.")
    found = [m for m in run_text(text, lexicon).mentions if m.iri == unsc]
    assert [text[m.begin:m.end] for m in found] == ["Security Council"]
    assert found[0].begin == text.rindex("Security Council")


def test_collective_security_is_not_european_security(lexicon: Lexicon) -> None:
    for text, lang in (("Ethiopia supports the principle of collective security enshrined in the Charter.", "en"),
                       ("Токаев заявил о системе коллективной безопасности.", "ru")):
        assert not [m for m in run_text(text, lexicon, lang=lang).mentions if m.type == "Topic"], text
    doc = run_text("Macron said security in Europe was at stake.", lexicon)
    assert said(doc) == {("emmanuel-macron", "european-security")}


def test_military_aid_is_aid_to_ukraine_where_ukraine_was_named_and_no_other_country_follows(lexicon: Lexicon) -> None:
    def topics(text: str) -> set[str]:
        doc = run_text(text, lexicon, published=dt.date(2023, 5, 1))
        return {m.iri.rsplit("/", 1)[-1] for m in doc.mentions if m.type == "Topic"}

    assert topics("Biden met Zelenskyy in Ukraine. Biden announced new security assistance.") == \
        {"military-aid-to-ukraine"}
    assert topics("Biden met Zelenskyy in Ukraine. Biden said security assistance to Israel continues.") == \
        {"military-assistance"}
    assert topics("Biden said Taiwan needs military aid.") == {"military-assistance"}
    # the context label of an organisation is not blocked by "for" a country
    doc = run_text("The United Nations must be reformed. We support seats on the Security Council for Brazil.", lexicon)
    assert RES + "org/un-security-council" in {m.iri for m in doc.mentions}


def test_the_migration_crisis_after_belarus_was_named_is_the_border_crisis(lexicon: Lexicon) -> None:
    def topics(text: str) -> set[str]:
        doc = run_text(text, lexicon, published=dt.date(2021, 11, 16))
        return {m.iri.rsplit("/", 1)[-1] for m in doc.mentions if m.type == "Topic"}

    assert topics("Putin spoke with the President of Belarus. They discussed the migration crisis on the border "
                  "between Belarus and EU countries.") == {"belarus-eu-border-crisis"}
    assert topics("Merkel spoke about the migration crisis in the Mediterranean.") == {"migration"}


def test_who_discussed_something_with_a_partner_raised_it_together(lexicon: Lexicon) -> None:
    for text, lang in (("Zelenskyy discussed energy security with Johnson.", "en"),
                       ("Zelenskyy discussed with Prime Minister Boris Johnson energy security.", "en"),
                       ("Зеленский обсудил с Джонсоном энергетическую безопасность.", "ru")):
        doc = run_text(text, lexicon, published=dt.date(2021, 12, 17), lang=lang)
        assert said(doc) == {("volodymyr-zelenskyy", "energy-security"), ("boris-johnson", "energy-security")}, text
    doc = run_text("Путин обсудил с Олафом Шольцем и Эммануэлем Макроном ситуацию вокруг Минских соглашений.",
                   lexicon, published=dt.date(2022, 2, 1), lang="ru")
    assert said(doc) == {(p, "minsk-agreements") for p in ("vladimir-putin", "olaf-scholz", "emmanuel-macron")}
    # a speech verb has no partner; nor has a discussion whose "with" names no person
    for text in ("Zelenskyy said energy security was at stake, speaking with Johnson.",
                 "Zelenskyy discussed energy security with the European Union."):
        speakers = {s for s, _ in said(run_text(text, lexicon, published=dt.date(2021, 12, 17)))}
        assert speakers == {"volodymyr-zelenskyy"}, text


def test_a_plural_role_that_names_several_persons_makes_each_a_speaker(lexicon: Lexicon) -> None:
    both = {("vladimir-putin", "russia-ukraine-crisis"), ("emmanuel-macron", "russia-ukraine-crisis")}
    for text, lang in (("The Russian and French presidents discussed the situation in Ukraine.", "en"),
                       ("Президенты России и Франции обсудили ситуацию на Украине.", "ru"),
                       ("Российский и французский президенты обсудили ситуацию на Украине.", "ru"),
                       ("Ситуацию на Украине обсудили президенты России и Франции.", "ru")):
        doc = run_text(text, lexicon, published=dt.date(2021, 10, 30), lang=lang)
        assert said(doc) == both, text


def test_what_was_discussed_during_talks_told_after_it_the_talks_participants_raised(lexicon: Lexicon) -> None:
    both = {("vladimir-putin", "russia-ukraine-crisis"), ("emmanuel-macron", "russia-ukraine-crisis")}
    for text, lang in (("The situation in Ukraine was discussed during the talks between Putin and Macron.", "en"),
                       ("Ситуация на Украине обсуждалась во время переговоров Путина и Макрона.", "ru")):
        doc = run_text(text, lexicon, published=dt.date(2021, 10, 30), lang=lang)
        assert said(doc) == both, text
        assert {s.event for s in doc.statements} == {0}, text
    # an event told after the verb that is not its occasion is another one
    doc = run_text("Putin and Macron held talks. The presidents discussed the situation in Ukraine, taking into "
                   "account the previous conversation between Putin and Erdogan.", lexicon,
                   published=dt.date(2021, 10, 30))
    assert said(doc) == both
    assert {s.event for s in doc.statements} == {0}


def test_a_person_named_as_the_source_is_the_speaker_and_only_tells_the_rest(lexicon: Lexicon) -> None:
    doc = run_text("Putin held talks with Macron. According to Putin, the Minsk agreements are dead.", lexicon,
                   published=dt.date(2022, 2, 7))
    assert said(doc) == {("vladimir-putin", "minsk-agreements")}
    doc = run_text("Путин провёл переговоры с Макроном. По словам Путина, ситуация в Чечне стабильна.", lexicon,
                   published=dt.date(2022, 2, 7), lang="ru")
    assert said(doc) == {("vladimir-putin", "second-chechen-war")}
    doc = run_text("According to Kremlin spokesman Dmitry Peskov, Putin and Macron discussed the Normandy format "
                   "by phone.", lexicon, published=dt.date(2022, 2, 7))
    assert said(doc) == {("vladimir-putin", "normandy-format"), ("emmanuel-macron", "normandy-format")}
    assert [e.participants for e in doc.events] == [(PUTIN, MACRON)]


def test_a_headline_without_article_names_the_publishers_own_head(lexicon: Lexicon) -> None:
    text = ("President discusses security situation concerning Ukraine with Prime Minister of the United Kingdom\n"
            "President of Ukraine Volodymyr Zelenskyy had a telephone conversation with Boris Johnson.")
    doc = run_text(text, lexicon, published=dt.date(2021, 12, 17), source="president.gov.ua")
    assert said(doc) == {("volodymyr-zelenskyy", "russia-ukraine-crisis"), ("boris-johnson", "russia-ukraine-crisis")}
    # a plural is no house title, nor is a title further in
    doc = run_text("Leaders of the CSTO member states will hold a summit in Moscow on May 16", lexicon,
                   published=dt.date(2022, 5, 10), source="kremlin.ru")
    assert persons(doc) == set()
    doc = run_text("Zelenskyy said President meets the press.", lexicon, published=dt.date(2021, 12, 17),
                   source="president.gov.ua")
    assert persons(doc) == {RES + "person/volodymyr-zelenskyy"}


def test_the_person_after_a_verb_is_its_object_when_one_comes_before(lexicon: Lexicon) -> None:
    text = ("President of Ukraine Volodymyr Zelenskyy met with Minister of Foreign Affairs of Spain José Manuel "
            "Albares. The Head of State paid special attention to the security situation around Ukraine, and also "
            "briefed the Spanish Foreign Minister on the Normandy format.")
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 9), source="president.gov.ua")
    assert said(doc) == {("volodymyr-zelenskyy", "russia-ukraine-crisis"), ("volodymyr-zelenskyy", "normandy-format")}


def test_unknown_person_named_before_a_role_after_a_comma(lexicon: Lexicon) -> None:
    doc = run_text("Jake Sullivan met today with Orla Testmore, Minister for Foreign Affairs of Ireland. "
                   "They discussed food security.", lexicon, published=dt.date(2022, 4, 28))
    [(iri, label, *_)] = doc.unknown_persons
    assert label == "Orla Testmore"
    [event] = doc.events
    assert set(event.participants) == {RES + "person/jake-sullivan", iri}
    assert {s.speaker for s in doc.statements} == {RES + "person/jake-sullivan", iri}


def test_russian_subject_before_the_verb_and_speakers_after_it(lexicon: Lexicon) -> None:
    doc = run_text("Проблемы Нагорного Карабаха обсудили сегодня по телефону Владимир Путин и Никол Пашинян.",
                   lexicon, lang="ru", published=dt.date(2019, 4, 1))
    assert said(doc) == {("vladimir-putin", "nagorno-karabakh-conflict"), ("nikol-pashinyan", "nagorno-karabakh-conflict")}
    [event] = doc.events
    assert event.type == "PhoneCall" and event.date == dt.date(2019, 4, 1)


def test_a_russian_dative_pronoun_is_not_its_clauses_subject_and_a_verb_without_subject_goes_on(
        lexicon: Lexicon) -> None:
    doc = run_text("Владимир Путин провел телефонный разговор с премьером Великобритании Борисом Джонсоном. "
                   "Российский лидер изложил ему оценки обстановки вокруг Украины. Привел конкретные примеры, когда "
                   "Киев ведет линию на срыв Минских соглашений.", lexicon, published=dt.date(2021, 12, 13))
    assert [m.iri.rsplit("/", 1)[-1] for m in doc.mentions if doc.document.text[m.begin:m.end] == "ему"] \
        == ["boris-johnson"]
    assert said(doc) == {("vladimir-putin", "russia-ukraine-crisis"), ("vladimir-putin", "minsk-agreements")}
    doc = run_text("Vladimir Putin had a call with Boris Johnson. He told him about the situation in Ukraine.", lexicon,
                   published=dt.date(2021, 12, 13))  # English "him" stays as "he"
    assert said(doc) == {("vladimir-putin", "russia-ukraine-crisis")}


def test_a_russian_person_after_the_verb_in_another_case_is_its_object_not_its_speaker(lexicon: Lexicon) -> None:
    # the speaker, Nicaragua's president, is unknown: nothing is said rather than Putin's thanks to himself
    doc = run_text("Президент Никарагуа поблагодарил Владимира Путина за помощь в борьбе с пандемией.",
                   lexicon, lang="ru", published=dt.date(2022, 1, 24))
    assert said(doc) == set()
    doc = run_text("Глава МИД Франции поблагодарил Сергея Лаврова за помощь в борьбе с пандемией.",
                   lexicon, lang="ru", published=dt.date(2020, 4, 1))
    assert said(doc) == {("jean-yves-le-drian", "covid-19-pandemic")}
    # "обсудил с Сергеем Лавровым": a partner, who discussed it too
    doc = run_text("Обсудил с Сергеем Лавровым борьбу с пандемией Жан-Ив Ле Дриан.", lexicon, lang="ru",
                   published=dt.date(2020, 4, 1))
    assert ("sergey-lavrov", "covid-19-pandemic") in said(doc)


def test_the_person_right_after_thanked_or_welcomed_is_its_object(lexicon: Lexicon) -> None:
    doc = run_text("Readout of Vice President Harris's Call with Chancellor Merkel\n\nThe Vice President thanked "
                   "Chancellor Merkel for Germany's contributions to global vaccination efforts.", lexicon,
                   published=dt.date(2021, 7, 15), source="whitehouse.gov")
    assert said(doc) == {("kamala-harris", "covid-19-vaccines")}
    doc = run_text("Fiji welcomes the announcement by President Biden of climate finance.", lexicon,
                   published=dt.date(2023, 9, 22))
    assert said(doc) == set()
    # "said" may come before its speaker
    doc = run_text("Climate finance matters most, said President Biden.", lexicon, published=dt.date(2023, 9, 22))
    assert said(doc) == {("joe-biden", "climate-change")}


def test_russian_case_forms_come_from_morphology_not_only_the_lexicon(lexicon: Lexicon) -> None:
    # the lexicon lists "Черноморская зерновая инициатива" in the nominative only
    doc = run_text("Лавров говорил о Черноморской зерновой инициативе.", lexicon, lang="ru")
    assert any("grain" in m.iri for m in doc.mentions)


def test_russian_unknown_names_are_kept_in_the_nominative(lexicon: Lexicon) -> None:
    doc = run_text("Лавров провел переговоры с министром иностранных дел Финляндии Пеккой Хаависто.", lexicon,
                   lang="ru", published=dt.date(2021, 3, 1))
    labels = {label for _, label, *_ in doc.unknown_persons} | {lexicon.entities[m.iri].label for m in doc.mentions
                                                                 if m.iri in lexicon.entities and m.type == "Person"}
    assert "Пекка Хаависто" in labels or "Pekka Haavisto" in labels


def test_russian_unknown_names_in_the_instrumental_lose_its_ending_not_gain_another() -> None:
    from kg_build.morphology import nominative

    # the analyser's guesses for foreign names are no guide ("Олафом" read as a plural "Олафома")
    assert nominative("Герхардом Шрёдером") == "Герхард Шрёдер"
    assert nominative("Олафом Шольцем") == "Олаф Шольц"
    assert nominative("Жозепом Боррелем") == "Жозеп Боррель"
    assert nominative("Андреем Сыбигой") == "Андрей Сыбига"
    assert nominative("Владимира Зеленского") == "Владимир Зеленский"
    # indeclinable names and names whose case is not clear stay as written
    assert nominative("Мевлютом Чавушоглу") == "Мевлют Чавушоглу"
    assert nominative("Нэнси Пелоси") == "Нэнси Пелоси"
    assert nominative("Пекка Хаависто") == "Пекка Хаависто"


def test_a_joint_statement_speaks_for_everyone_its_title_names(lexicon: Lexicon) -> None:
    doc = extract(Document(id="j", lang="en", published=dt.date(2024, 7, 9), source="presidency.ucsb.edu",
                           title="Joint Statement by President Biden and Chancellor Olaf Scholz of Germany",
                           text="Joint Statement by President Biden and Chancellor Olaf Scholz of Germany\n\n"
                                "We welcome NATO's work to support Ukraine."), lexicon)
    assert said(doc) == {("joe-biden", "nato"), ("olaf-scholz", "nato")}


@pytest.mark.parametrize("text, name", [
    ("Secretary of Commerce Gina Testwood met the delegation.", "Gina Testwood"),
    ("As President Harry S. Testman said, we hope.", "Harry S. Testman"),
    ("Biden met Prime Minister of Israel Mohammed Shia al-Testani.", "Mohammed Shia al-Testani"),
    ("White House Coordinator for the Middle East and North Africa Brent McTest met them.", "Brent McTest"),
    ("Senior Advisor to the President for Energy and Investment Amos Teststein met them.", "Amos Teststein"),
    ("Secretary of Health and Human Services Robert F. Testnedy met them.", "Robert F. Testnedy"),
    ("Minister of Foreign Affairs of the Czech Republic Jan Testovský met them.", "Jan Testovský"),
    ("Minister of Finance Anton Siluanov and Minister of Transport Vitaly Testelyev met.", "Vitaly Testelyev"),
])
def test_unknown_names_after_offices_initials_and_particles(lexicon: Lexicon, text: str, name: str) -> None:
    doc = run_text(text, lexicon)
    assert name in {label for _, label, *_ in doc.unknown_persons}


def test_an_office_and_a_name_are_one_run_of_capitalised_words_read_whole(lexicon: Lexicon) -> None:
    doc = run_text("Artistic Director of the Dmitry Shostakovich St Petersburg Academic Philharmonic Hall Yury "
                   "Testkanov spoke.", lexicon)
    assert {label for _, label, *_ in doc.unknown_persons} == {"Yury Testkanov"}
    doc = run_text("Director of the First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh "
                   "Yury Testkanov spoke.", lexicon)
    assert doc.unknown_persons == ()


def test_a_body_before_a_title_is_no_name(lexicon: Lexicon) -> None:
    doc = run_text("I thank the outgoing President of the General Assembly, His Excellency Ambassador Peter "
                   "Testson, for his work.", lexicon)
    assert "General Assembly" not in {label for _, label, *_ in doc.unknown_persons}


def test_a_body_named_after_an_office_is_no_person(lexicon: Lexicon) -> None:
    doc = run_text("Chairman of the Russian State Council said so. Director of the Central Intelligence Agency spoke.",
                   lexicon)
    assert doc.unknown_persons == ()


def test_an_and_in_an_office_does_not_join_two_titled_persons(lexicon: Lexicon) -> None:
    doc = run_text("Minister of Foreign Affairs Ivan Testorčok and Minister of Defence Jaro Testnad met in Bratislava.",
                   lexicon)
    assert {label for _, label, *_ in doc.unknown_persons} == {"Ivan Testorčok", "Jaro Testnad"}


def test_the_president_in_an_aides_title_is_no_one_the_text_names(lexicon: Lexicon) -> None:
    doc = run_text("Deputy Assistant to the President and Senior Advisor for Energy Amos Teststein met Prime "
                   "Minister Mohammed Shia al-Sudani.",
                   lexicon, published=dt.date(2023, 9, 21), source="whitehouse.gov")
    assert RES + "person/joe-biden" not in persons(doc)


def test_japanese_names_in_either_order_and_a_leaders_meeting_is_a_summit(lexicon: Lexicon) -> None:
    doc = run_text("President Biden participated in the Quad Leaders' meeting with Prime Minister Anthony "
                   "Albanese of Australia, Prime Minister Kishida Fumio of Japan, and Prime Minister Narendra Modi "
                   "of India.", lexicon, published=dt.date(2023, 5, 19))
    assert [(e.type, len(e.participants)) for e in doc.events] == [("Summit", 4)]
    assert RES + "person/fumio-kishida" in persons(doc)


def test_persons_joined_around_a_title_and_met_last_night_with(lexicon: Lexicon) -> None:
    doc = run_text("Coordinator for the Middle East and North Africa Brent McTest and Deputy Assistant and Senior "
                   "Advisor to the President for Energy and Investment Amos Teststein met last night with Prime "
                   "Minister Mohammed Shia al-Sudani of Iraq.", lexicon, published=dt.date(2023, 9, 21),
                   source="whitehouse.gov")
    assert [len(e.participants) for e in doc.events] == [3]
    assert RES + "person/joe-biden" not in persons(doc)


def test_a_list_of_leaders_with_their_countries_before_a_meeting(lexicon: Lexicon) -> None:
    doc = run_text("Remarks by President Biden, President Yoon Suk Yeol of the Republic of Korea, and Prime Minister "
                   "Kishida Fumio of Japan Before Trilateral Meeting", lexicon, published=dt.date(2022, 6, 29))
    assert [(e.type, set(e.participants)) for e in doc.events] == [
        ("Meeting", {RES + "person/joe-biden", RES + "person/yoon-suk-yeol", RES + "person/fumio-kishida"})]


def test_attendance_cues_list_the_participants_of_the_event_just_told(lexicon: Lexicon) -> None:
    text = ("On Tuesday, the U.S.-EU Trade and Technology Council held its fifth ministerial meeting in Washington. "
            "Secretary of State Antony Blinken and Secretary of Commerce Gina Testmondo were joined by Executive "
            "Vice Presidents Margrethe Vestager and Valdis Dombrovskis. Commissioner Thierry Testbreton also joined "
            "the discussions.\n\nThe Council will meet again in spring.")
    doc = run_text(text, lexicon, published=dt.date(2024, 1, 31))
    assert [len(e.participants) for e in doc.events] == [5]


def test_the_meeting_attended_by_is_the_meeting_just_told(lexicon: Lexicon) -> None:
    text = ("The President held a meeting with permanent members of the Security Council.\n\nThe meeting was "
            "attended by Prime Minister Mikhail Mishustin and Defence Minister Sergei Shoigu.")
    doc = run_text(text, lexicon, published=dt.date(2022, 4, 8), source="kremlin.ru")
    assert [(e.type, set(e.participants)) for e in doc.events] == [
        ("Meeting", {PUTIN, RES + "person/mikhail-mishustin", RES + "person/sergei-shoigu"})]


def test_the_agent_named_between_the_trigger_and_with(lexicon: Lexicon) -> None:
    doc = run_text("Проблему задолженности Киева обсудил сегодня по телефону Владимир Путин с канцлером Германии "
                   "Ангелой Меркель и президентом Франции Франсуа Олландом.", lexicon,
                   published=dt.date(2014, 6, 1), lang="ru")
    assert [set(e.participants) for e in doc.events] == [
        {PUTIN, RES + "person/angela-merkel", RES + "person/francois-hollande"}]


def test_the_leaders_of_a_group_are_not_the_parties_of_the_call(lexicon: Lexicon) -> None:
    doc = run_text("Biden spoke with Zelenskyy by phone. Tomorrow I will be meeting with the leaders of the G-7.",
                   lexicon, published=dt.date(2022, 2, 24), source="whitehouse.gov")
    assert ("volodymyr-zelenskyy", "g7") not in said(doc)


@pytest.mark.parametrize("text", [
    "Readout of President Joseph R. Biden, Jr. Call with Prime Minister Benjamin Netanyahu of Israel\n\n"
    "The President spoke today with Israeli Prime Minister Netanyahu.",
    "Readout of President Biden's Call with Prime Minister Netanyahu\n\nPresident Biden spoke today with "
    "Prime Minister Netanyahu of Israel.",
])
def test_white_house_readouts_of_calls(lexicon: Lexicon, text: str) -> None:
    doc = run_text(text, lexicon, published=dt.date(2021, 5, 17), source="whitehouse.gov")
    assert [(e.type, set(e.participants), e.date) for e in doc.events] == [
        ("PhoneCall", {RES + "person/joe-biden", RES + "person/benjamin-netanyahu"}, dt.date(2021, 5, 17))]


def test_a_speaker_does_not_raise_the_body_they_lead(lexicon: Lexicon) -> None:
    doc = run_text("Zelenskyy spoke by phone with Ursula von der Leyen. They discussed the European Commission's "
                   "report and NATO.", lexicon, published=dt.date(2022, 5, 9))
    assert ("ursula-von-der-leyen", "european-commission") not in said(doc)
    assert ("ursula-von-der-leyen", "nato") in said(doc)


def test_the_head_of_state_of_a_presidential_readout_is_its_president(lexicon: Lexicon) -> None:
    doc = run_text("The Head of State noted the importance of the Normandy format.", lexicon,
                   published=dt.date(2022, 2, 9), source="president.gov.ua")
    assert said(doc) == {("volodymyr-zelenskyy", "normandy-format")}


def test_the_house_convention_needs_a_definite_role(lexicon: Lexicon) -> None:
    doc = run_text("U.S. and EU industry leaders discussed supply chains. A senior National Security Council "
                   "Staff member attended.", lexicon, published=dt.date(2024, 1, 30), source="whitehouse.gov")
    assert persons(doc) == set() and doc.unknown_persons == ()


def test_long_kremlin_labels_repeating_name_and_post(lexicon: Lexicon) -> None:
    text = ("Welcome. Prime Minister of the Republic of Armenia Nikol Pashinyan Pashinyan NikolPrime Minister "
            "of the Republic of Armenia: Thank you. We cooperate in the Eurasian Economic Union.")
    doc = run_text(text, lexicon, published=dt.date(2022, 4, 19), source="kremlin.ru")
    assert said(doc) == {("nikol-pashinyan", "eaeu")}


def test_the_presidents_of_two_countries_are_two_people() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    doc = extract(Document(id="x", lang="en", published=dt.date(2022, 2, 23),
                           text="Zelensky met the Presidents of Poland and Lithuania in Kyiv."))
    persons = {m.iri.rsplit("/", 1)[-1] for m in doc.mentions if m.type == "Person"}
    assert {"andrzej-duda", "gitanas-nauseda"} <= persons


def test_leaders_named_with_their_countries_are_all_participants() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    doc = extract(Document(id="x", lang="en", published=dt.date(2023, 5, 19), text=(
        "President Biden held a meeting with Prime Minister Anthony Albanese of Australia, "
        "and Prime Minister Narendra Modi of India.")))
    assert [set(p.rsplit("/", 1)[-1] for p in e.participants) for e in doc.events] == [
        {"joe-biden", "anthony-albanese", "narendra-modi"}]


def test_talks_after_a_summit_are_another_event() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    doc = extract(Document(id="x", lang="en", published=dt.date(2022, 5, 16), text=(
        "After the CSTO Summit, Vladimir Putin held talks with President of the Kyrgyz Republic Sadyr Japarov.")))
    kinds = sorted(e.type for e in doc.events)
    assert kinds == ["Meeting", "Summit"]
    assert all({"vladimir-putin", "sadyr-japarov"} <= {p.rsplit("/", 1)[-1] for p in e.participants}
               for e in doc.events)


def test_a_quote_with_a_phrase_quoted_in_the_same_marks_is_one_speaker() -> None:
    from kg_build.build import extract
    text = ('"I am grateful for the clear position on the war against Ukraine. We use the "good offices" '
            'mechanisms to de-escalate the situation and to achieve peace," Volodymyr Zelenskyy said.')
    doc = extract(text)
    assert [q.speaker.rsplit("/", 1)[-1] for q in doc.quotes] == ["volodymyr-zelenskyy"] * 2
    assert ("volodymyr-zelenskyy", "russia-ukraine-crisis") in {
        (s.speaker.rsplit("/", 1)[-1], s.subject.rsplit("/", 1)[-1]) for s in doc.statements}


def test_the_presidents_discuss_at_their_own_call_not_at_one_they_mention() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    doc = extract(Document(id="x", lang="en", published=dt.date(2021, 11, 16), text=(
        "Vladimir Putin had a telephone conversation with President of Belarus Alexander Lukashenko. "
        "The presidents continued to exchange views on the Nord Stream 2 pipeline, taking into account the "
        "previous telephone conversation between Alexander Lukashenko and Chancellor of Germany Angela Merkel.")))
    speakers = {s.speaker.rsplit("/", 1)[-1] for s in doc.statements}
    assert speakers == {"vladimir-putin", "alexander-lukashenko"}


def test_talks_someone_else_held_do_not_take_the_parties_of_this_call() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    doc = extract(Document(id="x", lang="en", published=dt.date(2022, 4, 28), text=(
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. "
        "The parties discussed the developments in Ukraine, taking into account the results of UN "
        "Secretary-General Antonio Guterres's talks in Moscow.")))
    assert [sorted(p.rsplit("/", 1)[-1] for p in e.participants) for e in doc.events] == [
        ["recep-tayyip-erdogan", "vladimir-putin"]]


def test_a_person_introduced_with_a_title_is_found_again_by_name_and_surname() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    text = ("Zelenskyy met with Minister of Foreign Affairs of Austria Alexander Schallenberg and Minister "
            "of Foreign Affairs of Slovakia Ivan Korčok. Alexander Schallenberg and Ivan Korčok raised the "
            "Minsk agreements. Later, Korčok said Slovakia supports Ukraine.")
    doc = extract(Document(id="x", text=text, published=dt.date(2022, 2, 8), lang="en"))
    found = [(m.iri.rsplit("/", 1)[-1], text[m.begin:m.end]) for m in doc.mentions if m.via == "name"
             and m.type == "Person"]
    assert ("ivan-korcok", "Ivan Korčok") in found and ("ivan-korcok", "Korčok") in found
    assert {("alexander-schallenberg", "minsk-agreements"), ("ivan-korcok", "minsk-agreements")} <= {
        (s.speaker.rsplit("/", 1)[-1], s.subject.rsplit("/", 1)[-1]) for s in doc.statements}


def test_a_surname_with_the_arabic_article_is_found_again_without_it(lexicon: Lexicon) -> None:
    text = ("Brett McGurk met last night with Foreign Minister Khalid al-Yamani of Yemen. "
            "Yamani welcomed this support and reaffirmed adherence to UN Security Council resolutions.")
    doc = run_text(text, lexicon, published=dt.date(2018, 9, 20))
    found = {(m.iri.rsplit("/", 1)[-1], text[m.begin:m.end]) for m in doc.mentions if m.type == "Person"}
    assert ("khalid-al--yamani", "Yamani") in found
    assert ("khalid-al--yamani", "un-security-council") in said(doc)


def test_a_plural_title_names_each_person_of_the_list_and_a_singular_one_only_the_first() -> None:
    import datetime as dt
    from kg_build.build import extract
    from kg_build.documents import Document
    text = ("Foreign Ministers Pavel Novak and Petr Svoboda attended. Minister Karel Kral and Tomas Holy "
            "arrived later.")
    doc = extract(Document(id="x", text=text, published=dt.date(2024, 1, 30), lang="en"))
    titled = {m.iri.rsplit("/", 1)[-1] for m in doc.mentions if m.via == "title"}
    assert {"pavel-novak", "petr-svoboda", "karel-kral"} <= titled and "tomas-holy" not in titled


def test_roles_resolve_to_holders_that_fill_earlier_gaps(lexicon: Lexicon) -> None:
    """Terms added from the bulk corpus: Ukraine's defence ministers before 2021, the OSCE's head."""
    doc = run_text("The Ukrainian Defence Minister visited the front.", lexicon, published=dt.date(2020, 6, 1))
    assert persons(doc) == {RES + "person/andriy-taran"}
    doc = run_text("Генеральный секретарь ОБСЕ прибыл в Киев.", lexicon, lang="ru", published=dt.date(2014, 6, 11))
    assert persons(doc) == {RES + "person/lamberto-zannier"}


def test_new_persons_are_found_by_name_and_russian_case_form(lexicon: Lexicon) -> None:
    doc = run_text("Путин провел переговоры с Махмудом Аббасом.", lexicon, lang="ru", published=dt.date(2014, 1, 23))
    assert RES + "person/mahmoud-abbas" in persons(doc)
    doc = run_text("We congratulate Mr. Sam Kahamba Kutesa on his election.", lexicon)
    assert persons(doc) == {RES + "person/sam-kutesa"}


def test_a_bare_role_is_the_one_person_named_who_holds_such_a_post(lexicon: Lexicon) -> None:
    text = ("Readout of National Security Advisor Jake Sullivan's Meeting with Foreign Minister Kuleba\n\n"
            "The National Security Advisor raised energy security.")
    doc = run_text(text, lexicon, published=dt.date(2022, 9, 1), source="whitehouse.gov")
    assert said(doc) == {("jake-sullivan", "energy-security")}
    # nobody named holds such a post: no one is guessed
    doc = run_text("The National Security Advisor raised energy security.", lexicon, published=dt.date(2022, 9, 1))
    assert said(doc) == set()


def test_a_speech_title_names_its_speakers_not_whom_it_is_about(lexicon: Lexicon) -> None:
    title = "Statement by President Joe Biden on Support for Ukraine and Call with President Zelenskyy of Ukraine"
    text = f"{title}\n\nI reaffirmed our support for the sovereignty and territorial integrity of Ukraine."
    doc = extract(Document(id="t.txt", text=text, lang="en", title=title, published=dt.date(2022, 6, 15),
                           source="whitehouse.gov"), lexicon)
    assert doc.title_persons == (RES + "person/joe-biden",)
    assert said(doc) == {("joe-biden", "sovereignty-and-territorial-integrity")}


def test_an_occasion_of_what_was_reached_is_not_the_statements_event(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with President of Tajikistan Emomali Rahmon. They pointed "
            "out the importance of implementing the agreements reached during a visit by President of Tajikistan "
            "to Russia in December 2021 and of coordination within the CSTO.")
    doc = run_text(text, lexicon, published=dt.date(2022, 4, 8), source="kremlin.ru")
    assert {(s.speaker.rsplit("/", 1)[-1], s.date) for s in doc.statements if s.subject.endswith("/csto")} == {
        ("vladimir-putin", dt.date(2022, 4, 8)), ("emomali-rahmon", dt.date(2022, 4, 8))}
    assert all(doc.events[s.event].type == "PhoneCall" for s in doc.statements)


def test_a_known_surname_after_another_given_name_or_initial_is_someone_else(lexicon: Lexicon) -> None:
    text = ("We saw Hunter Biden and Mark C. Johnson. Then Biden spoke. We met Sameh Hassan Shoukry Selim, "
            "Vladamir Makei and Prime Minister of Lithuania Ingrida Šimonytė.")
    doc = run_text(text, lexicon, published=dt.date(2021, 7, 15))
    found = [(text[m.begin:m.end], m.iri.rsplit("/", 1)[-1]) for m in doc.mentions if m.type == "Person"]
    assert found == [("Biden", "joe-biden"), ("Shoukry", "sameh-shoukry"), ("Makei", "vladimir-makei"),
                     ("Prime Minister of Lithuania Ingrida Šimonytė", "ingrida-simonyte")]
    # a title's word before a surname is no given name; Sen. and Rep. introduce legislators
    text = "Sen. Rand Paul: The Iran deal is wrong.\n\nSecretary of State Antony Blinken said so."
    doc = run_text(text, lexicon, published=dt.date(2023, 6, 22))
    assert {m.iri.rsplit("/", 1)[-1] for m in doc.mentions if m.type == "Person"} == {"rand-paul", "antony-blinken"}


def test_a_readout_title_and_its_text_tell_one_meeting_with_all_participants(lexicon: Lexicon) -> None:
    """The title names the chief participants, the text all of them: one event. Titles with
    capitalised words before them ("National Security Council Senior Director") still join a
    list of participants; "met today at the White House with" has its object; a
    "President-elect" is a person of that country, not its president."""
    title = "Readout of National Security Advisor Jake Sullivan's Meeting with Guatemalan President-elect Bernardo Arévalo"
    body = ("National Security Advisor Jake Sullivan, Special Presidential Advisor Christopher Dodd, and National "
            "Security Council Senior Director for the Western Hemisphere Juan Gonzalez met today at the White House "
            "with Guatemalan President-elect Bernardo Arévalo. The participants discussed migration.")
    doc = run_text(body, lexicon, title=title, published=dt.date(2023, 10, 3), source="whitehouse.gov")
    people = {"jake-sullivan", "christopher-dodd", "juan-gonzalez", "bernardo-arevalo"}
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}, e.date) for e in doc.events] == [
        ("Meeting", people, dt.date(2023, 10, 3))]
    assert {speaker for speaker, topic in said(doc) if topic == "migration"} == people
    [arevalo] = [u for u in doc.unknown_persons if u[1] == "Bernardo Arévalo"]
    assert arevalo[3] == RES + "country/guatemala" and arevalo[2] is None
    # the headline's event and another one in the text with some of its people stay two
    title = "Readout of President Biden's Meeting with President Macron"
    body = ("President Biden met President Macron today. Earlier, President Biden, President Macron and Chancellor "
            "Scholz met in Berlin on June 1.")
    doc = run_text(body, lexicon, title=title, published=dt.date(2023, 6, 5), source="whitehouse.gov")
    assert len(doc.events) == 2


def test_an_object_after_a_title_with_modifiers_is_a_participant(lexicon: Lexicon) -> None:
    text = ("National Security Advisor Jake Sullivan and Deputy National Security Advisor Mike Pyle met with "
            "Argentine Economy Minister Sergio Massa at the White House.")
    doc = run_text(text, lexicon, published=dt.date(2022, 9, 7), source="whitehouse.gov")
    assert [{p.rsplit("/", 1)[-1] for p in e.participants} for e in doc.events] == [
        {"jake-sullivan", "mike-pyle", "sergio-massa"}]


def test_they_in_a_dialogue_turn_is_not_the_participants(lexicon: Lexicon) -> None:
    """In a transcript of two speakers, "they" is someone the speaker talks about; in a readout it
    is the participants."""
    text = ("Vladimir Putin met with Human Rights Commissioner Tatyana Moskalkova.\n\n"
            "President of Russia Vladimir Putin: Good afternoon. Let us talk about your report.\n\n"
            "Tatyana Moskalkova: Mr President, thank you. People who were evacuated do not like to be called "
            "refugees; they get temporary asylum status.")
    doc = run_text(text, lexicon, published=dt.date(2022, 6, 6), source="kremlin.ru")
    assert ("vladimir-putin", "refugees") not in said(doc)
    assert ("tatyana-moskalkova", "refugees") in said(doc)
    doc = run_text("Vladimir Putin met with Emmanuel Macron. They discussed refugees.", lexicon,
                   published=dt.date(2022, 6, 6))
    assert said(doc) == {("vladimir-putin", "refugees"), ("emmanuel-macron", "refugees")}


def test_a_delegation_list_names_people_after_their_offices(lexicon: Lexicon) -> None:
    """"Title of Office, Name;" names an unknown person; not an office's list of portfolios, an
    address ("Mr. President, Distinguished Delegates"), a plural title or a name that is another
    title ("..., Attorney General Merrick Garland")."""
    text = ("Representing Mexico were the Secretary of the Interior, Luisa María Alcalde Luján; Ambassador of "
            "Mexico to Canada, Carlos Joaquín González (virtual); and the spokesperson for the Mexican Government, "
            "Jesús Ramírez Cuevas. The U.S. delegation included the U.S. Deputy Chief of Mission in Mexico, "
            "Mark C. Johnson.")
    doc = run_text(text, lexicon, published=dt.date(2023, 7, 25))
    assert sorted(label for _, label, *_ in doc.unknown_persons) == [
        "Carlos Joaquín González", "Jesús Ramírez Cuevas", "Luisa María Alcalde Luján", "Mark C. Johnson"]
    assert RES + "person/boris-johnson" not in persons(doc)
    for text in ("He is Minister for Finance, Economic Growth, Job Creation and External Affairs.",
                 "Mr. President of the General Assembly, Distinguished Delegates, ladies and gentlemen.",
                 "The leaders of the rankings include the Tula, Nizhny Novgorod and Tyumen regions.",
                 "Secretary of Homeland Security Ali Mayorkas, Attorney General Merrick Garland; and others met."):
        doc = run_text(text, lexicon, published=dt.date(2023, 7, 25))
        assert not any("," in label or label.split()[0] in ("Economic", "Distinguished", "Nizhny", "Attorney")
                       for _, label, *_ in doc.unknown_persons), (text, doc.unknown_persons)


def test_a_military_rank_introduces_a_name(lexicon: Lexicon) -> None:
    text = ("The commander of the parade was Commander-in-Chief of the Ground Forces, Army General Oleg Salyukov. "
            "He spoke in the General Assembly Hall.")
    doc = run_text(text, lexicon, published=dt.date(2022, 5, 9))
    assert [label for _, label, *_ in doc.unknown_persons] == ["Oleg Salyukov"]


def test_plural_russian_roles_and_one_persons_counterparts_of_several_countries(lexicon: Lexicon) -> None:
    """"глав внешнеполитических ведомств России и США" are both foreign ministers; a named person's
    "своими турецким и китайским коллегами" are his two counterparts, "their Russian and Ukrainian
    counterparts" of a "they" are no one in particular."""
    day = dt.date(2022, 7, 7)
    doc = run_text("Состоялся телефонный разговор глав внешнеполитических ведомств России и США.", lexicon,
                   published=dt.date(2022, 2, 12), lang="ru")
    assert [(e.type, set(e.participants)) for e in doc.events] == [
        ("PhoneCall", {LAVROV, RES + "person/antony-blinken"})]
    doc = run_text("Сергей Лавров уже провел переговоры со своими турецким и китайским коллегами.", lexicon,
                   published=day, lang="ru")
    assert persons(doc) == {LAVROV, RES + "person/mevlut-cavusoglu", RES + "person/wang-yi"}
    doc = run_text("Biden spoke with Macron. They reviewed their conversations with their Russian and Ukrainian "
                   "counterparts.", lexicon, published=dt.date(2022, 2, 15))
    assert persons(doc) == {RES + "person/joe-biden", MACRON}


def test_one_leader_at_a_summit_is_an_event_but_not_another_clauses(lexicon: Lexicon) -> None:
    day = dt.date(2019, 11, 13)
    doc = run_text("Президент России Владимир Путин прибыл в столицу Бразилии на стартовавший там саммит БРИКС",
                   lexicon, published=day, lang="ru")
    assert [(e.type, e.participants, e.date) for e in doc.events] == [("Summit", (PUTIN,), day)]
    for text in ("Putin praised the commitment, which we all made at the 2005 World Summit.",
                 "Putin recalled the decisions that were taken at the Bucharest Summit."):
        assert run_text(text, lexicon, published=day).events == (), text


def test_the_agent_of_a_participle_is_no_speaker_of_the_verb_after_it(lexicon: Lexicon) -> None:
    text = ("At the first Quad Leaders' Summit, chaired by President Biden, the Quad agreed to improve access to "
            "COVID vaccines. They discussed the Central America Forward initiative led by Vice President Kamala "
            "Harris, and emphasized NATO.")
    doc = run_text(text, lexicon, published=dt.date(2021, 3, 12))
    assert not {s for s in said(doc) if s[0] in ("joe-biden", "kamala-harris")}, said(doc)
    assert ("kamala-harris", "nato") in said(run_text("Vice President Kamala Harris emphasized NATO.", lexicon,
                                                      published=dt.date(2021, 3, 12)))


def test_a_russian_title_with_a_lower_case_complement_and_an_inflected_honorific(lexicon: Lexicon) -> None:
    text = ("В ходе дискуссии Председатель Комиссии Европейских сообществ Романо Проди выступил с инициативой. "
            "Я согласен с господином Хавьером Соланой.")
    doc = run_text(text, lexicon, published=dt.date(2001, 5, 17), lang="ru")
    assert sorted(label for _, label, *_ in doc.unknown_persons) == ["Романо Проди", "Хавьер Солана"]
    # a complement with no given name after it names no one
    doc = run_text("Председатель Комиссии Европейских сообществ выступил с инициативой.", lexicon,
                   published=dt.date(2001, 5, 17), lang="ru")
    assert doc.unknown_persons == ()


def test_this_was_stated_by_gives_the_speaker_of_the_sentence_before(lexicon: Lexicon) -> None:
    doc = run_text("Ukraine needs the sanctions against Russia to be strengthened. This was stated by President "
                   "Volodymyr Zelenskyy during a meeting with Boris Johnson.", lexicon, published=dt.date(2022, 3, 1))
    assert said(doc) == {("volodymyr-zelenskyy", "sanctions")}
    doc = run_text("Нормандский формат должен работать. Об этом заявил Владимир Путин.", lexicon,
                   published=dt.date(2021, 3, 1), lang="ru")
    assert said(doc) == {("vladimir-putin", "normandy-format")}
    # the sentences before it in its paragraph, up to one that names or quotes someone
    doc = run_text("The Normandy format must work. It has met since 2014. This was stated by Putin.", lexicon,
                   published=dt.date(2021, 3, 1))
    assert said(doc) == {("vladimir-putin", "normandy-format")}
    doc = run_text("The Normandy format must work. Macron agreed. This was stated by Putin.", lexicon,
                   published=dt.date(2021, 3, 1))
    assert ("vladimir-putin", "normandy-format") not in said(doc)
    # a title, then a lead that opens with the cue
    doc = run_text("Санкции ЕС неприемлемы\n\nОб этом заявил министр иностранных дел Сергей Лавров.", lexicon,
                   published=dt.date(2014, 3, 17), lang="ru")
    assert said(doc) == {("sergey-lavrov", "sanctions"), ("sergey-lavrov", "eu")}


def test_a_call_with_several_partners_has_its_agent_and_an_honorific_ends_no_office(lexicon: Lexicon) -> None:
    title = ("Readout of President Joe Biden's Call with President Emmanuel Macron of France, Chancellor Olaf Scholz "
             "of Germany, and Prime Minister Boris Johnson of the United Kingdom")
    doc = run_text("The leaders discussed NATO.", lexicon, title=title, published=dt.date(2022, 8, 21),
                   source="whitehouse.gov")
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}) for e in doc.events] == [
        ("PhoneCall", {"joe-biden", "emmanuel-macron", "olaf-scholz", "boris-johnson"})]
    doc = run_text("He met Secretary of Health Dr. Jorge Alcocer Varela.", lexicon, published=dt.date(2023, 4, 13))
    assert [label for _, label, *_ in doc.unknown_persons] == ["Jorge Alcocer Varela"]


def test_a_title_that_ends_with_its_place_and_day_dates_an_undated_record(lexicon: Lexicon) -> None:
    title = "Выступление Министра иностранных дел С.В.Лаврова по итогам СМИД ШОС, Панаджи, 5 мая 2023 года - МИД России"
    doc = run_text("Мы обсудили будущее БРИКС.", lexicon, title=title, lang="ru")
    assert (doc.anchor, doc.anchor_basis) == (dt.date(2023, 5, 5), "dateline")
    assert ("brics", dt.date(2023, 5, 5)) in {(s.subject.rsplit("/", 1)[-1], s.date) for s in doc.statements}
    # a date inside the title's words is no dateline
    title = "Statement on the anniversary of the 5 May 2023 agreement"
    doc = run_text("It holds.", lexicon, title=title)
    assert doc.anchor_basis != "dateline"


def test_a_lower_office_is_not_its_principal_and_a_rank_ends_an_office(lexicon: Lexicon) -> None:
    text = ("He met Assistant Secretary of State Todd Robinson, Secretary of National Defense General Luis Cresencio "
            "Sandoval and Secretary of Security Rosa Icela Rodríguez.")
    doc = run_text(text, lexicon, published=dt.date(2023, 4, 13))
    assert RES + "person/antony-blinken" not in persons(doc)
    assert {RES + "person/luis-cresencio-sandoval", RES + "person/rosa-icela-rodriguez"} <= persons(doc)
    doc = run_text("Заместитель министра иностранных дел России провел встречу.", lexicon,
                   published=dt.date(2023, 4, 13), lang="ru")
    assert LAVROV not in persons(doc)


def test_a_delegation_listed_later_attends_the_meeting_one_of_its_members_is_told_at(lexicon: Lexicon) -> None:
    text = ("On July 25, Homeland Security Advisor Dr. Elizabeth Sherwood-Randall met with Foreign Minister Alicia "
            "Bárcena in Washington.\n\nThe two sides discussed fentanyl.\n\n"
            "The U.S. delegation included Dr. Elizabeth Sherwood-Randall, Secretary of Commerce Gina Raimondo and "
            "Deputy Attorney General Lisa Monaco.")
    doc = run_text(text, lexicon, published=dt.date(2023, 7, 27))
    [event] = doc.events
    assert {RES + "person/gina-raimondo", RES + "person/alicia-barcena"} <= set(event.participants)
    # a summit the text recalls gets no delegation
    text = ("At the North American Leaders' Summit, President Biden and President López Obrador agreed to act.\n\n"
            "The U.S. delegation included President Biden and Secretary of Commerce Gina Raimondo.")
    doc = run_text(text, lexicon, published=dt.date(2023, 3, 9))
    assert all(RES + "person/gina-raimondo" not in e.participants for e in doc.events)


def test_a_counterpart_from_a_country(lexicon: Lexicon) -> None:
    doc = run_text("Глава МИД РФ Сергей Лавров также провел переговоры с коллегой из Армении.", lexicon,
                   published=dt.date(2022, 10, 12), lang="ru")
    assert [set(e.participants) for e in doc.events] == [{LAVROV, RES + "person/ararat-mirzoyan"}]


def test_a_country_named_with_a_situation_word_is_a_subject(lexicon: Lexicon) -> None:
    doc = run_text("Putin said that the Libyan crisis is affecting the Sahel. Putin said that Libya is a partner.",
                   lexicon, published=dt.date(2020, 9, 1))
    assert [(s.subject.rsplit("/", 1)[-1], s.sentence) for s in doc.statements] == [("libya", 0)]


def _events(doc: Doc) -> list[tuple[str, set[str]]]:
    return [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}) for e in doc.events]


def test_a_plural_verb_with_its_subject_left_out_speaks_for_the_parties(lexicon: Lexicon) -> None:
    title = "Владимир Путин провел телефонные переговоры с премьер-министром Израиля Биньямином Нетаньяху"
    doc = run_text("Обсуждали ситуацию на Ближнем Востоке. Кроме того, обсудили подготовку заседания Совета "
                   "Россия — НАТО.", lexicon, title=title, published=dt.date(2021, 2, 8), lang="ru")
    assert said(doc) == {(p, s) for p in ("vladimir-putin", "benjamin-netanyahu")
                         for s in ("middle-east-situation", "nato-russia-council")}
    # a subject of its own: a pronoun, a noun in the nominative, a place that stands for someone
    for text in ("Кроме того, мы говорили о ситуации на Ближнем Востоке.",
                 "Эксперты обсуждали ситуацию на Ближнем Востоке.",
                 "В Кремле обсуждали ситуацию на Ближнем Востоке."):
        doc = run_text(text, lexicon, title=title, published=dt.date(2021, 2, 8), lang="ru")
        assert ("benjamin-netanyahu", "middle-east-situation") not in said(doc), text


def test_a_post_joined_to_more_countries_names_each_holder(lexicon: Lexicon) -> None:
    doc = run_text("О Казахстане говорили по телефону главы МИД России и Турции.", lexicon,
                   published=dt.date(2022, 1, 6), lang="ru")
    assert persons(doc) == {LAVROV, RES + "person/mevlut-cavusoglu"}
    assert _events(doc) == [("PhoneCall", {"sergey-lavrov", "mevlut-cavusoglu"})]
    # a country in the nominative is a second subject, not a second post
    doc = run_text("Президент России и Турция подписали соглашение.", lexicon, published=dt.date(2022, 1, 6),
                   lang="ru")
    assert persons(doc) == {PUTIN}


def test_styles_and_suffixes_between_two_names_join_them(lexicon: Lexicon) -> None:
    doc = run_text("President Joseph R. Biden, Jr. and His Majesty King Abdullah II met today in Jeddah.", lexicon,
                   published=dt.date(2022, 7, 16))
    assert _events(doc) == [("Meeting", {"joe-biden", "abdullah-ii"})]


def test_a_summit_chaired_by_one_leader_is_an_event_with_him(lexicon: Lexicon) -> None:
    doc = run_text("Видеосаммит ОДКБ прошел сегодня под председательством Владимира Путина.", lexicon,
                   published=dt.date(2020, 12, 2), lang="ru")
    assert _events(doc) == [("Summit", {"vladimir-putin"})]
    assert doc.events[0].date == dt.date(2020, 12, 2)


def test_a_bare_russian_role_is_the_one_holder_named_and_a_wished_meeting_is_no_event(lexicon: Lexicon) -> None:
    title = "Донбасс стал темой встречи Ангелы Меркель с президентом Украины"
    doc = run_text("На итоговой пресс-конференции канцлер отметила, что хотела бы провести новую встречу в "
                   "нормандском формате с участием лидеров России, Германии, Франции и Украины.", lexicon,
                   title=title, published=dt.date(2021, 8, 22), lang="ru")
    assert _events(doc) == [("Meeting", {"angela-merkel", "volodymyr-zelenskyy"}),
                            ("PressConference", {"angela-merkel"})]
    assert ("angela-merkel", "normandy-format") in said(doc)
    # two holders of the post named: "президент" names neither
    doc = run_text("Владимир Путин и Эммануэль Макрон встретились. Затем президент отметил важность встречи.",
                   lexicon, published=dt.date(2021, 8, 22), lang="ru")
    assert not any(m.via == "role" for m in doc.mentions)


def test_one_minister_at_a_groups_meeting_is_an_event_with_him(lexicon: Lexicon) -> None:
    for text, lang in (("Sergey Lavrov took part in the G20 foreign ministers' meeting in Bali.", "en"),
                       ("At the OSCE Ministerial Council meeting, Lavrov said the sanctions were illegal.", "en"),
                       ("Сергей Лавров принял участие в заседании Совета министров иностранных дел СНГ.", "ru"),
                       ("На встрече министров иностранных дел G20 Сергей Лавров заявил, что санкции незаконны.", "ru")):
        doc = run_text(text, lexicon, published=dt.date(2022, 7, 8), lang=lang)
        assert _events(doc) == [("Meeting", {"sergey-lavrov"})], text
    # a meeting of no group needs two; a session of a summit is that summit
    assert run_text("Lavrov took part in the meeting.", lexicon, published=dt.date(2022, 7, 8)).events == ()
    doc = run_text("Владимир Путин принял участие в заседании саммита ОДКБ.", lexicon, published=dt.date(2022, 7, 8),
                   lang="ru")
    assert _events(doc) == [("Summit", {"vladimir-putin"})]


def test_a_speech_title_puts_its_speaker_at_the_groups_meeting_it_follows(lexicon: Lexicon) -> None:
    title = ("Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова по "
             "итогам заседания СМИД «Группы двадцати», Денпасар, 8 июля 2022 года")
    doc = run_text("Мы обсудили многосторонность.", lexicon, title=title, lang="ru")
    assert doc.title_persons == (LAVROV,)
    # his answers to the media's questions are a press conference
    assert _events(doc) == [("PressConference", {"sergey-lavrov"}), ("Meeting", {"sergey-lavrov"})]
    assert ("sergey-lavrov", "multilateralism") in said(doc)
    # the meeting a statement announces is not its speaker's
    title = "Statement by NSC Spokesperson Emily Horne Announcing the Inaugural NATO-Russia Council Meeting"
    doc = run_text("The Council will meet in Pittsburgh.", lexicon, title=title, published=dt.date(2021, 9, 9))
    assert doc.events == ()


def test_a_council_named_in_its_resolutions_name_is_not_raised_on_its_own(lexicon: Lexicon) -> None:
    doc = run_text("Biden praised the UN Security Council. Biden discussed United Nations Security Council "
                   "Resolution 2254 (2015) and UNSCR 2231.", lexicon, published=dt.date(2022, 7, 16))
    assert said(doc) == {("joe-biden", "un-security-council"), ("joe-biden", "un-security-council-resolution-2254"),
                         ("joe-biden", "un-security-council-resolution-2231")}
    assert len([s for s in doc.statements if s.subject.endswith("/un-security-council")]) == 1
    doc = run_text("Лавров обсудил выполнение резолюции СБ ООН 2254.", lexicon, published=dt.date(2022, 7, 16),
                   lang="ru")
    assert said(doc) == {("sergey-lavrov", "un-security-council-resolution-2254")}


def test_their_call_is_the_call_of_those_the_sentence_before_joins(lexicon: Lexicon) -> None:
    title = "Ситуацию на Украине обсудили Владимир Путин и Реджеп Тайип Эрдоган"
    doc = run_text("Среди тем их телефонного разговора — обмен пленными.", lexicon, title=title,
                   published=dt.date(2023, 1, 16), lang="ru")
    assert _events(doc) == [("PhoneCall", {"vladimir-putin", "recep-tayyip-erdogan"})]
    assert {("vladimir-putin", "prisoner-exchange"), ("recep-tayyip-erdogan", "prisoner-exchange")} <= said(doc)
    # "позвонил" tells a call
    doc = run_text("Владимиру Путину позвонил премьер Израиля Нафтали Беннет.", lexicon,
                   published=dt.date(2022, 3, 8), lang="ru")
    assert _events(doc) == [("PhoneCall", {"vladimir-putin", "naftali-bennett"})]
    # a plural noun of the sentence's own is whose it is
    title = "Statement by White House Press Secretary Karine Jean-Pierre on President Biden's Meeting"
    doc = run_text("The Quad leaders agreed that they would hold their summit in Hiroshima.", lexicon, title=title,
                   published=dt.date(2023, 5, 19))
    assert not any(e.type == "Summit" for e in doc.events)


def test_a_list_of_topics_after_a_purpose_is_what_the_parties_discussed(lexicon: Lexicon) -> None:
    title = "В Кремле прошли переговоры Владимира Путина и Ангелы Меркель"
    text = ("Ангела Меркель прилетела в Москву, чтобы обсудить самые острые проблемы. Ближневосточный кризис, "
            "минский процесс, иранская ядерная программа.")
    doc = run_text(text, lexicon, title=title, published=dt.date(2020, 1, 11), lang="ru")
    assert said(doc) == {(p, s) for p in ("vladimir-putin", "angela-merkel")
                         for s in ("middle-east-situation", "minsk-agreements", "iran-nuclear-programme")}
    # a sentence with a verb of its own is not a list
    text = ("Ангела Меркель прилетела в Москву, чтобы обсудить самые острые проблемы. Иранская ядерная программа "
            "беспокоит Европу.")
    doc = run_text(text, lexicon, title=title, published=dt.date(2020, 1, 11), lang="ru")
    assert said(doc) == set()


def test_a_plural_verb_after_an_attribution_speaks_for_the_parties(lexicon: Lexicon) -> None:
    title = "Владимир Путин провел телефонные переговоры с премьер-министром Армении Николом Пашиняном"
    doc = run_text("Как сообщили в Кремле, говорили о ситуации в Нагорном Карабахе.", lexicon, title=title,
                   published=dt.date(2022, 8, 2), lang="ru")
    assert said(doc) == {("vladimir-putin", "nagorno-karabakh-conflict"), ("nikol-pashinyan", "nagorno-karabakh-conflict")}


def test_a_meeting_of_named_leaders_is_theirs_and_an_event_spoken_of_is_not_the_current_one(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. Vladimir Putin "
            "informed him about the results of the trilateral meeting of the leaders of Russia, Azerbaijan and Armenia "
            "in Sochi on November 26. The leaders continued the exchange of views on the special operation in Ukraine.")
    doc = run_text(text, lexicon, published=dt.date(2021, 12, 3))
    assert _events(doc) == [("PhoneCall", {"vladimir-putin", "recep-tayyip-erdogan"}),
                            ("Meeting", {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"})]
    assert said(doc) == {("vladimir-putin", "russia-ukraine-crisis"), ("recep-tayyip-erdogan", "russia-ukraine-crisis")}
    # the talks of one person name only one side
    doc = run_text("Zelenskyy said the shelling continued during the talks of the Secretary-General in Moscow.", lexicon,
                   published=dt.date(2022, 4, 28))
    assert doc.events == ()


def test_plural_calls_with_several_partners_are_one_call_with_each(lexicon: Lexicon) -> None:
    title = "Состоялись телефонные разговоры Владимира Путина с президентами Киргизии и Азербайджана"
    doc = run_text("Владимир Путин провел телефонный разговор с президентом Киргизии Садыром Жапаровым.", lexicon,
                   title=title, published=dt.date(2021, 5, 10), lang="ru")
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}, e.date) for e in doc.events] == [
        ("PhoneCall", {"vladimir-putin", "sadyr-japarov"}, dt.date(2021, 5, 10)),
        ("PhoneCall", {"vladimir-putin", "ilham-aliyev"}, dt.date(2021, 5, 10))]
    # the singular is one call with all of them
    doc = run_text("President Biden had a call with President Macron and Chancellor Scholz.", lexicon,
                   published=dt.date(2022, 8, 21))
    assert _events(doc) == [("PhoneCall", {"joe-biden", "emmanuel-macron", "olaf-scholz"})]


def test_a_role_with_its_states_style_names_the_holder(lexicon: Lexicon) -> None:
    doc = run_text("Vladimir Putin had telephone conversations with President of the Republic of Azerbaijan Ilham Aliyev "
                   "and Prime Minister of the Republic of Armenia Nikol Pashinyan.", lexicon, published=dt.date(2022, 3, 31))
    assert _events(doc) == [("PhoneCall", {"vladimir-putin", "ilham-aliyev"}),
                            ("PhoneCall", {"vladimir-putin", "nikol-pashinyan"})]
    doc = run_text("The President of the People's Republic of China called.", lexicon, published=dt.date(2022, 3, 31))
    assert persons(doc) == {RES + "person/xi-jinping"}


def test_prose_before_a_colon_is_no_speaker_label(lexicon: Lexicon) -> None:
    title = "UN General Debate, 74th session (2019): statement by Latvia (Mr. Edgars Rinkēvičs, Minister)"
    text = ("We agree with the Secretary-General, Mr. Antonio Guterres. We support the International Criminal "
            "Court.\n\nLet me provide the coordinates, which will also be given the Secretary-General: 11°14’19” N. "
            "We condemn terrorism.")
    doc = run_text(text, lexicon, title=title)
    assert {speaker for speaker, _ in said(doc)} == {"edgars-rinkevics"}


def test_a_day_inside_what_was_said_is_not_the_day_it_was_said(lexicon: Lexicon) -> None:
    doc = run_text("Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. Vladimir "
                   "Putin informed him about the main results of the trilateral meeting in Sochi on November 26, "
                   "which was timed to the anniversary of the November 9, 2020, statement on Nagorno-Karabakh. On "
                   "December 2, Putin said that the Minsk agreements have no alternative.", lexicon,
                   published=dt.date(2021, 12, 3), source="kremlin.ru")
    dates = {s.subject.rsplit("/", 1)[-1]: s.date for s in doc.statements if s.speaker.endswith("/vladimir-putin")}
    assert dates["nagorno-karabakh-conflict"] == dt.date(2021, 12, 3)
    assert dates["minsk-agreements"] == dt.date(2021, 12, 2)


def test_a_un_verbatim_record_header_dates_the_speech_and_its_debate(lexicon: Lexicon) -> None:
    title = "UN General Debate, 70th session (2015): statement by Latvia (Mr. Edgars Rinkēvičs, Minister)"
    text = ("We condemn terrorism (see A/69/PV.12).\n\nA/70/PV.28 03/10/2015\n\nWe support the International "
            "Criminal Court.")
    doc = run_text(text, lexicon, title=title)
    assert (doc.anchor, doc.anchor_basis) == (dt.date(2015, 10, 3), "dateline")
    assert {s.date for s in doc.statements} == {dt.date(2015, 10, 3)}
    assert [(e.type, e.date) for e in doc.events] == [("Conference", dt.date(2015, 10, 3))]
    doc = run_text("We condemn terrorism (see A/69/PV.12).", lexicon, title=title)  # a reference dates nothing
    assert doc.anchor is None and {s.date for s in doc.statements} == {None}


def test_they_in_a_turn_of_someone_at_the_talks_is_others(lexicon: Lexicon) -> None:
    title = "Meeting with UN Secretary-General Antonio Guterres"
    text = ("Vladimir Putin met with UN Secretary-General Antonio Guterres.\n\nPresident of Russia Vladimir Putin: "
            "The Ukrainian military must release the civilians, or otherwise they will be doing what ISIS did in "
            "Syria.")
    doc = run_text(text, lexicon, title=title, published=dt.date(2022, 4, 26))
    assert ("vladimir-putin", "islamic-state") in said(doc)
    assert ("antonio-guterres", "islamic-state") not in said(doc)


def test_an_opening_occasion_puts_the_sentences_speakers_at_the_meeting(lexicon: Lexicon) -> None:
    text = ("During a meeting in Kyiv, President of Ukraine Volodymyr Zelenskyy, President of the Republic of Poland "
            "Andrzej Duda and President of the Republic of Lithuania Gitanas Nausėda discussed cooperation within NATO.")
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 23))
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}) for e in doc.events] == [
        ("Meeting", {"volodymyr-zelenskyy", "andrzej-duda", "gitanas-nauseda"})]
    # an occasion inside the sentence is what they discuss, not where they are
    text = ("President Biden and President Macron discussed at length the economic and security questions of the "
            "road map that was agreed at the meeting in Paris.")
    doc = run_text(text, lexicon, published=dt.date(2024, 9, 23))
    assert not doc.events


def test_a_known_surname_after_an_office_is_that_person_and_the_leaders_of_a_group_are_not_the_host(
        lexicon: Lexicon) -> None:
    text = ("National Security Advisor Sullivan and Secretary of Foreign Affairs Bárcena discussed the situation in "
            "Venezuela.")
    doc = run_text(text, lexicon, published=dt.date(2023, 8, 10))
    assert not doc.unknown_persons
    assert persons(doc) == {RES + "person/jake-sullivan", RES + "person/alicia-barcena"}
    doc = extract(Document(id="g7", lang="en", published=dt.date(2022, 9, 23), source="presidency.ucsb.edu",
                           title="Joint Statement by Group of Seven (G-7) Nations Leaders",
                           text="We, the Leaders of the Group of Seven (G7), strongly condemn the sham referenda."),
                  lexicon)
    assert not persons(doc)
    # the house's own principal in the singular still is
    doc = extract(Document(id="p", lang="en", published=dt.date(2022, 9, 23), source="presidency.ucsb.edu",
                           title="Remarks", text="The President discussed NATO with the Prime Minister of Canada."),
                  lexicon)
    assert RES + "person/joe-biden" in persons(doc)


def test_a_statement_by_a_groups_leaders_is_not_the_publishers_principal_speaking(lexicon: Lexicon) -> None:
    title = "Joint Statement by Group of Seven (G-7) Nations Leaders on Russia's Annexation Referendums in Ukraine"
    doc = extract(Document(id="g7", lang="en", published=dt.date(2022, 9, 23), source="presidency.ucsb.edu",
                           title=title, text=f"{title}\n\nWe reaffirm our support for international law and NATO."),
                  lexicon)
    assert not doc.statements
    title = "Statement by the President on the NATO Summit"
    doc = extract(Document(id="p", lang="en", published=dt.date(2022, 9, 23), source="presidency.ucsb.edu",
                           title=title, text=f"{title}\n\nWe reaffirm our support for NATO."), lexicon)
    assert said(doc) == {("joe-biden", "nato")}


def test_a_collective_subject_after_someones_possessive_is_the_participants(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev. In view of Ilham "
            "Aliyev's recent visit to Ukraine, the two leaders discussed the intra-Ukrainian settlement.")
    doc = run_text(text, lexicon, published=dt.date(2022, 1, 18), source="kremlin.ru")
    assert said(doc) == {("vladimir-putin", "war-in-donbas"), ("ilham-aliyev", "war-in-donbas")}


def test_an_unknown_name_that_took_a_word_of_its_title_is_the_shorter_name_told_later(lexicon: Lexicon) -> None:
    text = ("Dr. Elizabeth Sherwood-Randall welcomed a delegation led by Mexico's Secretary of Security and Citizen "
            "Protection Rosa Icela Rodríguez. Representing Mexico were Secretary of Security Rosa Icela Rodríguez "
            "and others.")
    doc = run_text(text, lexicon, published=dt.date(2023, 4, 13))
    assert [label for _, label, *_ in doc.unknown_persons] == ["Rosa Icela Rodríguez"]
    assert len({m.iri for m in doc.mentions if m.type == "Person"}) == 2


def test_the_topics_of_a_meeting_named_right_after_the_cue_are_its_participants(lexicon: Lexicon) -> None:
    title = "Минские соглашения и транзит газа стали темами встречи Ангелы Меркель с президентом Украины"
    doc = run_text("На итоговой пресс-конференции канцлер отметила, что хотела бы провести новую встречу.", lexicon,
                   title=title, lang="ru", published=dt.date(2021, 8, 22))
    assert {("angela-merkel", "minsk-agreements"), ("volodymyr-zelenskyy", "minsk-agreements"),
            ("angela-merkel", "energy-security"), ("volodymyr-zelenskyy", "energy-security")} <= said(doc)
    # participants without an article are the meeting's too
    text = ("Jake Sullivan met today at the White House with Guatemalan President-elect Bernardo Arévalo. "
            "Participants also discussed private investment, such as the Central America Forward initiative.")
    doc = run_text(text, lexicon, published=dt.date(2023, 10, 3))
    assert said(doc) == {("jake-sullivan", "central-america-forward"), ("bernardo-arevalo", "central-america-forward")}


def test_an_assessment_given_during_a_discussion_is_its_givers(lexicon: Lexicon) -> None:
    text = ("Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. During the "
            "discussion of the situation around Ukraine, Vladimir Putin gave his principled assessment of Kiev's "
            "destructive policy of seeking to dismantle the Minsk agreements.")
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 24), source="kremlin.ru")
    assert ("vladimir-putin", "minsk-agreements") in said(doc)
    assert ("narendra-modi", "minsk-agreements") not in said(doc)
    # a collective in another clause far after a subject does not govern it
    text = ("Secretary of State Antony Blinken met Executive Vice President Margrethe Vestager. The United States and the "
            "EU also hosted two stakeholder events on the margins of the meeting: a roundtable on the supply chain; "
            "and an event on the green marketplace, where participants discussed how to strengthen trade.")
    doc = run_text(text, lexicon, published=dt.date(2024, 1, 30))
    assert not any(subject == "eu" for _, subject in said(doc))


def test_counterparts_after_a_russian_possessive_are_all_at_the_talks(lexicon: Lexicon) -> None:
    doc = run_text("Сергей Лавров уже провел переговоры со своими турецким и китайским коллегами.", lexicon, lang="ru",
                   published=dt.date(2022, 7, 7))
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}) for e in doc.events] == [
        ("Meeting", {"sergey-lavrov", "mevlut-cavusoglu", "wang-yi"})]


def test_a_person_whom_a_relative_clause_puts_at_a_summit_attended_it(lexicon: Lexicon) -> None:
    text = ("Сегодня глава МИД РФ Сергей Лавров, который находится на Бали на саммите G20, начал выступление со слов "
            "соболезнования. Одна из тем — ситуация на Украине.")
    doc = run_text(text, lexicon, lang="ru", published=dt.date(2022, 7, 8))
    assert [(e.type, e.participants) for e in doc.events] == [("Summit", (LAVROV,))]
    assert ("sergey-lavrov", "russia-ukraine-crisis") in said(doc)
    # a clause that says something else of him does not put him there
    doc = run_text("Sergey Lavrov, who criticized the G20 summit, began his speech.", lexicon, published=dt.date(2022, 7, 8))
    assert not doc.events


def test_i_spoke_with_someone_is_a_call_of_the_documents_speaker(lexicon: Lexicon) -> None:
    title = "Statement from President Joe Biden Ahead of Ukraine Independence Day"
    doc = run_text("I spoke with President Zelenskyy today to reaffirm this message.", lexicon, title=title,
                   source="whitehouse.gov", published=dt.date(2024, 8, 23))
    assert [(e.type, {p.rsplit("/", 1)[-1] for p in e.participants}, e.date) for e in doc.events] == [
        ("PhoneCall", {"joe-biden", "volodymyr-zelenskyy"}, dt.date(2024, 8, 23))]
    # another kind of event told of the same people makes it that event
    doc = run_text("President Biden spoke with President Macron. They met in Paris.", lexicon,
                   published=dt.date(2024, 8, 23))
    assert [e.type for e in doc.events] == ["Meeting"]
    # an "I" inside a quotation is the quoted speaker's
    doc = run_text("“I met with President Zelenskyy today,” Macron said.", lexicon, source="whitehouse.gov",
                   published=dt.date(2024, 8, 23))
    assert all(RES + "person/joe-biden" not in e.participants for e in doc.events)


def test_a_leads_verbless_first_line_lists_what_its_headline_says_was_discussed(lexicon: Lexicon) -> None:
    title = "Сергей Лавров обсудил с коллегами из стран ШОС подготовку к осенней встрече в Таджикистане"
    doc = run_text("И, конечно, события в соседнем Афганистане. Присутствие НАТО не принесло стабильности.", lexicon,
                   title=title, lang="ru", published=dt.date(2021, 7, 14))
    assert ("sergey-lavrov", "afghanistan") in said(doc)
    # "обстановка в", "положение в" are situation cues as "ситуация в" is
    doc = run_text("Путин и Нетаньяху обсудили по телефону обстановку в Сирии.", lexicon, lang="ru",
                   published=dt.date(2019, 12, 1))
    assert said(doc) == {("vladimir-putin", "syria"), ("benjamin-netanyahu", "syria")}


def test_an_invitation_or_a_readiness_to_meet_is_no_meeting(lexicon: Lexicon) -> None:
    doc = run_text("Vladimir Putin invited Nikol Pashinyan to pay an official visit to Russia.", lexicon,
                   published=dt.date(2022, 2, 21))
    assert not doc.events
    doc = run_text("As the new Prime Minister of Japan, I am ready to meet with Chairman Kim Jong-un without any "
                   "conditions.", lexicon, published=dt.date(2020, 9, 25))
    assert not doc.events


def test_an_acting_post_holder_is_still_the_events_object(lexicon: Lexicon) -> None:
    title = "Состоялся телефонный разговор исполняющего обязанности Президента России Владимира Путина с " \
            "Президентом Франции Жаком Шираком"
    doc = run_text("Жак Ширак тепло поздравил Владимира Путина с победой на выборах.", lexicon, title=title,
                   lang="ru", published=dt.date(2000, 4, 8))
    assert [(e.type, e.participants[0], e.date) for e in doc.events] == [("PhoneCall", PUTIN, dt.date(2000, 4, 8))]
    assert len(doc.events[0].participants) == 2
    doc = run_text("Putin had a telephone conversation with Acting President of Ukraine Oleksandr Turchynov.", lexicon,
                   published=dt.date(2014, 3, 1))
    assert [e.type for e in doc.events] == ["PhoneCall"]
    assert doc.events[0].participants == (PUTIN, RES + "person/oleksandr-turchynov")


def test_a_press_conference_in_a_transcripts_title_is_its_labelled_speakers(lexicon: Lexicon) -> None:
    """"News conference following Russian-German talks": those who speak in the transcript held it, and
    the talks told in its lead took place that day; a journalist who asks holds nothing."""
    text = ("Vladimir Putin and Federal Chancellor of Germany Olaf Scholz made statements for the press on the "
            "results of the Russian-German talks.\n\n"
            "President of Russia Vladimir Putin: Mr Chancellor, ladies and gentlemen, we discussed gas supplies.\n\n"
            "Federal Chancellor of Germany Olaf Scholz (retranslated): We spoke about European security.\n\n"
            "Kommersant correspondent Andrei Kolesnikov: A question for both of you.\n\n"
            "Vladimir Putin: Thank you.")
    doc = run_text(text, lexicon, title="News conference following Russian-German talks",
                   published=dt.date(2022, 2, 15), source="kremlin.ru")
    conference = next(e for e in doc.events if e.type == "PressConference")
    assert set(conference.participants) == {PUTIN, RES + "person/olaf-scholz"}
    assert conference.date == dt.date(2022, 2, 15)
    talks = [e for e in doc.events if e.type == "Meeting"]
    assert [e.date for e in talks] == [dt.date(2022, 2, 15)]
    # a title that names its hosts keeps them, and only them
    text = ("PRESIDENT BIDEN: Good afternoon, everyone.\n\nPRESIDENT RUTO: Thank you, Mr. President.\n\n"
            "MS. JEAN-PIERRE: The first question goes to Reuters.")
    doc = run_text(text, lexicon, title="Remarks by President Biden and President William Ruto of the Republic of "
                   "Kenya in Joint Press Conference", published=dt.date(2024, 5, 23), source="whitehouse.gov")
    conference = next(e for e in doc.events if e.type == "PressConference")
    assert set(conference.participants) == {RES + "person/joe-biden", RES + "person/william-ruto"}


def test_a_concern_about_a_country_makes_it_what_is_discussed(lexicon: Lexicon) -> None:
    doc = run_text("President Biden raised concerns about the PRC's unfair trade policies.", lexicon,
                   published=dt.date(2024, 11, 16), source="whitehouse.gov")
    assert ("joe-biden", "china") in said(doc)
    doc = run_text("President Biden met President Xi. Biden said China is a competitor.", lexicon,
                   published=dt.date(2024, 11, 16), source="whitehouse.gov")
    assert ("joe-biden", "china") not in said(doc)


def test_a_meeting_that_could_or_should_be_held_is_no_meeting(lexicon: Lexicon) -> None:
    doc = run_text("I commend the Secretary-General António Guterres for proposing that we should meet in a summit "
                   "of the future.", lexicon, published=dt.date(2022, 9, 21), title="Namibia: statement by "
                   "President Hage Geingob")
    assert not [e for e in doc.events if len(e.participants) > 1]


def test_anothers_visit_is_told_of_not_the_occasion_of_the_readout(lexicon: Lexicon) -> None:
    """"During President Macron's recent visit to Moscow, the two leaders ...": the two leaders are
    the readout's (the call's), and the visit has no partner the sentence names."""
    text = ("Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron. In "
            "the follow-up to the discussions during President Macron's recent visit to Moscow, the two leaders had "
            "an exchange of opinions on security guarantees, including in view of Emmanuel Macron's conversations "
            "with the leaders of Ukraine.")
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 12), source="kremlin.ru",
                   title="Telephone conversation with President of France Emmanuel Macron")
    assert ("vladimir-putin", "security-guarantees") in said(doc)
    assert ("volodymyr-zelenskyy", "security-guarantees") not in said(doc)
    doc = run_text("The Vice President's visit will build on the recent U.S.-Africa Leaders Summit that President Biden "
                   "hosted.", lexicon, published=dt.date(2023, 3, 13), source="whitehouse.gov")
    assert not [e for e in doc.events if e.type == "Meeting"]
    # a title's "X's Call with Y" is the readout's own event, with both
    doc = run_text("President Joe Biden and Amir Tamim bin Hamad Al Thani of Qatar spoke today.", lexicon,
                   published=dt.date(2021, 8, 20), source="whitehouse.gov",
                   title="Readout of President Joe Biden's Call with Amir Tamim bin Hamad Al Thani of Qatar")
    assert [e.type for e in doc.events] == ["PhoneCall"] and len(doc.events[0].participants) == 2


def test_a_statement_on_something_is_the_publishers_principals_speech(lexicon: Lexicon) -> None:
    """The American Presidency Project's "Statement on ..." is the President's throughout; the persons
    its title names after "on" are what it is about ("Statement on the Resignation of Prime Minister
    Justin Trudeau"), but an "Interview with" names who speaks."""
    text = ("As I said yesterday, the United States will defend every inch of NATO territory. Our commitment to "
            "article 5 is ironclad. Immediately after the NATO summit, I spoke with President Zelenskyy of Ukraine.")
    doc = run_text(text, lexicon, published=dt.date(2022, 2, 25), source="presidency.ucsb.edu",
                   title="Statement on the North Atlantic Treaty Organization Summit")
    assert ("joe-biden", "north-atlantic-treaty") in said(doc)  # "article 5" where NATO was named
    summit = next(e for e in doc.events if e.type == "Summit")
    call = next(e for e in doc.events if e.type == "PhoneCall")
    assert summit.date == call.date == dt.date(2022, 2, 25)
    text = "Together, we've tackled some of the toughest issues, from the COVID-19 pandemic to climate change."
    doc = run_text(text, lexicon, published=dt.date(2025, 1, 7), source="presidency.ucsb.edu",
                   title="Statement on the Resignation of Prime Minister Justin Trudeau of Canada")
    assert said(doc) == {("joe-biden", "covid-19-pandemic"), ("joe-biden", "climate-change")}
    doc = run_text("Article 5 of the 1995 Interim Accord specifies negotiations.", lexicon,
                   published=dt.date(2018, 9, 29))
    assert not [m for m in doc.mentions if m.iri.endswith("/north-atlantic-treaty")]


def test_stability_in_and_challenges_posed_by_a_country_make_it_what_is_discussed(lexicon: Lexicon) -> None:
    text = ("Vice President Kamala Harris met today with President Emmanuel Macron of France in Munich. The Vice "
            "President and President Macron discussed challenges posed by the People's Republic of China. They also "
            "discussed peace and stability in Afghanistan, the export of Ukrainian grain and the transition to clean "
            "energy.")
    doc = run_text(text, lexicon, published=dt.date(2023, 2, 17), source="whitehouse.gov")
    for subject in ("china", "afghanistan", "food-security", "clean-energy"):
        assert {("kamala-harris", subject), ("emmanuel-macron", subject)} <= said(doc), subject


def test_emerging_technologies_and_environmental_protection_are_topics(lexicon: Lexicon) -> None:
    doc = run_text("President Biden and Prime Minister Modi discussed cooperation on critical and emerging technologies "
                   "and the protection of the environment.", lexicon, published=dt.date(2023, 6, 22),
                   source="whitehouse.gov")
    assert {("joe-biden", "emerging-technologies"), ("narendra-modi", "environmental-protection")} <= said(doc)


def test_a_debates_record_resolves_roles_in_its_titles_year_and_takes_no_date_it_tells_of(lexicon: Lexicon) -> None:
    """"UN General Debate, 75th session (2020)": the President of the General Assembly is the one who
    took office in September 2020, even where the speech names a day of January 2020."""
    title = ("UN General Debate, 75th session (2020): statement by Republic of the Congo (Mr. Denis Sassou Nguesso, "
             "President)")
    text = ("Mr. President of the General Assembly, I congratulate you on your election. On 30 January 2020 the World "
            "Health Organization declared a public health emergency.")
    doc = run_text(text, lexicon, title=title, source="UN General Debate Corpus (UN verbatim records)")
    assert RES + "person/volkan-bozkir" in persons(doc)
    assert doc.anchor is None


def test_a_verbless_headline_lists_what_the_event_of_its_lead_was_about(lexicon: Lexicon) -> None:
    title = "Коронавирус, Карабах, вмешательство в дела Белоруссии и Киргизии — вызовы коллективной безопасности"
    text = ("Россия может начать поставки своих препаратов партнерам по ОДКБ. Видеосаммит ОДКБ прошел сегодня под "
            "председательством Владимира Путина.")
    doc = run_text(text, lexicon, title=title, lang="ru", published=dt.date(2020, 12, 2))
    assert {("vladimir-putin", s) for s in ("covid-19-pandemic", "nagorno-karabakh-conflict", "belarus", "kyrgyzstan")} \
        <= said(doc)
    # a headline with a verb of its own, or naming its speaker, is no list
    doc = run_text(text, lexicon, title="Путин рассказал о Карабахе", lang="ru", published=dt.date(2020, 12, 2))
    assert ("vladimir-putin", "nagorno-karabakh-conflict") in said(doc)  # his own words, as before
    doc = run_text(text, lexicon, title="Карабах обсудят в Москве", lang="ru", published=dt.date(2020, 12, 2))
    assert ("vladimir-putin", "nagorno-karabakh-conflict") not in said(doc)


def test_countries_listed_after_a_situation_cue_are_all_subjects(lexicon: Lexicon) -> None:
    doc = run_text("Biden said the situation in Afghanistan, Iraq, Libya and Syria demands engagement. Biden said: "
                   "with respect to the Central African Republic, Burkina Faso salutes the mediator.", lexicon,
                   published=dt.date(2021, 9, 21))
    assert {s for _, s in said(doc)} == {"afghanistan", "iraq", "libya", "syria", "central-african-republic"}


def test_a_host_welcoming_a_guest_somewhere_is_a_meeting_but_not_welcoming_a_decision(lexicon: Lexicon) -> None:
    doc = run_text("President Joseph R. Biden, Jr. welcomed President Frank-Walter Steinmeier of Germany to the White "
                   "House on October 6, 2023. He welcomed Chancellor Scholz's decision. He welcomes President Ruto of "
                   "Kenya for a State Dinner.", lexicon, published=dt.date(2023, 10, 6))
    [event] = doc.events
    assert event.type == "Meeting" and event.date == dt.date(2023, 10, 6)
    assert {p.rsplit("/", 1)[-1] for p in event.participants} == {"joe-biden", "frank-walter-steinmeier"}


def test_a_name_suffix_and_country_after_it_still_join_two_persons_who_met(lexicon: Lexicon) -> None:
    doc = run_text("Today, President Joseph R. Biden, Jr. of the United States and President Luiz Inácio Lula da Silva "
                   "of the Federative Republic of Brazil met in Washington, D.C.", lexicon,
                   published=dt.date(2023, 2, 10))
    [event] = doc.events
    assert event.type == "Meeting" and {p.rsplit("/", 1)[-1] for p in event.participants} == {
        "joe-biden", "luiz-inacio-lula-da-silva"}


def test_a_headlines_talks_of_one_person_abroad_are_an_event_but_not_one_at_home(lexicon: Lexicon) -> None:
    doc = run_text("Многополярная система на основе равноправия.", lexicon, lang="ru", published=dt.date(2023, 5, 4),
                   title="Переговоры Сергея Лаврова проходят в Индии, которая в этом году председательствует в ШОС")
    [event] = doc.events
    assert event.type == "Meeting" and [p.rsplit("/", 1)[-1] for p in event.participants] == ["sergey-lavrov"]
    assert event.date == dt.date(2023, 5, 4)
    doc = run_text("The President thanked the medical staff.", lexicon, published=dt.date(2022, 6, 18),
                   source="president.gov.ua", title="Volodymyr Zelenskyy met with doctors in Mykolaiv")
    assert doc.events == ()
    doc = run_text("Главной темой стала экономика.", lexicon, lang="ru", published=dt.date(2020, 8, 24),
                   title="Владимир Путин провел встречу с губернатором Ростовской области")
    assert doc.events == ()


def test_the_call_a_briefing_is_about_is_not_the_occasion_of_what_the_leaders_then_say(lexicon: Lexicon) -> None:
    doc = run_text("President Biden briefed leaders on his call with President Putin. The leaders underscored their "
                   "support for Ukraine's sovereignty and territorial integrity.", lexicon,
                   published=dt.date(2021, 12, 7),
                   title="Readout of President Joe Biden's Call with President Macron of France and Chancellor Merkel "
                         "of Germany")
    assert said(doc) == {(p, "sovereignty-and-territorial-integrity") for p in ("joe-biden", "emmanuel-macron",
                                                                                "angela-merkel")}


def test_what_became_the_central_topic_of_talks_was_raised_by_their_parties(lexicon: Lexicon) -> None:
    doc = run_text("Энергобезопасность Евросоюза, вместе с ситуацией на юго-востоке Украины, стала центральной темой "
                   "телефонного разговора президента Путина с канцлером Меркель.", lexicon, lang="ru",
                   published=dt.date(2014, 6, 22))
    assert {("vladimir-putin", "energy-security"), ("angela-merkel", "energy-security"),
            ("vladimir-putin", "war-in-donbas"), ("angela-merkel", "war-in-donbas")} <= said(doc)


def test_both_officials_and_the_national_security_advisors_are_the_participants(lexicon: Lexicon) -> None:
    doc = run_text("National Security Advisor Jake Sullivan met with Mexican Secretary of Foreign Affairs Alicia "
                   "Bárcena. Both officials committed to accelerate cooperation to prevent arms trafficking.", lexicon,
                   published=dt.date(2023, 8, 10))
    assert said(doc) == {("jake-sullivan", "small-arms-and-light-weapons"),
                         ("alicia-barcena", "small-arms-and-light-weapons")}


def test_a_joint_statements_sides_are_its_authors_and_a_conference_they_name_is_not_theirs(lexicon: Lexicon) -> None:
    title = "Joint Statement by President Biden and Prime Minister Meloni"
    doc = run_text("Both sides recognize cybersecurity as a key component of resilience.", lexicon,
                   published=dt.date(2023, 7, 27), title=title)
    assert said(doc) == {("joe-biden", "cybersecurity"), ("giorgia-meloni", "cybersecurity")}
    doc = run_text("President Biden hosted Prime Minister Meloni at the White House. The leaders reaffirmed the role "
                   "of the Ukraine Recovery Conference.", lexicon, published=dt.date(2023, 7, 27), title=title)
    assert [e.type for e in doc.events] == ["Meeting"]


def test_a_country_discussed_as_the_object_is_a_subject_not_one_that_qualifies_a_noun(lexicon: Lexicon) -> None:
    doc = run_text("President Biden met with President Macron of France. They also discussed Haiti, including the "
                   "multinational force. They discussed U.S. support for peace and the U.S.-Tunisia relationship. "
                   "They discussed the United States’ enduring support. They discussed Germany and Italy’s "
                   "shared commitment.", lexicon, published=dt.date(2023, 8, 10))
    assert said(doc) == {("joe-biden", "haiti"), ("emmanuel-macron", "haiti")}
    doc = run_text("Владимир Путин провел телефонный разговор с Эммануэлем Макроном. Президенты также обсудили Сирию "
                   "и Ливию.", lexicon, published=dt.date(2020, 1, 10))
    assert {s for _, s in said(doc)} == {"syria", "libya"}


def test_the_osce_monitoring_mission_and_ukraines_blocked_ports_are_subjects(lexicon: Lexicon) -> None:
    doc = run_text("The Presidents of Ukraine, Lithuania and Poland also discussed ensuring the full operation of the "
                   "OSCE Special Monitoring Mission. Volodymyr Zelenskyy noted that he had discussed the issue of "
                   "unblocking Ukrainian ports with Turkish President Recep Tayyip Erdoğan.", lexicon,
                   published=dt.date(2022, 6, 6), source="president.gov.ua")
    assert {("volodymyr-zelenskyy", "osce-smm"), ("recep-tayyip-erdogan", "food-security")} <= said(doc)
