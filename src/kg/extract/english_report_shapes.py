"""Reports that sit beside or inside another clause of an English sentence: an attribution parting
a subject from its predicate (``The real test, he said, will come …``), a report joined before a
quoted one (``X confirmed that …, and Y said "…"``), a relative clause that reports (``X, who had
insisted that …, could not be reached``, ``…, which officials said had been …``), and a paraphrased
clause going on past a few quoted words (``that Y "…" agreed under the accord``); and reports that
say nothing: a negated one (``has not said what …``), one in a relative clause without its pronoun
(``footage it said showed …``).
"""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_speakers import UNNAMED, _ADVERBS, _CLAUSE_INTRO, _CLAUSE_WORDS, _INVERTIBLE, _TIME_WORDS
from .english_text import QUOTES, Sentence
from .english_verdicts import Verdicts



class ReportShapes(Verdicts):
    """Finds reports in the shapes above; :class:`.english_quotes.Quotes` calls them."""

    def _parenthetical(self, s: Sentence, verbs: list[int], limit: int, cands):
        """``The real test, he said, will come …``: (the comma before the attribution, the first
        token of the predicate, the speaker) for an attribution set off by commas between a
        subject with no verb and a predicate opening with an auxiliary or a modal, before ``limit``."""
        toks = s.toks
        for v in verbs:
            if v >= limit or toks[v].low not in _INVERTIBLE:
                continue
            j = self._skip_adverbials(s, v, v + 1)
            k = next((x for x in range(v - 1, max(0, v - 6), -1) if toks[x].text == ","), None)
            if k is None or j + 1 >= limit or toks[j].text != "," or not self._verbless_subject(s, k):
                continue
            nxt = toks[j + 1].low
            if nxt not in _CLAUSE_WORDS - {"that"} and nxt not in self.lex.modal and not (
                    toks[0].low in self.lex.raw.get("clause_opening_prepositions", ())
                    and self._clause_at(s, j + 1)):
                continue                    # ("Under the deal, it said, the colonel was to leave": an
                                            # opening adverbial, the attribution, then the whole clause)
            who = self.speaker_of(s, k + 1, v, cands)
            if isinstance(who, Cand):
                return k, j + 1, who
        return None

    def _report_before(self, s: Sentence, cands, verbs: list[int], a: int) -> None:
        """``X confirmed that …, and Y said "…"``: the clause before the one that holds the
        quotation, joined to it by ``, and`` / ``, but`` / ``, while`` (``a``: where the second
        clause's subject begins), may report what someone else said."""
        toks = s.toks
        if not verbs or a < 3 or toks[a - 1].low not in ("and", "but", "while", "whereas") \
                or toks[a - 2].text != ",":
            return
        v = verbs[0]
        who, a0 = self._initial_attribution(s, v, cands)
        j = self._skip_adverbials(s, v, v + 1)
        if not isinstance(who, Cand) or j >= a - 2 or s.in_quote(j) or not (
                toks[j].low == "that" or self._clause_at(s, j)):
            return
        s.attrib.update(range(a0, j))
        self._remember(s, who)
        self._emit(s, j, a - 2, "reported", who, split=False)

    def _report_of_a_relative(self, s: Sentence, cands, v: int) -> bool:
        """``X, who had insisted days ago that the army was ready, could not be reached``: a
        relative clause after a name reports what the named one said; its ``that``-clause runs to
        the comma before the main clause's predicate."""
        toks = s.toks
        n = len(toks)
        r = v - 1
        while r > 0 and (toks[r].low in _ADVERBS or toks[r].low.endswith("ly") and toks[r].word and not toks[r].cap):
            r -= 1                                     # "who has repeatedly warned"
        if r < 2 or toks[r].low != "who" or toks[r - 1].text != ",":
            return False
        who = next((c for c in cands if c.b == r - 1 and c.kind in (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION)),
                   None)
        if who is None:
            return False
        j = self._skip_adverbials(s, v, v + 1)
        while j < n and j - v <= 6 and toks[j].low != "that" and (
                toks[j].low in _TIME_WORDS or toks[j].low in ("only", "just", "last", "this", "earlier", "ago")
                or toks[j].text[:1].isdigit()):
            j += 1                                     # "only days ago that …"
        if j >= n or toks[j].low != "that":
            return False
        end = next((x for x in range(j + 2, n - 1) if toks[x].text == "," and (
            toks[x + 1].low in _CLAUSE_WORDS or toks[x + 1].low in self.lex.modal)), None)
        if end is None:
            return False
        s.attrib.update(range(r, j))
        self._remember(s, who)
        self._emit(s, j, end, "reported", who, split=False)
        return True

    def _relative_report(self, s: Sentence, rel: int, v: int, cands) -> None:
        """``…, which officials said had been supplied by Y``: the relative clause reports what its
        subject said of the noun before it; the words after the verb are the statement. A relative
        clause whose verb has an object of its own (``which Moscow claimed to annex``) says
        nothing."""
        toks = s.toks
        if v + 1 >= len(toks) or toks[v + 1].low not in _CLAUSE_WORDS or toks[v + 1].low == "that":
            return
        who = self.speaker_of(s, rel + 1, v, cands)
        if who is UNNAMED:
            who = self.collective_body(s, rel + 1, v, cands)       # "which GNA officials said …"
        if not isinstance(who, Cand):
            return
        end = next((x for x in range(v + 1, len(toks)) if toks[x].text in (",", ";") or toks[x].text in QUOTES),
                   len(toks))
        s.attrib.update(range(rel, v + 1))
        self._remember(s, who)
        self._emit(s, v + 1, end, "reported", who, split=False)

    def _clause_goes_on(self, s: Sentence, qn: int) -> bool:
        """Does the clause go on after the quotation ending at ``qn`` with a prepositional phrase
        (``"…" in parts of the city``), not closed by the quotation's own punctuation nor by an
        attribution (``"…" he said``) nor followed by a clause of its own (``"…" and urged …``)?"""
        toks = s.toks
        k = qn
        while k < len(toks) and toks[k].text in QUOTES:
            k += 1
        tails = self.lex.raw.get("quote_tail_prepositions", ())
        if k + 1 < len(toks) and toks[k].word and not toks[k].cap and toks[k + 1].low in tails and (
                toks[k].low.endswith("ed") or toks[k].low in self.lex.irregular_past):
            k += 1                # '"…" agreed under the accord': a participle, then its phrase
        if k >= len(toks) or toks[k].low not in tails:
            return False
        words = 0
        while k < len(toks) and toks[k].word and k not in s.attrib:
            words += 1
            k += 1
        return words >= 2

    def _contact_relative(self, s: Sentence, v: int) -> bool:
        """``drone footage it said showed …``, ``weapons they say were supplied by …``: a relative
        clause with no pronoun of its own (the noun before is the subject of what follows the
        verb). What follows has no subject: no statement of its own."""
        toks = s.toks
        if v < 2 or v + 1 >= len(toks) or toks[v - 1].low not in self.lex.pronouns:
            return False
        noun, nxt = toks[v - 2], toks[v + 1]
        return noun.word and not noun.cap and noun.low not in _CLAUSE_INTRO and noun.low not in _CLAUSE_WORDS \
            and noun.low not in self.lex.report_verbs and noun.low not in self.lex.subject_starts \
            and not noun.low.endswith("ly") and nxt.word and not nxt.cap and (
                nxt.low in _CLAUSE_WORDS - {"that"} or nxt.low in self.lex.modal or nxt.low.endswith("ed")
                or nxt.low in self.lex.irregular_past)

    def _negated(self, toks, v: int) -> bool:
        """``has not said what …``, ``did not confirm the loss``, ``would not yet say``: a report
        denied by its own negation says nothing."""
        k = v - 1
        if k > 0 and toks[k].low in ("yet", "immediately", "publicly", "officially", "explicitly"):
            k -= 1
        return k >= 0 and (toks[k].low in ("not", "never") or (
            toks[k].low.endswith("nt") and toks[k].low in self.lex.raw.get("negations", ())))
