"""kg build INPUT... [-o OUT]: the one-shot path from articles to a Turtle file."""
from __future__ import annotations

import sys

DEFAULT_OUT = "exports/graph.ttl"


def add_parser(sub) -> None:
    p = sub.add_parser("build", help="build a Turtle graph from article files and folders",
                       description="Read .txt/.html/.jsonl files and folders, extract handovers, statements "
                                   "and entities, resolve them and write one RDF 1.1 Turtle file.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    p.add_argument("-o", "--output", default=DEFAULT_OUT, help=f"Turtle file to write (default {DEFAULT_OUT})")
    p.add_argument("--same-as", metavar="FILE",
                   help="Turtle file of confirmed merges (hkr:person/a owl:sameAs hkr:person/b): joined into one node")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N",
                   help="largest article read, in bytes (default 1000000); larger ones are skipped with a message")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..pipeline import build, read_same_as, write_turtle
    from . import report_skipped

    from ..ingest import MAX_BYTES

    result = build(args.inputs, same_as=read_same_as(args.same_as) if args.same_as else (),
                   max_bytes=args.max_bytes or MAX_BYTES)
    report_skipped(result.errors)
    if not args.quiet:   # how inputs were read when it is worth saying (encoding guessed, characters removed)
        for art in result.resolution.articles:
            for note in art.notes:
                print(f"note {art.source}: {note}", file=sys.stderr)
    graph = result.graph
    out = write_turtle(graph, args.output)
    if not args.quiet:
        r = result.resolution
        print(f"wrote {out} ({len(graph)} triples): {len(r.articles)} articles, {len(r.events)} handovers, "
              f"{len(r.statements)} statements, {len(r.entities)} entities"
              + (f"; skipped {result.skipped} input(s)" if result.skipped else ""), file=sys.stderr)
    return 1 if result.skipped else 0
