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
from .english_claims import _INDEF, Claims, Draft
from .english_claims import _key as _claims_key
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
        for s in sents:
            cands = self.finder.find(s)
            naming.acronym_cands(s, cands)
            people(s, cands, self.finder)
            per.append([c for c in cands if naming.name(c)])
        quotes = Quotes(self.finder, naming)
        for s, cands in zip(sents, per):
            quotes.sentence(s, cands)
        claims = Claims(self.finder, naming)
        for s, cands in zip(sents, per):
            claims.sentence(s, cands)
        when = _When(text, self.lexicon, bool(claims.drafts))
        groups = merge(claims.drafts, sents, per, when, self.lex, claims.blocked, self.gi.national)
        return _extraction(article, sents, per, groups, quotes.out, when)


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
        return not (j >= 0 and toks[j].low in lex.report_verbs)

    dates = [x for x in when.dates if usable(x.span)]
    after = [x for x in dates if trig <= x.span.start < right]
    before = [x for x in dates if left <= x.span.start < trig]
    date = (after or before[-1:] or [None])[0]
    wd = None
    if date is None and when.weekdays:
        wds = [(w, sp) for w, sp in when.weekdays if usable(sp)]
        aft = [w for w, sp in wds if trig <= sp.start < right]
        bef = [w for w, sp in wds if left <= sp.start < trig]
        wd = (aft or bef[-1:] or [None])[0]
    return date, wd


def merge(drafts: list[Draft], sents: list[Sentence], per: list[list[Cand]], when: _When,
          lex: Lexicon, blocked: set = frozenset(), national: dict | None = None) -> list[_Group]:
    """One group (and claim) per base; indefinite bases join the handover the article is about."""
    groups: dict[tuple, _Group] = {}
    order: list[_Group] = []
    for d in drafts:
        if d.base is _INDEF:
            continue
        g = groups.get(_ident(d.base))
        if g is None:
            g = groups[_ident(d.base)] = _Group(d.base)
            order.append(g)
        g.drafts.append(d)
    mains = [g for g in order if g.main]
    if not mains and any(d.base is _INDEF for d in drafts):
        # "handed over a desert camp … The camp, known as Camp X, …": the base the article names so
        named: dict[tuple, Cand] = {}
        linked: dict[tuple, Cand] = {}
        for s, cands in zip(sents, per):
            for c in cands:
                if c.kind is Kind.BASE and _claims_key(c) not in blocked:
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
    for d in drafts:
        if d.base is not _INDEF:
            continue
        same = [g for g in mains if any(x.sent is d.sent and not x.after for x in g.drafts)]
        target = same[0] if same else (mains[0] if len(mains) == 1 else None)
        if target is None:
            later = [g for g in mains if any(0 <= x.sent.index - d.sent.index <= 3 for x in g.drafts)]
            target = later[0] if later else None
        if target is not None:
            target.drafts.append(d)
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
            if not d.after:
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
    _default_givers(out, sents, per, lex)
    _numbers(out, sents, when, lex, per, national)
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
    """A claim that names no giver (``the airbase was handed over to Niger's military``): the force
    the article shows withdrawing."""
    missing = [g for g in out if g.giver is None]
    if not missing:
        return
    givers = [g.giver for g in out if g.giver is not None]
    counts: dict[tuple, list] = {}
    for s, cands in zip(sents, per):
        if not any(t.low in lex.withdrawal_ctx for t in s.toks):
            continue
        for c in cands:
            if c.kind is Kind.FORCE:
                counts.setdefault(_ident(c), []).append(c)
    for g in missing:
        if givers:
            g.giver = givers[0]
            continue
        ranked = sorted((v for k, v in counts.items() if g.receiver is None or k != _ident(g.receiver)),
                        key=lambda v: -len(v))
        g.giver = ranked[0][0] if ranked else None


def _mentions(cands, force: Cand, country_of: dict) -> bool:
    """Does a sentence with these names speak of ``force`` (by name, or by its country)?"""
    ident = _ident(force)
    place = force.place or country_of.get(force.key or "")
    for c in cands:
        if _ident(c) == ident or (place and (c.place or country_of.get(c.key or "")) == place):
            return True
    return False


def _numbers(out, sents: list[Sentence], when: _When, lex: Lexicon, per=None, national=None) -> None:
    """Troops withdrawn and equipment value: a figure in a claim's clause, else (an article about
    one handover) a troop figure the article gives for the withdrawal."""
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
            for q in when.quantities:
                if not (lo <= q.span.start < hi):
                    continue
                if q.unit == "troops" and claim.troops is None and not _planned(d.sent, q, lex):
                    claim.troops = q
                elif q.unit == "USD" and claim.equipment_usd is None and any(
                        t.low in lex.equipment_words for t in toks[d.a:d.b]):
                    claim.equipment_usd = q
    mains = [g for g in out if g.main]
    if len(mains) != 1:
        return
    g = mains[0]
    claim = g.claim
    if claim.troops is None:
        ctx = set()
        for i, s in enumerate(sents):
            if any(t.low in lex.withdrawal_ctx for t in s.toks):
                ctx.add(s.index)
                if i + 1 < len(sents):
                    ctx.add(sents[i + 1].index)
        cands = []
        cands_of = {s.index: c for s, c in zip(sents, per)}
        lex_national = national or {}
        country_of = {v: k for k, v in lex_national.items()}
        for q in when.quantities:
            s = sent_of(q)
            if q.unit != "troops" or s is None or s.index not in ctx or s.title:
                continue
            names = cands_of.get(s.index, ())
            if g.giver is not None and not _mentions(names, g.giver, country_of) and any(
                    c.kind is Kind.FORCE or (c.kind is Kind.PLACE and c.place in lex_national) for c in names):
                continue                    # a figure about some other force (or country)
            if _planned(s, q, lex):
                continue                    # "mandating the withdrawal of 3,000 troops by December"
            cands.append((_governed(s, q, lex), _about_base(s, g, lex), q))
        # a figure said of the base before one said of the country; a figure that withdrew
        # ("300 soldiers left") before one that was there ("1,500 soldiers serving in Niger")
        near = [c for c in cands if c[1]] or cands
        gov = [q for ok, _, q in near if ok]
        if gov:
            claim.troops = gov[0]
        elif near:
            claim.troops = max((q for _, _, q in near), key=lambda q: q.value)
    if claim.equipment_usd is None:
        for q in when.quantities:
            s = sent_of(q)
            if q.unit != "USD" or s is None:
                continue
            if any(t.low in lex.equipment_words for t in s.toks) and any(
                    t.low in lex.withdrawal_ctx or t.low in lex.verbs for t in s.toks):
                claim.equipment_usd = q
                break


def _about_base(s: Sentence, g: _Group, lex: Lexicon) -> bool:
    """Does the sentence speak of the group's base (by name or as "the base")?"""
    if any(d.sent is s for d in g.drafts):
        return True
    toks = s.toks
    head = g.base.head
    for k, t in enumerate(toks):
        if head and t.low == head:
            return True
        if t.low in ("the", "this", "that") and match_phrase(lex.base_anaphors, toks, k + 1):
            e = match_phrase(lex.base_anaphors, toks, k + 1)
            if not toks[e - 1].low.endswith("s"):
                return True
    return False


def _planned(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """Is the figure part of a plan, a demand or a deadline rather than what happened?"""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), len(toks))
    before = toks[max(0, k - 8):k]
    if any(t.low in lex.modal or t.low in _IRREALIS for t in before):
        return True
    after = toks[k:k + 8]
    return any(t.low == "by" and i + 1 < len(after) and (after[i + 1].low in ("the", "end") or after[i + 1].text[:1].isdigit()
                                                          or after[i + 1].cap) for i, t in enumerate(after))


_IRREALIS = frozenset({"mandating", "mandate", "mandated", "require", "required", "requiring", "requires",
                       "calls", "calling", "demand", "demanding", "target", "reduce", "reducing", "cut", "cap"})


def _governed(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``the remaining 154 soldiers have left`` / ``withdrew 300 troops``."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.start), None)
    if k is None:
        return False
    before = toks[max(0, k - 3):k]
    after = toks[k:k + 7]
    return any(t.low in lex.troop_governors for t in before) or any(t.low in lex.troop_governors for t in after)


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
