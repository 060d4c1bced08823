"""Bases the text names though the gazetteer may not: a facility's name (``Tindar Palace``),
the town a withdrawal leaves (``pulled out of the town of X``), the place a base is at (``its camp
near Kidal``), a name the article gave a base before. Each found base joins the sentence's names."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import DETERMINERS, GOVERNING_PREPS, PLACE_NOUNS
from .english_entities import Cand
from .english_names import match_phrase
from .english_text import Sentence

_TOWN_NOUNS = frozenset({"town", "village", "city", "district", "districts", "towns", "villages", "area", "region"})
_CONJUNCT_TAIL = frozenset({"and", "on", "in", "near", "at", "from", "to", "by", "outside", "inside", "last",
                            "earlier", "later", "the", "a", "two", "three", "days", "weeks", "before", "after"})


class NamedBases:
    """Bases named in the text; part of :class:`.english_claims.Claims`, whose naming and
    ``seen`` bases it updates."""

    def _base_by_name(self, s: Sentence, cands, k: int, h: int) -> Cand | None:
        """The base named at ``k`` (its head word at ``h``, past a particle such as ``Al``): by a
        name the article gave a base before, or by the gazetteer; ``None`` when neither knows it."""
        toks = s.toks
        known = self.naming.bases.get(toks[h].low)
        m = self.f.gi.base_named(toks, k) if known is None else None
        if known is None and m is None:
            return self._described_place(s, cands, k)
        e = h + 1 if known is not None else m[0]
        c = Cand(Kind.BASE, s, k, e, key=known.key if known is not None else m[1].key,
                 name=known.name if known is not None else s.text[toks[k].start:toks[e - 1].end],
                 prio=3, head=toks[h].low)
        self._adopt(cands, c, named=known is None)
        return c

    def _described_place(self, s: Sentence, cands, k: int) -> Cand | None:
        """``left Korvel, the former headquarters of the 4th Brigade, …``, ``handed over Korvel, its
        last base in the north, …``: a place a trigger governs, told in apposition to be a base,
        names that base (held by the unit the description names)."""
        toks = s.toks
        lex = self.lex
        n = len(toks)
        e = k
        while e < n and e - k < 4 and toks[e].word and (toks[e].cap or (e > k and toks[e].low in lex.particles)):
            e += 1
        if e + 2 >= n or toks[e].text != "," or toks[e + 1].low not in ("the", "its", "their") or any(
                c.kind is not Kind.PLACE and c.a < e and c.b > k for c in cands):
            return None
        j = e + 2
        while j < n and j - e < 5 and (toks[j].low in lex.base_adj or toks[j].low in lex.described_mods):
            j += 1
        # a military base noun only: "Korvel, the site of ancient manuscripts" is no base
        h = match_phrase(lex.described_bases, toks, j)
        if not h or (toks[h - 1].low.endswith("s") and toks[h - 1].low not in ("barracks", "headquarters")):
            return None
        place = next((c for c in cands if c.kind is Kind.PLACE and c.a == k and c.b == e), None)
        if place is not None and self.f.gi.place_kind.get(place.place or "") in ("country", "region"):
            return None                             # "left Mali, its last base in the Sahel": a country
        c = Cand(Kind.BASE, s, k, e, name=s.text[toks[k].start:toks[e - 1].end], prio=3, head=toks[k].low)
        x = h + 1 if h < n and toks[h].low == "of" else None
        if x is not None and x < n and toks[x].low == "the":
            x += 1
        c.holder = next((o for o in cands if o.a == x and o.kind is Kind.FORCE), None) if x is not None else None
        self._adopt(cands, c)
        return c

    def _adopt(self, cands, c: Cand, named: bool = True) -> None:
        """Put the base ``c`` among the sentence's candidates in place of the places it covers,
        and (``named``) remember the name it was given."""
        for o in [o for o in cands if o.kind is Kind.PLACE and c.a <= o.a < c.b]:
            cands.remove(o)
        cands.append(c)
        cands.sort(key=lambda x: x.a)
        if named:
            self.naming.name(c)

    def _facility_name(self, s: Sentence, cands, k: int, forward: bool) -> Cand | None:
        """``(the) Tindar Palace``, ``the Old Harbour Building``, ``the Vale gas field``: capitalised
        name words followed by a facility head noun, read forward from ``k`` (an object) or back
        from the head at ``k`` (a passive subject). Not inside a force, body or person's name."""
        toks = s.toks
        lex = self.lex
        n = len(toks)
        if forward:
            a = k + 1 if toks[k].low == "the" else k
            h = a
            while h < n and h - a < 4 and toks[h].word and (toks[h].cap or (
                    h > a and toks[h].low in lex.particles)) and toks[h].low not in lex.base_facility_heads:
                h += 1
            while h < n and h - a < 6 and toks[h].word and not toks[h].cap and toks[h].low not in lex.base_facility_heads \
                    and h > a and toks[h].low not in lex.function_words and toks[h].low not in lex.verbs \
                    and toks[h].low not in GOVERNING_PREPS and h + 1 < n and toks[h + 1].low in lex.base_facility_heads:
                h += 1                               # "the Vale communications station"
            if not (a < h < n and toks[h].low in lex.base_facility_heads):
                return None
            e = h + 1
        else:
            e, h = k + 1, k
            a = k
            if a > 0 and toks[a - 1].word and not toks[a - 1].cap and toks[a - 1].low not in lex.function_words \
                    and toks[a - 1].low not in DETERMINERS and toks[a - 1].low not in lex.verbs:
                a -= 1                               # "the Vale communications station"
            j = a
            while j > 0 and a - j < 4 and toks[j - 1].word and (toks[j - 1].cap or toks[j - 1].low in lex.particles) \
                    and toks[j - 1].low not in ("the", "a", "an"):
                j -= 1
            if j == a or (j == 0 and toks[0].low in lex.function_words):
                return None
            if j > 0 and (toks[j - 1].low in GOVERNING_PREPS or toks[j - 1].text in ("'s", "’s")):
                return None                          # "the camp at Tindar airport": the camp is the subject
            a = j
        if not any(toks[x].cap for x in range(a, h)) or not toks[a].cap:
            return None
        if " ".join(toks[x].low for x in range(a, h)) in self.f.eras:
            return None                              # "the World War II barracks": when, not which
        if any(o.a < e and a < o.b and o.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PERSON)
               and not (o.kind is Kind.ORGANIZATION and o.b == e and a <= o.a) for o in cands):
            return None                              # (but "Tindar Palace", read as a body, is the place handed)
        if all(not toks[x].cap or self.f.gi.place_kind.get(self.f.nationality(toks[x]) or "") in ("country", "region")
               for x in range(a, h)):
            return None                              # "the American airfield", "the Vale air station": whose, no name
        m = self.f.gi.match(toks, a)
        key = m[1].key if m and m[1].kind is Kind.BASE and m[0] == e else None
        c = Cand(Kind.BASE, s, a, e, key=key, name=s.text[toks[a].start:toks[e - 1].end], prio=3, head=toks[h].low)
        for o in [o for o in cands if o.kind in (Kind.PLACE, Kind.BASE, Kind.ORGANIZATION) and a <= o.a and o.b <= e]:
            cands.remove(o)
        cands.append(c)
        cands.sort(key=lambda x: x.a)
        self.naming.name(c)
        self.seen.append(c)
        return c

    def _town_object(self, s: Sentence, cands, start: int, stop: int) -> Cand | None:
        """``pulled out of the town of X``, ``withdrew from positions in X``, ``left X`` (a town the
        gazetteer knows): the town a withdrawal's object names, as a base named by it."""
        toks = s.toks
        k = start + (start < stop and toks[start].low == "the")
        if k + 2 < stop and toks[k].low in _TOWN_NOUNS and toks[k + 1].low == "of":
            k += 2
        elif k + 2 < stop and toks[k].low in ("positions", "position") and toks[k + 1].low in ("in", "around", "near"):
            k += 2 + (toks[k + 2].low == "the")
        elif not any(c.a == k and c.kind is Kind.PLACE for c in cands):
            return None
        if k >= stop or not (toks[k].word and toks[k].cap):
            return None
        place = next((c for c in cands if c.a == k and c.kind is Kind.PLACE), None)
        if place is not None:
            if self.f.gi.place_kind.get(place.place or "") != "place":
                return None                     # a country or a region is no town
            e = place.b
        elif any(c.a <= k < c.b for c in cands):
            return None                         # a force's, body's or person's name
        else:
            e = k
            while e < stop and e - k < 3 and toks[e].word and (toks[e].cap or (
                    toks[e].low in self.lex.particles and e + 1 < stop and toks[e + 1].cap)):
                e += 1
        if e < stop and toks[e].text in ("'s", "’s"):
            return None                         # "the town of X's market"
        return Cand(Kind.BASE, s, k, e, name=s.text[toks[k].start:toks[e - 1].end], prio=3, head=toks[k].low)

    def _base_at_place(self, s: Sentence, cands, e: int, stop: int) -> Cand | None:
        """``an outpost at the Lafarge cement factory``, ``the former UN camp in Timbuktu``, ``its
        camp near Kidal``: a base described by the named place it is at is that place's base (the
        gazetteer's, one named so before, else one named from the text). Not a country, a region
        or a broad area (``a base in Iraq``, ``camps in the Kidal region``)."""
        toks = s.toks
        if not (e + 1 < stop and toks[e].low in ("at", "in", "near", "outside", "inside")):
            return None
        j = e + 1
        if toks[j].low == "the" and j + 1 < stop:
            j += 1
        # "its base in the desert town of Kidal": the town's name after "town of"
        t2 = j + (toks[j].low in self.lex.region_words and not toks[j].cap)
        if t2 + 2 < stop and toks[t2].low in _TOWN_NOUNS - {"area", "region", "district", "districts"} \
                and toks[t2 + 1].low == "of" and toks[t2 + 2].cap:
            j = t2 + 2
        if not (toks[j].word and toks[j].cap) or toks[j].low in self.lex.region_words \
                or toks[j].low in self.lex.calendar_words:
            return None                             # (nor "left the base in October 2009": a date)
        c = next((c for c in cands if c.a == j), None)
        if c is not None and c.kind is Kind.BASE:
            return c
        if c is not None and c.kind is not Kind.PLACE:
            return None                             # a force, a body, a person
        if c is not None and self.f.gi.place_kind.get(c.place or "") == "country":
            return None
        k = j + 1
        while k < stop and (toks[k].word and toks[k].cap or toks[k].low in self.lex.particles
                            or (toks[k].text == "-" and k + 1 < stop and toks[k + 1].cap)):
            k += 1
        if " ".join(x.low for x in toks[j:k]) in self.lex.broad_regions:
            return None
        if k < stop and (toks[k].low in self.lex.region_nouns or toks[k].low in PLACE_NOUNS):
            return None                             # "in the Kidal region", "near Gao city"
        # a facility named by its place: "the Lafarge cement factory", "Kismayo airport"
        f = next((x for x in range(k, min(stop, k + 2)) if toks[x].low in self.lex.facility_nouns), None)
        if f is not None and all(toks[x].word and toks[x].low not in self.lex.function_words
                                 for x in range(k, f)):
            k = f + 1
        m = self.f.gi.base_named(toks, j)
        known = None
        if m is not None and m[0] <= k:
            n = Cand(Kind.BASE, s, j, m[0], key=m[1].key, name=s.text[toks[j].start:toks[m[0] - 1].end],
                     prio=3, head=toks[j].low)
        else:
            known = self.naming.bases.get(toks[j].low) if k == j + 1 else None
            if known is not None:
                n = Cand(Kind.BASE, s, j, k, key=known.key, name=known.name, prio=3, head=toks[j].low)
            else:
                n = Cand(Kind.BASE, s, j, k, name=s.text[toks[j].start:toks[k - 1].end], prio=3,
                         head=toks[j].low)
        self._adopt(cands, n, named=known is None)
        return n

    def _prior_base(self, s: Sentence, cands, j: int, b: int) -> Cand | None:
        toks = s.toks
        c = next((c for c in cands if c.a == j), None)
        if c is not None and c.kind is Kind.BASE:
            return c
        if c is not None and c.kind is not Kind.PLACE:
            return None
        if c is not None and self.f.gi.place_kind.get(c.place or "") == "country":
            return None
        e = j + 1
        while e < b and toks[e].cap and toks[e].word:
            e += 1
        if any(j <= x.a < e and x.kind is Kind.PERSON for x in cands) or (
                e < b and toks[e].word and toks[e].low in self.lex.verbs):
            return None                             # "after President X refused", "after Y fell": a clause
        m = self.f.gi.match(toks, j, short=True) if self.f.gi.index else None
        key = m[1].key if m and m[1].kind is Kind.BASE and m[0] == e else None
        n = Cand(Kind.BASE, s, j, e, key=key, name=s.text[toks[j].start:toks[e - 1].end], prio=3, head=toks[j].low)
        if c is not None:
            cands.remove(c)
        cands.append(n)
        cands.sort(key=lambda x: x.a)
        self.naming.name(n)
        return n

    def _named_conjunct(self, s: Sentence, cands, j: int, stop: int) -> Cand | None:
        """``A on May 2, Lassa Hill on May 9``: a name in a list of bases names a base (unless it
        names something else: a force, a body, a person, a country)."""
        toks = s.toks
        if any(c.a <= j < c.b and c.kind is not Kind.PLACE for c in cands) or toks[j].low in self.lex.calendar_words:
            return None                              # (nor "… in October and November")
        k = j + 1
        while k < stop and toks[k].word and (toks[k].cap or toks[k].low in self.lex.particles):
            k += 1
        if self.f.nationality(toks[j]) and k == j + 1 and toks[j].low in self.f.gi.demonym:
            return None                              # "…, Somali officials said": no base
        if k < len(toks) and (toks[k].word and toks[k].low not in _CONJUNCT_TAIL or toks[k].text in ("'s", "’s")):
            return None                              # a name followed by its own verb or noun (or owning one)
        place = next((c for c in cands if c.a == j and c.kind is Kind.PLACE), None)
        if place is not None and self.f.gi.place_kind.get(place.place or "") == "country":
            return None
        m = self.f.gi.base_named(toks, j)
        c = Cand(Kind.BASE, s, j, k, key=m[1].key if m and m[0] == k else None,
                 name=s.text[toks[j].start:toks[k - 1].end], prio=3, head=toks[j].low)
        self._adopt(cands, c)
        return c
