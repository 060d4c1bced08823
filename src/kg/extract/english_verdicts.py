"""Quoted verdicts: the words a speaker puts on a thing, quoted by the reporter without a reporting
verb. ``X called the handover "a proud day"``, ``X described the reports as "false"``,
``X dismissed as "false" reports that …``, ``X condemned what he called "aggression"``,
``a decision X described as "outrageous"``, ``X issued a statement calling the day "…"``,
``X hailed "the first victory"``, ``X thanked the troops for "…"``. The quoted words are X's statement.
"""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_pieces import Pieces
from .english_speakers import _ADVERBS, _ASIDE_OPENERS, _NOUN_DETS, Said
from .english_text import QUOTES, Sentence

# "called for calm", "called on the army", "called off the talks": no verdict
_PARTICLES = frozenset({"for", "on", "off", "up", "upon", "in", "out", "back", "to", "into", "at"})
_RELATIVE = frozenset({"what", "which", "that"})
_SPEAKERS = (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION)
_WINDOW = 10                       # tokens between the verb and the quotation ("… in a post on X as")
# an unquoted verdict: "described the claim as propaganda", "dismissed these reports as rumours on Monday"
_CLAIM_DETS = frozenset({"the", "these", "those", "this", "that", "such", "their", "its"})
_VERDICT_END = frozenset({"on", "in", "at", "during", "after", "before", "and", "but", "while", "because", "when",
                          "which", "who", "saying", "adding", "since", "as"})
_VERDICT_WORDS = 8


class Verdicts(Pieces):
    """Finds quoted verdicts a sentence's other rules left unattributed."""

    def verdicts(self, s: Sentence, cands: list[Cand], first: int) -> None:
        """Quotations of ``s`` not yet inside a statement (``self.out[first:]`` holds this sentence's)."""
        toks = s.toks
        plain = {*self.lex.raw.get("verdict_verbs", ()), *self.lex.raw.get("praise_verbs", ())}
        with_as = self.lex.raw.get("verdict_as_verbs", ())
        done = self.out[first:]
        k = 0
        while k < len(s.quotes):
            qa, qb = s.quotes[k]
            k += 1
            words = [t for t in toks[qa:qb] if t.word]
            if not words or qa < 2 or any(st.start <= toks[qa].start < st.end for st in done):
                continue
            if all(t.cap for t in words):
                continue                          # 'a camp the army calls "Camp Victory"': a name, no verdict
            v = self._verdict_verb(s, qa - 1, plain, with_as)
            if v is None:
                continue
            who = self._verdict_speaker(s, v, cands)
            if not isinstance(who, Cand):
                continue
            # a verdict in two quoted pieces ('as a "pre-planned" operation "to …"'): one statement
            while k < len(s.quotes) and s.quotes[k][0] - qb <= 5 and all(
                    (t.word and not t.cap) or t.text in QUOTES for t in toks[qb:s.quotes[k][0]]):
                qb = s.quotes[k][1]
                k += 1
            a, b = qa, qb
            while b > a and toks[b - 1].text in ",;:.!?" or b > a and toks[b - 1].text in QUOTES:
                b -= 1
            if b <= a:
                continue
            st, en = toks[a].start, toks[b - 1].end
            self.out.append(Said(st, en, s.text[st:en], "direct", who, s))
            self._remember(s, who)

    def unquoted_verdicts(self, s: Sentence, cands: list[Cand]) -> None:
        """``The ministry described the claim as propaganda.``: a verdict on a claim (the verb's object
        a claim noun) is the speaker's statement without quotation marks too: the words after ``as``,
        up to the clause's end. Any other object (``described the base as a hub``) may be the
        reporter's own words, so it needs the quotation marks."""
        toks = s.toks
        n = len(toks)
        with_as = self.lex.raw.get("verdict_as_verbs", ())
        claims = self.lex.words("disputed_claim_nouns")
        if self._what_they_called(s, cands):
            return
        for v in range(1, n - 4):
            t = toks[v]
            if t.low not in with_as or t.cap or not (
                    toks[v + 1].low in _CLAIM_DETS and toks[v + 2].low in claims and toks[v + 3].low == "as"):
                continue
            a = b = v + 4
            while b < n and b - a < _VERDICT_WORDS and toks[b].word and toks[b].low not in _VERDICT_END:
                b += 1
            if b == a or (b < n and toks[b].word and toks[b].low not in _VERDICT_END):
                continue                          # no words, or more than a verdict: a clause of its own
            if self._credit_verdict(s, v, cands, a, b):
                return

    def _credit_verdict(self, s: Sentence, v: int, cands: list[Cand], a: int, b: int) -> bool:
        """Words ``a``-``b`` as the statement of the speaker of the verdict verb at ``v``, if it has one."""
        who = self._verdict_speaker(s, v, cands)
        if not isinstance(who, Cand):
            return False
        st, en = s.toks[a].start, s.toks[b - 1].end
        self.out.append(Said(st, en, s.text[st:en], "reported", who, s))
        self._remember(s, who)
        return True

    def _what_they_called(self, s: Sentence, cands: list[Cand]) -> bool:
        """``X thanked the hosts for what he called a correct withdrawal``: the words after ``what
        he called`` (``what it termed``, ``what she described as``) are the speaker's, quoted or not:
        up to the clause's end, a verdict's length at most."""
        toks = s.toks
        n = len(toks)
        plain = self.lex.raw.get("verdict_verbs", ())
        with_as = self.lex.raw.get("verdict_as_verbs", ())
        for w in range(1, n - 3):
            if toks[w].low != "what" or toks[w + 1].low not in self.lex.pronouns:
                continue
            v = w + 2
            a = v + 1
            if toks[v].low in with_as and toks[a].low == "as":
                a += 1
            elif toks[v].low not in plain or toks[a].low in _PARTICLES:
                continue
            b = a
            while b < n and b - a < _VERDICT_WORDS and toks[b].word and (toks[b].low not in _VERDICT_END or (
                    toks[b].low == "and" and b + 1 < n and toks[b + 1].word and not toks[b + 1].cap
                    and toks[b + 1].low not in self.lex.subject_starts)):
                b += 1                            # ("a correct and orderly exit": one phrase)
            if b == a or s.in_quote(a) or (b < n and toks[b].word and toks[b].low not in _VERDICT_END):
                continue                          # quoted (read as a quotation), or a clause of its own
            if self._credit_verdict(s, v, cands, a, b):
                return True
        return False

    def _verdict_verb(self, s: Sentence, q: int, plain, with_as) -> int | None:
        """The verdict verb governing the quotation opening at ``q``: ``called [the plan]``,
        ``described [the reports] as``, ``dismissed as``; None if another clause comes between."""
        toks = s.toks
        for v in range(q - 1, max(-1, q - 1 - _WINDOW), -1):
            t = toks[v]
            if t.text in (",", ";", ":", "(", ")", ".") or t.text in QUOTES or s.in_quote(v):
                return None
            if not t.word or t.cap:
                continue
            if t.low in with_as and any(toks[x].low == "as" for x in range(v + 1, q)):
                return v
            if t.low in plain and toks[v + 1].low not in _PARTICLES \
                    and not (v > 0 and toks[v - 1].low in self.lex.be_aux):    # "a camp (is) called": a name
                return v
            if t.low == "that" or t.low in self.lex.report_verbs and toks[v - 1].low not in _NOUN_DETS:
                return None                       # the quotation belongs to a reported clause
                                                  # (not "described the reports as": a noun)
        return None

    def _verdict_speaker(self, s: Sentence, v: int, cands: list[Cand]):
        toks = s.toks
        p = v - 1
        while p > 0 and toks[p].low in _ADVERBS:
            p -= 1
        if p >= 1 and toks[p].low in self.lex.pronouns and toks[p - 1].low in _RELATIVE:
            # "X condemned what he called …": the subject of the clause the relative ends, else
            # whom the pronoun stands for
            got = self._coordinated_subject(s, p - 1, cands)
            return got[0] if got is not None else self.speaker_of(s, p, p + 1, cands)
        named = next((c for c in cands if c.b == p + 1 and c.kind in _SPEAKERS), None)
        start = c_start(named) if named is not None else p
        if start > 0 and (named is not None or toks[p].cap and toks[p].word):
            before = toks[start - 1]
            if before.word and not before.cap and before.low not in _ASIDE_OPENERS \
                    and before.low not in _NOUN_DETS and before.low not in _RELATIVE \
                    and before.low not in self.lex.report_verbs:
                # "a decision X described as …": the name right before the verb, a noun before it
                return named if named is not None else self.speaker_of(s, p, p + 1, cands)
        if toks[v].low.endswith("ing"):
            got = self._coordinated_subject(s, v, cands)         # "issued a statement calling the day …"
            return got[0] if got is not None else None
        who, _ = self._initial_attribution(s, v, cands)
        return who


def c_start(c: Cand) -> int:
    """The first token of a mention, with its title (``Sen. X``)."""
    return min(c.t0, c.a)
