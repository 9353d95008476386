"""Namespaces: our own ontology as a closed namespace, and the standard vocabularies we align with.

``DIP`` is an rdflib ``DefinedNamespace`` with ``_fail = True``: a term that the ontology does not
define raises ``AttributeError`` instead of minting a new IRI. ``tests/test_namespaces.py`` keeps
this list equal to the terms of ``ontology/dipkg.ttl``.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

__all__ = [
    "DIP", "RES", "GRAPH", "LEX", "WD", "SEM", "SCHEMA", "GREG",
    "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD",
    "DEFAULT_BASE", "PREFIXES",
]

DEFAULT_BASE = "https://w3id.org/dipkg/resource/"


class DIP(DefinedNamespace):
    """Terms of the dipkg ontology (``ontology/dipkg.ttl``)."""

    _NS = Namespace("https://w3id.org/dipkg/ontology#")
    _fail = True

    Actor: URIRef
    AddressCue: URIRef
    Agreement: URIRef
    Alleged: URIRef
    AnswerCue: URIRef
    Asserted: URIRef
    AttendanceCue: URIRef
    AttributionCue: URIRef
    BodyNoun: URIRef
    City: URIRef
    CollectiveReference: URIRef
    Conference: URIRef
    Country: URIRef
    Denied: URIRef
    DiplomaticFormat: URIRef
    Document: URIRef
    Event: URIRef
    EventTrigger: URIRef
    FormatMembership: URIRef
    GovernmentBody: URIRef
    InterlocutorCue: URIRef
    InternationalOrganization: URIRef
    LexicalCue: URIRef
    LocativeCue: URIRef
    LowerRankCue: URIRef
    StyleCue: URIRef
    MarginsCue: URIRef
    MediaOutlet: URIRef
    Meeting: URIRef
    Mention: URIRef
    Modality: URIRef
    ModalityCue: URIRef
    OccasionCue: URIRef
    OutcomeCue: URIRef
    Organization: URIRef
    Person: URIRef
    PhoneCall: URIRef
    Place: URIRef
    Planned: URIRef
    Post: URIRef
    PostType: URIRef
    PressConference: URIRef
    PronounCue: URIRef
    ProspectCue: URIRef
    Publication: URIRef
    PurposeCue: URIRef
    ReadoutCue: URIRef
    RelativeDateCue: URIRef
    ResolutionCue: URIRef
    Reported: URIRef
    RoleWord: URIRef
    SideReference: URIRef
    SituationCue: URIRef
    SpeechTitleCue: URIRef
    SpeechVerb: URIRef
    Statement: URIRef
    Summit: URIRef
    Term: URIRef
    Topic: URIRef
    VideoCall: URIRef
    Visit: URIRef
    WeekdayShiftCue: URIRef
    aloneEvokes: URIRef
    anchorOf: URIRef
    atEvent: URIRef
    beganOn: URIRef
    beginIndex: URIRef
    capital: URIRef
    contentHash: URIRef
    contextLabel: URIRef
    date: URIRef
    dateBasis: URIRef
    datePrecision: URIRef
    dayOffset: URIRef
    demonym: URIRef
    endIndex: URIRef
    evidence: URIRef
    evokes: URIRef
    extractorVersion: URIRef
    form: URIRef
    impersonalPlural: URIRef
    inDocument: URIRef
    isLeaderPost: URIRef
    labelContext: URIRef
    labelKey: URIRef
    mentions: URIRef
    modality: URIRef
    monthNumber: URIRef
    namesPostType: URIRef
    numberedBy: URIRef
    objectFollows: URIRef
    onePerPartner: URIRef
    participant: URIRef
    party: URIRef
    place: URIRef
    post: URIRef
    postType: URIRef
    pronounKind: URIRef
    publisherDefaultSpeaker: URIRef
    quote: URIRef
    reciprocal: URIRef
    refersBack: URIRef
    relatedTo: URIRef
    reportedBy: URIRef
    represents: URIRef
    roleKind: URIRef
    signalsModality: URIRef
    signedOn: URIRef
    source: URIRef
    sourceName: URIRef
    speaker: URIRef
    status: URIRef
    subject: URIRef
    weekdayNumber: URIRef
    weekdayShift: URIRef


RES = Namespace(DEFAULT_BASE)
GRAPH = Namespace("https://w3id.org/dipkg/graph/")
LEX = Namespace("https://w3id.org/dipkg/lexicon/")
WD = Namespace("http://www.wikidata.org/entity/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
GREG = Namespace("http://www.w3.org/ns/time/gregorian#")

PREFIXES: dict[str, str] = {
    "dip": str(DIP._NS),
    "res": str(RES),
    "lex": str(LEX),
    "wd": str(WD),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "time": str(TIME),
    "xsd": str(XSD),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "greg": str(GREG),
}
