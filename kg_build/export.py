"""Export: the graph as RDF files, its networks for Gephi and Cytoscape, and pictures of them.

RDF: ``ttl``, ``nt``, ``jsonld`` (the union of all graphs), ``trig``, ``nq`` (named graphs kept).
Networks (:mod:`kg_build.network`; ``network`` is ``actors`` or ``subjects``, actors by default):
``graphml``, ``gexf``, ``json`` (networkx node-link JSON with ``links``; without a ``network``
it holds both: ``{"actors": ..., "subjects": ...}``), ``png`` (a labelled drawing) and ``html``
(a standalone page: an SVG drawn here, hover titles, nothing fetched from the web).
``out`` is a path, a binary stream, or ``-`` for standard output; a file appears only complete.
"""
from __future__ import annotations

import html
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from .errors import DipkgError
from .namespaces import PREFIXES
from .network import NETWORKS
from .store import Store

__all__ = ["FORMATS", "NAMED_FORMATS", "NETWORK_FORMATS", "RDF_FORMATS", "ExportError", "export", "network_bytes"]

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
NAMED_FORMATS = ("trig", "nq")
NETWORK_FORMATS = ("graphml", "gexf", "json", "png", "html")
FORMATS = (*RDF_FORMATS, *NAMED_FORMATS, *NETWORK_FORMATS)

_PALETTE = {"Person": "#1f77b4", "Country": "#ff7f0e", "DiplomaticFormat": "#2ca02c", "Agreement": "#d62728",
            "Topic": "#9467bd", "Organization": "#8c564b", "InternationalOrganization": "#8c564b",
            "GovernmentBody": "#e377c2", "MediaOutlet": "#7f7f7f", "City": "#bcbd22", "Place": "#bcbd22"}
_OTHER = "#17becf"


class ExportError(DipkgError):
    """The export cannot be made or written (unknown format or network, unwritable file)."""


def export(store: Store, fmt: str, out: str | os.PathLike[str] | BinaryIO, *, network: str | None = None) -> None:
    """Write the store's graph, or one of its networks, in ``fmt`` to ``out`` (``-``: stdout)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}",
                          hint="RDF: ttl nt jsonld trig nq; networks: graphml gexf json png html")
    if network is not None and network not in NETWORKS:
        raise ExportError(f"unknown network {network!r}; known: {', '.join(NETWORKS)}")
    if fmt in NAMED_FORMATS:
        buffer = io.BytesIO()
        store.dump(buffer, fmt)
        data = buffer.getvalue()
    elif fmt in RDF_FORMATS:
        graph = store.union_graph()
        options = {"context": dict(PREFIXES), "indent": 2} if fmt == "jsonld" else {}
        data = graph.serialize(format=RDF_FORMATS[fmt], encoding="utf-8", **options)
    elif fmt == "json" and network is None:
        both = {name: nx.node_link_data(make(store), edges="links") for name, make in NETWORKS.items()}
        data = json.dumps(both, ensure_ascii=False, indent=1).encode("utf-8")
    else:
        data = network_bytes(NETWORKS[network or "actors"](store), fmt)
    _write(out, data)


def network_bytes(graph: nx.Graph, fmt: str) -> bytes:
    """One network as ``graphml``, ``gexf``, ``json``, ``png`` or ``html`` bytes."""
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(graph)).encode("utf-8")
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(graph)).encode("utf-8")
    if fmt == "json":
        return json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "png":
        return _png(graph)
    if fmt == "html":
        return _html(graph).encode("utf-8")
    raise ExportError(f"{fmt!r} is not a network format; use one of: {', '.join(NETWORK_FORMATS)}")


def _layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    if not graph:
        return {}
    try:
        pos = nx.spring_layout(graph, seed=7, weight="weight", k=1.5 / max(1, len(graph)) ** 0.5)
    except ImportError:  # large graphs need scipy for the spring layout
        pos = nx.circular_layout(graph)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _color(graph: nx.Graph, node: str) -> str:
    return _PALETTE.get(graph.nodes[node].get("type", ""), _OTHER)


def _title(graph: nx.Graph) -> str:
    kind = "events shared" if "actor network" in graph.graph.get("name", "") else "statements"
    return (f"{graph.graph.get('name', 'dipkg network')}: {graph.number_of_nodes()} nodes, "
            f"{graph.number_of_edges()} links (width: {kind})")


def _png(graph: nx.Graph) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    side = min(24.0, 8.0 + len(graph) / 12)
    fig, ax = plt.subplots(figsize=(side, side * 0.75), dpi=120, facecolor="white")
    ax.set_axis_off()
    ax.set_title(_title(graph), fontsize=13)
    pos = _layout(graph)
    if graph:
        weights = [graph.edges[e].get("weight", 1) for e in graph.edges]
        top = max(weights, default=1)
        nx.draw_networkx_edges(graph, pos, ax=ax, width=[0.6 + 5 * w / top for w in weights],
                               edge_color="#888888", alpha=0.6)
        sizes = [200 + 80 * graph.degree(n, weight="weight") for n in graph]
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=[_color(graph, n) for n in graph],
                               node_size=sizes, alpha=0.9, edgecolors="white")
        shown = sorted(graph, key=lambda n: -graph.degree(n, weight="weight"))[:150]
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=8,
                                labels={n: graph.nodes[n].get("label", n) for n in shown},
                                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.5})
        types = sorted({graph.nodes[n].get("type") or "other" for n in graph})
        handles = [Line2D([], [], marker="o", linestyle="", markersize=9,
                          color=_PALETTE.get(t, _OTHER), label=t) for t in types]
        ax.legend(handles=handles, loc="lower left", frameon=False, fontsize=9)
    else:
        ax.text(0.5, 0.5, "no data in the store for this network", ha="center", va="center", transform=ax.transAxes)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", facecolor="white")
    plt.close(fig)
    return buffer.getvalue()


def _html(graph: nx.Graph) -> str:
    """A standalone page: the network as an SVG whose nodes and links show details on hover."""
    width, height, margin = 1100, 800, 60
    pos = _layout(graph)
    xs = [x for x, _ in pos.values()] or [0.0]
    ys = [y for _, y in pos.values()] or [0.0]

    def scale(value: float, low: float, high: float, size: int) -> float:
        return margin + (value - low) / ((high - low) or 1.0) * (size - 2 * margin)

    point: Callable[[str], tuple[float, float]] = lambda n: (scale(pos[n][0], min(xs), max(xs), width),
                                                              scale(pos[n][1], min(ys), max(ys), height))
    esc = html.escape
    top = max((d.get("weight", 1) for _, _, d in graph.edges(data=True)), default=1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{esc(_title(graph))}">']
    for a, b, d in sorted(graph.edges(data=True), key=lambda e: e[2].get("weight", 1)):
        (x1, y1), (x2, y2) = point(a), point(b)
        when = f", {d['first']} to {d['last']}" if d.get("first") else ""
        tip = f"{graph.nodes[a]['label']} – {graph.nodes[b]['label']}: weight {d.get('weight', 1)}{when}"
        parts.append(f'<line data-a="{esc(a)}" data-b="{esc(b)}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
                     f'y2="{y2:.1f}" stroke-width="{1 + 6 * d.get("weight", 1) / top:.1f}"><title>{esc(tip)}</title></line>')
    for node, d in graph.nodes(data=True):
        x, y = point(node)
        radius = 6 + 2 * min(graph.degree(node, weight="weight"), 12)
        tip = "\n".join(filter(None, (d.get("label"), d.get("type"), d.get("wikidata"), node)))
        parts.append(f'<g class="node" data-id="{esc(node)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" '
                     f'fill="{_color(graph, node)}"><title>{esc(tip)}</title></circle>'
                     f'<text x="{x + radius + 3:.1f}" y="{y + 4:.1f}">{esc(d.get("label", node))}</text></g>')
    if not graph:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">no data in the store for this network</text>')
    parts.append("</svg>")
    rows = "".join(f"<tr><td>{esc(graph.nodes[a]['label'])}</td><td>{esc(graph.nodes[b]['label'])}</td>"
                   f"<td>{d.get('weight', 1)}</td><td>{esc(d.get('first', ''))}</td><td>{esc(d.get('last', ''))}</td></tr>"
                   for a, b, d in sorted(graph.edges(data=True), key=lambda e: -e[2].get("weight", 1)))
    title = esc(graph.graph.get("name", "dipkg network"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5em; color: #222; background: #fff; }}
svg {{ width: 100%; max-width: {width}px; height: auto; border: 1px solid #ddd; }}
line {{ stroke: #999; stroke-opacity: .6; }} line.on {{ stroke: #d62728; stroke-opacity: 1; }}
circle {{ stroke: #fff; stroke-width: 1.5; cursor: pointer; }} text {{ font-size: 12px; pointer-events: none; }}
g.node:hover circle {{ stroke: #222; }} table {{ border-collapse: collapse; margin-top: 1em; }}
td, th {{ border-bottom: 1px solid #eee; padding: .2em .8em; text-align: left; }}
</style></head>
<body><h1>{title}</h1>
<p>{esc(_title(graph))}. Hover a node or a link for details; a node's links turn red.</p>
{''.join(parts)}
<table><thead><tr><th>from</th><th>to</th><th>weight</th><th>first</th><th>last</th></tr></thead><tbody>{rows}</tbody></table>
<script>
document.querySelectorAll("g.node").forEach(function (g) {{
  var id = g.getAttribute("data-id");
  var mark = function (on) {{
    document.querySelectorAll("line").forEach(function (l) {{
      if (l.getAttribute("data-a") === id || l.getAttribute("data-b") === id) {{ l.classList.toggle("on", on); }}
    }});
  }};
  g.addEventListener("mouseenter", function () {{ mark(true); }});
  g.addEventListener("mouseleave", function () {{ mark(false); }});
}});
</script>
</body></html>
"""


def _write(out: str | os.PathLike[str] | BinaryIO, data: bytes) -> None:
    """Write to stdout (``-``), a binary stream, or a path through a temporary file."""
    if isinstance(out, (str, os.PathLike)) and os.fspath(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if not isinstance(out, (str, os.PathLike)):
        out.write(data)
        return
    path = Path(out)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        raise ExportError(f"{path}: cannot write the export ({err.strerror or err})",
                          hint="check that the folder exists and is writable") from err
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
