"""Who held which base when: holding periods derived from dated handovers in a graph.

For each base, its dated handovers in time order: a handover to force F opens F's period; a
handover from force G closes G's period (opening it at G's previous receipt, or leaving the
start open). Sources disagreeing on a date: the earliest date is used and every source kept.
Handovers without a full date cannot be placed in time and open no period.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from .model import HoldingPeriod
from .namespace import HKO


def _date(values) -> date | None:
    out = []
    for v in values:
        try:
            out.append(date.fromisoformat(str(v)[:10]))
        except ValueError:
            continue
    return min(out) if out else None


def _key(node) -> str:
    return str(node).rstrip("/").rsplit("/", 1)[-1]


def _label(g: Graph, node) -> str:
    labels = {lab.language: str(lab) for lab in g.objects(node, RDFS.label)}
    return labels.get("en") or labels.get("ar") or _key(node)


def holding_periods(g: Graph) -> list[HoldingPeriod]:
    by_base: dict[URIRef, list] = defaultdict(list)
    for h in g.subjects(RDF.type, HKO.Handover):
        d = _date(g.objects(h, HKO.date))
        if d is None:
            continue
        froms = sorted(set(g.objects(h, HKO.fromForce)))
        tos = sorted(set(g.objects(h, HKO.toForce)))
        sources = set(g.objects(h, PROV.wasDerivedFrom))
        for b in g.objects(h, HKO.base):
            by_base[b].append((d, str(h), h, froms, tos, sources))
    periods: list[HoldingPeriod] = []
    for base, events in sorted(by_base.items()):
        events.sort()
        open_: dict = {}                  # holder -> HoldingPeriod still open
        for d, _, h, froms, tos, sources in events:
            for f in froms:
                p = open_.pop(f, None)
                if p is None:
                    p = HoldingPeriod(key="", base=base, holder=f)
                    periods.append(p)
                p.end, p.ended_by = d, h
                p.sources |= sources
            for t in tos:
                if t in open_:
                    continue              # a second report of a receipt it already holds
                p = HoldingPeriod(key="", base=base, holder=t, start=d, started_by=h, sources=set(sources))
                open_[t] = p
                periods.append(p)
    for p in periods:
        # a period whose start no source gives is named by its end: a force may leave a base twice
        # with no receipt reported between, and the two periods must stay two nodes
        start = p.start.isoformat() if p.start else f"open-{p.end.isoformat()}"
        p.key = f"{_key(p.base)}-{_key(p.holder)}-{start}"
        span = f"{p.start or '…'} – {p.end or '…'}"
        p.label = f"{_label(g, p.holder)} holds {_label(g, p.base)} ({span})"
    return periods
