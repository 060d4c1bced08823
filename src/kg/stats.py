"""Graph statistics with networkx: what ``kg stats`` prints.

- ``classes``: instances per contract class (and ``hko:Claim``, ``hko:HoldingPeriod``, ``hko:Place``);
- ``forces``: forces and bodies by number of handovers, as ``from`` + as ``to``;
- ``bases``: bases by number of transfers (handover events, however many sources report each);
- ``centrality``: degree and betweenness centrality of forces and bases in the *handover
  network*: an undirected graph with a force (or body) and a base linked when the force left or
  received the base in at least one handover (weight = number of handovers). Betweenness is
  exact up to 2,000 nodes and estimated from 500 sampled sources above (``approximate``);
- ``components``: connected components of the graph the viz page draws (every node of the drawn
  classes, linked by the object properties between them; claims left out), sizes largest first.

>>> from kg.stats import graph_stats, format_table     # doctest: +SKIP
>>> print(format_table(graph_stats(graph)))             # doctest: +SKIP
"""
from __future__ import annotations

import json
from collections import Counter

from rdflib import RDF, Graph, URIRef

from .namespace import HKO

STAT_CLASSES = ("Force", "Base", "Person", "Organization", "Handover", "Statement", "Article", "Place",
                "HoldingPeriod", "Claim")
EXACT_BETWEENNESS_MAX = 2000
BETWEENNESS_SAMPLES = 500


def handover_network(g: Graph):
    """networkx.Graph: forces/bodies and bases, linked by the handovers between them."""
    import networkx as nx

    net = nx.Graph()
    for h in set(g.subjects(RDF.type, HKO.Handover)):
        for b in g.objects(h, HKO.base):
            net.add_node(b, kind="base")
            for prop in (HKO.fromForce, HKO.toForce):
                for f in g.objects(h, prop):
                    net.add_node(f, kind="force")
                    w = net.edges[f, b]["weight"] + 1 if net.has_edge(f, b) else 1
                    net.add_edge(f, b, weight=w)
    for b in g.subjects(RDF.type, HKO.Base):      # bases without handovers still count
        net.add_node(b, kind="base")
    for f in g.subjects(RDF.type, HKO.Force):
        net.add_node(f, kind="force")
    return net


def view_network(g: Graph):
    """networkx.Graph of what the viz page draws (see kg.viz_data.read_view), undirected."""
    import networkx as nx

    from .viz_data import CLASSES, EDGE_PROPS

    nodes = {s for name in CLASSES for s in g.subjects(RDF.type, HKO[name]) if isinstance(s, URIRef)}
    net = nx.Graph()
    net.add_nodes_from(nodes)
    for prop in EDGE_PROPS:
        for s, o in g.subject_objects(prop):
            if s in nodes and o in nodes and s != o:
                net.add_edge(s, o)
    return net


def graph_stats(g: Graph, top: int | None = None) -> dict:
    """Every figure ``kg stats`` shows, as plain data (IRIs as strings); ``top`` cuts the lists."""
    import networkx as nx

    from .viz_data import _Reader

    r = _Reader(g)

    def who(node) -> dict:
        en, ar = r.labels(node)
        return {"iri": str(node), "label": en or ar or str(node), **({"label_ar": ar} if ar and en else {})}

    classes = {name: len(set(g.subjects(RDF.type, HKO[name]))) for name in STAT_CLASSES}
    handovers = set(g.subjects(RDF.type, HKO.Handover))
    frm, to = Counter(), Counter()
    transfers = Counter({b: 0 for b in g.subjects(RDF.type, HKO.Base)})
    for h in handovers:
        for f in set(g.objects(h, HKO.fromForce)):
            frm[f] += 1
        for f in set(g.objects(h, HKO.toForce)):
            to[f] += 1
        for b in set(g.objects(h, HKO.base)):
            transfers[b] += 1
    forces = sorted(({**who(f), "from": frm[f], "to": to[f], "handovers": frm[f] + to[f]}
                     for f in set(frm) | set(to) | set(g.subjects(RDF.type, HKO.Force))),
                    key=lambda x: (-x["handovers"], x["label"].casefold(), x["iri"]))
    bases = sorted(({**who(b), "transfers": n} for b, n in transfers.items()),
                   key=lambda x: (-x["transfers"], x["label"].casefold(), x["iri"]))

    net = handover_network(g)
    degree = nx.degree_centrality(net) if len(net) > 1 else {n: 0.0 for n in net}
    approximate = len(net) > EXACT_BETWEENNESS_MAX
    between = nx.betweenness_centrality(net, k=min(BETWEENNESS_SAMPLES, len(net)) if approximate else None,
                                        seed=7, normalized=True)

    def ranked(kind):
        rows = [{**who(n), "degree": round(degree.get(n, 0.0), 6), "betweenness": round(between.get(n, 0.0), 6)}
                for n, d in net.nodes(data=True) if d.get("kind") == kind]
        return sorted(rows, key=lambda x: (-x["degree"], -x["betweenness"], x["label"].casefold(), x["iri"]))

    view = view_network(g)
    comps = sorted((len(c) for c in nx.connected_components(view)), reverse=True)
    out = {
        "triples": len(g),
        "classes": classes,
        "forces": forces[:top] if top else forces,
        "bases": bases[:top] if top else bases,
        "centrality": {"network": {"nodes": net.number_of_nodes(), "edges": net.number_of_edges(),
                                   "approximate": approximate},
                       "forces": ranked("force")[:top] if top else ranked("force"),
                       "bases": ranked("base")[:top] if top else ranked("base")},
        "components": {"nodes": view.number_of_nodes(), "edges": view.number_of_edges(), "count": len(comps),
                       "isolated": sum(1 for c in comps if c == 1), "sizes": comps[:top or 20]},
    }
    return out


def format_json(stats: dict) -> str:
    return json.dumps(stats, ensure_ascii=False, indent=2)


def _table(headers: list[str], rows: list[list], right: set[int]) -> list[str]:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(vals):
        return "  ".join(v.rjust(widths[i]) if i in right else v.ljust(widths[i])
                         for i, v in enumerate(vals)).rstrip()
    return [line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells]


def format_table(stats: dict) -> str:
    """Plain-text tables (labels in English where the graph has them, else Arabic)."""
    out = [f"{stats['triples']} triples", "", "Nodes per class"]
    out += _table(["class", "nodes"], [[k, v] for k, v in stats["classes"].items()], {1})
    out += ["", "Forces by number of handovers (from + to)"]
    out += _table(["force", "from", "to", "total"],
                  [[f["label"], f["from"], f["to"], f["handovers"]] for f in stats["forces"]], {1, 2, 3})
    out += ["", "Bases by number of transfers"]
    out += _table(["base", "transfers"], [[b["label"], b["transfers"]] for b in stats["bases"]], {1})
    c = stats["centrality"]
    note = ", betweenness estimated" if c["network"]["approximate"] else ""
    out += ["", (f"Centrality in the handover network ({c['network']['nodes']} forces and bases, "
                 f"{c['network']['edges']} links{note})")]
    for kind in ("forces", "bases"):
        out += _table([kind[:-1], "degree", "betweenness"],
                      [[x["label"], f"{x['degree']:.3f}", f"{x['betweenness']:.3f}"] for x in c[kind]], {1, 2})
        out.append("")
    comp = stats["components"]
    out += [f"Connected components of the drawn graph ({comp['nodes']} nodes, {comp['edges']} links): "
            f"{comp['count']}, of which {comp['isolated']} single nodes; largest: "
            + (", ".join(map(str, comp["sizes"][:10])) or "none")]
    return "\n".join(out)


__all__ = ["format_json", "format_table", "graph_stats", "handover_network", "view_network"]
