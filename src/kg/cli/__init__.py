"""The ``kg`` command: a thin layer over the library. One module per command in this package;
each has ``add_parser(subparsers)`` and ``run(args) -> int``.

Exit codes: 0 done, 1 done but something was skipped or does not conform, 2 error.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import KGError

COMMANDS = ("build", "ingest", "query", "queries", "export", "push", "validate", "viz", "stats", "extract")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg", description="Knowledge graphs of military base handovers from Arabic and English news.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").add_parser(sub)
    return ap


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("handover-kg")
    except PackageNotFoundError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KGError as e:
        print(f"kg {args.command}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


def add_store_option(group, help: str = "store folder (default $KG_STORE or ./store)") -> None:
    """``--store DIR``, worded alike in every command that reads or writes the store."""
    group.add_argument("--store", metavar="DIR", help=help)


def add_credentials(p, what: str = "for the endpoint") -> None:
    """``--user``, ``--password``, ``--token``: how a command signs in to a SPARQL server."""
    p.add_argument("--user", help=f"user name {what}")
    p.add_argument("--password", help=f"password {what}")
    p.add_argument("--token", help=f"bearer token {what}")


def report_skipped(errors) -> None:
    """One line per skipped input: path (and line), reason, fix."""
    for e in errors:
        print(f"skipped {e}", file=sys.stderr)
