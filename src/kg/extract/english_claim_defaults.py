"""Givers and receivers a handover's own words leave out, read from the article around it: the
force the article tells handing over the other bases of a series gives this one too, and the one
receiver an article names receives the bases it tells in passing (moved from :mod:`.english`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Kind
from .english_claim_draft import base_key
from .english_claim_draft import ident as _ident
from .english_entities import Cand
from .english_names import Lexicon, match_phrase
from .english_numbers import base_country, force_country
from .english_text import Sentence

if TYPE_CHECKING:
    from .english import _Group


def same_party(a: Cand, b: Cand) -> bool:
    return _ident(a) == _ident(b)


def default_givers(out: list[_Group], sents, per, lex: Lexicon) -> None:
    """A claim that names no giver. An article about one handover: the force it shows
    withdrawing. Several handovers: the one giver the article names, but only when they read as
    one campaign by one actor (coordinated in one sentence, or told as a series: "also",
    "another", "the second base", "its last installation"); otherwise the giver stays unknown.
    A base taken by force from no one named gets the one giver only when the article shows that
    giver holding it (:func:`_taken_from`): its lead base, named with the giver, told as the giver's
    loss, or taken in the giver's own episode."""
    missing = [g for g in out if g.giver is None]
    if not missing:
        return
    givers: dict[tuple, Cand] = {}
    for g in out:
        # (the unit that held a base, "the headquarters of the 4th Brigade", gives that base alone)
        if g.giver is not None and getattr(g.base, "holder", None) is not g.giver:
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
    if len(givers) == 1:
        only = next(iter(givers.values()))
        for g in missing:
            # "… the heaviest loss since the rebels overran camp B in 1996": a base taken by force from
            # no one named, in an article whose one giver lost its other bases, was that giver's
            # (not a base its taker is the article's giver of), when the article shows the giver
            # holding it (see _taken_from)
            if g.giver is None and g.receiver is not None and not same_party(g.receiver, only) \
                    and any(d.role == "take" for d in g.drafts) and _taken_from(g, only, out, sents, per, lex):
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


def _taken_from(g: _Group, only: Cand, out: list[_Group], sents, per, lex: Lexicon) -> bool:
    """Is the article's one giver ``only`` plausibly the holder of the base ``g`` taken by force: the
    base is the article's lead base (the first it tells changing hands), a sentence names the giver
    with that base, the taking is told as the giver's loss (``the heaviest loss since …``), or it
    is told in the giver's own episode (the sentence of one of its handovers, or the next one naming
    no year of its own)? ``US forces handed Camp A to the Iraqi army. In 2014, Islamic State seized
    Camp B``: no."""
    firsts = [min(d.sent.index for d in h.drafts) for h in out if h.drafts]
    if firsts and min(d.sent.index for d in g.drafts) == min(firsts) and not any(
            h is not g and h.drafts and min(d.sent.index for d in h.drafts) == min(firsts) for h in out):
        return True
    key = base_key(g.base)
    for s, cands in zip(sents, per):
        if any(c.kind is Kind.BASE and base_key(c) == key for c in cands) and any(
                c.kind is Kind.FORCE and same_party(c, only) for c in cands):
            return True
    takes = [d.sent for d in g.drafts if d.role == "take"]
    losses = lex.words("taken_base_loss_words")
    if any(not s.lows.isdisjoint(losses) for s in takes):
        return True
    theirs = {d.sent.index for h in out if h.giver is not None and same_party(h.giver, only) for d in h.drafts}
    for s in takes:
        if s.index in theirs:
            return True
        if s.index - 1 in theirs and not any(t.text.isdigit() and len(t.text) == 4 for t in s.toks):
            return True
    return False


def default_receivers(out: list[_Group], sents: list[Sentence], per, lex: Lexicon, gi=None) -> None:
    """A base "turned over" or "transferred" with no receiver in its own words, told as one of a
    series (``the latest in a string of bases returned to X. The Navy turned over Y in March``),
    went to the one receiver the article names for its other handovers, but only on evidence
    that the series shares that receiver: the base lies in the receiver's country (or in the
    country of the bases it received), or, where the gazetteer does not know the country, the
    receiver's own handover is told as one of a series (``the latest of its bases to change
    hands``). A bare ``also`` says another handover, not the same receiver (``handed Camp X to
    the Iraqi army. The Navy also turned over Camp Y``). Not a base only left or closed, which
    may have no receiver at all, and not a handover told on its own."""
    receivers = {_ident(g.receiver): g.receiver for g in out if g.receiver is not None}
    if len(receivers) != 1:
        return
    only = next(iter(receivers.values()))
    theirs = [g for g in out if g.receiver is not None]
    # the countries the receiver stands for: its own, and those of the bases it received
    homes = {force_country(only, gi)} | {base_country(g.base, gi) for g in theirs}
    homes.discard(None)
    # the sentences telling the receiver's handovers as a series: one of its handovers told as one
    # of a series, or a series named with the receiver ("the latest in a string of installations
    # returned to Panama")
    told_as_series = {d.sent.index for g in theirs for d in g.drafts if _series(d.sent, lex, strong=True)}
    told_as_series |= {s.index for s, cands in zip(sents, per) if s.index not in told_as_series
                       and any(_names_receiver(c, only, homes) for c in cands) and _series(s, lex, strong=True)}
    for g in out:
        if g.receiver is not None or (g.giver is not None and same_party(g.giver, only)):
            continue
        given = [d for d in g.drafts if d.role == "give" and not d.sent.title]
        near = [i for d in given for i in (d.sent.index, d.sent.index - 1)
                if i >= 0 and _series(sents[i], lex)]
        if not near:
            continue
        where = base_country(g.base, gi)
        if where is not None and homes:
            if where in homes:
                g.receiver = only
        elif any(i in told_as_series for i in near):
            g.receiver = only


def _names_receiver(c: Cand, only: Cand, homes: set) -> bool:
    """Does the name ``c`` stand for the receiver ``only`` (the same force, or its country)?"""
    if c.kind is Kind.FORCE and same_party(c, only):
        return True
    return c.kind in (Kind.PLACE, Kind.FORCE) and c.place is not None and c.place in homes


def _series(s: Sentence, lex: Lexicon, strong: bool = False) -> bool:
    """Does the sentence tell its handover as one of a series (``also``, ``another``, ``the
    third base``, ``its last outpost``, ``the latest such transfer``)? ``strong``: as a member
    of a series of handovers (``the latest``, ``a string of``, ``the third base``), not only as
    another one (``also``, ``again``, ``Earlier, ...``)."""
    toks = s.toks
    words_of = lex.raw.get("series_member_words", ()) if strong else lex.series_words
    first = next((k for k, t in enumerate(toks) if t.word), None)
    if first is not None and not strong:
        # "Earlier, the mission had handed …", "Before that, it left …": a sentence opened by
        # going back to an earlier step of the same withdrawal
        for words in (p.split() for p in lex.raw.get("series_openers", ())):
            e = first + len(words)
            if e < len(toks) and [t.low for t in toks[first:e]] == words and toks[e].text == ",":
                return True
    for k, t in enumerate(toks):
        lo = t.low
        if lo in words_of:
            return True
        if lo in lex.ordinals and k + 1 < len(toks) and (
                match_phrase(lex.base_common, toks, k + 1) or toks[k + 1].low == "such" or toks[k + 1].cap
                or toks[k + 1].low in lex.base_adj or toks[k + 1].low in lex.nouns):
            return True
    return False


# --- the Extraction ----------------------------------------------------------------------------
