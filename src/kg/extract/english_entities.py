"""English names of bases, forces, organisations, people and places in one sentence.

Gazetteer names first; then the shapes English news gives names that no list holds:
``Camp X`` / ``X Air Base`` / ``the base in X`` (bases), ``Danish security forces`` /
``the 12th X Brigade`` / ``Chad's army`` (forces), ``the X Ministry`` / ``Observatory for ...`` /
``the Chadian authorities`` (organisations), ``Brig. Gen. X`` / ``Danish Prime Minister X``
(people). Overlaps are settled longest first. Names that denote one thing in an article are made
one (:class:`Naming`): ``Tindar Airfield`` / ``the Tindar airport``, ``Vale Brigade (VB)`` /
``VB``, ``12th Vale Brigade`` / ``the Brigade``.

The rules are split by what they find: :mod:`.english_entity_people`, :mod:`.english_entity_bases`,
:mod:`.english_entity_forces`, :mod:`.english_entity_orgs`; :class:`Cand` and shared word sets are in
:mod:`.english_entity_cand`.
"""
from __future__ import annotations

from ..model import Kind
from .english_entity_bases import BaseMixin
from .english_entity_cand import _APPOSED, _LOWER_TITLES, _PRESENCE, _RUN_STOP, Cand
from .english_entity_forces import ForceMixin
from .english_entity_orgs import OrgMixin
from .english_entity_people import PeopleMixin
from .english_names import GazIndex, Lexicon, match_phrase
from .english_text import Sentence, Tok

__all__ = ["Cand", "Finder"]


_GAZ, _MEDIA, _TITLE, _BASE_BEFORE, _UNIT, _ORG, _LOWER, _BASE_AFTER, _BASE_IN, _STANDALONE, _DEMONYM, _NUMBERED = \
    (1 << k for k in range(12))


class Finder(PeopleMixin, BaseMixin, ForceMixin, OrgMixin):
    """Recognises names in sentences (one per extractor; stateless between sentences)."""

    def __init__(self, lex: Lexicon, gi: GazIndex):
        self.lex, self.gi = lex, gi
        self.flags = self._flags()
        self._nameword: dict[str, bool] = {}          # word -> can it be part of a name (a cache)

    # -- small predicates ---------------------------------------------------------------------
    def capword(self, t: Tok) -> bool:
        # ("No base has been abandoned", "Every camp": a quantifier opening a sentence is no name)
        return t.word and t.cap and t.low not in _RUN_STOP and t.low not in self.lex.quantifiers

    def nationality(self, t: Tok) -> str | None:
        """The place a word names as a nationality (``Afghan``, ``U.S.``, ``Niger``)."""
        if not t.word or not (t.cap or t.text[:1].isupper()):
            return None
        return self.gi.place_of(t.low)

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
        # ("SDF media office head X", "camp administrator X": any role noun can stand before a name)
        add(_LOWER_TITLES | {w for w in lex.role_nouns if " " not in w}, _LOWER)
        add(lex.base_after, _BASE_AFTER)
        add(lex.base_by_place, _BASE_IN)
        add(lex.force_standalone, _STANDALONE)
        add(gi.demonym, _DEMONYM)
        add((h.lower() for h in lex.numbered_heads), _NUMBERED)
        return flags

    def find(self, s: Sentence) -> list[Cand]:
        toks = s.toks
        n = len(toks)
        lows = s.lows
        cands: list[Cand] = []
        media: list[tuple[int, int]] = []
        lex, gi = self.lex, self.gi
        flags = self.flags
        # how far the next force / organisation noun is: national and common names end in one
        force_nouns, org_nouns = lex.force_first, lex.org_first
        get = flags.get
        fl = [get(t.low, 0) for t in toks]
        near_force: set[int] = set()
        near_org: set[int] = set()
        if not s.lows.isdisjoint(force_nouns):
            for k in [k for k, t in enumerate(toks) if t.low in force_nouns]:
                near_force.update(range(max(0, k - 5), k))
        if not s.lows.isdisjoint(org_nouns):
            for k in [k for k, t in enumerate(toks) if t.low in org_nouns]:
                near_org.update(range(max(0, k - 5), k))
        near = near_force | near_org
        for i in [i for i, f in enumerate(fl) if f or i in near]:
            t = toks[i]
            if not t.word:
                continue
            f = fl[i]
            cap = t.cap
            force_near = cap and i in near_force
            org_near = cap and i in near_org
            if not (f or force_near or org_near):
                continue
            if f & _GAZ:
                m = gi.match(toks, i)
                mission = self._mission(s, i, m[0], m[1]) if m and m[1].kind is Kind.ORGANIZATION else None
                if mission is not None:
                    cands.append(mission)
                elif m and not self._modifier(toks, i, m[0], m[1].kind):
                    end, entry, _ = m
                    prio = 2 if entry.kind is Kind.PLACE else 6
                    c = Cand(entry.kind, s, i, end, key=entry.key, name=s.text[t.start:toks[end - 1].end],
                             prio=prio, place=entry.key if entry.kind is Kind.PLACE else None)
                    if entry.kind is Kind.BASE and toks[end - 1].low in lex.base_facility_heads \
                            and toks[end - 1].low not in lex.base_words and end - i > 1:
                        # "Basra Palace": a facility named after its town is not every base of the
                        # town (not "Basra airport" later): its whole name is its toponym
                        c.head = " ".join(x.low for x in toks[i:end] if x.word)
                    cands.append(c)
            if cap:
                if f & _MEDIA:
                    e = match_phrase(lex.media, toks, i)
                    if e and not (e == i + 1 and ((e < n and toks[e].cap and toks[e].word) or (
                            i > 0 and toks[i - 1].cap and toks[i - 1].word))):
                        media.append((i, e))             # (not "Dawn" or "Liberation" inside a longer name)
                if f & _TITLE:
                    self._person_titled(s, i, cands)
                if f & _BASE_BEFORE:
                    self._base_before(s, i, cands)
                if f & _UNIT and t.text in lex.unit_heads:
                    self._force_unit(s, i, cands)
                if f & _NUMBERED and t.text in lex.numbered_heads:
                    self._force_numbered(s, i, cands)
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
        if "-" in s.text or not lows.isdisjoint(lex.aligned_adjectives):
            self._aligned_forces(s, cands)
        if not lows.isdisjoint(lex.irregular_nouns):
            self._irregulars(s, cands)
        if not lows.isdisjoint(lex.regional_body_nouns):
            self._regional_bodies(s, cands)
        chosen = self._select(cands, media) if cands else []
        if not s.title and (("at" in lows or "," in lows) and not (
                lows.isdisjoint(_PRESENCE) and lows.isdisjoint(_APPOSED) and lows.isdisjoint(lex.force_first))
                or ("the" in lows and not lows.isdisjoint(lex.facility_nouns))):
            self._short_bases(s, chosen)
        if "(" in s.lows:
            self._spelled_out(s, chosen)
        if "'s" in lows or "’s" in lows:
            self._possessed_names(s, chosen)
        if "," in lows and not s.title:
            self._cued_names(s, chosen)
        if chosen:
            self._titles_are_no_bodies(chosen)
            self._landmarks(s, chosen)
            self._known_forces(s, chosen)
            self._headquarters(s, chosen)
        if "general" in lows:
            self._command_seat(s, chosen)
        if chosen:
            self._acronyms(s, chosen)
            chosen.sort(key=lambda c: c.a)
        return chosen

    def _regional_bodies(self, s: Sentence, cands: list[Cand]) -> None:
        """``the Central Darfur state authorities``, ``the North Kordofan government``: a region's
        name of several words (or one, with its level: ``the Tarvo provincial authorities``) before
        a governing body names that region's body. (A nation's body, ``the Chadian authorities``,
        is found by its nationality.)"""
        toks = s.toks
        lex = self.lex
        for k, t in enumerate(toks):
            if t.low not in lex.regional_body_nouns or t.cap:
                continue
            j = k
            while j > 0 and k - j < 2 and toks[j - 1].low in lex.admin_levels and not toks[j - 1].cap:
                j -= 1
            a = j
            # ("North", "Central" are no names alone, but open one: "the North Kordofan authorities")
            while a > 0 and j - a < 3 and self.capword(toks[a - 1]) and (toks[a - 1].text not in lex.name_stop or a < j) \
                    and toks[a - 1].low not in lex.function_words:
                a -= 1
            if a == j or (j == k and j - a < 2) or any(x.low in self.gi.demonym for x in toks[a:j]):
                continue
            place = self.gi.match(toks, a)
            if place and place[0] == j and (place[1].kind is not Kind.PLACE
                                            or self.gi.place_kind.get(place[1].key) == "country"):
                continue                               # "the Burkina Faso government": a nation's
            if s.title or (a > 0 and toks[a - 1].low not in ("the", "to", "by", "and", "with", "from")):
                continue
            cands.append(Cand(Kind.ORGANIZATION, s, a, k + 1, prio=3,
                              head=("org", " ".join(x.low for x in toks[a:j]), t.low)))

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
