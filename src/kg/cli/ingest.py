"""kg ingest: add articles to the persistent store (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="add articles to the persistent store")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg ingest is not available yet in this version")
