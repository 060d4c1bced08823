"""What resolution knows of the store: its entities and handover events as
:func:`kg.resolve.known_from_graph` would read them, kept up to date as ingest writes
(:class:`_Known`)."""
from __future__ import annotations

from typing import Iterable

from .store import HKO_NS, HKR_NS, RDF_TYPE, RDFS_LABEL, Store


_ENTITY_CLASSES = {"Base": "base", "Force": "force", "Person": "person", "Organization": "org", "Place": "place"}
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


class _Known:
    """The entities and handover events of a store as :func:`kg.resolve.known_from_graph` reads
    them from its union, kept in plain dictionaries and updated from the triples each batch
    writes: reading them again from the store for every batch would cost O(store) a batch.
    Labels and events are read back from the store for the nodes a batch touched (their order
    there decides which label a resolution sees first); alternative names, memberships and
    types are sets and are added as written. ``known()`` gives fresh objects for one batch."""

    def __init__(self, st: Store):
        import pyoxigraph as ox

        self.st = st
        self.kinds: dict[str, set[str]] = {}                 # node IRI -> entity kinds (path segments)
        self.labels: dict[str, list[tuple[str, str]]] = {}   # node IRI -> (lang, label) in store order
        self.alt: dict[str, set[str]] = {}
        self.member: dict[str, set[str]] = {}
        self.events: dict[str, tuple | None] = {}           # handover IRI -> (base, dates, froms, tos)
        self.base_of: dict[str, str] = {}                    # handover IRI -> its base's id (hkr: local name)
        self.by_base: dict[str, set[str]] = {}               # base id -> handover IRIs
        self.keys: dict[str, str] = {}                       # handover IRI -> event key
        rdf_type = ox.NamedNode(RDF_TYPE)
        for cls, kind in _ENTITY_CLASSES.items():
            for q in st.ox.quads_for_pattern(None, rdf_type, ox.NamedNode(HKO_NS + cls), None):
                if isinstance(q.subject, ox.NamedNode):
                    self.kinds.setdefault(q.subject.value, set()).add(kind)
        for node in self.kinds:
            n = ox.NamedNode(node)
            self.alt[node] = {q.object.value for q in st.ox.quads_for_pattern(n, ox.NamedNode(SKOS_ALT), None, None)}
            self.member[node] = {q.object.value for q in st.ox.quads_for_pattern(n, ox.NamedNode(HKO_NS + "memberOf"), None, None)}
            self._read_labels(node)
        for q in st.ox.quads_for_pattern(None, rdf_type, ox.NamedNode(HKO_NS + "Handover"), None):
            if isinstance(q.subject, ox.NamedNode):
                self._read_event(q.subject.value)

    def _read_labels(self, node: str) -> None:
        import pyoxigraph as ox

        self.labels[node] = [(q.object.language or "und", q.object.value)
                             for q in self.st.ox.quads_for_pattern(ox.NamedNode(node), ox.NamedNode(RDFS_LABEL), None, None)
                             if isinstance(q.object, ox.Literal)]

    def _read_event(self, node: str) -> None:
        import pyoxigraph as ox

        n = ox.NamedNode(node)

        def values(prop: str) -> list:
            return [q.object for q in self.st.ox.quads_for_pattern(n, ox.NamedNode(HKO_NS + prop), None, None)]

        bases = self.st.ox.quads_for_pattern(n, ox.NamedNode(HKO_NS + "base"), None, None)
        base = next(iter(bases), None)
        self.events[node] = facts = (base.object.value if base else None, [d.value for d in values("date")],
                                     {x.value for x in values("fromForce")}, {x.value for x in values("toForce")})
        # the index of what known() hands to resolution: events with an hkr: IRI and an hkr: base
        old = self.base_of.pop(node, None)
        if old is not None:
            self.by_base[old].discard(node)
            if not self.by_base[old]:
                del self.by_base[old]
            del self.keys[node]
        eid = node[len(HKR_NS):] if node.startswith(HKR_NS) else None
        b = facts[0][len(HKR_NS):] if facts[0] and facts[0].startswith(HKR_NS) else None
        if eid and b:
            self.base_of[node] = b
            self.by_base.setdefault(b, set()).add(node)
            self.keys[node] = eid.split("/", 1)[1]

    def add(self, article_triples: Iterable[tuple], reference: Iterable[tuple[str, str, str]]) -> None:
        """Take in what a batch wrote: its article graphs' triples (rdflib terms) and the reference
        facts about their nodes (N-Triples terms)."""
        from rdflib import URIRef

        classes = {HKO_NS + c: k for c, k in _ENTITY_CLASSES.items()}
        handover, alt, member = HKO_NS + "Handover", SKOS_ALT, HKO_NS + "memberOf"
        event_props = {HKO_NS + p for p in ("base", "date", "fromForce", "toForce")}
        relabel: set[str] = set()
        events: set[str] = set()

        def typed(node: str, cls: str) -> None:
            if cls in classes:
                if node not in self.kinds:
                    relabel.add(node)
                self.kinds.setdefault(node, set()).add(classes[cls])
                self.alt.setdefault(node, set())
                self.member.setdefault(node, set())
            elif cls == handover:
                events.add(node)

        for s, p, o in article_triples:
            if type(s) is not URIRef:
                continue
            p = str(p)
            if p == RDF_TYPE:
                typed(str(s), str(o))
            elif p == alt:
                self.alt.setdefault(str(s), set()).add(str(o))
            elif p == member:
                self.member.setdefault(str(s), set()).add(str(o))
            elif p == RDFS_LABEL:
                relabel.add(str(s))
            elif p in event_props:
                events.add(str(s))
        type_, label = f"<{RDF_TYPE}>", f"<{RDFS_LABEL}>"
        for s, p, o in reference:
            if s[0] == "<" and p == type_ and o[0] == "<":
                typed(s[1:-1], o[1:-1])
            elif s[0] == "<" and p == label:
                relabel.add(s[1:-1])
        for node in relabel:
            if node in self.kinds:
                self._read_labels(node)
        for node in events:
            self._read_event(node)

    def known(self, gazetteer=None, lazy: bool = False):
        """Fresh :class:`kg.resolve.Known` objects (resolution changes them). One difference from
        :func:`kg.resolve.known_from_graph`: an entity whose key is in ``gazetteer`` is marked
        ``in_gazetteer``, as it was when first resolved; without it, two gazetteer bases with
        names that sound alike (Xaaji Cali, Burgavo) merge when the second comes in a later batch.
        ``lazy``: events are made on demand, for the bases a batch names (``Known.events_of``):
        the store's events grow with the corpus, and making them all for every batch made the
        cost per article grow with the store."""
        from datetime import date

        from .model import DateValue, Entity, Event, Kind, Span
        from .resolve import Known

        def local(iri: str) -> str | None:
            return iri[len(HKR_NS):] if iri.startswith(HKR_NS) else None

        out = Known()
        for node, kinds in self.kinds.items():
            eid = local(node)
            if not eid or "/" not in eid:
                continue
            key = eid.split("/", 1)[1]
            members = {local(x) for x in self.member.get(node, ())} - {None}
            for kind in kinds:
                ent = Entity(Kind(kind), key, known=True,
                             in_gazetteer=gazetteer is not None and gazetteer.get(Kind(kind), key) is not None)
                for lang, value in self.labels.get(node, ()):
                    ent.labels.setdefault(lang, value)
                ent.known_names = set(self.alt.get(node, ()))
                ent.member_of = set(members)
                out.entities.append(ent)
        def event(node: str) -> Event:
            facts = self.events[node]
            ev = Event(key=local(node).split("/", 1)[1], base=local(facts[0]), known=True)
            for d in facts[1]:
                try:
                    day = date.fromisoformat(d[:10])
                except ValueError:
                    continue
                ev.dates.append(DateValue(day.year, day.month, day.day, Span(0, 0), d))
            ev.froms = {local(x) for x in facts[2]} - {None}
            ev.tos = {local(x) for x in facts[3]} - {None}
            return ev

        def events_of(bases: set[str]) -> list[Event]:
            return sorted((event(node) for b in bases for node in self.by_base.get(b, ())), key=lambda e: e.key)

        if lazy:
            out.events_of, out.event_bases, out.event_keys = events_of, self.by_base.keys(), set(self.keys.values())
        else:
            out.events = events_of(set(self.by_base))
        out.entities.sort(key=lambda e: e.id)
        return out
