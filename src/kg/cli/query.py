"""kg query NAME|FILE.rq [--param k=v ...] [--format ...] [--store DIR | --graph FILE | --endpoint URL]."""
from __future__ import annotations

import sys

from . import add_credentials, add_store_option


def add_parser(sub) -> None:
    p = sub.add_parser(
        "query", help="run a named query or a .rq file",
        description="Run a named query (see kg queries) or a SPARQL file on the store (default), a graph file "
                    "or a remote SPARQL endpoint. Parameters are typed by the query's header and bound, never "
                    "pasted into the text.")
    p.add_argument("query", metavar="NAME|FILE.rq", help="a query name from kg queries, or a .rq file")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a parameter value (repeatable)")
    p.add_argument("--format", "-f", choices=("table", "csv", "tsv", "json"), default="table",
                   help="output format (default table; json is SPARQL 1.1 results JSON)")
    src = p.add_mutually_exclusive_group()
    add_store_option(src)
    src.add_argument("--graph", metavar="FILE", help="an RDF file (.ttl .nt .nq .trig .jsonld) instead of the store")
    src.add_argument("--endpoint", metavar="URL", help="a SPARQL endpoint whose default graph is the union")
    add_credentials(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write the results here instead of standard output")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..query import bind, load_query, run_local, run_remote
    from ..query_render import render

    q = load_query(args.query)
    bindings = bind(q, args.param)
    if args.endpoint:
        from ..push import Remote

        result = run_remote(q, bindings, Remote(args.endpoint, args.user, args.password, args.token))
    else:
        from ..store import Store, open_store

        src = Store.from_file(args.graph) if args.graph else open_store(args.store)
        with src:
            if getattr(src, "interrupted", False) and src.root is not None and not args.graph:
                print(f"warning: an ingest into {src.root} was interrupted; holding periods may be out of date "
                      "until the next kg ingest", file=sys.stderr)
            result = run_local(q, bindings, src)
    text = render(result, args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0
