"""kg viz [GRAPH | --store DIR] [-o OUT]: the graph page and the timeline page, both offline HTML."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import KGError

DEFAULT_GRAPH = "exports/graph.ttl"
DEFAULT_OUT = "exports/graph.html"
DEFAULT_TIMELINE = "exports/timeline.html"


def add_graph_source(p) -> None:
    """GRAPH | --store DIR, shared with kg stats."""
    p.add_argument("graph", nargs="?", metavar="GRAPH",
                   help=f"RDF file: Turtle, N-Triples, N-Quads, TriG or JSON-LD (default {DEFAULT_GRAPH})")
    p.add_argument("--graph", dest="graph_opt", metavar="GRAPH", help=argparse.SUPPRESS)  # tools/dev.py's hint
    p.add_argument("--store", metavar="DIR", help="read the persistent store in DIR instead (kg ingest)")


def load_source(args):
    from ..viz_data import load_graph

    graph = args.graph or args.graph_opt
    if args.graph and args.graph_opt:
        raise KGError("give the graph once: as GRAPH or as --graph, not both")
    if graph and args.store:
        raise KGError("give either a GRAPH file or --store DIR, not both")
    return load_graph(store=args.store) if args.store else load_graph(graph or DEFAULT_GRAPH)


def add_parser(sub) -> None:
    from ..viz import MAX_NODES

    p = sub.add_parser(
        "viz", help="write the graph page and the timeline page (offline HTML)",
        description="Write an interactive view of the graph (vis-network through pyvis, everything inlined: "
                    "the page loads nothing from the network) and a timeline of who held which base. "
                    f"Graphs of more than --max-nodes nodes (default {MAX_NODES}) are drawn reduced; the page "
                    "and stderr say how.",
        epilog="examples: kg viz exports/graph.ttl -o exports/graph.html   |   kg viz --store store/ --timeline")
    add_graph_source(p)
    p.add_argument("-o", "--output", metavar="HTML",
                   help=f"page to write (default {DEFAULT_OUT}; with --timeline, {DEFAULT_TIMELINE})")
    p.add_argument("--timeline", action="store_true", help="write only the timeline page")
    p.add_argument("--timeline-output", metavar="HTML",
                   help="where the timeline goes when the graph page is written (default: timeline.html beside it)")
    p.add_argument("--no-timeline", action="store_true", help="write only the graph page")
    p.add_argument("--max-nodes", type=int, default=MAX_NODES, metavar="N",
                   help=f"draw at most N nodes before reducing the view (default {MAX_NODES})")
    p.add_argument("--title", help="page title")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but warnings and errors")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..viz import write_graph_page, write_timeline_page

    if args.timeline and args.no_timeline:
        raise KGError("--timeline and --no-timeline exclude each other")
    if args.max_nodes < 1:
        raise KGError("--max-nodes must be at least 1")
    g = load_source(args)
    say = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    if not args.timeline:
        kw = {"max_nodes": args.max_nodes, **({"title": args.title} if args.title else {})}
        rep = write_graph_page(g, args.output or DEFAULT_OUT, **kw)
        for w in rep.warnings:
            print(f"kg viz: warning: {w}", file=sys.stderr)
        say(f"wrote {rep.path} ({rep.nodes} nodes, {rep.edges} links"
            + (f", of {rep.graph_nodes} nodes in the graph" if rep.graph_nodes != rep.nodes else "") + ")")
    if not args.no_timeline:
        if args.timeline:
            out = Path(args.output or DEFAULT_TIMELINE)
        else:
            out = Path(args.timeline_output) if args.timeline_output else Path(args.output or DEFAULT_OUT).with_name("timeline.html")
        kw = {"title": args.title} if args.title and args.timeline else {}
        t = write_timeline_page(g, out, **kw)
        say(f"wrote {t.path} ({t.bases} bases, {t.periods} holding periods, {t.handovers} handovers"
            + (f", {t.undated} undated" if t.undated else "") + ")")
    return 0
