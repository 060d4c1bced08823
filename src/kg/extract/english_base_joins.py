"""When two base mentions of one English article are one base, and when not (used by
:class:`.english_coref.Naming`): a town is told by the word after its article (El Fasher, El
Geneina); the gazetteer tells the town a known base lies in; type words that say two kinds of
place keep two bases apart though one town names both."""
from __future__ import annotations

from ..model import Kind
from ..resolve_names import name_parts
from .english_entities import Cand
from .english_text import low_of


def toponym(toks, a: int, b: int, head: str, particles) -> str:
    """The word that tells a town (and the base named by it) from others: past an article that
    opens the name (``El Fasher`` and ``El Geneina``, ``Al Qaim`` and ``Al Rutba`` are two)."""
    for k in range(a, b - 1):
        if toks[k].low == head and head in particles and toks[k + 1].word and toks[k + 1].cap:
            return toks[k + 1].low
    return head


def gazetteer_town(gi, c: Cand, particles) -> str | None:
    """The town the gazetteer places a known base in (Camp X at Tindar: ``their base outside
    Tindar`` is Camp X), as a town is written in the text; not a country or region."""
    entry = gi.gaz.get(Kind.BASE, c.key) if c.key and gi.gaz is not None else None
    place = gi.gaz.get(Kind.PLACE, entry.located_in) if entry and entry.located_in else None
    if place is None or gi.place_kind.get(place.key) != "place" or not place.labels.get("en"):
        return None
    words = place.labels["en"].split()
    if len(words) > 1 and words[0].lower() in particles:
        words = words[1:]
    return low_of(words[0])


def other_kind(a: Cand, b: Cand) -> bool:
    """Do two bases' type words say two kinds of place (``Tarvo Army Airfield`` and ``the Tarvo
    headquarters``, ``Tarvo Palace`` and ``Tarvo airport``), as resolution tells them apart, though
    one town names both?"""
    if a.key is not None and a.key == b.key:
        return False
    ka, kb = name_parts(a.name or a.surface).concepts, name_parts(b.name or b.surface).concepts
    if _town_airport(a) and "air" not in kb or _town_airport(b) and "air" not in ka:
        return True                    # "Tarvo airport" is the town's, not "the base in Tarvo"
    return bool(ka and kb) and not (ka <= kb or kb <= ka)


def _town_airport(c: Cand) -> bool:
    return c.key is None and c.sent.toks[c.b - 1].low == "airport" and not c.sent.toks[c.b - 1].cap


def fold_title_bases(sents, per, lex) -> None:
    """A headline describes the base the story is about by its town or unit (``Army leaves Tarvo
    headquarters``, ``Peacekeepers hand over Tarvo base``) where the body names it (``… closed Camp
    X …``): a headline's one such description, which no body mention repeats, is the first base the
    body names (unless their type words say two kinds of place). Not beside a name in the headline
    (``… hand over Camp X, their last base in Tarvo``): an apposition, which says no more."""
    body = next((i for i, s in enumerate(sents) if not s.title), None)
    if body is None:
        return
    lead = sorted({s.para for s in sents[body:]})[:2]       # the lead: the story's own base
    bodies = [c for s, cands in zip(sents[body:], per[body:]) for c in cands if c.kind is Kind.BASE]
    titles = [c for s, cands in zip(sents[:body], per[:body]) for c in cands
              if c.kind is Kind.BASE and c.key is None and _described_by_type(c, lex)
              and not any(o.kind is Kind.BASE and o is not c and not _described_by_type(o, lex) for o in cands)
              and not any(_identity(b) == _identity(c) or (b.head == c.head and not other_kind(b, c))
                          for b in bodies)]
    if len({_identity(c) for c in titles}) != 1 or not bodies:
        return
    target = bodies[0]
    if target.sent.para not in lead or other_kind(titles[0], target) or (isinstance(target.head, str) and target.head in titles[0].sent.lows):
        return                         # (a headline naming the base too: "… hand over X, their base in Y")
    for c in titles:
        c.key, c.name = target.key, target.name or target.surface


def _identity(c: Cand) -> str:
    return c.key or (c.name or c.surface).lower()


def _described_by_type(c: Cand, lex) -> bool:
    """Is the base mention a town's or a unit's name with a base noun (``Tarvo base``, ``4th Division
    headquarters``, ``headquarters in Tarvo``), no designator's name (``Camp X``)?"""
    toks = c.sent.toks
    return "by_place" in c.flags or (toks[c.b - 1].low in lex.base_common and toks[c.a].low not in lex.base_before)
