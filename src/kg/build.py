"""The one module that writes triples: a :class:`~kg.model.Resolution` becomes an RDF dataset.

Named graphs (see docs/decisions/0001-graph-shape.md): one per article holding what that
article says (entities it names with the words it used, its handover attributes, statements,
and a :data:`HKO.Claim` with character offsets for every asserted fact); ``hkr:graph/reference``
with canonical labels and gazetteer facts; ``hkr:graph/derived`` with holding periods.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from .extract.gazetteer import Gazetteer
from .model import (Article, Entity, Event, HoldingPeriod, Kind, Mention, Resolution, Span,
                    StatementClaim)
from .namespace import GEO, HKO, HKR, NIF

REFERENCE = HKR["graph/reference"]
DERIVED = HKR["graph/derived"]
CLASS = {Kind.BASE: HKO.Base, Kind.FORCE: HKO.Force, Kind.PERSON: HKO.Person,
         Kind.ORGANIZATION: HKO.Organization, Kind.PLACE: HKO.Place}
PREFIXES = {"hko": str(HKO), "hkr": str(HKR), "prov": str(PROV), "skos": str(SKOS),
            "dcterms": str(DCTERMS), "nif": str(NIF), "geo": str(GEO), "xsd": str(XSD)}


def article_iri(article: Article) -> URIRef:
    return HKR[f"article/{article.id}"]


def entity_iri(entity: Entity) -> URIRef:
    return HKR[entity.id]


def event_iri(event: Event) -> URIRef:
    return HKR[event.id]


def _lang(article: Article) -> str:
    return article.lang or "und"


def _clean(text: str) -> str:
    """Text fit for a literal: no control characters or lone surrogates, spaces collapsed."""
    out = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
    out = out.encode("utf-8", "replace").decode("utf-8")
    return " ".join(out.split())


class _Writer:
    def __init__(self, ds: Dataset, gazetteer: Gazetteer | None):
        self.ds = ds
        self.gaz = gazetteer
        self.ref = ds.graph(REFERENCE)

    # -- claims: one asserted fact, one article, the words it came from --------------------
    def claim(self, g: Graph, art: Article, s, p, o, span: Span | None, qualifier: str | None = None) -> None:
        g.add((s, p, o))
        if span is None:
            return
        digest = hashlib.sha256("\x1f".join(map(str, (s, p, o, art.id, span.start, span.end))).encode()).hexdigest()[:20]
        c = HKR[f"claim/{digest}"]
        g.add((c, RDF.type, HKO.Claim))
        g.add((c, RDF.subject, s))
        g.add((c, RDF.predicate, p))
        g.add((c, RDF.object, o))
        g.add((c, PROV.wasDerivedFrom, article_iri(art)))
        g.add((c, NIF.beginIndex, Literal(span.start, datatype=XSD.nonNegativeInteger)))
        g.add((c, NIF.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger)))
        g.add((c, NIF.anchorOf, Literal(_clean(span.text(art)))))
        if qualifier:
            g.add((c, HKO.qualifier, Literal(qualifier)))

    def article(self, art: Article) -> Graph:
        a = article_iri(art)
        g = self.ds.graph(a)
        g.add((a, RDF.type, HKO.Article))
        title = art.title or next((ln for ln in art.text.split("\n") if ln.strip()), art.source)
        g.add((a, RDFS.label, Literal(_clean(title)[:200], lang=_lang(art))))
        g.add((a, HKO.sourcePath, Literal(art.source)))
        g.add((a, HKO.contentHash, Literal(art.content_hash)))
        g.add((a, HKO.language, Literal(_lang(art))))
        if art.url:
            g.add((a, PROV.wasDerivedFrom, URIRef(art.url) if _iri_safe(art.url) else Literal(art.url)))
        return g

    def published(self, g: Graph, art: Article, dv) -> None:
        if dv is not None and dv.iso:
            self.claim(g, art, article_iri(art), DCTERMS.issued, Literal(dv.iso, datatype=XSD.date), dv.span)
        elif art.published:
            g.add((article_iri(art), DCTERMS.issued, Literal(art.published.isoformat(), datatype=XSD.date)))

    def mention(self, g: Graph, art: Article, ent: Entity, m: Mention) -> None:
        e = entity_iri(ent)
        g.add((e, RDF.type, CLASS[ent.kind]))
        g.add((e, PROV.wasDerivedFrom, article_iri(art)))
        self.claim(g, art, e, SKOS.altLabel, Literal(_clean(m.surface), lang=_lang(art)), m.span)
        if m.role:
            self.claim(g, art, e, HKO.role, Literal(_clean(m.role), lang=_lang(art)), m.span)

    def entity_reference(self, ent: Entity) -> None:
        e = entity_iri(ent)
        entry = self.gaz.get(ent.kind, ent.key) if self.gaz and ent.in_gazetteer else None
        labels = dict(entry.labels) if entry else {}
        for lang, label in ent.labels.items():
            labels.setdefault(lang, label)
        for lang, label in sorted(labels.items()):
            self.ref.add((e, RDFS.label, Literal(_clean(label), lang=lang)))
        if entry:
            if entry.country:
                self.ref.add((e, HKO.countryCode, Literal(entry.country)))
            if entry.located_in:
                place = HKR[f"place/{entry.located_in}"]
                self.ref.add((e, HKO.locatedIn, place))
                self.ref.add((place, RDF.type, HKO.Place))
                where = self.gaz.get(Kind.PLACE, entry.located_in)
                for lang, label in sorted((where.labels if where else {}).items()):
                    self.ref.add((place, RDFS.label, Literal(label, lang=lang)))
            if entry.wkt:
                geom = HKR[f"geometry/{ent.kind.value}/{ent.key}"]
                self.ref.add((e, GEO.hasGeometry, geom))
                self.ref.add((geom, RDF.type, GEO.Geometry))
                self.ref.add((geom, GEO.asWKT, Literal(entry.wkt, datatype=GEO.wktLiteral)))
            for other in entry.same_as:
                self.ref.add((e, SKOS.exactMatch, URIRef(other)))

    def event(self, res: Resolution, ev: Event) -> None:
        h = event_iri(ev)
        base = res.entities[ev.base]
        name = base.labels.get("en") or next(iter(base.labels.values()), ev.key)
        self.ref.add((h, RDFS.label, Literal(f"handover of {name}", lang="en")))
        for art, c in ev.claims:
            g = self.ds.graph(article_iri(art))
            g.add((h, RDF.type, HKO.Handover))
            g.add((h, PROV.wasDerivedFrom, article_iri(art)))
            self.claim(g, art, h, HKO.base, entity_iri(base), c.span)
            for prop, m in ((HKO.fromForce, c.from_force), (HKO.toForce, c.to_force)):
                ent = res.entity_of(art, m)
                if ent is not None:
                    self.claim(g, art, h, prop, entity_iri(ent), c.span)
            if c.date and c.date.iso:
                self.claim(g, art, h, HKO.date, Literal(c.date.iso, datatype=XSD.date), c.date.span)
            if c.troops is not None:
                self.claim(g, art, h, HKO.troopsWithdrawn, Literal(int(c.troops.value), datatype=XSD.integer),
                           c.troops.span, c.troops.qualifier)
            if c.equipment_usd is not None:
                self.claim(g, art, h, HKO.equipmentValueUSD, Literal(c.equipment_usd.value, datatype=XSD.decimal),
                           c.equipment_usd.span, c.equipment_usd.qualifier)

    def statement(self, res: Resolution, art: Article, st: StatementClaim, events_of) -> None:
        g = self.ds.graph(article_iri(art))
        s = HKR[f"statement/{art.id}-{st.span.start}"]
        g.add((s, RDF.type, HKO.Statement))
        g.add((s, PROV.wasDerivedFrom, article_iri(art)))
        g.add((s, HKO.quoteKind, Literal(st.kind)))
        g.add((s, NIF.beginIndex, Literal(st.span.start, datatype=XSD.nonNegativeInteger)))
        g.add((s, NIF.endIndex, Literal(st.span.end, datatype=XSD.nonNegativeInteger)))
        g.add((s, HKO.quote, Literal(_clean(st.quote), lang=_lang(art))))
        speaker = res.entity_of(art, st.speaker)
        if speaker is not None:
            self.claim(g, art, s, HKO.speaker, entity_iri(speaker), st.speaker.span)
        about = res.entity_of(art, st.about)
        if about is not None:
            g.add((s, HKO.about, entity_iri(about)))
        if st.about_handover is not None:
            ev = events_of.get((art.id, st.about_handover))
            if ev is not None:
                g.add((s, HKO.about, event_iri(ev)))


# An http(s) IRI as RFC 3987 has it, narrowed to what strict parsers (Jena riot --strict) accept:
# a host of DNS-like labels, no user info, port or IP literal, percent signs followed by two hex
# digits, no whitespace, no bidi formatting characters (RFC 3987 4.1), no characters outside the
# BMP (riot 4.5 rejects them). Anything else is written as a plain literal.
_UCS = "\u00a0-\u200d\u2010-\u2029\u202f-\u2065\u206a-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
_LABEL = rf"[A-Za-z0-9_{_UCS}](?:[A-Za-z0-9_\-{_UCS}]*[A-Za-z0-9_{_UCS}])?"
_PCHAR = rf"(?:[A-Za-z0-9\-._~{_UCS}!$&'()*+,;=:@]|%[0-9A-Fa-f]{{2}})"
_IRI = re.compile(rf"https?://{_LABEL}(?:\.{_LABEL})*\.?"
                  rf"(?:/{_PCHAR}*)*(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?")
_SPACE = re.compile(r"\s")


def _iri_safe(url: str) -> bool:
    return _IRI.fullmatch(url) is not None and not _SPACE.search(url)


def build_dataset(res: Resolution, gazetteer: Gazetteer | None = None) -> Dataset:
    """All the triples of a resolution, in named graphs."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    w = _Writer(ds, gazetteer)
    for ex in res.extractions:
        g = w.article(ex.article)
        w.published(g, ex.article, ex.published)
    for ent in res.entities.values():
        for art, m in ent.mentions:
            w.mention(ds.graph(article_iri(art)), art, ent, m)
        w.entity_reference(ent)
        for role_of in sorted(ent.member_of):
            other = res.entities.get(role_of)
            if other is not None:
                art = ent.mentions[0][0]
                ds.graph(article_iri(art)).add((entity_iri(ent), HKO.memberOf, entity_iri(other)))
    events_of = {}
    for ev in res.events:
        w.event(res, ev)
        for art, c in ev.claims:
            ex = next(x for x in res.extractions if x.article.id == art.id)
            events_of[(art.id, next(i for i, x in enumerate(ex.handovers) if x is c))] = ev
    for art, st in res.statements:
        w.statement(res, art, st, events_of)
    for kept, other in res.same_as:
        w.ref.add((HKR[kept], OWL.sameAs, HKR[other]))
    return ds


def set_holding_periods(ds: Dataset, periods: Iterable[HoldingPeriod]) -> None:
    """Replace the derived graph with these holding periods."""
    ds.remove_graph(ds.graph(DERIVED))
    g = ds.graph(DERIVED)
    for p in periods:
        node = HKR[f"period/{p.key}"]
        g.add((node, RDF.type, HKO.HoldingPeriod))
        g.add((node, HKO.heldBase, p.base))
        g.add((node, HKO.holder, p.holder))
        g.add((node, RDFS.label, Literal(p.label, lang="en")))
        if p.start:
            g.add((node, HKO.periodStart, Literal(p.start.isoformat(), datatype=XSD.date)))
        if p.end:
            g.add((node, HKO.periodEnd, Literal(p.end.isoformat(), datatype=XSD.date)))
        if p.started_by is not None:
            g.add((node, HKO.startedBy, p.started_by))
        if p.ended_by is not None:
            g.add((node, HKO.endedBy, p.ended_by))
        for src in sorted(p.sources):
            g.add((node, PROV.wasDerivedFrom, src))


def union(ds: Dataset) -> Graph:
    """Every triple of every graph, as one plain graph (what ``kg build`` writes as Turtle)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
