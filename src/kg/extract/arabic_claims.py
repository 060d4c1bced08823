"""Handover claims of an Arabic article once read: their figures (dates, troops, equipment) and
one claim per base (rules of :class:`~kg.extract.arabic_handovers.HandoverFinder`).

Figures belong to a claim when the sentence ties them to it: a date in the sentence of the
trigger (a handover named again by a definite verbal noun, وجرت عملية التسليم, takes the date of
the sentence before, that told it); troops by the rules of :mod:`.arabic_troops`; a dollar value
with an equipment noun in a sentence about one base. A figure shared by several bases is none of
theirs. A withdrawal with a figure but no base of its own, in an article about one base, is that
base's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from ..normalise import fold, strip_article
from ..model import DateValue, HandoverClaim, Kind, Quantity, Span
from .arabic_common import KANA, M, base_head


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



class ClaimRules:
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
        usd = v.quantities_in(s0, s1, "USD") if any("EQUIP" in tags[x] for x in counters) else []
        if usd and based and single:
            c = based[0]
            c.usd = c.usd or usd[0]
        elif usd and not based:                      # ترك الجانب X معدات تقدر قيمتها بـ ...: no base of
            for c in claims:                         # its own; the base of the story told (see _merge)
                if c.type in ("give", "leave"):
                    c.usd = c.usd or usd[0]

    def _year_unknown(self, d: DateValue) -> bool:
        """A day of a month told as the last or the next one (في 19 يونيو الماضي) counts from the day
        of writing: with that day unknown, and no full date stated before it to set the story's time,
        its year is a guess from other years the text names (often those of the background), so the
        handover is left undated rather than misdated."""
        if self.values.published is not None or not d.year_inferred:
            return False
        words = d.text.split()
        if not words or fold(words[-1]) not in self.lex.month_deixis:
            return False
        return not any(e.iso and not e.year_inferred for e in self.values.dates_in(0, d.span.start))

    def _date_of_the_told(self, claims: list[Claim]) -> None:
        """A handover named by a definite verbal noun with no date of its own (وجرت عملية التسليم
        في المعسكر ...) is the one the sentence before told: it takes that sentence's date, when the
        handover told there names no other base."""
        for k, c in enumerate(claims):
            if c.date is not None or c.base is None or not c.factual or not self.doc.defn[c.t]:
                continue
            told = [d for d in claims[:k] if 0 < c.sent - d.sent <= 1 and d.factual]
            dated = [d for d in told if d.date is not None]
            if not dated or any(d.base is not None and self.group_key(self._base_of(d)) != self.group_key(self._base_of(c))
                                for d in told):
                continue
            c.date, c.weekday = dated[-1].date, dated[-1].weekday

    def _days_since(self, t: int, a: int) -> int | None:
        """بعد يوم [واحد] من انسحاب X، غداة تسليم X: the handover named after the interval took
        place that many days before the date the sentence gives (its main clause's)."""
        doc, lex = self.doc, self.lex
        if t > a and doc.norm[t - 1] in lex.days_links and not doc.punct_before(t):
            return lex.days_links[doc.norm[t - 1]]
        if t - 3 >= a and doc.norm[t - 1] == "من" and not doc.punct_before(t):
            x = t - 2
            if doc.norm[x] == "واحد" and not doc.punct_before(x + 1):
                x -= 1
            if x > a and doc.norm[x] in lex.days_units and doc.norm[x - 1] in lex.days_after_words \
                    and not doc.punct_before(x + 1) and not doc.punct_before(x):
                return lex.days_units[doc.norm[x]]
        return None

    def _from_dateline(self, d: DateValue, a: int, b: int) -> DateValue | None:
        """A date heading the sentence, governed by nothing (كمبالا 20 أبريل 2017 (وكالة) سلمت ...
        أمس): the dateline, the day of writing; أمس / اليوم in the sentence counts from it."""
        doc = self.doc
        first = [x for x in range(a, min(b, a + 4)) if doc.start[x] <= d.span.start < doc.end[x]]
        if not first or d.span.end > doc.start[min(b - 1, a + 5)] or not d.iso:
            return None
        if not any(ch.isdigit() for ch in doc.text[d.span.start:d.span.end]):
            return None                              # اليوم الجمعة: a day counted itself, not a dateline
        x0 = first[0]
        if x0 > a and (self.tags[x0 - 1] & {"FUNC", "TIME"} or doc.norm[x0 - 1] in ("في", "يوم")):
            return None                              # في 20 أبريل: a date in the sentence, not its head
        table = self.lex.dateline_days
        for x in range(x0 + 1, b):
            if doc.start[x] < d.span.end:
                continue
            off = next((table[f] for f in doc.forms(x) if f in table), None)
            if off is None:
                continue
            if x + 1 < b and not doc.punct_before(x + 1) and doc.norm[x + 1] in ("التالي", "الموالي", "ذاته", "نفسه"):
                continue                             # اليوم التالي: counted from the event, not the dateline
            day = d.as_date() + timedelta(days=off)
            return DateValue(day.year, day.month, day.day, Span(doc.start[x], doc.end[x]),
                             doc.text[doc.start[x]:doc.end[x]], d.year_inferred)
        return None

    def _relative_day(self, a: int, b: int) -> DateValue | None:
        """في اليوم التالي / في اليوم ذاته: a day counted from the last full date the text gave
        before this sentence (the event told before)."""
        doc = self.doc
        table, by_first = self.lex.relative_days, self.lex.relative_days_by_first
        if not table:
            return None
        words: dict[int, frozenset[str]] = {}

        def words_at(x: int) -> frozenset[str]:
            if x not in words:
                words[x] = frozenset(strip_article(f) for f in doc.forms(x))
            return words[x]

        for x in range(a, b):
            # the phrases its word can open, in the lexicon's order (the first that matches wins)
            for phrase in sorted({p for w in words_at(x) for p in by_first.get(w, ())}, key=self.lex.relative_days_rank):
                off = table[phrase]
                if x + len(phrase) > b:
                    continue
                article = self.lex.relative_days_article.get(phrase, ())
                if all(w in words_at(x + k) and not (k < len(article) and article[k] and not doc.defn[x + k])
                       for k, w in enumerate(phrase)):
                    before = [d for d in self.values.dates_in(0, doc.start[a]) if d.iso]
                    if not before:
                        return None
                    d0 = before[-1]
                    day = d0.as_date() + timedelta(days=off)
                    return DateValue(day.year, day.month, day.day, Span(doc.start[x], doc.end[x + len(phrase) - 1]),
                                     doc.text[doc.start[x]:doc.end[x + len(phrase) - 1]], d0.year_inferred)
        return None

    def _last_weekday(self, w: tuple[int, int, int]) -> DateValue | None:
        """A weekday alone names the last such day up to the stated publication date (a report
        tells what was done: الخميس in Friday's paper is the day before)."""
        pub = self.values.published
        if pub is None or not pub.iso:
            return None
        day = pub.as_date() - timedelta(days=(pub.as_date().weekday() - w[2]) % 7)
        return DateValue(day.year, day.month, day.day, Span(w[0], w[1]), self.doc.text[w[0]:w[1]])

    def _base_of(self, c: Claim) -> M | None:
        return c.base.extra.get("antecedent", c.base) if c.base is not None else None

    def _valued_equipment(self, a: int, b: int) -> list:
        """What was left at a base, valued in a sentence of its own (وأضاف أن المقر يضم مباني
        ومعدات تقدر قيمتها بـ N دولار): (value, base) when the sentence names one base and an
        equipment noun with a dollar value."""
        doc, tags = self.doc, self.tags
        if not any("EQUIP" in tags[x] for x in range(a, b)) or not any("NUMBER" in tags[x] for x in range(a, b)):
            return []
        usd = self.values.quantities_in(doc.start[a], doc.end[b - 1], "USD")
        bases = self._bases_named(a, b)
        if len(usd) != 1 or len(bases) != 1:
            return []
        return [(usd[0], next(iter(bases.values())))]

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

    def _ceremony_date(self, a: int, b: int) -> list:
        """A handover is marked by a ceremony at the base, often told in a sentence of its own
        (وأقيمت مراسم رفع العلم في القاعدة صباح الأحد 5 مارس؛ نُظّم حفل إنزال الأعلام يوم ...):
        (date, base) when the sentence names the handover's ceremony or a flag lowered or raised,
        one base and one full date, and tells it as done (no pluperfect, no future)."""
        doc = self.doc
        if not self._handover_ceremony(a, b) or self._told_as_before_or_after(a, b):
            return []
        inside = [(m.start, m.end) for m in self._between(a, b) if m.kind is Kind.BASE]
        dates = {(d.year, d.month, d.day): d for d in self.values.dates_in(doc.start[a], doc.end[b - 1])
                 if d.month and d.day and not any(a0 <= d.span.start < a1 for a0, a1 in inside)}
        if len(dates) != 1:
            return []
        d = next(iter(dates.values()))
        d = self._from_dateline(d, a, b) or d
        bases = self._bases_named(a, b)
        if len(bases) != 1 or self._year_unknown(d):
            return []
        return [(d, next(iter(bases.values())))]

    def _handover_ceremony(self, a: int, b: int) -> bool:
        """Does the sentence name the handover's own ceremony: a flag lowered or raised (مراسم إنزال
        العلم، رفع العلم), or a ceremony noun followed by a handover noun (حفل التسليم، مراسم
        الانسحاب) or by nothing that names another event (حفل رسمي في القاعدة)? Not a ceremony of
        something else (حفل تخريج دفعة، احتفال بالعيد الوطني)."""
        doc, lex = self.doc, self.lex
        words = self.lex.ceremony_of_handover
        for x in range(a, b):
            forms = set(doc.forms(x))
            if forms & lex.flag_acts and any(set(doc.forms(y)) & lex.flag_nouns for y in range(x + 1, min(b, x + 3))):
                return True
            if not forms & lex.ceremony_nouns:
                continue
            y = x + 1
            if y >= b or doc.punct_before(y):
                return True
            nxt = set(doc.forms(y)) | {doc.norm[y]}
            if nxt & (words["handover_nouns"] | words["bare_followers"] | lex.flag_acts):
                return True
        return False

    def _told_as_before_or_after(self, a: int, b: int) -> bool:
        """A pluperfect (وكانت القاعدة قد شهدت ...) or a future / planned sentence (ستقام مراسم ...):
        not the day of the handover told."""
        doc = self.doc
        kana = next((x for x in range(a, b) if any(f in KANA for f in doc.forms(x))), None)
        if kana is not None and any(doc.norm[y] in ("قد", "لقد") for y in range(kana + 1, b)):
            return True
        if any(self.tags[x] & {"FUTURE_VERB", "MODAL", "NEG"} for x in range(a, b)):
            return True
        for x in range(a, b):
            v = doc.forms(x)[-1]
            if v[:1] == "س" and v[1:2] in ("ي", "ت", "ن") and len(v) > 4 and not v.endswith(("ه", "ات", "ين")) \
                    and not self.tags[x] and self.owner[x] is None:
                return True                          # ستقام، سيجري: future
        return False

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
                if m.weekday is None and c.weekday is not None:
                    m.weekday = c.weekday
            m.troops = m.troops or c.troops
            m.usd = m.usd or c.usd
        return [merged[k] for k in order]
