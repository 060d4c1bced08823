"""A query's answer written out: an aligned table for people, CSV/TSV for spreadsheets and tools,
SPARQL JSON results for programs (see :func:`render`)."""
from __future__ import annotations

import json
import re

from .errors import QueryError
from .query import XSD, Result

FORMATS = ("table", "csv", "tsv", "json")
TABLE_CELL = 60


# --- output -----------------------------------------------------------------------------------------

def _json_term(t) -> dict:
    from rdflib import BNode, Literal

    if isinstance(t, Literal):
        out = {"type": "literal", "value": str(t)}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype is not None:
            out["datatype"] = str(t.datatype)
        return out
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    return {"type": "uri", "value": str(t)}


def to_json(r: Result) -> str:
    if r.boolean is not None:
        return json.dumps({"head": {}, "boolean": r.boolean})
    doc = {"head": {"vars": r.vars},
           "results": {"bindings": [{v: _json_term(row[v]) for v in r.vars if v in row} for row in r.rows]}}
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _short(t, prefixes: dict[str, str]) -> str:
    from rdflib import Literal, URIRef

    if isinstance(t, URIRef):
        s = str(t)
        for p, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
            if s.startswith(ns) and len(s) > len(ns):
                return f"{p}:{s[len(ns):]}"
        return s
    if isinstance(t, Literal):
        return str(t)
    return f"_:{t}"


def _width(s: str) -> int:
    import unicodedata

    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _cut(s: str, limit: int) -> str:
    s = " ".join(s.split())
    if _width(s) <= limit:
        return s
    out = ""
    for ch in s:
        if _width(out + ch + "…") > limit:
            break
        out += ch
    return out + "…"


def to_table(r: Result) -> str:
    from .build import PREFIXES

    if r.boolean is not None:
        return "yes" if r.boolean else "no"
    prefixes = dict(PREFIXES, rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                    rdfs="http://www.w3.org/2000/01/rdf-schema#")
    cells = [[_cut(_short(row[v], prefixes), TABLE_CELL) if v in row else "" for v in r.vars] for row in r.rows]
    widths = [max([_width(v)] + [_width(c[i]) for c in cells]) for i, v in enumerate(r.vars)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(r.vars), line(["-" * w for w in widths])] + [line(c) for c in cells]
    out.append(f"({len(r.rows)} row{'s' if len(r.rows) != 1 else ''})")
    return "\n".join(out)


def to_csv(r: Result, sep: str = ",") -> str:
    """SPARQL 1.1 CSV (values only) or, with ``sep='\\t'``, TSV (RDF terms in SPARQL syntax)."""
    import csv
    import io

    from rdflib import BNode, Literal

    if r.boolean is not None:
        return ("true" if r.boolean else "false") + "\n"
    buf = io.StringIO()
    if sep == ",":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(r.vars)
        for row in r.rows:
            w.writerow([(f"_:{row[v]}" if isinstance(row[v], BNode) else str(row[v])) if v in row else ""
                        for v in r.vars])
        return buf.getvalue()
    from .store_terms import sparql_term

    lines = ["\t".join(f"?{v}" for v in r.vars)]
    for row in r.rows:
        lines.append("\t".join(_tsv(row[v], sparql_term, Literal) if v in row else "" for v in r.vars))
    return "\n".join(lines) + "\n"


def _tsv(t, sparql_term, Literal) -> str:
    if isinstance(t, Literal) and t.datatype is not None and str(t.datatype) == XSD + "integer" \
            and re.fullmatch(r"[+-]?\d+", str(t)):
        return str(t)
    return sparql_term(t)


def render(r: Result, fmt: str) -> str:
    if fmt == "table":
        return to_table(r) + "\n"
    if fmt == "csv":
        return to_csv(r)
    if fmt == "tsv":
        return to_csv(r, "\t")
    if fmt == "json":
        return to_json(r) + "\n"
    raise QueryError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
