"""The graph page: an interactive vis-network view (through pyvis) that works with no network.

    >>> from kg.viz import write_graph_page, write_timeline_page   # doctest: +SKIP
    >>> report = write_graph_page(graph, "exports/graph.html")      # doctest: +SKIP

pyvis's own templates link CDNs in every ``cdn_resources`` mode, so the page is rendered from
``kg/templates/viz/graph.html`` with vis-network's JS and CSS read from the files pyvis ships
and inlined; a Content-Security-Policy with ``default-src 'none'`` makes any fetch fail loudly.
Node data reaches the page as JSON; tooltips are built from it as DOM text (graph.js).

Size (docs/decisions/0004-viz.md): up to ``max_nodes`` drawn nodes the whole graph is drawn
and laid out by vis-network's physics; above, statements, articles and holding periods are
folded into their neighbours' tooltips; above again, only forces, organisations and bases are
drawn, links summing handovers; if that is still above ``max_nodes``, physics is off and a quick
layout made here places the nodes. Each step adds a warning to the report (the CLI prints it on
stderr) and to the page.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:                  # rdflib is imported only when a page is made (kg --help stays quick)
    from .viz_data import View

TEMPLATES = Path(__file__).parent / "templates" / "viz"
VIS_VERSION = "9.1.2"
MAX_NODES = 2000          # drawn nodes above which the view is reduced (measured: see 0004-viz.md)
IMPROVED_LAYOUT_MAX = 100  # vis-network's improvedLayout is slow (and warns) on more nodes
EDGE_LABELS_MAX = 400      # above, links are drawn without their labels (text is the costliest part)
SEED_ABOVE = 300           # above, physics starts from the static layout and runs fewer iterations


@dataclass
class PageReport:
    path: Path | None
    nodes: int                      # nodes in the page
    edges: int
    graph_nodes: int                # drawable nodes in the graph (before folding)
    physics: bool
    folded: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _network_class():
    """pyvis.Network with constant-time node and edge insertion (pyvis scans lists: O(n^2))."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    class KGNetwork(Network):
        def add_node(self, n_id, label=None, shape="dot", color=None, **options):
            if n_id in self.node_map:
                return
            n = Node(n_id, shape, label=n_id if label is None else label, font_color=self.font_color, **options)
            if color is not None:
                n.options["color"] = color
            self.nodes.append(n.options)
            self.node_ids.append(n_id)
            self.node_map[n_id] = n.options

        def add_edge(self, source, to, **options):
            if source not in self.node_map or to not in self.node_map:
                raise KeyError(f"edge {source} -> {to}: unknown node")
            self.edges.append(Edge(source, to, self.directed, **options).options)

    return KGNetwork


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    for name, text in (("js", js), ("css", css)):
        if "</script" in text.lower() or "</style" in text.lower():  # would end the inline block
            raise RuntimeError(f"vis-network {name} cannot be inlined as shipped by pyvis")
    return js, css


def _json_for_html(obj) -> str:
    """JSON that is inert inside <script type="application/json">: no '<', '>' or '&' at all."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _options(n: int, physics: bool) -> dict:
    from .viz_data import CLASSES

    groups = {k: {"shape": shape, "color": {"background": color, "border": color,
                                            "highlight": {"background": color, "border": "#111"},
                                            "hover": {"background": color, "border": "#111"}}}
              for k, (_, color, shape) in CLASSES.items()}
    opts = {
        "groups": groups,
        "nodes": {"borderWidth": 1, "font": {"size": 13, "face": "system-ui, 'Noto Sans', 'Noto Sans Arabic', "
                                                                 "'DejaVu Sans', Arial, sans-serif",
                                             "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 30, "label": {"enabled": True, "min": 11, "max": 16,
                                                             "drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "smooth": False, "width": 1,
                  "scaling": {"min": 1, "max": 8},
                  "color": {"color": "#a3acb9", "highlight": "#1d2430", "hover": "#1d2430"},
                  "font": {"size": 10, "color": "#5d6776", "strokeWidth": 3, "align": "middle"}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > 500,
                        "hideEdgesOnZoom": n > 1500, "navigationButtons": False},
        "layout": {"improvedLayout": n <= IMPROVED_LAYOUT_MAX, "randomSeed": 7},
    }
    if physics:
        opts["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                           "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 110,
                                                "springConstant": 0.06, "avoidOverlap": 0.4},
                           "stabilization": {"enabled": True, "iterations": stabilization_iterations(n),
                                             "updateInterval": 10, "fit": True}}
    else:
        opts["physics"] = {"enabled": False}
    return opts


def stabilization_iterations(n: int) -> int:
    """A layout of a few seconds in a browser without GPU: one iteration costs about 10-20 ms per
    1000 nodes (0004-viz.md); above SEED_ABOVE nodes physics starts from the static layout."""
    return max(50, min(1000, 100_000 // max(1, n)))


def _static_layout(view: View) -> dict:
    """Positions without physics, in linear time: bases on a grid, forces on a ring around it,
    every other node near the mean of its already placed neighbours (deterministic)."""
    from .viz_data import CLASSES

    nbrs: dict = {i: [] for i in view.nodes}
    for s, o, *_ in view.edges:
        nbrs[s].append(o)
        nbrs[o].append(s)
    pos: dict = {}
    bases = sorted((i for i, n in view.nodes.items() if n.cls == "Base"), key=str)
    cols = max(1, math.ceil(math.sqrt(len(bases))))
    step = 260
    for k, b in enumerate(bases):
        pos[b] = ((k % cols) * step, (k // cols) * step)
    half = (cols - 1) * step / 2
    agents = sorted((i for i, n in view.nodes.items() if n.cls in ("Force", "Organization")), key=str)
    radius = half * 1.5 + 350
    for k, a in enumerate(agents):
        t = 2 * math.pi * k / max(1, len(agents))
        pos[a] = (half + radius * math.cos(t), half + radius * math.sin(t))
    rest = sorted((i for i in view.nodes if i not in pos), key=lambda i: (list(CLASSES).index(view.nodes[i].cls), str(i)))
    for _ in range(3):
        later = []
        for i in rest:
            placed = [pos[j] for j in nbrs[i] if j in pos]
            if not placed:
                later.append(i)
                continue
            h = int(hashlib.sha256(str(i).encode()).hexdigest()[:8], 16)
            t, r = (h % 360) * math.pi / 180, 40 + (h >> 9) % 90
            pos[i] = (sum(p[0] for p in placed) / len(placed) + r * math.cos(t),
                      sum(p[1] for p in placed) / len(placed) + r * math.sin(t))
        rest = later
    for k, i in enumerate(rest):          # unconnected: a spiral outside everything
        t = 0.5 * k
        pos[i] = (half + (radius + 300 + 8 * t) * math.cos(t), half + (radius + 300 + 8 * t) * math.sin(t))
    return {i: (round(x, 1), round(y, 1)) for i, (x, y) in pos.items()}


def choose_view(graph, max_nodes: int = MAX_NODES) -> tuple[View, int, list[str]]:
    """The view the page draws: the whole graph up to ``max_nodes`` nodes; above, statements,
    articles and holding periods folded into tooltips; above again, forces, organisations and
    bases only, handovers summed into weighted links. Returns (view, graph nodes, warnings)."""
    from .viz_data import FOLDABLE, aggregate, fold, read_view

    view = read_view(graph)
    total = len(view.nodes)
    warnings: list[str] = []
    if total <= max_nodes:
        return view, total, warnings
    view = fold(view, FOLDABLE)
    if len(view.nodes) <= max_nodes:
        warnings.append(
            f"The graph has {total} nodes, more than this page draws at once ({max_nodes}): statements, "
            f"articles and holding periods are folded into the tooltips of what they are about; "
            f"{len(view.nodes)} nodes are drawn. The timeline page and kg query show the rest.")
        return view, total, warnings
    view = aggregate(view, graph)
    warnings.append(
        f"The graph has {total} nodes, more than this page draws at once ({max_nodes}): only forces, "
        f"organisations and bases are drawn ({len(view.nodes)} nodes), each link summing the handovers "
        f"between them; the tooltips list the handovers. The timeline page and kg query show the rest.")
    if len(view.nodes) > max_nodes:
        warnings.append(f"{len(view.nodes)} nodes are still more than {max_nodes}: the layout is a quick "
                        "static one (physics off) and panning may be slow.")
    return view, total, warnings


def graph_page(graph, *, title: str = "handover-kg: graph", max_nodes: int = MAX_NODES,
               physics: bool | None = None) -> tuple[str, PageReport]:
    """The HTML of the graph page and what it holds. ``physics`` forces the layout mode
    (default: on up to ``max_nodes`` drawn nodes, off above)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    from .viz_data import CLASSES, agents_in_handovers

    view, total, warnings = choose_view(graph, max_nodes)
    n_drawn = len(view.nodes)
    if physics is None:
        physics = n_drawn <= max_nodes
    ids = {iri: k for k, iri in enumerate(sorted(view.nodes, key=lambda i: (list(CLASSES).index(view.nodes[i].cls), str(i))))}
    degree = {i: 0 for i in view.nodes}
    for s, o, _, w in view.edges:
        degree[s] += w
        degree[o] += w
    # a static layout: the whole layout without physics, or the seed physics starts from
    positions = _static_layout(view) if (not physics or n_drawn > SEED_ABOVE) else {}
    net = _network_class()(directed=True, heading=title)
    for iri, k in ids.items():
        n = view.nodes[iri]
        extra = {"x": positions[iri][0], "y": positions[iri][1]} if positions else {}
        net.add_node(k, label=n.caption, shape=CLASSES[n.cls][2], group=n.cls, value=degree[iri], cls=n.cls,
                     forces=sorted(ids[f] for f in n.forces if f in ids), d0=n.d0, d1=n.d1, **extra)
    labels = n_drawn <= EDGE_LABELS_MAX
    for s, o, label, w in view.edges:
        opts: dict = {"label": label} if label and labels else {}
        if not label:                     # provenance: a light line
            opts["color"] = {"color": "#d3d8df"}
        if w > 1:
            opts["value"] = w
        net.add_edge(ids[s], ids[o], **opts)
    net.options = _options(n_drawn, physics)
    nodes, edges, _, _, _, options = net.get_network_data()

    counts = {k: 0 for k in CLASSES}
    for n in view.nodes.values():
        counts[n.cls] += 1
    agents = agents_in_handovers(graph)
    inv = {k: iri for iri, k in ids.items()}
    forces = sorted((k for iri, k in ids.items() if view.nodes[iri].cls == "Force" or iri in agents),
                    key=lambda k: ((view.nodes[inv[k]].en or view.nodes[inv[k]].ar).casefold(), str(inv[k])))
    dated = sorted({d for n in view.nodes.values() for d in (n.d0, n.d1) if d and d[:4] not in ("0000", "9999")})
    data = {
        "nodes": nodes, "edges": edges, "options": json.loads(options), "warnings": warnings,
        "info": [view.nodes[inv[k]].tooltip() for k in range(len(ids))],
        "classes": [{"key": k, "label": lab, "color": col, "shape": shp, "count": counts[k],
                     "folded": view.folded.get(k, 0)} for k, (lab, col, shp) in CLASSES.items()],
        "forces": [[k, view.nodes[inv[k]].en or view.nodes[inv[k]].ar, view.nodes[inv[k]].ar] for k in forces],
        "dates": [dated[0], dated[-1]] if dated else [None, None],
    }
    vis_js, vis_css = _vis_assets()
    page_js = (TEMPLATES / "graph.js").read_text(encoding="utf-8")
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    html = env.get_template("graph.html").render(
        title=title, vis_version=VIS_VERSION, vis_js=Markup(vis_js), vis_css=Markup(vis_css),
        page_css=Markup((TEMPLATES / "graph.css").read_text(encoding="utf-8")),
        page_js=Markup(page_js), data_json=Markup(_json_for_html(data)))
    csp = f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}"
    html = html.replace("script-src 'unsafe-inline'", csp, 1)
    report = PageReport(None, len(view.nodes), len(view.edges), total, physics, dict(view.folded), warnings)
    return html, report


def _write(path: str | Path, html: str) -> Path:
    import os
    import tempfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_graph_page(graph, path: str | Path, **kw) -> PageReport:
    html, report = graph_page(graph, **kw)
    report.path = _write(path, html)
    return report


def write_timeline_page(graph, path: str | Path, **kw):
    """Write the timeline page (kg.viz_timeline); returns its TimelineReport."""
    from .viz_timeline import timeline_page

    html, report = timeline_page(graph, **kw)
    report.path = _write(path, html)
    return report


__all__ = ["MAX_NODES", "PageReport", "choose_view", "graph_page", "write_graph_page", "write_timeline_page"]
