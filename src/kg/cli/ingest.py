"""kg ingest INPUT... [--store DIR]: add articles to the persistent store."""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    p = sub.add_parser(
        "ingest", help="add articles to the persistent store",
        description="Read .txt/.html/.jsonl files and folders into the store (default ./store, or $KG_STORE): "
                    "new articles are extracted, resolved and written one transaction each; unchanged ones "
                    "are skipped; an article whose file changed replaces its own graph. Holding periods are "
                    "then recomputed over the whole store. Exit 0 done, 1 some input skipped, 2 error.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    p.add_argument("--store", metavar="DIR", help="store folder (default $KG_STORE or ./store)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..store import default_store, ingest
    from . import report_skipped

    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    store = args.store or default_store()
    r = ingest(args.inputs, store, progress=say)
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
