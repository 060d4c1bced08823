"""Export the store (or a graph file) as Turtle, N-Triples, N-Quads, TriG or JSON-LD.

Named graphs are kept where the format has them (N-Quads, TriG, JSON-LD); Turtle and N-Triples
get the union (each triple once). The output is stable: statements are sorted (graph, subject,
predicate, object) before Oxigraph's serialisers write them, so the same graph gives the same
bytes. build.py mints no blank nodes; a file that has some exports with the labels it was read
with, which a new parse may change.

>>> from kg.export import export                      # doctest: +SKIP
>>> export("trig", store="store", output="exports/store.trig")
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

from .errors import KGError

FORMATS = {   # name -> (pyoxigraph RdfFormat attribute, keeps named graphs, file suffix)
    "turtle": ("TURTLE", False, ".ttl"),
    "ntriples": ("N_TRIPLES", False, ".nt"),
    "nquads": ("N_QUADS", True, ".nq"),
    "trig": ("TRIG", True, ".trig"),
    "jsonld": ("JSON_LD", True, ".jsonld"),
}
EXTRA_PREFIXES = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                  "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def prefixes() -> dict[str, str]:
    from .build import PREFIXES

    return dict(sorted({**EXTRA_PREFIXES, **PREFIXES}.items()))


def sorted_statements(src, named_graphs: bool) -> list:
    """The source's statements in a total order: quads (named graphs kept) or triples (union)."""
    import pyoxigraph as ox

    from .store_terms import quad_sort_key

    if named_graphs:
        return sorted(src.quads(), key=quad_sort_key)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in src.quads()}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def serialize(src, fmt: str) -> bytes:
    """The bytes of ``src`` (an open :class:`kg.store.Store`) in format ``fmt``."""
    import pyoxigraph as ox

    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    attr, named, _ = FORMATS[fmt]
    rdf_format = getattr(ox.RdfFormat, attr)
    statements = sorted_statements(src, named)
    kw = {"prefixes": prefixes()} if fmt in ("turtle", "trig") else {}
    if fmt == "jsonld":
        kw = {"prefixes": prefixes()}
    try:
        return ox.serialize(statements, format=rdf_format, **kw)
    except TypeError:        # a pyoxigraph without prefixes for this format
        return ox.serialize(statements, format=rdf_format)


def export(fmt: str = "turtle", *, store=None, graph_file=None, output: str | Path | IO[bytes] | None = None) -> bytes:
    """Export the store at ``store`` (default: $KG_STORE or ./store) or a graph file. Writes
    ``output`` (a path, written atomically, or a binary stream) and returns the bytes."""
    from .store import Store, open_store

    src = Store.from_file(graph_file) if graph_file is not None else open_store(store)
    with src:
        data = serialize(src, fmt)
    if output is None:
        return data
    if hasattr(output, "write"):
        output.write(data)
        return data
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return data
