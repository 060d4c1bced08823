"""Handover claims in an Arabic article: which force left or handed which base to whom, when,
with how many troops and what equipment left behind.

Each trigger word (سلّم، تسلّم، انسحب، غادر، أخلى، أغلق، حلّت محلها، انتشر في ... in their
verbal, nominal, passive and participle forms) reads its clause: the bases it governs (after it,
never a destination after إلى/نحو; the last base named when it says منها/ها/القاعدة), the agent
(right after a verb or a nominal, else the subject before it), the receiver (إلى/لـ after a
giving verb; the subject of a receiving one). Planned or denied handovers (ستنسحب، تنوي إخلاء،
لم يسلّم) create nothing themselves but add their figures to a reported one. Claims about one
base are merged into one per article; roles the clause leaves open come from the article's
previous claim.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import DateValue, HandoverClaim, Kind, Quantity, Span
from .arabic_lex import definite
from .arabic_mentions import M, MentionFinder
from .arabic_values import Values

_AGENTS = (Kind.FORCE, Kind.ORGANIZATION)
_EXCLUDE_BEFORE = ("غرار", "مثل", "بخلاف", "عكس", "قرب", "بالقرب", "جانب")


@dataclass(slots=True)
class Claim:
    t: int                         # trigger token
    type: str
    trigger: str
    sent: int
    base: M | None = None
    frm: M | None = None
    to: M | None = None
    factual: bool = True
    listed: int = 1                # how many bases this trigger governs
    date: DateValue | None = None
    weekday: int | None = None
    troops: Quantity | None = None
    usd: Quantity | None = None
    span: tuple[int, int] = (0, 0)
    inherited: set = field(default_factory=set)

    def to_claim(self, conv) -> HandoverClaim | None:
        base = conv.mention(self.base)
        if base is None:
            return None
        return HandoverClaim(base=base, span=Span(*self.span), trigger=self.trigger,
                             from_force=conv.mention(self.frm), to_force=conv.mention(self.to),
                             date=self.date, weekday=self.weekday, troops=self.troops,
                             equipment_usd=self.usd)


class HandoverFinder:
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

    # -- helpers ------------------------------------------------------------------------------------
    def _prep(self, m: M) -> str:
        """The preposition governing mention m: a separate word before it, or a proclitic."""
        doc = self.doc
        w = doc.norm[m.a]
        if w.startswith("لل") or (w.startswith("ل") and len(doc.forms(m.a)) > 1 and not m.cat == "place"):
            return "ل"
        if w.startswith("ب") and len(doc.forms(m.a)) > 1 and m.kind is Kind.BASE:
            return "ب"
        if m.a > 0 and not doc.punct_before(m.a):
            p = doc.norm[m.a - 1]
            if p in ("الي", "الى", "نحو", "باتجاه", "صوب", "من", "في", "علي", "عن", "مع", "ضد", "بين", "لدي",
                     "داخل", "عبر", "ل", "حول", "قرب", "بحق", "لصالح", "غرار", "مثل", "جانب", "عند"):
                return p
            if p in ("بالقرب",):
                return p
        return ""

    def _antecedent(self, upto: int) -> M | None:
        """The base an anaphor refers to: the last base a reported handover concerned, else
        the last base named."""
        for m in reversed(self.claimed):
            if m.a < upto:
                return m
        for m in reversed(self.ms):
            if m.kind is Kind.BASE and m.b <= upto and m.cat not in ("anaphor",) and m.items == 1 \
                    and self._prep(m) not in ("الي", "نحو", "باتجاه", "صوب"):
                return m
        return None

    def _resolve(self, m: M) -> M | None:
        if m.cat != "anaphor":
            return m
        ante = m.extra.get("antecedent")
        if ante is None:
            ante = self._antecedent(m.a)
            if ante is None:
                return None
            ante = ante.extra.get("antecedent", ante)
            m.extra["antecedent"] = ante
        return m

    def _can_act(self, m: M | None) -> bool:
        """Can this mention be the one that gives, leaves or receives?"""
        if m is None or "(" in self.doc.gap[m.a] or m.extra.get("nested"):
            return False                             # (UNSOS); ضد داعش inside the coalition's name
        return (m.kind in _AGENTS and m.cat != "fanaphor") or (m.kind is None and m.cat == "place" and m.country)

    def _agent(self, m: M | None) -> M | None:
        """A force / body acting, or a country acting (it stands for its national force)."""
        if not self._can_act(m):
            return None
        if m.kind is None:
            return self._national(m.place, m)
        return m

    def _national(self, place: str, at: M) -> M:
        """The national force of a country, mentioned by the words of ``at`` (a country acting,
        or قواتها after a country's body): one mention per position."""
        f = at.extra.get("as_force")
        if f is None:
            f = M(Kind.FORCE, at.a, at.b, at.start, at.end, "national", key=self.mf.gaz.national_force.get(place),
                  place=place, ident=frozenset({"@" + place}))
            at.extra["as_force"] = f
            for k in range(at.a, at.b):
                self.owner[k] = f
            self.created.append(f)
        return f

    def _possessed_force(self, t: int, a: int) -> M | None:
        """قواتها / جيشه just before the trigger: the forces of the actor named before them (a
        country's ministry or embassy -> that country's national force)."""
        doc = self.doc
        x = t - 1
        while x > a and (doc.norm[x] in ("قد", "لقد") or "FUNC" in self.tags[x]) and not doc.punct_before(x + 1):
            x -= 1                                   # قواتها أكملت انسحابها
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
        for si, (a, b) in enumerate(doc.sents):
            if not doc.fact_line[doc.line[a]]:
                continue
            trig = [i for i in range(a, b) if "TRIGGER" in self.tags[i] and self._valid(i, b)]
            for k, t in enumerate(trig):
                ws = trig[k - 1] + 1 if k else a
                we = trig[k + 1] if k + 1 < len(trig) else b
                claims += self._read(t, ws, we, a, b, si, claims)
            self._figures(a, b, [c for c in claims if c.sent == si])
        return self._merge(claims)

    def _valid(self, i: int, b: int) -> bool:
        tr = self.mf.lex.profile(self.doc.norm[i]).trigger
        if tr is None or (self.owner[i] is not None and self.owner[i].kind is not None
                          and self.owner[i].cat not in ("anaphor",)):
            return False
        if tr.needs_next:
            return i + 1 < b and self.doc.forms(i + 1)[0] in tr.needs_next
        return True

    def _modal(self, t: int, a: int, we: int) -> bool:
        doc = self.doc
        tr = self.mf.lex.profile(doc.norm[t]).trigger
        if tr.future:
            return True
        for x in range(max(a, t - 3), t):
            if self.tags[x] & {"MODAL", "NEG", "FUTURE_VERB"}:
                return True
        if t + 1 < we and "MODAL_AFTER" in self.tags[t + 1]:
            return True                              # الانسحاب المستقبلي / المرتقب
        for x in range(t + 1, min(we, t + 14)):
            if "FUTURE_VERB" in self.tags[x]:
                return True                          # إخلاء القواعد ... سيبدأ بعد
        if t > 0 and doc.forms(t - 1)[0] in ("سيتم", "ستتم", "سيجري"):
            return True
        return False

    def _read(self, t: int, ws: int, we: int, a: int, b: int, si: int, prev: list[Claim]) -> list[Claim]:
        doc = self.doc
        prof = self.mf.lex.profile(doc.norm[t])
        tr = prof.trigger
        typ = tr.type
        before = [m for m in self._between(ws, t) if m.b <= t]
        after = [m for m in self._between(t + 1, we) if m.b <= we]
        passive = t > 0 and "PASSIVE" in self.tags[t - 1]
        participle = doc.forms(t)[0].startswith("م") and not doc.forms(t)[0].startswith("مغادر")
        # -- bases -----------------------------------------------------------------------------
        bases: list[M] = []
        if tr.pronoun and typ in ("give", "give_or_receive", "close", "leave") and not \
                doc.forms(t)[0].startswith(("انسحاب", "انتشار")):
            listed = [m for m in after if m.kind is Kind.BASE and m.list_id >= 0 and m.a - t <= 3]
            if listed:                              # تم إغلاقهما هما X وY
                bases = [m for m in after if m.kind is Kind.BASE and m.list_id == listed[0].list_id]
            else:
                ante = self._prev_base(prev, si) or self._antecedent(t)
                if ante is not None:
                    bases = [ante]
        if not bases:
            limit = t + 7 if tr.weak else we
            lists = set()
            appos = None
            for m in after:
                if m.kind is not Kind.BASE:
                    continue
                if m.cat == "anaphor" and m is not appos:
                    appos = self._apposition(m, after)
                    if appos is not None:
                        continue                     # أكبر قاعدة جوية في المحافظة، وهي قاعدة القيارة
                if bases and m is not appos and m.list_id not in lists and any(doc.gap[x].strip() for x in range(bases[-1].b, m.a + 1)
                                                            if x < self.n):
                    break                            # وبعد إخلاء قاعدة X، تبقى القاعدة Y ...
                if m.a > limit and m.list_id not in lists:
                    continue
                if m.list_id >= 0:
                    lists.add(m.list_id)
                if self._prep(m) in ("الي", "نحو", "باتجاه", "صوب") + _EXCLUDE_BEFORE and m.items == 1:
                    continue
                if m.extra.get("list_head") and self._prep_at(m.extra["list_head"][0]) in ("الي", "نحو", "باتجاه", "صوب"):
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
                    if r is not None:
                        bases = [r]
                    break
        if not bases and typ in ("give", "leave", "close") and self._plural_object(t, we):
            bases = [m for m in [self._claimed_before(t)] if m is not None]   # سلموا جميع المنشآت
        if not bases and (t + 1 < we and self.tags[t + 1] & {"BARE_ANAPH"} or
                          (typ == "replace" and tr.needs_next)):
            ante = self._antecedent(t)
            if ante is not None:
                bases = [ante]
        # -- roles -------------------------------------------------------------------------------
        agent = None
        if not passive and not participle:
            agent = self._possessed_force(t, a) or self._agent_of(t, before, after)
        frm = to = None
        if typ == "give_or_receive":
            typ = "give" if any(self._prep(m) in ("الي", "ل") and self._can_act(m) for m in after) else "receive"
        if typ in ("give", "leave", "close"):
            frm = agent
            if typ == "give":
                to = self._receiver(t, after, agent)
        elif typ in ("receive", "replace"):
            to = agent
            for m in after:
                if self._prep(m) == "من" and self._can_act(m) and m is not agent:
                    frm = self._agent(m)
                    break
            if frm is None:
                frm = self._holder(after, agent)
        if frm is None and typ in ("give", "leave", "close") and not passive and not participle:
            frm = self._partitive(t, after) or self._speaker_agent(t)
        factual = not self._modal(t, a, we)
        out = []
        s0, s1 = doc.start[a], doc.end[b - 1]
        if not bases:
            out.append(Claim(t, typ, doc.surface(t, t + 1), si, None, frm, to, factual, 0, span=(s0, s1)))
            return out
        for base in bases:
            c = Claim(t, typ, doc.surface(t, t + 1), si, base, frm, to, factual, len(bases), span=(s0, s1))
            out.append(c)
            if factual:
                self.claimed.append(base.extra.get("antecedent", base))
        return out

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
            if self.tags[x] & {"BH_PLUR"} and definite(doc.norm[x]) and self.owner[x] is None:
                return True
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
        return t > 0 and self.doc.norm[t - 1] in ("التي", "الذي") or \
            (t > 1 and self.doc.norm[t - 2] in ("التي", "الذي"))

    def _prev_base(self, prev: list[Claim], si: int) -> M | None:
        for c in reversed(prev):
            if c.sent == si and c.base is not None:
                return c.base.extra.get("antecedent", c.base)
        return None

    def _agent_of(self, t: int, before: list[M], after: list[M]) -> M | None:
        """The subject: right after the verb or nominal (VSO, genitive agent), else the nearest
        force before it that no preposition governs and no relative clause holds. A country
        acts only right next to the verb (سلمت فرنسا، الولايات المتحدة أكملت)."""
        for m in after[:2]:
            if m.a - t > 3:
                break
            if m.kind is None and m.cat == "place" and m.a != t + 1:
                break
            if self._prep(m) == "" and m.kind is not Kind.BASE and self._can_act(m):
                return self._agent(m)
            if m.kind is Kind.BASE or self._prep(m):
                break
        for m in reversed(before):
            if any("COMPL" in self.tags[x] or "SPEECH" in self.tags[x] for x in range(m.b, t)):
                break                                # ذكر المرصد أن رتلاً غادر: not the one leaving
            if m.kind is Kind.BASE:
                continue
            if m.kind is None and m.cat == "place" and not self._adjacent_subject(m, t):
                continue
            if self._relative_held(m) or m.extra.get("in_role"):
                continue
            if self._prep(m) == "" and self._can_act(m):
                return self._agent(m)
        return None

    def _receiver(self, t: int, after: list[M], agent: M | None) -> M | None:
        """After a giving word: the body after إلى / لـ, also through a part of it (إلى وحدات من
        الجيش)."""
        doc = self.doc
        for m in after:
            if m is agent or not self._can_act(m):
                continue
            p = self._prep(m)
            if p in ("الي", "ل"):
                return self._agent(m)
            if p == "من" and m.a >= 3 and any(doc.norm[x] in ("الي", "الى") for x in range(m.a - 3, m.a - 1)):
                return self._agent(m)
        return None

    def _holder(self, after: list[M], agent: M | None) -> M | None:
        """مواقع كانت تشغلها البعثة: the body that held what is received gave it."""
        for m in after:
            if m is agent or m.kind not in _AGENTS or m.a == 0:
                continue
            if "HOLDER" in self.tags[m.a - 1] and not self.doc.punct_before(m.a):
                return m
        return None

    def _partitive(self, t: int, after: list[M]) -> M | None:
        """غادر آخر جندي من القوات البريطانية القاعدة: the force a part of which acts."""
        doc = self.doc
        for m in after:
            if m.kind is Kind.BASE or m.a - t > 5:
                return None
            if self._prep(m) == "من" and m.kind in _AGENTS:
                if any(doc.norm[x] in ("الي", "الى") or doc.norm[x].startswith("ل") for x in range(t + 1, m.a)):
                    return None                      # إلى وحدات من الجيش: the receiver
                return m
        return None

    def _adjacent_subject(self, m: M, t: int) -> bool:
        """Nothing but particles and light verbs between a subject and its trigger
        (فرنسا بدأت في إعادة ...، الولايات المتحدة أكملت انسحابها)."""
        doc = self.doc
        if t - m.b > 3 or any(doc.punct_before(x) for x in range(m.b, t + 1)):
            return False
        return all(doc.norm[x] in ("قد", "لقد") or "FUNC" in self.tags[x] for x in range(m.b, t))

    def _relative_held(self, m: M) -> bool:
        """Is m inside a relative clause (التي تقودها الولايات المتحدة)?"""
        doc = self.doc
        for x in range(max(0, m.a - 3), m.a):
            if doc.norm[x] in ("التي", "الذي", "اللذين", "اللتين", "الذين") and doc.sent[x] == doc.sent[m.a]:
                return True
        return False

    def _speaker_agent(self, t: int) -> M | None:
        """The trigger sits in a statement by a force (قالت البعثة إنها سلمت ...): the speaker."""
        off = self.doc.start[t]
        for s in self.sf.stmts:
            if s.start <= off < s.end and s.speaker.kind in _AGENTS:
                w = self.doc.norm[t - 1] if t else ""
                if w in ("انها", "انه", "انهم", "بانها", "بانه", "اننا", "انا"):
                    return s.speaker                 # قالت البعثة إنها سلمت: the speaker itself
        return None

    # -- figures: dates, troops, equipment --------------------------------------------------------
    def _figures(self, a: int, b: int, claims: list[Claim]) -> None:
        if not claims:
            return
        doc, v = self.doc, self.values
        s0, s1 = doc.start[a], doc.end[b - 1]
        inside = [(m.start, m.end) for m in self._between(a, b) if m.kind is Kind.BASE]
        dates = [d for d in v.dates_in(s0, s1) if d.month and d.day
                 and not any(a0 <= d.span.start < a1 for a0, a1 in inside)]   # سد 7 نيسان is a name
        based = [c for c in claims if c.base is not None]
        for c in claims:
            off = doc.start[c.t]
            if dates:
                c.date = min(dates, key=lambda d: abs(d.span.start - off))
            else:
                wds = v.weekdays_in(s0, s1)
                if wds:
                    c.weekday = min(wds, key=lambda w: abs(w[0] - off))[2]
        if not based:
            return
        groups = {self.group_key(self._base_of(c)) for c in based}
        single = len(groups) == 1 and all(c.listed == 1 for c in based)
        for q in v.quantities_in(s0, s1, "troops"):
            target = self._troop_target(q, based, single)
            if target is not None and target.troops is None:
                target.troops = q
        if single:
            usd = v.quantities_in(s0, s1, "USD")
            if usd and any("EQUIP" in self.tags[x] for x in range(a, b)):
                c = based[0]
                c.usd = c.usd or usd[0]

    def _base_of(self, c: Claim) -> M:
        return c.base.extra.get("antecedent", c.base) if c.base is not None else None

    def _troop_target(self, q: Quantity, based: list[Claim], single: bool) -> Claim | None:
        doc = self.doc
        qi = self.mf._tok_after(q.span.start)
        # a figure in parentheses right after a base: القواعد في X (50 جنديا)
        if qi > 0 and "(" in doc.gap[qi]:
            for c in based:
                if c.base is not None and c.base.b <= qi and qi - c.base.b <= 1:
                    return c
        if not single:
            return None
        c = based[0]
        # governed by a withdrawal word: سحب 800 جندي، نقلت نحو 1500 عسكري، 450 جندياً غادروا
        qe = self.mf._tok_after(q.span.end)
        for x in list(range(max(0, qi - 4), qi)) + list(range(qe, min(self.n, qe + 2))):
            tr = self.mf.lex.profile(doc.norm[x]).trigger
            if tr is not None and tr.type in ("leave", "give") and (x < qi or not doc.punct_before(x)):
                return c
        # housed by the base: كانت القاعدة ... تضم 400 جندي
        for x in range(max(0, qi - 3), qi):
            if "TROOP_HOST" in self.tags[x]:
                sa, _ = doc.sentence_of(qi)
                if any(m.kind is Kind.BASE and m.b <= x for m in self._between(sa, x)):
                    return c
        return None

    # -- one claim per base -------------------------------------------------------------------------
    def _merge(self, claims: list[Claim]) -> list[Claim]:
        ctx_from = ctx_to = None
        for c in claims:
            if c.frm is None and ctx_from is not None:
                c.frm = ctx_from
                c.inherited.add("from")
            if c.to is None and ctx_to is not None and c.type not in ("close",):
                c.to = ctx_to
                c.inherited.add("to")
            if c.frm is not None and "from" not in c.inherited:
                ctx_from = c.frm
            if c.to is not None and "to" not in c.inherited:
                ctx_to = c.to
        stated = [c.frm for c in claims if c.frm is not None and "from" not in c.inherited and c.factual]
        if len({self.group_key(f) for f in stated}) == 1:   # one giver in the whole article: it gave them all
            giver = stated[0]
            for c in claims:
                if c.frm is None:
                    c.frm = giver
                    c.inherited.add("from")
        merged: dict[int, Claim] = {}
        order: list[int] = []
        factual_bases = {self.group_key(self._base_of(c)) for c in claims if c.base is not None and c.factual}
        for c in claims:
            if c.base is None:
                continue
            key = self.group_key(self._base_of(c))
            if key not in factual_bases:
                continue
            if key not in merged:
                if not c.factual:
                    continue
                merged[key] = c
                order.append(key)
                continue
            m = merged[key]
            for role in ("frm", "to"):
                cur, new = getattr(m, role), getattr(c, role)
                name = "from" if role == "frm" else "to"
                if new is not None and (cur is None or (name in m.inherited and name not in c.inherited)):
                    setattr(m, role, new)
                    if name in c.inherited:
                        m.inherited.add(name)
                    else:
                        m.inherited.discard(name)
            if c.factual:
                if c.date is not None and (m.date is None or (c.date.iso and not m.date.iso)):
                    m.date = c.date
                if m.weekday is None and c.weekday is not None:
                    m.weekday = c.weekday
            m.troops = m.troops or c.troops
            m.usd = m.usd or c.usd
        out = [merged[k] for k in order]
        # the merged claims with unresolved bases after all other claims are merged are dropped
        # (a claim whose base entity wins a later, better name is still one claim)
        return out
