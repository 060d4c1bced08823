"""``the army``, ``the armed forces``, ``the military`` in a story from one country.

News from a country at war calls its national army ``the army`` without naming the nation (``the
rebels took the headquarters of the army's general command``; ``the armed forces would not allow
any group to seize the state's weapons``). When the article names no nation's forces at all, such a
definite bare noun is the army of the one country its places lie in; with forces of any nation
named, a force named with that very noun (``Myanmar's military``, a country the gazetteer may not
know), a service of another country named in the text or in a base's name (``Marine Corps Air
Station Futenma``, ``the Royal Air Force``), or places in two countries, it may be theirs, and
nothing is said.
"""
from __future__ import annotations

from collections import Counter

from ..model import Kind
from .english_entity_cand import Cand
from .english_names import match_phrase
from .english_text import Sentence


def _country_of(gi, key: str) -> str | None:
    """The country a gazetteer place lies in (itself, for a country)."""
    seen = set()
    while key and key not in seen:
        seen.add(key)
        if gi.place_kind.get(key) == "country":
            return key
        entry = gi.gaz.get(Kind.PLACE, key) if gi.gaz is not None else None
        key = getattr(entry, "located_in", None)
    return None


def _home_country(sents: list[Sentence], gi) -> str | None:
    """The one country the article's places lie in: named at least twice, and at least three times
    as often as any other."""
    counts: Counter[str] = Counter()
    for s in sents:
        toks = s.toks
        i = 0
        while i < len(toks):
            m = gi.match(toks, i) if toks[i].cap else None
            if m and m[1].kind is Kind.PLACE:
                country = _country_of(gi, m[1].key)
                if country:
                    counts[country] += 1
                i = m[0]
                continue
            place = gi.place_of(toks[i].low) if toks[i].cap else None
            if place and gi.place_kind.get(place) == "country":
                counts[place] += 1
            i += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return ranked[0][0] if gi.national.get(ranked[0][0]) else None


def _foreign_service(sents: list[Sentence], per: list[list[Cand]], lex, gi, country: str) -> bool:
    """Does the article name a service of another country, in its words or in a base's name
    (``Marine Corps Air Station Futenma``, ``RAF Akrotiri``, ``the US Navy``)? A story about a foreign
    military's base in a host country: ``the military`` may be that country's."""
    services = {tuple(k.lower().split()): v for k, v in lex.raw.get("foreign_service_names", {}).items()}
    if not services:
        return False
    longest = max(len(k) for k in services)

    def foreign(words: list[str]) -> bool:
        for i in range(len(words)):
            for n in range(longest, 0, -1):
                owner = services.get(tuple(words[i:i + n]))
                if owner is not None and gi.place_of(owner) != country:
                    return True
        return False

    if any(foreign([t.low.replace(".", "") for t in s.toks]) for s in sents):
        return True
    return any(foreign((c.name or "").lower().replace(".", "").split()) for cands in per for c in cands
               if c.kind is Kind.BASE)


def home_army(sents: list[Sentence], per: list[list[Cand]], naming, lex, gi) -> None:
    """Give ``the army`` (``the armed forces``, ``the military``) of an article that names no nation's
    forces to the army of its one country (see the module's note)."""
    forces = [c for cands in per for c in cands if c.kind is Kind.FORCE]
    nationals = set(gi.national.values())
    if any(c.place or c.key in nationals or (c.head and c.head[0] == "national") for c in forces):
        return
    heads = lex.home_army_nouns
    found: list[tuple[int, int, int]] = []
    for k, s in enumerate(sents):
        toks = s.toks
        taken = {x for c in per[k] for x in range(c.a, c.b)}
        for i in range(len(toks) - 1):
            if toks[i].low != "the" or i + 1 in taken or toks[i + 1].cap:
                continue
            e = match_phrase(heads, toks, i + 1)
            if not e:
                continue
            nxt = toks[e] if e < len(toks) else None
            if nxt is not None and nxt.word and (nxt.low == "of" or not naming.finder._no_head(nxt)):
                continue                       # "the army of X", "the army chief", "the military police":
                #                                the noun must end its phrase ("the army had", "the army's")
            found.append((k, i, e))
    names = [x.lower().split() for c in forces for x in (c.name or "", c.surface)]
    found = [(k, a, e) for k, a, e in found
             if not any(n[-(e - a - 1):] == [t.low for t in sents[k].toks[a + 1:e]] for n in names)]
    if not found:
        return                                 # "Myanmar's military" named: "the military" is that force
    country = _home_country(sents, gi)
    if country is None or _foreign_service(sents, per, lex, gi, country):
        return
    for k, a, e in found:
        c = Cand(Kind.FORCE, sents[k], a, e, prio=2, place=country, head=("national", country))
        if naming.name(c):
            per[k].append(c)
            per[k].sort(key=lambda x: x.a)
