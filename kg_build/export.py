"""Export: the graph as RDF files, as networks for Gephi and Cytoscape, and as pictures.

RDF: ``ttl``, ``nt``, ``jsonld`` (the union of all graphs), ``trig``, ``nq`` (named graphs kept).
Networks (``--network actors|subjects``, see :mod:`kg_build.network`): ``graphml``, ``gexf``,
``json`` (networkx node-link JSON), ``png`` (a drawing) and ``html`` (a self-contained page with
an SVG drawing, nothing fetched from the web). ``out`` may be ``-`` for standard output.
"""
from __future__ import annotations

import html
import io
import json
import sys
from pathlib import Path

import networkx as nx

from .errors import DipkgError
from .network import NETWORKS
from .store import Store

__all__ = ["export", "ExportError", "RDF_FORMATS", "NETWORK_FORMATS", "FORMATS"]

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
NAMED_FORMATS = ("trig", "nq")
NETWORK_FORMATS = ("graphml", "gexf", "json", "png", "html")
FORMATS = (*RDF_FORMATS, *NAMED_FORMATS, *NETWORK_FORMATS)


class ExportError(DipkgError):
    """The export cannot be written (unknown format, unwritable file)."""


def export(store: Store, fmt: str, out: str | Path, *, network: str = "actors") -> None:
    """Write the store's graph (or one of its networks) in ``fmt`` to ``out`` ('-': stdout)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})",
                          hint="dipkg export --help describes each")
    if fmt in NAMED_FORMATS:
        buffer = io.BytesIO()
        store.dump(buffer, fmt)
        _write(out, buffer.getvalue())
    elif fmt in RDF_FORMATS:
        data = store.union_graph().serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
        _write(out, data)
    else:
        if network not in NETWORKS:
            raise ExportError(f"unknown network {network!r}", hint=f"use one of: {', '.join(NETWORKS)}")
        _write(out, _network_bytes(NETWORKS[network](store), fmt))


def _network_bytes(graph: nx.Graph, fmt: str) -> bytes:
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph)).encode("utf-8")
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(graph)).encode("utf-8")
    if fmt == "json":
        return json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "png":
        return _drawing(graph, "png")
    svg = _drawing(graph, "svg").decode("utf-8")
    svg = svg[svg.index("<svg"):]  # inline: no XML declaration or DOCTYPE inside HTML
    title = html.escape(graph.graph.get("name", "dipkg network"))
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<style>body{{font-family:sans-serif;margin:1em}} svg{{max-width:100%;height:auto}}</style></head>"
            f"<body><h1>{title}</h1><p>{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
            f"line width = weight.</p>\n{svg}\n</body></html>\n").encode("utf-8")


def _drawing(graph: nx.Graph, fmt: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(12, 9), dpi=110)
    ax.set_axis_off()
    ax.set_title(f"{graph.graph.get('name', 'dipkg network')}: {graph.number_of_nodes()} nodes, "
                 f"{graph.number_of_edges()} edges (line width = weight)")
    if graph.number_of_nodes():
        pos = nx.spring_layout(graph, seed=7, k=1.2 / max(1, graph.number_of_nodes()) ** 0.5)
        weights = [graph.edges[e].get("weight", 1) for e in graph.edges]
        top = max(weights, default=1)
        colors = ["#d95f02" if graph.nodes[n].get("kind") == "subject" else "#1b9e77" for n in graph]
        sizes = [300 + 120 * graph.degree(n, weight="weight") for n in graph]
        nx.draw_networkx_edges(graph, pos, ax=ax, width=[0.8 + 4 * w / top for w in weights], alpha=0.5)
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colors, node_size=sizes, alpha=0.9)
        nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: graph.nodes[n].get("label", n) for n in graph},
                                font_size=9)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, bbox_inches="tight", facecolor="white")
    plt.close(fig)
    return buffer.getvalue()


def _write(out: str | Path, data: bytes) -> None:
    if str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(out).write_bytes(data)
    except OSError as err:
        raise ExportError(f"{out}: cannot write ({err.strerror})", hint="check the folder exists and is writable") from None
