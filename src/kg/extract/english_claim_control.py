"""A base that changes hands as the subject of a verb of coming: ``X came under rebel control``,
``fell into the hands of the army``, ``passed into Russian hands``, ``returned to the control of
the government``. The receiver is named in the control phrase, before the noun (``Russian control``,
``the army's hands``) or after its ``of``; ``came under fire`` or ``came under attack`` is no
handover."""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_text import Sentence

_CONTROL_PREPS = frozenset({"under", "into", "to"})


class ControlPhrases:
    """Part of :class:`.english_claims.Claims`; the control nouns are the lexicon's ``nation_control_nouns``."""

    def _control_receiver(self, s: Sentence, start: int, b: int) -> Cand | None:
        """The actor of ``under/into/to (the) [X / X's] control|hands|custody (of X)`` at ``start``."""
        toks = s.toks
        cands = self.finder_cands or ()
        if start >= b or toks[start].low not in _CONTROL_PREPS:
            return None
        j = start + 1
        while j < b and toks[j].low in ("the", "full", "complete", "total", "effective"):
            j += 1
        # "(the) control of X", "the hands of X"
        if j + 1 < b and toks[j].low in self.lex.nation_control_nouns and toks[j + 1].low == "of":
            return self._actor_after(s, list(cands), j + 1, min(b, j + 8), ("of",))
        # "X control", "X's hands", "the army's control": the actor ends right before the noun
        k = j
        while k < b and k - j < 6 and toks[k].low not in self.lex.nation_control_nouns and toks[k].word:
            k += 1
        if k >= b or k == j or toks[k].low not in self.lex.nation_control_nouns:
            return None
        e = k - 1 if toks[k - 1].text in ("'s", "’s") else k
        c = next((c for c in cands if c.b == e and c.a >= j and c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE)),
                 None)
        if c is not None:
            return self._actor(c) or self._country_receiver(c)
        if e - 1 >= j and toks[e - 1].low in self.lex.army_nouns:
            return self._held_by_common_noun(toks[e - 1].low, [o for o in cands if o.b <= e], s)
        return None

    def _pronoun_base(self, s: Sentence, a: int, head: int) -> Cand | None:
        """``The army held Camp X for years. In May it fell into rebel hands``: ``it`` right before
        the verb of coming stands for the base named last, in this sentence or the one before."""
        toks = s.toks
        if head - 1 < a or toks[head - 1].low != "it":
            return None
        last = next((c for c in reversed(self.seen) if c.sent is not s or c.b <= head - 1), None)
        return last if last is not None and 0 <= s.index - last.sent.index <= 1 else None
