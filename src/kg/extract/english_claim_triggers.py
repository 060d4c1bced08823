"""Reading a handover trigger: is the word at hand a handover verb (with its particles, its fixed
objects, the words it requires) or an event noun, and is the verb passive?

Part of :class:`.english_claims.Claims`; the trigger lists are the lexicon's ``verbs`` and ``nouns``."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import DETERMINERS, GOVERNING_PREPS, NOUN_DETS
from .english_entities import Cand
from .english_names import match_phrase
from .english_numbers import holder_before
from .english_text import QUOTES, Sentence

_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be", "get", "got", "gets"})


class Triggers:
    """Finds a handover trigger and its voice; part of :class:`.english_claims.Claims`."""

    def _verb(self, s: Sentence, i: int, b: int, specs):
        toks = s.toks
        t = toks[i]
        if i > 0 and (toks[i - 1].low in NOUN_DETS or toks[i - 1].text in ("'s", "’s")):
            return None                         # "the transfer", "its return": a noun
        for spec in specs:
            end = i + 1
            parts = spec.get("particles")
            if parts:
                if end < b and toks[end].low in parts:
                    end += 1
                else:
                    # "handed the base over", "handed it back"
                    k = next((k for k in range(end, min(b, end + 6)) if toks[k].low in parts), None)
                    if k is None or any(toks[x].text in ",;" for x in range(end, k)):
                        if spec.get("particle_required"):
                            continue
                    elif spec["role"] == "leave" and any(toks[x].low in self.lex.equipment_words
                                                         for x in range(end, k)):
                        continue                    # "moved its equipment out of X": the troops stay
                    else:
                        end = k + 1
                        if spec.get("particle_required"):
                            return spec["role"], i + 1, self._passive(s, i), spec
            elif spec.get("particle_required"):
                continue
            if spec.get("active_only") and self._passive(s, i):
                continue                            # "the deal on X was signed over the weekend"
            if spec.get("control_phrase") and (self._passive(s, i) or self._control_receiver(s, end, b) is None):
                continue                            # "came under fire", "fell to 300": no hands changed
            objs = spec.get("_objects")
            if objs:
                e = 0
                for o in objs:
                    if toks[end:end + len(o)] and tuple(x.low for x in toks[end:end + len(o)]) == o:
                        e = end + len(o)
                        break
                if not e:
                    continue
                end = e
            req = spec.get("requires")
            if req and not any(toks[k].low in req and not self._ultimatum_to(toks, k)
                               for k in range(end, min(b, self._reach(toks, end, b)))):
                continue
            if spec.get("done_only") and t.low.endswith("ing") and any(
                    toks[x].low in self.lex.be_aux for x in range(self._before_aux(s, 0, i) + 1, i)):
                continue                            # "troops were storming the base": an assault, not yet a capture
            if t.low == "left" and end < b and toks[end].low in ("behind", "over", "for", "wing", "alone", "out"):
                continue
            if t.low == "left" and self._left_remaining(toks, i):
                continue
            if t.low in ("exit", "exits") and i > 0 and toks[i - 1].low in ("the", "an", "its", "their"):
                continue
            return spec["role"], end, self._passive(s, i), spec
        return None

    def _reach(self, toks, end: int, b: int) -> int:
        """How far a trigger's required word (``to``) may stand: 20 words, and past an apposition
        describing its object (``handed Camp X, a compound inside the old airbase on the river's
        eastern bank, to the army``)."""
        reach = end + 20
        k = next((k for k in range(end, min(b, end + 8)) if toks[k].text in ",;"), None)
        openers = self.lex.words("apposition_openers")
        if k is None or toks[k].text != "," or k + 1 >= b or toks[k + 1].low not in openers:
            return reach
        # (the description may hold commas of its own: "a compound of barracks, hangars and depots")
        close = next((x for x in range(k + 2, min(b - 1, k + 45)) if toks[x].text in (";", ":") or toks[x].text in QUOTES
                      or toks[x].text == "," and toks[x + 1].low in ("to", "back", "over")), None)
        if close is None or toks[close].text != ",":
            return reach
        return max(reach, close + 3)

    def _heads_subject(self, s: Sentence, base: Cand, a: int, head: int) -> bool:
        """Is ``base`` the head of the subject ending at ``head`` (``Camp X``, ``the army's base at
        Camp X``), not a word inside it (``troop numbers at Camp X``, ``the task of guarding Camp X``)?"""
        toks = s.toks
        if base.sent is not s or base.b != head:
            return False
        p = base.a - 1
        while p >= a and (toks[p].low in DETERMINERS or toks[p].low in self.lex.base_adj
                          or toks[p].text in ("'s", "’s")):
            p -= 1
        if p < a or not toks[p].word or toks[p].cap:
            return True
        if toks[p].low in self.lex.words("subordinators"):
            return True                         # "… as Camp X came under Afghan control": a clause's subject
        # "the base at Camp X": a preposition after a base noun only places the base
        return toks[p].low in GOVERNING_PREPS and p - 1 >= a and toks[p - 1].low in self.lex.base_words

    def _left_remaining(self, toks, i: int) -> bool:
        """``now has about 9,000 soldiers left in the country``, ``with only 40 troops left``: a
        figure held (a verb of having, ``there are``) and then ``left`` counts those who remain."""
        num = next((k for k in range(i - 1, max(-1, i - 5), -1) if toks[k].text[:1].isdigit()), None)
        if num is None or any(not toks[k].word for k in range(num + 1, i)):
            return False
        return holder_before(toks, num, self.lex, window=4)

    def _passive(self, s: Sentence, i: int) -> bool:
        toks = s.toks
        k = i - 1
        while k >= 0 and toks[k].low in self.lex.adverbs:
            k -= 1
        participle = toks[i].low.endswith(self.participle_ends)
        if participle and k == i - 1 and k >= 0 and toks[k].low in self.lex.base_words and i + 1 < len(toks) \
                and toks[i + 1].low in ("by", "to", "over") and not any(
                    c.b == i and c.kind in (Kind.FORCE, Kind.ORGANIZATION) for c in self.finder_cands or ()):
            return True                         # "the sites left by the mission": a reduced relative
            #                                     (not "the U.S. military handed over …")
        if participle and k >= 0 and toks[k].low == "and":
            # "was vacated on May 3 and taken over by X": a participle conjoined to a passive
            for j in range(k - 1, max(-1, k - 12), -1):
                if toks[j].text in ";:" or toks[j].text in QUOTES:
                    break
                if toks[j].low in _PASSIVE_AUX and j + 1 < k and toks[j + 1].low in self.lex.verbs \
                        and self._passive_conjunct(toks, j + 1):
                    return True
            return False
        return k >= 0 and toks[k].low in _PASSIVE_AUX and participle

    def _noun(self, s: Sentence, i: int, a: int, b: int):
        """``completed its withdrawal from X`` / ``the handover of X to Y took place``."""
        toks = s.toks
        spec = self.lex.nouns[toks[i].low]
        if i + 1 >= b or toks[i + 1].low not in spec.get("preps", ()):
            return None
        gov = any(toks[k].low in self.lex.noun_governors for k in range(max(a, i - 3), i))
        stop = next((k for k in range(i + 2, b) if toks[k].text in (";",) or toks[k].text in QUOTES), b)
        past = any(match_phrase(self.lex.noun_past, toks, k) for k in range(i + 2, min(stop, i + 26)))
        if not (gov or past or self._told_event(s, i, a, b)):
            return None
        return spec["role"], i + 1, False, spec

    def _before_aux(self, s: Sentence, a: int, i: int) -> int:
        """The last token before the verb at ``i`` and its adverbs and auxiliaries."""
        toks = s.toks
        k = i - 1
        while k >= a and (toks[k].low in self.lex.adverbs or toks[k].low in self.lex.be_aux
                          or toks[k].low in ("had", "has", "have")):
            k -= 1
        return k

    def _passive_conjunct(self, toks, k: int) -> bool:
        """Is the handover verb at ``k`` a participle conjoined to the passive before
        (``… and taken over``, ``… and then handed``)?"""
        return toks[k].low.endswith(self.participle_ends)
