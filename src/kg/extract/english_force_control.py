"""What a nation named beside "under" or after a transfer verb says of its forces: ``remained under
Afghan control`` and ``kept the ports under Peruvian command`` name who holds a thing, not a force
that receives it; ``handed over to the Iraqis`` names the receiving side even as a people's plural."""
from __future__ import annotations

from .english_text import Tok


class ControlPhrases:
    """Mixed into :class:`~.english_entity_forces.ForceMixin` (reads ``self.lex``)."""

    def _transfer_party(self, toks: list[Tok], a: int) -> bool:
        """Is the people's plural at ``a`` the receiver or giver of a handover verb: ``handed over to
        the Iraqis``, ``taken from the Americans``, ``was seized by the Russians``?"""
        if a == 0 or toks[a - 1].low not in ("to", "from", "by"):
            return False
        for k in range(a - 2, max(-1, a - 8), -1):
            if not toks[k].word:
                return False
            if toks[k].low in self.lex.verbs:
                return True
        return False

    def _held_under(self, toks: list[Tok], u: int) -> bool:
        """Does ``under`` at ``u`` say who holds a thing rather than to whom it passes: after a verb
        of staying (``remain under``, ``still under``, ``will stay firmly under``, ``was kept
        under``) or after the object of keep or hold (``kept the ports under``; not ``a ceremony
        was held as the base came under``)?"""
        lex = self.lex
        k = u - 1
        while k >= 0 and toks[k].low not in lex.held_under and toks[k].low not in lex.held_object_verbs \
                and (toks[k].low in lex.adverbs or (toks[k].low.endswith("ly") and toks[k].word and not toks[k].cap)):
            k -= 1
        if k >= 0 and (toks[k].low in lex.held_under or toks[k].low in lex.held_object_verbs):
            return True
        # "kept the ports under", "holds the airstrip firmly under": the verb, its object, then under
        for j in range(u - 2, max(-1, u - 6), -1):
            if not toks[j].word:
                return False
            if toks[j].low in lex.held_object_verbs:
                obj = toks[j + 1:k + 1]
                return bool(obj) and (j == 0 or toks[j - 1].low not in lex.be_aux) and all(
                    t.word and t.low not in lex.words("held_object_breaks") for t in obj)
        return False
