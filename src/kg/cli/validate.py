"""kg validate GRAPH [--reasoner]: SHACL shapes, and optionally an OWL reasoner."""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("validate", help="check a graph against the SHACL shapes (and the ontology)",
                       description="Exit 0 when the graph conforms, 1 when it violates a shape (each "
                                   "violation listed: node, rule, value), 2 on error.")
    p.add_argument("graph", nargs="?", default="exports/graph.ttl", help="Turtle file (default exports/graph.ttl)")
    p.add_argument("--reasoner", action="store_true",
                   help="also run an OWL reasoner (Pellet, through owlready2; needs Java) over ontology + graph")
    p.set_defaults(run=run)


def run(args) -> int:
    from rdflib import Graph

    from ..validate import check_consistency, format_report, validate_shapes

    path = Path(args.graph)
    if not path.exists():
        raise KGError(f"{path}: no such file (build one first: kg build examples/ -o {path})")
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as e:  # rdflib raises many kinds
        raise KGError(f"{path}: not valid Turtle ({str(e).splitlines()[0][:200]})") from e
    report = validate_shapes(g)
    print(format_report(report))
    code = 0 if report.conforms else 1
    if args.reasoner:
        rr = check_consistency(g)
        print(format_report(rr))
        if not rr.consistent:
            code = 1
    return code
