"""The English extractor: rules over English news text, language knowledge in
``data/lang/en/*.json``, names from the gazetteer.

Reading order (one module each): :mod:`.english_text` (sentences, quotations, page furniture),
:mod:`.english_entities` (names), :mod:`.english_coref` (roles; one name per thing),
:mod:`.english_quotes` (statements), :mod:`.english_claims` (handovers); dates and numbers come
from the shared :mod:`.dates` and :mod:`.quantities`. This module runs them and merges the
handover drafts of an article into one claim per real handover.
"""
from __future__ import annotations

from ..model import (Article, DateValue, Extraction, HandoverClaim, Kind, Mention, Quantity, Span,
                     StatementClaim)
from ..normalise import name_key
from . import Resources, register_extractor
from .english_claims import INDEF, Claims, Draft, base_key
from .english_coref import Naming, people
from .english_entities import Cand, Finder
from .english_names import GazIndex, Lexicon, match_phrase
from .english_quotes import Quotes, Said
from .english_text import Sentence, segment


@register_extractor("english-rules")
class EnglishExtractor:
    languages = frozenset({"en"})
    needs = frozenset({"gazetteer", "lexicon:en"})
    gives = frozenset({"mentions", "handovers", "statements", "published"})

    def __init__(self, resources: Resources):
        self.lexicon = resources.get("lexicon:en")
        self.lex = Lexicon(self.lexicon)
        self.gi = GazIndex(resources.get("gazetteer"))
        self.finder = Finder(self.lex, self.gi)

    def __call__(self, article: Article) -> Extraction:
        text = article.text
        sents = segment(text, self.lex.raw)
        naming = Naming(self.finder)
        per: list[list[Cand]] = []
        last_base: Cand | None = None
        for s in sents:
            cands = self.finder.find(s)
            naming.acronym_cands(s, cands)
            people(s, cands, self.finder)
            named = [c for c in cands if naming.name(c)]
            for c in named:
                if c.kind is Kind.BASE:
                    if last_base is not None and _renamed(s, c) and _ident(c) != _ident(last_base):
                        # "the camp was renamed Camp X": the new name of the base named before
                        c.key, c.name = last_base.key, last_base.name or last_base.surface
                    last_base = c
            naming.acronym_cands(s, named, after=True)      # an acronym defined in this very sentence
            naming.note_longforms(s, named)
            per.append(named)
        naming.unify_missions()
        naming.unify_coalitions()
        naming.unify_suffixes()
        quotes = Quotes(self.finder, naming)
        for s, cands in zip(sents, per):
            quotes.sentence(s, cands)
        claims = Claims(self.finder, naming)
        for s, cands in zip(sents, per):
            claims.sentence(s, cands)
        if claims.denied:
            claims.drafts = [d for d in claims.drafts
                             if not (isinstance(d.base, Cand) and base_key(d.base) in claims.denied)]
        when = _When(text, self.lexicon, bool(claims.drafts))
        groups = merge(claims.drafts, sents, per, when, self.lex, claims.blocked, self.gi.national, self.gi,
                       claims.town_drafts)
        return _extraction(article, sents, per, groups, quotes.out, when)


_RENAMED = frozenset({"renamed", "rebaptised", "rebaptized", "rechristened"})


def _renamed(s: Sentence, c: Cand) -> bool:
    """Is the base name at ``c`` given as the new name of a base (``was renamed X``, ``renamed as X``,
    ``now called X``)?"""
    toks = s.toks
    k = c.a - 1
    if k >= 0 and toks[k].low == "as":
        k -= 1
    if k >= 0 and toks[k].low in _RENAMED:
        return True
    return k >= 1 and toks[k].low in ("called", "named", "known") and toks[k - 1].low == "now"


# --- dates and numbers (the shared matchers), fetched only as far as needed ----------------------

class _When:
    def __init__(self, text: str, lexicon: dict, need: bool):
        from .dates import context_year_of, find_dates, find_weekdays, publication_date
        from .quantities import find_quantities

        self.published = publication_date(text, "en", lexicon)
        self.dates: list[DateValue] = []
        self.weekdays: list[tuple[int, Span]] = []
        self.quantities: list[Quantity] = []
        if not need:
            return
        anchor = self.published.as_date() if self.published else None
        cy = self.published.year if self.published else context_year_of(text, "en", lexicon)
        self.dates = [d for d in find_dates(text, "en", lexicon, anchor=anchor, context_year=cy)
                      if d.month and d.day and (self.published is None or d.span != self.published.span)]
        if anchor is None:
            self.weekdays = find_weekdays(text, "en", lexicon)
        self.quantities = find_quantities(text, "en", lexicon)


# --- merging drafts into claims -------------------------------------------------------------------

def _ident(c: Cand) -> tuple:
    return ("key", c.key) if c.key else ("name", name_key(c.name or c.surface))


class _Group:
    """The drafts of one article about one base: they become one claim."""

    def __init__(self, base: Cand):
        self.base = base
        self.drafts: list[Draft] = []
        self.giver: Cand | None = None
        self.receiver: Cand | None = None
        self.claim: HandoverClaim | None = None

    @property
    def main(self) -> bool:
        return any(not d.after for d in self.drafts)


def _date_in(d: Draft, when: _When, lex: Lexicon) -> tuple[DateValue | None, int | None]:
    s = d.sent
    toks = s.toks
    lo, hi = toks[d.a].start, toks[d.b - 1].end
    trig = toks[d.t].start
    right = toks[(d.right or d.b) - 1].end
    left = toks[d.left or d.a].start
    if d.seg is not None:
        # one base of a list: the words of its own conjunct (else a date before the trigger)
        right = toks[d.seg[1] - 1].end if d.seg[1] > d.seg[0] else right
        trig = max(trig, toks[d.seg[0]].start)

    def usable(span: Span) -> bool:
        if not (lo <= span.start < hi):
            return False
        k = next((t.i for t in toks if t.start <= span.start < t.end or t.start >= span.start), None)
        if k is not None and k in s.attrib:
            return False
        # a date right after a reporting verb dates the statement, not the handover
        j = k - 1 if k is not None else -1
        while j >= 0 and toks[j].low in ("on", "in", "a", "statement", "last", "this", "earlier"):
            j -= 1
        return not (j >= 0 and toks[j].low in lex.report_verbs and not toks[j].cap)

    dates = [x for x in when.dates if usable(x.span)]
    after = [x for x in dates if trig <= x.span.start < right]
    if not after and d.conj and d.seg is not None and d.seg != d.conj[-1]:
        # "handed over A and B to the army on Sunday": a date only the last conjunct carries is
        # shared by all (unless another conjunct has its own)
        last = d.conj[-1]
        ends = [(toks[x[0]].start, toks[max(x[1], x[0] + 1) - 1].end) for x in d.conj]
        own = [x for x in dates if any(lo_ <= x.span.start < hi_ for lo_, hi_ in ends[:-1])]
        if not own:
            after = [x for x in dates if ends[-1][0] <= x.span.start < ends[-1][1]] if last[1] > last[0] else []
    if d.left > d.a:
        # a second trigger of the sentence: a date before it but before an "and" too belongs to
        # the clause before ("left A on June 29, and B left C days earlier")
        cut = max((t.start for t in toks[d.left:d.t] if t.low in ("and", "but", "while", "whereas")), default=left)
        left = max(left, cut)
    before = [x for x in dates if left <= x.span.start < min(trig, toks[d.t].start + 1)]
    date = (after or before[-1:] or [None])[0]
    wd = None
    if date is None and when.weekdays:
        wds = [(w, sp) for w, sp in when.weekdays if usable(sp)]
        aft = [w for w, sp in wds if trig <= sp.start < right]
        bef = [w for w, sp in wds if left <= sp.start < trig]
        wd = (aft or bef[-1:] or [None])[0]
    return date, wd


def merge(drafts: list[Draft], sents: list[Sentence], per: list[list[Cand]], when: _When,
          lex: Lexicon, blocked: set = frozenset(), national: dict | None = None, gi=None,
          towns: list[Draft] = ()) -> list[_Group]:
    """One group (and claim) per base; indefinite bases join the handover the article is about."""
    groups: dict[tuple, _Group] = {}
    order: list[_Group] = []
    for d in drafts:
        if d.base is INDEF:
            continue
        g = groups.get(_ident(d.base))
        if g is None:
            g = groups[_ident(d.base)] = _Group(d.base)
            order.append(g)
        g.drafts.append(d)
    mains = [g for g in order if g.main]
    if not mains and any(d.base is INDEF for d in drafts):
        # "a hilltop outpost was vacated … The site, which troops called Camp Y, …": the base the
        # article names that way
        named: dict[tuple, Cand] = {}
        linked: dict[tuple, Cand] = {}
        for s, cands in zip(sents, per):
            for c in cands:
                if c.kind is Kind.BASE and base_key(c) not in blocked:
                    named.setdefault(_ident(c), c)
                    if _named_as(s, c, lex):
                        linked.setdefault(_ident(c), c)
        # a base introduced by "known as"; else the only base the article names (none said to be
        # handed over only later)
        named = linked or named
        if len(named) == 1:
            g = _Group(next(iter(named.values())))
            order.append(g)
            mains.append(g)
        elif not named and towns:
            # "pulled out of the town of X … the soldiers left the compound": the base is X's
            g = _Group(towns[0].base)
            g.drafts.extend(d for d in towns if _ident(d.base) == _ident(towns[0].base))
            order.append(g)
            mains.append(g)
    for d in drafts:
        if d.base is not INDEF:
            continue
        same = [g for g in mains if any(x.sent is d.sent and not x.after for x in g.drafts)]
        target = same[0] if same else (mains[0] if len(mains) == 1 else None)
        if target is None:
            later = [g for g in mains if any(0 <= x.sent.index - d.sent.index <= 3 for x in g.drafts)]
            target = later[0] if later else None
        if target is not None:
            target.drafts.append(d)
    order = _fold_headlines(order, sents, per)
    for g in order:
        g.drafts.sort(key=lambda x: (x.sent.index, x.t))
    owner = {id(d): g for g in order for d in g.drafts}
    out = []
    for g in order:
        body = [d for d in g.drafts if not d.sent.title] + [d for d in g.drafts if d.sent.title]
        giver = next((d.giver for d in body if d.giver is not None), None)
        receiver = next((d.receiver for d in body if d.receiver is not None), None)
        if g.drafts[0].after and not g.main:
            src = owner.get(id(g.drafts[0].after_of))
            if src is not None:
                giver = giver or next((d.giver for d in src.drafts if d.giver is not None), None)
                receiver = receiver or next((d.receiver for d in src.drafts if d.receiver is not None), None)
        if giver is not None and receiver is not None and _same(giver, receiver):
            receiver = None
        date = wd = None
        for d in body:
            if not d.after or d.seg is not None:
                dv, w = _date_in(d, when, lex)
                if dv is not None and (date is None or (dv.iso and not date.iso)):
                    date = dv                   # the first date read, a full one before a partial one
                if w is not None and wd is None:
                    wd = w
        first = body[0]                     # the words the claim is read from: the body before a headline
        span = Span(first.sent.toks[first.a].start, first.sent.toks[first.b - 1].end)
        claim = HandoverClaim(base=None, span=span, trigger=first.trigger, date=date,  # base: see _extraction
                              weekday=wd if date is None else None)
        g.giver, g.receiver, g.claim = giver, receiver, claim
        out.append(g)
    _relative_dates(out, when, lex)
    _default_givers(out, sents, per, lex)
    _numbers(out, sents, when, lex, per, national, gi)
    return out


def _relative_offset(toks, a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """``five days later``, ``a week after``, ``two weeks on``, ``the next day``, ``the following
    week``, ``two days earlier`` in tokens ``[a, b)``: (days, token index) or None."""
    words = lex.raw.get("number_words", {})
    for k in range(a, b - 1):
        t, u = toks[k], toks[k + 1]
        unit = lex.rel_units.get(u.low)
        if unit is None:
            continue
        if t.low in lex.rel_next and k > a and toks[k - 1].low == "the":
            return unit, k - 1
        n = 1 if t.low in ("a", "an") else words.get(t.low) or (int(t.text) if t.text.isdigit() and len(t.text) < 3 else None)
        rel = toks[k + 2].low if n and k + 2 < min(b + 1, len(toks)) else None
        if rel in lex.rel_after or rel in lex.rel_before:
            if rel in ("after", "before") and k + 3 < len(toks) and toks[k + 3].word and not toks[k + 3].cap \
                    and toks[k + 3].low not in ("that", "this"):
                continue                        # "a week after the ceremony": another anchor than a handover
            return (n * unit if rel in lex.rel_after else -n * unit), k
    return None


def _relative_dates(out, when, lex: Lexicon) -> None:
    """A handover dated only relative to the one told before it (``Dhobley followed five days
    later``, ``… came next, a week after``, ``the next day it left Y``): that one's date plus the
    offset. Only a full date anchors, and only one told before the relative words."""
    from datetime import timedelta
    dated = [g.claim.date for g in out if g.claim.date is not None and g.claim.date.iso]
    if not dated:
        return
    for g in out:
        if g.claim.date is not None:
            continue
        for d in g.drafts:
            if d.after:
                continue
            toks = d.sent.toks
            hit = _relative_offset(toks, d.a, d.b, lex)
            if hit is None:
                continue
            days, k = hit
            at = toks[k].start
            prev = [x for x in dated if x.span.end <= at]
            if not prev:
                continue
            anchor = max(prev, key=lambda x: x.span.start)
            day = anchor.as_date() + timedelta(days=days)
            end = toks[min(k + 2, len(toks) - 1)].end
            g.claim.date = DateValue(day.year, day.month, day.day, Span(at, end), d.sent.text[at:end],
                                     anchor.year_inferred)
            g.claim.weekday = None
            break


def _fold_headlines(order: list[_Group], sents, per) -> list[_Group]:
    """A headline names the base its own way (``Army quits northern airfield``) and the body never
    uses that name: with one handover in the body, by the same giver, the headline tells it."""
    body_ids = {_ident(c) for s, cands in zip(sents, per) if not s.title for c in cands if c.kind is Kind.BASE}
    body = [g for g in order if any(not d.sent.title and not d.after for d in g.drafts)]
    if len(body) != 1:
        return order
    target = body[0]
    tgiver = next((d.giver for d in target.drafts if d.giver is not None), None)
    out = []
    for g in order:
        if g is not target and all(d.sent.title for d in g.drafts) and _ident(g.base) not in body_ids:
            giver = next((d.giver for d in g.drafts if d.giver is not None), None)
            if giver is None or tgiver is None or _same(giver, tgiver) or (
                    giver.key is not None and giver.key == tgiver.key):
                target.drafts.extend(g.drafts)
                ident = _ident(g.base)
                for s, cands in zip(sents, per):
                    for c in cands if s.title else ():
                        if c.kind is Kind.BASE and _ident(c) == ident:
                            c.key, c.name = target.base.key, target.base.name or target.base.surface
                continue
        out.append(g)
    return out


def _named_as(s: Sentence, c: Cand, lex: Lexicon) -> bool:
    """Is ``c`` given as the name of a base just described (``known as X``, ``the camp, X,``)?"""
    toks = s.toks
    a = c.a
    if a >= 2 and match_phrase(lex.base_links, toks, a - 2) == a:
        return True
    if a >= 3 and match_phrase(lex.base_links, toks, a - 3) == a:
        return True
    return a >= 2 and toks[a - 1].text == "," and match_phrase(lex.base_anaphors, toks, a - 2) == a - 1


def _same(a: Cand, b: Cand) -> bool:
    return _ident(a) == _ident(b)


def _default_givers(out: list[_Group], sents, per, lex: Lexicon) -> None:
    """A claim that names no giver. An article about one handover: the force it shows
    withdrawing. Several handovers: the one giver the article names, but only when they read as
    one campaign by one actor (coordinated in one sentence, or told as a series: "also",
    "another", "the second base", "its last installation"); otherwise the giver stays unknown."""
    missing = [g for g in out if g.giver is None]
    if not missing:
        return
    givers: dict[tuple, Cand] = {}
    for g in out:
        if g.giver is not None:
            givers.setdefault(_ident(g.giver), g.giver)
    mains = [g for g in out if g.main]
    if len(givers) == 1:
        only = next(iter(givers.values()))
        with_giver = [g for g in out if g.giver is not None]
        series = any(_series(d.sent, lex) for g in out for d in g.drafts)
        for g in missing:
            shared = any(d.sent is x.sent for d in g.drafts for h in with_giver for x in h.drafts)
            if shared or series:
                g.giver = only
    missing = [g for g in out if g.giver is None]
    # the bases of one list under one trigger ("the closure of A and of B") are one handover here
    events = {(d.sent.index, d.t) for h in mains for d in h.drafts[:1]}
    if not missing or not mains or len(events) != 1 or givers:
        return
    g = mains[0]
    if any(h.giver is not None for h in mains):
        return
    counts: dict[tuple, list] = {}
    for s, cands in zip(sents, per):
        if s.lows.isdisjoint(lex.withdrawal_ctx):
            continue
        for c in cands:
            if c.kind is Kind.FORCE:
                counts.setdefault(_ident(c), []).append(c)
    ranked = sorted((v for k, v in counts.items() if g.receiver is None or k != _ident(g.receiver)),
                    key=lambda v: -len(v))
    for h in mains:
        if ranked and (h.receiver is None or _ident(h.receiver) != _ident(ranked[0][0])):
            h.giver = ranked[0][0]


def _series(s: Sentence, lex: Lexicon) -> bool:
    """Does the sentence tell its handover as one of a series (``also``, ``another``, ``the
    third base``, ``its last outpost``, ``the latest such transfer``)?"""
    toks = s.toks
    for k, t in enumerate(toks):
        lo = t.low
        if lo in lex.series_words:
            return True
        if lo in lex.ordinals and k + 1 < len(toks) and (
                match_phrase(lex.base_common, toks, k + 1) or toks[k + 1].low == "such" or toks[k + 1].cap
                or toks[k + 1].low in lex.base_adj or toks[k + 1].low in lex.nouns):
            return True
    return False


def _mentions(cands, force: Cand, country_of: dict) -> bool:
    """Does a sentence with these names speak of ``force`` (by name, or by its country)?"""
    ident = _ident(force)
    place = force.place or country_of.get(force.key or "")
    for c in cands:
        if _ident(c) == ident or (place and (c.place or country_of.get(c.key or "")) == place):
            return True
    return False


def _numbers(out, sents: list[Sentence], when: _When, lex: Lexicon, per=None, national=None, gi=None) -> None:
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
                        and not _peak(d.sent, q, lex) and not _casualties(d.sent, q, lex):
                    claim.troops = q
                elif q.unit == "USD" and claim.equipment_usd is None and _equipment(d.sent, q, lex):
                    claim.equipment_usd = q
    mains = [g for g in out if g.main]
    if not mains:
        return
    focus = _focus(out, sents, lex)
    lex_national = national or {}
    country_of = {v: k for k, v in lex_national.items()}
    cands_of = {s.index: c for s, c in zip(sents, per or [[] for _ in sents])}
    ctx = set()
    for i, s in enumerate(sents):
        if not (s.lows.isdisjoint(lex.withdrawal_ctx) and s.lows.isdisjoint(lex.trigger_words)):
            ctx.add(s.index)
            if i + 1 < len(sents):
                ctx.add(sents[i + 1].index)
    countries = {g: _country(g.base, gi) for g in mains}
    for g in mains:
        claim = g.claim
        if claim.troops is None:
            governed, stationed = [], []
            for q in when.quantities:
                s = sent_of(q)
                if q.unit != "troops" or s is None or s.title:
                    continue
                about = _about(s, g, mains, focus, countries, cands_of.get(s.index, ()), gi)
                if not about:
                    continue
                names = cands_of.get(s.index, ())
                home = countries.get(g)
                if g.giver is not None and not _mentions(names, g.giver, country_of) and any(
                        c.kind is Kind.FORCE or (c.kind is Kind.PLACE and c.place in lex_national and c.place != home)
                        for c in names):
                    continue                    # a figure about some other force (or country)
                if _planned(s, q, lex) or _peak(s, q, lex) or _mission_wide(s, q, lex) or _casualties(s, q, lex):
                    continue                    # a plan, a deadline, a peak strength, the whole mission, the dead
                if _governed(s, q, lex):
                    governed.append(q)
                elif (s.index in ctx or _remaining(s, q, lex)) and _stationed(s, q, lex) \
                        and not _earlier(s, q, lex) and not _shared_country(s, q, g, mains, countries, names, gi):
                    stationed.append(q)
            pick = governed or stationed
            if pick:
                claim.troops = pick[0]
        if claim.equipment_usd is None:
            for q in when.quantities:
                s = sent_of(q)
                if q.unit != "USD" or s is None or not _equipment(s, q, lex):
                    continue
                if not _about(s, g, mains, focus, countries, cands_of.get(s.index, ()), gi, country=False):
                    continue
                if not (s.lows.isdisjoint(lex.withdrawal_ctx) and s.lows.isdisjoint(lex.trigger_words)):
                    claim.equipment_usd = q
                    break


def _focus(out, sents: list[Sentence], lex: Lexicon) -> dict[int, "_Group"]:
    """The handover each sentence is about when it names no base: the one read last."""
    first = {}
    for g in out:
        for d in g.drafts:
            if not d.after:
                first.setdefault(d.sent.index, g)
    focus, cur = {}, None
    for s in sents:
        cur = first.get(s.index, cur)
        focus[s.index] = cur
    return focus


def _country(base: Cand, gi) -> str | None:
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


def _about(s: Sentence, g: "_Group", mains, focus, countries, names, gi, country: bool = True) -> bool:
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


_STATUS = frozenset({"stationed", "deployed", "based", "present", "serving", "remained", "remain", "remaining",
                     "posted", "garrisoned", "positioned", "assigned", "housed", "hosted"})
_WIDE = frozenset({"country", "region", "continent", "sahel", "nation", "theatre", "theater"})
_PEAK = frozenset({"peak", "height", "once", "maximum", "formerly", "previously", "originally", "initially"})


def _stationed(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``some 700 troops were still stationed at the airfield``, ``with 90 soldiers posted there``."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), None)
    if k is None:
        return False
    for j, t in enumerate(toks[k:k + 9], k):
        if t.text in (";",) or t.low in ("while", "whereas"):
            return False
        if t.low in _STATUS:
            # "600 soldiers had been based in the country": the national deployment, not the base's
            nxt = [x.low for x in toks[j + 1:j + 4]]
            return not (nxt[:1] and nxt[0] in ("in", "across", "throughout") and nxt[1:3] and (
                nxt[1] in _WIDE or (nxt[1] == "the" and nxt[2:3] and nxt[2] in _WIDE)))
    if any(t.low in _STATUS for t in toks[max(0, k - 3):k]):
        return True                             # "which had hosted around 200 soldiers"
    return any(t.low in ("of", "with") for t in toks[max(0, k - 2):k]) and any(
        t.low in _STATUS for t in toks[max(0, k - 8):k])


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
        if t.low in _STATUS and after[j + 1].low in ("in", "across", "throughout"):
            at = after[j + 2].i if j + 2 < len(after) else None
            if at is None:
                return None
            return next((c.place for c in names if c.kind is Kind.PLACE and c.a in (at, at + 1)
                         and gi.place_kind.get(c.place) == "country"), None)
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
    after = toks[k:k + 8]
    return any(t.low == "by" and i + 1 < len(after) and (after[i + 1].low in ("the", "end") or after[i + 1].text[:1].isdigit()
                                                          or after[i + 1].cap) for i, t in enumerate(after))


_IRREALIS = frozenset({"mandating", "mandate", "mandated", "require", "required", "requiring", "requires",
                       "calls", "calling", "demand", "demanding", "target", "reduce", "reducing", "cut", "cap"})


def _governed(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``the final 60 marines departed`` / ``pulled out 250 soldiers`` / ``90 soldiers, who had
    guarded the gate, went home``: a withdrawal verb governs the figure."""
    toks = s.toks
    n = len(toks)
    k = next((t.i for t in toks if t.start >= q.span.start), None)
    if k is None:
        return False
    if any(t.low in lex.troop_governors for t in toks[max(0, k - 3):k]):
        return True
    j, seen = k, 0
    while j < n and seen < 8:
        t = toks[j]
        if t.text == ",":
            # past an aside about the soldiers (", who had trained …,", ", part of a task group,")
            # when the sentence goes on with their verb
            close = next((x for x in range(j + 2, min(n, j + 25)) if toks[x].text == ","), None)
            if close is None or close + 1 >= n or not toks[close + 1].word or toks[close + 1].cap:
                return False
            j = close + 1
            continue
        if t.text in ";:" or t.low in ("while", "whereas"):
            return False
        if t.low in lex.troop_governors:
            return True
        if t.low in _HOMEWARD and j + 1 < n and (toks[j + 1].low == "home" or (
                toks[j + 1].low == "to" and j + 2 < n and (toks[j + 2].cap or (
                    toks[j + 2].low == "the" and j + 3 < n and toks[j + 3].cap)))):
            return True                          # "flew home", "returned to Denmark", "… to the Netherlands"
        j += 1
        seen += 1
    return False


_HOMEWARD = frozenset({"returned", "return", "returning", "flew", "fly", "flown", "went", "gone", "headed",
                       "sailed", "travelled", "traveled", "came", "sent", "shipped", "rotated", "redeployed"})


# --- the Extraction ----------------------------------------------------------------------------

class _Mentions:
    def __init__(self):
        self.memo: dict[int, Mention] = {}

    def __call__(self, c: Cand | None) -> Mention | None:
        if c is None:
            return None
        m = self.memo.get(id(c))
        if m is None:
            aff = self(c.aff) if c.aff is not None and c.aff is not c else None
            name = c.name if c.key is None else c.surface
            m = Mention(c.kind, c.surface, Span(c.start, c.end), key=c.key, name=name or c.surface,
                        role=c.role, affiliation=aff)
            self.memo[id(c)] = m
        return m


def _extraction(article: Article, sents, per, groups, said: list[Said], when: _When) -> Extraction:
    mk = _Mentions()
    mentions = [mk(c) for cands in per for c in cands]
    handovers = []
    for g in groups:
        claim = g.claim
        claim.base = mk(g.base)
        claim.from_force = mk(g.giver)
        claim.to_force = mk(g.receiver)
        handovers.append(claim)
    statements = []
    for st in said:
        if not isinstance(st.speaker, Cand):
            continue
        about = next((c for cands in per for c in cands if c.kind is Kind.BASE and st.start <= c.start < st.end), None)
        idx = next((i for i, g in enumerate(groups) if any(d.sent is st.sent for d in g.drafts)), None)
        statements.append(StatementClaim(quote=st.text, span=Span(st.start, st.end), kind=st.kind,
                                         speaker=mk(st.speaker), about=mk(about), about_handover=idx))
    return Extraction(article, mentions=mentions, handovers=handovers, statements=statements,
                      published=when.published)
