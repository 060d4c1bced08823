"""Handovers in English news: who left or handed which base to whom.

A trigger verb (``handed over``, ``transferred``, ``turned over control of``, ``withdrew from``,
``pulled out of``, ``left``, ``vacated``, ``evacuated``, ``took over`` ...) in a clause that is
neither negated nor only planned (``will``, ``expected to``, ``not``) gives a claim; its voice says
where the roles are:

* give, active: ``GIVER handed (over) BASE to RECEIVER``; passive: ``BASE was handed over to R (by G)``
* leave, active: ``GIVER withdrew from / left / vacated BASE``; passive: ``BASE was evacuated (by G)``
* take, active: ``RECEIVER took over BASE (from GIVER)``; passive: ``BASE was taken over by R``

The base is a named base, a definite description (``the base``, ``the airfield``, ``the site``:
the base last named), an indefinite one (``an outpost near the border``, ``one of the army's
biggest camps``, ``the fourth base``: the handover the article is about), or a place already
named as a base. ``the fourth base ... after X`` / ``after that of X`` adds X's earlier handover;
``the move follows the handover of X`` does too. A list (``bases A, B and C``, ``X on May 2 and Y
on May 9``) gives one claim per base, each dated by its own words.
Several sentences about one base make one claim (:func:`merge`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Kind
from .english_coref import Naming
from .english_entities import Cand, Finder
from .english_names import match_phrase
from .english_text import QUOTES, Sentence

_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be", "get", "got", "gets"})
_INDEF = "indefinite"
_TOWN_NOUNS = frozenset({"town", "village", "city", "district", "districts", "towns", "villages", "area", "region"})
_MISSION_SUBJECTS = frozenset({"peacekeepers", "mission", "helmets", "contingents", "contingent", "blue-helmets"})
_MISSION_SUBJECT_MODS = frozenset({"the", "its", "un", "u.n.", "au", "blue", "last", "remaining", "departing",
                                   "final", "international", "foreign", "mission's", "peacekeeping"})
_GOVERNING_PREPS = frozenset({"from", "to", "in", "at", "near", "into", "against", "with", "of", "by", "for",
                              "across", "inside", "outside", "toward", "towards", "than"})
_PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "area", "areas", "region",
                          "regions", "district", "districts", "province", "provinces", "locations", "localities"})
_OBJECT_LEAD = frozenset({"the", "full", "control", "of", "security", "responsibility", "for", "over", "from",
                          "out", "its", "their", "all", "last", "remaining", "command", "two", "three", "keys",
                          "key", "symbolic", "formal"})
_NP_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "control", "of",
                       "from", "over", "out", "back", "up", "all", "both", "full", "security", "responsibility",
                       "for", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "several", "some", "remaining", "former", "main", "key", "command"})
_CONJUNCT_TAIL = frozenset({"and", "on", "in", "near", "at", "from", "to", "by", "outside", "inside", "last",
                            "earlier", "later", "the", "a", "two", "three", "days", "weeks", "before", "after"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "its", "their", "of"})
_GERUND_PREPS = frozenset({"of", "about", "on", "for", "towards", "toward", "over"})
_MEMBER_NOUNS = frozenset({"fighters", "troops", "soldiers", "members", "elements", "units", "militants",
                           "gunmen", "peacekeepers", "forces", "contingent", "detachment"})
_MEMBER_PLACE = frozenset({"in", "on", "near", "at", "outside", "along", "close", "by", "south", "north", "east",
                           "west", "inside"})   # where a listed base lies: "A on the border, B near X"
_LIST_TAIL = frozenset({"in", "on", "during", "by", "last", "earlier", "later", "after", "before", "between",
                        "at", "near", "within", "ahead", "that", "this", "the", "and", "as", "when", "until"})
_BARE_TAIL = frozenset({"on", "in", "last", "overnight", "earlier", "later", "early", "late", "between", "after",
                        "before", "at", "by", "within", "two", "three", "days", "weeks", "months", "then"})
_NOUN_DETS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose", "any",
                        "every", "no", "each", "further", "full", "final", "complete", "planned", "gradual"})


_DATE_ASIDE = frozenset({"on", "in", "by", "early", "late", "mid", "the", "of", "a", "few", "one", "two", "three", "four",
                         "five", "day", "days", "week", "weeks", "month", "months", "later", "earlier", "after"})


@dataclass
class Draft:
    """A claim while the article is being read."""

    base: object                    # Cand, or _INDEF
    sent: Sentence
    a: int                          # clause token range
    b: int
    trigger: str
    role: str                       # give / leave / take
    t: int                          # trigger token index
    giver: Cand | None = None
    receiver: Cand | None = None
    after_of: "Draft | None" = None  # "after X": copies giver/receiver of this draft
    left: int = 0                   # where the trigger's arguments may start (token index) ...
    right: int = 0                  # ... and end
    after: bool = False             # an earlier handover ("the second base after X")
    seg: tuple[int, int] | None = None  # its own conjunct in a list ("X on May 2, Y on May 9")
    conj: tuple | None = None           # the segments of all conjuncts of that list


class Claims:
    def __init__(self, finder: Finder, naming: Naming):
        self.f = finder
        self.lex = finder.lex
        self.naming = naming
        self.drafts: list[Draft] = []
        self.last_base: Cand | None = None          # what "the base" refers to
        self.last_handover: Cand | None = None      # the base of the last handover read
        self.blocked: set[tuple] = set()            # bases only said to be handed over later / not
        self.denied: set[tuple] = set()             # bases whose handover the article reports denied
        self.town_drafts: list[Draft] = []          # "withdrew from the town of X": a base named by X, maybe
        self.seen: list[Cand] = []                  # every base named so far, in reading order
        self.last_country: Cand | None = None       # what "the country" refers to
        self.last_subject: tuple[int, Cand] | None = None  # (sentence index, actor) a pronoun may stand for
        self.finder_cands: list[Cand] | None = None  # the names of the sentence being read

    # -- clauses --------------------------------------------------------------------------------
    def clauses(self, s: Sentence) -> list[tuple[int, int]]:
        toks = s.toks
        n = len(toks)
        cuts = [0]
        breaks, starts = self.lex.clause_breaks, self.lex.subject_starts
        for k in range(1, n - 1):
            t = toks[k]
            if t.text == ";" or (t.low in breaks and toks[k - 1].text == ",") or (
                    t.low == "but" and toks[k + 1].low in starts):
                cuts.append(k)
        cuts.append(n)
        return list(zip(cuts, cuts[1:]))

    # -- one sentence -----------------------------------------------------------------------------
    def sentence(self, s: Sentence, cands: list[Cand]) -> None:
        toks = s.toks
        self.finder_cands = cands
        bases = [c for c in cands if c.kind is Kind.BASE]
        self.seen.extend(bases)
        verbs, nouns = self.lex.verbs, self.lex.nouns
        if self.drafts and not s.lows.isdisjoint(self.lex.sequels):
            self._sequels(s, cands)
        if s.lows.isdisjoint(self.lex.trigger_words):
            if self.last_handover is None:
                for c in bases:
                    self.last_base = c
            self._note_countries(cands)
            self._note_subject(s, cands)
            return
        triggers, attrib = self.lex.trigger_words, s.attrib
        for a, b in self.clauses(s):
            i = a
            while i < b:
                t = toks[i]
                if t.low not in triggers or not t.word or i in attrib:
                    i += 1                             # (no verb or noun of a handover: no hit)
                    continue
                specs = verbs.get(t.low)
                hit = self._verb(s, i, b, specs) if specs else None
                if hit is None and t.low in nouns:
                    hit = self._noun(s, i, a, b)
                if hit is None:
                    i += 1
                    continue
                role, end, passive, spec = hit
                if self._disputed(s, a, i):
                    # "the army denied reports that its troops had left camp B": B was not handed over,
                    # whatever else the article reports of it
                    nb = self._base_np(s, cands, end, b) if not passive else self._base_np(s, cands, a, i, False)
                    if isinstance(nb, Cand):
                        self.denied.add(_key(nb))
                    i = end
                    continue
                if self._blocked(s, a, i):
                    # "camp B is to be returned to the army next year": not the base handed over
                    nb = self._base_np(s, cands, end, b) if not passive else self._base_np(s, cands, a, i, False)
                    if isinstance(nb, Cand):
                        self.blocked.add(_key(nb))
                    i = end
                    continue
                self._draft(s, cands, a, b, i, end, role, passive, spec)
                i = end
            if self.last_handover is None:
                for c in bases:
                    if a <= c.a < b:
                        self.last_base = c
        self._note_countries(cands)
        self._note_subject(s, cands)
        mine = [d for d in self.drafts if d.sent is s]
        for d in mine:
            # a trigger's words end where the sentence's next trigger begins ("left A in December
            # and ceded B on January 11": January 11 is B's)
            nxt = min((x.t for x in mine if x.t > d.t), default=None)
            if nxt is not None and d.right and nxt < d.right:
                # (… at the last "and" before it: "…, and on May 4 it transferred B")
                cut = max((k for k in range(d.t + 1, nxt) if s.toks[k].low in ("and", "but")), default=nxt)
                d.right = cut if cut > d.t + 1 else nxt

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
            if p >= 0 and toks[p].low in _GOVERNING_PREPS:
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
        if k > 0 and toks[k - 1].low in _GOVERNING_PREPS | {"that", "which", "said", "says"}:
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
        if j >= a and (toks[j].low in _GOVERNING_PREPS or toks[j].word and toks[j].low not in ("and", "but", "then")):
            return None                         # "… of the mission", "Malian peacekeepers": not the subject
        return self.naming.mission((s.index, j + 1))

    def _note_countries(self, cands) -> None:
        for c in cands:
            if c.kind is Kind.PLACE and self.f.gi.place_kind.get(c.place or "") == "country":
                self.last_country = c

    def _country_force(self, s: Sentence, cands, j: int, b: int) -> Cand | None:
        """``the (West African) country's army``: the national force of the country named last
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

    def _verb(self, s: Sentence, i: int, b: int, specs):
        toks = s.toks
        t = toks[i]
        if i > 0 and (toks[i - 1].low in _NOUN_DETS or toks[i - 1].text in ("'s", "’s")):
            return None                         # "the transfer", "its return": a noun
        for spec in specs:
            end = i + 1
            parts = spec.get("particles")
            if parts:
                if end < b and toks[end].low in parts:
                    end += 1
                else:
                    # "handed the base over", "handed it back"
                    k = next((k for k in range(end, min(b, end + 6)) if toks[k].low in parts), None)
                    if k is None or any(toks[x].text in ",;" for x in range(end, k)):
                        if spec.get("particle_required"):
                            continue
                    elif spec["role"] == "leave" and any(toks[x].low in self.lex.equipment_words
                                                         for x in range(end, k)):
                        continue                    # "moved its equipment out of X": the troops stay
                    else:
                        end = k + 1
                        if spec.get("particle_required"):
                            return spec["role"], i + 1, self._passive(s, i), spec
            elif spec.get("particle_required"):
                continue
            objs = spec.get("_objects")
            if objs:
                e = 0
                for o in objs:
                    if toks[end:end + len(o)] and tuple(x.low for x in toks[end:end + len(o)]) == o:
                        e = end + len(o)
                        break
                if not e:
                    continue
                end = e
            req = spec.get("requires")
            if req and not any(toks[k].low in req for k in range(end, min(b, end + 20))):
                continue
            if t.low == "left" and end < b and toks[end].low in ("behind", "over", "for", "wing", "alone", "out"):
                continue
            if t.low in ("exit", "exits") and i > 0 and toks[i - 1].low in ("the", "an", "its", "their"):
                continue
            return spec["role"], end, self._passive(s, i), spec
        return None

    def _passive(self, s: Sentence, i: int) -> bool:
        toks = s.toks
        k = i - 1
        while k >= 0 and toks[k].low in self.lex.adverbs:
            k -= 1
        participle = toks[i].low.endswith(("ed", "en", "left", "taken", "withdrawn", "given"))
        if participle and k == i - 1 and k >= 0 and toks[k].low in self.lex.base_words and i + 1 < len(toks) \
                and toks[i + 1].low in ("by", "to", "over") and not any(
                    c.b == i and c.kind in (Kind.FORCE, Kind.ORGANIZATION) for c in self.finder_cands or ()):
            return True                         # "the sites left by the mission": a reduced relative
            #                                     (not "the U.S. military handed over …")
        if participle and k >= 0 and toks[k].low == "and":
            # "was vacated on May 3 and taken over by X": a participle conjoined to a passive
            for j in range(k - 1, max(-1, k - 12), -1):
                if toks[j].text in ";:" or toks[j].text in QUOTES:
                    break
                if toks[j].low in _PASSIVE_AUX and j + 1 < k and toks[j + 1].low in self.lex.verbs \
                        and self._passive_conjunct(toks, j + 1):
                    return True
            return False
        return k >= 0 and toks[k].low in _PASSIVE_AUX and participle

    def _noun(self, s: Sentence, i: int, a: int, b: int):
        """``completed its withdrawal from X`` / ``the handover of X to Y took place``."""
        toks = s.toks
        spec = self.lex.nouns[toks[i].low]
        if i + 1 >= b or toks[i + 1].low not in spec.get("preps", ()):
            return None
        gov = any(toks[k].low in self.lex.noun_governors for k in range(max(a, i - 3), i))
        stop = next((k for k in range(i + 2, b) if toks[k].text in (";",) or toks[k].text in QUOTES), b)
        past = any(match_phrase(self.lex.noun_past, toks, k) for k in range(i + 2, min(stop, i + 26)))
        if not (gov or past or self._told_event(s, i, a, b)):
            return None
        return spec["role"], i + 1, False, spec

    def _told_event(self, s: Sentence, i: int, a: int, b: int) -> bool:
        """``The early departure from X, on 13 August, came after …``: a definite event noun opening
        its clause, about a base whose handover the article has already told (it names that event
        again, and what it adds, a date, is that event's)."""
        toks = s.toks
        j = i - 1
        while j >= a and (toks[j].low in self.lex.event_adjectives or toks[j].low in self.lex.adverbs
                          or self.f.nationality(toks[j])) and toks[j].low not in self.lex.irrealis_nouns:
            j -= 1
        if j < a or toks[j].low not in ("the", "its", "their", "this", "that"):
            return False
        if any(toks[x].word for x in range(a, j)):
            return False                    # not the clause's subject
        if not s.lows.isdisjoint(self.lex.modal - {"may"}) or any(t.low == "may" and not t.cap for t in toks[i:b]):
            return False
        told = [d.base for d in self.drafts if isinstance(d.base, Cand) and not d.after]
        if not told:
            return False
        keys = {_key(c) for c in told}
        heads = {c.head for c in told if isinstance(c.head, str)}
        after = next((c for c in self.finder_cands or () if c.kind is Kind.BASE and c.a in (i + 2, i + 3)), None)
        if after is not None:
            return _key(after) in keys
        k = i + 2 if i + 2 < b and toks[i + 2].low != "the" else i + 3
        return k < b and toks[k].cap and toks[k].low in heads and not (k + 1 < b and toks[k + 1].cap)

    def _blocked(self, s: Sentence, a: int, i: int) -> bool:
        """Negated or not (yet) done: ``has not handed``, ``will hand``, ``plans to withdraw``,
        ``sees no reason for quitting``, ``talk of a handover``."""
        toks = s.toks
        lex = self.lex
        k = i - 1
        if k > a and toks[k].low in _GERUND_PREPS and (toks[i].low.endswith("ing") or toks[i].low in lex.nouns):
            # a gerund or an event noun after a noun of intent, or after "no …"
            j = k - 1
            while j >= a and (toks[j].low in _NOUN_DETS or toks[j].low in lex.adverbs or toks[j].low.endswith("est")
                              or toks[j].low in ("any", "real", "immediate", "firm", "concrete", "clear")):
                j -= 1
            if j >= a and (toks[j].low in lex.irrealis_nouns or toks[j].low in lex.negations):
                return True
            if j >= a and any(toks[x].low in ("no", "not") for x in range(max(a, j - 2), j + 1)):
                return True
        seen = 0
        while k >= a and seen < 5:
            t = toks[k]
            if t.text in QUOTES or t.text in ",;":
                break
            lo = t.low
            if lo in lex.negations or lo in ("will", "would", "shall", "could", "may", "might", "should", "must",
                                              "can", "cannot", "ll"):
                return True
            if lo == "to":
                prev = toks[k - 1].low if k - 1 >= a else ""
                if prev in lex.aspect or (prev in lex.adverbs and k - 2 >= a and toks[k - 2].low in lex.aspect):
                    return False
                return True
            if lo in lex.modal and lo not in ("until", "before", "about") and not t.cap:
                return True
            if lo in lex.adverbs or lo in lex.be_aux or lo in ("had", "has", "have", "also", "already"):
                k -= 1
                seen += 1
                continue
            break
        return False

    def _disputed(self, s: Sentence, a: int, i: int) -> bool:
        """A handover only denied or rumoured: ``denied reports that its troops had withdrawn``,
        ``rejected claims that the camp was handed over``, ``rumours that the army left``: the trigger
        is in a ``that`` clause whose governor is a denial verb or a word of hearsay."""
        toks = s.toks
        lex = self.lex
        for k in range(i - 1, max(a, i - 20) - 1, -1):
            t = toks[k]
            if t.text in QUOTES or t.text == ";":
                return False
            if t.low != "that":
                continue
            # the words governing "that": "denied (the) reports", "rumours", "unconfirmed reports"
            gov = [x.low for x in toks[max(a, k - 4):k]]
            if any(w in lex.hearsay for w in gov[-2:]):
                return True
            return any(w in lex.denial_verbs for w in gov) and all(
                w in lex.denial_verbs or w in lex.irrealis_nouns or w in lex.adverbs or w in lex.be_aux
                or w in ("the", "had", "has", "have", "also", "claims", "suggestions", "media", "press")
                for w in gov[next(j for j, w in enumerate(gov) if w in lex.denial_verbs):])
        return False

    # -- the arguments ------------------------------------------------------------------------
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

    def _actor_left(self, s: Sentence, cands, a: int, t: int) -> Cand | None:
        toks = s.toks
        for k in range(t - 1, a - 1, -1):
            # the subject is inside the clause the trigger heads: not before "that" / a quote
            if toks[k].low == "that" or toks[k].text in QUOTES or (
                    toks[k].low in self.lex.report_verbs and not toks[k].cap and k < t - 1):
                a = k + 1
                break
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
                if p >= a and toks[p].low in _GOVERNING_PREPS and not (
                        toks[p].low == "of" and p > a and toks[p - 1].low in _MEMBER_NOUNS):
                    continue                    # (but "fighters of the X took …": X)
                return c
        return None

    def _actor_after(self, s: Sentence, cands, start: int, b: int, preps) -> Cand | None:
        """The actor a preposition introduces: ``to the Iraqi army``, ``from the international
        coalition`` (a determiner and a few lower-case modifiers may come first)."""
        toks = s.toks
        for k in range(start, b):
            if toks[k].low in preps:
                j = k + 1
                if j < b and toks[j].low in ("the", "its", "their", "his", "her", "a", "an"):
                    j += 1
                while j < b and j - k <= 4 and toks[j].word and (not toks[j].cap or toks[j].low.endswith(
                        ("led", "backed"))) and not any(c.a == j for c in cands) \
                        and toks[j].low not in self.lex.function_words:
                    j += 1                       # "the international coalition", "the Kurdish-led army"
                c = next((c for c in cands if c.a in (k + 1, j) and c.kind in
                          (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE)), None)
                if c is not None and c.kind is Kind.PLACE and c.b + 1 < b and toks[c.b].text in ("'s", "’s"):
                    # "to Russia's Africa Corps": the force named after the possessor
                    c = next((o for o in cands if o.a == c.b + 1 and o.kind is Kind.FORCE), c)
                if c is not None:
                    act = self._actor(c)
                    if act is not None:
                        return act
                elif toks[k].low == "to" and "country" in s.lows:
                    act = self._country_force(s, cands, k + 1 + (toks[k + 1].low == "the"), b)
                    if act is not None:
                        return act
        return None

    def _base_np(self, s: Sentence, cands, start: int, stop: int, forward: bool = True):
        """The base a trigger's object (or passive subject) names: a Cand, _INDEF or None."""
        toks = s.toks
        lex = self.lex
        rng = range(start, min(stop, start + 12)) if forward else range(stop - 1, max(start, stop - 12) - 1, -1)
        for k in rng:
            t = toks[k]
            if t.text in QUOTES or (forward and t.text in ";"):
                break
            if forward and k == start and t.low in ("it", "them") and self.last_handover is not None \
                    and self.last_handover.sent is s:
                # "withdrew from the base and handed it over to …", "left A, B and C, handing them to …"
                if t.low == "them":
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
                    return _INDEF
                if plural and forward and e + 1 < stop and toks[e].low in ("at", "in", "inside", "within", "on"):
                    j = e + 2 if toks[e + 1].low == "the" else e + 1
                    at = next((c for c in cands if c.a == j and c.kind is Kind.BASE), None)
                    if at is not None:
                        return at                   # "withdrew from positions at Tindar airport"
                if plural and not forward:
                    return self._plural_anaphor(s, k)   # "Both sites were turned over to …"
                if plural:
                    return self._base_list(s, cands, e, stop) if forward else None  # "their bases": none
                if det in ("the", "this", "that", "all the", "its", "their", "a", "an", "another", "ordinal"):
                    named = self._appositive(s, cands, e, stop) if forward else None
                    if named is None:
                        named = self._base_at_place(s, cands, e, stop if forward else len(toks))
                    if named is not None:
                        return named
                if det in ("the", "this", "that", "all the", "its", "their"):
                    ref = self._toponym_after(s, cands, e, stop) or self._antecedent(toks[e - 1].low, s, k)
                    return ref if ref is not None else _INDEF
                if det in ("a", "an", "another", "ordinal"):
                    return _INDEF
            if forward and t.word and t.cap and k == start:
                # a place named as a base before ("abandoned Tindar", "left Al Harrow") or a base's
                # gazetteer short name
                h = k + 1 if t.low in lex.particles and k + 1 < stop and toks[k + 1].cap else k
                n = self._base_by_name(s, cands, k, h)
                if n is not None:
                    return n
        return None

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
                    and toks[h].low not in _GOVERNING_PREPS and h + 1 < n and toks[h + 1].low in lex.base_facility_heads:
                h += 1                               # "the Vale communications station"
            if not (a < h < n and toks[h].low in lex.base_facility_heads):
                return None
            e = h + 1
        else:
            e, h = k + 1, k
            a = k
            if a > 0 and toks[a - 1].word and not toks[a - 1].cap and toks[a - 1].low not in lex.function_words \
                    and toks[a - 1].low not in _DETERMINERS and toks[a - 1].low not in lex.verbs:
                a -= 1                               # "the Vale communications station"
            j = a
            while j > 0 and a - j < 4 and toks[j - 1].word and (toks[j - 1].cap or toks[j - 1].low in lex.particles) \
                    and toks[j - 1].low not in ("the", "a", "an"):
                j -= 1
            if j == a or (j == 0 and toks[0].low in lex.function_words):
                return None
            if j > 0 and (toks[j - 1].low in _GOVERNING_PREPS or toks[j - 1].text in ("'s", "’s")):
                return None                          # "the camp at Tindar airport": the camp is the subject
            a = j
        if not any(toks[x].cap for x in range(a, h)) or not toks[a].cap:
            return None
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
            if (d.sent.index == last or d.sent is s) and all(_key(d.base) != _key(x) for x in mine):
                mine.append(d.base)
        if len(mine) < 2 or (want and len(mine) != want):
            return None
        return ("list", mine)

    def _possessive(self, toks, a: int) -> bool:
        """Is the base phrase at ``a`` owned by a pronoun (``its camp``, ``their last base``)?"""
        k = a - 1
        while k >= 0 and a - k <= 3 and (toks[k].low in self.lex.base_adj or toks[k].low in self.lex.ordinals
                                         or toks[k].low in ("last", "former", "remaining", "main", "final")):
            k -= 1
        return k >= 0 and toks[k].low in ("its", "their")

    def _np_inside(self, t) -> bool:
        """May this word stand inside the object noun phrase before its head (a determiner, a
        number, a name, an adjective or a noun used as one: ``the old hilltop outpost``)?"""
        lo = t.low
        lex = self.lex
        if lo in _NP_WORDS or lo in lex.base_adj or lo in lex.ordinals or t.cap or lo[:1].isdigit() \
                or lo.endswith("est") or t.text in ("'s", "’s", "-"):
            return True
        return t.word and not (lo in lex.function_words or lo in _GOVERNING_PREPS or lo in lex.verbs
                               or lo in lex.report_verbs or lo in lex.be_aux or lo in lex.modal
                               or lo in lex.clause_breaks or lo.endswith("ly") or lo in ("and", "but", "or", "who",
                                                                                         "which", "where", "when"))

    def _base_list(self, s: Sentence, cands, e: int, stop: int):
        """``four posts, Gerou, Lassa Hill, Tindar and Oru, to …``: the bases named."""
        toks = s.toks
        j = e
        while j < stop and (toks[j].low in (",", ":", "—", "–", "(", "including", "namely", "in", "at", "of", "the")
                            or toks[j].low in self.lex.region_words or toks[j].low in _PLACE_NOUNS):
            j += 1                                   # "camps in the eastern towns of Gerou and Oru"
        k = j
        while k < stop and k - j < 4 and toks[k].word and toks[k].cap:
            k += 1
        if j < k < stop - 1 and (toks[k].low in self.lex.region_nouns or toks[k].low in _PLACE_NOUNS) \
                and toks[k + 1].text in (",", ":", "—", "–"):
            j = k + 2                                # "bases in the X region, A, B and C": the place, then the list
        found = []                                   # (start, end, existing base or None)
        while j < stop and toks[j].word and toks[j].cap and toks[j - 1].text != "(":
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
            if j >= stop or not toks[j].cap:
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

    def _determiner(self, toks, k: int) -> str | None:
        j = k - 1
        free = 2                                # plain modifiers: "a hilltop outpost", "the old desert camp"
        while j >= 0 and toks[j].word and toks[j].low not in _DETERMINERS and (
                toks[j].low in self.lex.base_adj or toks[j].cap or (
                free > 0 and toks[j].low not in self.lex.function_words and toks[j].low not in self.lex.verbs
                and toks[j].low not in _GOVERNING_PREPS)):
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
                    if self.last_base is not None and _key(self.last_base) == _key(c):
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
        # "its camp in the northern town of Kidal": the town's name after "town of"
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
        if k < stop and (toks[k].low in self.lex.region_nouns or toks[k].low in _PLACE_NOUNS):
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

    def _base_by_name(self, s: Sentence, cands, k: int, h: int) -> Cand | None:
        """The base named at ``k`` (its head word at ``h``, past a particle such as ``Al``): by a
        name the article gave a base before, or by the gazetteer; ``None`` when neither knows it."""
        toks = s.toks
        known = self.naming.bases.get(toks[h].low)
        m = self.f.gi.base_named(toks, k) if known is None else None
        if known is None and m is None:
            return None
        e = h + 1 if known is not None else m[0]
        c = Cand(Kind.BASE, s, k, e, key=known.key if known is not None else m[1].key,
                 name=known.name if known is not None else s.text[toks[k].start:toks[e - 1].end],
                 prio=3, head=toks[h].low)
        self._adopt(cands, c, named=known is None)
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
        m = self.f.gi.match(toks, j, short=True) if self.f.gi.index else None
        key = m[1].key if m and m[1].kind is Kind.BASE and m[0] == e else None
        n = Cand(Kind.BASE, s, j, e, key=key, name=s.text[toks[j].start:toks[e - 1].end], prio=3, head=toks[j].low)
        if c is not None:
            cands.remove(c)
        cands.append(n)
        cands.sort(key=lambda x: x.a)
        self.naming.name(n)
        return n

    def _draft(self, s: Sentence, cands, a: int, b: int, i: int, end: int, role: str, passive: bool, spec) -> None:
        n0 = len(self.drafts)
        self._draft1(s, cands, a, b, i, end, role, passive, spec)
        if len(self.drafts) > n0 and s.toks[i].low in self.lex.nouns and self._sequenced(s, a, i):
            # "This comes after the hand-over of A on …, B on … and C on …": earlier handovers of
            # the campaign the article reports
            ref = next((d for d in reversed(self.drafts[:n0]) if not d.after and isinstance(d.base, Cand)
                        and d.sent.index < s.index), None)
            if ref is not None:
                for d in self.drafts[n0:]:
                    if d.base is not ref.base:
                        d.after, d.after_of = True, ref

    def _draft1(self, s: Sentence, cands, a: int, b: int, i: int, end: int, role: str, passive: bool, spec) -> None:
        toks = s.toks
        nxt = next((d.t for d in self.drafts if d.sent is s and d.t > i), b)
        right_stop = min(b, nxt)
        prev_end = max([d.t + 1 for d in self.drafts if d.sent is s and d.t < i] + [a])
        base = None
        ordinal = False
        giver = receiver = None
        if passive:
            base = self._base_np(s, cands, prev_end, i, forward=False)
            if base is None:
                base = self._shared_passive_subject(s, prev_end, i)
            # "was vacated and taken over by X": a later participle of the clause keeps its own "by"
            right_stop = next((k for k in range(end + 1, right_stop) if toks[k].low in self.lex.verbs
                               and toks[k - 1].low in ("and", "then", "later", "subsequently", "quickly", "soon")
                               and self._passive_conjunct(toks, k)), right_stop)
            agent = self._actor_after(s, cands, end, right_stop, ("by",))
            if role == "take":
                receiver = agent
            else:
                giver = agent
                receiver = self._actor_after(s, cands, end, right_stop, ("to",)) if role == "give" else None
        else:
            subj = self._actor(self._actor_left(s, cands, prev_end, i))
            if subj is None:
                subj = self._pronoun_subject(s, prev_end, i)
            if subj is None:
                subj = self._mission_subject(s, prev_end, i)
            start = end
            # "transferred (the) control of X", "handed over the keys to X", "withdrew its troops from X"
            while start < right_stop:
                lo = toks[start].low
                if lo in _OBJECT_LEAD or (lo == "to" and toks[start - 1].low in ("keys", "key")) or (
                        role == "leave" and lo in self.lex.force_first
                        and not any(c.a == start and c.kind is Kind.BASE for c in cands)):
                    # ("withdrew its troops from X", but "withdrew from Air Base 201")
                    start += 1
                    continue
                break
            base = self._base_np(s, cands, start, right_stop)
            if base is None:
                base = self._relative_base(s, cands, prev_end, i)
            if base is None:
                base = self._ordinal_left(s, prev_end, i)
                if base is not None:
                    ordinal = True
            if base is None and role == "leave" and not spec.get("needs_base_object"):
                base = self._left_just_named(s, cands, end)
            if base is None and role == "leave" and not spec.get("needs_base_object"):
                town = self._town_object(s, cands, start, right_stop)
                if town is not None:
                    # "pulled out of the town of X": X's base, if the article speaks of one there
                    d = Draft(town, s, a, b, toks[i].text, role, i, subj, None)
                    d.right, d.left = right_stop, prev_end
                    self.town_drafts.append(d)
                    return
            if role == "take":
                receiver = subj
                giver = self._actor_after(s, cands, end, right_stop, ("from",))
            else:
                giver = subj
                if role == "give":
                    receiver = self._actor_after(s, cands, end, right_stop, ("to",))
        if spec.get("needs_base_object") and (base is None or (base is _INDEF and not ordinal)):
            return
        if base is None:
            return
        if giver is None and role != "take" and isinstance(base, Cand) and base.sent is s \
                and self._possessive(toks, base.a):
            # "Its camp in Tindar was vacated last week": the body whose handover was just told
            giver = next((d.giver for d in reversed(self.drafts) if d.giver is not None), None)
        if isinstance(base, tuple):                 # a list of bases: one draft each
            for b_ in base[1]:
                d = Draft(b_, s, a, b, toks[i].text if end == i + 1 else s.text[toks[i].start:toks[end - 1].end],
                          role, i, giver, receiver)
                d.right, d.left = right_stop, prev_end
                self.drafts.append(d)
            self.last_handover = self.last_base = base[1][-1]
            return
        d = Draft(base, s, a, b, toks[i].text if end == i + 1 else s.text[toks[i].start:toks[end - 1].end],
                  role, i, giver, receiver)
        d.right, d.left = right_stop, prev_end
        self.drafts.append(d)
        if isinstance(base, Cand) and not passive and base.sent is s and base.a >= end:
            # "handed over camp A on May 2, camp B on May 9 and camp C a week later": one draft per
            # base, each dated by the words of its own conjunct
            conj = self._conjuncts(s, cands, base, right_stop)
            if len(conj) > 1:
                d.seg = conj[0][1]
                d.conj = segs = tuple(seg for _, seg in conj)
                for other, seg in conj[1:]:
                    d3 = Draft(other, s, a, b, d.trigger, role, i, giver, receiver)
                    d3.right, d3.left, d3.seg, d3.conj = right_stop, prev_end, seg, segs
                    self.drafts.append(d3)
                base = conj[-1][0]
        if isinstance(base, Cand) and not passive and base.sent is s and base.a >= end and role == "leave":
            # "withdrew from A in May, handing it to X, and from B and C in June": the preposition
            # repeated after "and" gives the same trigger more objects
            more = self._repeated_prep(s, cands, end, base, b)
            for other, seg, segs in more:
                d3 = Draft(other, s, a, b, d.trigger, role, i, giver, None)
                d3.right, d3.left, d3.seg, d3.conj = b, prev_end, seg, segs
                self.drafts.append(d3)
        if isinstance(base, Cand):
            self.last_base = self.last_handover = base
        priors = self._after_base(s, cands, end, right_stop) if role == "give" or base is _INDEF else []
        if not priors and base is _INDEF:
            priors = self._after_base(s, cands, a, b)
        for prior in priors:
            d2 = Draft(prior, s, a, b, d.trigger, role, i, giver, receiver, after_of=d, after=True)
            d2.right, d2.left = right_stop, prev_end
            self.drafts.append(d2)

    def _conjuncts(self, s: Sentence, cands, base: Cand, stop: int) -> list[tuple[Cand, tuple[int, int]]]:
        """The bases coordinated with ``base`` after one trigger, each with its token range."""
        toks = s.toks
        out: list[tuple[Cand, tuple[int, int]]] = []
        cur, lo, k = base, base.a, base.b
        while True:
            j = k
            while j < stop and toks[j].text not in (",", ";") and toks[j].low != "and" and toks[j].text not in QUOTES:
                j += 1
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
            if not isinstance(other, Cand) or other.sent is not s or not nxt <= other.a <= nxt + 3 \
                    or any(other is o or _key(other) == _key(o) for o, _ in out):
                break
            cur, lo, k = other, nxt, other.b
        return out

    def _passive_conjunct(self, toks, k: int) -> bool:
        """Is the handover verb at ``k`` a participle conjoined to the passive before
        (``… and taken over``, ``… and then handed``)?"""
        return toks[k].low.endswith(("ed", "en", "left", "taken", "withdrawn", "given"))

    def _shared_passive_subject(self, s: Sentence, a: int, i: int):
        """``X was vacated on May 3 and taken over by Y``: the second participle's subject is the
        first one's."""
        toks = s.toks
        k = i - 1
        while k >= a and toks[k].low in self.lex.adverbs:
            k -= 1
        if k < a or toks[k].low != "and" or not self._passive_conjunct(toks, i):
            return None
        prev = next((d for d in reversed(self.drafts) if d.sent is s and d.t < i), None)
        if prev is None or not isinstance(prev.base, Cand) or prev.base.b > prev.t:
            return None                             # (only a passive's subject, named before its verb)
        return prev.base

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
        if not prev or len({_key(c) for c in prev}) != 1 or any(c.sent.index == s.index for c in self.seen):
            return None
        return prev[-1]

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
                or _key(other) == _key(base):
            return []
        conj = self._conjuncts(s, cands, other, b)
        last = conj[-1][0].b
        if last < len(toks) and toks[last].word and toks[last].low not in _LIST_TAIL:
            return []
        segs = tuple(seg for _, seg in conj)
        return [(c, seg, segs) for c, seg in conj if _key(c) != _key(base)]

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

    def _sequenced(self, s: Sentence, a: int, i: int) -> bool:
        """``The move follows the handover of X``: an event noun placed after or before another."""
        toks = s.toks
        for k in range(max(a, i - 3), i):
            if toks[k].low in ("follows", "followed", "following", "after", "precedes", "preceded"):
                return all(toks[x].low in _NOUN_DETS or toks[x].text in ("'s", "’s") or toks[x].cap
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
        done = {_key(d.base) for d in self.drafts if isinstance(d.base, Cand)}

        def base_at(j):
            c = next((c for c in cands if c.a == j and c.kind is Kind.BASE), None)
            if c is None and toks[j].cap and toks[j].word:
                c = self._base_by_name(s, cands, j, j)
            return c

        def add(c, t, right, trigger):
            fresh = _key(c) not in done
            d = Draft(c, s, 0, n, trigger, ref.role, t, ref.giver if fresh else None,
                      ref.receiver if fresh else None)
            d.left, d.right = c.a, right
            self.drafts.append(d)
            done.add(_key(c))
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
            if c is None or (_key(c) not in done and not near):
                k = e
                continue
            stop = next((x for x in range(e, n) if toks[x].text == ";" or (
                toks[x].text == "," and x + 1 < n and toks[x + 1].low == "and")), n)
            add(c, k, stop, s.text[toks[k].start:toks[e - 1].end])
            # ", and C, near X, on March 29": an elliptic conjunct with its own date
            x = stop + 2 if stop + 1 < n and toks[stop].text == "," else n
            if x < n:
                c2 = base_at(x)
                if c2 is not None and (near or _key(c2) in done):
                    end2 = next((y for y in range(c2.b, n) if toks[y].text == ";"), n)
                    add(c2, c2.a, end2, toks[c2.a].text)
            k = e

    def _relative_base(self, s: Sentence, cands, a: int, i: int):
        """``the camp, which Malian troops had taken over``, ``Camp X, which the mission handed to
        …``: the object of a relative clause is the base the clause describes."""
        toks = s.toks
        k = next((k for k in range(i - 1, max(a, i - 8) - 1, -1) if toks[k].low in ("which", "that")), None)
        if k is None or k < 2 or toks[k - 1].text != ",":
            return None
        if any(toks[x].text in QUOTES or toks[x].text in ",;" for x in range(k + 1, i)):
            return None
        start = max(0, k - 13)
        for x in range(k - 2, start - 1, -1):
            if toks[x].text in ",;" or toks[x].text in QUOTES:
                start = x + 1
                break
        return self._base_np(s, cands, start, k - 1, forward=False)

    def _ordinal_left(self, s: Sentence, a: int, i: int):
        """``This is the fifth camp that the Danes have given up``."""
        toks = s.toks
        for k in range(a, i):
            if toks[k].low in self.lex.ordinals and k + 1 < i:
                e = next((x for x in range(k + 1, min(i, k + 4)) if match_phrase(self.lex.base_common, toks, x)), None)
                if e is not None:
                    return _INDEF
        return None


def _key(c: Cand) -> tuple:
    return ("key", c.key) if c.key else ("name", (c.name or c.surface).lower())


def _one_of(toks, k: int) -> bool:
    """``one of the army's biggest camps``: ``one of`` a few words before the noun."""
    for j in range(k - 1, max(-1, k - 5), -1):
        if toks[j].low == "of" and j > 0 and toks[j - 1].low == "one":
            return True
    return False
