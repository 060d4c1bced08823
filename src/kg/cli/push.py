"""kg push --endpoint URL [--graph IRI] [credentials] [--store DIR | --graph-file FILE]."""
from __future__ import annotations

import sys

from . import add_credentials, add_store_option


def add_parser(sub) -> None:
    p = sub.add_parser(
        "push", help="load the graph into a remote triple store",
        description="Send the store's named graphs (or a file's) to a remote store with the SPARQL 1.1 Graph "
                    "Store Protocol (SPARQL Update where the server has none), at most 100,000 triples a "
                    "request; each graph replaces the graph of the same name there. Virtuoso: "
                    "--endpoint http://HOST:8890/sparql --user dba --password ... (digest auth). Oxigraph: "
                    "--endpoint http://HOST:7878/query.")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the server's SPARQL (query) endpoint")
    p.add_argument("--graph", metavar="IRI", help="load everything into this one graph instead")
    add_credentials(p, "(digest or basic auth, as the server asks)")
    src = p.add_mutually_exclusive_group()
    add_store_option(src)
    src.add_argument("--graph-file", metavar="FILE", help="an RDF file to push instead of the store")
    p.add_argument("--gsp", metavar="URL", help="Graph Store Protocol URL (default: guessed from --endpoint)")
    p.add_argument("--update", metavar="URL", help="SPARQL Update URL (default: guessed from --endpoint)")
    p.add_argument("--batch", type=int, default=100_000, metavar="N", help="triples per request (default 100000)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..push import push

    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    r = push(args.endpoint, store=args.store, graph_file=args.graph_file, graph=args.graph, user=args.user,
             password=args.password, token=args.token, gsp=args.gsp, update=args.update, batch=args.batch,
             progress=say)
    if not args.quiet:
        print(f"pushed {r.triples} triples in {len(r.graphs)} graph(s), {r.requests} request(s) "
              f"({'Graph Store Protocol' if r.method == 'gsp' else 'SPARQL Update'}, {r.seconds:.1f} s)",
              file=sys.stderr)
    return 0
