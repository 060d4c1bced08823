"""The shapes of clauses around an English attribution: asides about a speaker (``X, who heads Y,
the agency that runs Z, said …``, ``…, according to Y, a UK-based monitor.``), object relative
clauses (``…, which Moscow claimed to annex``), a subject with no verb of its own before a
parenthetical attribution (``The real test, he said, …``), and whether a clause, a verb or only an
aside follows a reporting verb. :mod:`.english_attribution` reads attributions with them.
"""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_names import match_phrase
from .english_speaker_bodies import SpeakerBodies
from .english_speakers import (_ADVERBS, _ASIDE_OPENERS, _BOUND, _CLAUSE_WORDS, _OUTLETS, _PARTICIPLES,
                               _TIME_WORDS)
from .english_text import QUOTES, Sentence


# a relative pronoun with a subject of its own before the verb ("which the army denied",
# "whom officials described as"): an object relative clause, never a closing attribution
_OBJECT_RELATIVES = frozenset({"which", "whom"})

# opening the phrase of the speech a statement was made in ("in a statement", "via a video")
_SPEECH_PREPOSITIONS = frozenset({"in", "via", "through", "during", "at"})
# how far after a disputed claim's noun its that-clause may open ("reports circulating on social media that")
_DISPUTED_CLAIM_WORDS = 10
# after a reporting verb, the particle of a phrasal verb that reads or writes out a text
_READ_ALOUD_PARTICLES = frozenset({"out", "off", "aloud"})


class Asides(SpeakerBodies):
    """Tells asides, relative clauses and clause starts around a reporting verb."""

    def object_relative(self, s: Sentence, v: int) -> int | None:
        """The relative pronoun opening an object relative clause that holds the verb at ``v``
        (``…, which Moscow claimed to annex``, ``…, which officials said had been …``), or None."""
        toks = s.toks
        for x in range(v - 1, max(-1, v - 8), -1):
            if toks[x].text in (",", ";") or toks[x].text in _BOUND:
                return None
            if toks[x].low in _OBJECT_RELATIVES:
                return x if x + 1 < v and x > 0 and not s.in_quote(x) else None
        return None

    def aside_to_end(self, s: Sentence, x: int, end: int) -> bool:
        """Is ``[x, end)`` a noun phrase with no verb, indefinite or naming a role (``…, according to
        Y, a UK-based monitor.``, ``…, according to Col. X, spokesman for the contingent.``): an aside
        about the name before it, no clause of its own?"""
        lex = self.lex
        toks = s.toks
        return x < end and (toks[x].low in ("a", "an") or (
            toks[x].word and not toks[x].cap or toks[x].low == "the") and self._role_start(s, x)) and not any(
            t.low in lex.be_aux or t.low in lex.modal or t.low in lex.verbs or t.low in lex.report_verbs
            for t in toks[x:end])

    def _closes_subject_aside(self, s: Sentence, start: int, k: int, cands: list[Cand]) -> bool:
        """Does the comma at ``k`` close a relative clause about the sentence's subject, a name
        opening it (``Gen. X, who now commands the base, said …``)? What follows is then the
        subject's own verb phrase, not an attribution closing the sentence."""
        toks = s.toks
        first = next((x for x in range(start, k) if toks[x].text in (",", "—", "–") or toks[x].text in QUOTES), None)
        return first is not None and first > start and toks[first].text == "," and first + 1 < k \
            and any(c.b == first and c.a <= start + 2 and c.kind in (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION)
                    for c in cands) \
            and toks[first + 1].low in ("who", "whose", "which") \
            and not any(toks[x].text in (",", "—", "–") or toks[x].text in QUOTES for x in range(first + 1, k))

    def _subject_aside_opening(self, s: Sentence, k: int, verb: int, cands: list[Cand]) -> int | None:
        """The comma opening an aside about the subject that holds the clause word at ``k`` and
        closes right before the reporting verb at ``verb``: ``Gen. X, who was abroad when the town
        fell, told …``, ``X, who heads Y, the agency that runs Z, said …``, ``The X Front (XF), an
        alliance of groups that signed the accord, said …``, ``Gen. X, elected after the coup that
        toppled Y, said …``. A relative or participle clause inside such an aside is no clause of
        the sentence: its subject is the name before the aside. None when there is no such aside."""
        toks = s.toks
        lex = self.lex
        close = verb - 1
        while close > k and (toks[close].low in _ADVERBS or toks[close].low in _TIME_WORDS):
            close -= 1                                 # "…, once quipped", "…, on Sunday said"
        if close <= k or toks[close].text != ",":
            return None
        for o in range(k - 1, max(0, k - 30), -1):
            t = toks[o]
            if t.text in _BOUND or (t.word and t.low in lex.report_verbs and not t.cap):
                return None
            if t.text != ",":
                continue
            end = o
            if toks[o - 1].text == ")":               # "The X Front (XF), an alliance …"
                end = next((x for x in range(o - 2, max(-1, o - 8), -1) if toks[x].text == "("), o)
            # (a name the gazetteer does not know: capitals the speaker phrase reads later)
            named = any(c.b == end and c.kind in (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION) for c in cands) or (
                end == o and self.f.nameword(toks[o - 1]) and toks[o - 2].cap and toks[o - 2].word)
            nxt = toks[o + 1]
            opener = nxt.low in ("who", "whose", "whom", "which", "a", "an", "the") or (
                nxt.word and not nxt.cap and (nxt.low.endswith("ed") or nxt.low in lex.role_nouns))
            if named and opener:
                return o
        return None

    def _verbless_subject(self, s: Sentence, k: int) -> bool:
        """Is ``[0, k)`` a noun phrase with no verb of its own (``The real test of the accord``),
        so that a comma-bounded attribution after it (``…, he said, would come …``) parts the
        subject from its predicate?"""
        toks = s.toks
        lex = self.lex
        return 0 < k <= 14 and all(
            (t.word or t.text in ("'s", "’s", "-")) and t.low not in _CLAUSE_WORDS and t.low not in lex.modal
            and t.low not in lex.report_verbs and not (not t.cap and (
                t.low.endswith("ed") or t.low in lex.irregular_past or t.low in lex.verbs)) for t in toks[:k])

    def disputes_at(self, toks, i: int) -> bool:
        """A denial in any of its verbs with the claim it disputes right after it (``dismissed reports
        that …``, ``rejects claims``, ``refuted the allegations``): a report, whatever the verb (but
        ``dismissed the reports as rumours`` is a verdict, read as one; ``the claims that circulated on
        social media`` is a relative clause, no claim told)."""
        lex = self.lex
        nouns = lex.words("disputed_claim_nouns")
        n = len(toks)
        if toks[i].low not in lex.denial_verbs or toks[i].low.endswith("ing") or i + 1 >= n:
            return False
        k = i + 2 if toks[i + 1].low in ("the", "these", "those") else i + 1
        # (what is disputed must be told: "rejected the claim." alone says nothing)
        if not (k < n and toks[k].low in nouns and not any(toks[x].low == "as" for x in range(k + 1, min(n, k + 3)))):
            return False
        that = next((x for x in range(k + 1, min(n, k + _DISPUTED_CLAIM_WORDS)) if toks[x].low == "that"), None)
        if that is None or that + 1 >= n:
            return False
        nxt = toks[that + 1]
        return not (nxt.word and not nxt.cap and (
            nxt.low.endswith("ed") or nxt.low in lex.irregular_past or nxt.low in lex.be_aux or nxt.low in lex.modal
            or nxt.low in ("has", "have", "had")))        # "the claims that circulated": a relative clause

    def not_a_report_here(self, toks, i: int) -> bool:
        """Is the reporting verb's form at ``i`` something else here: a participle after a speech
        noun (``in a statement read out on radio``), a plural noun opening a clause (``early reports
        suggested``), or a verb reading a text aloud (``read out the names of the dead``)?"""
        return self._modifies_speech_noun(toks, i) or self._plural_noun_subject(toks, i) or (
            i + 1 < len(toks) and toks[i + 1].low in _READ_ALOUD_PARTICLES
            and toks[i].low not in self.lex.raw.get("reporting_particles", {}))

    def _modifies_speech_noun(self, toks, i: int) -> bool:
        """Is the reporting verb at ``i`` a participle after the speech noun of a prepositional
        phrase (``said in a statement read out on radio``, ``in a video posted online``)? Then it
        reports nothing (but ``the statement read: …`` does: the noun is its subject)."""
        k = next((x for x in (i - 1, i - 2) if x > 0 and match_phrase(self.lex.speech_nouns, toks, x) == i), None)
        return k is not None and any(toks[x].low in _SPEECH_PREPOSITIONS for x in range(max(0, k - 4), k))

    def _plural_noun_subject(self, toks, i: int) -> bool:
        """Is the ``-s`` form at ``i`` a plural noun opening a clause (``early reports suggested``,
        ``the claims were denied``), its verb right after it, rather than a reporting verb? Only when a
        determiner or adjective opens its phrase: a subject before it (``which the UN says is``, ``it
        says``, ``the government says``) makes it the verb."""
        t = toks[i]
        if not t.low.endswith("s") or i + 1 >= len(toks) or i == 0 or toks[i - 1].text in (",", ":") \
                or toks[i - 1].cap or toks[i - 1].low not in self.lex.words("claim_noun_openers"):
            return False
        nxt = toks[i + 1]
        return nxt.word and not nxt.cap and (nxt.low in self.lex.be_aux or nxt.low in self.lex.modal
                                             or nxt.low in self.lex.report_verbs
                                             or nxt.low in self.lex.words("claim_noun_verbs"))

    def _aside_at(self, s: Sentence, j: int) -> bool:
        """Does what follows a reporting verb at ``j`` only modify it (a comma-bounded aside, a
        prepositional or subordinate phrase, a relative clause, a participle, an adverb), rather
        than say what was said (a ``that``-clause, a noun phrase, a clause with its subject)?"""
        t = s.toks[j]
        if not t.word:
            return t.text in ",;:()—–-" or t.text in QUOTES
        lo = t.low
        if j > 0 and not t.cap and (lo.endswith("ed") or lo in _PARTICIPLES) and (
                match_phrase(self.lex.speech_nouns, s.toks, j - 1) or s.toks[j - 1].low in _OUTLETS):
            return True                                 # "in a communique broadcast on the radio"
        if self.approximates(s, j):
            return False
        return (lo in _ASIDE_OPENERS or (lo.endswith("ing") and not t.cap) or (lo.endswith("ly") and not t.cap)
                or lo in _TIME_WORDS)

    def approximates(self, s: Sentence, j: int) -> bool:
        """Does a quantity open at ``j`` (``roughly 100 trucks``, ``nearly half the troops``, ``at least
        85 soldiers``), so the noun phrase is the reported clause's subject, not an aside?"""
        toks = s.toks
        k = j + 1
        if toks[j].low == "at" and k < len(toks) and toks[k].low in ("least", "most"):
            k += 1
        elif not (toks[j].low.endswith("ly") and not toks[j].cap):
            return False
        return k < len(toks) and (toks[k].text[:1].isdigit()
                                  or toks[k].low in self.lex.words("quantity_openers"))

    def _verb_after(self, s: Sentence, j: int) -> bool:
        """Does a clause start at ``j``: an auxiliary, or a past-tense or reporting verb, within a few
        words (``saying rebel troops still held the town``)?"""
        toks = s.toks
        for k in range(j + 1, min(len(toks), j + 7)):
            t = toks[k]
            if t.text in ",;:" or t.text in QUOTES:
                return False
            if t.low in _CLAUSE_WORDS - {"that"} or (t.word and not t.cap and (
                    t.low.endswith("ed") or t.low in self.lex.report_verbs or t.low in self.lex.irregular_past)):
                return True
        return False

    def _clause_at(self, s: Sentence, j: int) -> bool:
        """Does a clause start at ``j`` (``confirmed US forces had left``), not a noun phrase
        (``confirmed the handover``)?"""
        toks = s.toks
        for k in range(j + 1, min(len(toks), j + 9)):
            t = toks[k]
            if t.text in ",;:" or t.text in QUOTES:
                return False
            if t.low in _CLAUSE_WORDS - {"that"}:
                return True
        return False
