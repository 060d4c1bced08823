"""Handover claims in an Arabic article: which force left or handed which base to whom.

Each trigger word (handing over, receiving, withdrawing, leaving, evacuating, closing, moving
into a place another left; verbal, nominal, passive and participle forms) reads its clause:

- the bases it governs: after it, up to a new clause (a purpose verb ليتوزعوا، حيث ...), never a
  destination (إلى / نحو / باتجاه) or a landmark (المحاذية لـ، قرب); bases coordinated with the verb
  left out (وقبلها قاعدة Y، بعد X وY); for an object pronoun, the base(s) it stands for (ها: the
  last, هما: the last two); before it for a passive, a participle or a relative clause;
- the agent: the subject before the verb (SVO) or right after it (VSO), through a part of a
  force (وحدات من X، آخر الجنود التابعين لـ X); a country stands for its national force; a verb
  marked plural (غادروا) has its subject before it, never after; the body a base belongs to
  (المعسكر التابع لـ X) held it: it gives, it neither acts in the clause nor receives;
- the receiver: after إلى / لـ, or the first object of a giving verb with two (سلّمت X الجيشَ Y
  القاعدةَ Z); the subject of a receiving verb, whose giver follows من or held the base;
- for "moved into its place" (حلّت محلها), the receiver moves in where the force that left was;
  لـ + a present receiving verb after a withdrawal done (انسحبت X من القاعدة لتتسلمها Y) tells what
  followed, not a purpose: Y received that base.

Planned, future, negated or purposive handovers (ستنسحب، تنوي إخلاء، لم يسلّم، لاستكمال الانسحاب)
create nothing themselves but add their figures to a reported one. A base a nationality adjective
describes (موقع فرنسي) was held by that nation's force. Roles a claim leaves open come from its
sentence, then from the article's previous claim, then from the headline (who gave, who received);
claims about one base are merged.

The rules are mixins, one module each: :mod:`.arabic_handover_bases` (which bases),
:mod:`.arabic_handover_clause` (where a clause ends), :mod:`.arabic_handover_mood` (done or not),
:mod:`.arabic_roles` (who gives and receives), :mod:`.arabic_holders` (who held a base the clause
leaves without a giver),
:mod:`.arabic_claims` (dates and values, one claim per base), :mod:`.arabic_troops` (troop figures).
"""
from __future__ import annotations

from ..model import Kind
from .arabic_claims import Claim, ClaimRules
from .arabic_common import AGENTS
from .arabic_handover_bases import BaseRules, masdar
from .arabic_handover_clause import ClauseRules
from .arabic_handover_mood import MoodRules
from .arabic_holders import HolderRules
from .arabic_troops import TroopRules
from .arabic_roles import RoleRules
from .arabic_mentions import M, MentionFinder
from .arabic_values import Values






class HandoverFinder(BaseRules, ClauseRules, MoodRules, RoleRules, HolderRules, ClaimRules, TroopRules):
    def __init__(self, mf: MentionFinder, ms: list[M], values: Values, statements, group_key=id):
        self.mf, self.doc, self.n, self.tags = mf, mf.doc, mf.n, mf.tags
        self.lex = mf.lex
        self.ms = ms
        self.starts = [m.a for m in ms]           # ms is sorted by start: bisect, not scan
        self.values = values
        self.sf = statements
        self.group_key = group_key
        self.owner: list[M | None] = [None] * self.n
        for m in ms:
            for k in range(m.a, min(m.b, self.n)):
                if self.owner[k] is None:
                    self.owner[k] = m
        self.created: list[M] = []
        self.claimed: list[M] = []          # bases of factual claims, in text order
        self.headline_givers: list[M] = []  # who gives or leaves in the headline (no claims of its own)
        self.headline_receivers: list[M] = []   # who receives a base in the headline

    def _can_act(self, m: M | None) -> bool:
        """Can this mention be the one that gives, leaves or receives?"""
        if m is None or "(" in self.doc.gap[m.a] or m.extra.get("nested"):
            return False                             # an acronym in brackets; an enemy inside a name
        return (m.kind in AGENTS and m.cat != "fanaphor") or (m.kind is None and m.cat == "place" and m.country)

    def _agent(self, m: M | None) -> M | None:
        """A force / body acting, or a country acting (it stands for its national force)."""
        if not self._can_act(m):
            return None
        if m.kind is None:
            return self._national(m.place, m)
        return m

    def _national(self, place: str, at: M) -> M:
        """The national force of a country, mentioned by the words of ``at``: one mention per
        position."""
        f = at.extra.get("as_force")
        if f is None:
            f = M(Kind.FORCE, at.a, at.b, at.start, at.end, "national", key=self.mf.gaz.national_force.get(place),
                  place=place, ident=frozenset({"@" + place}))
            at.extra["as_force"] = f
            for k in range(at.a, at.b):
                self.owner[k] = f
            self.created.append(f)
        return f

    def _passive_past(self, t: int) -> bool:
        """A past verb vowelled as a passive (سُلّمت، أُخليت، وأُغلق، نُقلت، تُركت: a damma on its
        first letter). A present prefix (أ، ي، ت، ن) takes one too in the active of a derived verb
        (يُسلّم، أُسلّم، تُخلي): read by its pattern, not its first letter alone. After a prefix with
        a damma, a fatha on the next letter or a shadda on the one after (يُسَلِّم، أُسلّم) or a
        present ending (يُسلّمون) is a present; ي is never a past's first letter here; after ت / ن,
        the radicals of a past are two letters and a past ending (نُقل، نُقلت، تُركوا)."""
        raw = self.doc.text[self.doc.start[t]:self.doc.end[t]]
        if raw[:1] in "وف" and len(raw) > 3 and raw[1] not in "\u064e\u064f\u0650":
            raw = raw[1:]
        if not (len(raw) > 2 and raw[1] == "\u064f"):
            return False
        letters: list[list] = []                     # [letter, its marks]
        for ch in raw:
            if "\u064b" <= ch <= "\u0652":
                if letters:
                    letters[-1][1] += ch
            elif ch != "\u0640":                     # tatweel
                letters.append([ch, ""])
        first = letters[0][0]
        if first not in "أيتن":
            return True
        if first == "ي":
            return False
        word = "".join(ch for ch, _ in letters)
        present = (len(letters) > 1 and "\u064e" in letters[1][1]) or \
            (len(letters) > 2 and "\u0651" in letters[2][1]) or word.endswith(("ون", "ين", "ان"))
        if present:
            return False
        if first == "أ":
            return True                              # أُغلق، أُخليت: form IV passive
        stem = word[:-2] if word.endswith(("تا", "وا")) else word[:-1] if word.endswith("ت") else word
        return len(stem) == 3                        # نُقل(ت)، تُرك(وا)

    def _base_as_subject(self, t: int, typ: str, ws: int, before: list[M], after: list[M]) -> bool:
        """A finite giving or closing verb whose subject is a base (أن قاعدة X سلمت إلى Y، والمعسكر
        أغلق): a base hands nothing over, so the verb is a passive left unvowelled."""
        doc = self.doc
        if typ not in ("give", "close") or doc.defn[t] or masdar(doc.forms(t)[0]) or not before:
            return False
        if any(m.kind is Kind.BASE for m in after if self._prep(m) == ""):
            return False                             # it has an object: active
        m = before[-1]
        if m.kind is not Kind.BASE or self._prep(m) != "" or m.cat == "anaphor" and m.a == ws:
            return False
        gap = range(m.b, t)
        return len(gap) <= 2 and not any(doc.punct_before(x) for x in range(m.b, t + 1)) \
            and all(self.owner[x] is None and doc.defn[x] for x in gap)   # its adjectives (القريبة)

    def _home_army(self, m: M | None) -> bool:
        """A national army named without its country: الجيش، الجيش الوطني، القوات المسلحة (no
        name, no nationality, no gazetteer key)."""
        if m is None or m.kind is not Kind.FORCE or m.key or m.place or m.cat not in ("fanaphor", "named"):
            return False
        doc, lex = self.doc, self.lex
        heads = set(doc.forms(m.a))
        rest = range(m.a + 1, m.b)
        if not all(set(doc.forms(k)) & lex.home_army_adjectives for k in rest):
            return False
        return bool(heads & lex.home_army_heads) or bool(heads & lex.home_army_heads_adj and rest)

    def _base_country(self, base: M) -> str | None:
        """The country a base is in, from the gazetteer (its place, up the places it lies in)."""
        base = base.extra.get("antecedent", base)
        gaz = self.mf.gaz
        place = None
        if base.key:
            e = gaz.get(Kind.BASE, base.key)
            place = e.located_in if e is not None else None
        elif base.place:
            place = base.place
        place = place or self._place_after(base)      # قاعدة X في الأنبار، معسكر Y جنوب الخرطوم
        seen = set()
        while place and place not in seen:
            seen.add(place)
            if place in gaz.national_force:
                return place
            e = gaz.get(Kind.PLACE, place)
            place = e.located_in if e is not None else None
        return None

    def _home_army_role(self, to: M | None, t: int, before: list[M], after: list[M], bases: list[M],
                        typ: str) -> M | None:
        """الجيش / الجيش الوطني receiving a base is the army of the base's country: after إلى / لـ
        for a giving word, the subject of a receiving one."""
        if to is not None and not self._home_army(to):
            return to
        cand = to
        if cand is None:
            if typ == "give":
                cand = next((m for m in after if self._home_army(m) and self._prep(m) in ("الي", "ل")), None)
            else:
                near = [m for m in after if m.a - t <= 2 and self._prep(m) == ""] + \
                       [m for m in before[-1:] if self._subject_of_support(m, t) and self._prep(m) == ""]
                cand = next((m for m in near if self._home_army(m)), None)
        if cand is None:
            return to
        place = self._base_country(bases[0])
        if place is None or place not in self.mf.gaz.national_force:
            return to
        return self._national(place, cand)

    def _possessed_force(self, t: int, a: int) -> M | None:
        """قواتها / جيشه just before the trigger: the forces of the actor named before them (a
        country's ministry or embassy -> that country's national force)."""
        doc = self.doc
        x = t - 1
        while x > a and (doc.norm[x] in ("قد", "لقد") or "FUNC" in self.tags[x]) and not doc.punct_before(x + 1):
            x -= 1
        if x <= a or not ("POSS" in self.tags[x] and "FH_STRONG" in self.tags[x]) or self.owner[x] is not None:
            return None
        for m in reversed(self._between(a, x)):
            if m.kind is Kind.FORCE:
                return m
            if m.kind is Kind.ORGANIZATION or (m.kind is None and m.cat == "place" and m.country):
                place = m.place if m.kind is None else self._place_of(m)
                if place:
                    tok = M(Kind.FORCE, x, x + 1, doc.start[x], doc.end[x], "national")
                    return self._national(place, tok)
                return None
        return None

    def _subject_of_possessor(self, t: int, a: int, typ: str, bases: list[M]) -> M | None:
        """بعد تسلّمه قاعدة X، عقب انسحابها من X: a verbal noun after a word of time, whose pronoun
        is its subject (a withdrawal, or a noun with the base right after it; تسليمها alone may be
        "handing it over"), has the subject of the sentence as its actor: the force that opens it
        or follows its first verb (أعلن الجيش ...)."""
        doc = self.doc
        if t - 1 <= a or doc.forms(t - 1)[-1] not in ("بعد", "عقب", "اثر", "قبل", "منذ") or doc.punct_before(t):
            return None
        if not (typ == "leave" or any(m.a == t + 1 for m in bases)):
            return None
        for m in self._between(a, t):
            if m.a > a + 2:
                break
            if m.kind is Kind.FORCE and self._prep(m) == "" and self._can_act(m):
                return self._agent(m)
        return None

    def _owner_of(self, base: M, owners: dict) -> M | None:
        """The body a base belongs to (المجمع التابع لـ X): the one that held it gives it."""
        for m in owners.values():
            if self._belongs_to(m) is base and self._can_act(m):
                return self._agent(m)
        return None

    def _place_of(self, m: M) -> str | None:
        for k in range(m.a, m.b):
            p = self.mf.demonym(k)
            if p:
                return p
        return None

    # -- triggers -----------------------------------------------------------------------------------
    def find(self) -> list[Claim]:
        doc = self.doc
        claims: list[Claim] = []
        stationed: list = []
        valued: list = []
        departing: list = []
        ceremonies: list = []
        body_started = False
        for si, (a, b) in enumerate(doc.sents):
            li = doc.line[a]
            if not doc.fact_line[li]:
                if not body_started and not doc.junk_line[li]:
                    self._headline(a, b, si)
                continue
            body_started = True
            trig = [i for i in range(a, b) if "TRIGGER" in self.tags[i] and self._valid(i, b)]
            trig = [i for k, i in enumerate(trig) if not (k and self._transferred(trig[k - 1], i, b))]
            here: list[Claim] = []
            for k, t in enumerate(trig):
                ws = trig[k - 1] + 1 if k else a
                we = trig[k + 1] if k + 1 < len(trig) else b
                here += self._read(t, ws, we, a, b, si, claims + here)
            for k, c in enumerate(here):             # وكان X قد سلّمها ...، إذ غادرها حينها: the same past
                if not c.earlier and any(d.earlier and d.t < c.t for d in here[:k]):
                    c.earlier = True
            self._same_sentence(here)
            for c in here:                           # no giver in the sentence: who held the base
                if c.frm is None and c.holder is not None:
                    c.frm = c.holder
                    if c.holder.extra.pop("in_base_name", False):
                        self.created.append(c.holder)
            self._flag_sides(a, b, here)
            self._figures(a, b, here)
            stationed += self._stationed_counts(a, b)
            departing += self._departing_counts(a, b, si)
            if not here:
                valued += self._valued_equipment(a, b)
                ceremonies += self._ceremony_date(a, b)
            claims += here
        self._headline_giver(claims)
        self._date_of_the_told(claims)
        merged = self._merge(claims)
        for q, base in stationed:                    # ... كانوا في قاعدة X: the troops of X's handover
            g = self.group_key(base.extra.get("antecedent", base))
            for c in merged:
                if c.base is not None and c.factual and c.troops is None and self.group_key(self._base_of(c)) == g:
                    c.troops = q
        self._attach_departing(merged, claims, departing)
        for q, base in valued:                       # ... يضم معدات تقدر قيمتها بـ: left at X's handover
            g = self.group_key(base)
            for c in merged:
                if c.base is not None and c.factual and c.usd is None and self.group_key(self._base_of(c)) == g:
                    c.usd = q
        for d, base in ceremonies:                   # مراسم رفع العلم في القاعدة يوم ...: that day
            g = self.group_key(base)
            for c in merged:
                if c.base is not None and c.factual and c.date is None and self.group_key(self._base_of(c)) == g:
                    c.date = d
        return merged

    def _headline(self, a: int, b: int, si: int) -> None:
        """A headline's triggers make no claims, but who gives or leaves in it, and who receives,
        may complete a passive report of the body (تم تسليم ...) when it is the only one."""
        saved = len(self.claimed)
        for t in range(a, b):
            if "TRIGGER" in self.tags[t] and self._valid(t, b):
                for c in self._read(t, a, b, a, b, si, []):
                    if c.factual and c.type in ("receive", "replace") and (c.base is not None or self._counted(t, b)):
                        if c.to is not None:          # الجزائر تتسلم قاعدة X من Y: who received
                            self.headline_receivers.append(c.to)
                        if c.frm is not None:
                            self.headline_givers.append(c.frm)
                    if c.type == "give" and c.factual and c.base is not None and c.to is not None:
                        self.headline_receivers.append(c.to)   # X تسلّم قاعدة Y للأفغان: who received
                    if c.frm is not None and c.type in ("give", "leave", "close") and c.factual:
                        self.headline_givers.append(c.frm)
                        for m in self._between(a, t):   # X وY تغادران: all the subjects give
                            if m is not c.frm and self._can_act(m) and self._prep(m) == "":
                                self.headline_givers.append(m)
        del self.claimed[saved:]

    def _headline_giver(self, claims: list[Claim]) -> None:
        """Who gave and who received in the headline complete the body's claims that leave them
        open (a passive تم تسليم القاعدة under «X تتسلم القاعدة من Y»), when it names one of each."""
        givers = {self.group_key(g): g for g in self.headline_givers}
        receivers = {self.group_key(r): r for r in self.headline_receivers}
        giver = next(iter(givers.values())) if len(givers) == 1 else None
        receiver = next(iter(receivers.values())) if len(receivers) == 1 else None
        if receiver is not None and giver is not None and self._same_actor(giver, receiver):
            return
        lead_claim = next((c for c in claims if c.base is not None and c.factual), None)
        lead = self.group_key(self._base_of(lead_claim)) if lead_claim is not None else None
        for c in claims:
            if giver is not None and c.frm is None and c.factual and c.type in ("give", "leave", "close", "receive") \
                    and c.to is not giver:
                c.frm = giver
            if receiver is not None and c.to is None and c.factual and c.base is not None \
                    and (self.group_key(self._base_of(c)) == lead or c.t == lead_claim.t) \
                    and c.type in ("give", "leave", "receive", "replace") and c.frm is not receiver \
                    and (c.frm is None or not self._same_actor(c.frm, receiver)):
                c.to = receiver                      # the headline tells the lead story's base only
                c.inherited.add("to")             # (or each base of its list: سلّمت أربع قواعد)

    def _taker(self, to: M | None, t: int, we: int) -> bool:
        """Can a takeover by force have happened? Its taker, when found, is a force (an armed
        group is read as one); when none is, the verb's subject is no explicit other one: an
        unknown noun right after the verb (اقتحم متظاهرون القاعدة) or a base followed by its own
        object (استعادت قاعدة X نشاطها: the base acts). A pronoun subject may stand for a force
        named around it (وبعد أن سيطروا على القاعدة، رفع عناصر X رايتهم)."""
        if to is not None:
            return to.kind is Kind.FORCE
        doc = self.doc
        if doc.defn[t] or masdar(doc.forms(t)[0]):
            return True
        x = t + 1
        if x >= we or doc.punct_before(x):
            return True
        if self.owner[x] is None and not self.tags[x]:
            return False                             # اقتحم متظاهرون ...: someone the lists do not know
        m = self.owner[x]
        if m is not None and m.kind is Kind.BASE and self._prep(m) == "" and m.b < we \
                and not doc.punct_before(m.b) and self.owner[m.b] is None and not self.tags[m.b] \
                and doc.text[doc.start[m.b]:doc.end[m.b]].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith(("ها", "ه", "هم", "هما")):
            return False                             # استعادت قاعدة X نشاطها: the base is the subject
        return True

    def _speaker_of(self, t: int) -> M | None:
        """The speaker, when the trigger is what it says it did (قالت X إنها تسلّمت), also as the
        noun of a support verb (أعلنت X أنها بسطت سيطرتها على، أكدت أنها أتمت انسحابها من)."""
        if t > 1 and self.doc.norm[t - 1] in self.lex.support_verbs and not self.doc.punct_before(t):
            return self._speaker_agent(t) or self._speaker_agent(t - 1)
        return self._speaker_agent(t)

    def _read(self, t: int, ws: int, we: int, a: int, b: int, si: int, prev: list[Claim]) -> list[Claim]:
        doc = self.doc
        tr = self.lex.profile(doc.norm[t]).trigger
        typ = tr.type
        for x in range(t + 1, we):
            if self._clause_break(x):
                we = x
                break
        before = [m for m in self._between(ws, t) if m.b <= t]
        after = [m for m in self._between(t + 1, we) if m.b <= we]
        passive = t > 0 and ("PASSIVE" in self.tags[t - 1] or t > 1 and "PASSIVE" in self.tags[t - 2]
                             and self.tags[t - 1] & {"ELLIPSIS", "TIME"} and not doc.punct_before(t))
        # (وجرى بعدها تسليم، تم اليوم تسليم: a time word between the marker and the noun)
        passive = passive or self._passive_past(t) or self._base_as_subject(t, tr.type, ws, before, after) \
            or (tr.base_subject and self._base_subject_at(t, we))   # تعود القاعدة إلى X: nobody acts
        form = doc.forms(t)[0]
        participle = form.startswith("م") and not form.startswith("مغادر")
        verbal = not passive and not participle and not doc.defn[t] and not masdar(form)
        bases = self._bases(t, tr, typ, before, after, we, si, prev, passive, participle)
        owners = {id(m): m for m in after if self._belongs_to(m) is not None}
        after = [m for m in after if id(m) not in owners]   # القاعدة التابعة لـ X: X held it, no role here
        # -- roles -------------------------------------------------------------------------------
        agent, first_object = None, None
        if not passive and not participle:
            agent = self._possessed_force(t, a)
            if agent is None and typ in ("leave", "give") and verbal:
                agent = self._troop_subject(t, before_only=True)   # آخر جندي فرنسي غادر مالي: SVO
            if agent is None and tr.pronoun and (not verbal or masdar(tr.form)):
                agent = self._subject_of_possessor(t, a, typ, bases)
            if agent is None:
                # a verb marked plural (غادروا، يسلّمون) agrees with a subject before it: in Arabic a
                # subject after the verb leaves it singular, so what follows is its object (غادروا البلاد)
                plural = verbal and tr.form.endswith(("وا", "ون"))
                start = t + 2 if tr.needs_next and self._place_noun(t, we) == t + 1 else t + 1
                if verbal and start < we and "BARE_ANAPH" in self.tags[start] and not doc.punct_before(start):
                    start += 1                       # انسحبت منها قوات X: a pronoun phrase goes before the subject
                agent, first_object = self._agent_of(t, before, [] if plural else after, bases, start)
        frm = to = None
        if typ == "give_or_receive":
            typ = "give" if any(self._prep(m) in ("الي", "ل") and self._can_act(m) for m in after) \
                or (first_object is not None and verbal) \
                or next(self._nations_governed(t, we), None) else "receive"   # تسلّم X القاعدة للأفغان
        if typ in ("give", "leave", "close"):
            frm = agent
            if typ == "give":
                to = self._receiver(t, after, agent, we)
                if to is None and first_object is not None and verbal:
                    to = first_object                # سلّمت X الجيشَ Y القاعدةَ Z: two objects
        elif typ in ("receive", "replace"):
            to = agent or self._speaker_of(t)      # قالت X إنها تسلّمت: the speaker
            for m in after:
                if self._prep(m) == "من" and self._can_act(m) and m is not agent and not self._partitive_of(m):
                    frm = self._agent(m)
                    break
            if frm is None:
                frm = self._holder(after, agent)
            if frm is None:
                frm = self._nation_governed(t, we, to, ("من",))   # تسلّم X القاعدة من الأمريكيين
            if frm is None and typ == "replace" and tr.needs_next:
                frm = self._replaced(t, we) or self._last_leaver(prev)   # حلّت محلها: the force that left
        if to is None and typ in ("give", "leave"):
            to = next((self._agent(m) for m in after if self._prep(m) in self.lex.in_favour_of and self._can_act(m)
                       and not any(doc.punct_before(x) for x in range(t + 1, m.a))), None)
            # تخلت X عن القاعدة لصالح Y، انسحبت منها لصالح Y: Y gains it
        if frm is None and typ in ("give", "leave", "close") and not passive and not participle:
            frm = self._partitive(t, after) or self._troop_subject(t) or self._speaker_of(t)
        if frm is None and typ == "give" and passive:
            frm = self._subject_before(t, before, to)   # X أنزلت العلم ...، وجرى تسليم المعسكر
        if bases and typ in ("give", "receive", "replace"):
            to = self._home_army_role(to, t, before, after, bases, typ)
        if tr.form in self.lex.needs_actor and not self._taker(to, t, we):
            return []                                # اقتحم متظاهرون القاعدة، استعادت القاعدة نشاطها
        if tr.needs_receiver and to is None:
            return []                                # تعود المحطة إلى الحقبة السوفيتية: no handover
        factual = not self._modal(t, a, we)
        followed = None if factual else self._consequence(t, a, prev)
        if followed is not None:                     # ...، لتدخلها قوات Y: Y moved in where X left
            factual = True
            bases = bases or [followed.base]
            frm = frm or followed.frm
        if factual and doc.norm[t][:1] == "و":
            last = next((c for c in reversed(prev) if c.sent == si and c.t < t), None)
            if last is not None and not last.factual and not any(doc.hard_punct_before(x) for x in range(last.t + 1, t + 1)):
                factual = False                      # تدرس سحب قواتها ونقلها: the plan goes on
        out = []
        s0, s1 = doc.start[a], doc.end[b - 1]
        event = False
        if not bases and factual and self._event_noun(t, after, typ):
            ante = self._claimed_before(t)
            if ante is not None:                     # مراسم التسليم جرت يوم ...: the handover reported
                bases, event, frm, to = [ante], True, None, None
        if not bases:
            out.append(Claim(t, typ, doc.surface(t, t + 1), si, None, frm, to, factual, 0, span=(s0, s1)))
            return out
        for base in bases:
            if frm is None and typ in ("receive", "leave", "give", "replace"):
                frm = self._implied_holder(base) or self._owner_of(base, owners) or \
                    (self._holder(self._between(base.b, t), None) if base.b <= t else None)
                # معسكر X الذي كانت تشغله قوات Y، والذي سُلّم ...: Y held it and gave it
            c = Claim(t, typ, doc.surface(t, t + 1), si, base, frm, to, factual, len(bases), span=(s0, s1),
                      event=event, earlier=self._pluperfect(t, a))
            if frm is None and typ in ("receive", "leave", "give", "replace", "close"):
                stormed = tr.form in self.lex.needs_actor and not self._retaken(t, a)
                c.holder = (self._named_holder(base, to) if stormed else None) or self._described_holder(base, to)
                # مقر الفرقة X stormed or seized: the unit held it (a force moving in may share it)
            out.append(c)
            if factual and not event:
                self.claimed.append(base.extra.get("antecedent", base))
        return out
