"""Who gives and who receives a base: the subject of a trigger (a force, a body, a country
standing for its national force, a pronoun for the actor just named, ``the mission`` for the
mission the article named) and the actors a preposition introduces (``to``, ``from``, ``by``)."""
from __future__ import annotations

from ..model import Kind
from .english_claim_draft import GOVERNING_PREPS, ident
from .english_entities import Cand
from .english_names import match_phrase
from .english_text import QUOTES, Sentence

_MISSION_SUBJECTS = frozenset({"peacekeepers", "mission", "helmets", "contingents", "contingent", "blue-helmets"})
_MISSION_SUBJECT_MODS = frozenset({"the", "its", "un", "u.n.", "au", "blue", "last", "remaining", "departing",
                                   "final", "international", "foreign", "mission's", "peacekeeping"})
_MEMBER_NOUNS = frozenset({"fighters", "troops", "soldiers", "members", "elements", "units", "militants",
                           "gunmen", "peacekeepers", "forces", "contingent", "detachment"})

_FORMER = frozenset({"former", "old", "abandoned", "disused", "vacated", "erstwhile", "one-time", "onetime"})
_UNIT_NOUNS = _MEMBER_NOUNS | frozenset({"unit", "battalion", "brigade", "company", "division", "regiment", "element",
                                         "platoon", "squadron", "battery", "team", "group"})

# "according to X", "next to X", "due to X": a "to" that introduces no receiver
_NOT_RECEIVER_TO = frozenset({"according", "due", "next", "close", "compared", "prior", "owing", "thanks", "similar",
                              "adjacent", "closer", "contrary"})


class Actors:
    """The actors of a handover; part of :class:`.english_claims.Claims`, whose reading state
    (``drafts``, ``last_subject``, ``last_country``) it reads and updates."""

    def _note_subject(self, s: Sentence, cands) -> None:
        """The actor a later ``it`` / ``they`` may stand for: the giver of this sentence's last
        handover, else the sentence's subject (its first actor no preposition governs)."""
        mine = [d.giver for d in self.drafts if d.sent is s and d.giver is not None]
        subj = mine[-1] if mine else self._actor(self._first_actor(s, cands))
        if subj is not None:
            self.last_subject = (s.index, subj)

    def _first_actor(self, s: Sentence, cands) -> Cand | None:
        """The sentence's subject: its first force or body no preposition governs, or a country
        followed by its verb (``France announced …``; not a dateline's ``GAO, Mali, …``)."""
        toks = s.toks
        for c in cands:
            if c.kind not in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE):
                continue
            p = c.a - 1
            while p >= 0 and toks[p].low in ("the", "its", "their", "all", "some", "last", "remaining"):
                p -= 1
            if p >= 0 and toks[p].low in GOVERNING_PREPS:
                continue
            if c.kind is Kind.PLACE:
                if self.f.gi.place_kind.get(c.place or "") != "country" or not (
                        c.b < len(toks) and toks[c.b].word and not toks[c.b].cap):
                    continue
            return c
        return None

    def _pronoun_subject(self, s: Sentence, a: int, i: int) -> Cand | None:
        """``Since then it pulled out of X``, ``on May 2 they handed over Y``: a subject pronoun
        right before the trigger (past auxiliaries and adverbs) stands for the giver of the
        sentence's handover before, else for the actor the previous sentence was about."""
        toks = s.toks
        k = i - 1
        while k >= a and (toks[k].low in self.lex.adverbs or toks[k].low in self.lex.be_aux
                          or toks[k].low in ("had", "has", "have", "also", "already")):
            k -= 1
        if k < a or toks[k].low not in ("it", "they"):
            return None
        if k > 0 and toks[k - 1].low in GOVERNING_PREPS | {"that", "which", "said", "says"}:
            return None
        mine = [d.giver for d in self.drafts if d.sent is s and d.t < i and d.giver is not None]
        if mine:
            return mine[-1]
        if self.last_subject is not None and 0 <= s.index - self.last_subject[0] <= 2:
            return self.last_subject[1]
        return None

    def _mission_subject(self, s: Sentence, a: int, i: int) -> Cand | None:
        """``the peacekeepers pulled out of X``, ``the mission had vacated Y``, ``the mission's last
        contingent left Z``: a description of a mission as the subject stands for the one mission the
        article has named."""
        toks = s.toks
        lex = self.lex
        k = i - 1
        while k >= a and (toks[k].low in lex.adverbs or toks[k].low in lex.be_aux
                          or toks[k].low in ("had", "has", "have", "also", "already")):
            k -= 1
        if k < a or toks[k].low not in _MISSION_SUBJECTS:
            return None
        j = k - 1
        while j >= a and (toks[j].low in _MISSION_SUBJECT_MODS or toks[j].text in ("'s", "’s")
                          or toks[j].low in lex.mission_nouns):
            j -= 1
        if j + 1 > k or toks[j + 1].low not in ("the", "its", "un", "u.n.", "au", "blue") and toks[j + 1].low != toks[k].low:
            return None
        if j >= a and (toks[j].low in GOVERNING_PREPS or toks[j].word and toks[j].low not in ("and", "but", "then")):
            return None                         # "… of the mission", "Malian peacekeepers": not the subject
        return self.naming.mission((s.index, j + 1))

    def _reporter_members(self, s: Sentence, cands, a: int, i: int) -> Cand | None:
        """``The RSF said its fighters had seized …``, ``the army says its troops left …``: the
        members of the body that reports it (``its`` / ``their`` + troops, fighters, units …) are the
        subject of the handover, and the reporter is their force."""
        toks = s.toks
        k = i - 1
        while k >= a and (toks[k].low in self.lex.adverbs or toks[k].low in self.lex.be_aux
                          or toks[k].low in ("had", "has", "have", "also", "already", "finally", "all")):
            k -= 1
        if k < a + 2 or toks[k].low not in _MEMBER_NOUNS or toks[k - 1].low not in ("its", "their"):
            return None
        r = k - 2
        if r >= a and toks[r].low == "that":
            r -= 1
        if r < a or toks[r].low not in self.lex.report_verbs:
            return None
        return self._actor(self._actor_left(s, cands, a, r))

    def _note_countries(self, cands) -> None:
        for c in cands:
            if c.kind is Kind.PLACE and self.f.gi.place_kind.get(c.place or "") == "country":
                self.last_country = c

    def _country_force(self, s: Sentence, cands, j: int, b: int) -> Cand | None:
        """``the (Sahelian) country's army``: the national force of the country named last
        before ``j`` (in this sentence, else before it)."""
        toks = s.toks
        k = j
        while k < b and k - j < 3 and toks[k].word and toks[k].low != "country":
            k += 1
        if not (k + 2 < b + 1 and k < b and toks[k].low == "country" and k + 1 < b
                and toks[k + 1].text in ("'s", "’s") and k + 2 < b):
            return None
        e = match_phrase(self.lex.force_generic, toks, k + 2)
        if not e:
            return None
        place = next((c for c in reversed(cands) if c.b <= j and c.kind is Kind.PLACE
                      and self.f.gi.place_kind.get(c.place or "") == "country"), None) or self.last_country
        if place is None or not place.place:
            return None
        # (a country the gazetteer knows no national force of: "<Demonym> forces", as its other mentions)
        n = Cand(Kind.FORCE, s, k, e, prio=3, place=place.place, head=("national", place.place))
        self.naming.name(n)
        return n

    def _country_receiver(self, c: Cand) -> Cand | None:
        """``handed the base to Panama``: a country the gazetteer knows no national force of receives
        the base as a state (under its own name)."""
        if c.kind is not Kind.PLACE or self.f.gi.place_kind.get(c.place or "") != "country":
            return None
        n = Cand(Kind.FORCE, c.sent, c.a, c.b, name=c.surface, prio=3, place=c.place)
        self.naming.name(n)
        return n

    def _actor(self, c: Cand | None) -> Cand | None:
        if c is None:
            return None
        if c.kind is Kind.PLACE:
            key = self.f.gi.national.get(c.place or "")
            if key is None or self.f.gi.place_kind.get(c.place) != "country":
                return None
            n = Cand(Kind.FORCE, c.sent, c.a, c.b, key=key, name=c.surface, prio=3, place=c.place,
                     head=("national", c.place))
            self.naming.name(n)
            n.key = key
            return n
        if c.kind in (Kind.FORCE, Kind.ORGANIZATION):
            return c
        return None

    def _owner(self, s: Sentence, cands, base) -> Cand | None:
        """``the Danish army's former base``, ``France's old camp at X``, ``the headquarters of the 4th
        Brigade``: the force a base is named as (having been) that of, by a possessive before it or
        as the unit it houses."""
        if isinstance(base, Cand) and base.holder is not None:
            return self._actor(base.holder)     # "seized the headquarters of the 4th Brigade": the brigade's
        if not isinstance(base, Cand) or base.sent is not s:
            return None
        if "army_seat" in base.flags:           # "the headquarters of the army's general command"
            return self._held_by_common_noun("army", [o for o in cands if o.b <= base.a], s)
        toks = s.toks
        k = base.a - 1
        while k > 0 and toks[k].low in _FORMER:
            k -= 1
        former = k < base.a - 1 or toks[base.a].low in _FORMER
        if k > 0 and toks[k].text in ("'s", "’s"):
            # (a country only with "former": "Niger's Air Base 101" is the host's, not the giver's)
            kinds = (Kind.FORCE, Kind.ORGANIZATION) + ((Kind.PLACE,) if former else ())
            c = next((c for c in cands if c.b == k and c.kind in kinds), None)
            if c is None and k > 1 and (toks[k - 1].low in _UNIT_NOUNS or toks[k - 1].low in self.lex.army_nouns) \
                    and not toks[k - 1].cap and toks[k - 2].low == "the":
                return self._held_by_common_noun(toks[k - 1].low, [o for o in cands if o.b <= k], s)
            return self._actor(c)
        return None

    def _held_by_common_noun(self, noun: str, here, s: Sentence) -> Cand | None:
        """``the group's headquarters``, ``the army's hilltop base``: the force named before whose name
        has that head word (``the Northern Group of Forces``, ``Yemen's army``); for ``the army`` or
        ``the military`` with none, the national force of the country the article is in."""
        army = noun in self.lex.army_nouns
        for c in reversed(self.actors_seen + list(here)):
            # (the name, or the words the text used: "the Malian army" for the Malian Armed Forces)
            if c.kind is Kind.FORCE and noun in f"{c.name or ''} {c.surface}".lower().split() and not (
                    army and self._army_in_proper_name(c, noun)):
                return self._actor(c)
        if not army:
            return None
        place = next((c for c in reversed(list(here)) if c.kind is Kind.PLACE
                      and self.f.gi.place_kind.get(c.place or "") == "country"), None) or self.last_country
        return self._actor(place) if place is not None and place.sent.index <= s.index else None

    @staticmethod
    def _army_in_proper_name(c: Cand, noun: str) -> bool:
        """``the Free Syrian Army``: a force whose proper name merely contains ``Army`` is not what
        ``the army`` stands for; a national army (``the Iraqi National Army``) or one the text calls
        so in lower case (``the Malian army``) is."""
        if isinstance(c.head, tuple) and c.head[:1] == ("national",) or c.place:
            return False
        return not any(w == noun for w in (c.name or c.surface).split())

    def _actor_left(self, s: Sentence, cands, a: int, t: int) -> Cand | None:
        toks = s.toks
        for k in range(t - 1, a - 1, -1):
            # the subject is inside the clause the trigger heads: not before "that" / a quote
            if toks[k].low == "that" or toks[k].text in QUOTES or (
                    toks[k].low in self.lex.report_verbs and not toks[k].cap and k < t - 1):
                a = k + 1
                break
            if toks[k].low in ("which", "whom") and k > a and toks[k - 1].text == "," and any(
                    k < c.a and c.b <= t and c.kind in (Kind.FORCE, Kind.ORGANIZATION) for c in cands) \
                    and all(toks[x].text != "," for x in range(k + 1, t)):
                # "Camp X, which Austrian troops vacated": the relative clause's own subject (but
                # "the RSF, which seized X": the actor before "which")
                a = k + 1
                break
        # a clause joined by ", and" / ", but" with an actor of its own: its subject is there ("X was
        # abandoned on Tuesday, and Hezbollah fighters entered the compound")
        join = max((k for k in range(a + 1, t - 1) if toks[k - 1].text == "," and toks[k].low in ("and", "but")
                    and any(k < c.a and c.b <= t and c.kind in (Kind.FORCE, Kind.ORGANIZATION) for c in cands)),
                   default=None)
        if join is not None:
            a = join + 1
        # the subject: the first actor of the clause that no preposition governs
        # ("Denmark, pulling its soldiers out of the region with the transfer of …": Denmark)
        for c in cands:
            if a <= c.a and c.b <= t and c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE):
                if c.kind is Kind.PLACE and self.f.gi.place_kind.get(c.place or "") != "country":
                    continue
                if c.kind is Kind.PLACE and c.b + 1 < t and toks[c.b].text in ("'s", "’s") and any(
                        o.a == c.b + 1 and o.b <= t and o.kind is Kind.FORCE for o in cands):
                    continue                    # "Russia's Africa Corps took …": the force named after
                p = c.a - 1
                while p >= a and toks[p].low in ("the", "its", "their", "all", "some", "last", "remaining"):
                    p -= 1
                if p >= a and toks[p].low in GOVERNING_PREPS and not (
                        toks[p].low == "of" and p > a and (toks[p - 1].low in _MEMBER_NOUNS
                                                           or toks[p - 1].low in self.collective_nouns)):
                    continue                    # (but "fighters of the X took …", "a column of X …": X)
                return self._bracketed_name(s, cands, c, t) or c
        # "Italian officers gave the keys …": a national group the names did not take as a force,
        # opening the clause (or after a fronted phrase and its comma) right before the verb
        for p in range(a, t):
            if p == a or toks[p - 1].text == ",":
                n = self._national_group(s, p, t)
                if n is not None and all(toks[x].low in self.lex.adverbs or toks[x].low in self.lex.be_aux
                                         or toks[x].low in ("had", "has", "have") for x in range(n.b, t)):
                    return n
        return None

    def _national_group(self, s: Sentence, j: int, b: int) -> Cand | None:
        """``Iraqi army commanders``, ``the Italian officers``, ``British naval personnel``: a
        nationality and a word for a country's military people stand for its national force."""
        toks = s.toks
        if j < b and toks[j].low == "the":
            j += 1
        if j >= b:
            return None
        place = self.f.nationality(toks[j])
        key = self.f.gi.national.get(place or "")
        if key is None or self.f.gi.place_kind.get(place) != "country":
            return None
        raw = self.lex.raw
        e = j + 1
        while e < b and e - j <= 3 and toks[e].low in raw.get("national_service_words", ()):
            e += 1
        if e >= b or toks[e].low not in raw.get("national_group_nouns", ()):
            return None
        n = Cand(Kind.FORCE, s, j, e + 1, key=key, name=s.text[toks[j].start:toks[e].end], prio=3, place=place,
                 head=("national", place))
        self.naming.name(n)
        n.key = key
        return n

    def _national_officials(self, s: Sentence, j: int, b: int) -> Cand | None:
        """``handed over to Polish officials``: a nation's officials receive a base for its state,
        a body named so (not its army)."""
        toks = s.toks
        if j < b and toks[j].low == "the":
            j += 1
        if j + 1 >= b or toks[j + 1].low not in self.lex.receiver_officials:
            return None
        place = self.f.nationality(toks[j])
        if place is None or self.f.gi.place_kind.get(place) != "country":
            return None
        n = Cand(Kind.ORGANIZATION, s, j, j + 2, prio=3, place=place, head=("org", place, toks[j + 1].low))
        self.naming.name(n)
        return n

    def _bracketed_name(self, s: Sentence, cands, c: Cand, t: int) -> Cand | None:
        """``the African Union peacekeeping operation in Darfur (UNAMID) handed over …``: a force or
        body named in brackets after a long description names the whole phrase, whose first words
        alone were read as another actor; unless another actor ends right before the brackets,
        which they then name."""
        toks = s.toks
        for k in range(c.b, min(t, c.b + 10)):
            if toks[k].text in (",", ";", ":") or toks[k].low in self.lex.verbs or toks[k].low in ("that", "which", "who"):
                return None                     # the subject's phrase ends before the brackets
            if toks[k].text == "(":
                if k > c.b and any(o.b == k and o.kind in (Kind.FORCE, Kind.ORGANIZATION) for o in cands):
                    return None                 # "the contingent of the X Force (XF)": it names X Force
                inner = next((o for o in cands if o.a == k + 1 and o.kind in (Kind.FORCE, Kind.ORGANIZATION)
                              and o.b < len(toks) and toks[o.b].text == ")"), None)
                return inner if inner is not None and ident(inner) != ident(c) else None
        return None

    def _actor_after(self, s: Sentence, cands, start: int, b: int, preps) -> Cand | None:
        """The actor a preposition introduces: ``to the Iraqi army``, ``from the international
        coalition`` (a determiner and a few lower-case modifiers may come first)."""
        toks = s.toks
        for k in range(start, b):
            if toks[k].low in preps and not (k > 0 and toks[k].low == "to" and toks[k - 1].low in _NOT_RECEIVER_TO):
                j = k + 1
                if j < b and toks[j].low in ("the", "its", "their", "his", "her", "a", "an"):
                    j += 1
                while j < b and j - k <= 4 and toks[j].word and (not toks[j].cap or toks[j].low.endswith(
                        ("led", "backed"))) and not any(c.a == j for c in cands) \
                        and toks[j].low not in self.lex.function_words:
                    j += 1                       # "the international coalition", "the Kurdish-led army"
                if j + 1 < b and toks[j].low == "of" and j > k + 1 and toks[j - 1].low in _UNIT_NOUNS:
                    # "to a unit of the Malian army": the force the unit belongs to
                    j += 2 if toks[j + 1].low == "the" else 1
                c = next((c for c in cands if c.a in (k + 1, j) and c.kind in
                          (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE)), None)
                if c is not None and c.kind is Kind.PLACE and c.b + 1 < b and toks[c.b].text in ("'s", "’s"):
                    # "to Russia's Africa Corps": the force named after the possessor
                    c = next((o for o in cands if o.a == c.b + 1 and o.kind is Kind.FORCE), c)
                if c is not None:
                    act = self._actor(c)
                    if act is None and toks[k].low == "to":
                        act = self._country_receiver(c)
                    if act is not None:
                        return act
                elif (act := self._national_group(s, k + 1, b)) is not None:
                    return act                  # "to Iraqi army commanders"
                elif toks[k].low == "to" and (act := self._national_officials(s, k + 1, b)) is not None:
                    return act                  # "to Polish officials"
                elif toks[k].low == "to" and "country" in s.lows:
                    act = self._country_force(s, cands, k + 1 + (toks[k + 1].low == "the"), b)
                    if act is not None:
                        return act
                elif toks[k].low == "to":
                    act = self._named_before(s, cands, k + 1, b)
                    if act is not None:
                        return act
        return None

    def _named_before(self, s: Sentence, cands, j: int, b: int) -> Cand | None:
        """``was handed to the police``, ``… to local police``: a definite (or ``local``) head noun
        alone stands for the force or body of that head the article named last (``the Congolese
        National Police``)."""
        toks = s.toks
        if j + 1 < b and toks[j].low == "the" and toks[j + 1].low == "local":
            j += 1                              # "to the local police"
        if j + 1 >= b or toks[j].low not in ("the", "local") \
                or toks[j + 1].low not in self.lex.raw.get("receiver_anaphor_heads", ()):
            return None
        nxt = toks[j + 2] if j + 2 < len(toks) else None
        if nxt is not None and (nxt.low == "of" or (nxt.word and nxt.cap) or nxt.text in ("'s", "’s")):
            return None                         # "the army of X", "the police chief": not the head alone
        head = toks[j + 1].low
        here = [c for c in cands if c.b <= j]
        for c in reversed(self.actors_seen + here):
            if c.kind in (Kind.FORCE, Kind.ORGANIZATION) and (c.name or c.surface).lower().split()[-1:] == [head]:
                return self._actor(c)
        return None
