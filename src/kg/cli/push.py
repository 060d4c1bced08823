"""kg push: load the graph into a remote triple store (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("push", help="load the graph into a remote triple store")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg push is not available yet in this version")
