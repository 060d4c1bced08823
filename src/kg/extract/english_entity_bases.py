"""English base names in a sentence: ``Camp X`` / ``X Air Base`` / ``the base in X``, gazetteer short
names where troops are placed (``remain at X``), and (:mod:`.english_entity_seats`) a unit's
headquarters."""
from __future__ import annotations

from functools import cached_property

from ..model import Kind
from .english_entity_cand import (
    Cand, _APPOSED, _PRESENCE, _RUN_STOP, _TITLE_CASE_VERBS, _is_code, _is_elided, _is_number_name)
from .english_entity_seats import SeatMixin
from .english_names import match_phrase
from .english_text import Sentence, low_of


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


class BaseMixin(SeatMixin):
    """The :class:`~.english_entities.Finder` rules that find bases (those of units and commands in
    :class:`.english_entity_seats.SeatMixin`)."""

    @cached_property
    def eras(self) -> frozenset[str]:
        """Periods a base is described by (``a Cold War base``, ``a World War II airfield``); any
        phrase ending in an era compound (``the Soviet-era airfield``, ``the World War II-era
        barracks``) is one too."""
        raw = self.lex.raw
        eras = list(raw.get("historical_eras", ()))
        stems = eras + list(raw.get("era_compound_stems", ())) + list(raw.get("bloc_adjectives", ()))
        eras += [stem + suffix for stem in stems for suffix in raw.get("era_suffixes", ())]
        return frozenset(" ".join(low_of(w) for w in e.split()) for e in eras)

    @cached_property
    def subordinators(self) -> frozenset[str]:
        """Words that open a clause (``Once``, ``Until``): capitalised at a sentence's start, never a name."""
        return self.lex.words("subordinators")

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

    def _base_before(self, s: Sentence, i: int, out: list[Cand]) -> None:
        toks = s.toks
        j = match_phrase(self.lex.base_before, toks, i)
        if not j or j >= len(toks) or (j == i + 1 and toks[i].low in self.lex.base_before_acronyms
                                       and not toks[i].text.isupper()):
            return
        k = j
        rank = match_phrase(self.lex.ranks, toks, j) if toks[j].cap else 0
        if rank and rank < len(toks) and self.capword(toks[rank]):
            k = rank                                   # "Camp General X": a base named after an officer
        first = k
        while k < len(toks) and k - first < 3 and (self.capword(toks[k]) or _is_code(toks[k]) or (
                k > j and _is_elided(toks[k])) or (
                # "Camp de Gaulle", "Fort du Nord": a lower-case particle inside the name
                not toks[k].cap and toks[k].low in self.lex.particles and k + 1 < len(toks)
                and self.capword(toks[k + 1]) and toks[k + 1].text not in self.lex.name_stop)) \
                and toks[k].text not in self.lex.name_stop and toks[k].low not in self.lex.role_nouns:
            k += 1
        if k == j and k < len(toks) and _is_number_name(toks[k]) and not (
                k + 1 < len(toks) and (toks[k + 1].low in self.lex.nouns or match_phrase(self.lex.force_generic, toks, k + 1))):
            k += 1                                     # "Camp 12", "Air Base 201": a number names it
        elif k > j and k < len(toks) and toks[k].text.isdigit() and len(toks[k].text) <= 2 and not (
                k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].low not in self.lex.function_words):
            k += 1                                     # "Observation Post Alpha 2": a site of a numbered series
        if k > j:
            head = toks[j].low
            m = self.gi.match(toks, first) if k - first > 1 else None
            if m and m[1].kind is Kind.PLACE and m[0] < k:
                # "Patrol Base Tindar North": a site named after its town, but not the town's base
                head = " ".join(t.low for t in toks[first:k] if t.word)
            out.append(Cand(Kind.BASE, s, i, k, prio=4, head=head))

    def _base_after(self, s: Sentence, h: int, out: list[Cand]) -> None:
        toks = s.toks
        e = match_phrase(self.lex.base_after, toks, h)
        if not e or h == 0:
            return
        h0 = h
        while h > 1 and h0 - h < 2 and not s.title and not toks[h - 1].cap and toks[h - 1].low in self.lex.base_adj \
                and toks[h - 1].low not in self.lex.ranking_adj and toks[h - 1].low not in self.lex.ordinals:
            h -= 1                                     # "the Lourdes electronic listening station"
        if h < h0 and not (self.capword(toks[h - 1]) or self.nameword(toks[h - 1])):
            h = h0
        k = h
        limit = 1 if s.title else 3
        words = 0
        while k > 0 and words < limit:
            t = toks[k - 1]
            if k < h and k > 1 and not t.cap and t.low in self.lex.particles and self.capword(toks[k - 2]) \
                    and self.capword(toks[k]):
                k -= 1                                 # "the Miguel de Cervantes base", "Ain al Asad
                continue                               # air base": a particle inside the name
            if not (self.capword(t) or _is_code(t) or self.nameword(t)):
                break
            if t.text in self.lex.name_stop or t.text in self.lex.unit_heads or t.text in self.lex.org_heads \
                    or t.low in self.subordinators or t.low in self.lex.base_adj or t.low in self.lex.ordinals or t.low in self.lex.function_words \
                    or t.low in _TITLE_CASE_VERBS or (s.title and t.low in self.lex.verbs):
                break                                  # "Army Quits Base" in a headline: no name
            if self.nationality(t) and self.gi.place_kind.get(self.nationality(t)) in ("country", "region"):
                break                                  # "the Tindar province base": somewhere in a province
            if t.low in self.lex.bloc_adj:
                break                                  # "a Soviet naval base", "a Central Asian base"
            if "-" in t.text and t.text.lower().endswith(self.lex.compound_adj):
                break                                  # "the Russian-held airstrip": who holds it, no name
            k -= 1
            words += 1
        if k == h:
            return
        if any((m := self.gi.match(toks, x)) and m[0] == h and m[1].kind is Kind.PLACE
               and (self.gi.place_kind.get(m[1].key) in ("country", "region") or m[1].demonyms and not m[1].located_in)
               for x in range(max(k - 1, 0), h)):
            return                                     # "the Sierra Leone camp", "the Puerto Rico base": the
            #                                            country or territory, no name (as "the Chadian base")
        if match_phrase(self.lex.base_before, toks, k) == e:
            return                                     # "the Forward Operating Base at X": a designator, no name
        if " ".join(t.low for t in toks[k:h]) in self.lex.broad_regions:
            return                                     # "its Pacific air base", "a Black Sea port": where it lies
        if any(" ".join(t.low for t in toks[j:h]) in self.eras for j in range(max(0, k - 1), k + 1)):
            return                                     # "the sprawling Cold War base", "the Second World
            #                                            War barracks": when it was built, no name
        if k > 0 and toks[k - 1].cap and toks[k - 1].low in self.lex.particles:
            k -= 1                                     # "Al Harrow base": the article belongs to the name
        if k > 0 and toks[k - 1].low in ("a", "an", "one"):
            return                                     # "a Tindar camp": a description, not a name
        if self._counted(toks, k):
            return                                     # "the second (major) KFOR camp": one of the owner's camps
        out.append(Cand(Kind.BASE, s, k, e, prio=4, head=toks[k].low))

    def _counted(self, toks, k: int) -> bool:
        """Does an ordinal or a superlative (past one adjective) stand before the name at ``k``
        (``the second major X camp``, ``the last X base``)? Then X owns several bases and the
        phrase counts one of them: X does not name it."""
        lex = self.lex
        for p in (k - 1, k - 2):
            if p < 0 or toks[p].cap or not toks[p].word or toks[p].low in lex.function_words:
                return False
            if toks[p].low in lex.ordinals or toks[p].low in lex.ranking_adj:
                return True
        return False

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
        elif j + 1 < len(toks) and toks[j].low == "on" and (self._landform_at(toks, j + 1)
                                                           or self._island_at(toks, j + 1)):
            pass                                       # "the naval base on Tarvo Island", "… on Tarvo"
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
        if toks[j].low in lex.broad_regions or " ".join(t.low for t in toks[j:k]) in lex.broad_regions or (
                k - j > 1 and toks[j].low in lex.region_words
                and " ".join(t.low for t in toks[j + 1:k]) in lex.broad_regions):
            return                                     # "its only base in (Southeast) Asia": no place names it
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
        if any(t.text.lower().rsplit("-", 1)[-1] in lex.ranking_adj for t in toks[max(a - 1, 0):h]):
            return                                     # "the biggest garrison in X": X is the area it ranks in
        if a > 0 and toks[a - 1].word and toks[a - 1].cap and toks[a - 1].low not in _RUN_STOP \
                and (toks[a - 1].text not in lex.name_stop or (a > 1 and self.capword(toks[a - 2])
                                                                and not s.title)) \
                and not self.nationality(toks[a - 1]):
            return                                     # "the Tindar forward base in the Vale", "the Sector
            #                                            West headquarters at X": named already
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

    def _locator_before(self, toks, a: int) -> bool:
        """Does a locating verb (``borders``) or preposition (``near``, ``next to``) end right before
        token ``a``? (Not a preposition straight after a base noun: ``the logistics base near X
        airport`` is named by the airport.)"""
        if a > 0 and toks[a - 1].low in self.lex.locator_verbs:
            return True
        p = next((p for p in self.lex.locators if a >= len(p) and tuple(t.low for t in toks[a - len(p):a]) == p),
                 None)
        if p is None:
            return False
        x = a - len(p) - 1
        return not (x >= 0 and toks[x].low in self.lex.base_common and not toks[x].cap
                                      and not (x > 0 and toks[x - 1].cap and toks[x - 1].word))
        #                              (but "the Camp X complex near Tindar airport": named already)

    def _landmarks(self, s: Sentence, chosen: list[Cand]) -> None:
        """Drop bases the sentence names only as landmarks or waypoints: a civil airport written
        ``<town> airport`` that places another site (``Camp X near Tindar airport``) or that people
        fly in or out of (``were flown out of Tindar airport``); and a description in apposition to
        the named base it describes (``Camp X, its old base in Tindar, …``)."""
        toks = s.toks
        lex = self.lex
        named = [c for c in chosen if c.kind is Kind.BASE and "by_place" not in c.flags]
        for c in [c for c in chosen if c.kind is Kind.BASE]:
            if any(t.low in ("headquarters", "hq") for t in toks[c.a:c.b]) and self._acting(toks, c.b):
                chosen.remove(c)                       # "Defence Headquarters in X did not confirm …":
                continue                               # the command speaking, not a site
            if toks[c.b - 1].low == "airport":
                a = c.a - 1 if c.a > 0 and toks[c.a - 1].low == "the" else c.a
                travel = any(t.low in lex.travel_verbs for t in toks[max(0, a - 4):a])
                placed = any(o.b <= a for o in named if o is not c) or any(
                    t.low in lex.base_common for t in toks[:a] if not t.cap)
                if travel or (self._locator_before(toks, a) and placed):
                    chosen.remove(c)
                    continue
            if "by_place" in c.flags and named:
                a = c.a
                while a > 0 and (toks[a - 1].low in _DETERMINERS or toks[a - 1].low in lex.base_adj
                                 or (toks[a - 1].word and not toks[a - 1].cap and a - 1 > 0
                                     and toks[a - 2].low in _DETERMINERS)):
                    a -= 1                     # "its historic military base"
                o = next((o for o in named if o.b == a - 1), None) if a > 0 and toks[a - 1].text == "," else None
                if o is not None:
                    # "Camp X, its historic base in Tindar, …": another name of the base named
                    c.key, c.name, c.head = o.key, o.name or o.surface, o.head
                    c.flags.discard("by_place")

    def _predicative(self, toks, h: int) -> bool:
        """Is the noun phrase whose head is at ``h`` said of something named elsewhere: after ``as``,
        a form of ``be``, a comma or a verb of housing (``served as the base of …``, ``Camp X, the
        base of …``, ``hosts the headquarters of …``)?"""
        a = h - 1
        while a >= 0 and (toks[a].low in _DETERMINERS or toks[a].low in self.lex.base_adj):
            a -= 1
        if a > 0 and toks[a].low == "to" and toks[a - 1].low == "home":
            a -= 1                                     # "home to the headquarters of …"
        return a >= 0 and (toks[a].low in ("as", ",") or toks[a].low in self.lex.be_aux
                           or toks[a].low in self.lex.containment_verbs)

    def _town_after(self, toks, k: int, chosen: list[Cand]):
        """The town that ``in`` / ``at`` at ``k`` introduces: a place found in the sentence, or
        capitalised words no other name covers (``in Tarvo``, not ``in May``). (its place
        candidate or None, its end) or None."""
        if not (k + 1 < len(toks) and toks[k].low in ("in", "at") and self.capword(toks[k + 1])):
            return None
        place = next((o for o in chosen if o.a <= k + 1 < o.b), None)
        if place is not None:
            return (place, place.b) if place.kind is Kind.PLACE and place.a == k + 1 else None
        e = k + 1
        while e < len(toks) and e - k <= 3 and self.capword(toks[e]) and toks[e].text not in self.lex.name_stop:
            e += 1
        return (None, e) if e > k + 1 else None

    def _through_town(self, toks, k: int, chosen: list[Cand]) -> int:
        """The end of a base's mention that ends at ``k`` unless ``in`` / ``at`` and a town follow:
        the town then belongs to the mention (its place candidate leaves the sentence's names)."""
        town = self._town_after(toks, k, chosen)
        if town is None:
            return k
        if town[0] is not None:
            chosen.remove(town[0])
        return town[1]

    def _placed_by_town(self, s: Sentence, base: Cand, chosen: list[Cand]) -> bool:
        """``the camp of the 43rd Battalion (43 BN) in Tarvo``: a town after the unit (past a bracketed
        short name) names the base, as in ``the camp in Tarvo``. Did one?"""
        toks = s.toks
        k = base.b
        if k < len(toks) and toks[k].text == "(":
            k = next((x + 1 for x in range(k, min(k + 8, len(toks))) if toks[x].text == ")"), k)
        town = self._town_after(toks, k, chosen)
        if town is not None:
            base.head, base.name = toks[k + 1].low, s.text[toks[k + 1].start:toks[town[1] - 1].end]
        return town is not None

    def _landform_at(self, toks, j: int) -> bool:
        """Does an island, hill or peninsula's name start at ``j`` (``Tarvo Island``, not ``Monday``)?"""
        k = j
        while k < len(toks) and k - j < 4 and self.capword(toks[k]) and toks[k].text not in self.lex.name_stop:
            k += 1
        return k - j >= 2 and toks[k - 1].low in self.lex.landforms

    def _island_at(self, toks, j: int) -> bool:
        """Does a name that ``on`` can place a base on start at ``j``: an island's, as English writes
        ``the range on Tarvo``, ``the base on Okinawa`` (not ``on Monday``, ``on Route 3``, ``on Easter``,
        ``on Election Day``)?"""
        k = j
        while k < len(toks) and k - j < 3 and self.capword(toks[k]) and toks[k].text not in self.lex.name_stop:
            k += 1
        return k > j and not any(t.low in self.lex.calendar_words or t.low in self.lex.holidays for t in toks[j:k]) \
            and not (k - j > 1 and toks[k - 1].low in self.lex.holiday_heads) and not (
            k < len(toks) and (toks[k].text[:1].isdigit() or toks[k].text in ("'s", "’s"))) \
            and toks[j].low not in self.gi.demonym and not (   # ("on Afghan soil": an adjective)
                k < len(toks) and toks[k].low in self.lex.territory_nouns)
