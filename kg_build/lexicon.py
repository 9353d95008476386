"""Lexicon: ``ontology/lexicon/*.ttl`` compiled once into a fast matcher and a few indexes.

The Turtle is loaded into an in-memory Oxigraph store and read by the canned queries of
``queries/lexicon/``; every name, alias and cue form goes into one Aho-Corasick automaton over
*folded* text (lower case, accents and typographic quotes removed, one character for one, so
offsets stay those of the document). The compiled lexicon is pickled in a cache keyed by the
hash of the source files, so workers and repeated runs start fast.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import unicodedata
from urllib.parse import quote
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick
import pyoxigraph as ox

from .errors import DipkgError
from .morphology import case_forms, is_cyrillic
from .resources import lexicon_files, ontology_file, queries_dir

__all__ = [
    "Lexicon", "Entity", "Post", "Term", "Cue", "Match", "LexiconError", "load_lexicon", "fold", "label_key",
    "compile_lexicon",
]

DIP = "https://w3id.org/dipkg/ontology#"
CACHE_VERSION = "15"


class LexiconError(DipkgError):
    """The lexicon cannot be read (a Turtle syntax error names the file and line)."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing of the lexicon; ``type`` is the local name of its dip class."""

    iri: str
    type: str
    label: str
    wikidata: str | None = None
    represents: str | None = None
    began: dt.date | None = None  # a topic's first day: no text before it raises it


@dataclass(frozen=True, slots=True)
class Post:
    iri: str
    post_in: str
    post_type: str
    leader: bool


@dataclass(frozen=True, slots=True)
class Term:
    """A term of office; ``start``/``end`` are the widest dates the precision allows."""

    iri: str
    person: str
    post: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Cue:
    """One meaning of a matched form. ``kind`` is the entry's category, ``value`` its target."""

    kind: str  # entity, demonym, capital, role, trigger, speech, collective, readout, attribution,
    #            modality, locative, pronoun, relative, situation, attendance, side, purpose, occasion,
    #            month, weekday
    value: str  # for an entity with a context label, ``extra`` is the context it needs
    extra: str | None = None
    extra2: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    begin: int
    end: int
    cues: tuple[Cue, ...]
    kinds: dict[str, tuple[Cue, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.kinds and self.cues:
            object.__setattr__(self, "kinds", _by_kind(self.cues))

    def of(self, kind: str) -> tuple[Cue, ...]:
        """The cues of one kind (a dictionary look-up: stages ask this of every match, often)."""
        return self.kinds.get(kind, ())


def _by_kind(cues: tuple[Cue, ...]) -> dict[str, tuple[Cue, ...]]:
    grouped: dict[str, list[Cue]] = {}
    for cue in cues:
        grouped.setdefault(cue.kind, []).append(cue)
    return {kind: tuple(found) for kind, found in grouped.items()}


# --------------------------------------------------------------------------------------------
# folding: one character in, one character out


class _FoldTable(dict):  # type: ignore[type-arg]
    def __missing__(self, code: int) -> int:
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFD", low)[0]
        out = _SPECIAL.get(base, base)
        self[code] = ord(out)
        return ord(out)


_SPECIAL = {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"',
            "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u2013": "-", "\u2014": "-", "\u2011": "-",
            "\u00a0": " ", "\n": " ", "\t": " ", "\r": " "}
_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes and dashes, keeping the length."""
    return text.translate(_FOLD)


def label_key(text: str) -> str:
    """The look-up key of a label (``dip:labelKey``): folded, one space between words, and
    percent-encoded so that it is ASCII (some SPARQL servers match bound non-ASCII literals badly)."""
    return quote(" ".join(fold(text).split()), safe="")


class _BoundTable(dict):  # type: ignore[type-arg]
    def __missing__(self, code: int) -> int:
        out = code if chr(code).isalnum() else 32
        self[code] = out
        return out


_BOUNDS = _BoundTable()


def _probe_key(key: str) -> tuple[str, int]:
    """The automaton key of a folded form: its non-word characters as spaces, with a space before
    and after where the form begins or ends with a letter or digit, so that the automaton only
    reports forms on word boundaries; and the length of the trailing space (0 or 1)."""
    lead = " " if key[:1].isalnum() else ""
    trail = " " if key[-1:].isalnum() else ""
    return lead + key.translate(_BOUNDS) + trail, len(trail)


# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Lexicon:
    """The compiled lexicon: look-ups by IRI, posts and terms by date, and a text matcher."""

    entities: dict[str, Entity] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    terms_by_post: dict[str, list[Term]] = field(default_factory=dict)
    terms_by_person: dict[str, list[Term]] = field(default_factory=dict)
    posts_by_country: dict[str, list[str]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # city -> country
    publishers: dict[str, str | None] = field(default_factory=dict)  # folded source name -> post
    fingerprint: str = ""
    automaton: ahocorasick.Automaton | None = None
    exact: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded form -> forms needing case
    pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded form -> its pronouns as written
    #: one-word names the lexicon writes with a capital only ("Challenges", "Turkey", "Quad"): they
    #: name their entity only when the text capitalises them too, not "challenges", "tom turkey"
    capitalised: frozenset[str] = frozenset()
    #: the last words of the English names of organisations, formats, government bodies,
    #: agreements and topics ("council", "union", "treaty"), and the lexicon's dip:BodyNoun forms
    #: ("committee", "panel", "coalition"): words that end no person's name
    body_words: frozenset[str] = frozenset()
    #: the words of the role words' forms ("minister", "foreign", "affairs"): a name of these alone
    #: ("Deputy Minister Foreign Affairs") is an office, no person
    role_words: frozenset[str] = frozenset()
    #: the first words of the situation cues' forms ("situation", "crisis", "conflict", "кризис"): a
    #: country named with one ("the Libyan crisis", "ливийский кризис") is what is talked about
    situation_words: frozenset[str] = frozenset()
    #: per resolution cue, the body whose numbered resolutions it names (dip:numberedBy)
    resolution_bodies: dict[str, str] = field(default_factory=dict)
    #: per resolution cue, the words that name its resolutions with their number (label, language)
    resolution_names: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    #: the post types held in organisations only ("secretary general"), each with those organisations
    org_post_types: dict[str, frozenset[str]] = field(default_factory=dict)

    # ---- matching -----------------------------------------------------------------------

    def matches(self, text: str, folded: str | None = None) -> list[Match]:
        """Every lexicon form found in ``text`` on word boundaries (overlaps included)."""
        folded = fold(text) if folded is None else folded
        assert self.automaton is not None
        out: list[Match] = []
        # the text padded with a space at each end and its non-word characters as spaces: the
        # automaton's keys carry their boundary spaces (see _probe_key), so only forms that begin
        # and end on word boundaries are reported; the form itself is then compared exactly
        probe = " " + folded.translate(_BOUNDS) + " "
        for probe_end, variants in self.automaton.iter(probe):
            for key, trail, cues, kinds in variants:
                end = probe_end - trail  # probe offsets are one more than the text's
                begin = end - len(key)
                if folded[begin:end] != key:
                    continue
                surface = text[begin:end]
                exact = self.exact.get(key, ())
                kept = cues if not exact else tuple(c for c in cues if _case_ok(c, surface, exact, self.pronouns))
                if key in self.capitalised and not surface[:1].isupper():
                    kept = tuple(c for c in kept if c.kind != "entity")
                if kept:
                    out.append(Match(begin, end, kept, kinds if kept is cues else {}))
        out.sort(key=lambda m: (m.begin, -(m.end - m.begin)))
        return _outside_names(out)

    # ---- posts and terms ------------------------------------------------------------------

    def holders(self, post: str, on: dt.date | None) -> list[str]:
        """Persons holding ``post`` on the date (all holders ever when the date is unknown)."""
        terms = self.terms_by_post.get(post, [])
        if on is None:
            return list(dict.fromkeys(t.person for t in terms))
        return list(dict.fromkeys(t.person for t in terms if t.start <= on and (t.end is None or on <= t.end)))

    def posts_of(self, person: str, on: dt.date | None) -> list[str]:
        terms = self.terms_by_person.get(person, [])
        return [t.post for t in terms if on is None or (t.start <= on and (t.end is None or on <= t.end))]

    def bodies_of(self, person: str, on: dt.date | None) -> set[str]:
        """The countries and organisations a person holds a post in (on a date, or ever)."""
        return {self.posts[p].post_in for p in self.posts_of(person, on) if p in self.posts}

    def find_posts(self, country: str, post_type: str | None = None, leader: bool = False) -> list[str]:
        out = []
        for iri in self.posts_by_country.get(country, []):
            post = self.posts[iri]
            if leader and post.leader or (post_type is not None and post.post_type == post_type):
                out.append(iri)
        return out

    def country_of(self, iri: str) -> str | None:
        entity = self.entities.get(iri)
        if entity is None:
            return None
        if entity.type == "Country":
            return iri
        return entity.represents or self.capitals.get(iri)


#: cue kinds that are verbs: a word of a longer name is not one ("States" in "United States")
_VERBS = frozenset({"speech", "modality"})


def _outside_names(matches: list[Match]) -> list[Match]:
    """The matches less the verbs that lie inside a longer entity name (sorted by begin, then
    longest first, so that a name comes before the words inside it)."""
    out: list[Match] = []
    name_end, name_begin = -1, -1
    for m in matches:
        if m.begin < name_end and (m.begin, m.end) != (name_begin, name_end) and m.kinds.keys() <= _VERBS:
            continue
        if m.of("entity") and m.end > name_end:
            name_begin, name_end = m.begin, m.end
        out.append(m)
    return out


def _case_ok(cue: Cue, surface: str, exact_forms: tuple[str, ...], pronouns: dict[str, tuple[str, ...]]) -> bool:
    if not exact_forms:
        return True
    if cue.kind == "pronoun":  # "us" the pronoun as written, not "US" the country's acronym
        return surface in pronouns.get(fold(surface), ())
    return surface in exact_forms or cue.kind not in {"entity", "demonym", "month", "weekday"}


# --------------------------------------------------------------------------------------------
# compiling


def load_lexicon(cache_dir: Path | None = None) -> Lexicon:
    """The compiled lexicon of this installation, from the cache when the sources are unchanged."""
    files = [ontology_file(), *lexicon_files()]
    fingerprint = _fingerprint(files)
    return _load_cached(fingerprint, tuple(files), str(cache_dir) if cache_dir else None)


@lru_cache(maxsize=4)
def _load_cached(fingerprint: str, files: tuple[Path, ...], cache_dir: str | None) -> Lexicon:
    folder = Path(cache_dir) if cache_dir else _default_cache_dir()
    cached = folder / f"lexicon-{fingerprint[:16]}.pickle"
    if cached.is_file():
        try:
            with cached.open("rb") as fh:
                lexicon = pickle.load(fh)
            if isinstance(lexicon, Lexicon) and lexicon.fingerprint == fingerprint:
                return lexicon
        except Exception:  # noqa: BLE001 - a broken cache is rebuilt, never trusted
            pass
    lexicon = compile_lexicon(list(files))
    lexicon.fingerprint = fingerprint
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(lexicon, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cached)
    except OSError:
        pass  # a read-only home still works, only slower
    return lexicon


def _default_cache_dir() -> Path:
    base = os.environ.get("DIPKG_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dipkg"


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256(CACHE_VERSION.encode())
    h.update(Path(__file__).read_bytes())  # the compiler's own code: a new field is a new cache
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for path in sorted(queries_dir().joinpath("lexicon").glob("*.rq")):
        h.update(path.read_bytes())
    return h.hexdigest()


def read_lexicon_store(files: list[Path]) -> ox.Store:
    """The ontology and lexicon files in an in-memory Oxigraph store (errors name file and line)."""
    store = ox.Store()
    for path in files:
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
        except SyntaxError as err:
            raise LexiconError(f"{path}: Turtle syntax error: {err}",
                               hint="fix the lexicon file; `rapper -i turtle FILE` or rdflib shows the line too") from None
    return store


def _rows(store: ox.Store, name: str) -> Iterator[dict[str, str | None]]:
    text = (queries_dir() / "lexicon" / f"{name}.rq").read_text(encoding="utf-8")
    result = store.query(text)
    variables = [v.value for v in result.variables]
    for solution in result:
        yield {v: (None if solution[v] is None else solution[v].value) for v in variables}


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _date_bounds(value: str | None, *, end: bool) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        if end:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, 1)
    return dt.date(year, month, int(parts[2][:2]))


def compile_lexicon(files: list[Path]) -> Lexicon:
    """Build the matcher and indexes from the Turtle files."""
    store = read_lexicon_store(files)
    lex = Lexicon()
    forms: dict[str, list[Cue]] = defaultdict(list)
    exact: dict[str, set[str]] = defaultdict(set)
    written: dict[str, set[str]] = defaultdict(set)  # every form of a key as the lexicon writes it
    pronouns: dict[str, set[str]] = defaultdict(set)  # the pronouns' forms of a key, as written

    def add(form: str, cue: Cue, *, case_rule: str = "entity") -> None:
        form = " ".join(form.split())
        if case_rule == "entity" and form[:4].lower() == "the " and len(form) > 5:
            form = form[4:]  # "the Kremlin" and "Kremlin" are one form: the article is not part of a name
        if not form:
            return
        key = fold(form)
        if cue not in forms[key]:
            forms[key].append(cue)
        if cue.kind == "pronoun":  # matched as written, apart from the names that share its key
            pronouns[key].add(form)
        elif case_rule == "entity":
            written[key].add(form)
        if case_rule == "entity" and form.upper() == form and any(c.isalpha() for c in form) \
                and (len(form) > 1 or cue.kind == "pronoun"):
            exact[key].add(form)  # acronyms: NATO, EU, UN must match in capitals
        elif case_rule == "capital" and form[:1].isupper():
            exact[key].add(form)  # "May" the month, not "may" the verb

    for row in _rows(store, "entities"):
        iri = row["entity"] or ""
        if iri in lex.entities:
            continue
        lex.entities[iri] = Entity(iri, _local(row["type"]), row["label"] or _local(iri),
                                   row["wikidata"], row["represents"],
                                   dt.date.fromisoformat(row["began"]) if row["began"] else None)
    def add_name(label: str, cue: Cue) -> None:
        add(label, cue)
        if is_cyrillic(label):  # "Ангелой Меркель", "нормандском формате": every case of a Russian label
            for form in case_forms(label, person=lex.entities[cue.value].type == "Person"):
                add(form, cue, case_rule="none")

    for row in _rows(store, "names"):
        iri, label = row["entity"] or "", row["label"] or ""
        if iri in lex.entities:
            add_name(label, Cue("post" if lex.entities[iri].type == "Post" else "entity", iri))
    for row in _rows(store, "context-labels"):  # "Security Council" names the UN's after "United Nations"
        if (row["entity"] or "") in lex.entities:
            add_name(row["label"] or "", Cue("entity", row["entity"] or "", row["context"]))
    for row in _rows(store, "capitals"):
        lex.capitals[row["city"] or ""] = row["country"] or ""
    for row in _rows(store, "demonyms"):
        add(row["form"] or "", Cue("demonym", row["country"] or ""))
    for row in _rows(store, "posts"):
        post = Post(row["post"] or "", row["postIn"] or "", row["postType"] or "", (row["leader"] or "") == "true")
        lex.posts[post.iri] = post
        lex.posts_by_country.setdefault(post.post_in, []).append(post.iri)
    for row in _rows(store, "terms"):
        start = _date_bounds(row["start"], end=False)
        if start is None or not row["person"] or not row["post"]:
            continue
        term = Term(row["term"] or "", row["person"], row["post"], start, _date_bounds(row["end"], end=True))
        lex.terms_by_post.setdefault(term.post, []).append(term)
        lex.terms_by_person.setdefault(term.person, []).append(term)
    kinds = {"EventTrigger": "trigger", "SpeechVerb": "speech", "CollectiveReference": "collective",
             "ReadoutCue": "readout", "AttributionCue": "attribution", "ModalityCue": "modality",
             "LocativeCue": "locative", "RoleWord": "role", "PronounCue": "pronoun",
             "RelativeDateCue": "relative", "SituationCue": "situation", "SpeechTitleCue": "speech-title",
             "AttendanceCue": "attendance", "SideReference": "side",
             "PurposeCue": "purpose", "OccasionCue": "occasion", "MarginsCue": "margins",
             "AddressCue": "address", "InterlocutorCue": "interlocutor",
             "AnswerCue": "answer", "ProspectCue": "prospect", "WeekdayShiftCue": "weekshift",
             "BodyNoun": "body-noun", "ResolutionCue": "resolution",
             "OutcomeCue": "outcome", "LowerRankCue": "lower-rank", "StyleCue": "style"}
    role_words: set[str] = set()
    situation_words: set[str] = set()
    body_nouns: set[str] = set()
    resolution_bodies: dict[str, str] = {}
    for row in _rows(store, "cues"):  # the instances of every subclass of dip:LexicalCue
        kind = kinds.get(_local(row["kind"]))
        if kind is None:
            raise LexiconError(f"cue class dip:{_local(row['kind'])} (of {row['cue']}) is one the extractor does not know",
                               hint="add it to the kinds of cue in kg_build/lexicon.py, or use a known class")
        if kind == "body-noun":  # a word list for _names_a_body, not matched in texts
            body_nouns.add(fold(row["form"] or "").strip())
            continue
        if kind == "situation":
            situation_words.update(w for w in fold(row["form"] or "").split()[:1] if len(w) > 3)
        if kind == "trigger":  # extra: what an unspecified talk word alone tells ("spoke with": a call);
            # extra2 "each": one event per partner ("phone calls with Macron and Scholz")
            # or extra2 "object": an event only with the person right after it ("welcomed President Steinmeier")
            cue = Cue(kind, _local(row["evokes"]), _local(row["aloneEvokes"]) if row["aloneEvokes"] else None,
                      "each" if row["onePerPartner"] == "true"
                      else "object" if row["objectFollows"] == "true" else None)
        elif kind in ("speech", "modality"):
            # extra2: "reciprocal" for "discussed X with Macron", "object" for "thanked Biden", "back" for
            # "This was stated by Zelenskyy" (the sentence before is his), "plural" for "Обсуждали X"
            # (no subject: the parties of the event told)
            flags = [f for f, key in (("reciprocal", "reciprocal"), ("object", "objectFollows"), ("back", "refersBack"),
                                      ("plural", "impersonalPlural"))
                     if row[key] == "true"]
            cue = Cue(kind, _local(row["modality"]) if row["modality"] else "", row["cue"], " ".join(flags) or None)
        elif kind == "role":
            cue = Cue(kind, row["roleKind"] or "post", row["postType"], row["cue"])
            role_words.update(w for w in fold(row["form"] or "").split() if w.isalpha())
        elif kind == "collective":  # "the ministers": of these post types (one row each); "they": a pronoun
            cue = Cue(kind, row["cue"] or "", row["postType"], row["pronounKind"])
        elif kind == "pronoun":
            cue = Cue(kind, row["pronounKind"] or "personal")
        elif kind == "relative":
            cue = Cue(kind, str(int(row["offset"] or 0)))
        elif kind == "resolution":
            resolution_bodies[row["cue"] or ""] = row["numberedBy"] or ""
            cue = Cue(kind, row["cue"] or "")
        elif kind == "weekshift":
            cue = Cue(kind, row["shift"] or "")
        elif kind == "situation":  # extra "object": its country is its direct object ("discussed Haiti")
            cue = Cue(kind, row["cue"] or "", "object" if row["objectFollows"] == "true" else None)
        else:
            cue = Cue(kind, row["cue"] or "")
        add(row["form"] or "", cue, case_rule="entity" if kind == "pronoun" else "none")  # "I", not "i.e."
    for row in _rows(store, "calendar"):
        add(row["form"] or "", Cue(row["kind"] or "", str(int(row["number"] or 0))), case_rule="capital")
    for row in _rows(store, "resolution-names"):
        lex.resolution_names[row["cue"] or ""] = (*lex.resolution_names.get(row["cue"] or "", ()),
                                                  (row["label"] or "", row["lang"] or ""))
    for row in _rows(store, "publishers"):
        lex.publishers[fold(row["name"] or "").strip()] = row["post"]

    # forms that differ only in punctuation ("mr", "mr.") share an automaton key
    variants: dict[str, list[tuple[str, int, tuple[Cue, ...], dict[str, tuple[Cue, ...]]]]] = {}
    for key, cues in forms.items():
        probe, trail = _probe_key(key)
        variants.setdefault(probe, []).append((key, trail, tuple(cues), _by_kind(tuple(cues))))
    automaton = ahocorasick.Automaton()
    for probe, found in variants.items():
        automaton.add_word(probe, tuple(found))
    automaton.make_automaton()
    lex.automaton = automaton
    # a form in capitals must match as written, and so must the other forms of its key that the
    # lexicon lists; a pronoun matches as its own forms are written ("Я" and "я"; "us", not "US")
    lex.exact = {k: tuple(sorted(v | written[k])) for k, v in exact.items()}
    lex.pronouns = {k: tuple(sorted(v)) for k, v in pronouns.items()}
    lex.capitalised = frozenset(k for k, v in written.items() if _capitalised(v))
    for terms in (*lex.terms_by_post.values(), *lex.terms_by_person.values()):
        terms.sort(key=lambda t: t.start)
    lex.body_words = _body_words(lex.entities.values()) | body_nouns
    lex.role_words = frozenset(role_words)
    lex.situation_words = frozenset(situation_words)
    lex.resolution_bodies = resolution_bodies
    lex.org_post_types = _org_post_types(lex)
    return lex


def _capitalised(forms: set[str]) -> bool:
    """Every form of a one-word key is a proper name with a capital (Latin script: a Russian label's
    case forms are generated in lower case too)."""
    return all(" " not in f and f[:1].isupper() and not is_cyrillic(f) and f.upper() != f for f in forms)


def _org_post_types(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The post types no country has ("secretary general": of the UN, of NATO), with the
    organisations that have one: a bare "the Secretary-General" is of the organisation in view."""
    bodies: dict[str, set[str]] = {}
    for post in lex.posts.values():
        bodies.setdefault(post.post_type, set()).add(post.post_in)
    return {t: frozenset(b) for t, b in bodies.items()
            if all(lex.entities[i].type != "Country" for i in b if i in lex.entities)}


#: the kinds of entity whose English names end in words that end no person's name
_BODIES = frozenset({"InternationalOrganization", "DiplomaticFormat", "GovernmentBody", "MediaOutlet",
                     "Organization", "Agreement", "Topic"})


def _body_words(entities: Iterable[Entity]) -> frozenset[str]:
    """The last words of the multi-word names of bodies, agreements and topics ("Council",
    "Treaty", "Crisis"), less those that name something alone."""
    entities = list(entities)
    alone = {e.label.lower() for e in entities if len(e.label.split()) == 1}
    last = (e.label.split()[-1].lower() for e in entities if e.type in _BODIES and len(e.label.split()) > 1)
    return frozenset(w for w in last if w.isalpha() and w not in alone)
