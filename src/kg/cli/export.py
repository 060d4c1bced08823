"""kg export [--store DIR | --graph FILE] [--format ...] [-o FILE]: the graph in an RDF format."""
from __future__ import annotations

import sys

from . import add_store_option

FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld")


def add_parser(sub) -> None:
    p = sub.add_parser(
        "export", help="export the store or a graph in an RDF format",
        description="Write the store (default) or a graph file as Turtle, N-Triples, N-Quads, TriG or JSON-LD. "
                    "N-Quads, TriG and JSON-LD keep the named graphs (one per article, reference, derived); "
                    "Turtle and N-Triples hold their union. Statements are sorted: the same graph gives the "
                    "same bytes.")
    src = p.add_mutually_exclusive_group()
    add_store_option(src)
    src.add_argument("--graph", metavar="FILE", help="an RDF file to convert instead of the store")
    p.add_argument("--format", "-f", choices=FORMATS, default=None,
                   help="output format (default: from the -o suffix, else turtle)")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default standard output)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..export import FORMATS as SPEC, export

    fmt = args.format
    if fmt is None and args.output:
        suffix = "." + args.output.rsplit(".", 1)[-1].lower() if "." in args.output else ""
        fmt = next((name for name, (_, _, ext) in SPEC.items() if ext == suffix), None)
    fmt = fmt or "turtle"
    if args.output:
        data = export(fmt, store=args.store, graph_file=args.graph, output=args.output)
        print(f"wrote {args.output} ({fmt}, {len(data)} bytes)", file=sys.stderr)
    else:
        data = export(fmt, store=args.store, graph_file=args.graph)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
