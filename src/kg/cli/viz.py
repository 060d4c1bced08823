"""kg viz: write an interactive HTML view of the graph (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("viz", help="write an interactive HTML view of the graph")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg viz is not available yet in this version")
