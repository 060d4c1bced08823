"""Which base a handover trigger's object (or passive subject) describes: a named base, a
definite description (``the base``: the one last named), an indefinite one (the handover the
article is about), a pronoun (``handing it over``), a plural (``both sites``), a relative clause's
antecedent (``the camp, which X had taken over``)."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import DETERMINERS, GOVERNING_PREPS, INDEF, base_key
from .english_entities import Cand
from .english_names import match_phrase
from .english_text import QUOTES, Sentence

# an aside on where a base lies, between it and a relative clause about it ("X, near Y, which …")
_WHERE_ASIDE = frozenset({"in", "near", "on", "outside", "along", "close", "south", "north", "east", "west",
                          "inside", "at"})

_NP_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "control", "of",
                       "from", "over", "out", "back", "up", "all", "both", "full", "security", "responsibility",
                       "for", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "several", "some", "remaining", "former", "main", "key", "command"})
_BARE_TAIL = frozenset({"on", "in", "last", "overnight", "earlier", "later", "early", "late", "between", "after",
                        "before", "at", "by", "within", "two", "three", "days", "weeks", "months", "then"})



class BaseObjects:
    """The base of a handover; part of :class:`.english_claims.Claims`, whose reading state
    (``drafts``, ``seen``, ``last_base``, ``last_handover``) it reads."""

    def _base_np(self, s: Sentence, cands, start: int, stop: int, forward: bool = True):
        """The base a trigger's object (or passive subject) names: a Cand, INDEF or None."""
        toks = s.toks
        lex = self.lex
        rng = range(start, min(stop, start + 12)) if forward else range(stop - 1, max(start, stop - 12) - 1, -1)
        for k in rng:
            t = toks[k]
            if t.text in QUOTES or (forward and t.text in ";"):
                break
            if forward and k == start and t.low in ("it", "them", "both") and self.last_handover is not None \
                    and self.last_handover.sent is s:
                # "withdrew from the base and handed it over to …", "left A, B and C, handing them to …",
                # "left A and B, handing both to …"
                if t.low != "it":
                    mine = []
                    for d in self.drafts:
                        if d.sent is s and isinstance(d.base, Cand) and d.base not in mine:
                            mine.append(d.base)
                    if len(mine) > 1:
                        return ("list", mine)
                return self.last_handover
            if forward and k > start and not self._np_inside(toks[k - 1]):
                break                               # the object ends: "vacated in a month after X"
            c = next((c for c in cands if c.a == k and c.kind is Kind.BASE), None)
            if c is None and not forward:
                c = next((c for c in cands if c.b == k + 1 and c.kind is Kind.BASE), None)
            if c is None and (k == start if forward else t.low in lex.base_facility_heads):
                # "handed Tindar Palace over", "the Old Harbour Building was handed over": a name
                # whose head noun is a facility names the base the trigger governs
                c = self._facility_name(s, cands, k, forward)
            if c is None and not forward and t.word and t.cap and all(
                    toks[x].low in lex.be_aux or toks[x].low in lex.adverbs for x in range(k + 1, stop)):
                # "… said Bagram had been handed over": a base named before by its toponym
                known = self.naming.bases.get(t.low)
                if known is not None and not any(o.a <= k < o.b and o.kind is not Kind.PLACE for o in cands):
                    c = Cand(Kind.BASE, s, k, k + 1, key=known.key, name=known.name, prio=3, head=t.low)
                    for o in [o for o in cands if o.kind is Kind.PLACE and o.a <= k < o.b]:
                        cands.remove(o)
                    cands.append(c)
                    cands.sort(key=lambda x: x.a)
            if c is not None:
                if c.key is None and c.b - c.a <= 3 and toks[c.b - 1].low in lex.base_words:
                    # "the former UN camp in Timbuktu": the base of the place named after it
                    at = self._base_at_place(s, cands, c.b, len(toks))
                    if at is not None and at.key is not None:
                        cands.remove(c)
                        return at
                return c
            if forward and k > start and toks[k - 1].low in ("to", "by") and any(
                    c.a == k and c.kind in (Kind.FORCE, Kind.ORGANIZATION) for c in cands):
                break                               # "... to the local army": past the object
            if not forward and t.low in ("sites", "installations", "facilities", "locations", "positions"):
                lst = self._plural_anaphor(s, k)    # "Both sites were turned over to …"
                if lst is not None:
                    return lst
            e = match_phrase(lex.base_anaphors, toks, k) or match_phrase(lex.base_common, toks, k)
            if e:
                plural = toks[e - 1].low.endswith("s") and toks[e - 1].low not in ("facilities", "premises", "barracks",
                                                                                  "headquarters")
                det = self._determiner(toks, k)
                if det == "one of" or (plural and _one_of(toks, k)):
                    return INDEF
                if plural and forward and e + 1 < stop and toks[e].low in ("at", "in", "inside", "within", "on"):
                    j = e + 2 if toks[e + 1].low == "the" else e + 1
                    at = next((c for c in cands if c.a == j and c.kind is Kind.BASE), None)
                    if at is not None:
                        return at                   # "withdrew from positions at Tindar airport"
                if plural and not forward:
                    # "The bases at A and B were returned to …": the list the subject names; else
                    # "Both sites were turned over to …": the bases just told
                    return self._base_list(s, cands, e, stop) or self._plural_anaphor(s, k)
                if plural:
                    if not forward:
                        return None                 # "their bases": none
                    got = self._base_list(s, cands, e, stop)
                    colon = next((x for x in range(e, stop) if toks[x].text in (":", "—", "–")), None)
                    if got is None and colon is not None:
                        # "handed over three bases to the army on Tuesday: A, B and C": the list
                        # after the colon that closes the clause
                        got = self._base_list(s, cands, colon, stop)
                    return got
                if det in ("the", "this", "that", "all the", "its", "their", "a", "an", "another", "ordinal"):
                    named = self._appositive(s, cands, e, stop) if forward else None
                    if named is None:
                        named = self._base_at_place(s, cands, e, stop if forward else len(toks))
                    if named is not None:
                        return named
                if det in ("the", "this", "that", "all the", "its", "their"):
                    ref = self._toponym_after(s, cands, e, stop) or self._antecedent(toks[e - 1].low, s, k)
                    return ref if ref is not None else INDEF
                if det in ("a", "an", "another", "ordinal"):
                    return INDEF
            if forward and t.word and t.cap and k == start:
                # a place named as a base before ("abandoned Tindar", "left Al Harrow") or a base's
                # gazetteer short name
                h = k + 1 if t.low in lex.particles and k + 1 < stop and toks[k + 1].cap else k
                n = self._base_by_name(s, cands, k, h)
                if n is not None:
                    return n
        return None if forward else self._long_plural_subject(s, cands, start, stop)

    def _long_plural_subject(self, s: Sentence, cands, start: int, stop: int):
        """``The air bases at A in the south and at B in the east were returned …``: a passive's
        plural subject whose list of places runs past the words the search before looked at."""
        toks = s.toks
        for k in range(max(start, stop - 24), max(start, stop - 12)):
            e = match_phrase(self.lex.base_common, toks, k)
            if e and toks[e - 1].low.endswith("s") and toks[e - 1].low not in ("barracks", "headquarters") \
                    and self._determiner(toks, k) in ("the", "its", "their"):
                got = self._base_list(s, cands, e, stop)
                if got is not None and got[1][-1].b >= stop - 6:
                    return got
        return None

    def _determiner(self, toks, k: int) -> str | None:
        j = k - 1
        free = 2                                # plain modifiers: "a hilltop outpost", "the old desert camp"
        while j >= 0 and toks[j].word and toks[j].low not in DETERMINERS and (
                toks[j].low in self.lex.base_adj or toks[j].cap or (
                free > 0 and toks[j].low not in self.lex.function_words and toks[j].low not in self.lex.verbs
                and toks[j].low not in GOVERNING_PREPS)):
            if toks[j].low in self.lex.ordinals:
                return "ordinal"
            if not (toks[j].low in self.lex.base_adj or toks[j].cap):
                free -= 1
            j -= 1
        if j < 0:
            return None
        lo = toks[j].low
        if lo == "the" and j > 0 and toks[j - 1].low == "all":
            return "all the"
        if lo in ("the", "this", "that", "a", "an", "another", "its", "their"):
            return lo
        if lo == "of" and j > 0 and toks[j - 1].low == "one":
            return "one of"
        return None

    def _np_inside(self, t) -> bool:
        """May this word stand inside the object noun phrase before its head (a determiner, a
        number, a name, an adjective or a noun used as one: ``the old hilltop outpost``)?"""
        lo = t.low
        lex = self.lex
        if lo in _NP_WORDS or lo in lex.base_adj or lo in lex.ordinals or t.cap or lo[:1].isdigit() \
                or lo.endswith("est") or t.text in ("'s", "’s", "-"):
            return True
        return t.word and not (lo in lex.function_words or lo in GOVERNING_PREPS or lo in lex.verbs
                               or lo in lex.report_verbs or lo in lex.be_aux or lo in lex.modal
                               or lo in lex.clause_breaks or lo.endswith("ly") or lo in ("and", "but", "or", "who",
                                                                                         "which", "where", "when"))

    def _possessive(self, toks, a: int) -> bool:
        """Is the base phrase at ``a`` owned by a pronoun (``its camp``, ``their last base``)?"""
        k = a - 1
        while k >= 0 and a - k <= 3 and (toks[k].low in self.lex.base_adj or toks[k].low in self.lex.ordinals
                                         or toks[k].low in ("last", "former", "remaining", "main", "final")):
            k -= 1
        return k >= 0 and toks[k].low in ("its", "their")

    def _antecedent(self, noun: str, s: Sentence, at: int) -> Cand | None:
        """What ``the <noun>`` (at token ``at``) refers to: the last base named before it with that
        head noun (``the airport`` after ``Tindar airport``, even with another base named since),
        else the base in focus."""
        lh = self.last_handover
        if lh is not None and lh.sent is s and lh.b <= at and any(
                d.base is lh and d.sent is s and not d.after for d in self.drafts):
            return lh                           # "withdrew from B, handing the camp to X": B
        if noun not in ("base", "site", "facility", "installation", "position", "premises"):
            for c in reversed(self.seen):
                toks = c.sent.toks
                if c.sent.index > s.index or (c.sent is s and c.a >= at):
                    continue
                heads = {toks[c.a].low, toks[c.b - 1].low}
                if noun in heads or (noun in ("airbase", "airfield", "airport") and heads & {"airbase", "airfield",
                                                                                             "airport"}):
                    if self.last_base is not None and base_key(self.last_base) == base_key(c):
                        return self.last_base
                    return c
        return self.last_base

    def _appositive(self, s: Sentence, cands, e: int, stop: int) -> Cand | None:
        """``its last base in the country, Camp X, …``: a base named right after a description
        of it (past a short place phrase), between commas or dashes."""
        toks = s.toks
        k = e
        if k < stop and toks[k].low in ("in", "at", "near", "outside", "of"):
            k += 1
            while k < stop and k - e <= 5 and (toks[k].cap or toks[k].low in ("the", "of", "northern", "southern",
                                                                              "eastern", "western", "central")):
                k += 1
        if k + 1 < stop and toks[k].text in (",", "—", "–", "("):
            return next((c for c in cands if c.a == k + 1 and c.kind is Kind.BASE), None)
        return None

    def _toponym_after(self, s: Sentence, cands, e: int, stop: int) -> Cand | None:
        """``the site held by the brigade at Tindar`` -> the base named Tindar."""
        toks = s.toks
        for k in range(e, min(stop, e + 9)):
            if toks[k].text in ",;" or toks[k].text in QUOTES:
                return None
            if toks[k].low in ("in", "at") and k + 1 < len(toks):
                known = self.naming.bases.get(toks[k + 1].low)
                if known is not None:
                    return known
        return None

    def _plural_anaphor(self, s: Sentence, k: int):
        """``both sites``, ``the two camps``, ``all three bases``, ``these bases``: the bases of the
        handovers just told (this sentence or the one before), when their number agrees."""
        toks = s.toks
        q = toks[k - 1].low if k > 0 else ""
        if q not in self.lex.plural_quant:
            return None
        want = self.lex.plural_quant[q]
        if q in ("two", "three", "four", "five") and not (k > 1 and toks[k - 2].low in ("the", "all")):
            return None
        recent = [d for d in self.drafts if isinstance(d.base, Cand) and 0 <= s.index - d.sent.index <= 1
                  and not d.after]
        if not recent:
            return None
        last = max(d.sent.index for d in recent)
        mine = []
        for d in recent:
            if (d.sent.index == last or d.sent is s) and all(base_key(d.base) != base_key(x) for x in mine):
                mine.append(d.base)
        if len(mine) < 2 or (want and len(mine) != want):
            return None
        return ("list", mine)

    def _relative_base(self, s: Sentence, cands, a: int, i: int):
        """``the camp, which Malian troops had taken over``, ``Camp X, which the mission handed to
        …``: the object of a relative clause is the base the clause describes."""
        toks = s.toks
        k = next((k for k in range(i - 1, max(a, i - 8) - 1, -1) if toks[k].low in ("which", "that")), None)
        if k is None or k < 2 or toks[k - 1].text != ",":
            return None
        if any(toks[x].text in QUOTES or toks[x].text in ",;" for x in range(k + 1, i)):
            return None
        end = k - 1
        for _ in range(2):
            start = max(0, end - 12)
            for x in range(end - 1, start - 1, -1):
                if toks[x].text in ",;" or toks[x].text in QUOTES:
                    start = x + 1
                    break
            base = self._base_np(s, cands, start, end, forward=False)
            if base is not None or start < 2 or toks[start].low not in _WHERE_ASIDE or toks[start - 1].text != ",":
                return base
            end = start - 1                     # "its station at X, in Y province, which Z took over": past
        return None                             # where the base lies, to the base itself

    def _appositive_subject(self, s: Sentence, cands, a: int, i: int) -> Cand | None:
        """``Camp X, the other big installation here, was handed over``: a passive's subject is the
        base named before an aside set off by commas, not the aside's own description of it."""
        toks = s.toks
        k = i - 1
        while k >= a and (toks[k].low in self.lex.adverbs or toks[k].low in self.lex.be_aux
                          or toks[k].low in ("been", "had", "has", "have")):
            k -= 1
        if k < a or toks[k].text != ",":
            return None
        # (a nickname quoted inside the aside belongs to it: "X, the town locals call 'Little Y', was …")
        j = next((x for x in range(k - 2, max(a, k - 16) - 1, -1) if toks[x].text in ",;" or (
            toks[x].text in QUOTES and not _quoted_name(toks, x, k))), None)
        if j is None or toks[j].text != ",":
            return None
        named = next((c for c in cands if c.kind is Kind.BASE and c.b == j and c.a >= a), None)
        if named is not None:
            return named
        # "The base (itself), for years the hub of A, B and C, was handed over": a short description
        # of the base told before opens the clause, then an aside that may hold commas of its own
        j = next((x for x in range(a + 1, min(k, a + 6)) if toks[x].text == ","), None)
        if j is None or k - j > 30 or any(toks[x].text in ";" or toks[x].text in QUOTES for x in range(j, k)):
            return None
        e = j - 1 if toks[j - 1].low in ("itself", "too", "also") else j
        if toks[e - 1].low not in self.lex.base_words or not any(
                toks[x].low in ("the", "this", "that", "its", "their") for x in range(a, e)):
            return None                             # (not "The camp's infrastructure, including …, was")
        got = self._base_np(s, cands, a, e, False)
        return got if isinstance(got, Cand) else None

    def _ordinal_left(self, s: Sentence, a: int, i: int):
        """``This is the fifth camp that the Danes have given up``."""
        toks = s.toks
        for k in range(a, i):
            if toks[k].low in self.lex.ordinals and k + 1 < i:
                e = next((x for x in range(k + 1, min(i, k + 4)) if match_phrase(self.lex.base_common, toks, x)), None)
                if e is not None:
                    return INDEF
        return None

    def _left_just_named(self, s: Sentence, cands, end: int) -> Cand | None:
        """``The X airfield had served as a hub. French troops pulled out on May 3``: a departure
        with no object (only a time or the clause's end after it) leaves the one base the sentence
        before, in the same paragraph, named (no base named in this one)."""
        toks = s.toks
        if end < len(toks) and toks[end].word and toks[end].low not in _BARE_TAIL:
            return None
        if any(c.kind is Kind.BASE for c in cands) or s.index == 0:
            return None
        prev = [c for c in self.seen if c.sent.index == s.index - 1 and c.sent.para == s.para]
        if not prev or len({base_key(c) for c in prev}) != 1 or any(c.sent.index == s.index for c in self.seen):
            return None
        return prev[-1]

    def _partitive_of(self, toks, k: int, stop: int) -> int | None:
        """The "of" closing a part or an area at ``k`` (``about 4,000 hectares of``, ``half of``,
        ``a large part of``); None when none starts there."""
        # a part of a base or an area of its land given back: lexicon "base_part_nouns", and the
        # words that may come with them ("base_partitive_words": "about", "a large", "square")
        parts, partitive = self.part_nouns, self.partitive
        j = k
        while j < stop and j - k < 5 and (toks[j].low in partitive or toks[j].text[:1].isdigit()):
            j += 1
        if j == k or j >= stop or toks[j].low != "of":
            return None
        return j if any(toks[x].low in parts or toks[x].text[:1].isdigit() for x in range(k, j)) else None


def _one_of(toks, k: int) -> bool:
    """``one of the army's biggest camps``: ``one of`` a few words before the noun."""
    for j in range(k - 1, max(-1, k - 5), -1):
        if toks[j].low == "of" and j > 0 and toks[j - 1].low == "one":
            return True
    return False


def _quoted_name(toks, x: int, k: int) -> bool:
    """Is the quote mark at ``x`` one of a pair around a short capitalised name (a nickname such as
    'Little Moscow') inside the span before ``k``?"""
    marks = [y for y in range(max(0, x - 5), min(k, x + 6)) if toks[y].text in QUOTES or toks[y].text in ("’", "'")]
    for p, q in zip(marks, marks[1:]):
        if p <= x <= q and 0 < q - p - 1 <= 4 and all(t.word and t.cap for t in toks[p + 1:q]):
            return True
    return False
