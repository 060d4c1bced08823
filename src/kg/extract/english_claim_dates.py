"""Dates of handovers told beside the trigger's own words: a list dated ``respectively``, a date
relative to the handover told before (``five days later``, ``on the same day``), and the ceremony or
flag-lowering a report tells in a sentence of its own (``The ceremony took place on Saturday at
Camp X``, ``The ensign was lowered over the port on Thursday``)."""
from __future__ import annotations

from ..model import DateValue, Kind, Span
from .english_claim_draft import Draft, base_key
from .english_names import Lexicon
from .english_text import Sentence


def event_date_at(s: Sentence, span: Span, lex: Lexicon) -> bool:
    """May the date at ``span`` of sentence ``s`` date an event told there (not a quote's words,
    a plan's deadline, or the day a statement was made)?"""
    toks = s.toks
    k = next((t.i for t in toks if t.start <= span.start < t.end or t.start >= span.start), None)
    if k is not None and k in s.attrib:
        return False
    # "a June 30 deadline", "the March 31 target date": the date of a plan
    nxt = next((t for t in toks if t.start >= span.end), None)
    if nxt is not None and nxt.low in lex.irrealis_nouns:
        return False
    # a date right after a reporting verb dates the statement, not the handover
    j = k - 1 if k is not None else -1
    while j >= 0 and toks[j].low in ("on", "in", "a", "statement", "last", "this", "earlier"):
        j -= 1
    return not (j >= 0 and toks[j].low in lex.report_verbs and not toks[j].cap)


def respective_date(d: Draft, dates: list[DateValue], toks) -> DateValue | None:
    """``handed A and B to the army on 2 May and 9 May respectively``: as many dates as bases,
    closed by ``respectively``, pair off in order."""
    if not d.conj or d.seg not in d.conj:
        return None
    end = d.right or d.b
    resp = next((t for t in toks[d.conj[-1][0]:end] if t.low == "respectively"), None)
    if resp is None:
        return None
    last_start = toks[d.conj[-1][0]].start
    mine = [x for x in dates if last_start <= x.span.start < resp.start]
    if len(mine) != len(d.conj):
        return None
    return mine[d.conj.index(d.seg)]


def _ceremony(s: Sentence, lex: Lexicon) -> bool:
    """Does the sentence tell the ceremony or the flag-lowering that marks a handover?"""
    marks = lex.raw.get("ceremony_words", ())
    lows = s.lows
    if not lows.isdisjoint(marks):
        return True
    flags = lex.raw.get("flag_words", ())
    acts = lex.raw.get("flag_verbs", ())
    return not lows.isdisjoint(flags) and not lows.isdisjoint(acts)


def ceremony_dates(out, sents: list[Sentence], per, when, lex: Lexicon) -> None:
    """A handover whose own sentences give no date: the date of the ceremony (or flag-lowering)
    a sentence tells either at its base (``The ceremony took place on Saturday at Camp X``) or,
    naming no base, right after its handover is told (``The ensign was lowered over the port on
    Thursday``); else the date of a sentence that names the base with a word of handing over,
    leaving or taking that the draft reader did not take as the event (a headline's handover told
    again in the lead: ``Rebels burst into the X compound on Tuesday``, ``X, 25 miles south of Y,
    was handed over on Tuesday``). Only one event date there (a dateline's date and the weekday
    naming the same day are one), and only for a base no other handover shares it with."""
    if not when.dates:
        return
    mains = [g for g in out if g.main]
    cands_of = {s.index: c for s, c in zip(sents, per)}
    told = {}
    for g in mains:
        for d in g.drafts:
            if not d.after:
                told.setdefault(d.sent.index, set()).add(id(g))
    for g in mains:
        if g.claim.date is not None or g.claim.weekday is not None:
            continue
        own = {d.sent.index for d in g.drafts if not d.after and not d.sent.title}
        mine = base_key(g.base)
        for s in sents:
            if s.title or not _tells(s, lex) or told.get(s.index, {id(g)}) != {id(g)}:
                continue
            bases = {base_key(c) for c in cands_of.get(s.index, ()) if c.kind is Kind.BASE}
            near = any(0 < s.index - i <= 2 for i in own) and all(
                told.get(i, {id(g)}) == {id(g)} for i in range(min(own, default=s.index), s.index))
            # (a base named by its town alone is read as a place where the lead names it again:
            # "handed the former training centre at Paldiski to Estonia on Tuesday")
            named = bases == {mine} or (not bases and g.base.surface in s.text[s.start:s.end])
            if not (named or (not bases and near and _ceremony(s, lex))):
                continue
            dates = _one_event_date(s, when, lex)
            if dates is not None:
                g.claim.date = dates
                break


def _tells(s: Sentence, lex: Lexicon) -> bool:
    """A ceremony or flag sentence, or one with a word of handing over, leaving or taking that
    tells a deed (no plan, condition, denial or rumour: ``the planned departure from X on 3 June``,
    ``leaving X on Friday would expose it``)."""
    if _ceremony(s, lex):
        return True
    if s.lows.isdisjoint(lex.trigger_words):
        return False
    unreal = lex.irrealis_nouns | lex.negations | lex.denial_verbs | lex.hearsay
    modal = any(t.low in lex.modal and not t.cap for t in s.toks)
    return not modal and s.lows.isdisjoint(unreal)


def _one_event_date(s: Sentence, when, lex: Lexicon) -> DateValue | None:
    """The one day the event dates of sentence ``s`` name (``NASIRIYAH, Sept 21 (Reuters) - …
    on Thursday`` names one day twice), else None."""
    dates = [x for x in when.dates if s.start <= x.span.start < s.end and x.iso
             and event_date_at(s, x.span, lex)]
    return dates[0] if dates and len({x.iso for x in dates}) == 1 else None


def _relative_offset(toks, a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """``five days later``, ``a week after``, ``two weeks on``, ``the next day``, ``the following
    week``, ``two days earlier`` in tokens ``[a, b)``: (days, token index) or None."""
    words = lex.raw.get("number_words", {})
    parts = lex.raw.get("day_parts", ())
    for k in range(a, b - 2):
        # "earlier in the day", "later that evening", "later the same night": the day told before
        if toks[k].low in ("earlier", "later"):
            nxt = [x.low for x in toks[k + 1:min(b + 1, len(toks), k + 4)]]
            if nxt[:1] == ["that"] or nxt[:2] in (["in", "the"], ["the", "same"], ["that", "same"]):
                rest = nxt[1:] if nxt[:1] == ["that"] else nxt[2:]
                if rest[:1] and rest[0] in parts:
                    return 0, k
    for k in range(a, b - 1):
        t, u = toks[k], toks[k + 1]
        unit = lex.rel_units.get(u.low)
        if unit is None:
            continue
        if t.low in lex.rel_next and k > a and toks[k - 1].low == "the":
            return unit, k - 1
        if t.low == "same" and unit == 1 and k > a and toks[k - 1].low in ("the", "that"):
            return 0, k - 1                     # "on the same day", "that same day": the day told before
        n = 1 if t.low in ("a", "an") else words.get(t.low) or (int(t.text) if t.text.isdigit() and len(t.text) < 3 else None)
        rel = toks[k + 2].low if n and k + 2 < min(b + 1, len(toks)) else None
        if rel in lex.rel_after or rel in lex.rel_before:
            if rel in ("after", "before") and k + 3 < len(toks) and toks[k + 3].word and not toks[k + 3].cap \
                    and toks[k + 3].low not in ("that", "this"):
                continue                        # "a week after the ceremony": another anchor than a handover
            return (n * unit if rel in lex.rel_after else -n * unit), k
    return None


def _narrative_offset(date: DateValue, lex: Lexicon) -> bool:
    """``a day earlier``, ``two days before``: unlike ``two days ago`` the words count from the
    story's last date, not from the day of publication (the shared date reader counts from the latter)."""
    words = date.text.lower().split()
    return len(words) >= 2 and words[-1] in lex.rel_before and words[-2] in lex.rel_units


def relative_dates(out, when, lex: Lexicon) -> None:
    """A handover dated only relative to the one told before it (``Dhobley followed five days
    later``, ``… came next, a week after``, ``the next day it left Y``): that one's date plus the
    offset. Only a full date anchors, and only one told before the relative words."""
    from datetime import timedelta
    dated = [g.claim.date for g in out if g.claim.date is not None and g.claim.date.iso]
    if not dated:
        return
    for g in out:
        if g.claim.date is not None and not _narrative_offset(g.claim.date, lex):
            continue
        for d in g.drafts:
            if d.after:
                continue
            toks = d.sent.toks
            hit = _relative_offset(toks, d.a, d.b, lex)
            if hit is None:
                # the sentence's opening adverbial, before the draft's words: "Earlier in the day, …"
                comma = next((i for i in range(d.a) if toks[i].text == ","), None)
                hit = _relative_offset(toks, 0, comma + 1, lex) if comma is not None else None
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
