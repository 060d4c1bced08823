"""kg queries: list the named queries with their summaries and parameters."""
from __future__ import annotations


def add_parser(sub) -> None:
    p = sub.add_parser("queries", help="list the named queries",
                       description="The documented queries in queries/ (or $KG_QUERIES): name, summary and "
                                   "parameters. Run one with: kg query NAME --param name=value")
    p.add_argument("-v", "--verbose", action="store_true", help="also print descriptions and examples")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..query import list_queries, queries_dir

    found = list_queries()
    if not found:
        print(f"no queries in {queries_dir()}")
        return 0
    width = max(len(q.name) for q in found)
    for q in found:
        params = " ".join(f"{p.name}=<{p.type}>" if p.required else f"[{p.name}=<{p.type}>]" for p in q.params)
        print(f"{q.name:<{width}}  {q.summary}" + (f"  ({params})" if params else ""))
        if args.verbose:
            if q.description:
                print(f"{'':<{width}}  {q.description}")
            for p in q.params:
                print(f"{'':<{width}}    --param {p.name}={p.example}  {p.type}"
                      + ("" if p.required else f", optional") + (f": {p.description}" if p.description else ""))
    return 0
