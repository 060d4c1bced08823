"""kg stats: graph statistics with networkx (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("stats", help="graph statistics with networkx")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg stats is not available yet in this version")
