"""Networks: networkx projections of the graph, made from canned queries.

``actor_network``: one node per actor (person, country, organisation) that took part in an event;
an edge joins two actors who took part in the same event, ``weight`` = how many events, with the
first and last date. ``subject_network``: who raised what, bipartite: speakers (``kind`` actor,
``bipartite`` 0) and what they raised (``kind`` subject, ``bipartite`` 1); an edge per pair,
``weight`` = how many statements. A speaker that is also raised (a country) stays an actor.

Node ids are IRIs; every node has ``label`` (what Gephi shows), ``kind``, ``type`` (the class's
local name, e.g. ``Person``), ``typeIri`` and ``wikidata`` ("" when unknown: GraphML and GEXF
take no missing values). The rows come from ``queries/network-actors.rq`` and
``queries/network-subjects.rq``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import networkx as nx

from .queries import run_query, to_strings
from .store import Store

__all__ = ["NETWORKS", "actor_network", "local_name", "subject_network"]


def local_name(iri: str | None) -> str:
    """The part of an IRI after the last ``#`` or ``/`` (``Person`` for ``dip:Person``)."""
    return (iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _add_node(graph: nx.Graph, iri: str, label: str | None, kind: str, type_iri: str | None,
              wikidata: str | None) -> None:
    if iri in graph:
        return
    graph.add_node(iri, label=label or local_name(iri), kind=kind, type=local_name(type_iri),
                   typeIri=type_iri or "", wikidata=wikidata or "", bipartite=0 if kind == "actor" else 1)


def _span(dates: list[str]) -> tuple[str, str]:
    known = sorted(d for d in dates if d)
    return (known[0], known[-1]) if known else ("", "")


def actor_network(store: Store) -> nx.Graph:
    """Actors linked by the events they shared (``weight``: events; ``first``/``last``: dates)."""
    graph = nx.Graph(name="dipkg actor network")
    members: dict[str, set[str]] = defaultdict(set)
    event_date: dict[str, str] = {}
    for row in to_strings(run_query(store, "network-actors")):
        event, actor = row["event"], row["actor"]
        if not event or not actor:
            continue
        _add_node(graph, actor, row["actorLabel"], "actor", row["actorType"], row["actorWikidata"])
        members[event].add(actor)
        if row["date"]:
            event_date[event] = min(row["date"], event_date.get(event, row["date"]))
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event, actors in members.items():
        for actor in actors:
            graph.nodes[actor]["events"] = graph.nodes[actor].get("events", 0) + 1
        for pair in combinations(sorted(actors), 2):
            shared[pair].append(event_date.get(event, ""))
    for (a, b), dates in sorted(shared.items()):
        first, last = _span(dates)
        graph.add_edge(a, b, weight=len(dates), events=len(dates), first=first, last=last)
    return graph


def subject_network(store: Store) -> nx.Graph:
    """Speakers and what they raised (``weight``: statements; ``first``/``last``: dates)."""
    graph = nx.Graph(name="dipkg subject network")
    rows = to_strings(run_query(store, "network-subjects"))
    speakers = {row["actor"] for row in rows if row["actor"]}
    said: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        actor, subject = row["actor"], row["subject"]
        if not actor or not subject:
            continue
        _add_node(graph, actor, row["actorLabel"], "actor", row["actorType"], row["actorWikidata"])
        kind = "actor" if subject in speakers else "subject"
        _add_node(graph, subject, row["subjectLabel"], kind, row["subjectType"], row["subjectWikidata"])
        said[(actor, subject)].append(row["date"] or "")
    for (actor, subject), dates in sorted(said.items()):
        first, last = _span(dates)
        graph.add_edge(actor, subject, weight=len(dates), statements=len(dates), first=first, last=last)
    for node, data in graph.nodes(data=True):
        data["statements"] = sum(d["statements"] for _, _, d in graph.edges(node, data=True))
    return graph


NETWORKS: dict[str, Callable[[Store], nx.Graph]] = {"actors": actor_network, "subjects": subject_network}
"""The networks by the name ``dipkg export --network`` takes."""
