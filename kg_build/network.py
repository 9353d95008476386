"""Networks: networkx projections of the graph, made from canned queries.

``actor_network``: actors as nodes, an edge between two actors who took part in the same event
(weight: how many events; first and last date). ``subject_network``: actors and the formats,
agreements, organisations and topics they raised (weight: how many statements). Node ids are
IRIs; every node has a ``label`` (Gephi shows it), ``kind`` and ``type``.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from .queries import run_query, to_strings
from .store import Store

__all__ = ["actor_network", "subject_network", "NETWORKS"]


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _node(graph: nx.Graph, iri: str, label: str | None, kind: str, type_: str | None, wikidata: str | None) -> None:
    if iri not in graph:
        graph.add_node(iri, label=label or _local(iri), kind=kind, type=_local(type_), wikidata=wikidata or "")


def actor_network(store: Store) -> nx.Graph:
    """Actors who met or spoke, with edge weight = number of shared events."""
    graph = nx.Graph(name="dipkg actor network")
    by_event: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, str | None] = {}
    for row in to_strings(run_query(store, "network-actors")):
        actor, event = row["actor"] or "", row["event"] or ""
        _node(graph, actor, row["actorLabel"], "actor", row["actorType"], row["actorWikidata"])
        if actor not in by_event[event]:
            by_event[event].append(actor)
        dates[event] = row["date"]
    for event, actors in by_event.items():
        for a, b in combinations(sorted(actors), 2):
            data = graph.get_edge_data(a, b) or {"weight": 0, "first": "", "last": ""}
            date = dates.get(event) or ""
            data["weight"] += 1
            if date:
                data["first"] = min(filter(None, (data["first"], date)))
                data["last"] = max(data["last"], date)
            graph.add_edge(a, b, **data)
    return graph


def subject_network(store: Store) -> nx.Graph:
    """Actors and what they raised (bipartite), edge weight = number of statements."""
    graph = nx.Graph(name="dipkg subject network")
    for row in to_strings(run_query(store, "network-subjects")):
        actor, subject = row["actor"] or "", row["subject"] or ""
        _node(graph, actor, row["actorLabel"], "actor", row["actorType"], row["actorWikidata"])
        _node(graph, subject, row["subjectLabel"], "subject", row["subjectType"], row["subjectWikidata"])
        data = graph.get_edge_data(actor, subject) or {"weight": 0}
        data["weight"] += 1
        graph.add_edge(actor, subject, **data)
    return graph


NETWORKS = {"actors": actor_network, "subjects": subject_network}
