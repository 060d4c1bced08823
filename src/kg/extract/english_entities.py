"""English names of bases, forces, organisations, people and places in one sentence.

Gazetteer names first; then the shapes English news gives names that no list holds:
``Camp X`` / ``X Air Base`` / ``the base in X`` (bases), ``Danish security forces`` /
``the 12th X Brigade`` / ``Chad's army`` (forces), ``the X Ministry`` / ``Observatory for ...`` /
``the Chadian authorities`` (organisations), ``Brig. Gen. X`` / ``Danish Prime Minister X``
(people). Overlaps are settled longest first. Names that denote one thing in an article are made
one (:class:`Naming`): ``Tindar Airfield`` / ``the Tindar airport``, ``Vale Brigade (VB)`` /
``VB``, ``12th Vale Brigade`` / ``the Brigade``.
"""
from __future__ import annotations

from ..model import Kind
from .english_names import GazIndex, Lexicon, match_phrase
from .english_text import Sentence, Tok
from .english_text import tokenize as _tokenize

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
_FORCE_NOUNS = ("forces", "troops", "army", "military", "soldiers", "fighters")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PERSONNEL = frozenset({"trainers", "advisers", "advisors", "instructors", "personnel", "mentors"})
_MISSION_MODS = frozenset({"peacekeeping", "stabilisation", "stabilization", "training", "military", "transition",
                           "transitional", "support", "assistance", "monitoring", "observer", "advisory", "naval",
                           "maritime", "security", "multinational", "regional"})
_MISSION_HEADS = frozenset({"mission", "force", "forces", "contingent", "operation", "troops", "peacekeepers"})
_CONNECTIVES = frozenset({"who", "whom", "whose", "which", "where", "when", "while", "after", "before", "since",
                          "until", "because", "if", "than", "into", "onto", "out", "off", "over", "under", "had",
                          "themselves", "alone", "too", "instead", "now", "then", "say", "says", "said"})
# where English places troops: "remain at X", "stationed at X", "U.S. troops at X"
_PRESENCE = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying",
                       "stationed", "based", "deployed", "garrisoned", "posted", "present", "housed",
                       "headquartered", "positioned"})
# a base noun a name stands in apposition to: "its largest camp, X, …"
_APPOSED = frozenset({"base", "camp", "airbase", "airfield", "garrison", "outpost", "post", "barracks", "fort",
                      "installation", "facility"})
_TITLE_CASE_VERBS = frozenset({"over", "out", "back", "up", "down", "off", "into", "onto", "away", "says", "said"})
_LOWER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "chief", "minister",
                           "envoy", "ambassador", "secretary", "governor", "official", "adviser", "advisor",
                           "general", "colonel", "major", "lieutenant", "captain", "admiral", "brigadier",
                           "sergeant", "marshal", "commandant"})


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


def _is_elided(t: Tok) -> bool:
    """A name word after an elided French or Italian particle: ``d'Aquin``, ``d’Estaing``, ``l'Ouest``."""
    lo = t.text
    return t.word and len(lo) > 3 and lo[:1] in "dlDL" and lo[1:2] in ("'", "’") and lo[2:3].isupper()


def _is_number_name(t: Tok) -> bool:
    """A bare number that can designate a base after its head noun (``Air Base 201``): not a year."""
    return t.text.isdigit() and len(t.text) <= 4 and not (len(t.text) == 4 and t.text[:2] in ("19", "20"))


def _is_ordinal(t: Tok) -> bool:
    lo = t.low
    return lo[:1].isdigit() and lo.endswith(("st", "nd", "rd", "th")) and lo[:-2].isdigit()


class Finder:
    """Recognises names in sentences (one per extractor; stateless between sentences)."""

    def __init__(self, lex: Lexicon, gi: GazIndex):
        self.lex, self.gi = lex, gi
        self.flags = self._flags()
        self._nameword: dict[str, bool] = {}          # word -> can it be part of a name (a cache)

    # -- small predicates ---------------------------------------------------------------------
    def capword(self, t: Tok) -> bool:
        return t.word and t.cap and t.low not in _RUN_STOP

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
            return t.text not in self.lex.name_stop and not (t.text.isupper() and len(t.text) > 1)
        lo = t.text
        return (len(lo) > 3 and lo[:3] in ("al-", "el-", "ad-", "as-", "ar-", "an-", "at-", "az-") and lo[3:4].isupper()
                or _is_elided(t))

    def nationality(self, t: Tok) -> str | None:
        """The place a word names as a nationality (``Afghan``, ``U.S.``, ``Niger``)."""
        if not t.word or not (t.cap or t.text[:1].isupper()):
            return None
        return self.gi.place_of(t.low)

    def name_run(self, toks: list[Tok], j: int, limit: int = 5) -> int:
        """End of a person's name starting at ``j`` (``j`` when there is none)."""
        k, n, last_ok = j, len(toks), j
        while k < n and k - j < limit + 2:
            t = toks[k]
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
            elif t.word and not t.cap and t.low in self.lex.particles and k + 1 < n and self.nameword(toks[k + 1]) \
                    and (k > j or (k + 1 < n and toks[k + 1].cap and t.low in ("du", "de", "van", "von", "al", "el",
                                                                                  "da", "di", "le", "la", "bin", "ben"))):
                k += 1                                 # "Anna van Dijk", and "van Dijk" alone
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
        lows = s.lows
        if not s.title and (("at" in lows or "," in lows) and not (
                lows.isdisjoint(_PRESENCE) and lows.isdisjoint(_APPOSED) and lows.isdisjoint(lex.force_first))
                or ("the" in lows and not lows.isdisjoint(lex.facility_nouns))):
            self._short_bases(s, chosen)
        if "(" in s.lows:
            self._spelled_out(s, chosen)
        if chosen:
            self._known_forces(s, chosen)
            self._headquarters(s, chosen)
            self._acronyms(s, chosen)
            chosen.sort(key=lambda c: c.a)
        return chosen

    def _short_bases(self, s: Sentence, chosen: list[Cand]) -> None:
        """A base's gazetteer short name (a town's name too) names the base where English puts
        troops or a base there: ``troops remain at X and Y, and at Z``, ``U.S. forces at X``,
        ``its largest camp, X, …`` (not ``a market at X``, ``from X to Y``)."""
        toks = s.toks
        n = len(toks)
        lex = self.lex
        found: list[Cand] = []
        k = 1
        while k < n:
            t = toks[k]
            if not (t.word and t.cap) or any(c.a <= k < c.b and c.kind is not Kind.PLACE for c in chosen):
                k += 1
                continue
            m = self.gi.base_named(toks, k)
            if m is None or (m[0] < n and toks[m[0]].word and toks[m[0]].cap):
                k += 1
                continue
            e, entry = m
            p = toks[k - 1].low
            ok = False
            prev = found[-1] if found else None
            if p == "at":
                j = k - 2
                while j >= 0 and k - 2 - j < 3 and (toks[j].low in lex.adverbs or toks[j].low in lex.be_aux
                                                    or toks[j].low in ("still", "now")):
                    j -= 1
                ok = j >= 0 and (toks[j].low in _PRESENCE or (toks[j].low in lex.force_first and not toks[j].cap))
                if not ok and prev is not None and j >= 0 and toks[j].low in ("and", ",") and \
                        prev.b in (j, j - 1):
                    ok = True                          # "… at X and Y, and at Z"
            elif p in ("and", ",") and prev is not None and prev.b == k - 1:
                ok = True                              # "… at X and Y", "… at X, Y"
            elif p == "," and k > 1 and toks[k - 2].low in _APPOSED and not toks[k - 2].cap:
                ok = True                              # "its largest camp, X"
            elif p == "the" and e < n and toks[e].low in lex.facility_nouns and not toks[e].cap or (
                    p == "the" and e + 1 < n and toks[e + 1].low in lex.facility_nouns and toks[e].word
                    and not toks[e].cap and toks[e].low not in lex.function_words):
                # "the X cement plant", "the X airfield": the facility the base is
                e = e + 1 if toks[e].low in lex.facility_nouns else e + 2
                ok = True
            if not ok:
                k += 1
                continue
            c = Cand(Kind.BASE, s, k, e, key=entry.key, name=s.text[t.start:toks[e - 1].end], prio=3, head=t.low)
            for o in [o for o in chosen if o.kind is Kind.PLACE and k <= o.a < e]:
                chosen.remove(o)
            chosen.append(c)
            found.append(c)
            k = e

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

    def _no_head(self, t: Tok) -> bool:
        """Can this word not be the noun a demonym modifies (``the Chadians left``, ``the French
        are``, ``the Dutch and``): a verb, auxiliary, adverb, preposition or conjunction?"""
        lo = t.low
        lex = self.lex
        if t.cap:
            return False
        return (lo in _VERBISH or lo in lex.verbs or lo in lex.report_verbs or lo in lex.be_aux or lo in lex.modal
                or lo in lex.negations or lo in lex.adverbs or lo in lex.function_words or lo in lex.withdrawal_ctx
                or lo in _CONNECTIVES or lo.endswith(("ed", "ly")))

    def _mission(self, s: Sentence, a: int, e: int, entry) -> Cand | None:
        """``the United Nations peacekeeping mission in Chad``, ``the African Union force``: a
        body's name before a (lower-case) mission noun names the force it deploys."""
        toks = s.toks
        n = len(toks)
        k = e
        while k < n and k - e < 3 and toks[k].word and not toks[k].cap and toks[k].low in _MISSION_MODS:
            k += 1
        if k >= n or toks[k].cap or toks[k].low not in _MISSION_HEADS:
            return None
        k += 1
        if k + 1 < n and toks[k].low == "in" and toks[k + 1].cap and self.nationality(toks[k + 1]):
            k += 2
        country = getattr(entry, "located_in", None)
        if toks[k - 1].low in ("forces", "force", "troops") and country and self.gi.place_kind.get(country) == "country" \
                and self.gi.national.get(country) and all(t.low in ("security", "military") for t in toks[e:k - 1]):
            # "Somali government forces": a country's government's forces are its national force
            return Cand(Kind.FORCE, s, a, k, prio=5, place=country, head=("national", country))
        c = Cand(Kind.FORCE, s, a, k, prio=5, head=("named", s.text[toks[a].start:toks[k - 1].end]))
        c.flags.add("mission_of:" + entry.key)
        if k < n and toks[k].cap and toks[k].word:
            # "the UN peacekeeping mission MINUSMA": the force's own name in apposition
            j = next((j for j in range(min(n, k + 6), k, -1)
                      if any(x.kind is Kind.FORCE and not short
                             for x, short, _ in self.gi.names.get(tuple(t.low for t in toks[k:j]), ()))), None)
            if j is not None:
                hit = next(x for x, short, _ in self.gi.names[tuple(t.low for t in toks[k:j])]
                           if x.kind is Kind.FORCE and not short)
                c.key, c.name = hit.key, s.text[toks[a].start:toks[k - 1].end]
                return c
        # the gazetteer may know it under another name of its body ("UN … mission in Chad")
        rest = tuple(t.low for t in toks[e:k] if t.word)
        for surface in [x for x, lang in entry.names if lang != "ar"] + [entry.labels.get("en", "")]:
            words = tuple(w for w in (t.low for t in _tokenize(surface) if t.word))
            hit = next((x for x, short, _ in self.gi.names.get(words + rest, ()) if x.kind is Kind.FORCE and not short),
                       None)
            if hit is not None:
                c.key, c.name = hit.key, s.text[toks[a].start:toks[k - 1].end]
                break
        return c

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
            if not j2 and j + 1 < len(toks) and toks[j].cap and toks[j].word and toks[j].low not in _RUN_STOP:
                # "Deputy Justice Minister X": a portfolio word between two titles
                j2 = match_phrase(lex.offices, toks, j + 1)
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
            start = i - 2                              # "Chad's Chief of Staff"
        c = Cand(Kind.PERSON, s, j, k, name=s.text[toks[j].start:toks[k - 1].end], prio=5)
        c.role = s.text[toks[start].start:toks[j - 1].end].rstrip(",")
        c.t0 = start
        out.append(c)

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
        while k < len(toks) and k - j < 3 and (self.capword(toks[k]) or _is_code(toks[k]) or (
                k > j and _is_elided(toks[k])) or (
                # "Camp de Gaulle", "Fort du Nord": a lower-case particle inside the name
                not toks[k].cap and toks[k].low in self.lex.particles and k + 1 < len(toks)
                and self.capword(toks[k + 1]) and toks[k + 1].text not in self.lex.name_stop)) \
                and toks[k].text not in self.lex.name_stop and toks[k].low not in self.lex.role_nouns:
            k += 1
        if k == j and k < len(toks) and _is_number_name(toks[k]) and not (
                k + 1 < len(toks) and (toks[k + 1].low in self.lex.nouns or match_phrase(self.lex.force_generic, toks, k + 1))):
            k += 1                                     # "Camp 12", "Air Base 201": a number names it
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
                break                                  # "Army Quits Base" in a headline: no name
            if self.nationality(t) and self.gi.place_kind.get(self.nationality(t)) in ("country", "region"):
                break                                  # "the Tindar province base": somewhere in a province
            k -= 1
        if k == h:
            return
        if k > 0 and toks[k - 1].cap and toks[k - 1].low in self.lex.particles:
            k -= 1                                     # "Al Harrow base": the article belongs to the name
        if k > 0 and toks[k - 1].low in ("a", "an", "one"):
            return                                     # "a Tindar camp": a description, not a name
        out.append(Cand(Kind.BASE, s, k, e, prio=4, head=toks[k].low))

    def _base_in(self, s: Sentence, h: int, out: list[Cand]) -> None:
        """``the (Danish army) base in (the town of) Tindar``: a base named by its place."""
        toks = s.toks
        lex = self.lex
        e = match_phrase(lex.base_by_place, toks, h)
        if not e or toks[e - 1].low.endswith("s") and toks[e - 1].low not in ("barracks", "headquarters"):
            return
        j = e
        if j < len(toks) and toks[j].text == ",":
            j += 1
        if j + 1 < len(toks) and toks[j].low in ("next", "close", "adjacent") and toks[j + 1].low == "to":
            j += 1                                     # "the airfield close to Tindar's harbour"
        elif j >= len(toks) or toks[j].low not in ("in", "at", "near", "outside", "of"):
            return
        j += 1
        if j + 1 < len(toks) and toks[j].low == "the" and toks[j + 1].low in ("capital", "town", "city", "village", "district"):
            j += 2
            if j < len(toks) and toks[j].low == "of":
                j += 1
        elif j + 1 < len(toks) and toks[j].low in ("the",) and toks[j + 1].cap:
            return                                     # "base of the Alliance": not a place
        k = j
        while k < len(toks) and k - j < 3 and (self.capword(toks[k]) or self.nameword(toks[k])) \
                and toks[k].text not in self.lex.name_stop:
            k += 1
        if k == j:
            return
        if k < len(toks) and toks[k].low in lex.region_nouns:
            return                                     # "in Tindar province"
        if k < len(toks) and toks[k].text in ("'s", "’s") and not (k + 1 < len(toks) and toks[k + 1].word
                                                                  and not toks[k + 1].cap):
            return                                     # (but "next to Tindar's airport": by Tindar)
        if toks[j].low in lex.broad_regions or " ".join(t.low for t in toks[j:k]) in lex.broad_regions:
            return                                     # "its only base in Africa": no place that names it
        place = self.gi.place_of(toks[j].low) if k - j == 1 else None
        if place and self.gi.place_kind.get(place) in ("country", "region"):
            return                                     # "a base in Chad": not named
        ent = self.gi.match(toks, j)
        if ent and ent[1].kind in (Kind.FORCE, Kind.ORGANIZATION):
            return
        if ent and ent[1].kind is Kind.PLACE and self.gi.place_kind.get(ent[1].key) in ("country", "region"):
            return                                     # "a base in the Upper Vale region": somewhere in a region
        a = h
        while a > 0 and (toks[a - 1].low in lex.base_adj or self.nationality(toks[a - 1])):
            a -= 1
        if a > 0 and toks[a - 1].word and toks[a - 1].cap and toks[a - 1].low not in _RUN_STOP \
                and toks[a - 1].text not in lex.name_stop and not self.nationality(toks[a - 1]):
            return                                     # "the Tindar forward base in the Vale": named already
        name = s.text[toks[j].start:toks[k - 1].end]
        if k + 1 < len(toks) and toks[k].text in ("'s", "’s"):
            # "next to Tindar's international airport": the mention covers the landmark
            k += 1
            while k < len(toks) and k - j < 8 and toks[k].word and not toks[k].cap \
                    and toks[k].low not in lex.function_words:
                k += 1
        c = Cand(Kind.BASE, s, a, k, prio=4, name=name, head=toks[j].low)
        c.flags.add("by_place")
        out.append(c)

    def _force_national(self, s: Sentence, i: int, out: list[Cand]) -> None:
        """``Danish (security) forces``, ``Chad's army``, ``Danish and Chadian troops``,
        ``the Danes``, ``Vale forces``."""
        toks = s.toks
        t = toks[i]
        lex = self.lex
        if not t.word or not t.cap or t.low in _RUN_STOP or t.text in lex.name_stop and not self.nationality(t):
            return
        n = len(toks)
        if "-" in t.text and t.low.endswith(("led", "backed", "based", "allied", "aligned", "supported")):
            # "Tuareg-led rebels", "Vale-backed militias": a force named by who leads it (never a
            # country's own forces, which need the country's name)
            e = match_phrase(lex.force_specific, toks, i + 1) or match_phrase(lex.force_generic, toks, i + 1)
            if e and e == i + 2 and toks[i + 1].low in ("rebels", "militias", "militia", "fighters", "forces",
                                                         "troops", "coalition", "groups", "group") \
                    and not (e < n and (toks[e].cap or toks[e].low in lex.force_non_heads)):
                out.append(Cand(Kind.FORCE, s, i, e, prio=2, head=("named", s.text[t.start:toks[e - 1].end])))
            return
        place = self.nationality(t)
        known = None
        if not place and t.low in self.gi.index:
            m = self.gi.match(toks, i)
            if m and m[0] == i + 1 and m[1].kind is Kind.FORCE:
                known = m[1]                           # "VB troops": the force the gazetteer knows
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
        if e and e < n and toks[e].low in _PERSONNEL:
            e += 1                                     # "Danish police trainers", "army advisers"
        if not e:
            the = i > 0 and toks[i - 1].low == "the"
            if place and t.low in self.gi.demonym and (the or t.low.endswith("s")):
                # "the French are …", "the Chadians left", "Americans withdrew": the country's forces
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or not nxt.word or (self._no_head(nxt) if the else (
                        nxt.low in lex.verbs or nxt.low in lex.withdrawal_ctx)):
                    a = i - 1 if i > 0 and toks[i - 1].low == "the" else i
                    out.append(Cand(Kind.FORCE, s, a, i + 1, prio=3, place=place, head=("national", place)))
            return
        if e < n and toks[e].word and (toks[e].low in lex.force_non_heads or toks[e].text in lex.unit_heads
                                       or match_phrase(lex.org_common, toks, e)
                                       or (toks[e].cap and toks[e].text not in lex.name_stop and not s.title)):
            return                                     # "Danish army adviser", "Chadian troops convoy",
            #                                            "the armed forces ministry"
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
        """A capitalised unit name: ``12th Vale Brigade``, ``Chadian Armed Forces``,
        ``United Nations ... Mission in Chad``."""
        toks = s.toks
        lex = self.lex
        a = h
        while a > 0 and h - a < 7:
            p = toks[a - 1]
            if (p.word and p.cap and p.low not in _RUN_STOP) or _is_ordinal(p):
                if "-" in p.text and p.low.endswith(("led", "backed", "based")):
                    break
                a -= 1
            elif p.text in ("'s", "’s") and a > 1 and toks[a - 2].cap and toks[a - 2].word \
                    and a < h and not self.nationality(toks[a - 2]):
                a -= 2                                 # "the People's Vale Army": a possessive inside the name
            else:
                break
        if a > 1 and a < h and toks[a - 1].text in ("'s", "’s") and self.nationality(toks[a - 2]) \
                and toks[a].low not in lex.force_modifiers:
            a -= 2                                     # "Chad's People's Vale Army": whose army
        b = h + 1
        while b < len(toks) and toks[b].text in lex.unit_heads and toks[b].cap:
            b += 1
        if a < h and toks[a].low == "task" and toks[h].text == "Force":
            # "Task Force Raven": the name follows the head
            while b < len(toks) and toks[b].word and toks[b].cap and toks[b].low not in _RUN_STOP \
                    and b - h <= 3:
                b += 1
        if _is_ordinal(toks[a]):
            b = self._unit_chain(toks, b)
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

    def _unit_chain(self, toks, b: int) -> int:
        """``1st Battalion, 5th Marine Regiment, 1st Marine Division``: the units a comma chains after
        an ordinal unit name are its parents, and the whole chain names one unit. The end of the chain."""
        heads = self.lex.unit_heads
        n = len(toks)
        while b + 2 < n and toks[b].text == "," and _is_ordinal(toks[b + 1]):
            k = b + 2
            while k < n and toks[k].word and toks[k].cap and toks[k].text not in heads and k - b <= 5:
                k += 1
            if not (k < n and toks[k].cap and toks[k].text in heads):
                break
            while k < n and toks[k].cap and toks[k].text in heads:
                k += 1
            b = k
        return b

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

    def _known_forces(self, s: Sentence, chosen: list[Cand]) -> None:
        """A force the gazetteer knows, named with another generic noun or read from the last word
        of its country's name: ``Vale's troops`` is the gazetteer's ``Vale's forces``, ``Upper
        Tindar's armed forces`` (``South Sudan's army``, ``Ivory Coast's``) are the national forces
        of Upper Tindar, not of "Tindar"."""
        toks, gi = s.toks, self.gi
        for c in chosen:
            if c.kind is not Kind.FORCE or c.key is not None or not c.head \
                    or c.head[0] not in ("word", "named", "national"):
                continue
            k = c.a - 1
            if k >= 0 and toks[k].cap and toks[k].word:
                m = gi.match(toks, k)
                if m and m[0] == c.a + 1 and m[1].kind is Kind.PLACE:
                    c.a, c.place, c.head = k, m[1].key, ("national", m[1].key)
                    continue
            if c.head[0] == "national":
                continue
            words = [t.low for t in toks[c.a:c.b] if t.word]
            if len(words) < 2 or words[-1] not in _FORCE_NOUNS or not toks[c.a].cap:
                continue
            for noun in _FORCE_NOUNS:
                hit = next((e for e, short, _ in gi.names.get(tuple(words[:-1]) + (noun,), ())
                            if e.kind is Kind.FORCE and not short), None)
                if hit is not None:
                    c.key, c.name = hit.key, c.surface
                    break

    def _headquarters(self, s: Sentence, chosen: list[Cand]) -> None:
        """``the 12th Vale Brigade headquarters``: a base named after the unit it houses."""
        toks = s.toks
        for c in list(chosen):
            if c.kind is Kind.FORCE and c.b < len(toks) and toks[c.b].low in ("headquarters", "hq", "base", "camp") \
                    and not any(o.kind is Kind.BASE and o.a <= c.b < o.b for o in chosen) \
                    and (c.key is not None or (c.head and c.head[0] == "named")):
                chosen.append(Cand(Kind.BASE, s, c.a, c.b + 1, prio=4, head=c.surface.lower()))

    def _acronyms(self, s: Sentence, chosen: list[Cand]) -> None:
        """``Vale Brigade (VB)``: the acronym names the same thing."""
        toks = s.toks
        for c in chosen:
            b = c.b
            if b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")":
                ac = toks[b + 1]
                if ac.word and sum(ch.isupper() for ch in ac.text) >= 2 and len(ac.text) <= 12:
                    c.flags.add("acronym:" + ac.low)
