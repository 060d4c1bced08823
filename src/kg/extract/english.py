"""The English extractor: rules over English news text, language knowledge in
``data/lang/en/*.json``, names from the gazetteer.

Reading order (one module each): :mod:`.english_text` (sentences, quotations, page furniture),
:mod:`.english_entities` (names), :mod:`.english_coref` (roles; one name per thing),
:mod:`.english_quotes` (statements), :mod:`.english_claims` (handovers); dates and numbers come
from the shared :mod:`.dates` and :mod:`.quantities`. This module runs them and merges the
handover drafts of an article into one claim per real handover, dated here; its troop and
equipment figures are read by :mod:`.english_numbers`.
"""
from __future__ import annotations

from ..model import (Article, DateValue, Extraction, HandoverClaim, Kind, Mention, Quantity, Span,
                     StatementClaim)
from . import Resources, register_extractor
from .english_base_joins import fold_title_bases
from .english_claim_dates import ceremony_dates, event_date_at, relative_dates, respective_date
from .english_claim_defaults import default_givers, default_receivers, same_party
from .english_claim_draft import ident as _ident
from .english_claims import INDEF, Claims, Draft, base_key
from .english_coref import Naming
from .english_entities import Cand, Finder
from .english_force_variants import drop_people_only_forces, join_group_fighters, join_short_unit_names
from .english_group_anaphors import group_anaphors
from .english_home_army import home_army
from .english_names import GazIndex, Lexicon, match_phrase
from .english_numbers import numbers
from .english_quotes import Quotes, Said
from .english_roles import people
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
        self.former_cues = frozenset(self.lexicon.get("former_name_adverbs", ()))

    def __call__(self, article: Article) -> Extraction:
        text = article.text
        sents = segment(text, self.lex.raw)
        naming = Naming(self.finder)
        per: list[list[Cand]] = []
        last_base: Cand | None = None
        last_sent: Sentence | None = None
        for s in sents:
            cands = self.finder.find(s)
            naming.acronym_cands(s, cands)
            people(s, cands, self.finder)
            named = [c for c in cands if naming.name(c)]
            for c in named:
                if c.kind is Kind.BASE:
                    if last_base is not None and _ident(c) != _ident(last_base) and (
                            _renamed(s, c) or (last_sent is s and _former_of(s, c, last_base, self.former_cues))):
                        # "the camp was renamed Camp X", "Camp Y, formerly Camp X": another name of
                        # the base named before
                        c.key, c.name = last_base.key, last_base.name or last_base.surface
                    last_base, last_sent = c, s
            naming.acronym_cands(s, named, after=True)      # an acronym defined in this very sentence
            naming.note_longforms(s, named)
            per.append(named)
        fold_title_bases(sents, per, self.lex)
        naming.unify_missions()
        naming.unify_coalitions()
        naming.unify_suffixes()
        join_short_unit_names(naming.forces, self.lex.unit_heads)
        join_group_fighters(naming.forces)
        home_army(sents, per, naming, self.lex, self.gi)
        group_anaphors(sents, per, naming, self.lex, self.gi)
        quotes = Quotes(self.finder, naming)
        for s, cands in zip(sents, per):
            quotes.sentence(s, cands)
        claims = Claims(self.finder, naming)
        for s, cands in zip(sents, per):
            claims.sentence(s, cands)
        if claims.denied:
            claims.drafts = [d for d in claims.drafts
                             if not (isinstance(d.base, Cand) and base_key(d.base) in claims.denied)]
        body = next((s.toks[0].start for s in sents if not s.title and s.toks), len(text))
        when = _When(text, self.lexicon, bool(claims.drafts), body)
        groups = merge(claims.drafts, sents, per, when, self.lex, claims.blocked, self.gi.national, self.gi,
                       claims.town_drafts)
        _bodies_as_parties(groups, per)
        drop_people_only_forces(per, [c for g in groups for c in (g.giver, g.receiver)]
                                + [st.speaker for st in quotes.out if isinstance(st.speaker, Cand)])
        return _extraction(article, sents, per, groups, quotes.out, when)


def _bodies_as_parties(groups, per: list[list[Cand]]) -> None:
    """A body that gives or receives a base (``handed the camp to the Iraqi government``, ``the
    Ecuadorean authorities took over the airfield``) is a party holding the base: it is output as
    a force under all its names in the article, as the Arabic extractor does. A body that only
    speaks stays a body."""
    parties = {_ident(c) for g in groups for c in (g.giver, g.receiver)
               if c is not None and c.kind is Kind.ORGANIZATION}
    if not parties:
        return
    for cands in per:
        for c in cands:
            if c.kind is Kind.ORGANIZATION and _ident(c) in parties:
                c.kind = Kind.FORCE
    for g in groups:
        for c in (g.giver, g.receiver):
            if c is not None and c.kind is Kind.ORGANIZATION:
                c.kind = Kind.FORCE


_RENAMED = frozenset({"renamed", "rebaptised", "rebaptized", "rechristened"})


def _renamed(s: Sentence, c: Cand) -> bool:
    """Is the base name at ``c`` the new name of the base named before it (``was renamed X``,
    ``renamed as X``, ``now called X``)?"""
    toks = s.toks
    k = c.a - 1
    if k >= 0 and toks[k].low == "as":
        k -= 1
    if k >= 0 and toks[k].low in _RENAMED:
        return True
    return k >= 1 and toks[k].low in ("called", "named", "known") and toks[k - 1].low == "now"


def _former_of(s: Sentence, c: Cand, base: Cand, former_cues: frozenset[str]) -> bool:
    """Is the base name at ``c`` the old name of ``base``, named in this sentence right before it, a
    comma or bracket between them (``Camp Y, formerly X``, ``Camp Y (formerly known as X)``, ``Camp Y,
    previously called X``, ``Camp Y, the former X``)? (``… a nearby airfield, formerly X`` renames no
    base named earlier.)"""
    toks = s.toks
    k = c.a - 1
    if k >= 0 and toks[k].low == "as":
        k -= 1
    if k >= 1 and toks[k].low in ("called", "named", "known") and toks[k - 1].low in former_cues:
        start = k - 1
    elif k >= 0 and toks[k].low in former_cues and toks[k].low != "once":
        start = k                                      # ("once X" is a time: "once Camp X falls")
    elif k >= 1 and toks[k].low == "former" and toks[k - 1].low == "the":
        start = k - 1
    else:
        return False
    between = [t.text for t in toks[base.b:start]]
    return bool(between) and all(x in (",", "(") for x in between)


# --- dates and numbers (the shared matchers), fetched only as far as needed ----------------------

class _When:
    def __init__(self, text: str, lexicon: dict, need: bool, body: int | None = None):
        from .dates import context_year_of, find_dates, find_weekdays, publication_date
        from .quantities import find_quantities

        self.published = publication_date(text, "en", lexicon)
        self.dates: list[DateValue] = []
        self.weekdays: list[tuple[int, Span]] = []
        self.quantities: list[Quantity] = []
        if not need:
            return
        label = self.published
        if label is None and body:
            # a page's date label the publication reader did not take ("Mar. 22, 2014, 11:47 p.m. |
            # Ukraine"): a full date with its year above the first line of the body still says which
            # "Saturday" or "yesterday" the body means
            label = next((d for d in find_dates(text[:body], "en", lexicon)
                          if d.year and d.month and d.day and not d.year_inferred), None)
        anchor = label.as_date() if label else None
        cy = label.year if label else context_year_of(text, "en", lexicon)
        self.dates = [d for d in find_dates(text, "en", lexicon, anchor=anchor, context_year=cy)
                      if d.month and d.day and (label is None or d.span != label.span)]
        if anchor is None:
            self.weekdays = find_weekdays(text, "en", lexicon)
        self.quantities = find_quantities(text, "en", lexicon)


# --- merging drafts into claims -------------------------------------------------------------------

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
        return lo <= span.start < hi and event_date_at(s, span, lex)

    dates = [x for x in when.dates if usable(x.span)]
    own = respective_date(d, dates, toks)
    if own is not None:
        return own, None
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
    # ("left A on May 2 and B a day later, handing both to X": A's and B's dates are their own words)
    before = [] if d.resumed else [x for x in dates if left <= x.span.start < min(trig, toks[d.t].start + 1)]
    if before and after and _next_to_trigger(toks, before[-1].span, d.t, lex):
        after = []                          # "X on Sunday handed over Y ..., before the mandate ends on 31 May"
    date = (after or before[-1:] or [None])[0]
    wd = None
    if date is None and when.weekdays:
        wds = [(w, sp) for w, sp in when.weekdays if usable(sp)]
        aft = [w for w, sp in wds if trig <= sp.start < right]
        bef = [w for w, sp in wds if left <= sp.start < trig]
        wd = (aft or bef[-1:] or [None])[0]
    return date, wd


def _next_to_trigger(toks, span: Span, t: int, lex: Lexicon) -> bool:
    """Does a date stand right before the trigger (only adverbs and auxiliaries between), as wire
    copy puts the event's day between subject and verb (``France on Thursday handed over``)?"""
    k = t - 1
    while k >= 0 and (toks[k].low in lex.adverbs or toks[k].low in lex.be_aux or toks[k].low in ("had", "has", "have")):
        k -= 1
    return k >= 0 and toks[k].start < span.end <= toks[k].end


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
    order = _fold_headlines(_fold_full_names(order, sents, per), sents, per)
    for g in order:
        g.drafts.sort(key=lambda x: (x.sent.index, x.t))
    owner = {id(d): g for g in order for d in g.drafts}
    out = []
    for g in order:
        body = [d for d in g.drafts if not d.sent.title] + [d for d in g.drafts if d.sent.title]
        # the actors of the base's own handover before those of the one it is told after ("the
        # second camp handed over, after Camp X, which Danish troops vacated in 2010")
        own = [d for d in body if not d.after] + [d for d in body if d.after]
        giver = next((d.giver for d in own if d.giver is not None), None)
        receiver = next((d.receiver for d in own if d.receiver is not None), None)
        if g.drafts[0].after and not g.main:
            src = owner.get(id(g.drafts[0].after_of))
            if src is not None:
                giver = giver or next((d.giver for d in src.drafts if d.giver is not None), None)
                receiver = receiver or next((d.receiver for d in src.drafts if d.receiver is not None), None)
        if giver is not None and receiver is not None and same_party(giver, receiver):
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
    relative_dates(out, when, lex)
    ceremony_dates(out, sents, per, when, lex)
    relative_dates(out, when, lex)          # ("Earlier in the day, …" after a handover the lead dates)
    default_givers(out, sents, per, lex)
    default_receivers(out, sents, per, lex, gi)
    numbers(out, sents, when, lex, per, national, gi)
    return out


def _fold_full_names(order: list[_Group], sents, per) -> list[_Group]:
    """``Contingency Operating Site Marez`` once, ``Marez`` elsewhere: a base named in full (its
    designation, capitalised, before the name) and by its name alone is one base; the full name
    joins the short one's group (which may carry the gazetteer's key)."""
    out = []
    for g in order:
        full = (g.base.name or g.base.surface) if g.base.key is None else ""
        words = full.split()
        short = next((h for h in order if h is not g and len(words) > len(h.base.surface.split())
                      and full.lower().endswith(" " + h.base.surface.lower())
                      and len(h.base.surface) > 3 and h.base.surface[:1].isupper()), None) if words else None
        if short is not None and all(w[:1].isupper() for w in words):
            short.drafts.extend(g.drafts)
            ident = _ident(g.base)
            for cands in per:
                for c in cands:
                    if c.kind is Kind.BASE and _ident(c) == ident:
                        c.key, c.name = short.base.key, short.base.name or short.base.surface
            continue
        out.append(g)
    return out


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
            if giver is None or tgiver is None or same_party(giver, tgiver) or (
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
