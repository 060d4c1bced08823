"""Is a handover told as done? Negated or planned (``has not handed``, ``will withdraw``,
``plans to leave``), denied or rumoured (``denied reports that its troops had left``), or an event
noun naming a handover the article already told (``the departure from X, on 13 August, …``)."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import NOUN_DETS, base_key
from .english_entities import Cand
from .english_text import QUOTES, Sentence

_GERUND_PREPS = frozenset({"of", "about", "on", "for", "towards", "toward", "over"})


class Mood:
    """The mood of a handover trigger; part of :class:`.english_claims.Claims`, whose drafts it reads."""

    def _told_event(self, s: Sentence, i: int, a: int, b: int) -> bool:
        """``The early departure from X, on 13 August, came after …``: a definite event noun opening
        its clause, about a base whose handover the article has already told (it names that event
        again, and what it adds, a date, is that event's)."""
        toks = s.toks
        j = i - 1
        while j >= a and (toks[j].low in self.lex.event_adjectives or toks[j].low in self.lex.adverbs
                          or self.f.nationality(toks[j])) and toks[j].low not in self.lex.irrealis_nouns:
            j -= 1
        if j < a or toks[j].low not in ("the", "its", "their", "this", "that"):
            return False
        if any(toks[x].word for x in range(a, j)):
            return False                    # not the clause's subject
        if not s.lows.isdisjoint(self.lex.modal - {"may"}) or any(t.low == "may" and not t.cap for t in toks[i:b]):
            return False
        told = [d.base for d in self.drafts if isinstance(d.base, Cand) and not d.after]
        if not told:
            return False
        keys = {base_key(c) for c in told}
        heads = {c.head for c in told if isinstance(c.head, str)}
        after = next((c for c in self.finder_cands or () if c.kind is Kind.BASE and c.a in (i + 2, i + 3)), None)
        if after is not None:
            return base_key(after) in keys
        k = i + 2 if i + 2 < b and toks[i + 2].low != "the" else i + 3
        return k < b and toks[k].cap and toks[k].low in heads and not (k + 1 < b and toks[k + 1].cap)

    def _blocked(self, s: Sentence, a: int, i: int) -> bool:
        """Negated or not (yet) done: ``has not handed``, ``will hand``, ``plans to withdraw``,
        ``sees no reason for quitting``, ``talk of a handover``."""
        toks = s.toks
        lex = self.lex
        k = i - 1
        if k > a and toks[k].low in _GERUND_PREPS and (toks[i].low.endswith("ing") or toks[i].low in lex.nouns):
            # a gerund or an event noun after a noun of intent, or after "no …"
            j = k - 1
            while j >= a and (toks[j].low in NOUN_DETS or toks[j].low in lex.adverbs or toks[j].low.endswith("est")
                              or toks[j].low in ("any", "real", "immediate", "firm", "concrete", "clear")):
                j -= 1
            if j >= a and (toks[j].low in lex.irrealis_nouns or toks[j].low in lex.negations):
                return True
            if j >= a and any(toks[x].low in ("no", "not") for x in range(max(a, j - 2), j + 1)):
                return True
        if self._bare_under_modal(toks, a, i):
            return True
        seen = 0
        while k >= a and seen < 5:
            t = toks[k]
            if t.text in QUOTES or t.text in ",;":
                break
            lo = t.low
            if lo in lex.negations or lo in ("will", "would", "shall", "could", "may", "might", "should", "must",
                                              "can", "cannot", "ll"):
                return True
            if lo == "to":
                prev = toks[k - 1].low if k - 1 >= a else ""
                if prev in lex.aspect or (prev in lex.adverbs and k - 2 >= a and toks[k - 2].low in lex.aspect):
                    return False
                return True
            if lo in lex.modal and lo not in ("until", "before", "about") and not t.cap:
                return True
            if lo in lex.adverbs or lo in lex.be_aux or lo in ("had", "has", "have", "also", "already"):
                k -= 1
                seen += 1
                continue
            break
        return False

    def _bare_under_modal(self, toks, a: int, i: int) -> bool:
        """``a move that would see the command abandon its headquarters``, ``could force the
        battalion to …``, ``will let X leave``: a bare infinitive after a causative or perception verb
        (``see``, ``let``, ``make``, ``have`` …) that a modal governs is only a prospect."""
        lo = toks[i].low
        bare = any(spec.get("forms", [""])[0] == lo for spec in self.lex.verbs.get(lo, ()))
        if not bare:
            return False
        causes = self.lex.raw.get("causative_verbs", ())
        # (far enough back for a second object and verb: "would see X abandon A and jets leave B")
        for k in range(i - 1, max(a, i - 16) - 1, -1):
            if toks[k].text in QUOTES or toks[k].text in ",;":
                return False
            if toks[k].low in causes:
                j = k - 1
                while j >= a and toks[j].low in self.lex.adverbs:
                    j -= 1
                return j >= a and toks[j].low in ("will", "would", "could", "might", "may", "should", "must", "ll")
        return False

    def _denied_claim(self, toks, a: int, k: int) -> bool:
        """``rejected social media reports that …``, ``dismissed as "false" reports on social media
        that …``, ``there is no truth to the reports that …``: the noun of a claim shortly before
        ``that`` (past a place it was made: ``on social media``), and a denial verb or a negation
        before that noun."""
        lex = self.lex
        claims = lex.words("disputed_claim_nouns")
        n = next((j for j in range(k - 1, max(a, k - 5) - 1, -1) if toks[j].low in claims), None)
        if n is None or any(toks[x].text in QUOTES or not toks[x].word for x in range(n + 1, k)):
            return False                        # (only words between the noun and "that")
        for j in range(n - 1, max(a, n - 10) - 1, -1):
            if toks[j].text == ";" or toks[j].low == "that":
                return False
            if toks[j].low in lex.denial_verbs or (toks[j].low in ("no", "not", "never") and n - j <= 4):
                return True
        return False

    def _disputed(self, s: Sentence, a: int, i: int) -> bool:
        """A handover only denied or rumoured: ``denied reports that its troops had withdrawn``,
        ``rejected claims that the camp was handed over``, ``rumours that the army left``: the trigger
        is in a ``that`` clause whose governor is a denial verb or a word of hearsay."""
        toks = s.toks
        lex = self.lex
        for k in range(i - 1, max(a, i - 20) - 1, -1):
            t = toks[k]
            if t.text in QUOTES or t.text == ";":
                return False
            if t.low != "that":
                continue
            # the words governing "that": "denied (the) reports", "rumours", "unconfirmed reports"
            gov = [x.low for x in toks[max(a, k - 4):k]]
            if any(w in lex.hearsay for w in gov[-2:]):
                return True
            if self._denied_claim(toks, a, k):
                return True
            return any(w in lex.denial_verbs for w in gov) and all(
                w in lex.denial_verbs or w in lex.irrealis_nouns or w in lex.adverbs or w in lex.be_aux
                or w in ("the", "had", "has", "have", "also", "claims", "suggestions", "media", "press")
                for w in gov[next(j for j, w in enumerate(gov) if w in lex.denial_verbs):])
        return False

    def _ultimatum_to(self, toks, k: int) -> bool:
        """Is the "to" at ``k`` an infinitive's, not a receiver's: an ultimatum or a permission
        (``gave the garrison an hour to surrender``, ``were given 72 hours to leave``, ``handed them
        a deadline to withdraw``)? The word after "to" must be a verb: one of the infinitives an
        ultimatum takes, or, after an ultimatum's noun, any base-form verb the lexicon knows. A time
        noun before a receiver's "to" is not enough (``handed Camp X within days to Iraqi troops``)."""
        raw = self.lex.raw
        if toks[k].low != "to" or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        if nxt.low in raw.get("infinitives_after_to", ()):
            return True
        return (k > 0 and toks[k - 1].low in raw.get("ultimatum_nouns", ()) and not nxt.cap
                and nxt.low in base_verbs(raw))


_BASE_VERBS: dict[int, tuple[dict, frozenset[str]]] = {}


def base_verbs(raw: dict) -> frozenset[str]:
    """The base forms among the lexicon's verb lists (``*_verbs``, the handover verbs' forms): a
    listed word whose third-person form is listed with it (``hand``/``hands``, ``deny``/``denies``)."""
    hit = _BASE_VERBS.get(id(raw))
    if hit is not None and hit[0] is raw:
        return hit[1]
    out: set[str] = set()

    def add(words) -> None:
        ws = {w for w in words if isinstance(w, str)}
        out.update(w for w in ws if {w + "s", w + "es", w[:-1] + "ies"} & ws)

    for key, v in raw.items():
        if not key.endswith("_verbs") or not isinstance(v, list):
            continue
        if any(isinstance(x, dict) for x in v):
            for spec in v:
                if isinstance(spec, dict):
                    add(spec.get("forms", ()))
        else:
            add(v)
    verbs = frozenset(out)
    _BASE_VERBS[id(raw)] = (raw, verbs)
    return verbs
