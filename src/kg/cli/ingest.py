"""kg ingest INPUT... [--store DIR]: add articles to the persistent store."""
from __future__ import annotations

import sys

from . import add_store_option


def add_parser(sub) -> None:
    p = sub.add_parser(
        "ingest", help="add articles to the persistent store",
        description="Read .txt/.html/.jsonl files and folders into the store (default ./store, or $KG_STORE): "
                    "new articles are extracted, resolved and written one transaction each; unchanged ones "
                    "are skipped; an article whose file changed replaces its own graph. Holding periods are "
                    "then recomputed over the whole store. Inputs are streamed: --jobs N extracts on N "
                    "processes while one writer writes. Exit 0 done, 1 some input skipped, 2 error.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    add_store_option(p)
    p.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                   help="extract on N processes while this one writes (default 1; 0 = one per core)")
    p.add_argument("--batch", type=_positive, default=None, metavar="N",
                   help="articles resolved together and held in memory at once (default 500)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(run=run)


def _jobs(value: str) -> int:
    import argparse
    import os

    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes") from None
    if n < 0:
        raise argparse.ArgumentTypeError("give 1 or more processes (0 = one per core)")
    return n or (os.cpu_count() or 1)


def _positive(value: str) -> int:
    import argparse

    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a whole number of articles, 1 or more")
    return n


def run(args) -> int:
    from ..store import default_store
    from ..store_ingest import BATCH, ingest
    from . import report_skipped

    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    store = args.store or default_store()
    r = ingest(args.inputs, store, progress=say, jobs=args.jobs, batch=args.batch or BATCH)
    report_skipped(r.errors)
    if not args.quiet:
        parts = [f"{len(r.added)} added", f"{len(r.replaced)} replaced", f"{len(r.unchanged)} unchanged"]
        if r.aliased:
            parts.append(f"{len(r.aliased)} already stored under another path")
        if r.errors:
            parts.append(f"{len(r.errors)} skipped")
        if r.repaired:
            parts.append("finished an interrupted ingest")
        print(f"{store}: {', '.join(parts)}; {r.quads} quads ({r.seconds:.1f} s)", file=sys.stderr)
    return 1 if r.errors else 0
