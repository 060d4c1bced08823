"""Who held a base, when the clause of its handover names no giver (rules of
:class:`~kg.extract.arabic_handovers.HandoverFinder`).

- a force moved into another's place: the one in construct with محل / مكان left it (حلّت قوات X
  محلّ قوات Y، لتحلّ مكان Y), never the force after a place noun with a pronoun (حلّت محلها Y);
- a base named for the unit or force whose seat it is, when stormed or seized (سيطر X على مقر
  الفرقة الأولى، اقتحم X مقر قيادة اللواء 12): that unit held it; not in a retaking (استعاد X
  مقر الفرقة: most often the taker's own unit);
- a base described after a comma as a force's seat or stronghold (، آخر معاقل Y؛ ، الذي ظل المركز
  الرئيسي لعمليات Y؛ ، التي كانت مقرا لقيادة Y): Y held it.

The last two are kept on the claim and give it its giver only when nothing in its sentence does.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_common import AGENTS, KANA, RELATIVES, M


class HolderRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, owners and role helpers)."""

    def _place_noun(self, t: int, b: int) -> int | None:
        """Where محل / مكان stands after a verb of moving into a place (حلّت محلّ، حلّت مكانها):
        right after it, or after its subject in VSO order (وحلّت قوات X محلّ قوات Y)."""
        doc = self.doc
        tr = self.lex.profile(doc.norm[t]).trigger
        x = t + 1
        if x >= b:
            return None
        if doc.forms(x)[0] in tr.needs_next:
            return x
        m = self.owner[x]
        if tr.type != "replace" or m is None or m.a != x or not self._can_act(m) or m.b >= b \
                or doc.punct_before(m.b):
            return None
        return m.b if doc.forms(m.b)[0] in tr.needs_next else None

    def _replaced(self, t: int, we: int) -> M | None:
        """حلّت محلّ X، تحلّ مكانَ قوات X: the place noun in construct with a force names the force
        moved out, which held the base. With a pronoun (حلّت محلها) it names no one here, and the
        force after it is the subject that moved in."""
        doc = self.doc
        x = self._place_noun(t, we)
        if x is None or x + 1 >= we or doc.punct_before(x + 1) or self.owner[x] is not None:
            return None
        if any(doc.norm[x].endswith(s) for s in self.lex.object_suffixes):
            return None
        m = self.owner[x + 1]
        if m is None or m.a != x + 1 or not self._can_act(m):
            return None
        return self._agent(m)

    def _described_holder(self, base: M, to: M | None) -> M | None:
        """A base described after a comma as a force's seat or stronghold, in apposition or a
        relative clause (قاعدة X جنوب Y، آخر معاقل Z؛ ...، الذي ظل لسنوات المركز الرئيسي لعمليات Z؛
        ...، التي كانت مقرا لقيادة Z): Z held it. Only the words that place the base may stand
        before the comma; a trigger or a speech verb in the clause starts another story."""
        doc, tags = self.doc, self.tags
        ante = base.extra.get("antecedent", base)
        for b in (base,) if ante is base else (base, ante):
            y = b.b
            while y < self.n and y - b.b < 8 and not doc.punct_before(y):
                o = self.owner[y]
                if tags[y] & {"TRIGGER", "SPEECH"} or (o is not None and o.kind in AGENTS):
                    break
                y += 1
            if y >= self.n or doc.gap[y].strip() not in ("،", ","):
                continue
            x = self._seat_after_comma(y)
            if x is not None:
                k = x + 1
                while k < self.n and k - x <= 3 and self.owner[k] is None and not doc.punct_before(k) \
                        and (doc.defn[k] or set(doc.forms(k)) & self.lex.seat_links):
                    k += 1                           # المركز الرئيسي لعمليات، مقرا لقيادة
                m = self.owner[k] if k < self.n else None
                if m is not None and m.a == k and not doc.punct_before(k) and self._can_act(m):
                    holder = self._agent(m)
                    return None if to is not None and self._same_actor(holder, to) else holder
        return None

    def _seat_after_comma(self, y: int) -> int | None:
        """The seat noun that describes the base after the comma at y: heading the apposition, after
        at most two words like آخر / أحد / أبرز (، آخر معاقل X؛ ، أحد أبرز مقرات X), or the predicate
        of a relative clause, past its verb and a time phrase (، التي كانت مقرا لـ X؛ ، الذي ظل لسنوات
        المركز الرئيسي لعمليات X؛ ، الذي ظل منذ عام 2014 أحد أكبر معاقل X).
        A seat after a word that places the base (، غرب مقر X؛ ، على بعد كيلومترات من معاقل X؛
        التي تقع قرب مقر X) is another place, not the base."""
        doc, tags, n = self.doc, self.tags, self.n

        def seat(x: int) -> bool:
            return self.owner[x] is None and bool(set(doc.forms(x)) & self.lex.seat_nouns)

        x = y
        if x < n and doc.norm[x] in RELATIVES:
            for x in range(y + 1, min(n, y + 9)):
                if doc.punct_before(x) or self.owner[x] is not None or tags[x] & {"TRIGGER", "SPEECH"}:
                    return None
                if seat(x):
                    return x
                if self._placing(x):
                    return None
                if "FUNC" in tags[x] and not set(doc.forms(x)) & (KANA | self.lex.time_prepositions) \
                        and not (x + 1 < n and tags[x + 1] & {"NUMBER", "TIME"}):
                    return None                      # (لأكثر من أربع سنوات: a time; من معاقل X: a place)
            return None
        while x < n and x - y < 2 and not seat(x) and self.owner[x] is None \
                and (x == y or not doc.punct_before(x)) and self._lead_word(x):
            x += 1
        return x if x < n and (x == y or not doc.punct_before(x)) and seat(x) else None

    def _lead_word(self, x: int) -> bool:
        """آخر، أحد، إحدى، أهم، أبرز، أكبر: an ordinal or an elative (أفعل) before a seat noun."""
        w = self.doc.norm[x]
        return "ORDINAL" in self.tags[x] or (len(w) == 4 and w[0] == "ا" and not self.doc.defn[x])

    def _placing(self, x: int) -> bool:
        """A word that places something (قرب، بالقرب، غرب، شمالي، تقع، بمحاذاة)."""
        return bool(self.tags[x] & {"B_LOC", "ADJACENT", "LOC_VERB"}) or bool(set(self.doc.forms(x)) & self.lex.compass)

    def _named_holder(self, base: M, to: M | None) -> M | None:
        """A base named for the force whose seat it is: a base head in construct with a unit or a
        force, through قيادة / رئاسة (مقر الفرقة الأولى، مقر قيادة اللواء 12، معسكر كتيبة X، قاعدة
        القوة المشتركة): that force held it. Not the receiver's own seat."""
        b = base.extra.get("antecedent", base)
        got = b.extra.get("named_holder")
        if got is None:
            got = b.extra["named_holder"] = self._force_in_name(b) or False
        if not got or (to is not None and (self._same_actor(got, to) or got.ident == to.ident)):
            return None
        return got

    def _retaken(self, t: int, a: int) -> bool:
        """Is the trigger a retaking, or the noun of one (استعاد، استعادت القوات السيطرة على)?"""
        doc = self.doc
        for x in range(t, max(a, t - 5) - 1, -1):
            if x < t and doc.punct_before(x + 1):
                return False
            if set(doc.forms(x)) & self.lex.retake_forms:
                return True
        return False

    def _force_in_name(self, b: M) -> M | None:
        doc = self.doc
        if b.kind is not Kind.BASE or b.b - b.a < 2 or not self.tags[b.a] & {"BH_SING"}:
            return None
        owner = b.extra.get("owner")
        if owner is not None and owner.kind is Kind.FORCE:
            return owner                             # معسكر التحالف: the force the finder read in it
        k = b.a + 1
        if set(doc.forms(k)) & self.lex.seat_links and k + 1 < b.b:
            k += 1                                   # مقر قيادة اللواء
        if doc.punct_before(k) or not self.tags[k] & {"FH_STRONG", "FH_UNIT"}:
            return None
        for m in self.mf._candidates(k):
            if m.kind is Kind.FORCE and m.b - m.a >= 2:   # (its arm may run past the base: مقر اللواء 310 مدرع)
                m.ident = self.mf._actor_ident(m)
                m.extra["in_base_name"] = True       # a mention of its own once it gives
                return m
        return None
