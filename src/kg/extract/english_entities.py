"""English names of bases, forces, organisations, people and places in one sentence.

Gazetteer names first; then the shapes English news gives names that no list holds:
``Camp X`` / ``X Air Base`` / ``the base in X`` (bases), ``Afghan security forces`` /
``the 205th X Corps`` / ``Niger's military`` (forces), ``the X Ministry`` / ``Observatory for ...`` /
``the Niger authorities`` (organisations), ``Brig. Gen. X`` / ``French President X`` (people).
Overlaps are settled longest first. Names that denote one thing in an article are made one
(:class:`Naming`): ``Kandahar Airfield`` / ``the Kandahar airport``, ``Malian Armed Forces`` /
``FAMa``, ``205th Maiwand Corps`` / ``the Corps``, ``Barkhane forces`` / ``the Barkhane force``.
"""
from __future__ import annotations

from ..model import Kind
from .english_names import GazIndex, Lexicon, match_phrase
from .english_text import Sentence, Tok

_DETS = frozenset({"the", "a", "an"})
_VERBISH = frozenset({"are", "were", "is", "was", "have", "has", "had", "will", "would", "said", "say", "says",
                      "left", "withdrew", "handed", "began", "started", "could", "may", "did", "do", "also",
                      "then", "finally", "should", "must", "can", "now", "still", "themselves"})
_RUN_STOP = frozenset({"the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "to", "and", "or", "but",
                       "as", "after", "before", "while", "when", "according", "meanwhile", "however", "this",
                       "that", "these", "those", "it", "its", "their", "his", "her", "our", "we", "they", "he",
                       "she", "i", "of", "since", "during", "despite", "following", "if", "last", "next"})


_GAZ, _MEDIA, _TITLE, _BASE_BEFORE, _UNIT, _ORG, _LOWER, _BASE_AFTER, _BASE_IN, _STANDALONE, _DEMONYM = \
    (1 << k for k in range(11))
_GENERIC_HEADS = frozenset({"military", "army", "forces", "force", "troops", "soldiers", "government", "navy",
                            "ministry", "authorities"})
_TITLE_CASE_VERBS = frozenset({"over", "out", "back", "up", "down", "off", "into", "onto", "away", "says", "said"})
_LOWER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "chief", "minister",
                           "envoy", "ambassador", "secretary", "governor", "official", "adviser", "advisor"})


class Cand:
    """A name found in a sentence (token range ``[a, b)``); becomes a Mention at the end."""

    __slots__ = ("kind", "sent", "a", "b", "key", "name", "prio", "role", "aff", "place", "flags", "head", "t0")

    def __init__(self, kind: Kind, sent: Sentence, a: int, b: int, key=None, name=None, prio=3,
                 place=None, head=None):
        self.kind, self.sent, self.a, self.b = kind, sent, a, b
        self.key, self.name, self.prio, self.place = key, name, prio, place
        self.role: str | None = None
        self.aff: Cand | None = None
        self.flags: set[str] = set()
        self.head = head                  # the toponym (bases) or head words (forces) used for naming
        self.t0 = a                       # persons: where the name's title begins

    @property
    def start(self) -> int:
        return self.sent.toks[self.a].start

    @property
    def end(self) -> int:
        return self.sent.toks[self.b - 1].end

    @property
    def surface(self) -> str:
        return self.sent.text[self.start:self.end]

    def __repr__(self) -> str:
        return f"Cand({self.kind.value}:{self.surface!r} name={self.name!r} key={self.key})"


def _is_code(t: Tok) -> bool:
    """An alphanumeric designation: K1, T-4, H3."""
    return t.word and any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text) and t.text[0].isupper()


def _is_ordinal(t: Tok) -> bool:
    lo = t.low
    return lo[:1].isdigit() and lo.endswith(("st", "nd", "rd", "th")) and lo[:-2].isdigit()


class Finder:
    """Recognises names in sentences (one per extractor; stateless between sentences)."""

    def __init__(self, lex: Lexicon, gi: GazIndex):
        self.lex, self.gi = lex, gi
        self.flags = self._flags()

    # -- small predicates ---------------------------------------------------------------------
    def capword(self, t: Tok) -> bool:
        return t.word and t.cap and t.low not in _RUN_STOP

    def nameword(self, t: Tok) -> bool:
        """A word that can be part of a person's name."""
        if not t.word:
            return False
        if t.cap:
            return t.text not in self.lex.name_stop and not (t.text.isupper() and len(t.text) > 1)
        lo = t.text
        return len(lo) > 3 and lo[:3] in ("al-", "el-", "ad-", "as-", "ar-", "an-", "at-", "az-") and lo[3:4].isupper()

    def nationality(self, t: Tok) -> str | None:
        """The place a word names as a nationality (``Afghan``, ``U.S.``, ``Niger``)."""
        if not t.word or not (t.cap or t.text[:1].isupper()):
            return None
        return self.gi.place_of(t.low)

    def name_run(self, toks: list[Tok], j: int, limit: int = 5) -> int:
        """End of a person's name starting at ``j`` (``j`` when there is none)."""
        k, n, last_ok = j, len(toks), j
        while k < n and k - j < limit:
            t = toks[k]
            if self.nameword(t):
                k += 1
                last_ok = k
            elif t.word and not t.cap and t.low in self.lex.particles and k + 1 < n and self.nameword(toks[k + 1]) \
                    and (k > j or (k + 1 < n and toks[k + 1].cap and t.low in ("du", "de", "van", "von", "al", "el",
                                                                                  "da", "di", "le", "la", "bin", "ben"))):
                k += 1                                 # "Etienne du Peyroux", and "du Peyroux" alone
            else:
                break
        return last_ok

    # -- the recognisers ------------------------------------------------------------------------
    def _flags(self) -> dict[str, int]:
        """For every word that can start or anchor a name, which recognisers to try (one look-up
        per token instead of one per recogniser)."""
        lex, gi = self.lex, self.gi
        flags: dict[str, int] = {}

        def add(words, bit):
            for w in words:
                flags[w] = flags.get(w, 0) | bit

        add(gi.index, _GAZ)
        add(lex.media, _MEDIA)
        add(list(lex.ranks) + list(lex.offices), _TITLE)
        add(lex.base_before, _BASE_BEFORE)
        add((h.lower() for h in lex.unit_heads), _UNIT)
        add((h.lower() for h in lex.org_heads), _ORG)
        add(_LOWER_TITLES, _LOWER)
        add(lex.base_after, _BASE_AFTER)
        add(lex.base_by_place, _BASE_IN)
        add(lex.force_standalone, _STANDALONE)
        add(gi.demonym, _DEMONYM)
        return flags

    def find(self, s: Sentence) -> list[Cand]:
        toks = s.toks
        n = len(toks)
        cands: list[Cand] = []
        media: list[tuple[int, int]] = []
        lex, gi = self.lex, self.gi
        flags = self.flags
        # how far the next force / organisation noun is: national and common names end in one
        force_nouns, org_nouns = lex.force_first, lex.org_first
        force_at = [k for k, t in enumerate(toks) if t.low in force_nouns]
        org_at = [k for k, t in enumerate(toks) if t.low in org_nouns]
        for i in range(n):
            t = toks[i]
            if not t.word:
                continue
            low = t.low
            f = flags.get(low, 0)
            cap = t.cap
            force_near = cap and any(i < k <= i + 5 for k in force_at)
            org_near = cap and any(i < k <= i + 3 for k in org_at)
            if not (f or force_near or org_near):
                continue
            if f & _GAZ:
                m = gi.match(toks, i)
                if m and not self._modifier(toks, i, m[0], m[1].kind):
                    end, entry, _ = m
                    prio = 2 if entry.kind is Kind.PLACE else 6
                    cands.append(Cand(entry.kind, s, i, end, key=entry.key, name=s.text[t.start:toks[end - 1].end],
                                      prio=prio, place=entry.key if entry.kind is Kind.PLACE else None))
            if cap:
                if f & _MEDIA:
                    e = match_phrase(lex.media, toks, i)
                    if e:
                        media.append((i, e))
                if f & _TITLE:
                    self._person_titled(s, i, cands)
                if f & _BASE_BEFORE:
                    self._base_before(s, i, cands)
                if f & _UNIT and t.text in lex.unit_heads:
                    self._force_unit(s, i, cands)
                if f & _ORG and t.text in lex.org_heads:
                    self._org_named(s, i, cands)
                if force_near or (f & _DEMONYM and t.text not in lex.name_stop):
                    self._force_national(s, i, cands)
                if org_near:
                    oc = self.org_common(s, i)
                    if oc:
                        cands.append(oc)
            elif f & _LOWER and not s.title:
                self._person_role_noun(s, i, cands)
            if f & _BASE_AFTER:
                self._base_after(s, i, cands)
            if f & _BASE_IN:
                self._base_in(s, i, cands)
            if f & _STANDALONE:
                e = match_phrase(lex.force_standalone, toks, i)
                if e:
                    a = i - 1 if i > 0 and self.nationality(toks[i - 1]) else i
                    cands.append(Cand(Kind.FORCE, s, a, e, prio=3,
                                      head=("named", s.text[toks[a].start:toks[e - 1].end])))
        chosen = self._select(cands, media) if cands else []
        if chosen:
            self._headquarters(s, chosen)
            self._acronyms(s, chosen)
            chosen.sort(key=lambda c: c.a)
        return chosen

    def _modifier(self, toks: list[Tok], start: int, end: int, kind: Kind) -> bool:
        """A force or body's name used as a modifier: ``NATO and coalition installations``,
        ``a Taliban offensive``."""
        if kind not in (Kind.FORCE, Kind.ORGANIZATION) or end >= len(toks) or end < 1:
            return False
        if end - start > 1 and toks[end - 1].low not in _GENERIC_HEADS:
            return False                       # a proper name before a noun still names the thing
        k = end
        if toks[k].low == "and" and k + 2 < len(toks) and toks[k + 1].word:
            k += 2
        return toks[k].word and not toks[k].cap and toks[k].low in self.lex.force_non_heads

    def _select(self, cands: list[Cand], media) -> list[Cand]:
        cands.sort(key=lambda c: (-(c.b - c.a) - (2 if c.prio >= 6 else 0), -c.prio, c.a))
        taken = [False] * (max((c.b for c in cands), default=0) + 1)
        out = []
        for a, b in media:
            for k in range(a, b):
                if k < len(taken):
                    taken[k] = True
        for c in cands:
            if any(taken[k] for k in range(c.a, c.b)):
                continue
            for k in range(c.a, c.b):
                taken[k] = True
            out.append(c)
        return out

    def _person_titled(self, s: Sentence, i: int, out: list[Cand]) -> None:
        toks = s.toks
        lex = self.lex
        j = match_phrase(lex.ranks, toks, i) or match_phrase(lex.offices, toks, i)
        if not j:
            return
        while True:                                   # "Defense Minister Gen. X"
            j2 = match_phrase(lex.ranks, toks, j) or match_phrase(lex.offices, toks, j)
            if not j2 or not toks[j].cap:
                break
            j = j2
        k = self.name_run(toks, j)
        if k == j:
            return
        start = i
        if i > 0 and toks[i - 1].word and toks[i - 1].cap and toks[i - 1].low not in _RUN_STOP \
                and toks[i - 1].text not in ("According",):
            start = i - 1                              # "French President", "Army Chief"
        elif i > 1 and toks[i - 1].text in ("'s", "’s") and toks[i - 2].cap:
            start = i - 2                              # "Togo's Chief of Staff"
        c = Cand(Kind.PERSON, s, j, k, name=s.text[toks[j].start:toks[k - 1].end], prio=5)
        c.role = s.text[toks[start].start:toks[j - 1].end].rstrip(",")
        c.t0 = start
        out.append(c)

    def _person_role_noun(self, s: Sentence, i: int, out: list[Cand]) -> None:
        """``Defence Ministry spokesman Igor Konashenkov``, ``army commander Abdi Hassan``."""
        toks = s.toks
        k = self.name_run(toks, i + 1)
        if k - (i + 1) < 2:
            return
        a = i
        while a > 0 and i - a < 4 and toks[a - 1].word and toks[a - 1].low not in _RUN_STOP:
            a -= 1
        if a > 0 and toks[a - 1].text in ("'s", "’s") and a > 1:
            a -= 2
        c = Cand(Kind.PERSON, s, i + 1, k, name=s.text[toks[i + 1].start:toks[k - 1].end], prio=5)
        c.role = s.text[toks[a].start:toks[i].end]
        c.t0 = a
        out.append(c)

    def _base_before(self, s: Sentence, i: int, out: list[Cand]) -> None:
        toks = s.toks
        j = match_phrase(self.lex.base_before, toks, i)
        if not j or j >= len(toks):
            return
        k = j
        while k < len(toks) and k - j < 3 and (self.capword(toks[k]) or _is_code(toks[k])) \
                and toks[k].text not in self.lex.name_stop and toks[k].low not in self.lex.role_nouns:
            k += 1
        if k > j:
            out.append(Cand(Kind.BASE, s, i, k, prio=4, head=toks[j].low))

    def _base_after(self, s: Sentence, h: int, out: list[Cand]) -> None:
        toks = s.toks
        e = match_phrase(self.lex.base_after, toks, h)
        if not e or h == 0:
            return
        k = h
        limit = 1 if s.title else 3
        while k > 0 and h - k < limit:
            t = toks[k - 1]
            if not (self.capword(t) or _is_code(t) or self.nameword(t)):
                break
            if t.text in self.lex.name_stop or t.text in self.lex.unit_heads or t.text in self.lex.org_heads \
                    or t.low in self.lex.base_adj or t.low in self.lex.ordinals or t.low in self.lex.function_words \
                    or t.low in _TITLE_CASE_VERBS or (s.title and t.low in self.lex.verbs):
                break                                  # "Hands Over Base" in a headline: no name
            if self.nationality(t) and self.gi.place_kind.get(self.nationality(t)) in ("country", "region"):
                break                                  # "the Anbar base": a base somewhere in a province
            k -= 1
        if k == h:
            return
        if k > 0 and toks[k - 1].low in ("a", "an", "one"):
            return                                     # "a Helmand camp": a description, not a name
        out.append(Cand(Kind.BASE, s, k, e, prio=4, head=toks[k].low))

    def _base_in(self, s: Sentence, h: int, out: list[Cand]) -> None:
        """``the (French military) base in (the capital) Niamey``: a base named by its place."""
        toks = s.toks
        lex = self.lex
        e = match_phrase(lex.base_by_place, toks, h)
        if not e or toks[e - 1].low.endswith("s") and toks[e - 1].low not in ("barracks", "headquarters"):
            return
        j = e
        if j < len(toks) and toks[j].text == ",":
            j += 1
        if j >= len(toks) or toks[j].low not in ("in", "at", "near", "outside", "of"):
            return
        j += 1
        if j + 1 < len(toks) and toks[j].low == "the" and toks[j + 1].low in ("capital", "town", "city", "village", "district"):
            j += 2
            if j < len(toks) and toks[j].low == "of":
                j += 1
        elif j + 1 < len(toks) and toks[j].low in ("the",) and toks[j + 1].cap:
            return                                     # "base of the Coalition": not a place
        k = j
        while k < len(toks) and k - j < 3 and (self.capword(toks[k]) or self.nameword(toks[k])) \
                and toks[k].text not in self.lex.name_stop:
            k += 1
        if k == j:
            return
        if k < len(toks) and toks[k].low in lex.region_nouns:
            return                                     # "in Hama province"
        if k < len(toks) and toks[k].text in ("'s", "’s"):
            return
        place = self.gi.place_of(toks[j].low) if k - j == 1 else None
        if place and self.gi.place_kind.get(place) in ("country", "region"):
            return                                     # "a base in Mali": not named
        ent = self.gi.match(toks, j)
        if ent and ent[1].kind in (Kind.FORCE, Kind.ORGANIZATION):
            return
        a = h
        while a > 0 and (toks[a - 1].low in lex.base_adj or self.nationality(toks[a - 1])):
            a -= 1
        c = Cand(Kind.BASE, s, a, k, prio=4, name=s.text[toks[j].start:toks[k - 1].end], head=toks[j].low)
        c.flags.add("by_place")
        out.append(c)

    def _force_national(self, s: Sentence, i: int, out: list[Cand]) -> None:
        """``Afghan (security) forces``, ``Niger's military``, ``French and Malian forces``,
        ``the French``, ``Barkhane forces``."""
        toks = s.toks
        t = toks[i]
        lex = self.lex
        if not t.word or not t.cap or t.low in _RUN_STOP or t.text in lex.name_stop and not self.nationality(t):
            return
        if "-" in t.text and t.low.endswith(("led", "backed", "based", "allied", "aligned", "supported")):
            return
        place = self.nationality(t)
        n = len(toks)
        known = None
        if not place and t.low in self.gi.index:
            m = self.gi.match(toks, i)
            if m and m[0] == i + 1 and m[1].kind is Kind.FORCE:
                known = m[1]                           # "SNA troops", "ATMIS forces": that force
        j = i + 1
        if j < n and toks[j].text in ("'s", "’s"):
            j += 1
        nats = [(i, i + 1, place)]
        if j + 1 < n and toks[j].low == "and" and toks[j + 1].cap and self.nationality(toks[j + 1]):
            nats.append((j + 1, j + 2, self.nationality(toks[j + 1])))
            j += 2
        mods = 0
        while j < n and toks[j].low in lex.force_modifiers and toks[j].low != "and" and mods < 3:
            if match_phrase(lex.force_generic, toks, j) or match_phrase(lex.force_specific, toks, j):
                break
            j += 1
            mods += 1
        e = match_phrase(lex.force_specific, toks, j)
        specific = bool(e)
        if not e:
            e = match_phrase(lex.force_generic, toks, j)
        if not e:
            if place and t.low in self.gi.demonym and t.low.endswith("s") or (
                    place and i > 0 and toks[i - 1].low == "the" and t.low in self.gi.demonym):
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or not nxt.word or nxt.low in _VERBISH or nxt.low in lex.verbs:
                    a = i - 1 if i > 0 and toks[i - 1].low == "the" else i
                    out.append(Cand(Kind.FORCE, s, a, i + 1, prio=3, place=place, head=("national", place)))
            return
        if e < n and toks[e].word and (toks[e].low in lex.force_non_heads or toks[e].text in lex.unit_heads
                                       or (toks[e].cap and toks[e].text not in lex.name_stop and not s.title)):
            return                                     # "US military attaché", "French troops convoy"
        if not place and (t.low in lex.force_modifiers or t.low in lex.force_nonnames):
            return
        if not place and i > 0 and toks[i - 1].low in ("a", "an"):
            return
        cap_noun = toks[j].cap and not s.title
        for a, b, pl in nats:
            end = e if (a, b, pl) == nats[-1] else b
            if specific and cap_noun:
                c = Cand(Kind.FORCE, s, a, end, prio=3, place=pl,
                         head=("named", s.text[toks[a].start:toks[end - 1].end]))
            elif pl:
                c = Cand(Kind.FORCE, s, a, end, prio=3, place=pl, head=("national", pl))
            elif known is not None and a == i:
                c = Cand(Kind.FORCE, s, a, end, key=known.key, name=s.text[toks[a].start:toks[end - 1].end], prio=3)
            else:
                c = Cand(Kind.FORCE, s, a, end, prio=3, head=("word", toks[a].text))
            out.append(c)

    def _force_unit(self, s: Sentence, h: int, out: list[Cand]) -> None:
        """A capitalised unit name: ``205th Maiwand Corps``, ``Malian Armed Forces``,
        ``United Nations ... Mission in Mali``."""
        toks = s.toks
        lex = self.lex
        a = h
        while a > 0 and h - a < 7:
            p = toks[a - 1]
            if (p.word and p.cap and p.low not in _RUN_STOP) or _is_ordinal(p):
                if "-" in p.text and p.low.endswith(("led", "backed", "based")):
                    break
                a -= 1
            else:
                break
        b = h + 1
        while b < len(toks) and toks[b].text in lex.unit_heads and toks[b].cap:
            b += 1
        if b + 1 < len(toks) and toks[b].low in ("in", "for", "of") and toks[b + 1].cap and toks[b + 1].word:
            k = b + 1
            while k < len(toks) and toks[k].word and toks[k].cap and toks[k].low not in _RUN_STOP:
                k += 1
            b = k
        if a == h and b == h + 1:
            if h > 0 and toks[h - 1].low == "the" and toks[h].text not in ("Military",):
                c = Cand(Kind.FORCE, s, h - 1, h + 1, prio=2, head=("anaphor", toks[h].low))
                c.flags.add("anaphor")
                out.append(c)
            return
        if toks[h].text in lex.unit_heads_qual and h - a < 1:
            return
        words = toks[a:b]
        place = self.nationality(words[0]) if words else None
        rest = " ".join(w.low for w in words[1:]) if place else None
        generic = {"armed forces", "army", "forces", "security forces", "defence forces", "defense forces",
                   "national army", "military", "national armed forces", "defence and security forces",
                   "defense and security forces", "national defence forces", "national defense forces",
                   "army forces", "troops", "force"}
        if place and rest in generic:
            out.append(Cand(Kind.FORCE, s, a, b, prio=4, place=place, head=("national", place)))
        else:
            out.append(Cand(Kind.FORCE, s, a, b, prio=4, head=("named", s.text[toks[a].start:toks[b - 1].end])))

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
        b = h + 1
        while b < len(toks) and toks[b].cap and toks[b].text in lex.org_heads:
            b += 1
        if b + 1 < len(toks) and toks[b].low in ("of", "for", "on") and (toks[b + 1].cap or (
                toks[b + 1].low == "the" and b + 2 < len(toks) and toks[b + 2].cap)):
            k = b + 1
            while k < len(toks) and ((toks[k].word and toks[k].cap) or (
                    toks[k].low in ("of", "the", "for", "and", "on") and k + 1 < len(toks)
                    and (toks[k + 1].cap or toks[k + 1].low == "the"))):
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

    def org_common(self, s: Sentence, i: int) -> Cand | None:
        """``the Niger authorities``, ``Afghan government``, ``Iraq's defence ministry``."""
        toks = s.toks
        t = toks[i]
        place = self.nationality(t)
        if not place and not (t.cap and t.word and t.low not in _RUN_STOP and t.text not in self.lex.name_stop):
            return None
        j = i + 1
        if j < len(toks) and toks[j].text in ("'s", "’s"):
            j += 1
        e = match_phrase(self.lex.org_common, toks, j)
        if not e:
            return None
        if e < len(toks) and toks[e].word and toks[e].low in self.lex.force_non_heads:
            return None
        if e + 1 < len(toks) and toks[e].low == "in" and toks[e + 1].cap and toks[j].low in ("embassy", "consulate"):
            e += 2
        return Cand(Kind.ORGANIZATION, s, i, e, prio=3, place=place,
                    head=("org", place or t.low, " ".join(x.low for x in toks[j:e])))

    def _headquarters(self, s: Sentence, chosen: list[Cand]) -> None:
        """``the 205th Maiwand Corps headquarters``: a base named after the unit it houses."""
        toks = s.toks
        for c in list(chosen):
            if c.kind is Kind.FORCE and c.b < len(toks) and toks[c.b].low in ("headquarters", "hq", "base", "camp") \
                    and not any(o.kind is Kind.BASE and o.a <= c.b < o.b for o in chosen) \
                    and (c.key is not None or (c.head and c.head[0] == "named")):
                chosen.append(Cand(Kind.BASE, s, c.a, c.b + 1, prio=4, head=c.surface.lower()))

    def _acronyms(self, s: Sentence, chosen: list[Cand]) -> None:
        """``Malian Armed Forces (FAMa)``: the acronym names the same thing."""
        toks = s.toks
        for c in chosen:
            b = c.b
            if b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")":
                ac = toks[b + 1]
                if ac.word and sum(ch.isupper() for ch in ac.text) >= 2 and len(ac.text) <= 12:
                    c.flags.add("acronym:" + ac.low)
