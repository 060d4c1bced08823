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

The reading is split by question: :mod:`.english_claim_mood` (is the handover told as done, or
denied, rumoured, planned?), :mod:`.english_claim_actors` (who gives and who receives),
:mod:`.english_claim_bases` (which base the trigger's object or subject describes),
:mod:`.english_claim_triggers` (which word is a handover verb or noun, and its voice),
:mod:`.english_claim_control` (a base that ``came under`` / ``fell into`` an actor's control or hands),
:mod:`.english_claim_opponents` (the side a taker fought for the base: its giver),
:mod:`.english_claim_names` (a base named in the text, not in the gazetteer) and
:mod:`.english_claim_series` (lists of bases and series of handovers). :class:`Claims` joins them
and keeps the article's reading state they share.
"""
from __future__ import annotations

from ..model import Kind
from .english_claim_actors import Actors
from .english_claim_bases import BaseObjects
from .english_claim_control import ControlPhrases
from .english_claim_draft import PLACE_NOUNS, INDEF, Draft, base_key, ident
from .english_claim_mood import Mood
from .english_claim_names import NamedBases
from .english_claim_opponents import Opponents
from .english_claim_series import Series
from .english_claim_triggers import Triggers
from .english_coref import Naming
from .english_entities import Cand, Finder
from .english_names import phrases
from .english_text import Sentence

_OBJECT_LEAD = frozenset({"the", "full", "control", "of", "security", "responsibility", "for", "over", "from",
                          "out", "its", "their", "all", "last", "remaining", "command", "two", "three", "keys",
                          "key", "symbolic", "formal"})

__all__ = ["Claims", "Draft", "INDEF", "base_key"]


class Claims(Mood, Triggers, Actors, Opponents, ControlPhrases, BaseObjects, NamedBases, Series):
    """Reads an article's sentences in order and keeps one :class:`Draft` per handover told."""

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
        self.actors_seen: list[Cand] = []           # forces and bodies of the sentences read before
        self.additive = phrases(self.lex.raw.get("additive_phrases", ()))   # "along with", "as well as"
        raw = self.lex.raw
        # the past participles of the trigger verbs: "-ed"/"-en" and the irregular ones ("was overrun by")
        self.participle_ends = tuple(raw.get("trigger_participle_endings", ()))
        # a part of a base or an area of its land ("half of", "4,000 hectares of", "a large part of")
        self.part_nouns = frozenset(raw.get("base_part_nouns", ()))
        self.partitive = self.part_nouns | frozenset(raw.get("base_partitive_words", ()))
        # a group or a number of a force ("a column of", "the last group of", "hundreds of"): the force acts
        self.collective_nouns = frozenset(raw.get("collective_subject_nouns", ()))
        # fighting for a base: "after heavy fighting with X" names the side that held it
        self.combat_nouns = frozenset(raw.get("combat_nouns", ()))
        self.combat_leads = frozenset(raw.get("combat_lead_words", ()))
        self.combat_side_mods = frozenset(raw.get("combat_side_modifiers", ()))

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
            self.actors_seen.extend(c for c in cands if c.kind in (Kind.FORCE, Kind.ORGANIZATION))
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
                    # whatever else the article reports of it (but "denied reports that its troops would
                    # take over camp B" denies a plan: a handover of B told elsewhere stands)
                    nb = self._base_np(s, cands, end, b) if not passive else self._base_np(s, cands, a, i, False)
                    that = next((k for k in range(i - 1, max(a, i - 20) - 1, -1) if toks[k].low == "that"), a)
                    planned = any(toks[k].low in ("will", "would", "shall", "could", "might") for k in range(that, i))
                    if isinstance(nb, Cand) and not planned:
                        self.denied.add(base_key(nb))
                    i = end
                    continue
                if self._blocked(s, a, i):
                    # "camp B is to be returned to the army next year": not the base handed over
                    nb = self._base_np(s, cands, end, b) if not passive else self._base_np(s, cands, a, i, False)
                    if isinstance(nb, Cand):
                        self.blocked.add(base_key(nb))
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
        self.actors_seen.extend(c for c in cands if c.kind in (Kind.FORCE, Kind.ORGANIZATION))
        mine = [d for d in self.drafts if d.sent is s]
        for d in mine:
            # a trigger's words end where the sentence's next trigger begins ("left A in December
            # and ceded B on January 11": January 11 is B's)
            nxt = min((x.t for x in mine if x.t > d.t), default=None)
            if nxt is not None and d.right and nxt < d.right:
                # (… at the last "and" before it: "…, and on May 4 it transferred B"; not an "and"
                # inside the trigger's own list of bases: "left A and B on May 4, handing both to X")
                inner = max((x.base.a for x in mine if x.t == d.t and isinstance(x.base, Cand)
                             and x.base.sent is s and x.base.a < nxt), default=d.t + 1)
                cut = max((k for k in range(max(d.t + 1, inner), nxt) if s.toks[k].low in ("and", "but")),
                          default=nxt)
                d.right = cut if cut > d.t + 1 else nxt
        for d in mine:
            if d.receiver is None and d.role != "take":
                d.receiver = self._left_to(s, cands, d)

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
            base = self._appositive_subject(s, cands, prev_end, i) or self._base_np(s, cands, prev_end, i, forward=False)
            if base is None:
                base = self._shared_passive_subject(s, prev_end, i)
            if base is None:
                # "vacated Camp X in the north, which was handed to Y": the base the relative describes
                base = self._relative_base(s, cands, prev_end, i)
            if isinstance(base, Cand):
                base = self._coordinated_subject(s, cands, base, prev_end)
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
            if subj is None:
                subj = self._reporter_members(s, cands, prev_end, i)
            start = end
            # "transferred (the) control of X", "handed over the keys to X", "withdrew its troops from X"
            while start < right_stop:
                lo = toks[start].low
                of = self._partitive_of(toks, start, right_stop)
                if of is not None:
                    start = of + 1                  # "returned 4,000 hectares of its training area", "half of X"
                    continue
                if lo in _OBJECT_LEAD or (lo == "to" and toks[start - 1].low in ("keys", "key")) or (
                        role == "leave" and lo in self.lex.force_first
                        and not any(c.a == start and c.kind is Kind.BASE for c in cands)):
                    # ("withdrew its troops from X", but "withdrew from Air Base 201")
                    start += 1
                    continue
                break
            base = self._base_np(s, cands, start, right_stop)
            if base is None and spec.get("subject_base"):
                # "the camp reverted to X", "control of the base passed to X": the base is the subject
                head = self._before_aux(s, prev_end, i) + 1
                base = self._base_np(s, cands, prev_end, head, forward=False)
                if spec.get("subject_head") and isinstance(base, Cand) and not self._heads_subject(s, base, prev_end, head):
                    base = None                 # "the base fell to X", not "numbers at the base fell to 300"
                if base is None and spec.get("control_phrase"):
                    base = self._pronoun_base(s, prev_end, head)   # "… In May it fell into X's hands"
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
                if spec.get("control_phrase"):
                    receiver = self._control_receiver(s, end, right_stop)   # "came under X control"
                if spec is self.lex.nouns.get(toks[i].low):
                    # "the capture of X by Y": a noun's agent follows "by", whoever the clause's subject is
                    receiver = self._actor_after(s, cands, end, right_stop, ("by",)) or subj
                giver = self._actor_after(s, cands, end, right_stop, ("from",))
            else:
                giver = subj
                if role == "give":
                    receiver = self._actor_after(s, cands, end, right_stop, ("to",))
        if spec.get("needs_base_object") and (base is None or (base is INDEF and not ordinal)):
            return
        if spec.get("needs_actor") and (receiver if role == "take" else giver) is None:
            return                                  # "crowds stormed the prison": no force took it
        if base is None:
            return
        if giver is None:
            owner = self._owner(s, cands, base)     # "took over the Danish army's former base at X"
            if owner is not None and (receiver is None or ident(owner) != ident(receiver)):
                giver = owner
        if giver is None and role == "take" and receiver is not None:
            giver = self._opponent(s, cands, receiver)   # "seized X after fighting with Y"
        if giver is None and role != "take" and isinstance(base, Cand) and base.sent is s \
                and self._possessive(toks, base.a):
            # "Its camp in Tindar was vacated last week": the body whose handover was just told
            giver = next((d.giver for d in reversed(self.drafts) if d.giver is not None), None)
        resumed = not passive and start < right_stop and toks[start].low in ("it", "them", "both") \
            and (isinstance(base, tuple) or base is self.last_handover)
        if isinstance(base, tuple):                 # a list of bases: one draft each
            # each dated by the words of its own item ("A, on Oct. 3, and B, two days later")
            segs = self._list_segs(s, base[1], right_stop) if not resumed else None
            for n_, b_ in enumerate(base[1]):
                d = Draft(b_, s, a, b, toks[i].text if end == i + 1 else s.text[toks[i].start:toks[end - 1].end],
                          role, i, giver, receiver)
                d.right, d.left, d.resumed = right_stop, prev_end, resumed
                if segs is not None:
                    d.seg, d.conj = segs[n_], segs
                self.drafts.append(d)
            self.last_handover = self.last_base = base[1][-1]
            return
        d = Draft(base, s, a, b, toks[i].text if end == i + 1 else s.text[toks[i].start:toks[end - 1].end],
                  role, i, giver, receiver)
        d.right, d.left, d.resumed = right_stop, prev_end, resumed
        self.drafts.append(d)
        obj = base
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
        if isinstance(obj, Cand) and not passive and obj.sent is s and obj.a >= end:
            told = {id(x.base) for x in self.drafts if x.sent is s and x.t == i}
            for other in self._along_with(s, cands, obj, right_stop):
                if id(other) in told:
                    continue
                d4 = Draft(other, s, a, b, d.trigger, role, i, giver, receiver)
                d4.right, d4.left = right_stop, prev_end
                self.drafts.append(d4)
        if isinstance(base, Cand):
            self.last_base = self.last_handover = base
        priors = self._after_base(s, cands, end, right_stop) if role == "give" or base is INDEF else []
        if not priors and base is INDEF:
            priors = self._after_base(s, cands, a, b)
        for prior in priors:
            d2 = Draft(prior, s, a, b, d.trigger, role, i, giver, receiver, after_of=d, after=True)
            d2.right, d2.left = right_stop, prev_end
            self.drafts.append(d2)

    def _left_to(self, s: Sentence, cands, d: Draft) -> Cand | None:
        """``vacated their base in X, leaving the post to a Ghanaian company``: the force a base
        (or the place it stands in) is left to, in a participle clause after the handover."""
        toks = s.toks
        n = len(toks)
        k = next((k for k in range(d.t, n - 3) if toks[k].low == "leaving" and toks[k - 1].text == ","), None)
        if k is None:
            return None
        j = k + 1
        if toks[j].low in ("it", "them"):
            j += 1
        elif toks[j].low == "the" and (toks[j + 1].low in PLACE_NOUNS or toks[j + 1].low in self.lex.base_words):
            j += 2
        else:
            c = next((c for c in cands if c.a == j and c.kind in (Kind.PLACE, Kind.BASE)), None)
            if c is None:
                return None
            j = c.b
        if j >= n or toks[j].low != "to":
            return None
        return self._actor_after(s, cands, j, min(n, j + 8), ("to",))

    def _coordinated_subject(self, s: Sentence, cands, base: Cand, a: int):
        """``Camp A, Camp B and Camp C were returned to …``: every base of a passive's coordinated
        subject (a list), else ``base``."""
        toks = s.toks
        out, k = [base], base.a
        while k - 1 >= a and (toks[k - 1].low == "and" or toks[k - 1].text == "," and len(out) > 1):
            q = k - 1
            if toks[q].low == "and" and q - 1 >= a and toks[q - 1].text == ",":
                q -= 1                              # (the serial comma)
            prev = next((c for c in cands if c.kind is Kind.BASE and c.b == q and c.a >= a), None)
            if prev is None:
                break
            out.insert(0, prev)
            k = prev.a
        return ("list", out) if len(out) > 1 else base

    def _shared_passive_subject(self, s: Sentence, a: int, i: int):
        """``X was vacated on May 3 and taken over by Y``, ``… and was later occupied by Y``, ``… and has
        since been handed to Y``: the second participle's subject is the first one's."""
        toks = s.toks
        k = i - 1
        while k >= a and (toks[k].low in self.lex.adverbs or toks[k].low in self.lex.be_aux or toks[k].low == "since"):
            k -= 1
        if k < a or toks[k].low != "and" or not self._passive_conjunct(toks, i):
            return None
        prev = next((d for d in reversed(self.drafts) if d.sent is s and d.t < i), None)
        if prev is None or not isinstance(prev.base, Cand) or prev.base.b > prev.t:
            return None                             # (only a passive's subject, named before its verb)
        return prev.base
