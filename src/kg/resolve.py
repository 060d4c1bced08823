"""Resolution: mentions become entities (one per real thing), handover claims become events.

Entities: a gazetteer key is an identity; otherwise the normalised name is (persons: the name
without titles; a surname alone joins the full name it shortens within an article, and across
articles only when the Latin rendering and the affiliation agree). Events: claims about the
same base whose dates are compatible (equal, within a week, or one of them unknown) and whose
directions do not contradict each other are one event; anything else stays apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable
from datetime import date, timedelta

from .model import (Article, DateValue, Entity, Event, Extraction, Kind, Mention,
                    Resolution, Span)
from .extract.gazetteer import load_gazetteer
from .normalise import name_key
from .resolve_known import block_letters, gazetteer_concepts, gazetteer_names
from .resolve_names import identifies, name_parts
from .resolve_pairs import Profile, entity_names, join_nested, kinds_named, nested_person, same_person, same_thing
from .resolve_periods import period_keys
from .slug import slug

DATE_TOLERANCE = timedelta(days=7)
_name_key = lru_cache(maxsize=1 << 16)(name_key)
_identifies = lru_cache(maxsize=1 << 16)(identifies)


def _mention_key(m: Mention) -> str:
    if m.key:
        return m.key
    words = name_key(m.name or m.surface)
    return slug(" ".join(words) or m.surface)


class _Entities:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.mention_entity: dict[tuple[str, Span, str], str] = {}

    def add(self, art: Article, m: Mention, key: str | None = None, known: bool | None = None) -> Entity:
        """``known``: whether ``key`` is a gazetteer key (by default, whether the mention has one)."""
        key = key or _mention_key(m)
        known = bool(m.key) if known is None else known
        eid = f"{m.kind.value}/{key}"
        ent = self.entities.get(eid)
        if ent is None:
            ent = self.entities[eid] = Entity(m.kind, key, in_gazetteer=known)
        ent.in_gazetteer = ent.in_gazetteer or known
        ent.mentions.append((art, m))
        lang = art.lang or "und"
        if lang not in ent.labels:
            ent.labels[lang] = m.name or m.surface
        if m.role:
            ent.roles.add((m.role, lang))
        self.mention_entity[(art.id, m.span, m.kind.value)] = eid
        return ent


def _person_keys(ex: Extraction) -> dict[tuple[Span, Kind], str]:
    """Within one article, a shorter name joins the fuller name that contains it: a surname (the
    longest such name), or a name of two words or more that ends one fuller name (Abdel Rahman
    after Rami Abdel Rahman) or opens it (Ali Mohsen after Ali Mohsen al-Ahmar), when only one
    fuller name of the article does."""
    persons = [m for m in ex.mentions if m.kind is Kind.PERSON]
    full = sorted({name_key(m.name or m.surface) for m in persons}, key=len, reverse=True)
    keys = {}
    for m in persons:
        words = name_key(m.name or m.surface)
        if len(words) == 1:
            host = next((f for f in full if len(f) > len(words) and f[-len(words):] == words), None)
        else:
            hosts = [f for f in full if len(f) > len(words) and words in (f[-len(words):], f[:len(words)])]
            host = hosts[0] if len(hosts) == 1 else None
        keys[(m.span, m.kind)] = m.key or slug(" ".join(host or words))
    return keys


def _description_keys(ex: Extraction) -> dict[tuple[Span, Kind], str]:
    """Within one article, a bare description (الفيلق, the palace: no proper word; in English
    not capitalised, the Defence Forces being a name) of a kind that only one named base or
    force of the article is (فيلق الرعد 105) is that one; and a base named by the last proper
    words of only one other base's name, of the same kind (Salam airport after North Salam
    airport), is that base."""
    named: dict[Kind, list[tuple[frozenset[str], tuple[str, ...], str, bool]]] = {}
    bare, short = [], []
    for m in ex.all_mentions():
        if m.kind is Kind.PERSON:
            continue
        name = m.name or m.surface
        kind = _BLOCK_KIND.get(m.kind, m.kind)
        parts = name_parts(name)
        if m.key or _identifies(name):
            words = _name_key(parts.proper)
            named.setdefault(kind, []).append((parts.concepts, words, _mention_key(m), False))
            # what the gazetteer's names say (الناتو: the alliance), met only by a description that
            # says all of it: الجيش الوطني is not the Ethiopian National Defence Force
            named[kind] += [(c, words, _mention_key(m), True) for c in gazetteer_concepts(m)]
            if not m.key and kind is Kind.BASE and parts.concepts and words:
                short.append((m, kind, parts.concepts, words))
        elif parts.concepts and not re.search(r"\b[A-Z]", name):
            bare.append((m, kind, parts.concepts))
    keys = {}
    for m, kind, concepts in bare:
        hosts = {key for have, _, key, exact in named.get(kind, ()) if concepts == have or not exact and concepts <= have}
        if len(hosts) == 1:
            keys[(m.span, m.kind)] = hosts.pop()
    for m, kind, concepts, words in short:
        hosts = {key for have, longer, key, _ in named.get(kind, ())
                 if have == concepts and len(longer) > len(words) and longer[-len(words):] == words}
        if len(hosts) == 1:
            keys[(m.span, m.kind)] = hosts.pop()
    return keys


def _role_ids(res: _Entities, art: Article, m: Mention | None) -> str | None:
    return res.mention_entity.get((art.id, m.span, m.kind.value)) if m else None


def _compatible_dates(da: DateValue | None, db: DateValue | None) -> bool:
    if da is None or db is None:
        return True
    if da.iso and db.iso:
        return abs(da.as_date() - db.as_date()) <= DATE_TOLERANCE
    if da.year and db.year and da.year != db.year:
        return False
    if da.month and db.month and da.day and db.day:
        try:
            x, y = date(2000, da.month, da.day), date(2000, db.month, db.day)
        except ValueError:
            return False
        return abs(x - y) <= DATE_TOLERANCE
    if da.month and db.month and abs(da.month - db.month) > 1:
        return False
    return True


def _compatible(ev: Event, when: DateValue | None, giver: str | None, receiver: str | None) -> bool:
    """Same base already; dates compatible with every date reported; not the opposite direction."""
    if not all(_compatible_dates(d, when) for d in ev.dates):
        return False
    return not ((giver and giver in ev.tos) or (receiver and receiver in ev.froms))


def _event_key(base_key: str, ev: Event) -> str:
    dates = sorted({d.iso for d in ev.dates if d.iso})
    if dates:
        return f"{base_key}-{dates[0]}"
    partial = sorted({f"{d.month:02d}-{d.day:02d}" for d in ev.dates if d.month and d.day})
    if partial:
        return f"{base_key}-xxxx-{partial[0]}-{ev.claims[0][0].id[:8]}"
    return f"{base_key}-{ev.claims[0][0].id[:8]}"


# An organisation in one article may act as a force in another (a body that hands over or
# receives a base is typed a force there): the two are compared as one kind, and the force kept.
_BLOCK_KIND = {Kind.ORGANIZATION: Kind.FORCE}

_PAIRS: dict[tuple, bool] = {}      # (kind is person, signature, signature) -> same thing
_PAIRS_MAX = 1 << 18


def _merge_entities(ents: _Entities, same_as: list[tuple[str, str]]) -> None:
    """Join entities that are one real thing: across scripts (باركر / Barker), and the
    pairs a person confirmed (``owl:sameAs``). The cluster keeps a gazetteer key if it has one,
    else its smallest key, so IRIs stay deterministic."""
    parent = {eid: eid for eid in ents.entities}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kinds_of = {eid: kinds_named(ent) for eid, ent in ents.entities.items()}
    known_in = {eid: ent.in_gazetteer for eid, ent in ents.entities.items()}

    def union(x, y, confirmed=False):
        rx, ry = find(x), find(y)
        if rx == ry:
            return
        kx, ky = kinds_of[rx], kinds_of[ry]
        if not confirmed and kx and ky and not (kx <= ky or ky <= kx):
            return            # Kindu Palace and Kindu airport stay two, whatever bare Kindu joined first
        if not confirmed and known_in[rx] and known_in[ry]:
            return            # two gazetteer entries are two things, whatever name resembles both
        parent[max(rx, ry)] = min(rx, ry)
        kinds_of[min(rx, ry)] = kx | ky
        known_in[min(rx, ry)] = known_in[rx] or known_in[ry]

    blocks: dict[tuple, list[str]] = {}
    profiles: dict[str, Profile] = {}
    for eid, ent in sorted(ents.entities.items()):
        kind = _BLOCK_KIND.get(ent.kind, ent.kind)
        for letters in block_letters(entity_names(ent) | gazetteer_names(ent), kind is Kind.PERSON):
            blocks.setdefault((kind.value, letters), []).append(eid)
    if len(_PAIRS) > _PAIRS_MAX:
        _PAIRS.clear()
    compared: set[tuple[str, str]] = set()
    nested: dict[str, set[str]] = {}
    # in a fixed order: a union may be refused (two kinds of place), so the order can matter
    for (kind, _), ids in sorted(blocks.items()):
        person = kind == Kind.PERSON.value
        same = same_person if person else same_thing
        for x in ids:
            if x not in profiles:
                profiles[x] = Profile(ents.entities[x])
        for i, x in enumerate(ids):
            px = profiles[x]
            for j in range(i + 1, len(ids)):
                if (x, ids[j]) in compared:
                    continue
                compared.add((x, ids[j]))
                py = profiles[ids[j]]
                apart = not person and px.articles.isdisjoint(py.articles)
                key = (person, px.sig, py.sig, apart)
                hit = _PAIRS.get(key)
                if hit is None:
                    hit = _PAIRS[key] = same(px, py, apart) if apart else same(px, py)
                if hit:
                    union(x, ids[j])
                elif person and _PAIRS.setdefault(("nested", *key), nested_person(px, py)):
                    nested.setdefault(x, set()).add(ids[j])
                    nested.setdefault(ids[j], set()).add(x)
    join_nested(nested, find, union)
    for x, y in same_as:
        if x in parent and y in parent:
            union(x, y, confirmed=True)
    clusters: dict[str, list[str]] = {}
    moved: dict[str, str] = {}
    for eid in sorted(parent):
        clusters.setdefault(find(eid), []).append(eid)
    for members in clusters.values():
        if len(members) == 1:
            continue
        ordered = sorted(members, key=lambda e: (not ents.entities[e].in_gazetteer, not ents.entities[e].known,
                                                 ents.entities[e].kind is not Kind.FORCE, e))
        keep = ents.entities[ordered[0]]
        for other_id in ordered[1:]:
            other = ents.entities.pop(other_id)
            keep.mentions += other.mentions
            for lang, label in other.labels.items():
                keep.labels.setdefault(lang, label)
            keep.roles |= other.roles
            keep.member_of |= other.member_of
            keep.merged_from.add(other_id)
            keep.known_names |= other.known_names
            keep.known = keep.known or other.known
            moved[other_id] = keep.id
    if moved:                                  # mentions of a merged entity go to the one kept
        for k, v in ents.mention_entity.items():
            if v in moved:
                ents.mention_entity[k] = moved[v]
    for ent in ents.entities.values():
        ent.member_of = {m if m in ents.entities else _moved(ents, m) for m in ent.member_of} - {None}


def _moved(ents: _Entities, eid: str) -> str | None:
    return next((e.id for e in ents.entities.values() if eid in e.merged_from), None)


def resolve(extractions: list[Extraction], same_as: list[tuple[str, str]] = (),
            known: "Known | None" = None) -> Resolution:
    """Entities and events across all the extractions given (one build or one store).
    ``same_as``: pairs of entity ids (``person/x``) a person has confirmed are one.
    ``known``: what a store already holds (see :func:`known_from_graph`): new mentions and
    claims join those entities and events, which keep their IRIs."""
    ents = _Entities()
    for ent in (known.entities if known else ()):
        ents.entities[ent.id] = ent
    for ex in extractions:
        pkeys = _person_keys(ex) | _description_keys(ex)
        periods = period_keys(ex)
        for m in ex.all_mentions():
            if (m.span, m.kind) in periods:
                key = periods[(m.span, m.kind)]
                ents.add(ex.article, m, key, known=load_gazetteer().get(m.kind, key) is not None)
            else:
                ents.add(ex.article, m, pkeys.get((m.span, m.kind)))
        for m in ex.all_mentions():
            if m.kind is Kind.PERSON and m.affiliation:
                pid = ents.mention_entity[(ex.article.id, m.span, m.kind.value)]
                aid = ents.mention_entity[(ex.article.id, m.affiliation.span, m.affiliation.kind.value)]
                ents.entities[pid].member_of.add(aid)
    _merge_entities(ents, list(same_as))

    known_keys: "set[str] | frozenset[str]" = frozenset()
    if known is not None and known.events_of is not None:
        # only the stored events of the bases this batch's claims name can take a claim: the
        # others are left in the store (their keys still count, below)
        moved = {other: e.id for e in ents.entities.values() for other in e.merged_from}
        bids = {ents.mention_entity[(ex.article.id, c.base.span, c.base.kind.value)]
                for ex in extractions for c in ex.handovers}
        wanted = {b for b in known.event_bases if (b if b in ents.entities else (moved.get(b) or b)) in bids}
        events: list[Event] = known.events_of(wanted)
        known_keys = known.event_keys
    else:
        events = list(known.events) if known else []
    by_base: dict[str, list[Event]] = {}
    for ev in events:
        ev.base = ev.base if ev.base in ents.entities else (_moved(ents, ev.base) or ev.base)
        by_base.setdefault(ev.base, []).append(ev)
    for ex in extractions:
        art = ex.article
        for claim in ex.handovers:
            bid = ents.mention_entity[(art.id, claim.base.span, claim.base.kind.value)]
            giver, receiver = _role_ids(ents, art, claim.from_force), _role_ids(ents, art, claim.to_force)
            target = next((ev for ev in by_base.get(bid, ()) if _compatible(ev, claim.date, giver, receiver)), None)
            if target is None:
                target = Event(key="", base=bid)
                events.append(target)
                by_base.setdefault(bid, []).append(target)
            target.claims.append((art, claim))
            if claim.date:
                target.dates.append(claim.date)
            target.froms |= {giver} - {None}
            target.tos |= {receiver} - {None}
    used: dict[str, int] = {ev.key: 1 for ev in events if ev.known}
    for ev in events:
        if ev.known:
            continue
        key = _event_key(ents.entities[ev.base].key, ev)
        count = used.get(key)
        if count is None:
            count = 1 if key in known_keys else 0
        used[key] = count + 1
        ev.key = key if used[key] == 1 else f"{key}-{used[key]}"
    events = [ev for ev in events if ev.claims]
    new_entities = {eid: e for eid, e in ents.entities.items() if e.mentions}

    statements = [(ex.article, s) for ex in extractions for s in ex.statements]
    confirmed = []
    for x, y in same_as:
        for other in (x, y):
            kept = other if other in ents.entities else _moved(ents, other)
            if kept and kept != other:
                confirmed.append((kept, other))
    return Resolution([ex.article for ex in extractions], extractions, new_entities,
                      ents.mention_entity, events, statements, sorted(set(confirmed)))


@dataclass
class Known:
    """Entities and events a store already holds, as resolution needs them."""

    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Or, for a large store, the events on demand: ``events_of(base ids)`` gives fresh events of
    # those bases sorted by key, ``event_bases`` the bases that have any, ``event_keys`` every
    # stored event's key (new events must not take one); ``events`` is then left empty.
    events_of: "Callable[[set[str]], list[Event]] | None" = None
    event_bases: "set[str] | frozenset[str]" = frozenset()
    event_keys: "set[str] | frozenset[str]" = frozenset()


def known_from_graph(g) -> Known:
    """Read the entities and handover events of a graph (a store's union) for :func:`resolve`."""
    from rdflib import RDF, RDFS
    from rdflib.namespace import SKOS

    from .namespace import HKO, HKR

    prefix = str(HKR)
    classes = {HKO.Base: Kind.BASE, HKO.Force: Kind.FORCE, HKO.Person: Kind.PERSON,
               HKO.Organization: Kind.ORGANIZATION, HKO.Place: Kind.PLACE}
    local = lambda node: str(node)[len(prefix):] if str(node).startswith(prefix) else None  # noqa: E731
    out = Known()
    for cls, kind in classes.items():
        for node in set(g.subjects(RDF.type, cls)):
            eid = local(node)
            if not eid or "/" not in eid:
                continue
            ent = Entity(kind, eid.split("/", 1)[1], known=True)
            for lab in g.objects(node, RDFS.label):
                ent.labels.setdefault(lab.language or "und", str(lab))
            ent.known_names = {str(x) for x in g.objects(node, SKOS.altLabel)}
            ent.member_of = {local(x) for x in g.objects(node, HKO.memberOf)} - {None}
            out.entities.append(ent)
    for node in set(g.subjects(RDF.type, HKO.Handover)):
        eid = local(node)
        base = next((local(b) for b in g.objects(node, HKO.base)), None)
        if not eid or not base:
            continue
        ev = Event(key=eid.split("/", 1)[1], base=base, known=True)
        for d in g.objects(node, HKO.date):
            try:
                day = date.fromisoformat(str(d)[:10])
            except ValueError:
                continue
            ev.dates.append(DateValue(day.year, day.month, day.day, Span(0, 0), str(d)))
        ev.froms = {local(x) for x in g.objects(node, HKO.fromForce)} - {None}
        ev.tos = {local(x) for x in g.objects(node, HKO.toForce)} - {None}
        out.events.append(ev)
    out.entities.sort(key=lambda e: e.id)
    out.events.sort(key=lambda e: e.key)
    return out
