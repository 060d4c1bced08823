"""A base that changes hands as the subject of a verb of coming: ``X came under rebel control``,
``fell into the hands of the army``, ``passed into Russian hands``, ``returned to the control of
the government``. The receiver is named in the control phrase, before the noun (``Russian control``,
``the army's hands``) or after its ``of``; ``came under fire`` or ``came under attack`` is no
handover."""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_text import Sentence

class ControlPhrases:
    """Part of :class:`.english_claims.Claims`; the control nouns are the lexicon's ``nation_control_nouns``,
    the prepositions before them ``control_phrase_prepositions`` and the words between
    ``control_phrase_modifiers``."""

    def _control_receiver(self, s: Sentence, start: int, b: int) -> Cand | None:
        """The actor of ``under/into/to (the) [X / X's] control|hands|custody (of X)`` at ``start``."""
        toks = s.toks
        cands = self.finder_cands or ()
        if start >= b or toks[start].low not in self.lex.words("control_phrase_prepositions"):
            return None
        j = start + 1
        # "under the full control of", "into the effective hands of"
        mods = self.lex.words("control_phrase_modifiers")
        while j < b and toks[j].low in mods:
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
        if last is None or not 0 <= s.index - last.sent.index <= 1:
            return None
        # "… held Camp X. The nearby town of Y was besieged, and it fell …": another thing "it" may
        # stand for, named between the base and "it", leaves the base unsaid
        between = [t for t in last.sent.toks[last.b:]] if last.sent is not s else []
        between += s.toks[last.b if last.sent is s else 0:head - 1]
        return None if self._rival_antecedent(between) else last

    def _rival_antecedent(self, toks) -> bool:
        """Do the tokens name a thing "it" could stand for: a singular noun phrase opened by a
        determiner (``the nearby town``, ``a convoy``; not ``the base`` itself nor a time, ``the
        weeks``), or a capitalised name inside the sentence (not a month or a weekday)?"""
        lex = self.lex
        dets = lex.words("pronoun_rival_determiners")
        times = lex.words("pronoun_rival_time_nouns")
        for k, t in enumerate(toks):
            if t.low in dets:
                e = k + 1
                while e < len(toks) and toks[e].word and not toks[e].cap and toks[e].low not in lex.function_words:
                    e += 1
                if e == k + 1:
                    continue
                head = toks[e - 1].low
                if head in lex.base_words or head in times or (head.endswith("s") and not head.endswith("ss")):
                    continue
                return True
            if t.cap and t.word and t.i > 0 and t.low not in lex.calendar_names and t.low not in lex.function_words:
                return True
        return False
