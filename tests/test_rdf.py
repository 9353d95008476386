"""Triples of one document: event nodes and the labels of persons the lexicon does not know."""
from __future__ import annotations

from kg_build.build import extract
from kg_build.mentions import person_display, person_slug
from kg_build.namespaces import DIP, RDF, SKOS
from kg_build.rdf import to_rdf


def test_two_events_of_one_document_on_one_day_with_the_same_participants_stay_two() -> None:
    doc = extract("On 29 October 2021 Vladimir Putin and Emmanuel Macron held a meeting in Madrid. "
                  "On 29 October 2021 Vladimir Putin and Emmanuel Macron attended a summit in Rome.")
    places: dict = {}
    for s, p, o in to_rdf(doc).triples:
        if p == DIP.place:
            places.setdefault(s, set()).add(o)
    assert len(places) == 2 and all(len(v) == 1 for v in places.values()), places


def test_spellings_of_one_unknown_person_share_one_preferred_label() -> None:
    spellings = ["TIJJANI MUHAMMAD BANDE", "Tijjani Muhammad Bande", "Tijjani  Muhammad Bande"]
    assert {person_slug(s) for s in spellings} == {"tijjani-muhammad-bande"}
    assert {person_display(s) for s in spellings} == {"Tijjani Muhammad Bande"}
    okina = ["Fiamē Naomi Mataʻafa", "Fiame Naomi Mata’afa", "FIAME NAOMI MATA'AFA"]
    assert {person_display(s) for s in okina} == {"Fiame Naomi Mata'afa"}
    assert person_display("Moon Jae-in") == "Moon Jae-In" and person_display("MUHAMMAD-BANDE") == "Muhammad-Bande"
    assert person_display("Bashar al-Assad") == person_display("BASHAR AL-ASSAD") == "Bashar Al-Assad"
    assert person_display("Hồ Chí Minh") == "Ho Chi Minh" and person_slug("Hồ Chí Minh") == "ho-chi-minh"
    assert person_display("Сергей Йовович") == "Сергей Йовович"  # й stays й


def test_an_unknown_person_keeps_the_spelling_as_written() -> None:
    doc = extract("French director Ján Kováčik met Sergey Lavrov in Hanoi.")
    labels = {(p, str(o)) for s, p, o in to_rdf(doc).triples if str(s).endswith("/jan-kovacik")}
    assert (SKOS.prefLabel, "Jan Kovacik") in labels and (SKOS.altLabel, "Ján Kováčik") in labels
    assert all(o.language == doc.lang for s, p, o in to_rdf(doc).triples if p == SKOS.altLabel)  # as written there


def test_one_minted_person_iri_never_gets_two_preferred_labels() -> None:
    from kg_build.mentions import minted_slug
    spellings = ["Tijjani Muhammad-Bande", "Tijjani Muhammad Bande", "TIJJANI MUHAMMAD-BANDE",
                 "Bashar al-Assad", "Bashar Al-Assad", "BASHAR AL-ASSAD", "Cho Tae-yong", "Cho Tae-Yong",
                 "Fiame Naomi Mata'afa", "Fiame Naomi Mata Afa", "Harry S. Truman", "Harry S Truman"]
    by_iri: dict[str, set[str]] = {}
    for s in spellings:
        by_iri.setdefault(minted_slug(s), set()).add(person_display(s))
    assert all(len(labels) == 1 for labels in by_iri.values()), by_iri
    assert minted_slug("Сергей Йовович") == "сергей-йовович" and minted_slug("Bùi Thanh Sơn") == "bui-thanh-son"


def test_a_resolution_named_by_number_is_an_agreement_asked_for_by_its_names() -> None:
    doc = extract("Lavrov recalled UN Security Council resolution 2202, which endorsed the Minsk agreements.")
    triples = {(p, str(o)) for s, p, o in to_rdf(doc).triples
               if str(s).endswith("/agreement/un-security-council-resolution-2202")}
    assert (RDF.type, str(DIP.Agreement)) in triples
    assert (SKOS.prefLabel, "United Nations Security Council Resolution 2202") in triples
    assert (DIP.labelKey, "resolution%202202") in triples


def test_a_document_mentions_the_principal_it_speaks_as() -> None:
    """A presidential statement in the first person never names its author; its statements are his,
    and so is the document's mention of him."""
    import datetime as dt
    from kg_build.documents import Document
    doc = extract(Document(id="t.txt", lang="en", source="presidency.ucsb.edu", published=dt.date(2022, 2, 25),
                           title="Statement on the North Atlantic Treaty Organization Summit",
                           text="Statement on the North Atlantic Treaty Organization Summit\n\nToday I met with "
                                "fellow leaders from our NATO allies to discuss our shared commitment to collective "
                                "defense."))
    biden = "https://w3id.org/dipkg/resource/person/joe-biden"
    assert {s.speaker for s in doc.statements} == {biden}
    mentioned = {str(o) for s, p, o in to_rdf(doc).triples if p == DIP.mentions}
    assert biden in mentioned
