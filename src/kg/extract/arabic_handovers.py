"""Handover claims in an Arabic article: which force left or handed which base to whom.

Each trigger word (handing over, receiving, withdrawing, leaving, evacuating, closing, moving
into a place another left; verbal, nominal, passive and participle forms) reads its clause:

- the bases it governs: after it, up to a new clause (a purpose verb ليتوزعوا، حيث ...), never a
  destination (إلى / نحو / باتجاه) or a landmark (المحاذية لـ، قرب); bases coordinated with the verb
  left out (وقبلها قاعدة Y، بعد X وY); for an object pronoun, the base(s) it stands for (ها: the
  last, هما: the last two); before it for a passive, a participle or a relative clause;
- the agent: the subject before the verb (SVO) or right after it (VSO), through a part of a
  force (وحدات من X، آخر الجنود التابعين لـ X); a country stands for its national force;
- the receiver: after إلى / لـ, or the first object of a giving verb with two (سلّمت X الجيشَ Y
  القاعدةَ Z); the subject of a receiving verb, whose giver follows من or held the base;
- for "moved into its place" (حلّت محلها), the receiver moves in where the force that left was.

Planned, future, negated or purposive handovers (ستنسحب، تنوي إخلاء، لم يسلّم، لاستكمال الانسحاب)
create nothing themselves but add their figures to a reported one. A base a nationality adjective
describes (موقع فرنسي) was held by that nation's force. Roles a claim leaves open come from its
sentence, then from the article's previous claim; claims about one base are merged.
"""
from __future__ import annotations

import bisect

from ..model import Kind
from .arabic_claims import Claim, ClaimRules
from .arabic_common import AGENTS, RELATIVES, base_head
from .arabic_roles import RoleRules
from .arabic_lex import stem_shape
from .arabic_mentions import M, MentionFinder
from .arabic_values import Values

_LIKE = ("غرار", "مثل")                     # على غرار X، مثل X: a base named for comparison
_CLAUSE_WORDS = frozenset({"حيث", "بينما", "فيما", "عندما", "حين", "كي", "لكي"})
_PURPOSE = frozenset({"لي", "لت", "لن"})
_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})   # the past of كان (clitics peeled)


def _masdar(form: str) -> bool:
    """Is a trigger form (article off) a verbal noun rather than a finite verb? (تسليم، انسحاب،
    إخلاء، مغادرة، إعادة، استلام)"""
    if form.endswith(("ه", "اء")) or stem_shape(form) == "strong":
        return True
    return len(form) == 5 and form[0] == "ت" and form[3] == "ي"


class HandoverFinder(RoleRules, ClaimRules):
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

    # -- helpers ------------------------------------------------------------------------------------
    def _prep(self, m: M) -> str:
        """The preposition governing mention m: a separate word before it, or a proclitic."""
        doc = self.doc
        w = doc.norm[m.a]
        if w.startswith("لل") or (w.startswith("ل") and len(doc.forms(m.a)) > 1 and not m.cat == "place"):
            return "ل"
        if w.startswith("ب") and len(doc.forms(m.a)) > 1 and m.kind is Kind.BASE:
            return "ب"
        x = m.a - 1
        if x > 0 and not doc.punct_before(m.a) and not doc.defn[x] and self.owner[x] is None \
                and self.tags[x] & {"FH_WEAK", "FH_STRONG", "ORG_HEAD", "PARTITIVE"}:
            x -= 1                                   # إلى قيادة X: through the head in construct
        if x >= 0 and not doc.punct_before(x + 1):
            p = doc.norm[x]
            if p in ("الي", "الى", "نحو", "باتجاه", "صوب", "من", "في", "علي", "عن", "مع", "ضد", "بين", "لدي",
                     "داخل", "عبر", "ل", "حول", "قرب", "بحق", "لصالح", "غرار", "مثل", "جانب", "عند", "بالقرب",
                     "بجوار", "اتجاه"):
                return p
        return ""

    def _landmark(self, m: M) -> bool:
        """A base named as where another is (القاعدة المحاذية لمطار X، قرب معسكر Y): a landmark."""
        doc = self.doc
        p = self._prep(m)
        if p in _LIKE or p in self.lex.sets["ADJACENT"]:
            return True                              # قرب X، بجوار X، على غرار X
        x = m.a - 1
        if x >= 0 and doc.norm[x] in ("ل", "من"):
            x -= 1
        return x >= 0 and not doc.punct_before(x + 1) and "ADJACENT" in self.tags[x] \
            and (doc.norm[m.a][:1] in "لم" or doc.norm[m.a - 1] in ("ل", "من") or x < m.a - 1)

    def _destination(self, m: M) -> bool:
        dest = self.lex.sets["DEST"]
        if self._prep(m) in dest:
            return True
        head = m.extra.get("list_head")
        return head is not None and self._prep_at(head[0]) in dest

    def _antecedent(self, upto: int, head: str = "") -> M | None:
        """The base an anaphor refers to: the last base a reported handover concerned, else
        the last base named (never a destination or a landmark). An anaphor with its own head
        noun (المعسكر) passes over a base named under another head (قاعدة X) for the last one
        named under its own (معسكر Y), when there is one."""
        head = self.lex.base_head(head)
        best = self._last_base(upto, "")
        if head and best is not None and base_head(best) and self.lex.base_head(base_head(best)) != head:
            return self._last_base(upto, head) or best
        return best

    def _last_base(self, upto: int, head: str) -> M | None:
        def fits(m: M) -> bool:
            return not head or self.lex.base_head(base_head(m)) == head
        for m in reversed(self.claimed):
            if m.a < upto and fits(m):
                return m
        for m in reversed(self.ms):
            if m.kind is Kind.BASE and m.b <= upto and m.cat not in ("anaphor",) and m.items == 1 \
                    and fits(m) and not self._destination(m) and not self._landmark(m):
                return m
        return None

    def _resolve(self, m: M) -> M | None:
        if m.cat != "anaphor":
            return m
        ante = m.extra.get("antecedent")
        if ante is None:
            ante = self._copula(m) or self._antecedent(m.a, m.head)
            if ante is None:
                return None
            ante = ante.extra.get("antecedent", ante)
            m.extra["antecedent"] = ante
        return m

    def _copula(self, m: M) -> M | None:
        """X هي القاعدة الثالثة ...: the description is X's (a place becomes a base)."""
        doc = self.doc
        c = m.a - 1
        if c < 1 or doc.norm[c] not in ("هي", "هو", "وهي", "وهو") or doc.punct_before(m.a):
            return None
        x = c - 1
        o = self.owner[x]
        if o is None or o.b != c or doc.punct_before(c) and doc.gap[c].strip() not in ("،", ","):
            return None
        if o.kind is Kind.BASE and o.cat != "anaphor":
            return o
        if o.kind is None and o.cat == "place" and not o.country:
            return self._as_base(o)
        return None

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
                       [m for m in before[-1:] if t - m.b <= 2 and self._prep(m) == ""]
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
            self._figures(a, b, here)
            stationed += self._stationed_counts(a, b)
            if not here:
                valued += self._valued_equipment(a, b)
            claims += here
        self._headline_giver(claims)
        merged = self._merge(claims)
        for q, base in stationed:                    # ... كانوا في قاعدة X: the troops of X's handover
            g = self.group_key(base.extra.get("antecedent", base))
            for c in merged:
                if c.base is not None and c.factual and c.troops is None and self.group_key(self._base_of(c)) == g:
                    c.troops = q
        for q, base in valued:                       # ... يضم معدات تقدر قيمتها بـ: left at X's handover
            g = self.group_key(base)
            for c in merged:
                if c.base is not None and c.factual and c.usd is None and self.group_key(self._base_of(c)) == g:
                    c.usd = q
        return merged

    def _headline(self, a: int, b: int, si: int) -> None:
        """A headline's triggers make no claims, but who gives or leaves in it may complete a
        passive report of the body (تم تسليم ...) when it is the only one."""
        saved = len(self.claimed)
        for t in range(a, b):
            if "TRIGGER" in self.tags[t] and self._valid(t, b):
                for c in self._read(t, a, b, a, b, si, []):
                    if c.frm is not None and c.type in ("give", "leave", "close") and c.factual:
                        self.headline_givers.append(c.frm)
                        for m in self._between(a, t):   # X وY تغادران: all the subjects give
                            if m is not c.frm and self._can_act(m) and self._prep(m) == "":
                                self.headline_givers.append(m)
        del self.claimed[saved:]

    def _headline_giver(self, claims: list[Claim]) -> None:
        givers = {self.group_key(g): g for g in self.headline_givers}
        if len(givers) != 1:
            return
        giver = next(iter(givers.values()))
        for c in claims:
            if c.frm is None and c.factual and c.type in ("give", "leave", "close", "receive") and c.to is not giver:
                c.frm = giver

    def _valid(self, i: int, b: int) -> bool:
        tr = self.lex.profile(self.doc.norm[i]).trigger
        if tr is None or (self.owner[i] is not None and self.owner[i].kind is not None
                          and self.owner[i].cat not in ("anaphor",)):
            return False
        if tr.needs_next:
            return i + 1 < b and self.doc.forms(i + 1)[0] in tr.needs_next
        return not self._stative(i)

    def _stative(self, i: int) -> bool:
        """A present control / stationing verb after a relative pronoun or a form of كان (المعسكرات
        التي تسيطر عليها X، الذي تنتشر فيه X، كانت X تسيطر على ...): who holds it, not a handover."""
        doc = self.doc
        if "STATIVE" not in self.tags[i]:
            return False
        for x in range(i + 1, min(self.n, i + 10)):   # تنتشر X في المطار منذ 2019: a state since then
            if doc.hard_punct_before(x) or self.tags[x] & {"TRIGGER", "SPEECH", "COMPL"}:
                break
            if doc.norm[x] == "منذ":
                return True
        for x in range(i - 1, max(-1, i - 5), -1):
            if doc.punct_before(x + 1):
                return False
            if doc.norm[x] in RELATIVES or any(f in _KANA for f in doc.forms(x)):
                return True
        return False

    def _modal(self, t: int, a: int, we: int) -> bool:
        """Is the trigger planned, future, negated, conditional or a purpose (not done)?"""
        doc = self.doc
        tr = self.lex.profile(doc.norm[t]).trigger
        if tr.future:
            return True
        w = doc.norm[t]
        if (w.startswith("لل") or (w[:1] == "ل" and doc.forms(t)[-1] != w)) and tr.form[:1] not in "ل":
            return True                              # للانسحاب، لإخلاء: in order to withdraw
        for x in range(max(a, t - 3), t):
            if self.tags[x] & {"MODAL", "NEG", "FUTURE_VERB"}:
                return True
            v = doc.norm[x]
            if v[:1] == "ل" and len(v) > 4 and "VN" in self.tags[x]:
                return True                          # لاستكمال الانسحاب: a purpose
        for x in range(max(a, t - 4), t):
            v = doc.forms(x)[-1]
            if v[:1] == "س" and v[1:2] in ("ي", "ت", "ن") and len(v) > 4 and not v.endswith(("ه", "ات", "ين")) \
                    and not self.tags[x] and not any(doc.punct_before(y) for y in range(x + 1, t + 1)):
                return True                          # ستواصل X نقل، سيبدأ انسحاب: a future verb's object
        if t > a and "IMMINENT" in self.tags[t - 1] and not doc.punct_before(t):
            return True                              # عن قرب انسحاب: about to happen
        if t + 1 < we and "MODAL_AFTER" in self.tags[t + 1]:
            return True                              # الانسحاب المرتقب
        for x in range(t + 1, min(we, t + 14)):
            if "FUTURE_VERB" in self.tags[x]:
                return True                          # ... سيبدأ بعد
        if t > 0 and doc.forms(t - 1)[0] in ("سيتم", "ستتم", "سيجري"):
            return True
        return any("DENIAL" in self.tags[x] for x in range(a, t))   # what is denied was not done

    def _pluperfect(self, t: int, a: int) -> bool:
        """وكان X قد سلّم / وكانت القوات قد انسحبت: a form of كان, then قد right before the verb
        (the subject between them), in one clause: told as having happened before the news."""
        doc = self.doc
        if t < 2 or doc.norm[t - 1] not in ("قد", "لقد") or doc.punct_before(t) or doc.punct_before(t - 1):
            return False
        for x in range(t - 2, max(a, t - 12) - 1, -1):
            if any(f in _KANA for f in doc.forms(x)):
                return True
            if doc.hard_punct_before(x) or self.tags[x] & {"TRIGGER", "SPEECH", "COMPL"}:
                return False
        return False

    def _clause_break(self, x: int) -> bool:
        """Does a new clause open at token x (a purpose verb ليتوزعوا / لتنتقل, حيث، بينما ...)?"""
        w = self.doc.norm[x]
        if w in _CLAUSE_WORDS:
            return True
        return w[:2] in _PURPOSE and len(w) >= 5 and not self.tags[x] and self.owner[x] is None

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
        form = doc.forms(t)[0]
        participle = form.startswith("م") and not form.startswith("مغادر")
        verbal = not passive and not participle and not doc.defn[t] and not _masdar(form)
        bases = self._bases(t, tr, typ, before, after, we, si, prev, passive, participle)
        # -- roles -------------------------------------------------------------------------------
        agent, first_object = None, None
        if not passive and not participle:
            agent = self._possessed_force(t, a)
            if agent is None and typ in ("leave", "give") and verbal:
                agent = self._troop_subject(t, before_only=True)   # آخر جندي فرنسي غادر مالي: SVO
            if agent is None:
                agent, first_object = self._agent_of(t, before, after, bases, t + 2 if tr.needs_next else t + 1)
        frm = to = None
        if typ == "give_or_receive":
            typ = "give" if any(self._prep(m) in ("الي", "ل") and self._can_act(m) for m in after) \
                or (first_object is not None and verbal) else "receive"
        if typ in ("give", "leave", "close"):
            frm = agent
            if typ == "give":
                to = self._receiver(t, after, agent)
                if to is None and first_object is not None and verbal:
                    to = first_object                # سلّمت X الجيشَ Y القاعدةَ Z: two objects
        elif typ in ("receive", "replace"):
            to = agent or self._speaker_agent(t)   # قالت X إنها تسلّمت: the speaker
            for m in after:
                if self._prep(m) == "من" and self._can_act(m) and m is not agent and not self._partitive_of(m):
                    frm = self._agent(m)
                    break
            if frm is None:
                frm = self._holder(after, agent)
            if frm is None and typ == "replace" and tr.needs_next:
                frm = self._last_leaver(prev)       # حلّت محلها: the force that left
        if frm is None and typ in ("give", "leave", "close") and not passive and not participle:
            frm = self._partitive(t, after) or self._troop_subject(t) or self._speaker_agent(t)
        if frm is None and typ == "give" and passive:
            frm = self._subject_before(t, before, to)   # X أنزلت العلم ...، وجرى تسليم المعسكر
        if bases and typ in ("give", "receive", "replace"):
            to = self._home_army_role(to, t, before, after, bases, typ)
        factual = not self._modal(t, a, we)
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
                frm = self._implied_holder(base) or (self._holder(self._between(base.b, t), None)
                                                     if base.b <= t else None)
                # معسكر X الذي كانت تشغله قوات Y، والذي سُلّم ...: Y held it and gave it
            c = Claim(t, typ, doc.surface(t, t + 1), si, base, frm, to, factual, len(bases), span=(s0, s1),
                      event=event, earlier=self._pluperfect(t, a))
            out.append(c)
            if factual and not event:
                self.claimed.append(base.extra.get("antecedent", base))
        return out

    # -- bases ------------------------------------------------------------------------------------
    def _bases(self, t, tr, typ, before, after, we, si, prev, passive, participle) -> list[M]:
        doc = self.doc
        bases: list[M] = []
        if tr.pronoun and typ in ("give", "give_or_receive", "close", "leave") and not \
                doc.forms(t)[0].startswith(("انسحاب", "انتشار")):
            listed = [m for m in after if m.kind is Kind.BASE and m.list_id >= 0 and m.a - t <= 3]
            if listed:                              # closed them both: X and Y
                return [m for m in after if m.kind is Kind.BASE and m.list_id == listed[0].list_id]
            if doc.norm[t].endswith(("هما", "هم")):
                two = self._last_bases(t, 2)       # سلّمتهما: the last two bases
                if two:
                    return two
            head = self._relative_head(t)
            if head is not None:                    # القاعدة الثالثة التي تخليها X [بعد A وB]
                return [head] + self._earlier_in_series(head, t, we)
            ante = self._prev_base(prev, si) or self._antecedent(t)
            if ante is not None:
                return [ante]
        limit = self._reach(t, 7, we) if tr.weak else we
        lists = set()
        appos = None
        for m in after:
            if m.kind is not Kind.BASE:
                continue
            if m.cat == "anaphor" and m is not appos:
                appos = self._apposition(m, after)
                if appos is not None:
                    continue                         # a description, then the name it has (وهي قاعدة X)
            if bases and m is not appos and m.list_id not in lists and self._separated(bases[-1], m):
                break                                # another sentence part: another base's story
            if m.a > limit and m.list_id not in lists:
                continue
            if m.list_id >= 0:
                lists.add(m.list_id)
            if (self._destination(m) or self._landmark(m)) and (m.items == 1 or m.extra.get("list_head")):
                continue
            if m.items > 1 and self._destination(m):
                continue
            r = self._resolve(m)
            if r is not None:
                bases.append(r)
        if tr.needs_base_in:
            bases = [m for m in bases if self._prep(m) in ("في", "ب")] if bases else []
        if not bases and (passive or participle or self._relative(t)):
            for m in reversed(before):
                if m.kind is Kind.BASE:
                    r = self._resolve(m)
                    if r is not None and not self._landmark(m):
                        bases = [r]
                    break
        if not bases and typ in ("give", "leave", "close") and self._plural_object(t, we):
            bases = [m for m in [self._claimed_before(t)] if m is not None]   # all the sites
        if not bases and (t + 1 < we and self.tags[t + 1] & {"BARE_ANAPH"} or
                          (typ == "replace" and tr.needs_next)):
            ante = self._antecedent(t)
            if ante is not None:
                bases = [ante]
        return bases

    def _transferred(self, t0: int, t: int, b: int) -> bool:
        """A verbal noun with the article that is the first object of a giving verb names what is
        handed over, not a second event (نقلت X [يوم ...] السيطرة / المسؤولية على القاعدة إلى Y)."""
        doc = self.doc
        tr0 = self.lex.profile(doc.norm[t0]).trigger
        tr = self.lex.profile(doc.norm[t]).trigger
        if tr0 is None or tr is None or tr0.type not in ("give", "give_or_receive") or tr.type != "replace":
            return False
        if not doc.defn[t] or not _masdar(doc.forms(t)[0]):
            return False
        inserted = self._dated(t0, b)
        if any(doc.hard_punct_before(x) and x not in inserted for x in range(t0 + 1, t + 1)):
            return False
        return self._reach(t0, 1, b) == t + 1

    def _dated(self, t: int, we: int) -> set[int]:
        """The tokens of the dates between token t and token we."""
        doc = self.doc
        out: set[int] = set()
        for d in self.values.dates_in(doc.start[t], doc.end[we - 1] if we > t else doc.end[t]):
            out.update(range(bisect.bisect_left(doc.start, d.span.start),
                             bisect.bisect_left(doc.start, d.span.end)))
        return out

    def _reach(self, t: int, words: int, we: int) -> int:
        """The token ``words`` words of the clause after t: what is set into the clause between a
        verb and its object does not count (a date, a bracketed acronym, the subject of a VSO
        clause: نقلت قوة X الفرنسية (Y) يوم الإثنين 13 حزيران 2022 المسؤولية على قاعدة Z)."""
        doc = self.doc
        inserted = self._dated(t, we)
        x, counted = t + 1, 0
        while x < we and counted < words:
            m = self.owner[x]
            if m is not None and m.kind in AGENTS and x == m.a and self._prep(m) == "":
                x = max(m.b, x + 1)                  # the subject (and its acronym) in VSO
                while x < we and doc.defn[x] and not doc.punct_before(x) and self.owner[x] is None \
                        and (self.mf.demonym(x) or "F_GENERIC" in self.tags[x]):
                    x += 1                           # ... and its adjectives (قوة X الفرنسية)
                continue
            if x not in inserted:
                counted += 1
            x += 1
        return max(x, t + words)

    def _relative_head(self, t: int) -> M | None:
        """The base a relative clause with an object pronoun is about (القاعدة ... التي تخليها)."""
        doc = self.doc
        r = t - 1 if t > 0 and doc.norm[t - 1] in RELATIVES else (t - 2 if t > 1 and doc.norm[t - 2] in RELATIVES else None)
        if r is None or doc.punct_before(r):
            return None
        for m in reversed(self._between(max(0, r - 6), r)):
            if m.kind is Kind.BASE and r - m.b <= 3:
                return self._resolve(m) if m.cat != "anaphor" or self._copula(m) or self.claimed else None
            break
        return None

    def _earlier_in_series(self, head: M, t: int, we: int) -> list[M]:
        """The Nth base handed over "after X and Y": X and Y were handed over before it."""
        doc = self.doc
        if not any("ORDINAL_ADJ" in self.tags[k] or "ORDINAL" in self.tags[k] for k in range(head.a, head.b)):
            return []
        out: list[M] = []
        for x in range(t + 1, min(we, t + 10)):
            if doc.norm[x] in ("بعد", "قبل") and not doc.punct_before(x):
                y = x + 1
                while y < min(we, x + 12):
                    if y > x + 1 and doc.punct_before(y) and doc.gap[y].strip() not in ("،", ","):
                        break
                    m = self.owner[y]
                    if m is not None and m.a == y and (m.kind is Kind.BASE or (m.kind is None and m.cat == "place"
                                                                              and not m.country)):
                        out.append(self._as_base(m))
                        y = m.b
                        continue
                    g = self.mf.gaz_at(y, (Kind.BASE,), short=True) if m is None else None
                    if g is None:
                        break
                    out.append(self._as_base(M(None, y, g.last, doc.start[y], doc.end[g.last - 1], "place")))
                    y = g.last
                break
        return out

    def _as_base(self, m: M) -> M:
        """A base named by a place or base mention (one mention per position)."""
        if m.kind is Kind.BASE:
            return m
        b = m.extra.get("as_base")
        if b is None:
            g = self.mf.gaz_at(m.a, (Kind.BASE,), short=True)
            key = g.entry.key if g is not None and g.last == m.b else None
            b = M(Kind.BASE, m.a, m.b, m.start, m.end, "gaz" if key else "named", key=key,
                  name=self.doc.text[m.start:m.end], ident=frozenset(self.doc.forms(k)[-1] for k in range(m.a, m.b)))
            m.extra["as_base"] = b
            for k in range(m.a, m.b):
                self.owner[k] = b
            self.created.append(b)
        return b

    def _separated(self, prev: M, m: M) -> bool:
        """Is base m in another part of the sentence than the base before it? Not when a link
        coordinates it with the verb left out (، وقبلها قاعدة Y؛ بعد X وY) or only a time phrase
        stands between them."""
        doc = self.doc
        if not any(doc.gap[x].strip() for x in range(prev.b, min(m.a + 1, self.n))):
            return False
        x = m.a - 1
        if x >= prev.b and "ELLIPSIS" in self.tags[x]:
            return any(self._clause_break(y) or self.tags[y] & {"TRIGGER", "SPEECH", "COMPL"}
                       for y in range(prev.b, x))
        return True

    def _last_bases(self, t: int, k: int) -> list[M]:
        out: list[M] = []
        for m in reversed(self.claimed):
            if m.a < t and all(self.group_key(m) != self.group_key(o) for o in out):
                out.append(m)
                if len(out) == k:
                    break
        return list(reversed(out))

    def _implied_holder(self, base: M) -> M | None:
        """A base a nationality adjective describes, in its name or in apposition (النقطة
        التركية، آخر موقع عسكري فرنسي): it was that nation's force's."""
        doc = self.doc
        b = base.extra.get("antecedent", base)
        spans = [(b.a, b.b)]
        e = b.b
        if e < self.n and doc.norm[e] == "في" and not doc.hard_punct_before(e):
            o = self.owner[e + 1] if e + 1 < self.n else None
            e = o.b if o is not None and o.kind is None else e   # ... في X، where it is
        if e < self.n and doc.gap[e].strip() in ("،", ","):
            y = e
            while y < self.n and y - e < 6 and not (doc.punct_before(y) and y > e):
                y += 1
            spans.append((e, y))                    # the apposition after it
        for x0, x1 in spans:
            for k in range(x0, x1):
                p = self.mf.demonym(k)
                o = self.owner[k]
                if p and (o is None or o is b or o.kind is Kind.BASE) and self.mf.gaz.national_force.get(p):
                    tok = M(Kind.FORCE, k, k + 1, doc.start[k], doc.end[k], "national")
                    return self._national(p, tok)
        return None

    def _event_noun(self, t: int, after: list[M], typ: str) -> bool:
        """A definite verbal noun with nothing after it to hand over (مراسم التسليم، الانسحاب
        جرى ...): the handover the article reported."""
        doc = self.doc
        if typ not in ("give", "give_or_receive", "receive", "leave") or not doc.defn[t]:
            return False
        if any(m.kind is None and m.cat == "place" for m in after[:1]) and after[0].a - t <= 2:
            return False                             # الانسحاب من البلاد: a country, not a base
        return t + 1 >= self.n or doc.norm[t + 1] not in ("من", "الي", "عن") or doc.punct_before(t + 1)

    def _apposition(self, m: M, after: list[M]) -> M | None:
        """The named base a description is identified with: ...، وهي قاعدة X."""
        doc = self.doc
        for n2 in after:
            if n2.a <= m.a or n2.kind is not Kind.BASE:
                continue
            if n2.a - m.b <= 6 and n2.cat != "anaphor" and n2.a > 0 and doc.norm[n2.a - 1] in ("وهي", "هي", "وهو", "هو"):
                return n2
            break
        return None

    def _plural_object(self, t: int, we: int) -> bool:
        """A plural base noun (المنشآت، المواقع، القواعد) right after the trigger, naming none."""
        doc = self.doc
        for x in range(t + 1, min(we, t + 4)):
            if self.tags[x] & {"BH_PLUR"} and (doc.defn[x] or "POSS" in self.tags[x]) and self.owner[x] is None:
                return True                          # المنشآت، منشآتها: the sites of the base named
            if doc.norm[x] not in ("جميع", "كل", "كافة", "كامل", "باقي", "بقية"):
                if self.owner[x] is None or self.owner[x].kind is Kind.BASE:
                    return False
        return False

    def _claimed_before(self, t: int) -> M | None:
        for m in reversed(self.claimed):
            if m.a < t:
                return m
        return None

    def _between(self, a: int, b: int) -> list[M]:
        """Mentions starting in tokens [a, b)."""
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        return self.ms[lo:hi]

    def _prep_at(self, i: int) -> str:
        doc = self.doc
        if i > 0 and not doc.punct_before(i):
            return doc.norm[i - 1]
        return ""

    def _relative(self, t: int) -> bool:
        """A relative pronoun (also after و: والذي سُلّم) right before the trigger or one word before."""
        doc = self.doc
        return any(x >= 0 and (doc.norm[x] in RELATIVES or doc.norm[x][:1] in "وف" and doc.norm[x][1:] in RELATIVES)
                   for x in (t - 1, t - 2))

    def _prev_base(self, prev: list[Claim], si: int) -> M | None:
        for c in reversed(prev):
            if c.sent == si and c.base is not None:
                return c.base.extra.get("antecedent", c.base)
        return None

    # -- roles ------------------------------------------------------------------------------------