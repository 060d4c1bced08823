"""English organisation names in a sentence: ``the X Ministry`` / ``Observatory for ...``, ``the Chadian
authorities``, spelled-out acronyms (``the Vale Liberation Front (VLF)``) and acronyms in brackets."""
from __future__ import annotations

from ..model import Kind
from .english_entity_cand import Cand, _RUN_STOP
from .english_names import match_phrase
from .english_text import Sentence, Tok


class OrgMixin:
    """The :class:`~.english_entities.Finder` rules that find organisations."""

    def _spelled_out(self, s: Sentence, chosen: list[Cand]) -> None:
        """``the Vale Liberation Front (VLF)``: capitalised words whose initials make the bracketed
        acronym name a body even when no list knows it (a force when a unit word ends it)."""
        toks = s.toks
        n = len(toks)
        for k in range(2, n - 2):
            if toks[k].text != "(" or toks[k + 2].text != ")":
                continue
            ac = toks[k + 1].text
            if not (ac.isalpha() and ac.isupper() and 2 <= len(ac) <= 7):
                continue
            if any(c.a <= k - 1 < c.b for c in chosen):
                continue
            a = k
            letters = []
            while a > 0 and k - a < 8:
                p = toks[a - 1]
                if p.word and p.cap and p.low not in _RUN_STOP:
                    letters.append(p.text[0])
                elif p.word and p.low in ("of", "for", "and", "the") and a - 1 > 0 and toks[a - 2].cap:
                    pass
                else:
                    break
                a -= 1
            initials = "".join(reversed(letters))
            # the initials spell the acronym, or nearly so when it comes from another language
            # ("Permanent Strategic Framework (CSP)")
            if k - a < 2 or abs(len(initials) - len(ac)) > 1 or (
                    initials != ac and len(set(initials) & set(ac)) < len(ac) - 1):
                continue
            kind = Kind.FORCE if toks[k - 1].text in self.lex.unit_heads else Kind.ORGANIZATION
            c = Cand(kind, s, a, k, prio=3, head=("named", s.text[toks[a].start:toks[k - 1].end]))
            chosen.append(c)

    def _org_named(self, s: Sentence, h: int, out: list[Cand]) -> None:
        toks = s.toks
        lex = self.lex
        a = h
        while a > 0 and h - a < 6:
            p = toks[a - 1]
            if p.word and p.cap and p.low not in _RUN_STOP and not ("-" in p.text and p.low.endswith(("led", "backed", "based"))):
                a -= 1
            else:
                break
        if a == h and a > 1 and toks[a - 1].text in ("'s", "’s") and self.nationality(toks[a - 2]):
            a -= 2                                     # "Chad's Ministry of Defence": whose ministry
        b = h + 1
        while b < len(toks) and toks[b].cap and toks[b].text in lex.org_heads:
            b += 1
        if b + 1 < len(toks) and toks[b].low in ("of", "for", "on") and (toks[b + 1].cap or (
                toks[b + 1].low == "the" and b + 2 < len(toks) and toks[b + 2].cap)):
            k = b + 1
            while k < len(toks) and ((toks[k].word and toks[k].cap) or (
                    toks[k].low in ("of", "for", "on") and k + 1 < len(toks)
                    and (toks[k + 1].cap or toks[k + 1].low == "the")) or (
                    toks[k].low == "and" and k + 1 < len(toks) and toks[k + 1].cap
                    and self._joins_name(toks, k + 1)) or (
                    toks[k].low == "the" and toks[k - 1].low in ("of", "for", "on") and k + 1 < len(toks)
                    and toks[k + 1].cap)):
                k += 1
            while k > b and not toks[k - 1].cap:
                k -= 1
            b = k
        elif b + 1 < len(toks) and toks[b].low == "in" and toks[h].text in lex.org_in_place and toks[b + 1].cap:
            b += 2
        if a == h and b == h + 1 and (toks[h].text in lex.org_heads_qual or toks[h].text in (
                "Government", "Ministry", "Embassy", "Council", "Parliament", "Committee", "Office", "Agency",
                "Union", "Department", "Authority", "Authorities", "Administration", "Presidency", "Court",
                "Commission", "Cabinet", "Senate", "Assembly", "Organization", "Organisation", "Nations",
                "Monitor", "Observatory", "Directorate", "Bureau", "Consulate", "Institute", "Foundation",
                "Congress", "Secretariat", "Delegation", "Federation", "League", "Bloc", "Taskforce")):
            return
        words = toks[a:b]
        if any(match_phrase(lex.media, toks, k) for k in range(a, b)):
            return
        place = self.nationality(words[0])
        c = Cand(Kind.ORGANIZATION, s, a, b, prio=4, place=place,
                 head=("named", s.text[toks[a].start:toks[b - 1].end]))
        out.append(c)

    def _joins_name(self, toks: list[Tok], j: int) -> bool:
        """After ``and`` inside a body's name: do the capitalised words at ``j`` continue it
        (``… of Foreign Affairs and International Cooperation``) rather than name another body
        (``… and Chad's Ministry of Defence``, ``… and the Interior Ministry``)?"""
        k = j
        while k < len(toks) and toks[k].word and toks[k].cap:
            if toks[k].text in self.lex.org_heads and k > j:
                return False
            k += 1
        return not (k < len(toks) and toks[k].text in ("'s", "’s")) and not self.nationality(toks[j])

    def org_common(self, s: Sentence, i: int) -> Cand | None:
        """``the Chad authorities``, ``Danish government``, ``Chad's defence ministry``."""
        toks = s.toks
        t = toks[i]
        place = self.nationality(t)
        if not place and not (t.cap and t.word and t.low not in _RUN_STOP and t.text not in self.lex.name_stop):
            return None
        j = i + 1
        if j < len(toks) and toks[j].text in ("'s", "’s"):
            j += 1
        e = match_phrase(self.lex.org_common, toks, j)
        if not e and place:
            # "Spain's armed forces ministry", "Chad's foreign affairs ministry": nouns before the head
            for k in range(j + 1, min(len(toks), j + 4)):
                if not toks[k - 1].word or toks[k - 1].cap:
                    break
                e = match_phrase(self.lex.org_common, toks, k)
                if e:
                    break
        if not e:
            return None
        if e < len(toks) and toks[e].word and toks[e].low in self.lex.force_non_heads:
            return None
        if e + 1 < len(toks) and toks[e].low == "in" and toks[e + 1].cap and toks[j].low in ("embassy", "consulate"):
            e += 2
        return Cand(Kind.ORGANIZATION, s, i, e, prio=3, place=place,
                    head=("org", place or t.low, " ".join(x.low for x in toks[j:e])))

    def _acronyms(self, s: Sentence, chosen: list[Cand]) -> None:
        """``Vale Brigade (VB)``: the acronym names the same thing."""
        toks = s.toks
        for c in chosen:
            b = c.b
            if b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")":
                ac = toks[b + 1]
                if ac.word and sum(ch.isupper() for ch in ac.text) >= 2 and len(ac.text) <= 12:
                    c.flags.add("acronym:" + ac.low)
