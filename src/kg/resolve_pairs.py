"""Whether two entities are one real thing: the pair tests resolution runs on each pair of
entities that share a block (see :mod:`kg.resolve_known`). People meet by their full names across
scripts, or by a name with one word more that fits no one else; bases, forces and organisations
by names that say the same thing (:mod:`kg.resolve_names`); and names that say two kinds of
place keep two things apart."""
from __future__ import annotations

from functools import lru_cache

from .extract.gazetteer import load_gazetteer
from .model import Entity, Kind
from .normalise import name_key
from .resolve_known import gazetteer_names
from .resolve_names import identifies, name_parts, same_named
from .translit import nested_alike, sound_alike, surname_alike

def entity_names(ent: Entity) -> set[str]:
    return {m.name or m.surface for _, m in ent.mentions} | set(ent.labels.values()) | ent.known_names


def _country(eid: str) -> str | None:
    """The country of a gazetteer force or body (a corps and its national army share one)."""
    kind, _, key = eid.partition("/")
    entry = load_gazetteer().entries.get(f"{kind}/{key}")
    return entry.country if entry else None


def _same_side(a: set[str], b: set[str]) -> bool:
    """Affiliations that do not tell two people apart: the same body, or gazetteer forces of one
    country (a unit and its army)."""
    if a & b:
        return True
    ca, cb = {_country(x) for x in a} - {None}, {_country(x) for x in b} - {None}
    return bool(ca & cb)


# Resolution compares entities pair by pair, and the entities a store already holds come back
# in every batch of an ingest: the name tests are pure functions of their strings, so they are
# remembered (performance only: the same answers).
_sound_alike = lru_cache(maxsize=1 << 18)(sound_alike)
_surname_alike = lru_cache(maxsize=1 << 18)(surname_alike)
_nested_alike = lru_cache(maxsize=1 << 18)(nested_alike)
_name_key = lru_cache(maxsize=1 << 16)(name_key)
_same_named = lru_cache(maxsize=1 << 18)(same_named)
_identifies = lru_cache(maxsize=1 << 16)(identifies)


class Profile:
    """What the pair tests read of an entity, computed once per resolution: its names (as
    :func:`entity_names`), which of them have more than one word, its affiliations and whether it is
    in the gazetteer. ``sig`` is all of it, hashable: equal signatures, equal answers."""

    __slots__ = ("names", "known", "articles", "long", "short", "member_of", "in_gazetteer", "kind", "sig")

    def __init__(self, ent: Entity):
        names = entity_names(ent)
        # the gazetteer's other names of a known entity (see same_thing)
        self.known = tuple(gazetteer_names(ent) - names)
        self.articles = frozenset(art.id for art, _ in ent.mentions)
        if ent.kind is Kind.BASE:
            names |= _typed_surfaces(ent)
        self.names = tuple(names)                  # the set's own order, as the tests iterate it
        self.long = tuple(x for x in self.names if len(_name_key(x)) > 1)
        self.short = any(len(_name_key(x)) == 1 for x in self.names)
        self.member_of = frozenset(ent.member_of)
        self.in_gazetteer = ent.in_gazetteer
        self.kind = ent.kind
        self.sig = (frozenset(names), self.known, self.member_of, self.in_gazetteer, self.kind is Kind.BASE)


def _typed_surfaces(ent: Entity) -> set[str]:
    """A base's names as written where they keep every proper word of its name and add type
    words or an owner's (قاعدة واغز الصغيرة for واغز; مقر قيادة البحرية الأوكرانية في سيفاستوبول
    for سيفاستوبول): Arabic names a base by its place and drops the type word and the owner that
    an English name keeps (Waghez base, Ukrainian Navy headquarters in Sevastopol), and a short name
    meets another only when both say what kind of place it is (see
    :func:`kg.resolve_names.same_named`)."""
    out = set()
    for _, m in ent.mentions:
        if not m.name or m.surface == m.name or not _identifies(m.surface):
            continue
        named, written = _proper(m.name).split(), _proper(m.surface).split()
        if named and all(w in written for w in named):
            out.add(m.surface)
    return out


@lru_cache(maxsize=1 << 16)
def _proper(name: str) -> str:
    return name_parts(name).proper


def same_person(a: Profile, b: Profile) -> bool:
    """Full names that sound alike across scripts; a bare surname only with a shared
    affiliation. People in different organisations stay apart."""
    if a.member_of and b.member_of and not _same_side(a.member_of, b.member_of):
        return False
    if any(_sound_alike(x, y) for x in a.long for y in b.long):
        return True
    return (a.short or b.short) and bool(a.member_of & b.member_of) and \
        any(_surname_alike(x, y) for x in a.names for y in b.names)


def nested_person(a: Profile, b: Profile) -> bool:
    """One full name is the other with a word more (:func:`~kg.translit.nested_alike`): the same
    person when the shorter name fits no one else (see :func:`join_nested`)."""
    if a.member_of and b.member_of and not _same_side(a.member_of, b.member_of):
        return False
    return any(_nested_alike(x, y) for x in a.long for y in b.long)


def join_nested(nested: dict[str, set[str]], find, union) -> None:
    """Join the pairs of nested names that fit only each other: Ali Mohsen is Ali Mohsen al-Ahmar
    unless Ali Mohsen Kora is named too, and then neither."""
    partners = {x: {find(y) for y in ys} - {find(x)} for x, ys in nested.items()}
    for x, ys in sorted(nested.items()):
        for y in sorted(ys):
            if partners[x] == {find(y)} and partners[y] == {find(x)}:
                union(x, y)


def same_thing(a: Profile, b: Profile, apart: bool = False) -> bool:
    """Bases, forces, organisations outside the gazetteer: names that say the same thing (see
    :mod:`kg.resolve_names`); a bare description (the base, البعثة) is not evidence. Entities of
    different articles (``apart``) also compare a known entity's other gazetteer names: another
    article may name it another way, while an article that names it and another thing beside
    it (French special forces, the Sabre task force) has told the two apart."""
    if a.in_gazetteer and b.in_gazetteer:
        return False
    base = a.kind is Kind.BASE
    xs, ys = (a.names + a.known, b.names + b.known) if apart else (a.names, b.names)
    return any(_same_named(x, y, base) for x in xs if _identifies(x) for y in ys if _identifies(y))


def kinds_named(ent: Entity) -> frozenset[str]:
    """What kind of base or force the entity's names say it is (hotel, palace, airport, police):
    two entities whose names say different kinds are two things, even if their proper words meet."""
    if ent.kind is Kind.PERSON:
        return frozenset()
    return frozenset().union(*(name_parts(n).concepts for n in entity_names(ent) if _identifies(n)))
