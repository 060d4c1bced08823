"""Troops withdrawn and the value of equipment left, read for the handovers of an English article
(the figures come from the shared :mod:`.quantities`; :mod:`.english` merges the drafts first).

A figure counts when a withdrawal verb governs it ("the last 60 marines departed", "were flown
out"), or when it is the strength stationed at the base as it was left ("the last 300 sailors still
at the base"); plans, deadlines, peaks, a whole mission's or country's strength, and the dead never do.
"""
from __future__ import annotations

import re

from ..model import Kind, Quantity
from .english_claim_draft import base_key, ident
from .english_entities import Cand
from .english_names import Lexicon
from .english_text import Sentence
# (holder_before is imported from here by the claims)
from .english_troop_verbs import STATUS, arrived, flown_out, governed, holder_before  # noqa: F401


def _mentions(cands, force: Cand, country_of: dict) -> bool:
    """Does a sentence with these names speak of ``force`` (by name, or by its country)?"""
    want = ident(force)
    place = force.place or country_of.get(force.key or "")
    for c in cands:
        if ident(c) == want or (place and (c.place or country_of.get(c.key or "")) == place):
            return True
    return False


def numbers(out, sents: list[Sentence], when, lex: Lexicon, per=None, national=None, gi=None) -> None:
    """Troops withdrawn and equipment value. A figure in a claim's own clause; else, for each
    handover, a troop figure that a withdrawal verb governs in a sentence about that base (or
    about its country, when the article names no other base there), then one said to be
    stationed there while it was being left; an equipment value said of the base in focus.
    Plans, peaks and other forces' figures are never taken; nothing found leaves it empty."""
    if not when.quantities:
        return
    bounds = [(s.start, s.end, s) for s in sents]

    def sent_of(q: Quantity):
        return next((s for a, b, s in bounds if a <= q.span.start < b), None)

    for g in out:
        claim = g.claim
        for d in g.drafts:
            if d.after:
                continue
            toks = d.sent.toks
            lo, hi = toks[d.a].start, toks[d.b - 1].end
            if d.seg is not None:
                lo, hi = toks[d.seg[0]].start, toks[max(d.seg[1], d.seg[0] + 1) - 1].end
            for q in when.quantities:
                if not (lo <= q.span.start < hi):
                    continue
                if q.unit == "troops" and claim.troops is None and not _planned(d.sent, q, lex) \
                        and not _peak(d.sent, q, lex) and not _casualties(d.sent, q, lex) \
                        and not arrived(d.sent, q, lex):
                    claim.troops = q
                elif q.unit == "USD" and claim.equipment_usd is None and _equipment(d.sent, q, lex):
                    claim.equipment_usd = q
    mains = [g for g in out if g.main]
    if not mains:
        return
    focus = _focus(out, sents, lex, per)
    lex_national = national or {}
    country_of = {v: k for k, v in lex_national.items()}
    cands_of = {s.index: c for s, c in zip(sents, per or [[] for _ in sents])}
    ctx = set()
    for i, s in enumerate(sents):
        if not (s.lows.isdisjoint(lex.withdrawal_ctx) and s.lows.isdisjoint(lex.trigger_words)) or flown_out(s):
            ctx.add(s.index)
            if i + 1 < len(sents):
                ctx.add(sents[i + 1].index)
    countries = {g: base_country(g.base, gi) for g in mains}
    for g in mains:
        claim = g.claim
        if claim.troops is None:
            gone, stationed = [], []
            for q in when.quantities:
                s = sent_of(q)
                if q.unit != "troops" or s is None or s.title:
                    continue
                about = _about(s, g, mains, focus, countries, cands_of.get(s.index, ()), gi)
                if not about:
                    continue
                names = cands_of.get(s.index, ())
                home = countries.get(g)
                # (names in an aside on whom the figure counts are the soldiers' origins, not
                # another force: "650 peacekeepers, many of them from Niger, left")
                aside = _make_up_aside(s, q, lex)
                others = [c for c in names if aside is None or not aside[0] <= c.a < aside[1]]
                if g.giver is not None and not _mentions(names, g.giver, country_of) and any(
                        (c.kind is Kind.FORCE and not _contingent(c, q, g, country_of)
                         and not _giver_unit(c, g, gi))
                        or (c.kind is Kind.PLACE and c.place in lex_national and c.place != home)
                        for c in others):
                    continue                    # a figure about some other force (or country)
                if _planned(s, q, lex) or _peak(s, q, lex) or _mission_wide(s, q, lex) or _casualties(s, q, lex) \
                        or arrived(s, q, lex):
                    continue                    # a plan, a deadline, a peak strength, the whole mission, the dead
                if governed(s, q, lex):
                    gone.append(q)
                elif (s.index in ctx or _remaining(s, q, lex)) and _stationed(s, q, lex) \
                        and not _earlier(s, q, lex) and not _shared_country(s, q, g, mains, countries, names, gi) \
                        and _in_country(s, q, names, gi) in ((None, home) if len(out) == 1 else (None,)):
                    stationed.append(q)
            pick = gone or stationed
            if pick:
                claim.troops = pick[0]
        if claim.equipment_usd is None:
            for q in when.quantities:
                s = sent_of(q)
                if q.unit != "USD" or s is None or not _equipment(s, q, lex):
                    continue
                if not _about(s, g, mains, focus, countries, cands_of.get(s.index, ()), gi, country=False):
                    continue
                # (equipment left, handed over, or given with the base: "gifted to X along with the base")
                if not (s.lows.isdisjoint(lex.withdrawal_ctx) and s.lows.isdisjoint(lex.trigger_words)
                        and s.lows.isdisjoint(lex.raw.get("equipment_gift_verbs", ()))):
                    claim.equipment_usd = q
                    break


_APPROXIMATE = frozenset({"some", "about", "nearly", "around", "roughly", "almost", "approximately", "over", "more",
                          "than", "under", "just", "up", "to", "fewer", "less", "at", "least", "most"})


_NUMBERED = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)


def _giver_unit(c: Cand, g, gi) -> bool:
    """``the 376th Expeditionary Wing``, ``the 3rd Brigade``: a numbered unit of no country of its
    own, where a state's forces give the base, is one of that state's units (not the receiver's),
    so its strength is the giver's."""
    if not any(_NUMBERED.match(w) for w in c.surface.split()):
        return False
    if force_country(c, gi) is not None or (g.receiver is not None and ident(c) == ident(g.receiver)):
        return False
    return g.giver is not None and force_country(g.giver, gi) is not None


def _contingent(c: Cand, q: Quantity, g, country_of: dict) -> bool:
    """``about 180 Pakistani troops`` where a multinational mission (no country's own forces) gives
    the base: the figure's own noun names the mission's national contingent, not another force."""
    giver, taker = g.giver, g.receiver
    if giver is None or giver.place or country_of.get(giver.key or "") or (
            isinstance(giver.head, tuple) and giver.head[0] == "national"):
        return False
    if taker is not None and ident(c) == ident(taker):
        return False
    toks = c.sent.toks
    return c.start >= q.span.start and all(not t.word or t.text[:1].isdigit() or t.low in _APPROXIMATE
                                           for t in toks if q.span.start <= t.start < c.start)


def _focus(out, sents: list[Sentence], lex: Lexicon, per=None) -> dict:
    """The handover each sentence is about when it names no base: the one read last, or the one
    whose base a later sentence names again (``B was handed over the same day. About 180 troops
    were at A … The mission also left behind …``: A's)."""
    first = {}
    for g in out:
        for d in g.drafts:
            if not d.after:
                first.setdefault(d.sent.index, g)
    by_base = {base_key(g.base): g for g in out if g.main}
    focus, cur = {}, None
    for s, cands in zip(sents, per or [()] * len(sents)):
        named = {by_base.get(base_key(c)) for c in cands if c.kind is Kind.BASE} - {None}
        named |= {g for g in by_base.values() if isinstance(g.base.head, str) and g.base.head in s.lows}
        if s.index in first:
            cur = first[s.index]
        elif len(named) == 1 and not s.title:
            cur = next(iter(named))
        focus[s.index] = cur
    return focus


def base_country(base: Cand, gi) -> str | None:
    """The country a base lies in (through the gazetteer's locatedIn, or its toponym's place)."""
    if gi is None:
        return None
    key = None
    if base.key and gi.gaz is not None:
        e = gi.gaz.get(Kind.BASE, base.key)
        key = e.located_in if e is not None else None
    if key is None and base.head and isinstance(base.head, str):
        key = gi.place_of(base.head)
    seen = 0
    while key is not None and seen < 5:
        if gi.place_kind.get(key) == "country":
            return key
        e = gi.gaz.get(Kind.PLACE, key) if gi.gaz is not None else None
        key = e.located_in if e is not None else None
        seen += 1
    return None


def force_country(c: Cand, gi) -> str | None:
    """The country a force stands for (its place, or the gazetteer's nationalForceOf)."""
    if gi is None:
        return None
    if c.place and gi.place_kind.get(c.place) == "country":
        return c.place
    e = gi.gaz.get(Kind.FORCE, c.key) if c.key and gi.gaz is not None else None
    return e.national_force_of if e is not None else None


def _about(s: Sentence, g, mains, focus, countries, names, gi, country: bool = True) -> bool:
    """Does sentence ``s`` speak of the group's base: it holds one of its drafts, names it, or
    refers to "the base" while it is the one in focus; or (``country``) it speaks of the base's
    country and the article names no other base there?"""
    if any(d.sent is s for d in g.drafts):
        return True
    others = [h for h in mains if h is not g]
    if any(d.sent is s for h in others for d in h.drafts):
        return False
    toks = s.toks
    head = g.base.head if isinstance(g.base.head, str) else None
    if head and any(t.low == head for t in toks):
        return True
    if any(isinstance(h.base.head, str) and any(t.low == h.base.head for t in toks) for h in others):
        return False
    if focus.get(s.index) is g:
        return True
    c = countries.get(g)
    if country and c and not any(countries.get(h) == c for h in others):
        return any(x.kind is Kind.PLACE and x.place == c for x in names)
    return False


_HEDGE_CHAIN = frozenset({"believed", "thought", "said", "estimated", "reported", "understood", "known",
                          "to", "have", "be", "been"})
_WIDE = frozenset({"country", "region", "continent", "sahel", "nation", "theatre", "theater", "province", "provinces",
                   "territory", "state", "district", "zone"})
_PEAK = frozenset({"peak", "height", "once", "maximum", "formerly", "previously", "originally", "initially"})


def _make_up_aside(s: Sentence, q: Quantity, lex: Lexicon) -> tuple[int, int] | None:
    """``650 peacekeepers, many of them from Niger, left …``: an aside set off by commas right after
    a figure's noun that says whom it counts, when the sentence goes on with the soldiers' verb:
    (its first token, its closing comma), else None."""
    toks = s.toks
    n = len(toks)
    e = next((t.i for t in toks if t.start >= q.span.end), n)
    op = next((x for x in range(e, min(n, e + 5)) if not toks[x].word), None)
    if op is None or toks[op].text != ",":
        return None
    close = next((x for x in range(op + 2, min(n, op + 16)) if toks[x].text in (",", ";")), None)
    if close is None or toks[close].text != "," or close + 1 >= n or not toks[close + 1].word \
            or toks[close + 1].cap:
        return None
    words = set(lex.raw.get("troop_make_up", ()))
    return (op + 1, close) if any(t.low in words for t in toks[op + 1:min(close, op + 5)]) else None


def _stationed(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``some 700 troops were still stationed at the airfield``, ``with 90 soldiers posted there``
    (past an aside on whom the figure counts: ``2,000 troops, mostly from X, were based at …``)."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), None)
    if k is None:
        return False
    aside = _make_up_aside(s, q, lex)
    # ("70 marines were believed to have been stationed there": a hedge of the reporter's lengthens
    # the verb, not the distance)
    reach = 9 + sum(1 for t in toks[k:k + 14] if t.low in _HEDGE_CHAIN)
    look = list(range(k, aside[0] - 1)) + list(range(aside[1] + 1, min(len(toks), aside[1] + 9))) \
        if aside else list(range(k, min(len(toks), k + reach)))
    for j in look:
        t = toks[j]
        if t.text in (";",) or t.low in ("while", "whereas") or (
                t.low in lex.modal and not t.cap and t.start >= q.span.end):
            return False                        # ("600 soldiers would be based there": a plan)
        if t.low in STATUS or (t.low == "still" and j + 1 < len(toks) and toks[j + 1].low in ("at", "in", "on", "inside")) \
                or (t.low in ("was", "were") and j + 1 < len(toks) and toks[j + 1].low in ("at", "inside")) \
                or (t.low in ("was", "were", "still") and _on_base(toks, j + 1, lex)):
            # ("the last 300 sailors still at the base", "about 180 troops were at X when …")
            # "600 soldiers had been stationed in the country": the national deployment, not the base's
            nxt = [x.low for x in toks[j + 1:j + 4]]
            return not (nxt[:1] and nxt[0] in ("in", "across", "throughout") and nxt[1:3] and (
                nxt[1] in _WIDE or (nxt[1] == "the" and nxt[2:3] and nxt[2] in _WIDE)))
    if any(t.low in STATUS for t in toks[max(0, k - 3):k]):
        return True                             # "which had hosted around 200 soldiers"
    if _held_at(s, q, lex):
        return True
    return any(t.low in ("of", "with") for t in toks[max(0, k - 2):k]) and any(
        t.low in STATUS for t in toks[max(0, k - 8):k])


def _on_base(toks, j: int, lex: Lexicon) -> bool:
    """``on the base``, ``on base``: a place of stay only before a base word (not ``on patrol``)."""
    if j >= len(toks) or toks[j].low != "on":
        return False
    at = j + 2 if j + 2 < len(toks) and toks[j + 1].low in ("the", "its", "their") else j + 1
    return at < len(toks) and toks[at].low in lex.raw.get("base_anaphors", ())


def _held_at(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``the wing still had some 500 airmen at the field``, ``with 300 troops left at the base``:
    the strength a force held at a place, by a verb of having and ``at`` / ``inside`` / ``there``
    (``in`` too, unless it names a whole country or region)."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), None)
    if k is None or not holder_before(toks, k, lex):
        return False
    e = next((t.i for t in toks if t.start >= q.span.end), len(toks))
    j = e
    while j < len(toks) and j - e < 3 and toks[j].word and toks[j].low not in ("at", "in", "inside", "there"):
        j += 1                                  # the troops' noun and its modifiers ("American airmen left")
    if j >= len(toks) or toks[j].low not in ("at", "in", "inside", "there"):
        return False
    if toks[j].low in ("at", "inside"):
        # "at the field", "at Camp X" (not "at the start of the year")
        at = j + 2 if j + 2 < len(toks) and toks[j + 1].low in ("the", "its", "their") else j + 1
        return at < len(toks) and (toks[at].cap or toks[at].low in lex.base_words)
    if toks[j].low == "in":
        # "has 12,000 soldiers left in the country", "… in Iraq": a country's or town's strength
        at = j + 2 if j + 2 < len(toks) and toks[j + 1].low == "the" else j + 1
        if at >= len(toks) or toks[at].low in _WIDE or toks[at].cap:
            return False
    return True


def _clause_after(s: Sentence, q: Quantity, n: int = 14):
    """The tokens after a figure, up to the end of its clause (at most ``n``)."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.end), len(toks))
    out = []
    for t in toks[k:k + n]:
        if t.text in (";", ":") or t.low in ("while", "whereas", "but"):
            break
        out.append(t)
    return out


def _earlier(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """A strength told of a time before the event: ``stationed there a decade ago``, ``deployed
    in the country before the coup``, ``had been based in the city prior to the withdrawal``."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    if any(t.low == "ago" for t in toks[max(0, k - 6):k]):
        return True                             # "Ten years ago, 1,200 soldiers were stationed there"
    after = _clause_after(s, q)
    for j, t in enumerate(after):
        if t.low == "ago":
            return True
        if t.low in lex.earlier_marks or (t.low == "prior" and j + 1 < len(after) and after[j + 1].low == "to"):
            nxt = after[j + 1:j + 5]
            if any(x.low in lex.event_nouns or x.low in lex.nouns or x.low in lex.withdrawal_ctx
                   or x.text[:1].isdigit() for x in nxt):
                return True
    return False


def _shared_country(s: Sentence, q: Quantity, g, mains, countries, names, gi) -> bool:
    """``1,000 troops were deployed in Niger`` where the article tells of two bases in Niger: the
    figure of the whole country is no one base's (it is, when the base is the only one there)."""
    c = _in_country(s, q, names, gi)
    return bool(c) and any(countries.get(h) == c for h in mains if h is not g)


def _in_country(s: Sentence, q: Quantity, names, gi) -> str | None:
    """``1,000 troops were deployed in Niger``: the country a figure is said to be stationed in."""
    if gi is None:
        return None
    after = _clause_after(s, q, 10)
    for j, t in enumerate(after[:-1]):
        if t.low in STATUS and after[j + 1].low in ("in", "across", "throughout"):
            at = after[j + 2].i if j + 2 < len(after) else None
            if at is None:
                return None
            # (a region too: "2,000 personnel are deployed in South Kivu" is no one base's strength)
            return next((c.place for c in names if c.kind is Kind.PLACE and c.a in (at, at + 1)
                         and gi.place_kind.get(c.place) in ("country", "region")), None)
    return None


def _mission_wide(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """A figure of a whole mission, not of a base: ``the mission's 3,000 personnel``, ``3,000
    personnel are leaving the mission``."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    before = toks[max(0, k - 4):k]
    for j, t in enumerate(before[:-1]):
        if t.low in lex.mission_nouns and before[j + 1].text in ("'s", "’s", "'", "’"):
            return True
    after = _clause_after(s, q, 8)
    for j, t in enumerate(after[:-2]):
        if t.low in lex.troop_governors and after[j + 1].low in ("the", "its", "their") \
                and after[j + 2].low in lex.mission_nouns:
            return True
    return False


def _casualties(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """A count of the dead, wounded or captured (``an assault killed eight soldiers``, ``12 troops
    were wounded``), not of those who left."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    e = next((t.i for t in toks if t.start >= q.span.end), len(toks))
    near = toks[max(0, k - 2):k] + [t for t in toks[e:e + 4] if t.text not in (",", ";")][:3]
    return any(t.low in lex.casualty_words for t in near)


def _remaining(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    return any(t.low in ("remained", "remaining", "last", "final") for t in toks[max(0, k - 3):k + 6])


def _peak(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """A strength at some earlier time: ``at its peak``, ``once hosted``, ``at the height of``."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    end = next((t.i for t in toks if t.start >= q.span.end), len(toks))
    lo = max(0, k - 10)
    while lo < k and any(toks[x].text in (";",) for x in range(lo, k)):
        lo += 1
    return any(t.low in _PEAK for t in toks[lo:end + 8])


def _equipment(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """Is a money figure the value of equipment left or handed over (not a cost, lease or budget)?"""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    near = toks[max(0, k - 6):k + 8]
    if any(t.low in lex.cost_words for t in near):
        return False
    return not s.lows.isdisjoint(lex.equipment_words)


def _planned(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """Is the figure part of a plan, a demand or a deadline rather than what happened?"""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    before = toks[max(0, k - 8):k]
    if any((t.low in lex.modal and not t.cap) or t.low in _IRREALIS for t in before):
        return True                         # ("May" the month is no modal)
    if any(t.low in lex.irrealis_nouns and any(x.low in ("for", "to") for x in before[j + 1:j + 3])
           for j, t in enumerate(before)):
        return True                         # "a deadline for cutting 2,000 soldiers", "plans to pull 500 troops"
    end = next((t.i for t in toks if t.start >= q.span.end), len(toks))
    if any(t.low in lex.modal and not t.cap for t in toks[end:end + 4]):
        return True                         # "the 900-strong contingent would leave in phases": not yet done
    after = toks[k:k + 8]
    return any(t.low == "by" and i + 1 < len(after) and (after[i + 1].low in ("the", "end") or after[i + 1].text[:1].isdigit()
                                                          or after[i + 1].cap) for i, t in enumerate(after))


_IRREALIS = frozenset({"mandating", "mandate", "mandated", "require", "required", "requiring", "requires",
                       "calls", "calling", "demand", "demanding", "target", "reduce", "reducing", "cut", "cap"})
