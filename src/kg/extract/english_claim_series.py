"""Several bases for one trigger and several handovers in a row: lists (``bases A, B and C``,
``A on May 2 and B on May 9``, ``from A and from B``), earlier handovers (``after X``, ``the move
follows the handover of X``) and sequels (``B followed on March 26``, ``C was the last to go``)."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import NOUN_DETS, PLACE_NOUNS, Draft, base_key
from .english_entities import Cand
from .english_names import match_phrase
from .english_text import QUOTES, Sentence

_MEMBER_PLACE = frozenset({"in", "on", "near", "at", "outside", "along", "close", "by", "south", "north", "east",
                           "west", "inside"})   # where a listed base lies: "A on the border, B near X"
_LIST_TAIL = frozenset({"in", "on", "during", "by", "last", "earlier", "later", "after", "before", "between",
                        "at", "near", "within", "ahead", "that", "this", "the", "and", "as", "when", "until"})
_DATE_ASIDE = frozenset({"on", "in", "by", "early", "late", "mid", "the", "of", "a", "few", "one", "two", "three", "four",
                         "five", "day", "days", "week", "weeks", "month", "months", "later", "earlier", "after"})


class Series:
    """Lists and series of handovers; part of :class:`.english_claims.Claims`, whose drafts it
    reads and extends."""

    def _base_list(self, s: Sentence, cands, e: int, stop: int):
        """``four posts, Gerou, Lassa Hill, Tindar and Oru, to …``: the bases named."""
        toks = s.toks
        j = e
        while j < stop and (toks[j].low in (",", ":", "—", "–", "(", "including", "namely", "in", "at", "of", "the")
                            or toks[j].low in self.lex.region_words or toks[j].low in PLACE_NOUNS):
            j += 1                                   # "camps in the eastern towns of Gerou and Oru"
        k = j
        while k < stop and k - j < 4 and toks[k].word and toks[k].cap:
            k += 1
        if j < k < stop - 1 and (toks[k].low in self.lex.region_nouns or toks[k].low in PLACE_NOUNS) \
                and toks[k + 1].text in (",", ":", "—", "–"):
            j = k + 2                                # "bases in the X region, A, B and C": the place, then the list
        at = next((c for c in cands if c.a == j and c.kind is Kind.PLACE
                   and self.f.gi.place_kind.get(c.place or "") == "country"), None)
        if at is not None and toks[j - 1].low in ("in", "at") and at.b + 1 < stop and toks[at.b].text == "," \
                and self._list_item(cands, at.b + 1) is not None:
            j = at.b + 1                             # "its two bases in Mali, A and B": the country, then the list
        found = []                                   # (start, end, existing base or None)
        while j < stop and toks[j - 1].text != "(" and self._list_item(cands, j) is not None:
            j = self._list_item(cands, j)
            k = j + 1
            while k < stop and (toks[k].word and (toks[k].cap or toks[k].low in self.lex.particles)
                                or toks[k].text == "-"):
                k += 1
            c = next((c for c in cands if c.a == j and c.kind is Kind.BASE), None)
            if c is None and any(c.a <= j < c.b and (c.kind is not Kind.PLACE or self.f.gi.place_kind.get(
                    c.place or "") == "country") for c in cands):
                break                                # "bases in Mali, Burkina Faso and Niger": countries
            found.append((j, c.b if c is not None else k, c))
            j = found[-1][1]
            if j + 1 < stop and toks[j].low in _MEMBER_PLACE and toks[j + 1].word:
                # "A on the border, B in the north and C near X": where each one is
                x = next((x for x in range(j + 1, min(stop, j + 9)) if toks[x].text in (",", ";")
                          or toks[x].low == "and" or toks[x].text in QUOTES), None)
                if x is None or toks[x].text == ";" or toks[x].text in QUOTES:
                    break
                j = x
            if j < stop and toks[j].text == ",":
                j += 1
                j = self._date_aside(toks, j, stop)  # "A, on May 2, and B, two days later"
            if j < stop and toks[j].low == "and":
                j += 1
                if j + 1 < stop and toks[j].low in ("at", "in") and toks[j + 1].cap:
                    j += 1                           # "the bases at A and at B": the preposition repeated
            if j >= stop or self._list_item(cands, j) is None:
                break
        if len(found) < 2:
            return None
        out = []
        for j, k, c in found:
            if c is None:
                m = self.f.gi.base_named(toks, j)
                c = Cand(Kind.BASE, s, j, k, key=m[1].key if m and m[0] == k else None,
                         name=s.text[toks[j].start:toks[k - 1].end], prio=3, head=toks[j].low)
                self._adopt(cands, c)
            out.append(c)
        return ("list", out)

    def _list_item(self, cands, j: int) -> int | None:
        """Where a list's item starting at ``j`` begins its name: ``j`` for a capitalised word, the
        base named after "the" for a described one (``Camp A and the airfield at B``); else None."""
        toks = cands[0].sent.toks if cands else None
        if toks is None or j >= len(toks):
            return None
        if toks[j].word and toks[j].cap:
            return j
        if toks[j].low == "the":
            c = next((c for c in cands if c.a in (j, j + 1) and c.kind is Kind.BASE), None)
            return c.a if c is not None else None
        return None

    def _date_aside(self, toks, j: int, stop: int) -> int:
        """Past a time phrase set off by commas inside a list (``on Oct. 3,``, ``two days later,``):
        the index after its closing comma, else ``j``."""
        cal = self.lex.calendar_words
        x = j
        while x < stop and x - j < 7 and toks[x].text != "," and (
                toks[x].low in cal or toks[x].low in _DATE_ASIDE or toks[x].text in (".", "May")
                or toks[x].low[:1].isdigit()):
            x += 1
        if x > j and x < stop and toks[x].text == "," and any(
                toks[y].low in cal or toks[y].text == "May" or toks[y].low[:1].isdigit()
                or toks[y].low in ("later", "earlier", "after")
                for y in range(j, x)):
            return x + 1
        return j

    def _list_segs(self, s: Sentence, members, stop: int) -> tuple | None:
        """The words of each base of a list after its trigger, for its own date: up to the next
        item, the last one to its own phrase's end (past a time aside set off by commas:
        ``A, on Oct. 3, and B, two days later, handing both``). None unless the items are in order
        in ``s``."""
        toks = s.toks
        starts = [c.a if isinstance(c, Cand) and c.sent is s else -1 for c in members]
        if min(starts) < 0 or any(x >= y for x, y in zip(starts, starts[1:])):
            return None
        segs = [(x, y) for x, y in zip(starts, starts[1:])]
        j = members[-1].b
        e = self._date_aside(toks, j + 1, stop) if j < stop and toks[j].text == "," else j
        if e > j + 1:
            j = e - 1
        else:
            while j < stop and toks[j].text not in (",", ";") and toks[j].low != "and" and toks[j].text not in QUOTES:
                j += 1
        return tuple(segs + [(starts[-1], j)])

    def _conjuncts(self, s: Sentence, cands, base: Cand, stop: int) -> list[tuple[Cand, tuple[int, int]]]:
        """The bases coordinated with ``base`` after one trigger, each with its token range."""
        toks = s.toks
        out: list[tuple[Cand, tuple[int, int]]] = []
        cur, lo, k = base, base.a, base.b
        while True:
            j = k
            while j < stop and toks[j].text not in (",", ";") and toks[j].low != "and" and toks[j].text not in QUOTES:
                j += 1
            if j < stop and toks[j].text == ",":
                x = self._date_aside(toks, j + 1, stop)
                j = x - 1 if x > j + 1 else j      # "A, on May 2, and B, two days later": A's own date
            out.append((cur, (lo, j)))
            if j >= stop or toks[j].text == ";" or toks[j].text in QUOTES:
                break
            nxt = j + 1
            if toks[j].text == "," and nxt < stop and toks[nxt].low in ("where", "which", "who", "whose", "once"):
                # past a relative clause about the base: "the X airfield, where …, and of a base at Y"
                close = next((x for x in range(nxt + 1, min(stop, nxt + 25)) if toks[x].text in ",;"), None)
                if close is None or toks[close].text == ";" or close + 1 >= stop or toks[close + 1].low != "and":
                    break
                nxt = close + 1
            if toks[j].text == "," and nxt < stop and toks[nxt].low == "and":
                nxt += 1
            if nxt < stop and toks[nxt].low in ("of", "from") and toks[nxt - 1].low == "and":
                nxt += 1                            # "the closure of A and of B", "withdrew from A and from B"
            if nxt >= stop:
                break
            other = self._base_np(s, cands, nxt, stop)
            if other is None and toks[nxt].cap and toks[nxt].word:
                e = nxt + 1
                while e < stop and toks[e].word and (toks[e].cap or toks[e].low in self.lex.particles):
                    e += 1
                if len(out) == 1 and nxt == j + 1 and toks[j].text == "," and (e >= stop or toks[e].text in ",."):
                    break                           # "their base in Marte, Borno State, after …": one bare
                                                    # name set off by commas, no "and": where the first lies
                other = self._named_conjunct(s, cands, nxt, stop)
            if not isinstance(other, Cand) or other.sent is not s or not (
                    nxt <= other.a <= nxt + 3 or self._described_at(toks, nxt, other.a)) \
                    or any(other is o or base_key(other) == base_key(o) for o, _ in out):
                break
            cur, lo, k = other, nxt, other.b
        return out

    def _described_at(self, toks, j: int, at: int) -> bool:
        """``… and its former sector headquarters in Z``: the words from ``j`` to the base named at
        ``at`` are one description of it (a determiner, lower-case nouns and modifiers, and the
        preposition that places it), not a clause of their own."""
        if at - j > 8 or at - 1 <= j or toks[at - 1].low not in ("in", "at", "near", "outside"):
            return False
        if toks[j].low not in ("its", "their", "the", "a", "an", "his", "her"):
            return False
        return all(x.word and not x.cap and x.low not in self.lex.verbs and x.low not in ("and", "or", "but")
                   for x in toks[j + 1:at - 1])

    def _repeated_prep(self, s: Sentence, cands, end: int, base: Cand, b: int) -> list:
        """The bases of ``…, and from B and C`` later in the clause, when ``from`` (``of``) is the
        preposition that introduced the trigger's first object and nothing but a date or a place
        phrase follows them (not ``and from B they shipped …``)."""
        toks = s.toks
        prep = next((toks[k].low for k in range(end - 1, base.a) if toks[k].low in ("from", "of")), None)
        if prep is None:
            return []
        x = next((x for x in range(base.b + 1, b - 1) if toks[x].low == prep and toks[x - 1].low == "and"
                  or toks[x].text == ";" or toks[x].text in QUOTES), None)
        if x is None or toks[x].low != prep:
            return []
        other = self._base_np(s, cands, x + 1, b)
        if other is None and toks[x + 1].cap and toks[x + 1].word:
            other = self._named_conjunct(s, cands, x + 1, b)
        if not isinstance(other, Cand) or other.sent is not s or not x + 1 <= other.a <= x + 2 \
                or base_key(other) == base_key(base):
            return []
        conj = self._conjuncts(s, cands, other, b)
        last = conj[-1][0].b
        if last < len(toks) and toks[last].word and toks[last].low not in _LIST_TAIL:
            return []
        segs = tuple(seg for _, seg in conj)
        return [(c, seg, segs) for c, seg in conj if base_key(c) != base_key(base)]

    def _after_base(self, s: Sentence, cands, start: int, b: int) -> list[Cand]:
        """``after Gerou`` / ``after that of Gerou`` / ``after Gerou and Oru``: the bases handed
        over before."""
        toks = s.toks
        for k in range(start, b - 1):
            if toks[k].low not in ("after", "following"):
                continue
            j = k + 1
            if j + 1 < b and toks[j].low in ("that", "those") and toks[j + 1].low == "of":
                j += 2
            out = []
            while j < b and toks[j].cap and toks[j].word:
                c = self._prior_base(s, cands, j, b)
                if c is None:
                    break
                out.append(c)
                j = c.b
                if j < b and toks[j].low in ("in", "near", "inside", "outside", "at"):
                    # "Gerou in the hills, Oru near the coast, …": where each one is
                    while j < b and toks[j].text not in (",", ";") and toks[j].low != "and":
                        j += 1
                if j + 1 < b and toks[j].text in (",", "and") and toks[j + 1].low == "and":
                    j += 1
                if j + 1 < b and toks[j].low in ("and", ","):
                    j += 1
                    continue
                break
            if out:
                return out
        return []

    def _sequenced(self, s: Sentence, a: int, i: int) -> bool:
        """``The move follows the handover of X``: an event noun placed after or before another."""
        toks = s.toks
        for k in range(max(a, i - 3), i):
            if toks[k].low in ("follows", "followed", "following", "after", "precedes", "preceded"):
                return all(toks[x].low in NOUN_DETS or toks[x].text in ("'s", "’s") or toks[x].cap
                           for x in range(k + 1, i))
        return False

    def _sequels(self, s: Sentence, cands) -> None:
        """``A went first, on March 17. B followed on March 26, and C on March 29``, ``D came
        next``, ``E was the last to go``: a base told as the next of the series of handovers just
        read (one named in the two sentences before, or told as handed over already) gets a draft
        dated by its own words; a new one takes the giver and receiver of that series."""
        toks = s.toks
        n = len(toks)
        recent = [d for d in self.drafts if not d.after and isinstance(d.base, Cand)
                  and d.sent.index < s.index]
        if not recent:
            return
        ref = recent[-1]
        near = s.index - ref.sent.index <= 2
        done = {base_key(d.base) for d in self.drafts if isinstance(d.base, Cand)}

        def base_at(j):
            c = next((c for c in cands if c.a == j and c.kind is Kind.BASE), None)
            if c is None and toks[j].cap and toks[j].word:
                c = self._base_by_name(s, cands, j, j)
            return c

        def add(c, t, right, trigger):
            fresh = base_key(c) not in done
            d = Draft(c, s, 0, n, trigger, ref.role, t, ref.giver if fresh else None,
                      ref.receiver if fresh else None)
            d.left, d.right = c.a, right
            self.drafts.append(d)
            done.add(base_key(c))
            self.last_base = self.last_handover = c

        k = 0
        sequels = self.lex.sequels
        while k < n:
            e = match_phrase(sequels, toks, k) if toks[k].low in sequels else 0
            if not e:
                k += 1
                continue
            # the subject: the base named first before the phrase, past an aside between commas
            j = k - 1
            if j >= 0 and toks[j].text == ",":
                j = next((x for x in range(j - 1, max(-1, j - 12), -1) if toks[x].text == ","), -1) - 1
            c = None
            for x in range(max(0, j - 4), j + 1):
                c = base_at(x)
                if c is not None and c.b == j + 1 and (x == 0 or toks[x - 1].text in ",;" or
                                                       toks[x - 1].low in ("the", "and")):
                    break
                c = None
            if c is None or (base_key(c) not in done and not near):
                k = e
                continue
            stop = next((x for x in range(e, n) if toks[x].text == ";" or (
                toks[x].text == "," and x + 1 < n and toks[x + 1].low == "and")), n)
            add(c, k, stop, s.text[toks[k].start:toks[e - 1].end])
            # ", and C, near X, on March 29": an elliptic conjunct with its own date
            x = stop + 2 if stop + 1 < n and toks[stop].text == "," else n
            if x < n:
                c2 = base_at(x)
                if c2 is not None and (near or base_key(c2) in done):
                    end2 = next((y for y in range(c2.b, n) if toks[y].text == ";"), n)
                    add(c2, c2.a, end2, toks[c2.a].text)
            k = e

    def _along_with(self, s: Sentence, cands, base: Cand, stop: int) -> list[Cand]:
        """``handed over A on Tuesday, along with B and C``: the bases an additive phrase adds to
        the trigger's object (``along with``, ``together with``, ``as well as``)."""
        toks = s.toks
        for k in range(base.b, stop - 1):
            if toks[k].text in QUOTES or toks[k].text == ";" or toks[k].low in ("which", "who", "that", "where") \
                    or toks[k].low in self.lex.modal or toks[k].low in self.lex.be_aux:
                break                               # (a relative or a new clause: its own verb's words)
            e = match_phrase(self.additive, toks, k)
            if not e:
                continue
            if e < stop and toks[e].low == "the":
                e += 1
            first = next((c for c in cands if c.a == e and c.kind is Kind.BASE), None)
            if first is None or (first.b < len(toks) and toks[first.b].text in ("'s", "’s")):
                return []                           # (not "along with Camp X's garrison")
            return [c for c, _ in self._conjuncts(s, cands, first, stop)] or [first]
        return []
