"""kg stats [GRAPH | --store DIR] [--format table|json]: counts, rankings, centrality, components."""
from __future__ import annotations


def add_parser(sub) -> None:
    from .viz import add_graph_source

    p = sub.add_parser(
        "stats", help="graph statistics with networkx",
        description="Nodes per class; forces by number of handovers (from + to); bases by number of transfers; "
                    "degree and betweenness centrality of forces and bases in the handover network; connected "
                    "components of the drawn graph.",
        epilog="examples: kg stats exports/graph.ttl   |   kg stats --store store/ --format json --top 10")
    add_graph_source(p)
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default table)")
    p.add_argument("--top", type=int, metavar="N", help="list only the first N forces, bases and components")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..errors import KGError
    from ..stats import format_json, format_table, graph_stats
    from .viz import load_source

    if args.top is not None and args.top < 1:
        raise KGError("--top must be at least 1")
    stats = graph_stats(load_source(args), top=args.top)
    print(format_json(stats) if args.format == "json" else format_table(stats))
    return 0
