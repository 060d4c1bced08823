"""kg extract INPUT... --shard I/N -o FILE.nq, and kg reconcile [--store DIR [--load FILE...] | --endpoint URL]:
the path for a corpus too big for one machine (README, "Performance and scale").

Both commands live here (the one module COMMANDS names for them): ``extract`` makes one shard's
N-Quads on one machine; ``reconcile`` computes the holding periods once the shards are loaded
into one store, a local one or a SPARQL endpoint.
"""
from __future__ import annotations

import sys

from . import add_credentials, add_store_option
from .ingest import _jobs, _positive


def add_parser(sub) -> None:
    p = sub.add_parser(
        "extract", help="write one shard of a corpus as N-Quads (for many machines)",
        description="Read .txt/.html/.jsonl files and folders, keep the articles of shard I of N (by content "
                    "hash: give every machine the same inputs), extract, resolve and build them, and write "
                    "N-Quads: one named graph per article, the reference facts and the manifest, as kg ingest "
                    "would store them. Shards concatenate (cat shard-*.nq > all.nq); load them with a bulk loader "
                    "(kg reconcile --load, oxigraph load, Virtuoso's ld_dir) and run kg reconcile. "
                    "Exit 0 done, 1 some input skipped, 2 error.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders (the same on every machine)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.nq", help="N-Quads file to write")
    p.add_argument("--shard", default="1/1", metavar="I/N", help="this machine's shard: I of N (default 1/1: all)")
    p.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                   help="extract on N processes (default 1; 0 = one per core)")
    p.add_argument("--batch", type=_positive, default=None, metavar="N", help="articles resolved together (default 500)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(run=run_extract)

    r = sub.add_parser(
        "reconcile", help="recompute holding periods (after loading shards)",
        description="Recompute the derived graph (holding periods from every dated handover) of a store, "
                    "after N-Quads were loaded into it: a local store (--store, optionally bulk-loading the "
                    "shards first with --load) or a SPARQL endpoint whose default graph is the union of its "
                    "graphs (--endpoint; Virtuoso, oxigraph serve --union-default-graph). Exit 0 done, 2 error.")
    src = r.add_mutually_exclusive_group()
    add_store_option(src)
    src.add_argument("--endpoint", metavar="URL", help="a SPARQL endpoint (e.g. http://127.0.0.1:8890/sparql)")
    r.add_argument("--load", nargs="+", metavar="FILE", default=[],
                   help="bulk-load these N-Quads files into the store first (a new store: not transactional)")
    add_credentials(r)
    r.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    r.set_defaults(run=run_reconcile)


def run_extract(args) -> int:
    from ..store_ingest import BATCH, extract_shard, parse_shard
    from . import report_skipped

    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    shard = parse_shard(args.shard)
    r = extract_shard(args.inputs, args.output, shard, jobs=args.jobs, batch=args.batch or BATCH, progress=say)
    report_skipped(r.errors)
    if not args.quiet:
        dup = f", {len(r.aliased)} repeated texts" if r.aliased else ""
        print(f"{args.output}: shard {shard[0]}/{shard[1]}: {len(r.added)} articles{dup}; {r.quads} quads "
              f"({r.seconds:.1f} s)", file=sys.stderr)
    return 1 if r.errors else 0


def run_reconcile(args) -> int:
    from ..errors import KGError

    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    if args.endpoint:
        if args.load:
            raise KGError("--load works on a local store; load files into an endpoint with its own bulk loader "
                          "(Virtuoso: ld_dir and rdf_loader_run)")
        from ..store_reconcile import reconcile_endpoint

        n = reconcile_endpoint(args.endpoint, user=args.user, password=args.password, token=args.token,
                               progress=say)
        if say:
            say(f"{args.endpoint}: {n} derived triples")
        return 0
    import time

    from ..store import DERIVED, default_store, load_files, open_store
    from ..store_reconcile import reconcile

    t0 = time.perf_counter()
    path = args.store or default_store()
    with open_store(path, write=True) as st:
        if args.load:
            load_files(st, args.load, progress=say)
        reconcile(st)
        st.flush()
        st.mark_interrupted(False)
        derived = sum(1 for _ in st.quads(DERIVED))
        quads = len(st)
    if say:
        say(f"{path}: {quads} quads, {derived} derived ({time.perf_counter() - t0:.1f} s)")
    return 0
