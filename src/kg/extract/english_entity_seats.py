"""English bases named by who sits there: a unit's headquarters or camp (``the headquarters of the
First Armoured Division``, ``the 4th Brigade's barracks``, ``the Vale Navy headquarters in Tarvo``) and
an army's general command; and when such a phrase is the command speaking or acting, not a site."""
from __future__ import annotations

from ..model import Kind
from .english_entity_cand import Cand
from .english_text import Sentence

# what may stand between a subject and its verb of speech: "… has not yet confirmed", "… would not say"
_AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do", "would", "could", "will", "not", "n't",
                          "also", "later", "then", "again", "reportedly", "yet"})


class SeatMixin:
    """The :class:`~.english_entities.Finder` rules that find the bases of units and commands (part
    of :class:`.english_entity_bases.BaseMixin`, whose town and counting helpers they use)."""

    def _command_seat(self, s: Sentence, chosen: list[Cand]) -> None:
        """``the army general command (in X)``, ``the headquarters of the army's general command``,
        ``the military's general headquarters``: the compound of an army's top command (as news from
        the Arab world renders its "general command") is a base the army holds."""
        toks = s.toks
        lex = self.lex
        n = len(toks)
        for k in range(2, n - 1):
            if toks[k].low != "general" or toks[k + 1].low not in ("command", "headquarters"):
                continue
            p = k - 2 if toks[k - 1].text in ("'s", "’s") else k - 1
            if p < 1 or toks[p].cap or toks[p].low not in ("army", "military") or toks[p - 1].low != "the":
                continue                               # (not Haftar's "General Command", a force's name)
            a, e = p, k + 2
            if toks[k + 1].low == "command" and e < n and toks[e].low in ("headquarters", "hq"):
                e += 1
            if p > 2 and toks[p - 2].low == "of" and toks[p - 3].low in lex.unit_bases:
                a = p - 3                              # "the headquarters of the army's general command"
            if any(o.a < e and o.b > a and o.kind is not Kind.PLACE for o in chosen):
                continue
            e = self._through_town(toks, e, chosen)
            if a == p and self._acting(toks, e):
                continue                               # "the army general command announced …": the body
            base = Cand(Kind.BASE, s, a, e, prio=4, head=f"{toks[p].low} general {toks[k + 1].low}")
            base.holder = next((o for o in chosen if o.kind is Kind.FORCE and o.a <= p < o.b), None)
            if base.holder is None:
                base.flags.add("army_seat")            # which army: the claims know the article's
            chosen.append(base)

    def _headquarters(self, s: Sentence, chosen: list[Cand]) -> None:
        """A base named after the unit it houses, which holds it: ``the headquarters of the First
        Armoured Division``, ``a base of the Vale Brigade``, ``the 12th Vale Brigade headquarters``,
        ``the 4th Brigade's headquarters (in Tarvo)``."""
        toks = s.toks
        lex = self.lex
        for c in list(chosen):
            if c.kind is not Kind.FORCE or not (c.key is not None or (c.head and c.head[0] == "named")):
                continue
            j = self._unit_phrase_start(toks, c, chosen)
            if j > 1 and toks[j - 1].low == "of" and toks[j - 2].low in lex.unit_bases \
                    and not any(o.kind is Kind.BASE and o.a <= j - 2 < o.b for o in chosen) \
                    and not self._counted(toks, j - 2) and not self._predicative(toks, j - 2):
                base = Cand(Kind.BASE, s, j - 2, c.b, prio=4, head=c.surface.lower())
                # "the camp of the X Battalion" mostly names again a base the story is about: only a
                # first mention ("a base of …"), a town ("… in Tarvo"), the one headquarters of a unit
                # or a takeover's object ("seized the camp of …") tells which
                if self._placed_by_town(s, base, chosen) or (j > 2 and toks[j - 3].low in ("a", "an", "another")) \
                        or self._designated(toks, j - 2):
                    base.holder = c
                    chosen.append(base)
                continue
            if c.b < len(toks) and toks[c.b].low in ("headquarters", "hq", "base", "camp") \
                    and not any(o.kind is Kind.BASE and o.a <= c.b < o.b for o in chosen) and not self._counted(toks, c.a):
                # "the Vale Navy headquarters in Tarvo": the town belongs to the base's mention
                base = Cand(Kind.BASE, s, c.a, self._through_town(toks, c.b + 1, chosen), prio=4,
                            head=c.surface.lower())
                base.holder = c
                chosen.append(base)
                continue
            if c.b + 1 < len(toks) and toks[c.b].text in ("'s", "’s") and toks[c.b + 1].low in lex.unit_bases:
                self._possessed_base(s, c, chosen)

    def _possessed_base(self, s: Sentence, c: Cand, chosen: list[Cand]) -> None:
        """``the 4th Brigade's headquarters``, ``the Vale Group's headquarters at Tarvo``: the unit
        holds the base; a town names it when one follows, else the unit does (as in ``the 4th Brigade
        headquarters``) where the phrase can only mean one site (a headquarters, a takeover's object)."""
        toks = s.toks
        h = c.b + 1
        named = next((o for o in chosen if o.kind is Kind.BASE and o.a <= h < o.b), None)
        if named is not None:
            named.holder = named.holder or c           # "the group's headquarters in Tarvo": Tarvo's
            return
        j = c.a - 1 if c.a > 0 and toks[c.a - 1].low == "the" else c.a
        if not self._designated(toks, h, j) or self._counted(toks, c.a) or (
                j > 0 and (toks[j - 1].low in ("as", ",") or toks[j - 1].low in self.lex.be_aux
                           or toks[j - 1].low in self.lex.containment_verbs)):
            return                                     # (not "Camp X, the 4th Brigade's headquarters")
        e = self._through_town(toks, h + 1, chosen)
        if self._acting(toks, e):
            return                                     # "the 4th Brigade's headquarters said …": the command
        base = Cand(Kind.BASE, s, c.a, e, prio=4, head=c.surface.lower())
        base.holder = c
        chosen.append(base)

    def _acting(self, toks, e: int) -> bool:
        """Is the phrase ending at ``e`` the subject of a verb of speech or action (``… said``,
        ``… has ordered``, ``… on Monday announced``): a command speaking or acting, not a site?"""
        k = e
        while k < len(toks) and k - e < 3 and (toks[k].low in self.lex.adverbs or toks[k].low in _AUXILIARIES):
            k += 1
        if k + 1 < len(toks) and toks[k].low == "on" and toks[k + 1].low in self.lex.calendar_words:
            k += 2                                     # "… on Monday denied"
        if k >= len(toks) or toks[k].cap:
            return False
        low = toks[k].low
        if low in self.lex.report_verbs or low in self.lex.command_acts:
            return True
        # after an auxiliary the verb is bare ("did not confirm", "would not comment"): its past
        # or third-person form is the one the verb lists hold
        return k > e and any(toks[x].low in _AUXILIARIES for x in range(e, k)) and any(
            f in self.lex.report_verbs or f in self.lex.command_acts
            for f in (low + "ed", low + "d", low + "s", low[:-1] + "ied" if low.endswith("y") else low))

    def _unit_phrase_start(self, toks, c: Cand, chosen: list[Cand]) -> int:
        """Where the noun phrase of the unit ``c`` begins: its article, or its possessor's (``the
        army's 16th Division``, ``Sudan's 16th Division``)."""
        j = c.a
        if j > 1 and toks[j - 1].text in ("'s", "’s"):
            owner = next((o for o in chosen if o.b == j - 1 and o.kind in (Kind.FORCE, Kind.PLACE)), None)
            if owner is not None:
                j = owner.a
            elif toks[j - 2].word and not toks[j - 2].cap:
                j -= 2                                 # "the army's 16th Division": a common noun's
        return j - 1 if j > 0 and toks[j - 1].low == "the" else j

    def _designated(self, toks, h: int, j: int | None = None) -> bool:
        """Can the base noun at ``h`` (its phrase starting at ``j``) mean one site only: a unit's
        headquarters (it has one), or the object of a takeover or handover (``seized the camp of
        the 4th Brigade``, ``took control of the 4th Brigade's camp``)?"""
        if toks[h].low in ("headquarters", "hq"):
            return True
        k = (h if j is None else j) - 1
        if k >= 0 and toks[k].low in ("the", "a", "an"):
            k -= 1
        if k < 0:
            return False
        lo = toks[k].low
        return lo in self.lex.verbs or (lo == "of" and k > 0 and (
            toks[k - 1].low in self.lex.nouns or toks[k - 1].low in self.lex.control_nouns))
