"""Gazetteer forces that share a name (the coalition, قوات التحالف) but were active in different
years and places: which one an article's mention is (see docs/decisions/0002-gazetteer.md)."""
from __future__ import annotations

from .extract.gazetteer import load_gazetteer
from .model import Extraction, Kind, Span
from .normalise import name_key
from .slug import slug


def _reference_year(ex: Extraction) -> int | None:
    """The year an article is about: its publication date's, else the year most of its
    handovers are dated in."""
    if ex.published and ex.published.year:
        return ex.published.year
    if ex.article.published:
        return ex.article.published.year
    years = [h.date.year for h in ex.handovers if h.date and h.date.year]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def period_keys(ex: Extraction) -> dict[tuple[Span, Kind], str]:
    """A name that several gazetteer forces share (the coalition, قوات التحالف) is the one active
    in the article's year, in a country the article names (the coalition in Iraq of 2006 is not
    the coalition against ISIS formed in 2014); one active nowhere then is no gazetteer force."""
    gaz = load_gazetteer()
    bound = [m for m in ex.all_mentions() if m.key and m.kind is Kind.FORCE
             and (entry := gaz.get(m.kind, m.key)) is not None and entry.active != (None, None)]
    if not bound:
        return {}
    year = _reference_year(ex)
    countries = set()
    for m in ex.all_mentions():
        entry = gaz.get(m.kind, m.key) if m.key else None
        if entry is not None:
            countries |= {entry.country} | {_place_country(gaz, entry.located_in)}
    # a giver or receiver is read in its handover's year (a 2024 article on a 2011 withdrawal)
    handover_year = {(m.span, m.kind): h.date.year for h in ex.handovers if h.date and h.date.year
                     for m in (h.from_force, h.to_force) if m}
    keys = {}
    unbound: dict[str, list] = {}
    for m in bound:
        when = handover_year.get((m.span, m.kind), year)
        if when is None:
            continue
        sharing = [e for e in gaz.entries_named(m.name or m.surface) if e.kind is m.kind]
        if len(sharing) < 2 or gaz.get(m.kind, m.key).active_in(when):
            continue                               # a force's own name (MNF-I) is that force
        fits = [e for e in sharing if e.active_in(when)
                and (e.active == (None, None) or not e.country or e.country in countries)]
        if len(fits) == 1:
            keys[(m.span, m.kind)] = fits[0].key
        else:
            unbound.setdefault(m.key, []).append(m)
    for group in unbound.values():
        # the article said these mentions are one force ("Coalition forces", "the U.S.-led
        # coalition"): they stay one, under the fullest of their names
        fullest = max(group, key=lambda m: len(name_key(m.name or m.surface)))
        for m in group:
            keys[(m.span, m.kind)] = slug(" ".join(name_key(fullest.name or fullest.surface)))
    return keys


def _place_country(gaz, place: str | None) -> str | None:
    entry = gaz.get(Kind.PLACE, place) if place else None
    return entry.country if entry else None
