"""kg export: export the store or a graph in an RDF format (placeholder until its module lands)."""
from __future__ import annotations

from ..errors import KGError


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="export the store or a graph in an RDF format")
    p.set_defaults(run=run)


def run(args) -> int:
    raise KGError("kg export is not available yet in this version")
