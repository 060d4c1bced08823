"""RDF terms for the store: rdflib <-> pyoxigraph conversion (:func:`to_ox`, :func:`from_ox`),
terms in SPARQL/N-Triples syntax (:func:`sparql_term`, and :func:`_nt`, the same text fast), and
the text of writes (N-Quads, INSERT DATA, DELETE DATA) that :mod:`kg.store` and its ingest send."""
from __future__ import annotations

import re


def to_ox(term):
    """An rdflib term as a pyoxigraph term (raises ValueError on an invalid IRI or language tag)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"not an RDF term: {term!r}")


def from_ox_memo():
    """:func:`from_ox` remembering what it made: rows of a listing repeat names, dates and counts,
    and an rdflib Literal costs ~20 µs to make."""
    made: dict = {}

    def term(t):
        out = made.get(t)
        if out is None:
            out = made[t] = from_ox(t)
        return out
    return term


def from_ox(term):
    from rdflib import BNode, Literal, URIRef
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise ValueError(f"unsupported term {term!r}")


def sparql_term(term) -> str:
    """An rdflib term in SPARQL/N-Triples syntax, escaped by pyoxigraph (never pasted by hand)."""
    return str(to_ox(term))


def quad_sort_key(q) -> tuple[str, str, str, str]:
    """A total order on pyoxigraph quads: graph, subject, predicate, object (as N-Triples text)."""
    g = "" if isinstance(q.graph_name, type(None)) else str(q.graph_name)
    return (g, str(q.subject), str(q.predicate), str(q.object))


def _diff_ops(graph: str, removed: set, added: set) -> str:
    ops = []
    if removed:
        ops.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n" + "\n".join(" ".join(t) + " ." for t in sorted(removed))
                   + "\n} }")
    if added:
        ops.append(_insert_data({graph: added}))
    return " ;\n".join(ops)


def _nquads(graphs: dict[str, set[tuple[str, str, str]]]) -> str:
    """The triples of these graphs as N-Quads (the same terms as :func:`_insert_data` writes)."""
    return "".join(f"{s} {p} {o} <{g}> .\n" for g, triples in graphs.items() for s, p, o in triples)


def _insert_data(graphs: dict[str, set[tuple[str, str, str]]]) -> str:
    body = []
    for g, triples in graphs.items():
        if triples:
            body.append(f"GRAPH <{g}> {{\n" + "\n".join(" ".join(t) + " ." for t in sorted(triples)) + "\n}")
    return "INSERT DATA {\n" + "\n".join(body) + "\n}"


# --- N-Triples terms, fast -------------------------------------------------------------------------

_SAFE_IRI = re.compile(r'[^<>"{}|^`\\\x00-\x20]*')
# pyoxigraph's escapes, so that _nt(t) == sparql_term(t) character for character
_ESCAPE = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F]},
                         "\t": "\\t", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
                         '"': '\\"', "\\": "\\\\"})
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


_IRIS: dict = {}          # URIRef -> "<iri>" (a URIRef hashes fast; the same IRIs come back all the time)
_DATATYPES: dict = {}
_TYPES: tuple = ()
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


def _nt(term) -> str:
    """An rdflib term in N-Triples/SPARQL syntax: the same text as :func:`sparql_term`, at a
    fraction of its cost (no pyoxigraph object per term); anything unusual goes through it."""
    global _TYPES
    if not _TYPES:
        from rdflib import Literal, URIRef
        _TYPES = (URIRef, Literal)
    cls = type(term)
    if cls is _TYPES[0]:
        text = _IRIS.get(term)
        if text is None:
            text = f"<{term}>" if _SAFE_IRI.fullmatch(term) else sparql_term(term)
            if len(_IRIS) > 200_000:
                _IRIS.clear()
            _IRIS[term] = text
        return text
    if cls is _TYPES[1]:
        lexical = str(term)
        if _NEEDS_ESCAPE.search(lexical):
            lexical = lexical.translate(_ESCAPE)
        lang = term.language
        if lang:
            if _LANG.fullmatch(lang):
                return f'"{lexical}"@{lang.lower()}'
        else:
            dt = term.datatype
            if dt is None:
                return f'"{lexical}"'
            suffix = _DATATYPES.get(dt)                  # "^^<datatype>" keyed by the datatype's URIRef
            if suffix is None and type(dt) is _TYPES[0]:
                suffix = _DATATYPES[dt] = f"^^<{dt}>" if _SAFE_IRI.fullmatch(dt) else ""
            if suffix == f"^^<{_XSD_STRING}>":
                return f'"{lexical}"'
            if suffix:
                return f'"{lexical}"{suffix}'
    return sparql_term(term)


_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


def _uri(iri: str):
    from rdflib import URIRef
    return URIRef(iri)
