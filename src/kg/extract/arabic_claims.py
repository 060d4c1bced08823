"""Handover claims of an Arabic article once read: their figures (dates, troops, equipment) and
one claim per base (rules of :class:`~kg.extract.arabic_handovers.HandoverFinder`).

Figures belong to a claim when the sentence ties them to it: a date in the sentence of the
trigger (read by the rules of :mod:`.arabic_claim_dates`); troops by the rules of
:mod:`.arabic_troops`; a dollar value
with an equipment noun in a sentence about one base. A figure shared by several bases is none of
theirs. A withdrawal with a figure but no base of its own, in an article about one base, is that
base's.
"""
from __future__ import annotations

import bisect

from dataclasses import dataclass, field
from datetime import timedelta

from ..model import DateValue, HandoverClaim, Kind, Quantity, Span
from .arabic_claim_dates import ClaimDateRules
from .arabic_common import AGENTS, M, base_head


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
    event: bool = False            # a definite verbal noun naming the handover already reported
    where: frozenset = frozenset() # a baseless withdrawal's troops: where they were stationed
    earlier: bool = False          # in the pluperfect (وكان X قد سلّم): told as before the news
    announced: bool = False        # its date is the day the news was told (أعلنت، الجمعة، أنها سلّمت)
    holder: M | None = None        # who held the base by its name or description: the giver when
    #                                the sentence names none (مقر الفرقة X، آخر معاقل X)

    def to_claim(self, conv) -> HandoverClaim | None:
        base = conv.mention(self.base)
        if base is None:
            return None
        return HandoverClaim(base=base, span=Span(*self.span), trigger=self.trigger,
                             from_force=conv.mention(self.frm), to_force=conv.mention(self.to),
                             date=self.date, weekday=self.weekday, troops=self.troops,
                             equipment_usd=self.usd)



def _other_day(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates that name different days (both with a month and a day)."""
    if a is None or b is None or not (a.month and a.day and b.month and b.day):
        return False
    if (a.month, a.day) != (b.month, b.day):
        return True
    return a.year is not None and b.year is not None and a.year != b.year


def _weekday_before(weekday: int | None, d: DateValue) -> DateValue:
    """A handover told by a weekday alone (أنهت السبت الماضي انسحابها) and again under a full date
    of another weekday (a statement published on the day after): the last such weekday before that
    date, as a report tells a past day."""
    if weekday is None or not d.iso or d.as_date().weekday() == weekday:
        return d
    day = d.as_date() - timedelta(days=(d.as_date().weekday() - weekday) % 7)
    return DateValue(day.year, day.month, day.day, d.span, d.text, d.year_inferred)



class ClaimRules(ClaimDateRules):
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, mentions and values)."""

    # -- figures: dates, troops, equipment --------------------------------------------------------
    def _figures(self, a: int, b: int, claims: list[Claim]) -> None:
        if not claims:
            return
        doc, v = self.doc, self.values
        s0, s1 = doc.start[a], doc.end[b - 1]
        inside = [(m.start, m.end) for m in self._between(a, b) if m.kind is Kind.BASE]
        dates = [d for d in v.dates_in(s0, s1) if d.month and d.day
                 and not any(a0 <= d.span.start < a1 for a0, a1 in inside)]   # a date inside a name
        dates = self._own_dates(dates, a, b)
        based = [c for c in claims if c.base is not None]
        relative = None if dates else self._relative_day(a, b)
        shifted = None                               # (trigger, days) of the last claim told as an interval
        for c in claims:
            off = doc.start[c.t]
            if dates:
                c.date = min(dates, key=lambda d: abs(d.span.start - off))
                c.date = self._from_dateline(c.date, a, b) or c.date
                days = self._days_since(c.t, a)
                if days is None and shifted is not None and doc.norm[c.t][:1] == "و" and \
                        not any(doc.hard_punct_before(x) for x in range(shifted[0] + 1, c.t + 1)):
                    days = shifted[1]                # بعد يوم من انسحاب X منه وتسليمه: both nouns
                if days and c.date.iso and c.date.span.start <= off:
                    day = c.date.as_date() - timedelta(days=days)
                    c.date = DateValue(day.year, day.month, day.day, c.date.span, c.date.text, c.date.year_inferred)
                    shifted = (c.t, days)
                if self._year_unknown(c.date):
                    c.date = None
            elif relative is not None:
                c.date = relative
            else:
                wds = v.weekdays_in(s0, s1)
                if wds:
                    w = min(wds, key=lambda w: abs(w[0] - off))
                    c.weekday = w[2]
                    c.date = self._last_weekday(w)
            if c.date is not None:
                c.announced = self._day_of_telling(c.date.span.start, a, c.t)
        tags = self.tags
        counters = [x for x in range(a, b) if tags[x] & {"TROOP_NOUN", "EQUIP"}]
        if not counters or not any("NUMBER" in tags[x] for x in range(a, b)):
            return                                   # no number of troops or equipment value here
        groups = {self.group_key(self._base_of(c)) for c in based}
        single = len(groups) == 1 and all(c.listed == 1 for c in based)
        for q in v.quantities_in(s0, s1):
            counted = self._counted_troops(q)
            if counted is None:
                continue
            target = self._troop_target(q, counted, based, single, claims)
            if target is not None and target.troops is None:
                target.troops = q
        usd = [q for q in v.quantities_in(s0, s1, "USD") if self._worth_of_things(q)] \
            if any("EQUIP" in tags[x] for x in counters) else []
        if usd and based and single:
            c = based[0]
            c.usd = c.usd or usd[0]
        elif usd and not based:                      # ترك الجانب X معدات تقدر قيمتها بـ ...: no base of
            for c in claims:                         # its own; the base of the story told (see _merge)
                if c.type in ("give", "leave"):
                    c.usd = c.usd or usd[0]

    def _base_of(self, c: Claim) -> M | None:
        return c.base.extra.get("antecedent", c.base) if c.base is not None else None

    def _valued_equipment(self, a: int, b: int) -> list:
        """What was left at a base, valued in a sentence of its own (وأضاف أن المقر يضم مباني
        ومعدات تقدر قيمتها بـ N دولار): (value, base) when the sentence names one base and an
        equipment noun with a dollar value."""
        doc, tags = self.doc, self.tags
        if not any("EQUIP" in tags[x] for x in range(a, b)) or not any("NUMBER" in tags[x] for x in range(a, b)):
            return []
        usd = [q for q in self.values.quantities_in(doc.start[a], doc.end[b - 1], "USD") if self._worth_of_things(q)]
        bases = self._bases_named(a, b)
        if len(usd) != 1 or len(bases) != 1:
            return []
        return [(usd[0], next(iter(bases.values())))]

    def _worth_of_things(self, q: Quantity) -> bool:
        """Can a dollar sum be what things left are worth? Not a sum paid by the period (200 مليون
        دولار سنويا) nor one paid or spent (تدفع نحو N، إيجار بقيمة N، أنفقت N على، بتكلفة N)."""
        doc, lex = self.doc, self.lex
        qi = bisect.bisect_right(doc.start, q.span.start) - 1
        k = bisect.bisect_left(doc.start, q.span.end)
        if any(set(doc.forms(y)) & lex.money_periodic for y in range(k, min(self.n, k + 2))
               if not doc.hard_punct_before(y)):
            return False
        for y in range(qi - 1, max(-1, qi - 5), -1):
            if doc.hard_punct_before(y + 1):
                break
            if set(doc.forms(y)) & lex.money_spending:
                return False
        return True

    def _bases_named(self, a: int, b: int) -> dict:
        """The bases a sentence without a trigger is about, by group: those it names, or the one
        a bare definite head (المقر، القاعدة) points back to."""
        doc, tags = self.doc, self.tags
        bases = {}
        for m in self._between(a, b):
            if m.kind is Kind.BASE and not self._destination(m) and not self._landmark(m):
                r = self._resolve(m)
                if r is not None:
                    r = self._base_of_mention(r)
                    bases[self.group_key(r)] = r
        if not bases:                                # المقر، الموقع alone: a weak head names no base,
            for x in range(a, b):                    # but points back to the last one it headed
                if "BH_SING" in tags[x] and doc.defn[x] and self.owner[x] is None:
                    head = self.lex.base_head(doc.forms(x)[0])
                    r = self._antecedent(x, head)
                    if r is not None and self.lex.base_head(base_head(r)) == head:
                        bases[self.group_key(self._base_of_mention(r))] = self._base_of_mention(r)
        return bases

    @staticmethod
    def _base_of_mention(m: M) -> M:
        return m.extra.get("antecedent", m)

    # -- roles within a sentence --------------------------------------------------------------------
    def _same_sentence(self, claims: list[Claim]) -> None:
        """Roles a claim leaves open, from the other claims of its sentence: a passive or nominal
        handover takes the giver the sentence names for a withdrawal or handover, when it names
        exactly one (بعد انسحاب X، تم تسليم القاعدة ...؛ تسلّم Y القاعدة إثر مغادرة جنود X)."""
        givers = {self.group_key(c.frm): c.frm for c in claims
                  if c.frm is not None and c.type in ("give", "leave", "close") and "from" not in c.inherited}
        if len(givers) == 1:
            giver = next(iter(givers.values()))
            for c in claims:
                if c.frm is None and c.type in ("give", "receive", "leave", "replace") and c.to is not giver:
                    c.frm = giver
        receivers = {self.group_key(c.to): c.to for c in claims if c.to is not None and c.type != "close"}
        if len(receivers) == 1:
            to = next(iter(receivers.values()))
            for c in claims:
                if c.to is None and c.type in ("give", "receive", "replace") and c.frm is not to:
                    c.to = to                        # دخلت X البلدة وانتشرت في القاعدة: one subject

    def _flag_sides(self, a: int, b: int, claims: list[Claim]) -> None:
        """A flag lowered or raised with a nationality in the sentence of a handover that leaves
        its giver or receiver open (نُكّس العلم الإيطالي في المعسكر وسُلّم إلى X؛ رُفع العلم العراقي
        فوق القاعدة): the lowered flag's nation gave, the raised flag's nation received. One
        nation per side; a flag of the other side's own nation tells nothing."""
        if not any(c.base is not None and (c.frm is None or c.to is None) for c in claims):
            return
        doc, lex = self.doc, self.lex
        sides: dict[str, dict] = {"frm": {}, "to": {}}
        for x in range(a, b):
            forms = set(doc.forms(x))
            side = "frm" if forms & lex.flag_lowering else "to" if forms & lex.flag_raising else None
            if side is None:
                continue
            for y in range(x + 1, min(b, x + 4)):    # أُنزل [أمس] العلم الإيطالي
                if doc.punct_before(y):
                    break
                if set(doc.forms(y)) & lex.flag_words and y + 1 < b and not doc.punct_before(y + 1):
                    place = self.mf.demonym(y + 1)
                    if place and self.mf.gaz.national_force.get(place) and self.owner[y + 1] is None \
                            and not self._flag_by_others(x, y) and not self._flag_elsewhere(y + 2, b, claims):
                        sides[side].setdefault(place, y + 1)
                    break
        for side, found in sides.items():
            if len(found) != 1:
                continue
            (place, k), = found.items()
            nation = None                            # made only when a claim takes it (no stray mention)
            for c in claims:
                other = c.to if side == "frm" else c.frm
                if c.base is None or getattr(c, side) is not None or c.type == "close" and side == "to":
                    continue
                if other is not None and other.place == place:
                    continue
                if nation is None:
                    nation = self._national(place, M(Kind.FORCE, k, k + 1, doc.start[k], doc.end[k], "national"))
                if other is not None and self._same_actor(other, nation):
                    continue
                setattr(c, side, nation)

    def _flag_by_others(self, x: int, y: int) -> bool:
        """Does someone other than a party raise or lower the flag (ورفع متظاهرون العلم الإيراني،
        بعد أن رفع المتظاهرون العلم الأمريكي احتجاجا)? A word between the verb at x and the flag
        noun at y that is neither a time word nor a force or body is its subject: protesters or
        residents, who take no side in the handover."""
        for k in range(x + 1, y):
            o = self.owner[k]
            if o is not None and o.kind in AGENTS or self.tags[k] & {"TIME", "PASSIVE"} \
                    or self.doc.norm[k] in self.lex.verb_object_gap:
                continue
            return True
        return False

    def _flag_elsewhere(self, x: int, b: int, claims: list[Claim]) -> bool:
        """Is the flag at another base than the handovers' (رُفع العلم الأمريكي في قاعدة أخرى)?
        The first base named in the few words after it, when no claim of the sentence is about it."""
        ours = {self.group_key(self._base_of(c)) for c in claims if c.base is not None}
        end = min(b, x + 6)
        doc = self.doc
        for k in range(x, end):                      # أمام السفارة، في ساحة المدينة: another place
            if k > x and doc.punct_before(k):
                break
            if "FUNC" not in self.tags[k] or k + 1 >= end or doc.punct_before(k + 1):
                continue
            o = self.owner[k + 1]
            if o is not None and o.kind is Kind.BASE or self.tags[k + 1] & {"TIME", "NUMBER", "TRIGGER", "BH_SING",
                                                                           "BH_PLUR", "BARE_ANAPH", "FUNC"} \
                    or set(doc.forms(k + 1)) & (self.lex.ceremony_nouns | self.lex.flag_words):
                continue
            if o is None or o.kind is not Kind.FORCE:
                return True                          # (an embassy or a ministry is a place here)
        if any(self.tags[k] & {"BH_SING", "BH_PLUR"} and self.owner[k] is None and not self.doc.defn[k]
               for k in range(x, end)):
            return True                              # في قاعدة أخرى، في موقع آخر: some other base
        for m in self._between(x, end):
            if m.kind is Kind.BASE and not self._landmark(m):
                r = self._resolve(m) if m.cat == "anaphor" else m
                return r is None or self.group_key(self._base_of_mention(r)) not in ours
        return False

    def _receiver_of_story(self, claims: list[Claim]) -> None:
        """A giving with no base of its own right after a base's story, by the same giver (وترك X
        المعدات وسلّمها إلى السلطات المحلية): its receiver is the receiver of that base."""
        for k, c in enumerate(claims):
            if c.base is not None or c.to is None or c.type != "give" or not c.factual or "to" in c.inherited:
                continue
            d = next((d for d in reversed(claims[:k]) if d.base is not None and d.factual), None)
            if d is not None and d.to is None and 0 < c.sent - d.sent <= 2 and d.type in ("leave", "give") \
                    and (c.frm is None or d.frm is None or self._same_actor(c.frm, d.frm)):
                d.to = c.to
        for k, c in enumerate(claims):
            # وتسلّم Y الموقع / ودخل Y المكان right after X left a base: Y moved into that base (a
            # weak noun names no base of its own); not a force moving into a place it names
            if c.base is not None or c.to is None or c.type not in ("receive", "replace") or not c.factual \
                    or "to" in c.inherited or self._names_a_place(c):
                continue
            d = next((d for d in reversed(claims[:k]) if d.base is not None and d.factual), None)
            if d is not None and (d.to is None or "to" in d.inherited) and 0 <= c.sent - d.sent <= 1 \
                    and d.type in ("leave", "close") and (d.frm is None or not self._same_actor(c.to, d.frm)):
                d.to = c.to
                d.inherited.discard("to")

    def _names_a_place(self, c: Claim) -> bool:
        """Does a place or base follow the trigger in its clause?"""
        doc = self.doc
        end = next((x for x in range(c.t + 1, min(self.n, c.t + 8)) if doc.hard_punct_before(x)), min(self.n, c.t + 8))
        return any(m.kind is Kind.BASE or m.kind is None and m.cat == "place" for m in self._between(c.t + 1, end))

    def _story_of(self, c: Claim, earlier: list[Claim]) -> Claim | None:
        """The base story a baseless withdrawal with a figure goes on: the last base told before it
        (in its sentence or up to two before) when no giver contradicts it; else, when the leavers'
        force is named, the last base that force gave, up to three sentences back (غادر 400 جندي
        بريطاني after another force's handover was told in between)."""
        last = True
        for d in reversed(earlier):
            if d.base is None or not d.factual:
                continue
            gap = c.sent - d.sent
            if gap > 3:
                return None
            if c.frm is not None and d.frm is not None:
                if self._same_actor(c.frm, d.frm):
                    return d
            elif last and gap <= 2:
                return d
            last = False
        return None

    def _same_actor(self, a: M, b: M) -> bool:
        """One force under two mentions: one identity, or one gazetteer key (a force a rule made
        up from a nationality, جندي بولندي، has no identity of its own yet)."""
        return self.group_key(a) == self.group_key(b) or bool(a.key and a.key == b.key)

    # -- one claim per base -------------------------------------------------------------------------
    def _merge(self, claims: list[Claim]) -> list[Claim]:
        ctx_from = ctx_to = ctx_giver = None
        for c in claims:
            if c.frm is None and ctx_from is not None:
                c.frm = ctx_from
                c.inherited.add("from")
            if c.to is None and ctx_to is not None and c.type not in ("close",) and \
                    (c.frm is None or ctx_giver is None or self.group_key(c.frm) == self.group_key(ctx_giver)):
                c.to = ctx_to                        # the receiver of the same giver's earlier handover
                c.inherited.add("to")
            if c.frm is not None and "from" not in c.inherited:
                ctx_from = c.frm
            if c.to is not None and "to" not in c.inherited:
                ctx_to, ctx_giver = c.to, c.frm
        stated = [c.frm for c in claims if c.frm is not None and "from" not in c.inherited and c.factual]
        if len({self.group_key(f) for f in stated}) == 1:   # one giver in the whole article: it gave them all
            giver = stated[0]
            for c in claims:
                if c.frm is None:
                    c.frm = giver
                    c.inherited.add("from")
        factual_bases = {self.group_key(self._base_of(c)) for c in claims if c.base is not None and c.factual}
        for c in claims:
            if c.base is None and c.troops is not None and c.where:
                for d in claims:                    # troops stationed at X: the base named X (in a
                                                    # country: the base is not said, none)
                    b = self._base_of(d)
                    if b is not None and d.factual and d.troops is None and isinstance(b.ident, frozenset) \
                            and c.where <= b.ident:
                        d.troops = c.troops
                        break
        if len(factual_bases) == 1:
            # a withdrawal with a figure and no base of its own: the article's one base
            key = next(iter(factual_bases))
            for c in claims:
                if c.base is None and c.troops is not None and c.factual and not c.where:
                    for d in claims:
                        if d.base is not None and self.group_key(self._base_of(d)) == key and d.troops is None:
                            d.troops = c.troops
                            break
                if c.base is None and c.usd is not None and c.factual:
                    d = next((d for d in claims if d.base is not None and self.group_key(self._base_of(d)) == key), None)
                    if d is not None and d.usd is None:
                        d.usd = c.usd
            self._receiver_of_story(claims)
        elif factual_bases:
            # several bases: a withdrawal with a figure and no base goes on the story of the one
            # just told (earlier in its sentence, the sentence before or the one before that), whose
            # giver it does not contradict
            for k, c in enumerate(claims):
                if c.base is None and (c.troops is not None and not c.where or c.usd is not None) and c.factual:
                    d = self._story_of(c, claims[:k])
                    if d is not None and \
                            not any(e.base is not None and e.factual for e in claims[k + 1:] if e.sent == c.sent):
                        if c.troops is not None and not c.where and d.troops is None:
                            d.troops = c.troops
                        if c.usd is not None and d.usd is None:
                            d.usd = c.usd
            self._receiver_of_story(claims)
        merged: dict[int, Claim] = {}
        order: list[int] = []
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
            if c.factual and c.earlier != m.earlier and _other_day(c.date, m.date):
                # وكان X قد سلّم القاعدة ذاتها في آب: an earlier handover of the same base, not this one
                alt = (key, "earlier")
                if alt not in merged:
                    if c.earlier:
                        merged[alt] = c
                    else:
                        merged[alt], merged[key] = m, c
                    order.append(alt)
                    continue
                m = merged[alt] if c.earlier else m
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
                    m.date = _weekday_before(m.weekday, c.date) if m.date is None else c.date
                    m.announced = c.announced
                elif c.date is not None and c.date.iso and m.announced and not c.announced:
                    m.date, m.announced = c.date, False   # the handover's own day, told after the news
                if m.weekday is None and c.weekday is not None:
                    m.weekday = c.weekday
            m.troops = m.troops or c.troops
            m.usd = m.usd or c.usd
        return [merged[k] for k in order]
