"""Troop figures of Arabic handover claims (rules of :class:`~kg.extract.arabic_handovers.HandoverFinder`).

A troop figure belongs to a claim when it is counted by a troop noun (جندي، عسكريين، من مستشاريه،
جنود حفظ السلام) that a withdrawal word governs: before it (سحب 800 جندي), after the counted
noun phrase (ألف جندي فرنسي غادروا), past a clause saying where they were (نحو 400 جندي كانوا
يتمركزون في المدينة غادروا القاعدة) or around a count in apposition (آخر الجنود، وعددهم نحو 400
جندي، غادروا); or when the base housed them (كانت القاعدة تضم 400 جندي). A count of troops said to
have been at a base, in a sentence of its own (عدد الجنود الذين كانوا في قاعدة X بنحو N جندي), is
that base's. The last troops to leave are counted whatever verb moves them: on board the last
convoy, flight or batch (كان 47 جنديا على متن الرحلة الأخيرة), in apposition (نُقل آخر الجنود،
وعددهم 400 جندي), as a count whose last then left (نشرت 300 جندي، غادر آخرهم القاعدة) or going home
(300 جندي سيعودون إلى بلادهم); they left the base of the story told.
"""
from __future__ import annotations

import bisect

from typing import TYPE_CHECKING

from ..model import Kind, Quantity
from .arabic_common import KANA, M

if TYPE_CHECKING:
    from .arabic_claims import Claim

# what a count is estimated at: بلغ N، بنحو N، بأكثر من N (the preposition on the qualifier, or on its
# own before a quoted figure: بـ"أكثر من N")
_ESTIMATED_AT = frozenset({"ب", "بلغ", "يبلغ", "بلغت", "بنحو", "بحوالي", "بقرابه", "بزهاء", "باكثر", "بما"})
# the words qualifying a figure (أكثر من N، ما يزيد على N), which the number reader may leave out
_QUALIFIERS = frozenset({"اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "ما", "يزيد", "يقارب", "علي", "اقل"})


class TroopRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, mentions, values and lexicon)."""

    def _counted_troops(self, q: Quantity) -> int | None:
        """The token after the noun phrase a figure counts, when it counts troops: the unit the
        number reader gave, or a troop noun after it (ثلاثمئة من مستشاريه، مئتي جندي)."""
        doc, n = self.doc, self.n
        y = self.mf._tok_after(q.span.end)
        if y < n and doc.norm[y] == "من" and not doc.punct_before(y):
            y += 1
        troops = q.unit == "troops"
        if q.unit not in (None, "troops"):
            return None
        k = y
        unit = False                                 # in a complement naming their unit (من المجموعة 7206)
        while k < n and k < y + 8 and not doc.hard_punct_before(k):
            o = self.owner[k]
            if o is not None and o.a == k and o.kind is not Kind.BASE and k > y and doc.norm[k - 1] == "من":
                k = o.b                              # ... من قوة X: whose troops they are
                continue
            t = self.tags[k]
            if "TROOP_NOUN" in t or (doc.norm[k].startswith("و") and self.lex.profile(doc.norm[k][1:]).tags
                                     & {"TROOP_NOUN"}):
                troops = True
            elif not (self.mf.demonym(k) or (troops and doc.defn[k] and t & {"F_GENERIC", "B_ADJ"})
                      or (troops and "F_GENERIC" in t and "TROOP_NOUN" in self.tags[k - 1])
                      or doc.norm[k] in ("من",) or troops and self._companions(k)
                      or unit and (doc.defn[k] or doc.norm[k].isdigit()) and "TRIGGER" not in t):
                break                                # (جنود حفظ السلام: a troop noun in construct goes on)
            unit = unit or troops and doc.norm[k] == "من"   # ... جندي من المجموعة 7206 للدعم الجوي
            k += 1
        return k if troops else None

    def _companions(self, k: int) -> bool:
        """Civilians counted with the troops, coordinated (200 عسكري وفني روسي، جندي ومتعاقد): the
        count still counts the troops."""
        w = self.doc.norm[k]
        return w.startswith("و") and bool(set(self.doc.forms(k)) & self.lex.troop_companions)

    def _troop_target(self, q: Quantity, after_np: int, based: list[Claim], single: bool,
                      claims: list[Claim]) -> Claim | None:
        doc = self.doc
        qi = self.mf._tok_after(q.span.start)
        # a figure in parentheses right after a base: القواعد في X (50 جنديا)
        if qi > 0 and "(" in doc.gap[qi]:
            for c in based:
                if c.base is not None and c.base.b <= qi and qi - c.base.b <= 1:
                    return c
        governed = None
        told = self._count_apposition(qi)
        near = list(range(max(0, qi - 4), qi)) if told is None else list(range(max(0, told - 5), told))
        for x in near + self._verb_after_subject(after_np):
            tr = self.lex.profile(doc.norm[x]).trigger
            if tr is not None and tr.type in ("leave", "give") and not (tr.future and x > qi) and \
                    (x < qi or not doc.hard_punct_before(x) or told is not None and x == after_np):
                governed = x
                break
        if governed is not None:
            own = [c for c in claims if c.t == governed]
            if own and all(c.base is None for c in own):
                where = self._stationed(after_np)
                for c in own:
                    c.troops = c.troops or q       # kept for the base they left (see _merge)
                    c.where = c.where or where
                return None
            return based[0] if single and based else None
        if not single or not based:
            return None
        # housed by the base: كانت القاعدة ... تضم 400 جندي، كانت تؤوي خلال الأشهر الماضية نحو 300 جندي
        x = self._host_verb_before(qi)
        if x is not None:
            sa, _ = doc.sentence_of(qi)
            if any(m.kind is Kind.BASE and m.b <= x for m in self._between(sa, x)):
                return based[0]
        return None

    def _host_verb_before(self, qi: int) -> int | None:
        """A verb of housing (تضم، تؤوي) governing the count at qi: within three words, or past a
        time phrase between them (خلال الأشهر الماضية، منذ سنوات، حتى الشهر الماضي) in one clause."""
        doc = self.doc
        for x in range(qi - 1, max(-1, qi - 7), -1):
            if doc.punct_before(x + 1):
                return None
            if "TROOP_HOST" in self.tags[x]:
                if qi - x <= 3 or doc.norm[x + 1] in self.lex.time_prepositions or "TIME" in self.tags[x + 1]:
                    return x
                return None
        return None

    def _count_apposition(self, qi: int) -> int | None:
        """A figure told in apposition to the troops it counts, between commas (آخر الجنود، وعددهم
        نحو 400 جندي، غادروا / يغادر جنودها، البالغ عددهم 1500 عنصر، البلاد): the token of
        عددهم. The verb of the troops stands before their noun phrase or after the closing comma."""
        doc = self.doc
        for x in (qi - 1, qi - 2):
            if x < 1 or doc.punct_before(x + 1) and x + 1 <= qi - 1:
                return None
            w = doc.norm[x]
            if w.startswith(("عدده", "وعدده", "قوامه", "وقوامه")) and (doc.gap[x].strip() in ("،", ",")
                                                                       or doc.gap[x - 1].strip() in ("،", ",")):
                return x if doc.gap[x].strip() in ("،", ",") else x - 1
        return None

    def _stationed_counts(self, a: int, b: int) -> list:
        """Troops counted where they were: (figure, base) for a count of troops said to have been
        at a base, in a sentence of its own. The count before (N جندي / منهم N كانوا في قاعدة X)
        or after it (قدّرت عدد الجنود الذين كانوا في معسكر X بنحو N)."""
        doc, tags = self.doc, self.tags
        if not any("NUMBER" in tags[x] for x in range(a, b)):
            return []
        out = []
        for q in self.values.quantities_in(doc.start[a], doc.end[b - 1]):
            if q.unit not in (None, "troops"):
                continue
            qi = max(a, bisect.bisect_right(doc.start, q.span.start) - 1)   # بنحو: the token holding it
            k = self._counted_troops(q)
            if k is None and qi > a and doc.forms(qi - 1)[-1] in ("منهم", "منها", "معظمهم", "بينهم"):
                k = self.mf._tok_after(q.span.end)      # منهم 300: of the troops just counted
            if k is not None:
                base = self._base_at(k, b)
                if base is not None:
                    if not self._present_stationed(qi, k) or self._left_after(base, b):
                        out.append((q, base))
                    continue
            # عدد الجنود الذين كانوا في معسكر X بنحو N [جندي]: the number the count is estimated at
            if not self._estimated_at(qi, a):
                continue
            for x in range(qi - 1, max(a, qi - 12) - 1, -1):
                if doc.forms(x)[-1] == "عدد" and x + 1 < qi and ("TROOP_NOUN" in tags[x + 1] or doc.norm[x + 1] == "من"):
                    y = x + 2
                    while y < qi and not doc.punct_before(y) and doc.norm[y] not in ("الذين", "اللذين") \
                            and (self.mf.demonym(y) or doc.defn[y] and self.owner[y] is None):
                        y += 1                       # عدد الجنود الإيطاليين الذين ...
                    base = self._base_at(y, qi) or self._base_left(y, qi)
                    if base is not None:
                        out.append((q, base))
                    break
                if doc.hard_punct_before(x + 1) and x + 1 < qi:
                    break
        return out

    def _estimated_at(self, qi: int, a: int) -> bool:
        """Is the count at qi what a number is estimated at (بنحو N، بلغ N)? Its qualifier may stand
        outside the figure read, in quotation marks (بـ"أكثر من 150 عسكريا")."""
        doc = self.doc
        x = qi
        while x > a and x > qi - 3 and doc.norm[x - 1] in _QUALIFIERS and not doc.norm[x].startswith("ب"):
            x -= 1                                   # أكثر من: back to its preposition
        return doc.norm[x].startswith("ب") or (x > a and doc.norm[x - 1] in _ESTIMATED_AT)

    def _base_left(self, k: int, end: int) -> M | None:
        """The base the counted troops left, right after their noun phrase: [الذين] غادروا X،
        انسحبوا من X (عدد من أخلوا قاعدة X، عدد الجنود الذين غادروا المعسكر بنحو N)."""
        doc = self.doc
        x = k + 1 if k < end and doc.norm[k] in ("الذين", "اللذين", "ممن") else k
        tr = self.lex.profile(doc.norm[x]).trigger if x < end else None
        if tr is None or tr.type not in ("leave", "give") or tr.future or doc.hard_punct_before(x):
            return None
        y = x + 2 if x + 1 < end and doc.norm[x + 1] == "من" else x + 1
        for m in self._between(y, min(end, y + 1)):
            if m.a == y and m.kind is Kind.BASE:
                return self._resolve(m)
        return None

    def _present_stationed(self, qi: int, k: int) -> bool:
        """يتمركزون في X: a stationing verb in the present after the counted troops (a head count
        at some time, unlike متمركزين of the troops that left). Not when a form of كان puts it in
        the past, before the count or the verb (كان نحو N جندي يتمركزون في القاعدة، N جندي كانوا
        يتمركزون فيها): the troops the base housed until it was handed over."""
        doc = self.doc
        for x in range(k, min(self.n, k + 3)):
            if "STATIONED" in self.tags[x]:
                if (any(self._was(y) for y in range(max(0, qi - 3), qi)) or any(self._was(y) for y in range(k, x))) \
                        and not self._at_peak(x):
                    return False                     # كانوا يتمركزون / كان N جندي يتمركزون: the past
                return doc.forms(x)[-1][:1] in ("ي", "ت")
        return False

    def _at_peak(self, x: int) -> bool:
        """Is the count told at its peak (... في ذروة الانتشار), later in its clause?"""
        y = x + 1
        while y < self.n and y < x + 10 and not self.doc.hard_punct_before(y):
            if "PEAK" in self.tags[y]:
                return True
            y += 1
        return False

    def _was(self, x: int) -> bool:
        """A past form of كان (كان، كانت، كانوا، وكان)."""
        return any(f in KANA for f in self.doc.forms(x))

    def _left_after(self, base: M, end: int) -> bool:
        """Does the clause go on with a leaving verb after the base (... في القاعدة غادروا)?"""
        doc = self.doc
        for x in range(base.b, min(end, base.b + 4)):
            if doc.hard_punct_before(x) and x > base.b:
                return False
            tr = self.lex.profile(doc.norm[x]).trigger
            if tr is not None and tr.type in ("leave", "give") and not tr.future:
                return True
        return False

    def _base_at(self, k: int, end: int) -> M | None:
        """A base said to hold the troops right after their noun phrase: [الذين] كانوا في X."""
        doc = self.doc
        x = k
        while x < end and x < k + 4 and not doc.hard_punct_before(x):
            if doc.norm[x] in ("في", "ب") or doc.norm[x] == "بقاعده":
                break
            if not (doc.norm[x] in ("الذين", "اللذين", "ممن", "قد") or "STATIONED" in self.tags[x]
                    or any(f in KANA or f in ("ما", "زالوا") for f in doc.forms(x))):
                return None
            x += 1
        start = x + 1 if x < end and doc.norm[x] == "في" else x
        for m in self._between(start, min(end, start + 4)):
            if m.a == start and m.kind is Kind.BASE:
                return self._resolve(m)
        return None

    def _verb_after_subject(self, k: int) -> list[int]:
        """Where the verb of troops counted as a subject may stand: right after their noun phrase,
        past the rest of it (a definite genitive, a nationality: حفظة السلام الباكستانيين) and a
        past-perfect كانوا قد (نحو 120 من حفظة السلام كانوا قد غادروا)."""
        doc, n = self.doc, self.n
        out = []
        x = k0 = self._past_stationing(k)
        while x < n and x < k0 + 6 and not (x > k0 and doc.hard_punct_before(x)):
            out.append(x)
            if not (doc.defn[x] or self.mf.demonym(x) or doc.norm[x] in ("قد", "لقد")
                    or any(f in KANA for f in doc.forms(x))):
                break
            x += 1
        return out

    def _past_stationing(self, k: int) -> int:
        """The token after a clause saying where counted troops were, right after their noun
        phrase ([الذين] كانوا يتمركزون في X / المنتشرين بها): their verb follows it (نحو 400 جندي
        كانوا يتمركزون في المدينة غادروا القاعدة). k itself when there is none."""
        doc, n = self.doc, self.n
        x = k
        while x < n and x < k + 3 and (doc.norm[x] in ("الذين", "ممن") or
                                        any(f in ("كان", "كانوا") for f in doc.forms(x))):
            x += 1
        if x >= n or "STATIONED" not in self.tags[x] or (x > k and doc.hard_punct_before(x)):
            return k
        x += 1
        if x < n and doc.norm[x] in ("فيها", "فيه", "بها", "به", "هناك"):
            return x + 1                             # ... كانوا يتمركزون فيها غادروها
        if x + 1 >= n or doc.norm[x] not in ("في", "ب") or doc.punct_before(x + 1):
            return k
        o = self.owner[x + 1]
        if o is None or o.a != x + 1:
            return k
        return o.b

    def _stationed(self, k: int) -> frozenset:
        """The place troops were stationed at, said right after them (كانوا متمركزين في X)."""
        doc = self.doc
        for x in range(k, min(self.n, k + 3)):
            if "STATIONED" in self.tags[x] and x + 2 < self.n and doc.norm[x + 1] == "في":
                m = next(iter(self._between(x + 2, x + 3)), None)
                if m is not None:
                    return frozenset(doc.forms(y)[0] for y in range(m.a, m.b))
            if doc.punct_before(x) and x > k:
                break
        return frozenset()

    # -- the last to leave --------------------------------------------------------------------------
    def _departing_counts(self, a: int, b: int, si: int) -> list:
        """Troops counted as the last to leave, whatever verb tells their going: aboard the last
        convoy, flight or batch, or one setting off (كان 47 جنديا على متن الرحلة الأخيرة، ضمت الدفعة
        الأخيرة 264 جنديا، انطلقت من القاعدة قافلة تقل 500 جندي), the last troops counted in
        apposition (نُقل آخر الجنود، وعددهم نحو 400 جندي، جوا) or a count whose last or all then
        left (نشرت نحو 300 جندي، غادر آخرهم القاعدة), or who go home (N جندي سيعودون إلى بلادهم).
        (figure, sentence, their nationality) for the first such count of a sentence with no modal or
        negation (and, but for going home, no future)."""
        doc, tags = self.doc, self.tags
        if not any("NUMBER" in tags[x] for x in range(a, b)) or any(tags[x] & {"MODAL", "NEG"} for x in range(a, b)):
            return []
        planned = any("FUTURE_VERB" in tags[x] for x in range(a, b))
        carriers = [] if planned else [x for x in range(a, b) if self._departing_carrier(x, a, b)]
        for q in self.values.quantities_in(doc.start[a], doc.end[b - 1]):
            k = self._counted_troops(q)
            if k is None:
                continue
            qi = max(a, bisect.bisect_right(doc.start, q.span.start) - 1)
            told = self._count_apposition(qi)
            if self._aboard(qi, k, carriers, b) or self._going_home(k, b) or \
                    not planned and (self._last_in_apposition(qi) or self._remnant_left(k, b)):
                np = range(told - 4 if told is not None else qi, k)
                place = next((p for y in np if y >= a and (p := self.mf.demonym(y))), None)
                return [(q, si, place)]
        return []

    def _going_home(self, k: int, b: int) -> bool:
        """A count of troops going home, told as done or to come once the base is handed over
        (N جندي عادوا إلى بلادهم، N جندي سيعودون إلى البلاد على مراحل)."""
        doc, lex = self.doc, self.lex
        if k >= b or doc.hard_punct_before(k) or not set(doc.forms(k)) & lex.return_verbs:
            return False
        return any(set(doc.forms(y)) & lex.home_words for y in range(k + 1, min(b, k + 3)))

    def _departing_carrier(self, x: int, a: int, b: int) -> bool:
        """A convoy, flight or batch told as the last (آخر قافلة، آخر أربع طائرات، الرحلة الأخيرة)
        or setting off (أقلعت طائرة، قافلة ... انطلقت), not the first (رحلة أولى)."""
        doc, lex = self.doc, self.lex
        if not set(doc.forms(x)) & lex.departure_carriers:
            return False
        nxt = set(doc.forms(x + 1)) if x + 1 < b and not doc.punct_before(x + 1) else set()
        if nxt & {"اولي", "اول", "اولى"}:
            return False
        if nxt & lex.departure_last:
            return True
        for y in range(x - 1, max(a, x - 3) - 1, -1):
            if doc.hard_punct_before(y + 1):
                break
            if set(doc.forms(y)) & lex.departure_last:
                return True
        for y in list(range(max(a, x - 5), x)) + list(range(x + 1, min(b, x + 4))):   # انطلقت من القاعدة ليلا قافلة
            if set(doc.forms(y)) & lex.departure_verbs and \
                    not any(doc.hard_punct_before(z) for z in range(min(x, y) + 1, max(x, y) + 1)):
                return True
        return False

    def _aboard(self, qi: int, k: int, carriers: list[int], b: int) -> bool:
        """Is the count at qi (its noun phrase ending before k) carried by a departing carrier: one
        before it that a carrying word ties to it (قافلة ... تقل N جندي، ضمت الدفعة الأخيرة N جندي), or
        one after it on board (N جندي كانوا على متن آخر طائرة)?"""
        doc, lex = self.doc, self.lex
        for c in carriers:
            if c < qi and qi - c <= 10 and not any(doc.hard_punct_before(z) for z in range(c + 1, qi + 1)):
                if any(set(doc.forms(y)) & lex.departure_carrying for y in range(max(0, c - 2), qi)):
                    return True
            if k <= c <= k + 6 and any(set(doc.forms(y)) & lex.departure_carrying for y in range(k, c)) \
                    and not any(doc.hard_punct_before(z) for z in range(k + 1, c + 1)):
                return True
        return False

    def _last_in_apposition(self, qi: int) -> bool:
        """آخر الجنود، وعددهم نحو 400 جندي: the last troops, counted in apposition."""
        doc = self.doc
        told = self._count_apposition(qi)
        if told is None:
            return False
        for y in range(told - 1, max(-1, told - 5), -1):
            if set(doc.forms(y)) & self.lex.departure_last and y + 1 < told and "TROOP_NOUN" in self.tags[y + 1]:
                return True
        return False

    def _remnant_left(self, k: int, b: int) -> bool:
        """A count whose last or all then left, later in its sentence (N جندي ...، غادر آخرهم
        القاعدة؛ ... وانسحبوا جميعا): a leaving verb next to the remnant, no other number between."""
        doc, lex = self.doc, self.lex
        for r in range(k, min(b, k + 14)):
            if "NUMBER" in self.tags[r]:
                return False
            if not set(doc.forms(r)) & lex.departure_remnants:
                continue
            for v in (r - 1, r + 1):
                tr = self.lex.profile(doc.norm[v]).trigger if k <= v < b else None
                if tr is not None and tr.type == "leave" and not tr.future:
                    return True
        return False

    def _attach_departing(self, merged: list, claims: list, departing: list) -> None:
        """The last to leave left the base of the story: the article's one base, else the base
        last told as handed over in their sentence or up to two before (up to three, when the
        leavers' nationality names the force that gave it: آخر الجنود البريطانيين)."""
        for q, si, place in departing:
            target = merged[0] if len(merged) == 1 else None
            if target is None:
                told = [c for c in claims if c.base is not None and c.factual and si - 3 <= c.sent <= si]
                own = [c for c in told if place and c.frm is not None and self._place_of(c.frm) == place]
                near = [c for c in told if c.sent >= si - 2]
                told = own[-1] if own else near[-1] if near else None   # آخر الجنود البريطانيين: the British base
                if told is None:
                    continue
                g = self.group_key(self._base_of(told))
                target = next((m for m in merged if self.group_key(self._base_of(m)) == g), None)
            if target is None or not target.factual or target.troops is not None:
                continue
            if place and target.to is not None and self._place_of(target.to) == place:
                continue                             # 700 جندي عراقي عادوا إلى ثكناتهم: the receiver's
            target.troops = q
            for m in merged:                         # one figure is one base's: not the story's before
                if m is not target and m.troops is not None and m.troops.span == q.span:
                    m.troops = None
