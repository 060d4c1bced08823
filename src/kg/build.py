"""The one module that writes triples: a :class:`~kg.model.Resolution` becomes an RDF dataset.

Named graphs (see docs/decisions/0001-graph-shape.md): one per article holding what that
article says (entities it names with the words it used, its handover attributes, statements,
and a :data:`HKO.Claim` with character offsets for every asserted fact, and the article's counts);
``hkr:graph/reference`` with canonical labels and gazetteer facts; ``hkr:graph/derived`` with
holding periods; ``hkr:graph/index`` with one summary per node for the named queries
(:func:`index_triples`).
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from .extract.gazetteer import Gazetteer
from .model import (Article, Entity, Event, HoldingPeriod, Kind, Mention, Resolution, Span,
                    StatementClaim)
from .namespace import GEO, HKO, HKR, NIF

REFERENCE = HKR["graph/reference"]
DERIVED = HKR["graph/derived"]
INDEX = HKR["graph/index"]
CLASS = {Kind.BASE: HKO.Base, Kind.FORCE: HKO.Force, Kind.PERSON: HKO.Person,
         Kind.ORGANIZATION: HKO.Organization, Kind.PLACE: HKO.Place}
PREFIXES = {"hko": str(HKO), "hkr": str(HKR), "prov": str(PROV), "skos": str(SKOS),
            "dcterms": str(DCTERMS), "nif": str(NIF), "geo": str(GEO), "xsd": str(XSD)}


# Terms every claim uses, looked up once: a DefinedNamespace attribute costs ~2 µs and an integer
# Literal ~17 µs, which made up most of the time of building (performance only: same terms).
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_DERIVED_FROM, _CLAIM = PROV.wasDerivedFrom, HKO.Claim
_BEGIN, _END, _ANCHOR, _QUALIFIER = NIF.beginIndex, NIF.endIndex, NIF.anchorOf, HKO.qualifier
_NON_NEGATIVE = XSD.nonNegativeInteger
_CLAIM_PREFIX = str(HKR) + "claim/"
_RDFS_LABEL, _ALT_LABEL, _ROLE, _HANDOVER = RDFS.label, SKOS.altLabel, HKO.role, HKO.Handover
_BASE, _FROM_FORCE, _TO_FORCE, _DATE, _XSD_DATE = HKO.base, HKO.fromForce, HKO.toForce, HKO.date, XSD.date


@lru_cache(maxsize=65536)
def _offset(n: int) -> Literal:
    return Literal(n, datatype=_NON_NEGATIVE)


@lru_cache(maxsize=1 << 12)
def _count(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


@lru_cache(maxsize=1 << 16)
def _hkr(local: str) -> URIRef:
    """``hkr:local``, one object per IRI (the same entities and events come back all the time; a
    shared object also hashes and compares at once in the sets triples go into)."""
    return HKR[local]


@lru_cache(maxsize=1 << 16)
def _text(value: str, lang: str | None = None) -> Literal:
    """A plain or language-tagged string literal, one object per value (labels, names and
    anchors repeat across articles; a Literal costs ~17 µs to make)."""
    return Literal(value, lang=lang)


@lru_cache(maxsize=1 << 14)
def _typed(value: str, datatype: URIRef) -> Literal:
    """A typed literal of a lexical form given as a string (dates), one object per value."""
    return Literal(value, datatype=datatype)


def _date_literal(iso):
    """``iso`` as an xsd:date literal (shared objects for string lexical forms)."""
    return _typed(iso, _XSD_DATE) if type(iso) is str else Literal(iso, datatype=_XSD_DATE)


def article_iri(article: Article) -> URIRef:
    return HKR[f"article/{article.id}"]


def entity_iri(entity: Entity) -> URIRef:
    return _hkr(entity.id)


def event_iri(event: Event) -> URIRef:
    return _hkr(event.id)


def _lang(article: Article) -> str:
    return article.lang or "und"


def _clean(text: str) -> str:
    """Text fit for a literal: no control characters or lone surrogates, no U+FFFD (an
    unreadable character: Jena riot --strict refuses literals holding it), spaces collapsed."""
    if text.isprintable() and "\ufffd" not in text:    # the usual case, decided in C: nothing to replace
        return " ".join(text.split())
    out = "".join(ch if (ch.isprintable() or ch in "\n\t") and ch != "\ufffd" else " " for ch in text)
    out = out.encode("utf-8", "replace").decode("utf-8")
    return " ".join(out.split())


class TripleSets(dict):
    """Where :func:`build_graphs` puts triples: graph IRI -> set of ``(s, p, o)`` rdflib terms.
    It answers ``graph(iri)`` like a :class:`~rdflib.Dataset`, without rdflib's indexes (the
    store's ingest serialises the sets directly; a Dataset costs ~50 µs a triple to fill)."""

    def graph(self, identifier) -> set:
        out = self.get(identifier)
        if out is None:
            out = self[identifier] = set()
        return out


class _Writer:
    def __init__(self, ds: "Dataset | TripleSets", gazetteer: Gazetteer | None):
        self.ds = ds
        self.gaz = gazetteer
        self.ref = ds.graph(REFERENCE)
        self._ids: dict[str, tuple[str, URIRef]] = {}   # text -> (id, IRI): Article.id hashes the text each call
        self.taken: dict[URIRef, tuple[set, set, set]] = {}   # article -> its claims, handovers, statements

    def _taken(self, a: URIRef) -> tuple[set, set, set]:
        out = self.taken.get(a)
        if out is None:
            out = self.taken[a] = (set(), set(), set())
        return out

    def _article(self, art: Article) -> tuple[str, URIRef]:
        known = self._ids.get(art.text)
        if known is None:
            known = self._ids[art.text] = (art.id, article_iri(art))
        return known

    def iri(self, art: Article) -> URIRef:
        return self._article(art)[1]

    def aid(self, art: Article) -> str:
        return self._article(art)[0]

    # -- claims: one asserted fact, one article, the words it came from --------------------
    def claim(self, g: Graph, art: Article, s, p, o, span: Span | None, qualifier: str | None = None) -> None:
        g.add((s, p, o))
        if span is None:
            return
        aid, a = self._article(art)
        digest = hashlib.sha256("\x1f".join(map(str, (s, p, o, aid, span.start, span.end))).encode()).hexdigest()[:20]
        c = URIRef(_CLAIM_PREFIX + digest)
        self._taken(a)[0].add(c)
        g.add((c, _TYPE, _CLAIM))
        g.add((c, _SUBJECT, s))
        g.add((c, _PREDICATE, p))
        g.add((c, _OBJECT, o))
        g.add((c, _DERIVED_FROM, a))
        g.add((c, _BEGIN, _offset(span.start)))
        g.add((c, _END, _offset(span.end)))
        g.add((c, _ANCHOR, _text(_clean(span.text(art)))))
        if qualifier:
            g.add((c, _QUALIFIER, _text(qualifier)))

    def article(self, art: Article) -> Graph:
        a = self.iri(art)
        g = self.ds.graph(a)
        self._taken(a)
        g.add((a, RDF.type, HKO.Article))
        title = art.title or next((ln for ln in art.text.split("\n") if ln.strip()), art.source)
        g.add((a, RDFS.label, Literal(_clean(title)[:200], lang=_lang(art))))
        g.add((a, HKO.sourcePath, Literal(art.source)))
        g.add((a, HKO.contentHash, Literal(art.content_hash)))
        g.add((a, HKO.language, Literal(_lang(art))))
        if art.url:
            g.add((a, PROV.wasDerivedFrom, URIRef(art.url) if _iri_safe(art.url) else Literal(_clean(art.url))))
        return g

    def counts(self) -> None:
        """Each article's claims, handovers and statements, counted (what the ``articles``
        query shows; they depend on the article alone, so they live in its graph)."""
        for a, kinds in self.taken.items():
            g = self.ds.graph(a)
            for prop, nodes in zip((HKO.claimCount, HKO.handoverCount, HKO.statementCount), kinds):
                g.add((a, prop, _count(len(nodes))))

    def published(self, g: Graph, art: Article, dv) -> None:
        if dv is not None and dv.iso:
            self.claim(g, art, self.iri(art), DCTERMS.issued, Literal(dv.iso, datatype=XSD.date), dv.span)
        elif art.published:
            g.add((self.iri(art), DCTERMS.issued, Literal(art.published.isoformat(), datatype=XSD.date)))

    def mention(self, g: Graph, art: Article, ent: Entity, m: Mention) -> None:
        e = entity_iri(ent)
        g.add((e, _TYPE, CLASS[ent.kind]))
        g.add((e, _DERIVED_FROM, self.iri(art)))
        self.claim(g, art, e, _ALT_LABEL, _text(_clean(m.surface), _lang(art)), m.span)
        if m.role:
            self.claim(g, art, e, _ROLE, _text(_clean(m.role), _lang(art)), m.span)

    def entry(self, ent: Entity):
        """The gazetteer's entry of an entity it knows."""
        return self.gaz.get(ent.kind, ent.key) if self.gaz and ent.in_gazetteer else None

    def labels(self, ent: Entity, entry=None) -> dict[str, str]:
        """Canonical label per language: the gazetteer's, else the first name read."""
        entry = entry or self.entry(ent)
        labels = dict(entry.labels) if entry else {}
        for lang, label in ent.labels.items():
            labels.setdefault(lang, label)
        return labels

    def entity_reference(self, ent: Entity) -> None:
        e = entity_iri(ent)
        entry = self.entry(ent)
        for lang, label in sorted(self.labels(ent, entry).items()):
            self.ref.add((e, _RDFS_LABEL, _text(_clean(label), lang)))
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
        names = self.labels(base)
        if "en" in names:
            self.ref.add((h, _RDFS_LABEL, _text(f"handover of {_clean(names['en'])}", "en")))
        if "ar" in names:
            self.ref.add((h, _RDFS_LABEL, _text(f"تسليم {_clean(names['ar'])}", "ar")))
        if not names.keys() & {"en", "ar"}:
            self.ref.add((h, RDFS.label, Literal(f"handover {ev.key}", lang="en")))
        for art, c in ev.claims:
            g = self.ds.graph(self.iri(art))
            self._taken(self.iri(art))[1].add(h)
            g.add((h, _TYPE, _HANDOVER))
            g.add((h, _DERIVED_FROM, self.iri(art)))
            self.claim(g, art, h, _BASE, entity_iri(base), c.span)
            for prop, m in ((_FROM_FORCE, c.from_force), (_TO_FORCE, c.to_force)):
                ent = res.entity_of(art, m)
                if ent is not None:
                    self.claim(g, art, h, prop, entity_iri(ent), c.span)
            if c.date and c.date.iso:
                self.claim(g, art, h, _DATE, _date_literal(c.date.iso), c.date.span)
            if c.troops is not None:
                self.claim(g, art, h, HKO.troopsWithdrawn, Literal(int(c.troops.value), datatype=XSD.integer),
                           c.troops.span, c.troops.qualifier)
            if c.equipment_usd is not None:
                self.claim(g, art, h, HKO.equipmentValueUSD, Literal(c.equipment_usd.value, datatype=XSD.decimal),
                           c.equipment_usd.span, c.equipment_usd.qualifier)

    def statement(self, res: Resolution, art: Article, st: StatementClaim, events_of) -> None:
        g = self.ds.graph(self.iri(art))
        s = HKR[f"statement/{self.aid(art)}-{st.span.start}"]
        self._taken(self.iri(art))[2].add(s)
        g.add((s, RDF.type, HKO.Statement))
        g.add((s, PROV.wasDerivedFrom, self.iri(art)))
        g.add((s, HKO.quoteKind, Literal(st.kind)))
        g.add((s, NIF.beginIndex, _offset(st.span.start)))
        g.add((s, NIF.endIndex, _offset(st.span.end)))
        g.add((s, HKO.quote, Literal(_clean(st.quote), lang=_lang(art))))
        speaker = res.entity_of(art, st.speaker)
        if speaker is not None:
            self.claim(g, art, s, HKO.speaker, entity_iri(speaker), st.speaker.span)
        about = res.entity_of(art, st.about)
        if about is not None:
            g.add((s, HKO.about, entity_iri(about)))
        if st.about_handover is not None:
            ev = events_of.get((self.aid(art), st.about_handover))
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
    _write(res, gazetteer, ds)
    set_index(ds)
    return ds


def build_graphs(res: Resolution, gazetteer: Gazetteer | None = None) -> TripleSets:
    """The same triples as :func:`build_dataset`, as one set of rdflib triples per graph IRI
    (what the store's ingest writes; several times faster to make than a Dataset)."""
    out = TripleSets()
    _write(res, gazetteer, out)
    return out


def _write(res: Resolution, gazetteer: Gazetteer | None, ds: "Dataset | TripleSets") -> None:
    w = _Writer(ds, gazetteer)
    for ex in res.extractions:
        g = w.article(ex.article)
        w.published(g, ex.article, ex.published)
    for ent in res.entities.values():
        for art, m in ent.mentions:
            w.mention(ds.graph(w.iri(art)), art, ent, m)
        w.entity_reference(ent)
        for role_of in sorted(ent.member_of):
            other = res.entities.get(role_of)
            if other is not None:
                art = ent.mentions[0][0]
                ds.graph(w.iri(art)).add((entity_iri(ent), HKO.memberOf, entity_iri(other)))
    events_of = {}
    extraction_of: dict[str, object] = {}          # article id -> its first extraction
    for x in res.extractions:
        extraction_of.setdefault(w.aid(x.article), x)
    for ev in res.events:
        w.event(res, ev)
        for art, c in ev.claims:
            aid = w.aid(art)
            ex = extraction_of[aid]
            events_of[(aid, next(i for i, x in enumerate(ex.handovers) if x is c))] = ev
    for art, st in res.statements:
        w.statement(res, art, st, events_of)
    for kept, other in res.same_as:
        w.ref.add((HKR[kept], OWL.sameAs, HKR[other]))
    w.counts()


def set_holding_periods(ds: Dataset, periods: Iterable[HoldingPeriod]) -> None:
    """Replace the derived graph with these holding periods."""
    ds.remove_graph(ds.graph(DERIVED))
    g = ds.graph(DERIVED)
    for triple in holding_period_triples(periods):
        g.add(triple)


def holding_period_triples(periods: Iterable[HoldingPeriod]) -> Iterator[tuple]:
    """The triples of the derived graph for these holding periods (what set_holding_periods writes)."""
    for p in periods:
        node = HKR[f"period/{p.key}"]
        yield node, RDF.type, HKO.HoldingPeriod
        yield node, HKO.heldBase, p.base
        yield node, HKO.holder, p.holder
        yield node, RDFS.label, Literal(p.label, lang="en")
        if p.start:
            yield node, HKO.periodStart, Literal(p.start.isoformat(), datatype=XSD.date)
        if p.end:
            yield node, HKO.periodEnd, Literal(p.end.isoformat(), datatype=XSD.date)
        if p.started_by is not None:
            yield node, HKO.startedBy, p.started_by
        if p.ended_by is not None:
            yield node, HKO.endedBy, p.ended_by
        for src in sorted(p.sources):
            yield node, PROV.wasDerivedFrom, src


# --- the index graph: one summary per node (docs/decisions/0006-query-speed.md) ---------------------

_NODE_CLASSES = "hko:Base hko:Force hko:Person hko:Organization hko:Place hko:Handover"
_FACTS_HEAD = ("PREFIX hko: <https://w3id.org/handover-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
               "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")
INDEX_FACTS: dict[str, tuple[str, tuple[str, ...]]] = {
    # every node the queries show by name (entities, handovers and what handovers, statements and
    # people point to), with its English and Arabic labels
    "labels": (_FACTS_HEAD + "SELECT DISTINCT ?n ?l (LANG(?l) AS ?lang) WHERE {\n"
               "  { SELECT DISTINCT ?n WHERE { { VALUES ?c { " + _NODE_CLASSES + " } ?n a ?c } UNION\n"
               "    { VALUES ?p { hko:base hko:fromForce hko:toForce hko:speaker hko:about hko:memberOf } ?x ?p ?n }\n"
               "    FILTER(isIRI(?n)) } }\n"
               "  OPTIONAL { SELECT ?n ?l WHERE { ?n rdfs:label ?l FILTER(LANG(?l) = \"en\" || LANG(?l) = \"ar\") } } }",
               ("n", "l", "lang")),
    "dates": (_FACTS_HEAD + "SELECT DISTINCT ?h ?d WHERE {\n"
              "  { SELECT DISTINCT ?h WHERE { ?h a hko:Handover } }\n"
              "  { SELECT ?h ?d WHERE { ?h hko:date ?d FILTER(DATATYPE(?d) = xsd:date) } } }",
              ("h", "d")),
    "roles": (_FACTS_HEAD + "SELECT DISTINCT ?h ?p ?n WHERE {\n"
              "  { SELECT DISTINCT ?h WHERE { ?h a hko:Handover } }\n"
              "  { SELECT ?h ?p ?n WHERE { VALUES ?p { hko:base hko:fromForce hko:toForce } ?h ?p ?n } } }",
              ("h", "p", "n")),
    "sources": (_FACTS_HEAD + "SELECT DISTINCT ?n ?a WHERE {\n"
                "  { SELECT DISTINCT ?n WHERE { VALUES ?c { hko:Handover hko:Person } ?n a ?c } }\n"
                "  OPTIONAL { ?n prov:wasDerivedFrom ?a . { SELECT ?a WHERE { ?a a hko:Article } } } }",
                ("n", "a")),
}
"""The facts the index is computed from: name -> (SPARQL SELECT over the union of the graphs,
its columns). Any engine can answer them (the store, an in-memory copy of a built dataset, a
remote endpoint, paged and ordered by the columns); written for Oxigraph's planner (sub-SELECTs
are scanned once and hash-joined). ``select(name)`` gives each row as plain strings: an IRI's
or literal's value, None for an unbound value or a blank node."""


def index_triples(select: Callable[[str], Iterable[tuple]]) -> Iterator[tuple]:
    """The triples of ``hkr:graph/index``, from the answers ``select(name)`` gives to
    :data:`INDEX_FACTS`. What the named queries used to compute from the union, where a node's
    type and labels repeat once per article (so the same answers, one triple per node):

    - ``hko:displayLabel`` of every node: ``MIN(STR(COALESCE(en, ar, node)))`` over its labels,
      i.e. its smallest English label, else its smallest Arabic one, else its IRI;
    - per handover ``hko:baseLabel``, ``hko:fromLabel``, ``hko:toLabel``: the smallest display
      label of its base / forces; ``hko:earliestDate``: its smallest ``hko:date``;
    - per handover and person ``hko:sourceCount``: the articles it is derived from.
    """
    names: dict[str, dict[str, list[str]]] = {}
    for node, text, lang in select("labels"):
        if node is None:
            continue
        by_lang = names.setdefault(node, {})
        if text is not None and lang in ("en", "ar"):
            by_lang.setdefault(lang, []).append(text)
    display = {n: min(d.get("en") or d.get("ar") or [n]) for n, d in names.items()}
    for node in sorted(display):
        yield URIRef(node), HKO.displayLabel, _text(display[node])
    days: dict[str, list[tuple[date, str]]] = {}
    for node, day in select("dates"):
        if node is None:
            continue
        try:
            days.setdefault(node, []).append((date.fromisoformat(day), day))
        except ValueError:                      # not a valid xsd:date: not comparable, as in SPARQL
            continue
    for node in sorted(days):
        yield URIRef(node), HKO.earliestDate, _typed(min(days[node])[1], _XSD_DATE)
    label_of = {str(_BASE): HKO.baseLabel, str(_FROM_FORCE): HKO.fromLabel, str(_TO_FORCE): HKO.toLabel}
    roles: dict[tuple[str, str], str] = {}
    for node, role, other in select("roles"):
        if node is None or other is None:
            continue
        shown = display.get(other, other)
        key = (node, role)
        if key not in roles or shown < roles[key]:
            roles[key] = shown
    for (node, role), shown in sorted(roles.items()):
        yield URIRef(node), label_of[role], _text(shown)
    sources: dict[str, set[str]] = {}
    for node, article in select("sources"):
        if node is None:
            continue
        found = sources.setdefault(node, set())
        if article is not None:
            found.add(article)
    for node in sorted(sources):
        yield URIRef(node), HKO.sourceCount, _count(len(sources[node]))


def set_index(ds: Dataset) -> None:
    """Replace the index graph of a built dataset with the one its other graphs give (the same
    queries and computation as the store's :func:`kg.store_reconcile.reconcile`, on an in-memory
    Oxigraph copy of the dataset)."""
    import pyoxigraph as ox

    from .store_terms import to_ox

    ds.remove_graph(ds.graph(INDEX))
    mem = ox.Store()
    mem.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in ds.quads((None, None, None, None))
               if isinstance(g, URIRef))

    g = ds.graph(INDEX)
    for triple in index_triples_of(mem):
        g.add(triple)


def index_triples_of(oxstore) -> Iterator[tuple]:
    """:func:`index_triples` answered by a pyoxigraph store (its named graphs' union)."""
    import pyoxigraph as ox

    def select(name: str) -> Iterator[tuple]:
        for row in oxstore.query(INDEX_FACTS[name][0], use_default_graph_as_union=True):
            yield tuple(None if t is None or type(t) is ox.BlankNode else t.value for t in row)

    return index_triples(select)


def union(ds: Dataset) -> Graph:
    """Every triple of every graph, as one plain graph (what ``kg build`` writes as Turtle)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
