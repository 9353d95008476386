"""OWL consistency of the ontology and the lexicon, checked by HermiT through owlready2.

owlready2 does not read Turtle, so the graph is serialised by rdflib to N-Triples in a temporary
folder and loaded into a fresh owlready2 ``World`` (never the global default world), then
``sync_reasoner`` runs HermiT (Java) with ``infer_property_values=False``.

Two things that would make HermiT refuse perfectly meaningful input are handled generally:

* literals whose datatype is outside the OWL 2 datatype map (``xsd:date``, ``xsd:gYear``,
  ``xsd:gYearMonth`` in terms of office and dates) make HermiT abort, so it runs with
  ``--ignoreUnsupportedDatatypes``: such literals are not reasoned about;
* a class disjoint with itself (``C owl:disjointWith C``) is legal RDF but becomes a one-class
  ``DisjointClasses`` axiom that HermiT rejects; it is rewritten to the equivalent
  ``C rdfs:subClassOf owl:Nothing`` (likewise ``owl:propertyDisjointWith`` of a property with
  itself becomes a subproperty of the bottom property). No axiom is dropped.

When HermiT finds the ontology inconsistent, a second run over the terminology alone (the
class assertions of individuals left out) names the unsatisfiable classes, and the report lists
the individuals asserted in them.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from os import PathLike
from pathlib import Path
from typing import TypeAlias

import owlready2  # type: ignore[import-untyped]  # no type information shipped
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from kg_build.errors import JavaMissingError, ReasonerError

__all__ = ["ReasonerReport", "check_consistency"]

_INFERRED_ONTOLOGY = "https://w3id.org/dipkg/inferred/"

#: Classes and properties of the OWL/RDF(S) vocabularies themselves: an rdf:type pointing at
#: one of them is a declaration (owl:Class ...), not a class assertion about an individual.
_BUILTIN_NAMESPACES = (str(OWL), str(RDF), str(RDFS))

_JAVA_HINT = (
    "install a Java runtime (for example `apt-get install default-jre-headless`) or set "
    "owlready2.JAVA_EXE to the path of a java executable"
)


@dataclass(frozen=True, slots=True)
class ReasonerReport:
    """What HermiT concluded about an ontology (with its lexicon).

    ``consistent`` is OWL consistency: some model exists. ``inconsistent_classes`` lists the
    unsatisfiable classes (equivalent to ``owl:Nothing``), which a consistent ontology may
    still have as long as nothing is asserted in them; ``coherent`` is true when there are
    none. ``inferred`` counts the class assertions about individuals that the reasoner added.
    """

    consistent: bool
    inconsistent_classes: tuple[str, ...]
    inferred: int
    text: str

    @property
    def coherent(self) -> bool:
        """Consistent, and no class is unsatisfiable."""
        return self.consistent and not self.inconsistent_classes


Source: TypeAlias = Graph | str | PathLike[str] | Iterable[str | PathLike[str]]


def check_consistency(ontology_and_lexicon: Source) -> ReasonerReport:
    """Run HermiT over a graph, or over Turtle/RDF files and folders of them, and report.

    Paths may name files (the format is guessed from the suffix) or folders (every ``*.ttl``
    inside, recursively). Raises ``JavaMissingError`` when no Java runtime is found and
    ``ReasonerError`` when HermiT fails for another reason; an inconsistency is a result
    (``consistent=False``), not an error.
    """
    java = _java()
    graph = _normalise(_as_graph(ontology_and_lexicon))
    try:
        inferred, unsatisfiable = _run_hermit(graph, java)
    except owlready2.OwlReadyInconsistentOntologyError:
        return _inconsistent_report(graph, java)
    lines = [f"HermiT: consistent ({len(graph)} triples); {inferred} inferred class assertions."]
    if unsatisfiable:
        lines.append("Unsatisfiable classes (equivalent to owl:Nothing): " + ", ".join(unsatisfiable) + ".")
    return ReasonerReport(
        consistent=True,
        inconsistent_classes=unsatisfiable,
        inferred=inferred,
        text="\n".join(lines),
    )


def _java() -> str:
    """The java executable owlready2 will call, or JavaMissingError."""
    java_exe = str(owlready2.JAVA_EXE)
    found = shutil.which(java_exe)
    if found is None:
        raise JavaMissingError(
            f"the HermiT reasoner needs Java, and {java_exe!r} is not on PATH",
            hint=_JAVA_HINT,
        )
    return found


def _as_graph(source: Source) -> Graph:
    """One rdflib graph from a graph, a file, a folder or several of them."""
    if isinstance(source, Graph):
        return source
    paths = [source] if isinstance(source, (str, PathLike)) else list(source)
    graph = Graph()
    for item in paths:
        path = Path(item)
        files = sorted(path.rglob("*.ttl")) if path.is_dir() else [path]
        for file in files:
            try:
                graph.parse(file)
            except Exception as exc:  # rdflib raises BadSyntax, ValueError, FileNotFoundError ...
                line = getattr(exc, "lines", None)
                where = f"{file}:{line + 1}" if isinstance(line, int) else str(file)
                reason = getattr(exc, "_why", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
                raise ReasonerError(f"{where}: cannot read RDF: {reason}", hint="fix the file or leave it out") from exc
    return graph


def _normalise(graph: Graph) -> Graph:
    """A copy with self-disjointness rewritten to the bottom class/property (see module doc)."""
    result = Graph()
    result += graph
    for cls in set(result.subjects(OWL.disjointWith, None)):
        if (cls, OWL.disjointWith, cls) in result:
            result.remove((cls, OWL.disjointWith, cls))
            result.add((cls, RDFS.subClassOf, OWL.Nothing))
    for prop in set(result.subjects(OWL.propertyDisjointWith, None)):
        if (prop, OWL.propertyDisjointWith, prop) in result:
            result.remove((prop, OWL.propertyDisjointWith, prop))
            data = (prop, RDF.type, OWL.DatatypeProperty) in result
            result.add((prop, RDFS.subPropertyOf, OWL.bottomDataProperty if data else OWL.bottomObjectProperty))
    return result


def _run_hermit(graph: Graph, java: str) -> tuple[int, tuple[str, ...]]:
    """Inferred class assertions and unsatisfiable classes; raises on inconsistency."""
    with tempfile.TemporaryDirectory(prefix="dipkg-reasoner-") as folder:
        source = Path(folder) / "ontology.nt"
        graph.serialize(destination=source, format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            world.get_ontology(source.as_uri()).load()
            inferred_ontology = world.get_ontology(_INFERRED_ONTOLOGY)
            owlready2.sync_reasoner_hermit(
                inferred_ontology,
                infer_property_values=False,
                debug=0,
                ignore_unsupported_datatypes=True,
            )
            unsatisfiable = tuple(
                sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
            )
            return _count_class_assertions(inferred_ontology, graph), unsatisfiable
        except owlready2.OwlReadyInconsistentOntologyError:
            raise
        except owlready2.OwlReadyJavaError as exc:
            raise ReasonerError(f"HermiT failed: {_first_java_line(str(exc))}", hint=_JAVA_HINT) from exc
        except FileNotFoundError as exc:  # java vanished between the check and the call
            raise JavaMissingError(f"cannot run {java!r}: {exc}", hint=_JAVA_HINT) from exc
        finally:
            world.close()


def _count_class_assertions(ontology: owlready2.Ontology, asserted: Graph) -> int:
    """New class assertions about individuals that the reasoner put into ``ontology``.

    A class used as an individual (``lex:trigger dip:evokes dip:PhoneCall``) is punned; owlready2
    then writes its inferred superclasses as ``rdf:type`` triples, which are not counted.
    """
    buffer = BytesIO()
    ontology.save(file=buffer, format="ntriples")
    inferred = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    classes = set(asserted.subjects(RDF.type, OWL.Class)) | set(asserted.subjects(RDFS.subClassOf, None))
    return sum(
        1
        for s, p, cls in inferred.triples((None, RDF.type, None))
        if not _is_builtin(cls) and s not in classes and (s, p, cls) not in asserted
    )


def _is_builtin(node: Node) -> bool:
    """Whether an IRI belongs to the OWL, RDF or RDFS vocabulary."""
    return isinstance(node, URIRef) and str(node).startswith(_BUILTIN_NAMESPACES)


def _inconsistent_report(graph: Graph, java: str) -> ReasonerReport:
    """Explain an inconsistency by the unsatisfiable classes of the terminology alone."""
    terminology = Graph()
    terminology += (
        (s, p, o) for s, p, o in graph if not (p == RDF.type and not _is_builtin(o))
    )
    lines = ["HermiT: the ontology is inconsistent: no interpretation satisfies all its axioms and assertions."]
    try:
        _, unsatisfiable = _run_hermit(terminology, java)
    except owlready2.OwlReadyInconsistentOntologyError:
        unsatisfiable = ()
        lines.append("The terminology is inconsistent even without the class assertions of individuals.")
    for cls in unsatisfiable:
        members = sorted(str(s) for s in graph.subjects(RDF.type, URIRef(cls)))
        named = f"; asserted for {', '.join(members)}" if members else ""
        lines.append(f"Unsatisfiable class {cls}{named}.")
    if not unsatisfiable and len(lines) == 1:
        lines.append("Every class is satisfiable on its own: the contradiction lies in the assertions about individuals.")
    return ReasonerReport(consistent=False, inconsistent_classes=unsatisfiable, inferred=0, text="\n".join(lines))


def _first_java_line(message: str) -> str:
    """The line of a Java error that says what went wrong (not the stack trace)."""
    for line in message.splitlines():
        line = line.strip()
        if line and not line.startswith(("at ", "Java error message is:")):
            return line
    return message.strip()
