"""A statement's text cut into statements: a quotation joining two statements (``…, while …``,
``;``), a report going on with a reporting participle (``…, adding that …``) or a second reporting
verb of the same subject (``… and urged X to …``).
"""
from __future__ import annotations

from .english_attribution import Attribution
from .english_entities import Cand
from .english_names import match_phrase
from .english_speakers import _ADVERBS, _ASIDE_OPENERS, _CLAUSE_PRONOUNS, Said
from .english_text import QUOTES, Sentence


# how far into a quotation after "and" a subject's verb may come ('and "we never left"')
_QUOTED_SUBJECT_WORDS = 3


def _words(toks, a: int, b: int) -> int:
    return sum(1 for t in toks[a:b] if t.word)


class Pieces(Attribution):
    """Emits statements, cut where one statement ends and the next begins."""

    out: list[Said]


    def _emit(self, s: Sentence, a: int, b: int, kind: str, who, split: bool = True) -> None:
        toks = s.toks
        while a < b and (toks[a].text in ",;:—–-" or toks[a].text in QUOTES):
            a += 1
        while b > a and (toks[b - 1].text in ",;:—–-" or toks[b - 1].text in QUOTES):
            b -= 1
        if b - a < 3:
            return
        pieces = self._clauses(s, a, b) if split else [(a, b)]
        if kind == "reported":
            pieces = [q for pa, pb in pieces for q in self._continued(s, pa, pb)]
        for pa, pb in pieces:
            while pb > pa and toks[pb - 1].text in ",;:—–-.":
                pb -= 1
            while pa < pb and toks[pa].text in ",;:—–-":
                pa += 1
            if pb - pa > 2 and toks[pa].text in QUOTES and toks[pb - 1].text in QUOTES \
                    and sum(1 for t in toks[pa:pb] if t.text in QUOTES) == 2:
                pa, pb = pa + 1, pb - 1             # '… and "seized every rifle"': the quoted words
            elif pb - pa > 2 and sum(1 for t in toks[pa:pb] if t.text in QUOTES) == 1:
                if toks[pb - 1].text in QUOTES:
                    pb -= 1                         # the closing mark of a quotation opened before the cut
                elif toks[pa].text in QUOTES:
                    pa += 1
            if sum(1 for t in toks[pa:pb] if t.word) < 3:
                continue
            st, en = toks[pa].start, toks[pb - 1].end
            self.out.append(Said(st, en, s.text[st:en], kind, who, s))

    def _verbish(self, t) -> bool:
        lex = self.lex
        return t.word and not t.cap and (
            t.low in lex.modal or t.low in lex.be_aux or t.low in lex.irregular_past or t.low in lex.verbs
            or t.low in lex.report_verbs or t.low in ("did", "had", "has", "have") or t.low.endswith("ed"))

    def _quoted_clause(self, s: Sentence, x: int, b: int) -> bool:
        """Does the quotation opening at ``x`` hold a clause of its own (a verb: ``"went as agreed"``,
        or a subject and its verb: ``"we never left"``), not a noun phrase (``"heavy equipment
        belonging to the brigade"``), and end the piece (no words of the sentence after its
        closing mark: ``… "the brigade's rifles" at Camp X`` goes on)?"""
        toks = s.toks
        close = next((y for y in range(x, b) if not s.in_quote(y)), b)
        if any(toks[y].word for y in range(close, b)):
            return False
        if self._verbish(toks[x]):
            return True
        return (toks[x].low in _CLAUSE_PRONOUNS or toks[x].cap) and any(
            self._verbish(toks[y]) for y in range(x + 1, min(close, x + 1 + _QUOTED_SUBJECT_WORDS)))

    def _continued(self, s: Sentence, a: int, b: int) -> list[tuple[int, int]]:
        """A reported statement cut where the same speaker goes on to say more: a reporting
        participle (``…, adding that …``, ``…, saying …``), a participle that itself reports
        (``…, accusing X of …``) or a second reporting verb of the same subject (``… and urged X
        to …``, ``… but stressed that …``), or a contrasting ``that``-clause (``…, but that …``).
        A second ``that``-clause (``… and that …``) stays with
        the first, one statement, unless the first holds quoted words (``that A was "…" and that
        B``): the writer joins a quotation and a paraphrase, two claims."""
        toks = s.toks
        lex = self.lex
        cuts: list[tuple[int, int]] = []            # (end of the piece before, start of the next)
        k = a + 3
        while k < b - 2:
            t = toks[k]
            if s.in_quote(k) or not t.word:
                k += 1
                continue
            prev = toks[k - 1]
            comma = prev.text == "," or (prev.text in QUOTES and toks[k - 2].text == ",")   # (`"…," adding`)
            ce = k - 1 if prev.text == "," else k - 2
            if comma and t.low in lex.quotative:
                e = match_phrase(lex.quotative, toks, k) or k + 1
                if e < b and toks[e].low == "that":
                    cuts.append((ce, e + 1))        # "…, adding that …"
                elif e < b and toks[e].word and toks[e].low not in _ASIDE_OPENERS and self._verb_after(s, e):
                    cuts.append((ce, e))            # "…, saying the troops were …"
                k = e
                continue
            if comma and t.low in lex.reporting_participles:
                if toks[k + 1].low in ("them", "it", "this", "that", "those", "these", "him", "her"):
                    k += 1                          # "…, calling them …": a verdict on what came before,
                    continue                        # part of that statement
                cuts.append((ce, k))                # "…, accusing X of …": the participle reports
                k += 1
                continue
            if t.low == "and" and toks[k + 1].low == "that" and any(s.in_quote(x) for x in range(a, k)):
                cuts.append((k, k + 2))             # 'said A was "…" and that B': a quoted claim, then
                k += 2                              # a paraphrased one
                continue
            if t.low == "and" and toks[k - 1].text in QUOTES and s.in_quote(k - 2) and (
                    toks[k + 1].text in QUOTES or toks[k + 1].low in lex.modal or toks[k + 1].low in lex.be_aux
                    or toks[k + 1].low in ("did", "had", "has", "have")):
                cuts.append((k, k + 1))             # 'said A was "…" and did not …', '… "…" and "…"': a
                k += 1                              # quoted predicate closes, the subject's next begins
                continue
            if t.low == "and" and toks[k + 1].text in QUOTES and s.in_quote(k + 2) \
                    and toks[k + 2].low not in lex.raw.get("noun_phrase_openers", ()) \
                    and not any(s.in_quote(x) for x in range(a, k)) \
                    and _words(toks, k + 2, next((x for x in range(k + 2, b) if not s.in_quote(x)), b)) >= 3 \
                    and self._quoted_clause(s, k + 2, b):
                cuts.append((k, k + 2))             # 'said the move was planned and "went as agreed"': a
                k += 2                              # paraphrase, then a quoted claim of its own
                continue
            if t.low == "but" and toks[k + 1].low == "that":
                cuts.append((k, k + 2))             # "… said A, but that B": a claim against the first
                k += 2
                continue
            if t.low in ("and", "but") and toks[k + 1].low in lex.raw.get("praise_verbs", ()) \
                    and any(s.in_quote(x) for x in range(k + 2, b)):
                cuts.append((k, k + 2))             # "… and thanked X for "…"": quoted thanks, a statement
                k += 2                              # of their own (unquoted thanks are the reporter's)
                continue
            if t.low in ("and", "but") and self.directive_at(s, self.verb_after_and(toks, k)):
                cuts.append((k, k + 1))             # "… and (has) urged X to …": the verb phrase, its
                k += 2                              # verb group included
                continue
            if t.low in ("and", "but") and toks[k + 1].low in lex.coordinated_reports:
                v = k + 1
                e = v + 1
                if e < b and toks[e].low == "that":
                    e += 1
                elif toks[v].low in lex.raw.get("coordinated_reporting_verbs", ()):
                    e = v                           # "… and described the claims as lies": the verb
                cuts.append((k, e))                 # phrase; "… but stressed that …": the clause
                k = max(e, v + 1)
                continue
            k += 1
        if not cuts:
            return [(a, b)]
        out, x = [], a
        for end, start in cuts:
            out.append((x, end))
            x = start
        out.append((x, b))
        return out

    def _clauses(self, s: Sentence, a: int, b: int) -> list[tuple[int, int]]:
        """A quotation cut where it joins two statements: ``…, while …``, ``… not …, but I …``, ``;``.
        A quotation of several sentences stays one statement, as the dev annotators record it."""
        toks = s.toks
        cuts = [a]
        for k in range(a + 1, b - 1):
            t = toks[k]
            nxt = toks[k + 1].low
            if t.text == ";" or (t.low in self.lex.clause_breaks and toks[k - 1].text == ",") or (
                    t.low == "but" and self._denial_then_claim(s, cuts[-1], k)):
                cuts.append(k + (1 if t.text == ";" else 0))
        cuts.append(b)
        pieces = []
        for x, y in zip(cuts, cuts[1:]):
            if pieces and sum(1 for t in toks[x:y] if t.word) < 4:
                pieces[-1] = (pieces[-1][0], y)
            elif pieces and sum(1 for t in toks[pieces[-1][0]:pieces[-1][1]] if t.word) < 4:
                pieces[-1] = (pieces[-1][0], y)
            else:
                if x > a and (toks[x].low in self.lex.clause_breaks or toks[x].low == "but"):
                    x += 1
                pieces.append((x, y))
        return pieces

    def _denial_then_claim(self, s: Sentence, a: int, k: int) -> bool:
        """Does ``but`` at ``k`` join a denial and a claim of its own (``we did not sign the deal,
        but we will talk again``: two statements)? ``X, but Y`` with no denial before is one
        contrastive statement (``the camp is small, but it matters``); so is ``not X, but Y``
        contrasting two phrases (``not an ending, but a turning point``)."""
        toks = s.toks
        nxt = toks[k + 1].low if k + 1 < len(toks) else ""
        if nxt not in _CLAUSE_PRONOUNS and not (nxt in self.lex.subject_starts and self._verb_after(s, k + 1)):
            return False
        return any(t.low in ("not", "n't", "never", "no") for t in toks[max(a, k - 10):k])

    def _participle_tail(self, s: Sentence, k: int, who) -> None:
        """``…, the ministry said, adding that …``: what the reporting participle introduces is
        another statement of the same speaker."""
        toks = s.toks
        n = len(toks)
        for x in range(k + 1, n - 3):
            closing = toks[x].text in QUOTES and toks[x - 1].text == ","      # '"…," adding that …'
            if not closing and (toks[x].text != "," or s.in_quote(x)):
                continue
            e = match_phrase(self.lex.quotative, toks, x + 1)
            if not e and isinstance(who, Cand) and who.sent is s and who.b == x and toks[x + 1].low == "who":
                # "…, according to X, who said (that) …": the speaker's relative clause reports too
                v = x + 2
                while v < n and toks[v].low in _ADVERBS:
                    v += 1
                if v < n and toks[v].low in self.lex.report_verbs and toks[v].low not in self.lex.denial_verbs:
                    e = self._skip_adverbials(s, v, v + 1)
            if not e:
                continue
            if e < n and toks[e].low == "that":
                e += 1
            elif not (e < n and (toks[e].text in (":",) or toks[e].text in QUOTES or (
                    toks[e].word and toks[e].low not in _ASIDE_OPENERS and self._verb_after(s, e)))):
                return                                  # "adding to the confusion": no content
                                                        # (but "saying the troops had left": a clause)
            self._emit(s, e, n, "reported", who, split=False)
            return
