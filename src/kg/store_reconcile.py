"""What is recomputed from the whole store after an ingest or a bulk load: the derived graph
(holding periods, base by base) and the index graph, in a local store (:func:`reconcile`) or at a
SPARQL endpoint (:func:`reconcile_endpoint`); and the handover facts they are computed from
(:func:`handover_graph`)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from .store import DERIVED, HKO_NS, INDEX, PROV_DERIVED, RDF_TYPE, RDFS_LABEL, Store
from .store_terms import _diff_ops, _nt, _uri, from_ox, from_ox_memo


# --- what is recomputed after every ingest ----------------------------------------------------------

def reconcile(store: Store) -> None:
    """Recompute what depends on the whole store after articles were added or replaced: the
    derived graph (below) and the index graph (:func:`reconcile_index`).

    The derived graph holds the holding periods from every dated handover in the store. Periods
    are computed base by base (:func:`kg.timeline.holding_periods` on :func:`_handover_facts`
    of one base: a base's periods depend on its own handovers only) and each base's difference
    with what the store holds is written in one update, so memory holds one base at a time and
    an unchanged base costs no write. Derived facts of bases that lost all their handovers go.
    The place to re-key events across articles later.
    """
    import pyoxigraph as ox

    from .build import holding_period_triples
    from .timeline import holding_periods

    derived = ox.NamedNode(DERIVED)
    held = ox.NamedNode(HKO_NS + "heldBase")
    bases = {q.object for q in store.ox.quads_for_pattern(None, ox.NamedNode(HKO_NS + "base"), None, None)
             if isinstance(q.object, ox.NamedNode)}
    bases |= {q.object for q in store.ox.quads_for_pattern(None, held, None, derived)
              if isinstance(q.object, ox.NamedNode)}
    expected: set[str] = set()                         # subjects the derived graph keeps
    for base in sorted(bases, key=lambda b: b.value):
        periods = [p for p in holding_periods(_handover_facts(store, base)) if str(p.base) == base.value]
        new = {(_nt(s), _nt(p), _nt(o)) for s, p, o in holding_period_triples(periods)}
        expected |= {t[0] for t in new}
        nodes = {q.subject for q in store.ox.quads_for_pattern(None, held, base, derived)}
        old = {(str(q.subject), str(q.predicate), str(q.object))
               for node in nodes for q in store.ox.quads_for_pattern(node, None, None, derived)}
        if new != old:
            store.update(_diff_ops(DERIVED, old - new, new - old))
    stray = {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads(DERIVED)
             if str(q.subject) not in expected}
    if stray:
        store.update(_diff_ops(DERIVED, stray, set()))
    reconcile_index(store)


def reconcile_index(store: Store) -> None:
    """Rewrite ``hkr:graph/index`` (:func:`kg.build.index_triples`: one display label, date and
    source count per node, what the named queries read) from the whole store, writing only the
    difference in one update. It depends on the article and reference graphs only, and is
    recomputed in full each time: an ingest killed before this step leaves INTERRUPTED, and the
    next one comes here again (about 0.5 s on a store of 1M quads)."""
    from .build import index_triples_of

    new = {(_nt(s), _nt(p), _nt(o)) for s, p, o in index_triples_of(store.ox)}
    old = {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads(INDEX)}
    if new != old:
        store.update(_diff_ops(INDEX, old - new, new - old))


def index_missing(store: Store) -> bool:
    """A store with articles but no index graph (written before the index existed)."""
    import pyoxigraph as ox

    return not store.ox.contains_named_graph(ox.NamedNode(INDEX)) and bool(store.article_graphs())


def reconcile_endpoint(endpoint: str, *, user: str | None = None, password: str | None = None,
                       token: str | None = None, progress: Callable[[str], None] | None = None) -> int:
    """:func:`reconcile` for a remote SPARQL store (shards bulk-loaded into Virtuoso, say): read
    each base's handovers and the index's facts with SELECT queries (paged: Virtuoso answers at
    most 10,000 rows), compute the holding periods and the index here and replace
    ``hkr:graph/derived`` and ``hkr:graph/index`` there (Graph Store Protocol, or SPARQL Update).
    The endpoint's default graph must be the union of its named graphs. Returns the number of
    derived triples."""
    from rdflib import Graph

    from .build import INDEX_FACTS, holding_period_triples, index_triples
    from .push import Remote, guess_services, push
    from .query import _from_json
    from .timeline import holding_periods

    say = progress or (lambda _msg: None)
    remote = Remote(endpoint, user, password, token)
    hko, rdf = HKO_NS, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    head = f"PREFIX hko: <{hko}> PREFIX rdf: <{rdf}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    bases = [b["b"]["value"] for b in _select_all(
        remote, head + "SELECT DISTINCT ?b WHERE { ?h a hko:Handover ; hko:base ?b . FILTER(isIRI(?b)) }", "?b")]
    say(f"{len(bases)} bases with handovers at {endpoint}")
    lines: list[str] = []
    for base in bases:
        g = Graph()
        facts = head + (f"SELECT DISTINCT ?h ?p ?o WHERE {{ ?h hko:base <{base}> ; a hko:Handover ; ?p ?o . "
                        f"VALUES ?p {{ rdf:type hko:date hko:fromForce hko:toForce hko:base <{PROV_DERIVED}> }} }}")
        for row in _select_all(remote, facts, "?h ?p ?o"):
            g.add((_from_json(row["h"]), _from_json(row["p"]), _from_json(row["o"])))
        labels = head + (f"SELECT DISTINCT ?n ?l WHERE {{ ?h hko:base <{base}> ; a hko:Handover ; ?q ?n . "
                         "VALUES ?q { hko:base hko:fromForce hko:toForce } ?n rdfs:label ?l }")
        for row in _select_all(remote, labels, "?n ?l"):
            g.add((_from_json(row["n"]), _uri(RDFS_LABEL), _from_json(row["l"])))
        periods = [p for p in holding_periods(g) if str(p.base) == base]
        lines += [f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in holding_period_triples(periods)]

    def select(name: str) -> Iterator[tuple]:
        query, columns = INDEX_FACTS[name]
        for row in _select_all(remote, query, " ".join("?" + c for c in columns)):
            yield tuple(row[c]["value"] if c in row and row[c]["type"] != "bnode" else None for c in columns)

    graphs = {DERIVED: sorted(set(lines)),
              INDEX: sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in index_triples(select)})}
    if any(graphs.values()):                    # push replaces the graphs its file holds
        fd, tmp = tempfile.mkstemp(suffix=".nq", prefix="kg-derived-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for name, graph_lines in graphs.items():
                    fh.writelines(line[:-3] + f" <{name}> .\n" for line in graph_lines)
            push(endpoint, graph_file=tmp, user=user, password=password, token=token)
        finally:
            Path(tmp).unlink(missing_ok=True)
    for name in [n for n, graph_lines in graphs.items() if not graph_lines]:
        _, update = guess_services(endpoint, remote.authenticated)
        remote.send("POST", update, data={"update": f"DROP SILENT GRAPH <{name}>"}, what="the update")
    for name, graph_lines in graphs.items():
        say(f"{name}: {len(graph_lines)} triples")
    return len(graphs[DERIVED])


def _select_all(remote, query: str, order: str, page: int = 10_000) -> Iterator[dict]:
    """Every row of a SELECT, a page at a time (ORDER BY makes the pages consistent)."""
    offset = 0
    while True:
        rows = remote.select(f"{query} ORDER BY {order} LIMIT {page} OFFSET {offset}") \
            .get("results", {}).get("bindings", [])
        yield from rows
        if len(rows) < page:
            return
        offset += page


class _Facts:
    """The little of rdflib's Graph that :func:`kg.timeline.holding_periods` uses (``subjects``
    and ``objects``, objects in the order they were added, each once), over plain dictionaries:
    a Graph costs more to fill than the periods cost to compute."""

    def __init__(self) -> None:
        self.spo: dict = {}

    def add(self, triple) -> None:
        s, p, o = triple
        objects = self.spo.setdefault(s, {}).setdefault(p, {})
        objects.setdefault(o, None)

    def subjects(self, predicate, obj):
        return [s for s, po in self.spo.items() if obj in po.get(predicate, ())]

    def objects(self, subject, predicate):
        return iter(list(self.spo.get(subject, {}).get(predicate, ())))


def _handover_facts(store: Store, base) -> _Facts:
    """What :func:`handover_graph` gives for the handovers of one base (a pyoxigraph NamedNode),
    with one lookup per handover instead of one per handover and property."""
    import pyoxigraph as ox

    g = _Facts()
    rdf_type, handover = ox.NamedNode(RDF_TYPE), ox.NamedNode(HKO_NS + "Handover")
    props = {RDF_TYPE, HKO_NS + "date", HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base", PROV_DERIVED}
    roles = {HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base"}
    of_base = {q.subject for q in store.ox.quads_for_pattern(None, ox.NamedNode(HKO_NS + "base"), base, None)}
    nodes, seen = set(), set()
    term = from_ox_memo()                  # forces, dates, labels repeat
    for h in sorted(of_base, key=str):
        if not any(True for _ in store.ox.quads_for_pattern(h, rdf_type, handover, None)):
            continue
        for q in store.ox.quads_for_pattern(h, None, None, None):
            p = q.predicate.value
            if p in props and (q.predicate, q.object) not in seen:
                seen.add((q.predicate, q.object))
                g.add((term(h), term(q.predicate), term(q.object)))
                if p in roles:
                    nodes.add(q.object)
        seen.clear()
    for node in sorted(nodes, key=str):
        for q in store.ox.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None, None):
            g.add((term(q.subject), term(q.predicate), term(q.object)))
    return g


def handover_graph(store: Store):
    """The part of the store :func:`kg.timeline.holding_periods` reads, as a small rdflib graph:
    handovers (type, base, forces, date, sources) and the labels of their bases and forces."""
    import pyoxigraph as ox
    from rdflib import Graph

    g = Graph()
    handovers = {q.subject for q in store.ox.quads_for_pattern(None, ox.NamedNode(RDF_TYPE),
                                                               ox.NamedNode(HKO_NS + "Handover"), None)}
    nodes = set()
    for h in sorted(handovers, key=str):
        for prop in (RDF_TYPE, HKO_NS + "date", HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base",
                     PROV_DERIVED):
            for q in store.ox.quads_for_pattern(h, ox.NamedNode(prop), None, None):
                g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
                if prop in (HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base"):
                    nodes.add(q.object)
    for node in sorted(nodes, key=str):
        for q in store.ox.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None, None):
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return g
