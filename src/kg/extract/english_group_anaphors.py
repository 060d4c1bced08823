"""An armed group called by a shorter word after its name, within an English article.

News names an insurgent movement once and then calls it by one word of its name (``the Liberation
Tigers of Tamil Eelam`` ... ``the Tigers``) or by what
it is (``Houthi rebels`` ... ``the rebels took the command headquarters``; ``the insurgents``,
``the militants``, ``the guerrillas``). Such a mention is the group named, so a base it takes keeps
its receiver. Only a definite noun that ends its phrase is read, and only when the article names
exactly one group it can mean: with two candidate groups (rebels and a pro-government militia),
or none named, nothing is said.
"""
from __future__ import annotations

from ..model import Kind
from .english_entity_cand import Cand
from .english_names import match_phrase
from .english_text import Sentence


def _identity(c: Cand) -> str:
    return c.key or (c.name or c.surface).lower()


def _name_words(c: Cand) -> list[str]:
    return (c.name or c.surface).split()


def _plural_name_words(c: Cand, lex, gi) -> set[str]:
    """The capitalised plural words of a group's longer name that can stand for it alone
    (``Tigers``): not a force or unit noun (``Forces``, ``Brigades``), a place or a people."""
    words = _name_words(c)
    if len(words) < 2:
        return set()
    out = set()
    for w in words:
        low = w.lower()
        if (w[:1].isupper() and low.endswith("s") and len(low) > 4 and low not in lex.force_first
                and w not in lex.unit_heads and low not in lex.group_anaphor_nouns and gi.place_of(low) is None
                and gi.place_of(low[:-1]) is None):
            out.add(w)
    return out


def _nonstate(c: Cand, lex, nationals: set[str]) -> bool:
    """Is this force an armed group outside a state's forces: named as irregulars or rebels, or,
    unknown to the gazetteer, by a name with no national or unit noun (``Liberation Tigers of Tamil
    Eelam``)?"""
    if c.place or c.key in nationals or (c.head and c.head[0] == "national") or c.aff is not None:
        return False
    lows = [w.lower() for w in _name_words(c)]
    if "irregulars" in c.flags or any(w in lex.force_nonstate or w in lex.irregular_nouns for w in lows):
        return True
    if c.key is not None:
        return False                           # an alliance or service the gazetteer knows (NATO), not a movement
    return not any(w in lex.force_first or w.capitalize() in lex.unit_heads or w in lex.force_nonnames
                   for w in lows) and "people_word" not in c.flags


def group_anaphors(sents: list[Sentence], per: list[list[Cand]], naming, lex, gi) -> None:
    """Give ``the Tigers`` and ``the rebels`` the key and name of the one group they stand for
    (see the module's note)."""
    nationals = set(gi.national.values())
    groups: dict[str, Cand] = {}
    for c in (c for cands in per for c in cands):
        if c.kind is Kind.FORCE and _nonstate(c, lex, nationals) or c.kind is Kind.ORGANIZATION and any(
                w.lower() in lex.armed_movement_words for w in _name_words(c)):
            groups.setdefault(_identity(c), c)     # a movement not yet seen acting is still read as a body
    by_word: dict[str, set[str]] = {}
    named = {}
    for c in (c for cands in per for c in cands if c.kind in (Kind.FORCE, Kind.ORGANIZATION)):
        if c.kind is Kind.ORGANIZATION or _identity(c) in groups:
            named.setdefault(_identity(c), c)
            for w in _plural_name_words(c, lex, gi):
                by_word.setdefault(w, set()).add(_identity(c))
    for k, s in enumerate(sents):
        toks = s.toks
        taken = {x for c in per[k] for x in range(c.a, c.b)}
        for i in range(len(toks) - 1):
            if toks[i].low != "the" or i + 1 in taken:
                continue
            nxt = toks[i + 1]
            if nxt.cap and nxt.text in by_word:
                hosts, e, pool = by_word[nxt.text], i + 2, named
            elif not nxt.cap or s.title:
                e = match_phrase(lex.group_anaphor_phrases, toks, i + 1)
                hosts, pool = (set(groups) if e else set()), groups
            else:
                continue
            if len(hosts) != 1:
                continue
            after = toks[e] if e < len(toks) else None
            if after is not None and after.word and (after.low == "of" or after.cap
                                                     or not naming.finder._no_head(after)):
                continue                       # "the rebels of the north", "the fighters commander": the noun
                #                                must end its phrase ("the rebels said", "the group's flag")
            host = pool[next(iter(hosts))]
            c = Cand(host.kind, s, i, e, key=host.key, name=host.name or host.surface, prio=2)
            if naming.name(c):
                per[k].append(c)
                per[k].sort(key=lambda x: x.a)
                taken.update(range(i, e))
