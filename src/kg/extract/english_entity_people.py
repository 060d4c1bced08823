"""English people's names in a sentence: titled names (``Brig. Gen. X``, ``Danish Prime Minister X``)
and names after a lower-case role noun (``army commander X``)."""
from __future__ import annotations

import re

from ..model import Kind
from .english_entity_cand import Cand, _LOWER_TITLES, _RUN_STOP, _SUFFIXES, _is_elided
from .english_names import match_phrase
from .english_text import Sentence, Tok


_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")      # "A.K.", "J.R.R." written as one token


class PeopleMixin:
    """The :class:`~.english_entities.Finder` rules that find persons."""

    def nameword(self, t: Tok) -> bool:
        """A word that can be part of a person's name."""
        ok = self._nameword.get(t.text)
        if ok is None:
            ok = self._nameword[t.text] = self._is_nameword(t)
        return ok

    def _is_nameword(self, t: Tok) -> bool:
        if not t.word:
            return False
        if t.cap:
            # ("World War II", "the Gulf War", "the Camp David Accords": events and texts, not people)
            # (nor "the Washington-based Arabia Policy Forum": a compound adjective, an institution)
            return t.text not in self.lex.name_stop and t.text not in self.lex.event_names \
                and t.low not in self.lex.quantifiers and t.text not in self.lex.institutions \
                and not t.text.lower().endswith(self.lex.compound_adj) \
                and not (t.text.isupper() and len(t.text) > 1)
        lo = t.text
        return (len(lo) > 3 and lo[:3] in ("al-", "el-", "ad-", "as-", "ar-", "an-", "at-", "az-") and lo[3:4].isupper()
                or _is_elided(t))

    def name_run(self, toks: list[Tok], j: int, limit: int = 5) -> int:
        """End of a person's name starting at ``j`` (``j`` when there is none)."""
        k, n, last_ok = j, len(toks), j
        while k < n and k - j < limit + 2:
            t = toks[k]
            if (k > j or t.text not in ("A", "I")) and len(t.text) == 1 and t.text.isupper() and k + 2 < n \
                    and toks[k + 1].text == "." and toks[k + 1].start == t.end and (
                        self.nameword(toks[k + 2]) or _INITIALS.match(toks[k + 2].text)):
                k += 2                                 # "Thomas A. Mercer", "J. Tom Hale", "J. R. Hale"
                continue
            if _INITIALS.match(t.text) and k + 1 < n and self.nameword(toks[k + 1]):
                k += 1                                 # "A.K. Tarvo", "Tom J.R. Hale"
                continue
            if self.nameword(t):
                k += 1
                last_ok = k
                if len(t.text) == 1 and k + 1 < n and toks[k].text == "." and toks[k].start == t.end \
                        and k > j + 1 and self.nameword(toks[k + 1]):
                    k += 1                             # a middle initial: "Mark T. Reddy"
            elif k > j + 1 and t.word and t.low in _SUFFIXES and (t.text[0].isupper()):
                k += 1                                 # "… Reddy Jr.", "… Caggins III"
                last_ok = k
                break
            elif t.word and not t.cap and t.low in self.lex.particles and self._after_particles(toks, k) \
                    and (k > j or (toks[k + 1].cap or toks[k + 1].low in self.lex.particles) and t.low in (
                        "du", "de", "van", "von", "al", "el", "da", "di", "le", "la", "bin", "ben")):
                k += 1                                 # "Anna van Dijk", "van der Berg", "de la Cruz"
            else:
                break
        if last_ok < n and toks[last_ok].text in self.lex.institutions:
            return j                                   # "the Arabia Policy Forum": an institution's name
        return last_ok

    def _after_particles(self, toks: list[Tok], k: int) -> bool:
        """Does a name word follow the particles from ``k`` (``van der Berg``, at most three)?"""
        m = k
        while m < len(toks) and m - k < 3 and toks[m].word and not toks[m].cap and toks[m].low in self.lex.particles:
            m += 1
        return m < len(toks) and m > k and self.nameword(toks[m])

    def _person_titled(self, s: Sentence, i: int, out: list[Cand]) -> None:
        toks = s.toks
        lex = self.lex
        j = match_phrase(lex.ranks, toks, i) or match_phrase(lex.offices, toks, i)
        if not j or (i > 0 and toks[i - 1].cap and match_phrase(lex.base_before, toks, i - 1) == i):
            return                                     # "Camp General X", "Base General X": a base's name
        while True:                                   # "Defense Minister Gen. X"
            j2 = match_phrase(lex.ranks, toks, j) or match_phrase(lex.offices, toks, j)
            if not j2 and j + 1 < len(toks) and toks[j].cap and toks[j].word and toks[j].low not in _RUN_STOP:
                # "Deputy Justice Minister X": a portfolio word between two titles
                j2 = match_phrase(lex.offices, toks, j + 1)
            if not j2 or not toks[j].cap:
                break
            j = j2
        k = self.name_run(toks, j)
        if k == j:
            j = self._office_place(toks, j)        # "Ambassador to Chad X", "Envoy for Somalia X"
            k = self.name_run(toks, j) if j else 0
            if k - j < 2:
                return
        start = i
        if i > 0 and toks[i - 1].word and toks[i - 1].cap and toks[i - 1].low not in _RUN_STOP \
                and toks[i - 1].text not in ("According",):
            start = i - 1                              # "French President", "Army Chief"
        elif i > 1 and toks[i - 1].text in ("'s", "’s") and toks[i - 2].cap:
            start = i - 2                              # "Chad's Chief of Staff"
        c = Cand(Kind.PERSON, s, j, k, name=s.text[toks[j].start:toks[k - 1].end], prio=5)
        c.role = s.text[toks[start].start:toks[j - 1].end].rstrip(",")
        c.t0 = start
        c.flags.add("titled")
        out.append(c)

    def _possessed_names(self, s: Sentence, chosen: list[Cand]) -> None:
        """``the Left party's Anna Berg said``, ``the BBC's Tom Hale in Kabul says``: a full name after
        a body's possessive, speaking, is one of its people."""
        toks = s.toks
        n = len(toks)
        lex = self.lex
        taken = {k for c in chosen for k in range(c.a, c.b)}
        for p in range(1, n - 3):
            if toks[p].text not in ("'s", "’s") or not toks[p - 1].word or p + 1 in taken:
                continue
            k = self.name_run(toks, p + 1, limit=3)
            if k - (p + 1) < 2 or any(x in taken for x in range(p + 1, k)) or any(
                    t.text in lex.unit_heads or t.text in lex.org_heads or t.low in lex.force_first
                    or t.low in self.gi.index for t in toks[p + 1:k]):
                continue
            v = k
            if v + 1 < n and toks[v].low in ("in", "at") and toks[v + 1].cap:
                v += 2                                 # "… in Kabul says"
                while v < n and v - k < 5 and toks[v].cap and toks[v].word:
                    v += 1
            if v < n and toks[v].low in lex.report_verbs:
                c = Cand(Kind.PERSON, s, p + 1, k, name=s.text[toks[p + 1].start:toks[k - 1].end], prio=3)
                chosen.append(c)
                taken.update(range(p + 1, k))

    def _cued_names(self, s: Sentence, chosen: list[Cand]) -> None:
        """A full name that English marks as a person's by what follows it: a relative ``who`` /
        ``whose`` / ``whom`` (``Omar Sadiq, who heads …``) or an age in commas (``Omar Sadiq, 54,``)."""
        toks = s.toks
        n = len(toks)
        lex = self.lex
        taken = {k for c in chosen for k in range(c.a, c.b)}
        k = 0
        while k < n - 2:
            t = toks[k]
            if k in taken or not t.cap or not self.nameword(t) or (k > 0 and self.nameword(toks[k - 1])
                                                                    and toks[k - 1].cap):
                k += 1
                continue
            e = self.name_run(toks, k, limit=4)
            if e - k < 2 or e + 1 >= n or toks[e].text != "," or any(x in taken for x in range(k, e)) or any(
                    t.text in lex.unit_heads or t.text in lex.org_heads or t.low in lex.force_first
                    or t.low in self.gi.index or t.text in lex.institutions for t in toks[k:e]):
                k = max(e, k + 1)
                continue
            nxt = toks[e + 1]
            aged = nxt.text.isdigit() and len(nxt.text) <= 2 and e + 2 < n and toks[e + 2].text == ","
            if nxt.low in ("who", "whose", "whom") or aged:
                chosen.append(Cand(Kind.PERSON, s, k, e, name=s.text[t.start:toks[e - 1].end], prio=3))
                taken.update(range(k, e))
            k = e

    def _titles_are_no_bodies(self, chosen: list[Cand]) -> None:
        """A body read inside a person's title is part of the title: ``Chief Cabinet Secretary X``
        names no "Chief Cabinet"."""
        for p in [c for c in chosen if c.kind is Kind.PERSON and "titled" in c.flags]:
            for o in [o for o in chosen if o.kind is Kind.ORGANIZATION and p.t0 <= o.a and o.b <= p.a]:
                chosen.remove(o)

    def _office_place(self, toks: list[Tok], j: int) -> int:
        """After an office, ``to Chad`` / ``for Upper Tindar``: where the office is held, between
        the title and the holder's name. Where the name starts (0 when no place follows)."""
        if j + 1 >= len(toks) or toks[j].low not in ("to", "for") or not toks[j + 1].cap:
            return 0
        m = self.gi.match(toks, j + 1)
        if m and m[1].kind is Kind.PLACE:
            return m[0]
        return 0

    def _person_role_noun(self, s: Sentence, i: int, out: list[Cand]) -> None:
        """``Defence Ministry spokesman Yuri Petrenko``, ``army commander Omar Sadiq``."""
        toks = s.toks
        k = self.name_run(toks, i + 1)
        if k - (i + 1) < 2:
            return
        a = i
        while a > 0 and i - a < 4 and toks[a - 1].word and toks[a - 1].low not in _RUN_STOP:
            a -= 1
        if a > 0 and toks[a - 1].text in ("'s", "’s") and a > 1:
            a -= 2
        elif a > 0 and toks[a - 1].low in ("his", "her", "its", "their", "our") and toks[i].low not in _LOWER_TITLES:
            return                                     # "his Chadian counterpart X": the role reader's (it
            #                                            keeps the determiner in the role)
        c = Cand(Kind.PERSON, s, i + 1, k, name=s.text[toks[i + 1].start:toks[k - 1].end], prio=5)
        c.role = s.text[toks[a].start:toks[i].end]
        c.t0 = a
        out.append(c)
