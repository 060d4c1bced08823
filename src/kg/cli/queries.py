"""kg queries: list the named queries (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("queries", help="list the named queries")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg queries is not available yet in this version")
