"""The subject of an English sentence, for what a later ``he`` or ``she`` stands for: a person
opening it, by name (``Col. X praised …``), by surname alone (``Holm himself described …``), or after
a role (``The province's governor, Jane Roe, defended …``).
"""
from __future__ import annotations

from .english_claim_mood import base_verbs
from .english_entities import Cand
from .english_text import Sentence

_OBJECT_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "these", "those"})


class SentenceSubjects:
    """Reads who a sentence is about (a mixin of :class:`.english_quotes.Quotes`)."""

    def _surname_opening(self, s: Sentence) -> Cand | None:
        """``Holm himself described …``: a sentence opening with the surname alone of a person named
        in full before has that person as its subject (whom a later ``he`` stands for). The word
        must read as a subject: a reflexive, an apposition after a comma (``Holm, 54, said``) or a
        finite verb right after it, an adverb between them at most (``Holm later told``); a
        capitalised adjective opening a noun phrase is no surname (``Long convoys left …``)."""
        toks = s.toks
        if len(toks) < 3 or not toks[0].cap or not toks[0].word or toks[1].cap \
                or toks[0].low in self.lex.pronouns or toks[1].text in ("'s", "’s", "-"):
            return None
        if not self._subject_follows(toks):
            return None
        return self.naming.by_surname(toks[0].low)

    def _subject_follows(self, toks) -> bool:
        """Do the words after a sentence's first word (``toks[0]``) show it is the subject?"""
        raw = self.lex.raw
        nxt = toks[1]
        if nxt.low in raw.get("subject_reflexives", ()):
            return True
        if nxt.text == ",":
            after = toks[2]
            return after.text[:1].isdigit() or after.low in raw.get("surname_apposition_openers", ())
        k = 2 if nxt.low in self.lex.adverbs else 1
        return k < len(toks) and self._finite_verb(toks, k)

    def _finite_verb(self, toks, k: int) -> bool:
        """Is ``toks[k]`` a finite verb form: one the lexicon knows (a reporting verb, an auxiliary, an
        irregular past, a listed verb's third person), a regular past (``-ed``), or a third person
        before its object's determiner (``visits the camp``; not ``convoys left``)?"""
        t = toks[k]
        lo = t.low
        if not t.word or t.cap:
            return False
        lex, raw = self.lex, self.lex.raw
        verbs = base_verbs(raw)
        if (lo in lex.report_verbs or lo in lex.irregular_past or lo in lex.be_aux
                or lo in raw.get("finite_auxiliaries", ()) or lo in raw.get("irregular_finite_forms", ())
                or (len(lo) > 4 and lo.endswith("ed"))):
            return True
        if not lo.endswith("s") or lo.endswith("ss"):
            return False
        return (lo[:-1] in verbs or lo[:-2] in verbs or lo[:-3] + "y" in verbs) or (
            k + 1 < len(toks) and toks[k + 1].low in _OBJECT_DETS)

    def _role_before(self, s: Sentence, p: Cand) -> bool:
        """Does the sentence open with a role before the person ``p`` (``The province's governor,
        Jane Roe, defended …``, ``Garrison commander Col. Jane Roe received …``), so that ``p`` is
        its subject?"""
        toks = s.toks
        k = p.t0 - 1
        if 1 <= k + 1 <= 6 and (p.b >= len(toks) or toks[p.b].text not in ("'s", "’s")) \
                and all(toks[x].word or toks[x].text in ("-", ".") for x in range(k + 1)) \
                and any(toks[x].low in self.lex.role_nouns for x in range(k + 1)):
            return True                   # "Garrison commander Col. X received …": a role as a title
        return 1 <= k <= 8 and toks[k].text == "," and p.b < len(toks) and toks[p.b].text == "," \
            and all(toks[x].word or toks[x].text in ("'s", "’s", "-") for x in range(k)) \
            and any(toks[x].low in self.lex.role_nouns for x in range(k))
