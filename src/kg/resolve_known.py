"""What resolution reads of an entity besides its mentions: the names the gazetteer gives a
known entity in both languages, and where an entity is looked for (its blocks), so that the same
thing named differently by two articles is compared at all."""
from __future__ import annotations

import re
from functools import lru_cache

from .extract.gazetteer import load_gazetteer
from .model import Entity, Kind, Mention
from .resolve_names import identifies, name_parts
from .translit import initials

_initials = lru_cache(maxsize=1 << 16)(initials)
_identifies = lru_cache(maxsize=1 << 16)(identifies)

# a name that places a base (6th Division headquarters in X): by the words that place it
_LOCATED = re.compile(r"\b(?:in|at|near|of)\b|(?:^|\s)(?:في|قرب|ب)(?:\s|$)", re.IGNORECASE)


def gazetteer_names(ent: Entity) -> set[str]:
    """A known entity's names in the gazetteer, in both languages: an article that names it one
    way meets another that names it another way (United States Army, Stonecutters Island). A
    base's name that places it is left out: it is not a name of the other bases of that place,
    which the place alone may stand for in another article."""
    entry = load_gazetteer().get(ent.kind, ent.key) if ent.in_gazetteer else None
    if entry is None:
        return set()
    names = {n for n, _ in entry.names} | set(entry.labels.values())
    if ent.kind is Kind.BASE:
        names = {n for n in names if not _LOCATED.search(n)}
    return names


def gazetteer_concepts(m: Mention) -> list[frozenset[str]]:
    """What the gazetteer's names of a known mention say it is, in either language: NATO written
    الناتو is still the alliance (حلف شمال الأطلسي) that a later الحلف means."""
    entry = load_gazetteer().get(m.kind, m.key) if m.key else None
    if entry is None:
        return []
    names = [n for n, _ in entry.names] + list(entry.labels.values())
    return [c for c in {name_parts(n).concepts for n in names} if c]


def block_letters(names, person: bool) -> set[tuple[str, str]]:
    """Where an entity is looked for: the :func:`~kg.translit.initials` of each of its names (of
    a base's or force's proper words: Camp X, معسكر X العسكري), since any one name may be the one
    that meets the other entity's; a name of a number alone (the 9th Division) by its numbers,
    else by its concepts."""
    letters: set[tuple[str, str]] = set()
    for name in names:
        if person:
            letters |= _initials(name)
        elif _identifies(name):
            parts = name_parts(name)
            letters |= _initials(parts.proper) if parts.proper else {("concepts", " ".join(_unit_block(parts.concepts)))}
    return letters or ({("", "")} if person else set())


def _unit_block(concepts: frozenset[str]) -> list[str]:
    """A numbered unit is looked for by its numbers alone, so that its name with and without its
    arm of service (310th Armoured Brigade, اللواء 310) meet."""
    return sorted(c for c in concepts if c.isdigit()) or sorted(concepts)
