"""The giver of a base taken by force, when the takeover's own words name only the taker: the
side the taker fought for it, in the words that place the takeover (``seized the base after
heavy fighting with government troops``, ``stormed the camp amid clashes with the army``,
``hours after fighting broke out between the group and the army``)."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import ident
from .english_entities import Cand
from .english_text import QUOTES, Sentence


class Opponents:
    """Part of :class:`.english_claims.Claims`; reads the lexicon's ``combat_nouns``."""

    def _opponent(self, s: Sentence, cands, taker: Cand) -> Cand | None:
        """The actor the taker fought, named after a noun of fighting in the takeover's sentence:
        ``fighting / clashes / a battle with X`` (or ``against X``), ``fighting … between X and Y``
        (the one that is not the taker; none when neither is). Not ``with X at their side`` (the
        lexicon's ``accompaniment_phrases``). Only a noun (``after heavy fighting with``), not the
        verb (``rebels fighting with Turkish troops`` fight beside them)."""
        toks = s.toks
        n = len(toks)
        for k in range(n - 2):
            if toks[k].low not in self.combat_nouns or not self._combat_noun(toks, k):
                continue
            stop = next((x for x in range(k + 1, min(n, k + 14)) if toks[x].text in QUOTES
                         or toks[x].text in ";." or toks[x].low in self.lex.verbs), min(n, k + 14))
            for p in range(k + 1, stop):
                lo = toks[p].low
                if lo in ("with", "against") and p == k + 1:
                    c = self._fought(s, cands, p + 1, stop)
                    if c is not None and ident(c) != ident(taker) and not self._at_side(s, cands, p + 1, stop):
                        return c
                    break
                if lo == "between":
                    sides = [self._actor(c) for c in cands if p < c.a and c.b <= stop
                             and c.kind in (Kind.FORCE, Kind.ORGANIZATION)]
                    other = {ident(c): c for c in sides if c is not None and ident(c) != ident(taker)}
                    # two sides neither of which is the taker: a third party's fight, no giver
                    return next(iter(other.values())) if len(other) == 1 else None
        return None

    def _at_side(self, s: Sentence, cands, j: int, b: int) -> bool:
        """``a battle with Iranian advisers at their side``: ``with X`` followed by words of
        accompaniment names those fighting beside the taker, not its enemy."""
        toks = s.toks
        ends = [c.b for c in cands if j <= c.a < b and c.b <= b] or [j]
        e = min(ends)
        for phrase in self.lex.raw.get("accompaniment_phrases", ()):
            words = phrase.split()
            if [t.low for t in toks[e:e + len(words)]] == words:
                return True
        return False

    def _combat_noun(self, toks, k: int) -> bool:
        """Is the word at ``k`` a noun of fighting, not a participle (``after heavy fighting``,
        ``days of clashes``, ``a battle``; not ``fighters fighting with``)?"""
        if k == 0:
            return False
        prev = toks[k - 1].low
        return prev in self.combat_leads or not toks[k].low.endswith("ing") and prev in ("a", "the")

    def _fought(self, s: Sentence, cands, j: int, b: int) -> Cand | None:
        """``with (the) X``, ``with loyalist troops``, ``with the regular army`` (the army the article
        is about)."""
        toks = s.toks
        if j < b and toks[j].low in ("the", "a", "an"):
            j += 1
        e = j
        while e < b and toks[e].word and not toks[e].cap and toks[e].low in self.combat_side_mods:
            e += 1
        c = next((c for c in cands if c.a in (j, e) and c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE)), None)
        if c is not None:
            return self._actor(c)
        if e < b and toks[e].low in self.lex.army_nouns and not (e + 1 < b and toks[e + 1].text in ("'s", "’s")):
            return self._held_by_common_noun(toks[e].low, [o for o in cands if o.b <= e], s)
        return self._national_group(s, j, b)
