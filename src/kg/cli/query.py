"""kg query: run a named query or a .rq file (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("query", help="run a named query or a .rq file")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg query is not available yet in this version")
